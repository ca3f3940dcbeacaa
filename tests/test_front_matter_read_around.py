"""Front matter YAML refuses is read a key at a time: the record is listed with each key YAML reads on its own,
each value it refuses kept as text (with the lines it runs on over), and `validate` reports the line (ADR100).
What YAML reads but cannot build (an unknown tag) stays unreadable."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import Project, read_cache_file

BODY = "\n# {title}\n\n## Context\n\nC.\n\n## Decision\n\nD.\n\n## Consequences\n\nE.\n"
TOKEN = "invalid YAML front matter: found character that cannot start any token"


def write(project: Project, name: str, front: str, title: str = "Use SWR") -> None:
    project.write(f"decisions/{name}", f"---\n{front}---\n" + BODY.format(title=title))


def findings(project: Project) -> list[tuple[str, int, str, str]]:
    result = project.run("validate", "--format", "json")
    return [(Path(f["path"]).name, f["line"], f["code"], f["message"]) for f in json.loads(result.stdout)]


def test_front_matter_yaml_refuses_is_read_a_key_at_a_time(project: Project) -> None:
    """Each key YAML reads on its own is read so; each it refuses is read as the text it is (a value run on over
    indented lines, the items under an empty key), into the typed fields too, and ADR100 names its line. 0002-0005
    hold values that run over more than their line (a flow list left open, an indented line, a list item, a
    quoted value left open): listed all the same; list exits 0."""
    write(project, "0001-use-swr.md", "status: accepted\ndate: 2021-04-19\ndecision-makers: @ann @bo\n"
                                      "consulted: `team`\n")
    write(project, "0002-flow.md", "tags: [a,\nb: @c,\nd: e]\nstatus: accepted\n")
    write(project, "0003-runs-on.md", "status: accepted\ndeciders: @ann\n  @bo\n")
    write(project, "0004-item.md", "date: 2021-04-20\ninformed:\n  - @cy\n  - Dee\ndeciders: @ann\n- bo\n")
    write(project, "0005-quoted.md", "title: \"Use\nstatus: @proposed\n")
    result = project.run("list", "--format", "json")
    assert (result.exit_code, result.stderr) == (0, "")
    assert [(row["id"], row["status"], row["date"], row["tags"], row["decision_makers"], row["consulted"],
             row["informed"]) for row in json.loads(result.stdout)] == [
        ("0001", "accepted", "2021-04-19", [], ["@ann", "@bo"], ["`team`"], []),
        ("0002", "accepted", None, ["[a"], [], [], []),
        ("0003", "accepted", None, [], ["@ann", "@bo"], [], []),
        ("0004", None, "2021-04-20", [], ["@ann"], [], ["@cy", "Dee"]),
        ("0005", "proposed", None, [], [], [], []),
    ]
    assert [finding[:3] for finding in findings(project) if finding[2] == "ADR100"] == [
        ("0001-use-swr.md", 4, "ADR100"), ("0001-use-swr.md", 5, "ADR100"), ("0002-flow.md", 2, "ADR100"),
        ("0002-flow.md", 3, "ADR100"), ("0003-runs-on.md", 3, "ADR100"), ("0004-item.md", 3, "ADR100"),
        ("0004-item.md", 6, "ADR100"), ("0005-quoted.md", 2, "ADR100"), ("0005-quoted.md", 3, "ADR100")]


AWS_RFC = """---
rfc pr: [#335](https://github.com/aws/aws-cdk-rfcs/pull/335)
tracking issue: https://github.com/aws/aws-cdk-rfcs/issues/1
---

# CDK Watch and Hotswap

Shorten the development iteration speed.
"""


def test_keys_of_a_few_words_are_read_and_prose_is_no_key(project: Project) -> None:
    """aws/aws-cdk-rfcs' `rfc pr: [#335](..)` (`#` opens a comment inside the flow list): the record is listed,
    number and title from its name and heading, its keys of two words kept as written; a line of prose with a
    colon in broken front matter (`The plan we made is this: ...`) is no key. Front matter YAML reads is read
    as YAML reads it (`tags: [a b]` is one tag)."""
    project.write("decisions/0001-cdk-update.md", AWS_RFC)
    write(project, "0002-prose.md", "The plan we made is this: drop X\nstatus: [accepted\n")
    write(project, "0003-valid.md", "status: accepted\ntags: [a b]\ndecision-makers: '@ann @bo'\n")
    result = project.run("list")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.splitlines()[1:] == ["0001    -         -     -        CDK Watch and Hotswap",
                                              "0002    accepted  -     -        Use SWR",
                                              "0003    accepted  -     -        Use SWR"]
    from adrtool.records.log import read_log

    records = {record.number: record for record in read_log(project.decisions).records}
    assert dict(records[1].meta) == {"rfc pr": "[#335](https://github.com/aws/aws-cdk-rfcs/pull/335)",
                                     "tracking issue": "https://github.com/aws/aws-cdk-rfcs/issues/1"}
    assert dict(records[2].meta) == {"status": "[accepted"}
    assert (records[3].tags, records[3].decision_makers) == (("a b",), ("@ann", "@bo"))
    assert [finding[:3] for finding in findings(project) if finding[2] == "ADR100"] == [
        ("0001-cdk-update.md", 2, "ADR100"), ("0002-prose.md", 3, "ADR100")]


def test_a_refused_value_is_kept_as_text_for_the_linter(project: Project) -> None:
    """A status YAML refuses (`@accepted`) is read as the text it is, as a bullet's would be; ADR100 says YAML
    refuses it, and the date beside it is read. list, due and graph exit 0."""
    write(project, "0001-use-swr.md", "status: @accepted\ndate: 2021-04-19\n")
    listed = project.run("list")
    assert (listed.exit_code, listed.stderr) == (0, "")
    assert listed.stdout.splitlines()[1:] == ["0001    accepted  2021-04-19  -        Use SWR"]
    assert [(line, code) for _, line, code, _ in findings(project)] == [(2, "ADR100")]
    assert project.run("due", "--cycle", "yoga").exit_code == 0
    assert project.run("graph").exit_code == 0


def test_a_refused_value_ends_at_its_last_character(project: Project) -> None:
    """The blanks after a value YAML refuses are no part of it, and blanks inside it (a run as long as a line can
    hold) are kept as written."""
    blanks = " " * 20_000
    write(project, "0001-use-swr.md", f"status: @accepted \t\nconsulted: @ann{blanks}x\n")
    from adrtool.records.log import read_log

    record = read_log(project.decisions).records[0]
    assert (record.status, dict(record.meta)) == ("accepted", {"status": "@accepted", "consulted": f"@ann{blanks}x"})


def test_a_record_read_around_is_not_edited(project: Project) -> None:
    """Commands that edit a record refuse one read around a refused value, saying where, and change nothing."""
    write(project, "0001-use-swr.md", "status: proposed\ndecision-makers: @ann\n")
    before = project.read("decisions/0001-use-swr.md")
    result = project.run("accept", "1")
    assert (result.exit_code, result.stderr) == (2, (
        f"adr: {project.decisions}/0001-use-swr.md: cannot edit it exactly: its front matter is not valid YAML "
        "(line 3: found character that cannot start any token); correct it first; nothing was changed\n"))
    assert project.read("decisions/0001-use-swr.md") == before


def test_a_record_read_around_is_the_same_from_the_cache(project: Project, tmp_path: Path,
                                                          settled_files: None) -> None:
    """The parse cache keeps what was read around: a warm run lists and validates as the cold one did."""
    from adrtool.cache.packing import FIELDS

    write(project, "0001-use-swr.md", "status: accepted\ndecision-makers: @ann\n")
    cold = (project.run("list", "--format", "json").stdout, findings(project))
    [cache_path] = list((tmp_path / "adr-cache").rglob("records-*"))
    [(_, (_, _, packed))] = read_cache_file(cache_path)[1].items()
    assert packed[FIELDS.index("unread")] == (("decision-makers", 3, TOKEN),)
    assert (project.run("list", "--format", "json").stdout, findings(project)) == cold
    assert cold[1] == [("0001-use-swr.md", 3, "ADR100", TOKEN)]


ENSEMBL = """---
{front}
---

# 5. Unit Tests

Date: 2018-08-30; Last update date: 2019-04-09

## Status

Accepted

## Context

When changes are made after the initial implementation of components, there is a chance of code breakage.
"""


def test_front_matter_over_an_adr_tools_record_adds_to_it(project: Project) -> None:
    """Front matter a site generator reads (`tags:`), over an adr-tools record (Ensembl/decisions, rendered by
    adr-viewer): the Status section and the Date line are the record's, the front matter adds its keys; an
    edit of the status goes to the Status section."""
    project.write("decisions/0005-unit-tests.md", ENSEMBL.format(front="tags: [web]"))
    [row] = json.loads(project.run("list", "--format", "json").stdout)
    assert (row["status"], row["date"], row["tags"], row["format"]) == ("accepted", "2018-08-30", ["web"], "nygard")
    assert project.run("deprecate", "5").exit_code == 0
    assert "## Status\n\nDeprecated\n\n## Context" in project.read("decisions/0005-unit-tests.md")
    assert project.read("decisions/0005-unit-tests.md").startswith("---\ntags: [web]\n---\n")


def test_front_matter_of_keys_without_a_blank_after_the_colon_is_read_as_keys(project: Project) -> None:
    """Ensembl/decisions writes `tag:Web Client` over each adr-tools record (no blank after the colon: YAML reads
    one string, a person and adr-viewer, which renders that log, a key): the keys are read (`status:proposed`
    too), the record from its body, and validate reports nothing (ADR100 said "must be a mapping", a false error on 27 of
    its 28 records); an edit of the Status section leaves the block as it is. Near misses, still reported: a
    block of prose and a URL (`https://...`) are no keys."""
    project.write("decisions/0005-unit-tests.md", ENSEMBL.format(front="tag:Web Client"))
    result = project.run("list")
    assert (result.exit_code, result.stdout.splitlines()[1:], result.stderr) == (
        0, ["0005    accepted  2018-08-30  -        Unit Tests"], "")
    project.write("decisions/0008-c.md", "---\nstatus:proposed\ndate:2020-01-02\n---\n\n# Use C\n")
    shown = json.loads(project.run("show", "8", "--format", "json").stdout)
    assert (shown["title"], shown["status"], shown["date"]) == ("Use C", "proposed", "2020-01-02")
    assert findings(project) == []
    assert project.run("deprecate", "5").exit_code == 0
    assert project.read("decisions/0005-unit-tests.md") == ENSEMBL.format(front="tag:Web Client").replace(
        "## Status\n\nAccepted\n", "## Status\n\nDeprecated\n")
    project.write("decisions/0006-a.md", ENSEMBL.format(front="A note on this record").replace("5. Unit", "6. Unit"))
    project.write("decisions/0007-b.md", ENSEMBL.format(front="https://example.com/x").replace("5. Unit", "7. Unit"))
    assert findings(project) == [
        ("0006-a.md", 2, "ADR100", "front matter must be a mapping of keys to values, not a string"),
        ("0007-b.md", 2, "ADR100", "front matter must be a mapping of keys to values, not a string")]


def test_front_matter_after_a_licence_comment_is_the_record_s(project: Project) -> None:
    """A REUSE licence header (`<!-- SPDX-License-Identifier: ... -->`) before the `---` fences
    (ethersync/ethersync): the front matter is read, and an edit keeps the comment and writes into it."""
    project.write("decisions/07-cursor-positions.md", "<!--\nSPDX-License-Identifier: CC-BY-SA-4.0\n-->\n\n---\n"
                  "status: superseded by ADR 10\ndate: 2020-06-27\n---\n\n# Cursor positions\n")
    project.write("decisions/10-ten.md", "<!-- SPDX-License-Identifier: MIT -->\n---\nstatus: accepted\n"
                  "date: 2020-06-28\nsupersedes: [7]\n---\n# Ten\n")
    rows = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(rows[n]["status"], rows[n]["date"], rows[n]["title"], rows[n]["superseded_by"]) for n in (7, 10)] == [
        ("superseded", "2020-06-27", "Cursor positions", [10]), ("accepted", "2020-06-28", "Ten", [])]
    assert project.run("deprecate", "10").exit_code == 0
    assert project.read("decisions/10-ten.md") == ("<!-- SPDX-License-Identifier: MIT -->\n---\nstatus: deprecated\n"
                                                   "date: 2020-06-28\nsupersedes: [7]\n---\n# Ten\n")


def test_front_matter_with_a_status_over_an_adr_tools_body_gives_the_body_s_day_and_links(project: Project) -> None:
    """konflux-ci/architecture: front matter holds the title, status and successor; the body under it is
    adr-tools' (`Date:` under the title, `Relates to [..](..)` in the Status section). The day and the links
    are read from the body; what the front matter gives wins; edits still go to the front matter."""
    project.write("decisions/0013-api-contracts.md", '---\ntitle: "13. API contracts"\nstatus: Accepted\n'
                  'superseded_by: []\n---\n\n# 13. API contracts\n\nDate: 2020-01-30\n\n## Status\n\n'
                  "Accepted\n\nRelates to [ADR 14. Let pipelines proceed](0014-let-pipelines-proceed.html)\n\n"
                  "## Context\n\nC.\n")
    project.write("decisions/0014-let-pipelines-proceed.md", "---\nstatus: Accepted\ndate: 2020-02-01\n---\n\n"
                  "# 14. Let pipelines proceed\n\nDate: 1999-01-01\n\n## Status\n\nAccepted\n")
    rows = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(rows[n]["status"], rows[n]["date"], rows[n]["relates_to"], rows[n]["superseded_by"]) for n in (13, 14)] \
        == [("accepted", "2020-01-30", [14], []), ("accepted", "2020-02-01", [], [])]
    assert project.run("deprecate", "13").exit_code == 0
    assert "status: Deprecated\n" in project.read("decisions/0013-api-contracts.md")  # (in the log's case)


def test_front_matter_titled_by_an_id_over_a_table_of_metadata(project: Project) -> None:
    """NHSDigital's repository template: front matter `title: ADR-004` and no heading, then a table of
    metadata (plain, or in a blockquote) in the body: its status and day are the record's."""
    project.write("decisions/0004-github.md", "---\ntitle: ADR-004\ndescription: GitHub upstream\n---\n\n"
                  "|              |                |\n| ------------ | -------------- |\n"
                  "| Date         | `2020-05-22`   |\n| Status       | `Decided`      |\n\n## Context\n\nC.\n")
    project.write("decisions/0001-hooks.md", "---\ntitle: ADR-001\n---\n\n> |              |                |\n"
                  "> | ------------ | -------------- |\n> | Date         | `04/07/2020`   |\n"
                  "> | Status       | `RFC`          |\n\n## Context\n\nC.\n")
    rows = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(rows[n]["status"], rows[n]["date"]) for n in (1, 4)] == [("rfc", "2020-07-04"), ("decided", "2020-05-22")]


def test_toml_front_matter_is_read_and_never_written(project: Project) -> None:
    """Hugo's and Zola's `+++` TOML front matter (vmware-tanzu/secrets-manager keeps its log so): its title and
    keys are read, with the MADR 2 bullets under it; TOML that does not parse is ADR100 on its line; an edit of
    the front matter is refused in one line, an edit of the bullets is made."""
    project.write("decisions/0005-be-resilient.md", '+++\n# /*\n# licence\n# */\ntitle = "ADR-0005: Be Resilient"\n'
                  "weight = 10\n[extra]\nstatus = \"not a top-level key\"\n+++\n\n- Status: proposed\n"
                  "- Date: 2020-05-11\n\n## Context\n\nC.\n")
    project.write("decisions/0006-use-y.md", '+++\ntitle = "Use Y"\nstatus = "proposed"\ndate = 2020-05-12\n+++\n')
    project.write("decisions/0007-z.md", '+++\ntitle = "Broken\n+++\n# Z\n')
    rows = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(rows[n]["title"], rows[n]["status"], rows[n]["date"]) for n in (5, 6)] == [
        ("Be Resilient", "proposed", "2020-05-11"), ("Use Y", "proposed", "2020-05-12")]
    assert [(name, line, code) for name, line, code, _ in findings(project)] == [("0007-z.md", 2, "ADR100")]
    refused = project.run("accept", "6")
    assert (refused.exit_code, refused.stderr.count("\n"), "TOML" in refused.stderr) == (2, 1, True)
    assert project.run("accept", "5").exit_code == 0
    assert "\n- Status: accepted\n" in project.read("decisions/0005-be-resilient.md")


def test_camel_case_keys_are_the_keys_they_spell(project: Project) -> None:
    """`supersededBy`, `relatesTo`, `decisionMakers` (HubEvolution/EvolutionHub writes its front matter so): read
    as `superseded-by`, `relates-to`, `decision-makers`, and no unknown key to report."""
    write(project, "0003-c.md", "status: deprecated\ndate: 2020-10-15\nsupersededBy: [4]\nrelatesTo: [4]\n"
                                "decisionMakers: [Ann]\n")
    write(project, "0004-d.md", "status: accepted\ndate: 2020-10-16\nsupersedes: [3]\nrelates-to: [3]\n")
    rows = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert (rows[3]["superseded_by"], rows[3]["relates_to"], rows[3]["decision_makers"]) == ([4], [4], ["Ann"])
    assert [code for _, _, code, _ in findings(project) if code == "ADR310"] == []


def test_superceded_by_misspelt_as_a_key_is_the_successor(project: Project) -> None:
    """`SupercededBy: RFC0037` (PowerShell/PowerShell-RFC's front matter): the successor, record 37 (a padded RFC
    number is a record's); `N/A`, `n/a` and an empty value name none, an IETF RFC (`RFC 2119`) is no record, and
    no key is unknown."""
    front = "RFC: RFC00{n}\nAuthor: Ann\nStatus: {status}\nSupercededBy: {by}\nArea: Commands\n"
    for number, status, by in ((22, "Rejected", "RFC0037"), (23, "Final", "N/A"), (24, "Final", "n/a"),
                               (25, "Final", ""), (26, "Final", "RFC 2119"), (37, "Final", "N/A")):
        write(project, f"00{number}-r.md", front.format(n=number, status=status, by=by))
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["status"], row["superseded_by"]) for row in rows] == [
        (22, "rejected", [37]), (23, "final", []), (24, "final", []), (25, "final", []), (26, "final", []),
        (37, "final", [])]
    assert [code for _, _, code, _ in findings(project) if code in ("ADR310", "ADR401")] == []


def test_a_flow_list_a_comment_cuts_short_on_its_line_is_read_around(project: Project) -> None:
    """`related: [#788, #782]` (chf3198/megingjord-harness research/adr): `#` opens a YAML comment, so the list
    is never closed and YAML says so at the next line. The value is read as the text it is, on its line or run
    on to the next (0002): both records are listed with their other keys, ADR100 names the line and nothing
    else does."""
    write(project, "0001-substrate.md", "status: accepted\ndate: 2021-04-19\nrelated: [#788, #782]\n")
    write(project, "0002-open.md", "status: accepted\nrelated: [#788,\n#782]\n")
    result = project.run("list")
    assert (result.stdout.splitlines()[1:], result.stderr) == (
        ["0001    accepted  2021-04-19  -        Use SWR", "0002    accepted  -           -        Use SWR"], "")
    assert [finding[:3] for finding in findings(project)] == [("0001-substrate.md", 4, "ADR100"),
                                                              ("0002-open.md", 3, "ADR100")]


def test_fields_nested_under_an_adr_key_are_the_record_s(project: Project) -> None:
    """`adr:` holding the status, author, day and relations under a site generator's title and tags, the whole
    block indented or not (input-output-hk/catalyst-voices): read as the record's own, `author` the decider,
    `extends` a related record, links named by file stems; no unknown key, no ADR302 for the superseded one, and
    ADR304 on the nested day's own line. An `adr:` map without a status (another tool's) is not read, and an
    edit of nested fields is refused in one line."""
    write(project, "0009-uuid7.md", "    title: 0009 UUIDv7\n    adr:\n        author: Ann\n        created: 2020-10-17\n"
                                    "        status: superseded\n        superseded_by: 0011-ids\n    tags:\n"
                                    "        - uuid\n")
    write(project, "0011-ids.md", "title: 0011 Identifier Strategy\nadr:\n  author: Bo\n  date: 29-Oct-2025x\n"
                                  "  status: accepted\n  extends:\n    - 0009-uuid7\n")
    write(project, "0012-other.md", "status: proposed\nadr:\n  id: 7\n  author: Cy\n")
    rows = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(rows[n]["status"], rows[n]["date"], rows[n]["decision_makers"], rows[n]["superseded_by"],
             rows[n]["relates_to"]) for n in (9, 11, 12)] == [
        ("superseded", "2020-10-17", ["Ann"], [11], []), ("accepted", None, ["Bo"], [], [9]),
        ("proposed", None, [], [], [])]
    assert [(name, line, code) for name, line, code, _ in findings(project) if code != "ADR310"] == [
        ("0011-ids.md", 5, "ADR304")]
    refused = project.run("deprecate", "11")
    assert (refused.exit_code, refused.stderr.count("\n"), "nested under `adr:`" in refused.stderr) == (2, 1, True)


def test_a_proposal_s_creation_day_over_its_last_update_dates_it(project: Project) -> None:
    """Kubernetes' and Tekton's enhancement proposals keep `creation-date:` and `last-updated:` in front matter
    (no `date:`): dated by the creation, as `created:` / `updated:` and the same keys in a body are (it gave the
    last update); a last update alone still dates a record (MADR 2's template calls it the date)."""
    project.write("decisions/0001-tep.md", "---\ntitle: TEP\ncreation-date: 2020-03-10\nlast-updated: 2020-06-11\n"
                  "status: implemented\n---\n\n# TEP-0001\n")
    project.write("decisions/0002-x.md", "---\nstatus: accepted\nlast-updated: 2021-02-03\n---\n\n# X\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["date"]) for row in listed] == [(1, "2020-03-10"), (2, "2021-02-03")]


def test_front_matter_that_lost_its_opening_fence_is_reported(project: Project) -> None:
    """Audit 56 (lane b, class 6; fulmenhq/goneat adr-0003): `title: "T1"` / `date: "2025-12-14"` / `status:
    "approved"`, a blank line and a lone `---`, the opening `---` lost. It was read as an adr-tools record, its
    date lost, and `validate --strict` said nothing; it is reported (ADR100, a warning) at line 1. A record that
    opens with one key line over prose is not."""
    lost = 'title: "T1"\ndate: "2025-12-14"\nstatus: "approved"\n\n---\n\n# ADR-0001: T1\n\n## Status\n\n**APPROVED** - shipped\n'
    project.write("docs/decisions/adr-0001-t1.md", lost)
    project.write("docs/decisions/adr-0002-t2.md", "Date: 2025-12-15\n\nWe chose X.\n\n---\n\n# ADR-0002: T2\n\n"
                                                   "## Status\n\nAccepted\n")

    result = project.run("validate", "--strict", "--select", "ADR100")

    assert (result.exit_code, result.stdout) == (
        1, "docs/decisions/adr-0001-t1.md:1:1: ADR100 warning: lines 1-4 look like front matter whose opening "
           "'---' is lost (line 5 closes it): none of it is read; put '---' above line 1\n")


def test_a_lost_fence_says_what_was_read_and_needs_a_record_s_keys(project: Project) -> None:
    """Attack 56 F9: lines that lost their opening `---` were said to be read not at all where the reader read
    their date and status as key lines (`adr list` shows them): the warning says what was read and what not. And
    prose keyed lines over a thematic break (`Note: this record is old` / `See: elsewhere` / `---`) are no front
    matter: two of a record's keys (title, status, date, id ...) are needed."""
    project.write("docs/decisions/adr-0001-t1.md", 'title: "T1"\ndate: "2025-12-14"\nstatus: accepted\n\n---\n\n'
                                                   "## Context\n\nc\n")
    project.write("docs/decisions/adr-0002-t2.md", "Note: this record is old\nSee: elsewhere\n---\n# 2. T2\n\n"
                                                   "Date: 2026-01-03\n\n## Status\n\nAccepted\n")

    result = project.run("validate", "--strict", "--select", "ADR100")

    assert (result.exit_code, result.stdout) == (
        1, "docs/decisions/adr-0001-t1.md:1:1: ADR100 warning: lines 1-4 look like front matter whose opening "
           "'---' is lost (line 5 closes it): date and status are read from it as key lines, title is not; put "
           "'---' above line 1\n")

