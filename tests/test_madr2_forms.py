"""MADR 2 records as real logs write them around the template: comments among the metadata bullets, a bullet
wrapped onto a second line, front matter above the bullets, the day under another name, tags written as a
list, and the `## Links` section.

Each record is shaped on one of a public log (the lines quoted are theirs): elastisys/compliantkubernetes
(`docs/adr/0010-run-managed-services-in-workload-cluster.md`, `0015-...`), eclipse-chariott/chariott
(`docs/adr/0013-programming-model.md`, `0001-...`), canonical/identity-team, BrighterCommand/Brighter,
SUNET/go-trust (`docs/adr/0001-pipeline-architecture.md`) and opendatahub-io/odh-dashboard
(`packages/gen-ai/docs/adr/0004-logging-strategy-and-observability.md`).
"""

from __future__ import annotations

import json

import pytest

from adrtool.records.dialects.normalize import as_numbers

from conftest import Project


def listed(project: Project) -> dict[int, dict[str, object]]:
    result = project.run("list", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return {row["number"]: row for row in json.loads(result.stdout)}


def madr2(title: str, bullets: str, body: str = "## Context and Problem Statement\n\nWhy.\n") -> str:
    return f"# {title}\n\n{bullets}\n{body}"


def test_comments_among_the_bullets_are_skipped(project: Project) -> None:
    """`<!-- vale off -->` around a long status bullet, and a comment running over lines before them."""
    project.write("decisions/0010-run-managed-services.md", madr2(
        "Run managed services in Workload Cluster",
        "<!-- vale off -->\n- Status: proposed. **This ADR did not reach consensus.**\n<!-- vale on -->\n"
        "- Deciders: Cristian\n- Date: 2021-04-29\n"))
    project.write("decisions/0011-keep-logs.md", madr2(
        "Keep logs", "<!--\n  the template asks for these\n-->\n* Status: accepted\n* Date: 2021-05-03\n"))
    rows = listed(project)
    assert [(rows[n]["status"], rows[n]["date"], rows[n]["decision_makers"]) for n in (10, 11)] == [
        ("proposed", "2021-04-29", ["Cristian"]), ("accepted", "2021-05-03", [])]


def test_a_bullet_wrapped_onto_an_indented_line_goes_on(project: Project) -> None:
    """The wrapped line belongs to the bullet above it; the bullets after it are still read."""
    project.write("decisions/0013-programming-model.md", madr2(
        "Programming Model",
        "- Status: accepted\n- Deciders: Atif Aziz, Bastian Burger, Daniele Antonio Maggio, Dariusz Parys,\n"
        "  Patrick Schuler\n- Date: 10 August 2022\n"))
    row = listed(project)[13]
    assert (row["status"], row["date"], row["decision_makers"]) == ("accepted", "2022-08-10", [
        "Atif Aziz", "Bastian Burger", "Daniele Antonio Maggio", "Dariusz Parys", "Patrick Schuler"])


def test_each_link_of_a_wrapped_relation_bullet_is_of_the_relation_named_nearest_before_it(project: Project) -> None:
    """Audit 57 a (class 7), Joey9801/coppice-rs 0002: `- **Amended by:** [ADR 0002](..)` wrapped onto `(truncation);
    extended by` / `[ADR 0003](..), [ADR 0004](..)`: 3 and 4 extend the record (they say `**Extends:**`); all were
    read as amending it."""
    project.write("decisions/0001-a.md", madr2(
        "1. Use Raft", "- **Status:** Accepted\n- **Date:** 2026-07-07\n- **Amended by:** [ADR 0002](0002-b.md)\n"
        "  (truncation); extended by\n  [ADR 0003](0003-c.md), and [ADR 0004](0004-d.md)\n"))
    assert [(link["kind"], link["number"]) for link in listed(project)[1]["links"]] == [
        ("amended-by", 2), ("extended-by", 3), ("extended-by", 4)]


def test_every_relation_of_a_status_bullet_wrapped_over_lines_is_read(project: Project) -> None:
    """Audit 57 a (class 7), coppice-rs 0013: `- **Status:** Accepted; job machine amended by` / `[ADR 0001](..);
    terminal-outcome table` / `amended by [ADR 0002](..)`: the second was lost, its part named in hyphenated
    words."""
    project.write("decisions/0004-d.md", madr2(
        "4. D", "- **Status:** Accepted; job machine amended by\n  [ADR 0001](0001-a.md); terminal-outcome table\n"
        "  amended by [ADR 0002](0002-b.md)\n- **Date:** 2026-07-07\n"))
    row = listed(project)[4]
    assert (row["status"], [(link["kind"], link["number"]) for link in row["links"]]) == (
        "accepted", [("amended-by", 1), ("amended-by", 2)])


def test_front_matter_above_the_bullets_adds_to_them(project: Project) -> None:
    """Front matter holding tags alone, then MADR 2's bullets: both are the record's, and an edit of its
    status goes to its status bullet."""
    project.write("decisions/0015-community-driven.md",
                  "---\ntags:\n  - community\n---\n" + madr2("Prefer community-driven open source",
                                                             "- Status: proposed\n- Date: 2021-08-17\n"))
    row = listed(project)[15]
    assert (row["status"], row["date"], row["tags"], row["format"]) == (
        "proposed", "2021-08-17", ["community"], "madr2")
    assert project.run("accept", "15").exit_code == 0
    assert project.read("decisions/0015-community-driven.md").startswith(
        "---\ntags:\n  - community\n---\n# Prefer community-driven open source\n\n- Status: accepted\n")


@pytest.mark.parametrize(("lines", "day"), [
    ("- Status: accepted\n- Last updated: 2022-06-08\n", "2022-06-08"),
    ("- Status: accepted\n- Date: 2022-06-01\n- Last updated: 2022-06-08\n", "2022-06-01"),
])
def test_the_day_of_the_last_update(project: Project, lines: str, day: str) -> None:
    """MADR 2's template calls its Date the day of the last update; some logs name it so. `Date` wins."""
    project.write("decisions/0001-use-grpc.md", madr2("Use gRPC", lines))
    assert listed(project)[1]["date"] == day


def test_the_day_a_front_matter_record_was_created(project: Project) -> None:
    """`created:` where others write `date:`."""
    project.write("decisions/0002-single-threaded-pump.md",
                  "---\ntitle: Use A Single Threaded Message Pump\nstatus: accepted\ncreated: 2019-08-01\n---\n\n"
                  "# Use A Single Threaded Message Pump\n\nWe do.\n")
    project.write("decisions/0003-claim-check.md",
                  "---\nstatus: proposed\ndate: 2022-07-18\ncreated: 2019-08-01\n---\n\n# Use A Claim Check\n")
    rows = listed(project)
    assert (rows[2]["date"], rows[3]["date"]) == ("2019-08-01", "2022-07-18")


@pytest.mark.parametrize(("line", "tags"), [
    ("- Tags: [identity-platform, cip, groups]", ["identity-platform", "cip", "groups"]),
    ("- Tags: identity-platform, cip", ["identity-platform", "cip"]),
    ("- Tags: [the docs](https://example.org/docs), api", ["[the docs](https://example.org/docs)", "api"]),
])
def test_tags_written_as_a_list_in_a_bullet(project: Project, line: str, tags: list[str]) -> None:
    project.write("decisions/0001-groups.md", madr2("Groups", f"- Status: accepted\n{line}\n"))
    assert listed(project)[1]["tags"] == tags


LINKS = """## Links

- Implementation: `pkg/pipeline/pipeline.go`
- Related: [ADR-0002](0002-error-handling.md) - Error Handling Strategy
* [Related to] ADR-0003 - System Architecture (logging infrastructure)
* [Supersedes] Previous inconsistent logging patterns (fmt.Println, ad-hoc approaches)
* [External] [Go slog package](https://pkg.go.dev/log/slog) - Official documentation
* [Implemented in] Commit 08968703f - Logging level optimizations
* Amends [ADR-0004](0004-levels.md)
* Supersedes [ADR-0005](0005-print-everything.md)
"""


def test_the_links_section_names_the_records_it_links_to(project: Project) -> None:
    """Each bullet of `## Links` that names a record by a link to its file (or, after a label in brackets, as
    `ADR-0003`) is a link under its label; code paths, URLs elsewhere and commits are not."""
    project.write("decisions/0001-pipeline.md", madr2("Pipeline", "- Status: accepted\n- Date: 2025-10-17\n",
                                                       "## Context\n\nWhy.\n\n" + LINKS))
    for number, slug in ((2, "error-handling"), (3, "architecture"), (4, "levels"), (5, "print-everything")):
        project.write(f"decisions/{number:04d}-{slug}.md", madr2(slug, "- Status: accepted\n"))
    row = listed(project)[1]
    assert (row["relates_to"], row["supersedes"], row["superseded_by"]) == ([2, 3], [5], [])
    graph = project.run("graph")
    assert graph.exit_code == 0
    assert "  adr1 -->|amends| adr4\n" in graph.stdout


def test_links_outside_the_links_section_are_not_read_as_links(project: Project) -> None:
    """A `Related:` bullet in another section is text."""
    project.write("decisions/0001-pipeline.md", madr2("Pipeline", "- Status: accepted\n",
                                                       "## Context\n\n- Related: [ADR-0002](0002-x.md)\n"))
    project.write("decisions/0002-x.md", madr2("X", "- Status: accepted\n"))
    assert listed(project)[1]["relates_to"] == []


def test_an_adr_tools_record_s_links_section_gives_its_typed_links(project: Project) -> None:
    """yu-iskw/dbt-helpers ends adr-tools records with `## Links` (or `### Links` under Consequences): `- Amends:
    [ADR 0004 ..](0004-x.md)` amends 4, `- Related: [..](..)` relates; a `### References` list, a bullet of
    prose and a labelled link outside the section are not read."""
    adr_tools = "# {n}. {title}\n\nDate: 2026-02-18\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n\n{rest}"
    project.write("decisions/0037-schema.md", adr_tools.format(n=37, title="Schema", rest=(
        "- Related: [ADR 0003](0003-c.md) in the Context\n\n## Links\n\n"
        "- Amends: [ADR 0004 Decoupled adapters](0004-d.md)\n- Related: [ADR 0025 IR](0025-ir.md)\n"
        "- We read [ADR 0005](0005-e.md) first, as the team asked in the review\n")))
    project.write("decisions/0036-bigquery.md", adr_tools.format(n=36, title="BigQuery", rest=(
        "## Consequences\n\n### Positive\n\n- Fast.\n\n### Links\n\n- Amends: [ADR 0022 Auth](0022-auth.md)\n")))
    project.write("decisions/0035-ci.md", adr_tools.format(n=35, title="CI", rest=(
        "## Consequences\n\n### References\n\n- Related: [ADR 0025 IR](0025-ir.md)\n")))
    for number, slug in ((3, "c"), (4, "d"), (5, "e"), (22, "auth"), (25, "ir")):
        project.write(f"decisions/{number:04d}-{slug}.md", adr_tools.format(n=number, title=slug, rest=""))
    rows = listed(project)
    assert [(rows[n]["relates_to"], [(link["kind"], link["number"]) for link in rows[n]["links"]])
            for n in (37, 36, 35)] == [([25], [("amends", 4), ("relates-to", 25)]), ([], [("amends", 22)]), ([], [])]


def test_log4brains_links_to_date_named_records(project: Project) -> None:
    """log4brains writes `## Links <!-- optional -->` and names records by day (thomvaill/log4brains,
    `docs/adr/20201016-use-the-adr-slug-as-its-unique-id.md`): the link is followed to its file, the record
    it names need not name its successor."""
    project.write("decisions/20200926-use-the-adr-number.md", madr2(
        "Use the ADR number as its unique ID", "- Status: superseded\n- Date: 2020-09-26\n"))
    project.write("decisions/20201016-use-the-adr-slug.md", madr2(
        "Use the ADR slug as its unique ID", "- Status: accepted\n- Date: 2020-10-16\n",
        "## Links <!-- optional -->\n\n- Supersedes [20200926-use-the-adr-number](20200926-use-the-adr-number.md)\n"
        "- [A guide](https://example.org/guide)\n"))
    graph = project.run("graph")
    assert graph.stdout.count("-->|supersedes|") == 1
    assert "adr0_20201016_use_the_adr_slug -->|supersedes| adr0_20200926_use_the_adr_number\n" in graph.stdout
    assert project.run("validate").exit_code == 0


def test_links_between_date_named_records_name_them_by_id(project: Project) -> None:
    """No-Cash-7970/duckySigner (log4brains): `- Relates to [..](20240101-x.md)` bullets, one without `.md`, and a
    `- Status: superseded by [..](..)` beside a Links section name their records by id: in JSON, the graph and
    validate (a missing one without `.md` is ADR401); a URL, a non-day and prose are no links."""
    project.write("decisions/20200101-a.md", madr2(
        "A", "- Status: superseded by [20200201-b](20200201-b.md)\n- Date: 2020-01-01\n",
        "## Context and Problem Statement\n\nSee 20200301-c for why.\n\n## Links\n\n- Relates to [C](20200301-c.md)\n"
        "- Relates to [B](20200201-b)\n- Relates to [the log](https://example.org/20200301-c)\n"
        "- Relates to [the diagram](20200301-c.png)\n"))
    project.write("decisions/20200201-b.md", madr2("B", "- Status: accepted\n- Date: 2020-02-01\n"))
    project.write("decisions/20200301-c.md", madr2(
        "C", "- Status: accepted\n- Date: 2020-03-01\n", "## Links\n\n- Refined by [Gone](20200401-gone)\n"))
    rows = {row["id"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(link["kind"], link["number"], link["id"], link["href"]) for link in rows["20200101-a"]["links"]] == [
        ("superseded-by", None, "20200201-b", "20200201-b.md"), ("relates-to", None, "20200301-c", "20200301-c.md"),
        ("relates-to", None, "20200201-b", "20200201-b")]
    assert (rows["20200101-a"]["superseded_by"], rows["20200101-a"]["relates_to"]) == ([], [])
    assert project.run("graph").stdout == (
        "graph LR\n"
        '  adr0_20200101_a["20200101-a: A"]\n'
        '  adr0_20200201_b["20200201-b: B"]\n'
        '  adr0_20200301_c["20200301-c: C"]\n'
        '  adr0_20200401_gone["20200401-gone (missing)"]\n'
        "  adr0_20200101_a -.-|relates to| adr0_20200201_b\n"
        "  adr0_20200101_a -.-|relates to| adr0_20200301_c\n"
        "  adr0_20200201_b -->|supersedes| adr0_20200101_a\n"
        "  adr0_20200301_c -->|refined by| adr0_20200401_gone\n")
    result = project.run("validate")
    assert (result.exit_code, result.stdout) == (
        1, "decisions/20200301-c.md:8:1: ADR401 error: refined-by names 20200401-gone, which does not exist\n")


def test_deciders_listed_under_their_bullet_and_a_blank_line_before_the_date(project: Project) -> None:
    """mozilla/application-services (`docs/adr/0005-...`): `* Deciders:` over an indented list of them, then a
    blank line, then `* Date:`; the body's first list after a blank line is not metadata."""
    project.write("decisions/0005-remote-settings.md", madr2(
        "A remote-settings client", "* Status: proposed\n* Deciders:\n    * csadilek for the mobile teams\n"
        "    * leplatrem for the remote-settings team\n\n* Date: 2022-12-16\n"))
    project.write("decisions/0006-monorepo.md", madr2(
        "Rapid releases", "* Status: proposed\n* Deciders: the sync team\n  * Release management: rvandermeulen\n"
        "\n* Date: Dec 19, 2022\n", "## Context\n\nWhy.\n"))
    project.write("decisions/0007-keep.md", madr2("Keep", "* Status: accepted\n\n* Note: this is the body\n"))
    rows = listed(project)
    assert [(rows[n]["status"], rows[n]["date"], rows[n]["decision_makers"]) for n in (5, 6, 7)] == [
        ("proposed", "2022-12-16", ["csadilek for the mobile teams", "leplatrem for the remote-settings team"]),
        ("proposed", "2022-12-19", ["the sync team"]), ("accepted", None, [])]


def test_a_list_loosened_by_blank_lines_reads_on_to_the_status(project: Project) -> None:
    """`* **Author**:`, `* **Title**:`, `* **Status**:` each after a blank line (boris-martinez/meli-dnaanalyzer-api):
    the bullets go on until the status is read; once it is, a list after a blank line is the body's."""
    project.write("docs/adr/0001-use-e.md", madr2("Use E", "* **Author**: Boris Martinez.\n\n* **Title**: Use E\n\n"
                                                            "* **Status**: accepted.\n\n* **Date**: 2021-04-16\n"))
    project.write("docs/adr/0002-use-f.md", madr2("Use F", "* Status: accepted\n* Date: 2021-04-16\n\n"
                                                            "* Pros: quick\n* Deciders: not the metadata\n"))
    rows = listed(project)
    assert [(rows[n]["status"], rows[n]["date"], rows[n]["decision_makers"]) for n in (1, 2)] == [
        ("accepted", "2021-04-16", []), ("accepted", "2021-04-16", [])]


def test_a_supersede_relation_after_a_blank_line_or_on_a_line_of_its_own_under_the_bullets(project: Project) -> None:
    """kumahq/kuma's `* Status: accepted`, a blank line, `* Supersedes: [MADR 093](093-x.md)` (099), and a plain
    `Supersedes: https://github.com/kumahq/kuma/blob/master/docs/madr/decisions/036-internal-listeners.md` under
    `Technical Story:` (077): the record supersedes 93, and 36 (the URL is the file of a record); a plain line
    straight under the bullets too. Near misses: an issue's URL, `Amends:`, a sentence that says supersedes, and
    a `* Supersedes:` bullet in a section's list supersede nothing."""
    story = "Technical Story: https://github.com/kumahq/kuma/issues/15631\n\n"
    project.write("decisions/0099-allow.md", madr2(
        "Allow", "* Status: accepted\n\n* Supersedes: [MADR 093](093-disallow.md)\n\n" + story))
    project.write("decisions/0077-naming.md", madr2("Naming", "* Status: accepted\n\n" + story + "Supersedes: "
                  "https://github.com/kumahq/kuma/blob/master/docs/madr/decisions/036-internal-listeners.md\n\n"))
    project.write("decisions/0078-c.md", madr2("C", "* Status: accepted\n* Date: 2024-01-01\nSuperseded by: ADR-0004\n"))
    project.write("decisions/0079-d.md", madr2("D", "* Status: accepted\n\nSupersedes: "
                                                   "https://github.com/kumahq/kuma/issues/13266\n\n"))
    project.write("decisions/0080-e.md", madr2("E", "* Status: accepted\n\nAmends: [ADR-0001](0001-a.md)\n\n"))
    project.write("decisions/0081-f.md", madr2("F", "* Status: accepted\n\nThis supersedes the design we had in mind, "
                                                   "see [ADR-0001](0001-a.md).\n\n"))
    project.write("decisions/0082-g.md", madr2("G", "* Status: accepted\n",
                                               "## Context and Problem Statement\n\n* Supersedes: [ADR-0001](0001-a.md)\n"))
    rows = listed(project)
    assert [(rows[n]["status"], rows[n]["supersedes"], rows[n]["superseded_by"]) for n in range(77, 83)] + [
        (rows[99]["status"], rows[99]["supersedes"], rows[99]["superseded_by"])] == [
        ("accepted", [36], []), ("accepted", [], [4]), *[("accepted", [], [])] * 4, ("accepted", [93], [])]


@pytest.mark.parametrize("status", [
    "superseded by [ADR-0001](0001-a.md), [ADR-0002](0002-b.md)", "superseded by ADR-0001, ADR-0002",
    "Superseded by ADR-0001 and ADR-0002"])
def test_a_status_superseded_by_several_names_each(project: Project, status: str) -> None:
    """A decision split in two successors names both, as a bullet and as front matter; a title with numbers
    and `and` in a link's label stays one successor."""
    project.write("decisions/0003-c.md", madr2("C", f"* Status: {status}\n* Date: 2021-04-16\n"))
    project.write("decisions/0004-d.md", f"---\nstatus: {status}\ndate: 2021-04-16\n---\n# D\n")
    project.write("decisions/0005-e.md", madr2("E", "* Status: superseded by [2. Use Python 3 and Go 1.2](0002-b.md)\n"))
    rows = listed(project)
    assert [rows[n]["superseded_by"] for n in (3, 4, 5)] == [[1, 2], [1, 2], [2]]


def test_related_bullets_and_keys_relate_records(project: Project) -> None:
    """`* Related: [ADR-0002](..), [ADR-0003](..)`, `* Related ADRs: ADR-0001` under the title (operate-first/blueprint)
    and front matter `related: [1]` are relates-to; `* Related: none` names no record."""
    project.write("decisions/0001-use-a.md", madr2("Use A", "* Status: accepted\n"
                                                            "* Related: [ADR-0002](0002-use-b.md), [ADR-0003](0003-c.md)\n"))
    project.write("decisions/0002-use-b.md", madr2("Use B", "* Status: accepted\n* Related ADRs: ADR-0001\n"))
    project.write("decisions/0003-c.md", "---\nstatus: accepted\nrelated: [1]\n---\n# C\n")
    project.write("decisions/0004-d.md", madr2("D", "* Status: accepted\n* Related: none\n"))
    rows = listed(project)
    assert [rows[n]["relates_to"] for n in (1, 2, 3, 4)] == [[2, 3], [1], [1], []]


def test_a_relation_bullet_naming_several_names_each(project: Project) -> None:
    """`- Related: ADR-0003, ADR-0004`, `- **Related:** ADR-0076 (SPIRE workload identity), ADR-0080 (Egress)`
    (45ck/Portarium), `- Amends: 1 and 2` and front matter `related: ADR-0003, ADR-0004`, `supersedes: ADR-1 and
    ADR-2`: every record on the line, not the last one or the first."""
    project.write("decisions/0005-e.md", madr2("E", "- Status: accepted\n- Related: ADR-0003, ADR-0004\n"))
    project.write("decisions/0006-f.md", madr2("F", "- **Status:** Accepted\n- **Supersedes:** None\n"
                                                    "- **Related:** ADR-0076 (SPIRE workload identity, v2), "
                                                    "ADR-0080 (Egress Network Policy)\n- Amends: 1 and 2\n"))
    project.write("decisions/0007-g.md", "---\nstatus: accepted\nrelated: ADR-0003, ADR-0004\n"
                                         "supersedes: ADR-1 and ADR-2\n---\n# G\n")
    rows = listed(project)
    assert [(rows[n]["supersedes"], rows[n]["relates_to"]) for n in (5, 6, 7)] == [
        ([], [3, 4]), ([], [76, 80]), ([1, 2], [3, 4])]
    assert as_numbers(project.read("decisions/0006-f.md").split("- Amends: ")[1].split("\n")[0]) == (1, 2)


def test_a_relation_line_reads_no_record_from_prose_a_count_or_a_day(project: Project) -> None:
    """Only the items that open with a reference name a record: not `4 others`, a day, prose after a comma, a
    link to a document that is no record, nor `- Related beads: bead-0784, bead-0788` (no relation key)."""
    project.write("decisions/0005-e.md", madr2("E", "- Status: accepted\n- Related: ADR-0003 and 4 others\n"))
    project.write("decisions/0006-f.md", madr2("F", "- Status: accepted\n- Related: ADR-0003, 2021-03-04, which "
                                                    "replaced the 2 older ones, [PRD 7](../prd/prd-7.md)\n"))
    project.write("decisions/0007-g.md", madr2("G", "- Status: accepted\n- Related beads: bead-0784, bead-0788\n"))
    rows = listed(project)
    assert [rows[n]["relates_to"] for n in (5, 6, 7)] == [[3], [3], []]


def test_bullets_under_a_metadata_heading(project: Project) -> None:
    """`### Metadata` then `- Status: Draft <!-- choices -->` and `- Deciders: V-Sekai` (V-Sekai/manuals): the
    record's metadata, as if directly under the title; an edit goes to the bullet, in the case its word had, the
    comment after it kept."""
    project.write("decisions/0001-scripting.md", madr2("Provide user scripting", "### Metadata\n\n"
                  "- Status: Proposed <!-- draft | proposed | rejected | accepted -->\n- Deciders: V-Sekai\n"))
    row = listed(project)[1]
    assert (row["status"], row["decision_makers"]) == ("proposed", ["V-Sekai"])
    assert project.run("accept", "1").exit_code == 0
    assert "- Status: Accepted <!-- draft | proposed | rejected | accepted -->\n" in \
        project.read("decisions/0001-scripting.md")


def test_bullets_under_a_heading_that_repeats_the_title(project: Project) -> None:
    """`## ADR 0025 — Move AV scanning` under front matter's `title:` (Enterprise-CMCS/managed-care-review) and
    `## Front-end Code Quality Tools` under the same `#` title (HHS/simpler-grants-gov): the bullets under it are
    the record's metadata (its `Last Modified:`, which its template defines as MADR 2 defines `Date:`, the day);
    an edit goes to the bullet."""
    project.write("decisions/0025-clamavd.md", "---\ntitle: Move AV scanning to clamavd\n---\n\n"
                  "## ADR 0025 — Move AV scanning to clamavd\n\n-   Status: Proposed\n-   Date: 2023-12-05\n\n"
                  "## Decision Drivers\n\nWhy.\n")
    project.write("decisions/0003-tools.md", madr2("Front-end Code Quality Tools", "## Front-end Code Quality Tools\n\n"
                  "* **Status:** Active\n* **Last Modified:** 2023-07-17\n"))
    rows = listed(project)
    assert [(rows[n]["title"], rows[n]["status"], rows[n]["date"]) for n in (25, 3)] == [
        ("Move AV scanning to clamavd", "proposed", "2023-12-05"),
        ("Front-end Code Quality Tools", "active", "2023-07-17")]
    assert project.run("accept", "25").exit_code == 0
    assert "-   Status: Accepted\n" in project.read("decisions/0025-clamavd.md")


def test_bullets_under_another_section_stay_unread(project: Project) -> None:
    """`## Context` (or a level-2 heading that neither repeats nor numbers the title) straight under the title,
    then `- Status: ...` bullets: a section's list, not the record's metadata."""
    project.write("decisions/0001-a.md", madr2("Use A", "## Context\n\n- Status: legacy systems\n- Date: 2020-01-01\n"))
    project.write("decisions/0002-b.md", madr2("Use B", "## Use B instead of C\n\n- Status: accepted\n"))
    project.write("decisions/0003-c.md", "---\ntitle: Use C\n---\n\n## 3. Context\n\n- Status: accepted\n")
    rows = listed(project)
    assert [(rows[n]["status"], rows[n]["date"]) for n in (1, 2, 3)] == [(None, None)] * 3


def test_day_bullets_over_an_adr_tools_status_section(project: Project) -> None:
    """`* **Date**: 2021-03-01` under the title and the status in a `## Status` section (as jaegertracing/jaeger's
    shape would have it without a status bullet): both read; an edit of the status goes to the section."""
    project.write("decisions/0002-b.md", "# 2. B\n\n* **Date**: 2021-03-01\n\n## Status\n\nProposed\n\n"
                                         "## Context\n\nC.\n")
    row = listed(project)[2]
    assert (row["status"], row["date"]) == ("proposed", "2021-03-01")
    assert project.run("accept", "2").exit_code == 0
    assert "## Status\n\nAccepted\n" in project.read("decisions/0002-b.md")


@pytest.mark.parametrize("line", ["* **Decided**: 2021-01-23", "* Date Decided: 2021-01-23",
                                  "* Date accepted: 2021-01-23"])
def test_the_day_it_was_decided_under_another_name(project: Project, line: str) -> None:
    """`Decided`, `Date Decided`, `Date Accepted` (jaegertracing/jaeger, konflux-ci/architecture) give the day."""
    project.write("decisions/0001-a.md", madr2("A", f"* Status: accepted\n{line}\n"))
    assert listed(project)[1]["date"] == "2021-01-23"


def test_names_and_tags_lose_the_template_s_comments_and_brackets(project: Project) -> None:
    """`- Deciders: [Ann R., Bo G.] <!-- optional -->`, `- Tags: [greenhouse / cloud] <!-- optional -->` and
    `- Deciders: - Arno Uhlig, David Gogl` (cloudoperators/documentation): the names and the tag as written."""
    project.write("decisions/0009-a.md", madr2("A", "- Status: accepted\n- Deciders: [Ann R., Bo G.] <!-- optional -->\n"
                                                    "- Tags: [greenhouse / cloud] <!-- optional -->\n"))
    project.write("decisions/0005-b.md", madr2("B", "- Status: accepted\n- Deciders: - Arno Uhlig, David Gogl\n"))
    rows = listed(project)
    assert [(rows[n]["decision_makers"], rows[n]["tags"]) for n in (5, 9)] == [
        (["Arno Uhlig", "David Gogl"], []), (["Ann R.", "Bo G."], ["greenhouse / cloud"])]


def test_a_day_after_the_successors_names_none(project: Project) -> None:
    """`superseded by ADR-0002, 2021-03-04`: record 2 replaced it, on that day; the day names no record, and
    neither does a record named after prose (`Abgelöst durch ADR-0029 — ..., siehe ADR-0029, ADR-0018`)."""
    project.write("decisions/0001-a.md", madr2("A", "* Status: superseded by ADR-0002, 2021-03-04\n"))
    project.write("decisions/0003-c.md", madr2("C", "* Status: Abgelöst durch ADR-0029 (2021-07-21) — Open-Meteo "
                                                    "mit Fallback-Kette, siehe ADR-0029, ADR-0018 und `docs/x.md`\n"))
    rows = listed(project)
    assert [rows[n]["superseded_by"] for n in (1, 3)] == [[2], [29]]


def test_an_item_under_a_bullet_that_wraps_onto_a_line_of_its_own(project: Project) -> None:
    """swiftlang/swift-evolution: `* Sample app:` over an item whose text goes on, indented, on the next line
    (a link): the item takes the line in; the record reads (it was a traceback that stopped the whole log)."""
    project.write("decisions/0001-sample.md", "# 1. Sample\n* Status: Accepted\n* Sample app:\n"
                  "  * A sample app is here:\n    [https://example.org](https://example.org)\n")
    project.write("decisions/0002-other.md", madr2("Other", "* Status: proposed\n"))
    rows = listed(project)
    assert [(rows[n]["status"], rows[n]["title"]) for n in (1, 2)] == [("accepted", "Sample"), ("proposed", "Other")]


def test_a_bullet_with_no_key_among_the_metadata(project: Project) -> None:
    """swiftlang/swift-evolution: `* [Previous Revision #1](..)` between `* Implementation:` and `* Status:`: the
    bullets go on past it, and the status is read."""
    project.write("decisions/0195-lookup.md", madr2("Dynamic member lookup", "* Implementation: [#14546](https://x)\n"
                  "* [Previous Revision #1](https://github.com/x)\n* Status: **Implemented (Swift 4.2)**\n"))
    assert listed(project)[195]["status"] == "implemented"


def test_a_draft_is_accepted_or_rejected_in_place(project: Project) -> None:
    """log4brains' template starts a record as `draft` (GlueOps/platform-helm-chart-platform writes `- Status:
    draft` and `- Status: [draft]`): `adr accept` and `adr reject` take it, as they take a proposal, and edit
    its bullet alone."""
    project.write("decisions/20250423-replace-pomerium.md", madr2("Replace Pomerium", "- Status: draft\n"))
    project.write("decisions/20250716-add-descheduler.md", madr2("Add a descheduler", "- Status: [draft]\n"))
    assert project.run("accept", "20250423-replace-pomerium").exit_code == 0
    assert project.run("reject", "20250716-add-descheduler").exit_code == 0
    assert project.read("decisions/20250423-replace-pomerium.md") == madr2("Replace Pomerium", "- Status: accepted\n")
    assert project.read("decisions/20250716-add-descheduler.md") == madr2("Add a descheduler", "- Status: rejected\n")


def test_deciders_written_as_links_to_their_profiles(project: Project) -> None:
    """bareos/bareos docs/adr asks for deciders linked to their GitHub profiles: `* Deciders: [Jörg Steffens],
    [Stephan Dühr]`, defined at the foot or not: plain names, and no placeholder; the template's one bracketed
    hint still is one."""
    project.write("decisions/0002-plain-text.md", madr2(
        "Use plain text", "* Status: accepted\n* Deciders: [Jörg Steffens], [Stephan Dühr]\n* Date: 2024-04-09\n",
        "## Context\n\nWhy.\n\n[Jörg Steffens]: https://github.com/joergsteffens\n"))
    project.write("decisions/0006-virtual-filenames.md", madr2(
        "Virtual file names", "* Status: accepted\n* Deciders: [Bruno Friedmann], [Sebastian Sura]\n"))
    project.write("decisions/0007-third.md", madr2(
        "Third", "* Status: accepted\n* Deciders: [list everyone involved in the decision]\n"))
    rows = listed(project)
    assert [rows[n]["decision_makers"] for n in (2, 6, 7)] == [
        ["Jörg Steffens", "Stephan Dühr"], ["Bruno Friedmann", "Sebastian Sura"], []]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["path"].rsplit("/", 1)[1], f["code"]) for f in findings if f["code"] == "ADR204"] == [
        ("0007-third.md", "ADR204")]


def test_a_related_section_s_bullets_that_open_with_a_record_relate_to_it(project: Project) -> None:
    """`## Related` / `## Related Decisions` bullets (PlebeianApp/market, Reneromero08/agent-governance-system):
    `- ADR-013: Title`, `- ADR-013 / ADR-014 (..)`, `- [ADR-004](ADR-004-x.md): ..` relate to the record and
    `- Extends ADR-0002 (..)` extends it, in any dialect; `- Issue: #1084`, a commit, a path, a link to another
    document, `Supersedes no prior ADR` and a record named later in a bullet or outside the section do not."""
    project.write("docs/adr/ADR-001-a.md", "# ADR-001: A\n\n## Status\n\nAccepted\n\n## Related\n\n"
                  "- ADR-002: B\n- ADR-003 / ADR-004 (both later)\n- Issue: #1084 (ADR-005 tracks it)\n"
                  "- Commit `8de113e4`: fix ADR-005\n- `e2e/utils/mock.ts`\n- Supersedes no prior ADR\n\n"
                  "## Context\n\n- ADR-005: mentioned outside the section\n")
    project.write("docs/adr/ADR-002-b.md", "---\ntitle: B\nstatus: Accepted\ndate: 2020-12-23\n---\n\n"
                  "## Related Decisions\n\n- [INV-006](../../CANON/INVARIANTS.md): Output roots\n"
                  "- [ADR-004](ADR-004-d.md): MCP entrypoint pattern\n- CMP-01: a protocol\n")
    project.write("docs/adr/ADR-003-c.md", "# ADR-003: C\n\n## Status\n\nAccepted\n\n## Related\n\n"
                  "- Extends ADR-0001 (relay connections)\n- PR: PlebeianApp/market#1211\n")
    project.write("docs/adr/ADR-004-d.md", "# ADR-004: D\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/ADR-005-e.md", "# ADR-005: E\n\n## Status\n\nAccepted\n")
    rows = listed(project)
    assert [rows[n]["relates_to"] for n in range(1, 6)] == [[2, 3, 4], [4], [], [], []]
    assert "  adr3 -->|extends| adr1\n" in project.run("graph").stdout
    assert project.run("validate").exit_code == 0


def test_a_paragraph_opening_with_emphasis_before_the_bullets(project: Project) -> None:
    """elastic/cloud-on-k8s opens records with `**Update (2019-07-30):** ...` above the bullets: a paragraph,
    as one opening with a letter is; a rule (`***`) there still ends the search, and bullets of the body are
    never read."""
    update = "**Update (2019-07-30):**\nWe decided to move to StatefulSets.\n\n"
    project.write("decisions/0006-sidecar-health.md", madr2(
        "6. Sidecar health", update + "* Status: proposed\n* Deciders: cloud-on-k8s team\n* Date: 2019-03-05\n"))
    project.write("decisions/0007-rule.md", madr2("7. Rule", "**Note**\n\n***\n\n* Status: proposed\n"))
    project.write("decisions/0008-body.md", madr2(
        "8. Body", "**Update:** none.\n", "## Context\n\n* Status: accepted\n* Date: 2019-03-05\n"))
    rows = listed(project)
    assert [(rows[n]["format"], rows[n]["status"], rows[n]["date"], rows[n]["decision_makers"]) for n in (6, 7, 8)] \
        == [("madr2", "proposed", "2019-03-05", ["cloud-on-k8s team"]), ("nygard", None, None, []),
            ("nygard", None, None, [])]


def test_a_bullet_that_runs_on_unindented_lines(project: Project) -> None:
    """Markdown's lazy continuation (cloud-on-k8s 0011: `* Status: rejected ... is moved` / `into an init
    container.`) keeps the bullet going up to the next one; lines after the last bullet with no keyed bullet
    after them are no part of its value."""
    project.write("decisions/0011-process-manager.md", madr2(
        "11. Process manager", "* Status: rejected (implementation removed) in July 2019. The updater is moved\n"
        "into an init container.\nMain benefits are simplicity.\n* Deciders: cloud-on-k8s team\n* Date: 2019-05-28\n"))
    project.write("decisions/0012-remark.md", madr2(
        "12. Remark", "* Status: accepted\n* Date: 2019-05-28\nReviewed again on 2020-01-02.\n"))
    rows = listed(project)
    assert [(rows[n]["status"], rows[n]["date"], rows[n]["decision_makers"]) for n in (11, 12)] == [
        ("rejected", "2019-05-28", ["cloud-on-k8s team"]), ("accepted", "2019-05-28", [])]


def test_relations_written_adr_hash_number(project: Project) -> None:
    """mozilla/blurts-server: `- Status: Superseded by _Unit Testing Framework_ (ADR#0007)`, and `- Status:
    Accepted` over `  - Supersedes ES-compatible unit test frameworks (ADR#0000)`; another item under the status,
    or prose naming `ADR#3`, relates nothing."""
    project.write("decisions/0000-es-compatible.md", madr2(
        "ES-compatible", "- Status: Superseded by _Unit Testing Framework_ (ADR#0007)\n- Date: 2023-07-25\n"))
    project.write("decisions/0007-unit-testing.md", madr2(
        "Unit Testing", "- Status: Accepted\n  - Supersedes ES-compatible unit test frameworks (ADR#0000)\n"
        "- Date: 2023-07-25\n"))
    project.write("decisions/0008-prose.md", madr2(
        "Prose", "- Status: Accepted\n  - Discussed after ADR#3 was written\n",
        "## Context\n\nThis supersedes ADR#3 in part.\n"))
    rows = listed(project)
    assert [(rows[n]["status"], rows[n]["supersedes"], rows[n]["superseded_by"]) for n in (0, 7, 8)] == [
        ("superseded", [], [7]), ("accepted", [0], []), ("accepted", [], [])]


def test_deciders_listed_in_a_sentence(project: Project) -> None:
    """mozilla/experimenter: `Lauren Zugai, Kate Hudson, and Jody Heavener, with additional input from those
    involved in Nimbus` names three deciders (the serial `and ` dropped, the input-from tail no name); a name
    that opens with `And` keeps it."""
    project.write("decisions/0005-doc-hub.md", madr2("Doc hub", "- Deciders: Lauren Zugai, Kate Hudson, and Jody "
                                                     "Heavener, with additional input from those involved\n"
                                                     "- Date: 2021-02-25\n"))
    project.write("decisions/0007-doc-hub-url.md", madr2(
        "Doc hub URL", "- Status: accepted\n- Deciders: Kate Hudson, with input from Jared Lockhart, Tim Smith\n"))
    project.write("decisions/0008-andy.md", madr2("Andy", "- Status: accepted\n- Deciders: Ann Anderson, Andy Roe, "
                                                           "and Bo\n"))
    rows = listed(project)
    assert [rows[n]["decision_makers"] for n in (5, 7, 8)] == [
        ["Lauren Zugai", "Kate Hudson", "Jody Heavener"], ["Kate Hudson"], ["Ann Anderson", "Andy Roe", "Bo"]]


def test_a_successor_linked_under_its_title_is_the_record_its_file_is(project: Project) -> None:
    """Flagsmith/flagsmith-jira-integration: `- Status: Superseded by [Use UI Kit 2](0004-use-ui-kit-2.md)` names
    record 4 (its file), not 2 (a number in its title); a title's number with a date-named file names none."""
    project.write("docs/decisions/0002-use-current-runtime.md",
                  "# Use Current Runtime\n\n- Status: Superseded by [Use UI Kit 2](0004-use-ui-kit-2.md)\n")
    project.write("docs/decisions/0003-use-node.md",
                  "# Use Node\n\n- Status: accepted\n- Supersedes: [Use Node 14](20210101-use-node-14.md)\n")
    project.write("docs/decisions/0004-use-ui-kit-2.md", "# Use UI Kit 2\n\n- Status: accepted\n")
    rows = listed(project)
    assert (rows[2]["status"], rows[2]["superseded_by"], rows[3]["supersedes"]) == ("superseded", [4], [])
    assert as_numbers("[Use UI Kit 2](0004-use-ui-kit-2.md), [ADR 7](0007-x.md)") == (4, 7)


def test_a_link_to_a_date_named_record_labelled_by_its_date(project: Project) -> None:
    """navapbc/template-infra: `- Builds on [ADR-2023-05-09](./2023-05-09-separate.md)` names that record by its
    file, not record 2023 (drawn missing before)."""
    project.write("docs/decisions/2023-05-09-separate.md", "# Separate configs\n\n- Status: accepted\n")
    project.write("docs/decisions/2023-09-07-consolidate.md", "# Consolidate\n\n- Status: accepted\n\n## Links\n\n"
                  "- Builds on [ADR-2023-05-09](./2023-05-09-separate.md)\n")
    result = project.run("list", "--format", "json")
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    assert [(link["kind"], link["number"], link["id"]) for link in rows["2023-09-07-consolidate"]["links"]] == [
        ("builds-on", None, "2023-05-09-separate")]
    assert "missing" not in project.run("graph").stdout


def test_a_references_section_s_labelled_links_to_records(project: Project) -> None:
    """V-Sekai's log4brains template (fire/fire-proposals) keeps `- Relates to [..](20210212-x.md)` under
    `## References`: a link, as under `## Links`; the sources it cites (a URL, even to another project's record
    file, a link with no label) are none."""
    project.write("docs/adr/20210212-use-madr.md", "# Use MADR\n\n- Status: accepted\n\n## References\n\n"
                  "- Relates to [Use Log4brains](20210212-use-log4brains.md)\n- [MADR](https://adr.github.io/madr/)\n"
                  "- See [their record](https://github.com/o/r/blob/main/docs/adr/0004-y.md)\n")
    project.write("docs/adr/20210212-use-log4brains.md", "# Use Log4brains\n\n- Status: accepted\n")
    rows = {row["id"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(link["kind"], link["id"]) for link in rows["20210212-use-madr"]["links"]] == [
        ("relates-to", "20210212-use-log4brains")]


def test_names_and_tags_as_a_reader_sees_them(project: Project) -> None:
    """HHS/simpler-grants-gov's GitBook-synced records: `**Deciders:** Lucas, Billy&#x20;` and `P\\&D team` are
    `Billy` and `P&D team`; a remark in brackets (`Jay (contributors: Doug, Andy)`) stays with its name; the
    log4brains template's `[space and/or comma separated list of tags]` is no tag; `R&D` stays as written."""
    project.write("docs/decisions/0001-a.md", "# A\n\n* **Status:** Active\n"
                  "* **Deciders:** Lucas, Billy&#x20;, P\\&D team, Jay (contributors: Doug, Andy)\n"
                  "* **Tags:** [space and/or comma separated list of tags] <!-- optional -->\n")
    project.write("docs/decisions/0002-b.md", "# B\n\n* Status: accepted\n* Deciders: R&D, Ops\n* Tags: db\n")
    rows = listed(project)
    assert [(rows[n]["decision_makers"], rows[n]["tags"]) for n in (1, 2)] == [
        (["Lucas", "Billy", "P&D team", "Jay (contributors: Doug, Andy)"], []), (["R&D", "Ops"], ["db"])]


def test_deciders_linked_to_their_profiles_are_their_names(project: Project) -> None:
    """pod-os/PodOS: `- Deciders: [jg10](https://..profile/card#me), [Angelo Veltens](https://..)` are `jg10`
    and `Angelo Veltens`, as is a front matter list of such links; a remark in brackets that is no link (`Dee
    [team lead]`) and a consulted document's link (martin-francois/symphony-trello) stay as written."""
    project.write("docs/decisions/0001-a.md", "# A\n\n- Status: accepted\n- Deciders: [jg10](https://jg10.solid"
                  "community.net/profile/card#me), [Angelo Veltens](https://angelo.veltens.org/profile/card#me)\n")
    project.write("docs/decisions/0002-b.md", "---\nstatus: accepted\ndeciders: ['[Ann](https://a.example/ann,x)',"
                  " Bo]\nconsulted: ['[issue 11](https://x.example/11)']\n---\n# B\n")
    project.write("docs/decisions/0003-c.md", "# C\n\n- Status: accepted\n- Deciders: Dee [team lead], Eve\n")
    rows = listed(project)
    assert [rows[n]["decision_makers"] for n in (1, 2, 3)] == [
        ["jg10", "Angelo Veltens"], ["Ann", "Bo"], ["Dee [team lead]", "Eve"]]
    assert rows[2]["consulted"] == ["[issue 11](https://x.example/11)"]


def test_log4brains_tags_separated_by_blanks_are_a_tag_each(project: Project) -> None:
    """log4brains' template asks for a `space and/or comma separated list of tags` (SSWConsulting/Northwind365):
    `- Tags: dev-tools doc` and `- Tags: #docs #governance` are a tag a word; with commas, the commas separate
    (`machine learning, db`); a tag of a word and punctuation (`greenhouse / cloud`) stays one. Front matter is
    YAML, whose lists are written as lists: `tags: a b` and `tags: [a b]` stay one tag, over the bullets too."""
    project.write("decisions/0001-a.md", "# A\n\n- Status: accepted\n- Tags: dev-tools doc\n")
    project.write("decisions/0002-b.md", "# B\n\n* Status: accepted\n* Tags: #docs #governance\n")
    project.write("decisions/0003-c.md", "# C\n\n- Status: accepted\n- Tags: machine learning, db\n")
    project.write("decisions/0004-d.md", "# D\n\n- Status: accepted\n- Tags: greenhouse / cloud\n")
    project.write("decisions/0005-e.md", "---\nstatus: accepted\ntags: a b\n---\n# E\n")
    project.write("decisions/0006-f.md", "---\ntags: [a b]\n---\n# F\n\n- Status: accepted\n- Deciders: Ann\n")
    project.write("decisions/0007-g.md", "---\nlayout: adr\n---\n# G\n\n- Status: accepted\n- Tags: x y\n")
    rows = listed(project)
    assert [(rows[n]["format"], rows[n]["tags"]) for n in range(1, 8)] == [
        ("madr2", ["dev-tools", "doc"]), ("madr2", ["#docs", "#governance"]), ("madr2", ["machine learning", "db"]),
        ("madr2", ["greenhouse / cloud"]), ("frontmatter", ["a b"]), ("madr2", ["a b"]), ("madr2", ["x", "y"])]


def test_handles_separated_by_blanks_are_one_person_each(project: Project) -> None:
    """`- Deciders: @tomek-i @yaqi-lyu` (SSWConsulting/SSW.YakShaver.Desktop), `decision-makers: eljobe@
    plasmapower@` (OffchainLabs/nitro), teams `@d3b-center/devops @d3b-center/ADAPT`, and flow-php's
    `consulted: @bellangelo @stloyd @mleczakm` (front matter YAML refuses, read as text): a person a handle. A
    name of words (`Ann Lee`), a name with its handle (`Ann Lee (@ann)`), e-mail addresses and a remark in
    brackets after a comma (`@olafveerman, VITO (@VictorVerhaert, @jdries)`) stay as written."""
    project.write("decisions/0001-a.md", "# A\n\n- Status: accepted\n- Deciders: @tomek-i @yaqi-lyu\n")
    project.write("decisions/0002-b.md", "---\nstatus: accepted\ndecision-makers: eljobe@ plasmapower@\n"
                  "informed: [\"@d3b-center/devops @d3b-center/ADAPT\"]\n---\n# B\n")
    project.write("decisions/0003-c.md", "---\nstatus: accepted\ndecision-makers: @norberttech\n"
                  "consulted: @bellangelo @stloyd @mleczakm\n---\n# C\n")
    project.write("decisions/0004-d.md", "---\nstatus: accepted\ndecision-makers: Ann Lee, Ann Lee (@ann)\n"
                  "informed: ann@example.com bo@example.com\nconsulted: @olafveerman, VITO (@VictorVerhaert, @jdries)"
                  "\n---\n# D\n")
    rows = listed(project)
    assert [(rows[n]["decision_makers"], rows[n]["consulted"], rows[n]["informed"]) for n in (1, 2, 3, 4)] == [
        (["@tomek-i", "@yaqi-lyu"], [], []),
        (["eljobe@", "plasmapower@"], [], ["@d3b-center/devops", "@d3b-center/ADAPT"]),
        (["@norberttech"], ["@bellangelo", "@stloyd", "@mleczakm"], []),
        (["Ann Lee", "Ann Lee (@ann)"], ["@olafveerman", "VITO (@VictorVerhaert, @jdries)"],
         ["ann@example.com bo@example.com"])]


def test_a_number_in_the_label_of_a_link_to_another_file_names_no_record(project: Project) -> None:
    """`- See [chapter 7](../book/ch7.md)` under `## References`, or `Accepted. Supersedes [Use Node 14](../notes/
    node.md).` in a Status section, name no record 7 or 14 (found by this stop's review); `[ADR-0005](../site/5.html)`
    still names 5 by its label."""
    project.write("docs/adr/0001-use-kafka.md", "# Use Kafka\n\n- Status: accepted\n\n## References\n\n"
                  "- See [chapter 7](../book/ch7.md)\n- Relates to [ADR-0002](../site/adr-2.html)\n")
    project.write("docs/adr/0002-use-node.md", "# 2. Use Node\n\nDate: 2021-01-01\n\n## Status\n\n"
                  "Accepted. Supersedes [Use Node 14](../notes/node.md).\n")
    rows = listed(project)
    assert [(row["supersedes"], [(link["kind"], link["number"]) for link in row["links"]]) for row in rows.values()] \
        == [([], [("relates-to", 2)]), ([], [("supersedes", None)])]
    assert "missing" not in project.run("graph").stdout
    csv = project.run("list", "--format", "csv").stdout
    assert "supersedes ../notes/node.md" in csv and "None" not in csv


def test_bullets_in_the_body_under_bold_metadata_lines_are_none(project: Project) -> None:
    """Brownie2002/Boxing-Round-Splitter writes `**Statut**: Accepté` under the title and, in the body, a list
    describing the format (`- **Statut**: \\`Accepté | Rejeté | Supersédé\\``): the record is accepted (the bold
    paragraph that may open MADR 2's bullets, `**Update (..):**`, is no metadata line)."""
    project.write("docs/adr/0002-format.md", "# ADR-0002 — Format des ADR\n\n**Statut**: Accepté\n\n"
                  "**Décision**: \nUtiliser le format suivant :\n- **Titre**: `# ADR-XXXX — [Titre]`\n"
                  "- **Statut**: `Accepté | Rejeté | Supersédé`\n")
    assert listed(project)[2]["status"] == "accepted"
    assert not [f for f in json.loads(project.run("validate", "--format", "json").stdout) if f["code"] == "ADR301"]


def test_bullets_that_give_only_the_day_written_are_the_metadata(project: Project) -> None:
    """wagtail/rfcs' `* Created: 2019-11-12` bullets with no Status bullet date the record; a list whose
    `Created:` item holds no day (`* Created: a new queue`) is a list, no metadata."""
    project.write("docs/adr/0001-a.md", "# RFC 1: A\n\n* RFC: 1\n* Author: Ann\n* Created: 2019-11-12\n"
                  "* Last Modified: 2019-11-20\n\n## Abstract\n\nA.\n")
    project.write("docs/adr/0002-b.md", "# 2. B\n\n* Created: a new queue\n* Author: Bo\n\n## Abstract\n\nB.\n")
    rows = listed(project)
    assert [(rows[n]["date"], rows[n]["format"]) for n in (1, 2)] == [("2019-11-12", "madr2"), (None, "nygard")]


def test_bullets_before_any_heading_are_the_metadata(project: Project) -> None:
    """rust-lang/rfcs' and getsentry/rfcs' `- Start Date: 2014-03-11` list opening a record with no title heading
    gives its day (and `* Status:` there its status); a list opening a record that gives no day or status is
    a list, and an empty record is none."""
    project.write("docs/adr/0001-a.md", "- Start Date: 2014-03-11\n- RFC PR: [rust-lang/rfcs#1](https://github.com"
                  "/rust-lang/rfcs/pull/1)\n\n## Summary\n\nS.\n")
    project.write("docs/adr/0002-b.md", "\n* Status: accepted\n* Created: 2022-07-21\n\n# Summary\n\nS.\n")
    project.write("docs/adr/0003-c.md", "- first we met\n- on 2014-03-11\n\n## Summary\n\nS.\n")
    project.write("docs/adr/0004-d.md", "")
    rows = listed(project)
    assert [(rows[n]["status"], rows[n]["date"]) for n in (1, 2, 3, 4)] == [
        (None, "2014-03-11"), ("accepted", "2022-07-21"), (None, None), (None, None)]


def test_a_pictograph_before_a_bullet_s_key(project: Project) -> None:
    """octo-technology/model_platform (`docs/adr/20241003_*.md`): `- 📅 Date:` and `- 👷 Decision taken by:`, the
    names in bold with a mark after them; an arrow is no pictograph, and a pictograph before prose names no key."""
    project.write("decisions/0001-mlflow.md", madr2(
        "Use MLflow", "- 📅 Date: 2024/10/03\n- 👷 Decision taken by: STILL, TOUL\n"))
    project.write("decisions/0002-metrics.md", madr2(
        "Metrics", "- 📅 Date: 2026/03/13\n- 👷 Decision taken by: **Théophile & Philippe** ✅\n"))
    project.write("decisions/0003-arrow.md", madr2("Arrow", "- Status: accepted\n- → Date: 2024/10/03\n"))
    project.write("decisions/0004-prose.md", madr2(
        "Prose", "- Status: accepted\n- 📅 Date of the kickoff meeting: 2024/10/03\n"))
    rows = listed(project)
    assert [(rows[n]["date"], rows[n]["decision_makers"]) for n in (1, 2, 3, 4)] == [
        ("2024-10-03", ["STILL", "TOUL"]), ("2026-03-13", ["Théophile & Philippe"]), (None, []), (None, [])]


def test_a_numbered_part_superseded_names_no_record_by_its_number(project: Project) -> None:
    """`supersedes Part 2 "X" of ADR-007` (Azure-Samples/holiday-peak-hub adr-032) supersedes no record 2, nor 7;
    `supersedes ADR-007` still supersedes it."""
    project.write("decisions/0032-a.md", "# ADR-032: A\n\n**Status**: Accepted (Refines ADR-007; supersedes Part 2 "
                  "\"Builder Pattern Configuration\" of ADR-007)\n**Date**: 2026-05-08\n\n## Context\n\nC.\n")
    project.write("decisions/0033-b.md", "# ADR-033: B\n\n**Status**: Accepted (supersedes ADR-007)\n\n## Context\n\nC.\n")
    rows = listed(project)
    assert [rows[n]["supersedes"] for n in (32, 33)] == [[], [7]]


def test_a_supersede_line_over_the_bullets_is_read_with_them(project: Project) -> None:
    """V-Sekai/manuals writes the relation on a line of its own between the title and the `- Status:` bullets
    (`Supersedes: x.md`, `**Superseded by: x.md**`, a plain name beside a linked one): read as the bullets are (it
    was lost, and the bold line ended the search for the bullets: no status at all). Near miss: a sentence that
    opens with the word (`Supersedes are rare here.`) is no relation; the bullets are read under it all the same."""
    project.write("decisions/0001-old.md", "# Old\n\n- Status: accepted\n")
    project.write("decisions/0002-older.md", "# Older\n\n- Status: accepted\n")
    project.write("decisions/0003-new.md", "# New\n\nSupersedes: 0001-old.md, [0002-older.md](0002-older.md)\n\n"
                  "- Status: accepted\n- Date: 2024-01-05\n")
    project.write("decisions/0004-a.md", "# A\n\n**Superseded by: 0005-b.md**\n\n- Status: accepted\n")
    project.write("decisions/0005-b.md", "# B\n\nSupersedes: [0004-a.md](0004-a.md)\n\n- Status: proposed\n")
    project.write("decisions/0006-c.md", "# C\n\nSupersedes are rare here.\n\n- Status: accepted\n")
    records = listed(project)
    assert [(records[n]["status"], records[n]["supersedes"], records[n]["superseded_by"]) for n in (3, 4, 5, 6)] == [
        ("accepted", [1, 2], []), ("accepted", [], [5]), ("proposed", [4], []), ("accepted", [], [])]


def test_a_date_named_record_named_by_its_id_in_another_log_exists(project: Project) -> None:
    """V-Sekai/manuals keeps retired records in `_archive/decisions/` beside `decisions/` (two logs): a record
    naming one there by its id alone (`Supersedes: 20200423-old.md`) names a record that exists (ADR401 said it
    did not, though `adr list` lists it); a name no log holds is still reported."""
    project.write("decisions/20200425-new.md", "# New\n\nSupersedes: 20200423-old.md\n\n- Status: accepted\n"
                  "- Date: 2020-04-25\n")
    project.write("decisions/20200426-newer.md", "# Newer\n\nSupersedes: 20190101-gone.md\n\n- Status: accepted\n"
                  "- Date: 2020-04-26\n")
    project.write("_archive/decisions/20200423-old.md", "# Old\n\n- Status: superseded by "
                  "[20200425-new.md](../../decisions/20200425-new.md)\n- Date: 2020-04-23\n")
    project.write("_archive/decisions/20200420-x.md", "# X\n\n- Status: accepted\n- Date: 2020-04-20\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert sorted((row["log"], row["id"]) for row in listed) == [
        ("_archive/decisions", "20200420-x"), ("_archive/decisions", "20200423-old"),
        ("decisions", "20200425-new"), ("decisions", "20200426-newer")]
    result = project.run("validate")
    assert (result.exit_code, result.stdout) == (
        1, "decisions/20200426-newer.md:3:1: ADR401 error: supersedes names 20190101-gone, which does not exist\n")


def test_the_bullets_after_a_note_holding_a_list_of_its_own(project: Project) -> None:
    """elastic/cloud-on-k8s 0003 opens with an `**Update (2019-07-30)**:` note listing what it restricts (`* ES/Kibana
    association (...)`), then its `* Status: ~~accepted~~ rejected` bullets: read (the note's list ended the search:
    no status, no day). Near miss: a list under the title, then a section, leaves the body's bullets unread."""
    project.write("decisions/0003-associations.md", madr2("3. Associations", (
        "**Update (2019-07-30)**:\nWe decided to restrict the number of CRDs:\n\n* ES/Kibana association (...)\n"
        "* Users (replaced by Kubernetes Secrets)\n\nThese were judged as confusing.\n\n"
        "* Status: ~~accepted~~ rejected\n* Deciders: k8s team\n* Date: ~~2019-02-12~~ 2019-07-30\n")))
    project.write("decisions/0004-a.md", "# 4. A\n\n* one thing\n* another\n\n## Context\n\n* Status: accepted\n")
    rows = listed(project)
    assert [(rows[n]["status"], rows[n]["date"], rows[n]["decision_makers"]) for n in (3, 4)] == [
        ("rejected", "2019-07-30", ["k8s team"]), (None, None, [])]


def test_bullets_opening_a_section_that_describes_the_decision(project: Project) -> None:
    """OS2borgerPC (a Danish municipal body) opens `## Beskrivelse af beslutningen` (description of the decision)
    with `- **Dato**: 2026-05-28` / `- **Status**: Godkendt på styregruppemødet ...` / `- **Beslutningstagere**:
    Styregruppen`: the record's metadata, as the same bullets under the title are (nothing was read); so in
    English (`## Summary of the decision`). Near misses stay a section's list (`## Context` over `- Status:
    legacy systems`, in test_bullets_under_another_section_stay_unread), and so do bullets under `## Summary` that
    state no lifecycle (`- Status: the current system is slow`) over a Status section, which states the status."""
    project.write("decisions/2026-05-28-cormora.md", "# [ODR] Cormora indkøbes\n\n## Beskrivelse af beslutningen\n\n"
                  "- **Dato**: 2026-05-28\n- **Status**: Godkendt på styregruppemødet den 4. juni 2026.\n"
                  "- **Beslutningstagere**: Styregruppen\n\nTekst.\n")
    project.write("decisions/2026-01-02-kafka.md", "# Use Kafka\n\n## Summary of the decision\n\n"
                  "- **Date**: 2026-01-02\n- **Status**: Accepted\n\n## Context\n\nC.\n")
    project.write("decisions/2026-01-03-slow.md", "# Slow\n\n## Summary\n\n- Status: the current system is slow\n"
                  "- Impact: high\n\n## Status\n\nAccepted\n")
    rows = {row["id"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(rows[key]["status"], rows[key]["date"], rows[key]["decision_makers"])
            for key in ("2026-01-02-kafka", "2026-05-28-cormora", "2026-01-03-slow")] == [
        ("accepted", "2026-01-02", []), ("accepted", "2026-05-28", ["Styregruppen"]), ("accepted", None, [])]


def test_a_reference_style_link_and_a_template_named_by_its_day_placeholder(project: Project) -> None:
    """Altinn/altinn-studio's `- **Related:** ... ([GitHub][1])` names no record 1 (a reference-style link's label:
    it gave relates-to 1 and a false ADR401 error), and its `yyyy-mm-dd-template.md` is the log's template, no
    unnumbered record (a false ADR101 error), as Azure/azure-service-operator's `ADR-(YEAR)-(MONTH)-(TITLE).md` is."""
    project.write("decisions/2020-01-01-a.md", "# A\n\n- Status: accepted\n- Date: 2020-01-01\n"
                  "- **Related:** see the discussion ([GitHub][1])\n\n[1]: https://github.com/o/r/issues/5\n")
    project.write("decisions/2020-01-02-b.md", "# B\n\n- Status: accepted\n- Date: 2020-01-02\n")
    project.write("decisions/yyyy-mm-dd-template.md", "# Title\n\n- Status: [proposed | accepted]\n")
    project.write("decisions/ADR-(YEAR)-(MONTH)-(TITLE).md", "# (TITLE)\n\n- Status: (STATUS)\n")  # Azure's
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["id"], row["relates_to"]) for row in rows] == [("2020-01-01-a", []), ("2020-01-02-b", [])]
    assert json.loads(project.run("validate", "--format", "json").stdout) == []


def test_a_log_of_days_and_dots(project: Project) -> None:
    """cert-manager's `design/20190708.certificate-request-crd.md` (a day, a dot, the words): a record named by its
    day, as `20210203-webhook.md` beside it is (four of its 20 were read; the others were dropped or advised a
    name of two days, `20190708-20190708-x.md`); `adr new` names the next as most are (`20261206.use-x.md`).
    Near misses: a version (`1.2-upgrade.md`) and eight digits that are no day (`12345678.x.md`)."""
    front = "---\ntitle: {title}\nstatus: implemented\ndate: 2019-07-08\n---\n\n# {title}\n"
    for name in ("20190708.certificate-request-crd", "20200101.acme-dns", "20210203-webhook", "12345678.x"):
        project.write(f"design/{name}.md", front.format(title=name))
    rows = json.loads(project.run("--dir", "design", "list", "--format", "json").stdout)
    assert [(row["number"], row["id"]) for row in rows] == [
        (None, "20190708.certificate-request-crd"), (None, "20200101.acme-dns"), (None, "20210203-webhook")]
    assert [f["path"].rsplit("/", 1)[-1] for f in json.loads(project.run("--dir", "design", "validate", "--format",
                                                                         "json").stdout) if f["code"] == "ADR101"] \
        == ["12345678.x.md"]
    project.today = "2026-12-06"
    assert project.run("--dir", "design", "new", "Use X").stdout == "design/20261206.use-x.md\n"


def test_a_log_of_names_of_a_year_and_its_month(project: Project) -> None:
    """Azure/azure-service-operator names records `ADR-2022-09-Title.md`: records named by their month, no number
    (each was record 2022, and ADR103 called them duplicates, an error); `adr new` names the next so
    (`ADR-2026-12-Use-Z.md`). Near misses: a day after the year keeps its reading, and a month past 12 is none."""
    for name in ("ADR-2022-09-Use-X", "ADR-2022-11-Use-Y", "ADR-2023-07-PackageReferences"):
        project.write(f"decisions/{name}.md", f"---\ntitle: {name}\nstatus: accepted\n---\n\n## Context\n\nC.\n")
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["id"]) for row in rows] == [
        (None, "ADR-2022-09-Use-X"), (None, "ADR-2022-11-Use-Y"), (None, "ADR-2023-07-PackageReferences")]
    assert json.loads(project.run("validate", "--format", "json").stdout) == []
    project.today = "2026-12-06"
    assert project.run("new", "Use Z").stdout == "decisions/ADR-2026-12-Use-Z.md\n"


def test_a_date_bullet_written_without_its_colon(project: Project) -> None:
    """hyperledger/identus-cloud-agent: `- Date 2023-09-26` among the bullets, its colon missing, dates the record;
    a bullet of words after `Date` (`- Date format is ISO`) dates nothing."""
    project.write("docs/adr/0001-a.md", "# A\n\n- Status: accepted\n- Deciders: Ann\n- Date 2023-09-26\n\n## Context\n")
    project.write("docs/adr/0002-b.md", "# B\n\n- Status: accepted\n- Date format is ISO 8601\n\n## Context\n")
    assert [row["date"] for row in listed(project).values()] == ["2023-09-26", None]


def test_bullets_between_rules_under_the_title(project: Project) -> None:
    """univention/decision-records: `# Title`, a `---` rule, then `- status: accepted` / `- deciders: ..` / `- date:`
    bullets and another rule: the bullets are the record's metadata (the status was lost, the date read)."""
    project.write("docs/adr/0001-a.md", "# Add plugin points\n\n---\n\n- status: accepted\n- deciders: tk, ra\n"
                  "- date: 2023-10-09\n\n---\n\n## Context\n\nC.\n")
    row = listed(project)[1]
    assert (row["status"], row["date"], row["decision_makers"]) == ("accepted", "2023-10-09", ["tk", "ra"])


def test_bullets_under_a_rule_after_the_editors_comment_under_the_title(project: Project) -> None:
    """univention/decision-records' later records: an HTML comment of notes to editors between the title and the
    rule (`<!--` / `- Max line length: 120` / `-->`): status and supersedes were lost. Near miss: a paragraph there
    ends the search, as it does without the comment."""
    comment = "<!--\n- Max line length: 120\n- Each sentence on a new line\n-->\n\n---\n\n"
    bullets = "- status: accepted\n- supersedes: [0001 A](0001-a.md)\n- date: 2025-09-20\n\n---\n\n## Context\n"
    project.write("docs/adr/0001-a.md", "# A\n\n- status: accepted\n\n## Context\n")
    project.write("docs/adr/0002-b.md", f"# B\n\n{comment}{bullets}")
    project.write("docs/adr/0003-c.md", f"# C\n\n{comment}A note.\n\n---\n\n{bullets}")
    rows = listed(project)
    assert [(row["status"], row["supersedes"]) for row in rows.values()] == [
        ("accepted", []), ("accepted", [1]), (None, [])]


def test_bullets_marked_with_a_plus_a_key_with_a_remark_and_another_field_after_the_status(project: Project) -> None:
    """NASA-IMPACT/admg-backend writes its bullets with `+` and puts `Technical Story:` on the status's line after a
    bar (`+ **Status:** developed | Technical Story: [#297](..)`): status and date were lost. nikmagrus-creator's
    records qualify the day's key (`- Date (MSK): 2026-02-05 19:57 MSK`): the date was lost. Near misses: the
    template's menu after a bar stays no status; a key's remark without a colon after it is no key."""
    project.write("adr/0001-a.md", madr2("A", "+ **Status:** developed | Technical Story: [#297](https://x.org/297)\n"
                                         "+ **Deciders:** Heidi Mok, John Hedman\n+ **Date:** 2022-05-31\n"))
    project.write("adr/0002-b.md", "# ADR-002: B\n\nАктуально на: 2026-02-10 22:20 MSK\n\n"
                  + madr2("", "- Status: Accepted\n- Date (MSK): 2026-02-05 19:57 MSK\n- Deciders: N\n").lstrip("# \n"))
    project.write("adr/0003-c.md", madr2("C", "- Status: proposed | accepted | rejected\n- Date (UTC) 2026-02-05\n"))
    rows = listed(project)
    assert [(row["status"], row["date"]) for row in rows.values()] == [
        ("developed", "2022-05-31"), ("accepted", "2026-02-05"), (None, None)]
    assert rows[1]["decision_makers"] == ["Heidi Mok", "John Hedman"]


def test_the_days_of_a_decision_s_steps_under_a_date_s_bullet(project: Project) -> None:
    """sul-dlss-labs' MADR template: `* Date(s): <!-- required -->` over the days of the steps (`  * drafted:
    2019-11-06`, `  * ...`), and `- Approved:` among them: no date (22 records), and `* Status: drafted without
    decision` gave none either. The step that decided dates the record, else the first day; near miss: a list of
    no day dates nothing."""
    project.write("docs/adr/0001-a.md", madr2("A", "* Status: accepted\n* Date(s): <!-- required -->\n"
                                                   "  * drafted: 2019-11-06\n  * ...\n"))
    project.write("docs/adr/0002-b.md", madr2("B", "* Status: accepted\n* Date(s):\n  - Drafted: 2024-03-14\n"
                                                   "  - Approved: 2024-04-28\n"))
    project.write("docs/adr/0003-c.md", madr2("C", "* Status: drafted without decision\n* Date(s): 2020-01-28\n"))
    project.write("docs/adr/0004-d.md", madr2("D", "* Status: accepted\n* Date(s):\n  * drafted: soon\n"))
    assert [(row["status"], row["date"]) for row in listed(project).values()] == [
        ("accepted", "2019-11-06"), ("accepted", "2024-04-28"), ("drafted", "2020-01-28"), ("accepted", None)]


def test_the_chosen_option_in_the_template_s_brackets_and_a_set_of_words_in_braces_are_filled(
        project: Project) -> None:
    """Sylius kept MADR 2's brackets around the option it chose (`Chosen option: "[Explicitly declare, ...]"`, under
    `### Explicitly declare, ...`); ldamasio/robson writes a set (`status in {PLANNED, ACTIVE}`): both were ADR204
    warnings. Near misses: the template's `[option 1]`, with its `### [option 1]`, and MADR's `{short title,
    representative of ...}` stay unfilled."""
    options = "## Considered Options\n\n* {option}\n\n## Decision Outcome\n\nChosen option: \"[{option}]\", because x.\n\n"
    project.write("docs/adr/0001-a.md", madr2("A", "* Status: accepted\n* Date: 2020-11-12\n", options.format(
        option="Explicitly declare, where bus should be registered")
        + "### Explicitly declare, where bus should be registered\n\nAllowed: status in {PLANNED, ACTIVE}.\n"))
    project.write("docs/adr/0002-b.md", madr2("B", "* Status: accepted\n* Date: 2020-11-12\n", options.format(
        option="[option 1]").replace("[[option 1]]", "[option 1]") + "### [option 1]\n\n"
        "{short title, representative of solved problem and found solution}\n"))
    findings = [(f["path"].rsplit("/", 1)[-1], f["line"], f["code"])
                for f in json.loads(project.run("validate", "--format", "json").stdout)]
    assert findings == [("0002-b.md", 8, "ADR204"), ("0002-b.md", 12, "ADR204"), ("0002-b.md", 14, "ADR204"),
                        ("0002-b.md", 16, "ADR204")]


def test_bullets_over_the_title_as_madr_3_s_front_matter_was_kept(project: Project) -> None:
    """eclipse-tractusx/bpdm keeps MADR 3's front matter as bullets over the title (`<!-- .. -->` / `* status:
    accepted` / `* date: 2023-09-01` / `---` / `# Title`): no status, no date. `adr accept` writes the bullet.
    Near miss: a list of other items over the title is no metadata (the Status section below is read)."""
    project.write("docs/decision-records/003-orchestrator.md",
                  "<!-- Template based on: https://adr.github.io/madr/ -->\n\n<!-- * status: {proposed | accepted} -->\n"
                  "* status: proposed\n* date: 2020-09-01\n* deciders: bpdm team\n<!-- * informed: … -->\n---\n"
                  "<!-- markdownlint-disable-next-line MD025 -->\n# Use an API\n\n## Context and Problem Statement\n\nC.\n")
    project.write("docs/decision-records/006-b.md", "* Item one of a list\n* Item two\n\n# Use B\n\n"
                  "Date: 2020-01-01\n\n## Status\n\nAccepted\n")
    rows = listed(project)
    assert [(row["title"], row["status"], row["date"], row["decision_makers"]) for row in rows.values()] == [
        ("Use an API", "proposed", "2020-09-01", ["bpdm team"]), ("Use B", "accepted", "2020-01-01", [])]
    assert project.run("accept", "3").exit_code == 0
    assert "* status: accepted\n* date: 2020-09-01\n" in project.read("docs/decision-records/003-orchestrator.md")


def test_the_template_s_choices_cut_to_the_status_chosen_in_their_brackets(project: Project) -> None:
    """winery/winery's `* Status: [accepted ] <!-- optional -->`: read as accepted, and an ADR204 warning called it
    unfilled. Near miss: the choices left whole stay the template's (ADR301, ADR204)."""
    project.write("docs/adr/0028-a.md", madr2("A", "* Status: [accepted ] <!-- optional -->\n* Date: 2020-01-01\n"))
    project.write("docs/adr/0029-b.md", madr2("B", "* Status: [proposed | accepted]\n* Date: 2020-01-01\n"))
    assert [row["status"] for row in listed(project).values()] == ["accepted", None]
    findings = [(f["path"].rsplit("/", 1)[-1], f["code"]) for f in json.loads(project.run("validate", "--format",
                                                                                          "json").stdout)]
    assert findings == [("0029-b.md", "ADR301"), ("0029-b.md", "ADR204")]


def test_a_note_quoted_among_the_bullets_does_not_end_them(project: Project) -> None:
    """bosshawk/Harubridge's archived records put a warning in a quote between `- ステータス: Superseded by ..` and
    `- 日付: 2026-08-03`: the day after it was lost. Near miss: a quote then an item that names no key is the
    body's."""
    project.write("docs/adr/0026-x.md", "# 26. X\n\n- Status: Superseded by [ADR-0027](0027-x.md)\n\n"
                  "> ⚠️ **Do not read this ADR.**\n> more\n- 日付: 2020-08-03\n- Deciders: someone\n\n## Context\n")
    project.write("docs/adr/0027-x.md", "# 27. X\n\n- Status: Accepted\n\n> a note\n\n- Date: 2020-08-04\n\n## C\n")
    project.write("docs/adr/0028-x.md", "# 28. X\n\n- Status: Accepted\n\n> a quote of the body\n\n"
                  "- an item of the body\n\n## Context\n")
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["date"], row["decision_makers"]) for row in rows] == [
        ("superseded", "2020-08-03", ["someone"]), ("accepted", "2020-08-04", []), ("accepted", None, [])]


def test_deciders_named_in_brackets_and_a_status_before_the_template_s_choices(project: Project) -> None:
    """navikt/dagpenger lists its deciders in brackets (`* Deciders: [Knut, Atle, Marte, Geir André]`: ADR204 took
    a name of two words for a placeholder's); navikt/eessi-pensjon wrote its status before the template's choices
    (`* Status: WIP [accepted | superseeded by [ADR-0005](0005-example.md) | deprecated | …]`: no status, and an
    ADR301 error). Near misses: the choices alone stay the template's, and MADR's `[list everyone involved in the
    decision]` stays a placeholder."""
    project.write("docs/adr/0009-x.md", "# 9. X\n\n* Status: accepted\n* Deciders: [Knut, Atle, Marte, Geir André]\n"
                  "* Date: 2020-01-01\n\n## Context\n\nx\n")
    project.write("docs/adr/0008-y.md", "# 8. Y\n\n* Status: WIP [accepted | superseeded by [ADR-0009](0009-x.md) | "
                  "deprecated | …]\n* Date: 2020-01-01\n\n## Context\n\nx\n")
    project.write("docs/adr/0007-z.md", "# 7. Z\n\n* Status: [proposed | accepted]\n* Deciders: [list everyone "
                  "involved in the decision]\n* Date: 2020-01-01\n\n## Context\n\nx\n")
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [row["status"] for row in rows] == [None, "wip", "accepted"]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert sorted((f["path"][-9:], f["code"]) for f in findings) == [
        ("0007-z.md", "ADR204"), ("0007-z.md", "ADR204"), ("0007-z.md", "ADR301")]


def test_a_supersede_bullet_without_a_colon_names_its_record(project: Project) -> None:
    """adoble/semplate's bullets `* **Superceded** by ADR #0009` and `* Supercedes #0003`: no colon after the
    relation's words, and they were passed over (and `#0003` named no record even after a colon). Near misses: a
    bullet of such words that names no record first, and an issue named further on in a value."""
    for number in (1, 5):
        project.write(f"decisions/000{number}-r.md", madr2("R", "* Status: accepted\n* Date: 2021-04-24\n"))
    bullets = {3: "* **Superceded** by ADR #0009", 9: "* Supercedes #0003",
               4: "* Superseded by [ADR-0005](0005-r.md) — later text", 6: "- **Supersedes** [ADR-0001](0001-r.md)",
               7: "* Supersedes the nightly job", 8: "* Supersedes: Issue #5"}
    for number, bullet in bullets.items():
        project.write(f"decisions/000{number}-x.md", madr2("X", f"* Status: accepted\n* Date: 2021-04-24\n{bullet}\n"))
    rows = listed(project)
    assert [(n, rows[n]["supersedes"], rows[n]["superseded_by"]) for n in sorted(bullets)] == [
        (3, [], [9]), (4, [], [5]), (6, [1], []), (7, [], []), (8, [], []), (9, [3], [])]


def test_placeholders_inside_a_comment_over_several_lines_are_hidden(project: Project) -> None:
    """MADR 2 authors (bbc/react-transcript-editor, digital-paper-edit-client and -firebase) comment out the
    template's sections they did not use across lines (`<!-- * [option 1]` .. `* [option 3] -->`, a `<!--` line
    over `### Positive Consequences`): 150 false ADR204 warnings on text no reader sees. Near misses: the
    placeholders before and after such a comment, and on the line a comment closes after, are still reported."""
    body = ("## Considered Options\n\n<!-- * [option 1]\n* [option 2]\n* {option 3} -->\n* SQLite\n\n"
            "## Decision Outcome\n\nChosen option: \"SQLite\", because simple.\n\n<!--\n### Positive Consequences\n\n"
            "* [e.g., improvement of quality attribute satisfaction, follow-up decisions required, …]\n-->\n\n"
            "## Pros and Cons of the Options\n\n* Good, because [argument a] <!-- a\ncomment --> and [argument c]\n"
            "* Bad, because [argument b]\n")
    project.write("docs/adr/0001-a.md", madr2("A", "* Status: accepted\n* Date: 2019-04-29\n", body))
    findings = [(f["line"], f["column"], f["message"][30:]) for f in
                json.loads(project.run("validate", "--format", "json").stdout) if f["code"] == "ADR204"]
    assert findings == [(25, 17, "[argument a]"), (26, 17, "[argument c]"), (27, 16, "[argument b]")]


def test_tags_in_brackets_are_the_author_s(project: Project) -> None:
    """`- Tags: [Deployment CICD]` (log4brains' template asks for tags space-separated in its brackets) was an
    ADR204 warning; the template's own `[space and/or comma separated list of tags]` still is."""
    for number, tags in ((1, "[Deployment CICD]"), (2, "[space and/or comma separated list of tags] <!-- optional -->")):
        project.write(f"docs/adr/000{number}-t.md", madr2("T", f"* Status: accepted\n* Date: 2019-05-01\n* Tags: {tags}\n"))
    findings = [(f["path"][-9:], f["code"]) for f in json.loads(project.run("validate", "--format", "json").stdout)]
    assert findings == [("0002-t.md", "ADR204")]


def test_bullets_under_a_title_written_twice(project: Project) -> None:
    """RelationalFabric/canon writes its record's title twice over the bullets, and bbc/react-transcript-editor has
    a heading pasted from another record there: the status was lost (the date was read). Near miss: a heading over
    prose is a section, whose list is no metadata."""
    project.write("docs/adrs/0011-x.md", madr2("ADR-0011: Use X", "# ADR-0011: Use X\n\n- Status: accepted\n"
                                                                  "- Date: 2020-05-01\n"))
    project.write("docs/adrs/0012-y.md", madr2("Keyboard shortcuts", "# Notes on keys\n\n* Status: being evaluated\n"
                                                                     "* Date: 2018-10-12\n"))
    project.write("docs/adrs/0013-z.md", madr2("Z", "# Background\n\nWe list:\n\n- Status: of the build\n"))
    rows = listed(project)
    assert [(rows[n]["title"], rows[n]["status"], rows[n]["date"]) for n in (11, 12, 13)] == [
        ("Use X", "accepted", "2020-05-01"), ("Keyboard shortcuts", "being evaluated", "2018-10-12"), ("Z", None, None)]


def test_keys_in_italics_in_bullets(project: Project) -> None:
    """IBM/mcp-context-forge's 51 records write `- *Status:* Accepted`, `- *Date:* ..`, `- *Supersedes:* ADR-0025`
    (and `- _Status:_ Draft`): no status, day or relation was read, and a later `## Status` paragraph's words were
    taken for the status (`implemented` where the header says Accepted)."""
    project.write("docs/adr/001-a.md", "# ADR-001: A\n\n- *Status:* Accepted\n- *Date:* 2020-01-15\n- *Deciders:* "
                  "Team\n\n## Context\n\nC.\n\n## Status\n\nImplemented in release 2.\n")
    project.write("docs/adr/002-b.md", "# ADR-002: B\n\n- _Status:_ Draft\n- _Date:_ 2020-01-16\n- *Supersedes:* "
                  "ADR-001\n\n## Context\n\nC.\n")
    rows = listed(project)
    assert [(rows[n]["status"], rows[n]["date"], rows[n]["supersedes"], rows[n]["decision_makers"]) for n in (1, 2)] \
        == [("accepted", "2020-01-15", [], ["Team"]), ("draft", "2020-01-16", [1], [])]


def test_supersede_bullets_under_links_and_more_information_below_front_matter(project: Project) -> None:
    """samjmarshall/rekurve's records give a status in front matter and their predecessor under `## Links` (`-
    Supersedes [adr009](..)`), and miwurster/relay's under MADR 4's `## More Information`: front matter holding a
    status hid the one, and no More Information bullet was read. Near misses: a More Information bullet that
    mentions a record (`See [ADR-0008](..)`) names no relation, and front matter's own supersede key stays."""
    for number in (3, 8, 9, 19):
        project.write(f"docs/adr/adr0{number:02d}-r.md", f"---\nstatus: accepted\ndate: 2020-01-01\n---\n# R{number}\n")
    project.write("docs/adr/adr010-x.md", "---\nstatus: 'Accepted'\ndate: 2020-01-02\n---\n# X\n\n## Context\n\nC.\n\n"
                  "## Links\n\n- Supersedes [adr009](adr009-r.md)\n")
    project.write("docs/adr/adr020-y.md", "---\nstatus: accepted\ndate: 2020-01-02\n---\n# Y\n\n## Context and Problem "
                  "Statement\n\nC.\n\n## More Information\n\n- Supersedes [ADR-0019](adr019-r.md)\n- See [ADR-0008]"
                  "(adr008-r.md) for background\n")
    project.write("docs/adr/adr021-z.md", "---\nstatus: accepted\ndate: 2020-01-02\nsupersedes: [3]\n---\n# Z\n\n"
                  "## Links\n\n- Supersedes [adr008](adr008-r.md)\n")
    rows = listed(project)
    assert [(n, rows[n]["supersedes"], rows[n]["relates_to"]) for n in (10, 20, 21)] == [
        (10, [9], []), (20, [19], []), (21, [3], [])]


def test_a_supersede_sentence_after_the_status_word_names_its_record_by_link(project: Project) -> None:
    """cvoya-com/spring-voyage: `- **Status:** Accepted (2026-04-29). Supersedes [0018 — partitioned
    mailbox](archive/0018-partitioned-mailbox.md). v0.1 work.` lost the relation, where `Accepted; supersedes
    [..](..)` and `Accepted. Supersedes ADR-0002.` kept it: a sentence of its own names the record by a link too.
    A link to anything but a record names none, nor does one to a record it replaces in part."""
    project.write("docs/decisions/0002-b.md", madr2("B", "* Status: accepted\n"))
    project.write("docs/decisions/0003-c.md", madr2("C", "- **Status:** Accepted (2026-04-29). Supersedes [0002 — b]"
                                                         "(0002-b.md). v0.1 work.\n"))
    project.write("docs/decisions/0004-d.md", madr2("D", "* Status: Accepted. Supersedes [ADR-0002](0002-b.md).\n"))
    project.write("docs/decisions/0005-e.md", madr2("E", "* Status: Accepted. Supersedes the [old design]"
                                                         "(https://example.org/design).\n"))
    project.write("docs/decisions/0006-f.md", madr2("F", "* Status: Accepted. Supersedes [ADR-0002](0002-b.md) (partly).\n"))
    project.write("docs/decisions/0007-g.md", madr2("G", "* Status: Accepted. Superseded by [ADR-0002](0002-b.md) in "
                                                         "part.\n"))
    rows = listed(project)
    assert [(rows[n]["status"], rows[n]["supersedes"], rows[n]["superseded_by"]) for n in (3, 4, 5, 6, 7)] == [
        ("accepted", [2], []), ("accepted", [2], []), ("accepted", [], []), ("accepted", [], []), ("accepted", [], [])]


def test_a_when_bullet_gives_the_day_of_a_record_with_no_date(project: Project) -> None:
    """au-research/raido: `* When: proposed on 2022-07-21`, `* When: finalised on 2022-10-06` (12 records, no
    date). The day alone or after a step's word and `on` dates the record; `When: the team grows` does not, and a
    `Date:` bullet wins."""
    bullets = {1: "* When: proposed on 2022-07-21", 2: "* When: finalised on 2022-10-06.", 3: "* When: 2022-11-01",
               4: "* When: the team grows", 5: "* When: proposed on 2022-07-21\n* Date: 2022-08-01"}
    for number, lines in bullets.items():
        project.write(f"doc/adr/{number:04d}-x.md", f"# Use X\n\n* Status: proposed\n* Who: STO\n{lines}\n\n"
                                                    "## Context\n\nC.\n")
    result = project.run("list", "--format", "json")
    assert [row["date"] for row in json.loads(result.stdout)] == [
        "2022-07-21", "2022-10-06", "2022-11-01", None, "2022-08-01"]


def test_a_status_superseded_in_part_names_a_record_that_amends_it(project: Project) -> None:
    """Round 50 (aureat/phalcom-lang's 0005): `- Status: Superseded in part by [ADR-0024](..)` under a banner
    saying the same read as superseded by 24, whole (and, as a `Status:` line, amended by 24 too). In part is
    amended-by alone: no successor of the whole, one link. Near miss: a successor's file named `partial`."""
    project.write("docs/adr/0024-n.md", "# 24. N\n\n- Status: Accepted\n- Date: 2021-03-12\n")
    project.write("docs/adr/0025-partial-fix.md", "# 25. P\n\n- Status: Accepted\n- Date: 2021-03-12\n")
    project.write("docs/adr/0005-a.md", "# 5. A\n\n- Status: Superseded in part by [ADR-0024](0024-n.md)\n"
                  "- Date: 2021-03-11\n\n> **Superseded in part (2021-03-12) by [ADR-0024](0024-n.md).**\n"
                  "> The rest stands.\n\n## Context\n\nC.\n")
    project.write("docs/adr/0008-d.md", "# 8. D\n\nStatus: Superseded in part by [ADR-0024](0024-n.md)\n"
                  "Date: 2021-03-11\n\n## Context\n\nC.\n")
    project.write("docs/adr/0009-e.md", "# 9. E\n\n- Status: Superseded by [ADR-0025](0025-partial-fix.md)\n"
                  "- Date: 2021-03-11\n")
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["status"], row["superseded_by"], [(link["kind"], link["number"])
                                                                  for link in row["links"]])
            for row in rows if row["number"] < 24] == [
        (5, "superseded", [], [("amended-by", 24)]), (8, "superseded", [], [("amended-by", 24)]),
        (9, "superseded", [25], [("superseded-by", 25)])]
    assert project.run("validate").exit_code == 0


def test_a_link_goes_under_the_record_s_links_section_as_madr_2_writes_it(project: Project) -> None:
    """Audit 52 (lane b, class 5): island-is/handbook's MADR 2 records keep a `## Links` section (MADR 2's
    template: `* [Link type] [Link to ADR]`); supersede and link put `- Supersedes: [..]` among the status and
    date bullets. The link is a bullet of that section, marked as its bullets are, no colon; a record without one
    is given one, as no record of the log keys a relation under its title (the section's own bullets do not)."""
    project.write("docs/adr/0003-css.md", "# Use CSS\n\n* Status: accepted\n* Date: 2020-01-01\n\n"
                  "## Context and Problem Statement\n\nC.\n")
    project.write("docs/adr/0010-cms.md", "# Use CMS\n\n- Status: accepted\n- Date: 2020-02-01\n\n"
                  "## Context and Problem Statement\n\nC.\n\n## Links\n\n- [External](https://example.com)\n\n"
                  "## More\n\nx\n")
    assert project.run("supersede", "3", "--by", "10").exit_code == 0
    assert project.run("link", "3", "relates-to", "10").exit_code == 0
    assert project.read("docs/adr/0010-cms.md").endswith(
        "## Links\n\n- [External](https://example.com)\n- Supersedes [ADR-0003](0003-css.md)\n"
        "- Relates to [ADR-0003](0003-css.md)\n\n## More\n\nx\n")
    assert project.read("docs/adr/0003-css.md").split("\n")[2:4] == [
        "* Status: superseded by [ADR-0010](0010-cms.md)", "* Date: 2020-01-01"]
    assert project.read("docs/adr/0003-css.md").endswith("C.\n\n## Links\n\n* Relates to [ADR-0010](0010-cms.md)\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["supersedes"], row["superseded_by"], row["relates_to"]) for row in listed] == [
        ("superseded", [], [10], [10]), ("accepted", [3], [], [3])]


# EmilGeorgiev/lottery, docs/adr/20230117-adr-002-custom-antehanlder-to-deduct-fees-from-the-sender-account.md (log4brains'
# MADR 2 bullets, audit 54 lane b): the decider filled in inside the template's brackets, the day left as the template's.
FILLED_IN_BRACKETS = """# ADR-002: Custom AnteHanlder to deduct fees from the sender account

- Status: accepted
- Deciders: [Emil Georgiev (emogeorgiev88@gmail.com)]
- Date: [YYYY-MM-DD when the decision was last updated] <!-- optional. To customize the ordering without relying on Git creation dates and filenames -->
- Tags: [space and/or comma separated list of tags] <!-- optional -->

## Context and Problem Statement

When the user sends a valid transaction to enter the lottery, the application must charge it with the fees.

## Decision Outcome

Chosen option: "a custom AnteHandler", because it deducts the fees before the message runs.
"""


def test_a_name_filled_in_inside_the_template_s_brackets_is_no_placeholder(project: Project) -> None:
    """Audit 54 (lane b, 8a and 8b): `- Deciders: [Emil Georgiev (...)]` was an "unfilled template placeholder",
    though `adr list` reads the decider; and the day left as the template's was reported twice, as ADR304 (not a date)
    and ADR204 (a placeholder): one defect, one finding."""
    project.write("docs/adr/20230117-adr-002-custom-antehandler.md", FILLED_IN_BRACKETS)
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["decision_makers"], row["date"]) for row in listed] == [
        (["Emil Georgiev (emogeorgiev88@gmail.com)"], None)]
    result = project.run("validate")
    assert (result.exit_code, result.stdout) == (0, (
        "docs/adr/20230117-adr-002-custom-antehandler.md:5:9: ADR204 warning: unfilled template placeholder "
        "[YYYY-MM-DD when the decision was last updated]\n"
        "docs/adr/20230117-adr-002-custom-antehandler.md:6:9: ADR204 warning: unfilled template placeholder "
        "[space and/or comma separated list of tags]\n"))


def test_a_supersede_link_wrapped_after_by_or_listed_under_its_own_section(project: Project) -> None:
    """Audit 55 (lane b, 3; fcrozetta/nephos): `Superseded by` / `[B](./b.md).` is the one-line `Superseded by
    [B](./b.md).` soft-wrapped, and `## Supersedes` over `- [A](./a.md) for naming.` lists what the record
    supersedes; both were unread, and ADR302 said no successor was named. A link in the section's prose, and
    `Superseded for naming by` / `[B](..)` (no one-line form of it is read either), are no relation."""
    project.write("docs/adr/20200101-a.md", madr2(
        "A", "- Status: superseded\n- Date: 2020-01-01\n\nSuperseded by\n[B](./20200201-b.md).\n"))
    project.write("docs/adr/20200201-b.md", madr2(
        "B", "- Status: accepted\n- Date: 2020-02-01\n",
        "## Context and Problem Statement\n\nx\n\n## Supersedes\n\nThis ADR supersedes [D](./20200401-d.md) in part:"
        "\n\n- [A](./20200101-a.md)\n  for naming.\n- [C](./20200301-c.md)\n"))
    project.write("docs/adr/20200301-c.md", madr2(
        "C", "- Status: superseded\n- Date: 2020-03-01\n\nSuperseded for naming by\n[B](./20200201-b.md).\n"))
    project.write("docs/adr/20200401-d.md", madr2("D", "- Status: accepted\n- Date: 2020-04-01\n"))
    rows = {row["id"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert {ident: [(link["kind"], link["id"]) for link in row["links"]] for ident, row in rows.items()} == {
        "20200101-a": [("superseded-by", "20200201-b")],
        "20200201-b": [("supersedes", "20200101-a"), ("supersedes", "20200301-c")],
        "20200301-c": [], "20200401-d": []}
    assert project.run("graph").stdout.count("-->|supersedes|") == 2
    assert project.run("validate").stdout == ""


def test_a_supersedes_section_of_a_numbered_record_gives_its_numbers(project: Project) -> None:
    """An adr-tools record's `## Supersedes` section over `- [1. A](0001-a.md)`, and a wrapped `Superseded by` /
    `[2. B](..)` line under the title: the relation's numbers, read both ways."""
    project.write("decisions/0001-a.md", "# 1. A\n\nSuperseded by\n[2. B](0002-b.md)\n\n## Context\n\nC.\n")
    project.write("decisions/0002-b.md", "# 2. B\n\nDate: 2021-04-19\n\n## Status\n\nAccepted\n\n## Supersedes\n\n"
                  "- [1. A](0001-a.md)\n\n## Context\n\nC.\n")
    rows = listed(project)
    assert [(rows[n]["status"], rows[n]["supersedes"], rows[n]["superseded_by"]) for n in (1, 2)] == [
        ("superseded", [], [2]), ("accepted", [1], [])]


def test_a_supersedes_section_s_item_denying_the_relation_names_no_superseded_record(project: Project) -> None:
    """Attack 55b L5: `- [3. Three](0003-three.md) was considered but not superseded` under `## Supersedes` was read
    as superseding 3 (validate silent, 3 still accepted beside its successor). An item that denies the relation
    after its link names none; the items beside it still do."""
    for n, title in ((1, "One"), (3, "Three")):
        project.write(f"decisions/000{n}-{title.lower()}.md", f"# {n}. {title}\n\nDate: 2021-04-1{n}\n\n## Status"
                      "\n\nAccepted\n\n## Context\n\nC.\n")
    project.write("decisions/0002-two.md", "# 2. Two\n\nDate: 2021-04-19\n\n## Status\n\nAccepted\n\n## Supersedes\n\n"
                  "- [1. One](0001-one.md)\n- [3. Three](0003-three.md) was considered but not superseded\n"
                  "- [3. Three](0003-three.md) (not superseded)\n\n## Context\n\nC.\n")
    rows = listed(project)
    assert [(link["kind"], link["number"]) for link in rows[2]["links"]] == [("supersedes", 1)]
    assert rows[2]["supersedes"] == [1]


def test_a_links_section_s_documents_of_other_folders_are_no_links_to_records(project: Project) -> None:
    """Audit 55 (lane b, 6c; Sour-abh-Raj/computational-policy-atlas): `- Atlas: [Digital Twins](../paradigms/x.md)`
    under `## Links` was a link of kind `atlas` in JSON, though it names a page of the docs, no record. A file
    beside the record (a log of records named by their words) and a date-named record elsewhere still are."""
    project.write("docs/decisions/0001-a.md", madr2(
        "A", "- Status: accepted\n- Date: 2020-01-01\n",
        "## Links\n\n- Atlas: [Digital Twins](../paradigms/algorithms/digital-twins.md)\n"
        "- Refined by [B](0002-b.md)\n- Builds on [notes](./notes.md)\n"
        "- Follows [Other log's](../other/20200101-x.md)\n"))
    project.write("docs/decisions/0002-b.md", madr2("B", "- Status: accepted\n- Date: 2020-01-02\n"))
    rows = listed(project)
    assert [(link["kind"], link["number"], link["id"], link["href"]) for link in rows[1]["links"]] == [
        ("refined-by", 2, "0002", "0002-b.md"), ("builds-on", None, None, "./notes.md"),
        ("follows", None, "20200101-x", "../other/20200101-x.md")]


def test_a_template_s_hint_opening_in_capitals_is_still_a_placeholder(project: Project) -> None:
    """Attack 55 (10): `[List everyone involved in the decision]` and `[Names of the deciders]`, read by the reader as
    a person, were taken for names filled in; a hint is told by its words."""
    project.write("docs/adr/0001-t1.md", FILLED_IN_BRACKETS.replace(
        "[Emil Georgiev (emogeorgiev88@gmail.com)]", "[List everyone involved in the decision]"))
    project.write("docs/adr/0002-t2.md", FILLED_IN_BRACKETS.replace(
        "[Emil Georgiev (emogeorgiev88@gmail.com)]", "[Names of the deciders]"))
    result = project.run("validate", "--format", "json")
    assert sorted((finding["path"], finding["line"]) for finding in json.loads(result.stdout)
                  if finding["code"] == "ADR204" and finding["line"] == 4) == [
        ("docs/adr/0001-t1.md", 4), ("docs/adr/0002-t2.md", 4)]


def test_a_status_bullet_s_date_field_dates_the_record_and_an_edit_keeps_it(project: Project) -> None:
    """Attack 58 F14: `* Status: proposed | Date: 2026-02-01` read with no date, its `Date:` field unread (and a
    status of its own day beside it was refused as leaving the record with no date, though the line states one).
    The field dates the record, as a key line's does, and `adr accept` changes the status alone."""
    text = madr2("Use thing", "* Status: proposed | Date: 2026-02-01\n* Deciders: a\n")
    project.write("doc/adr/0002-use-thing.md", text)
    assert (listed(project)[2]["status"], listed(project)[2]["date"]) == ("proposed", "2026-02-01")
    result = project.run("accept", "2")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("doc/adr/0002-use-thing.md") == text.replace("proposed |", "accepted |")
    assert (listed(project)[2]["status"], listed(project)[2]["date"]) == ("accepted", "2026-02-01")


def test_a_status_bullet_s_own_day_moves_to_a_date_bullet(project: Project) -> None:
    """Attack 58 F14: `* Status: proposed (2026-01-05)`, the record's only day, was refused on `adr accept` as
    leaving the record with no date. The day is written first as a `* Date:` bullet after the others, as a
    Nygard record's goes to a `Date:` line, the remark going with the old status."""
    project.write("doc/adr/0002-use-thing.md", madr2("Use thing", "* Status: proposed (2026-01-05)\n* Deciders: a\n"))
    result = project.run("accept", "2")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("doc/adr/0002-use-thing.md") == madr2(
        "Use thing", "* Status: accepted\n* Deciders: a\n* Date: 2026-01-05\n")
    assert (listed(project)[2]["status"], listed(project)[2]["date"]) == ("accepted", "2026-01-05")
