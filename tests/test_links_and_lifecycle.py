"""adr link and --relates-to write links both ways in each dialect; one lifecycle table decides what each
command may do, and the README shows it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conftest import Project

README = Path(__file__).resolve().parents[1] / "README.md"

BODY = "\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nThen.\n"
FRONTMATTER = "---\nstatus: accepted\ndate: 2021-04-19\nrevisit: never\n---\n# Use front matter\n" + BODY
NYGARD = ("# 2. Use adr-tools\n\nDate: 2021-04-19\n\n## Status\n\nAccepted\n" + BODY)
MADR2 = ("# Use MADR 2\n\n* Status: accepted\n* Date: 2021-04-19\n* Revisit: never\n\n"
         "## Context and Problem Statement\n\nWhy.\n\n## Decision Outcome\n\nWhat.\n")


def three_dialects(project: Project) -> None:
    project.write("decisions/0001-use-front-matter.md", FRONTMATTER)
    project.write("decisions/0002-use-adr-tools.md", NYGARD)
    project.write("decisions/0003-use-madr-2.md", MADR2)


def findings(project: Project) -> list[str]:
    result = project.run("validate", "--strict", "--format", "json")
    return [f"{item['path']}:{item['line']}: {item['code']} {item['message']}" for item in json.loads(result.stdout)]


def test_link_writes_both_ways_in_each_dialect(project: Project) -> None:
    """amends / amended-by between front matter and adr-tools, relates-to between adr-tools and MADR 2: each
    record gets its side in its own dialect, and validate --strict finds nothing."""
    three_dialects(project)
    result = project.run("link", "1", "amends", "2")
    assert (result.exit_code, result.stdout) == (0, "decisions/0001-use-front-matter.md: amends ADR 0002\n"
                                                    "decisions/0002-use-adr-tools.md: amended-by ADR 0001\n")
    result = project.run("link", "3", "relates-to", "2")
    assert result.exit_code == 0, result.stderr
    assert project.read("decisions/0001-use-front-matter.md").startswith(
        "---\nstatus: accepted\ndate: 2021-04-19\nrevisit: never\namends: [2]\n---\n")
    assert project.read("decisions/0002-use-adr-tools.md") == (
        "# 2. Use adr-tools\n\nDate: 2021-04-19\n\n## Status\n\nAccepted\n\n"
        "Amended by [1. Use front matter](0001-use-front-matter.md)\n\n"
        "Relates to [3. Use MADR 2](0003-use-madr-2.md)\n" + BODY)
    # MADR 2's template keeps a record's links in a `## Links` section, marked as its bullets are, the record named
    # as the log's links name theirs (by its title line, as adr-tools quotes it)
    assert project.read("decisions/0003-use-madr-2.md").endswith(
        "\n\n## Links\n\n* Relates to [2. Use adr-tools](0002-use-adr-tools.md)\n")
    assert json.loads(project.run("show", "3", "--format", "json").stdout)["relates_to"] == [2]
    assert json.loads(project.run("show", "2", "--format", "json").stdout)["relates_to"] == [3]
    assert findings(project) == []
    # Each side reads back (camunda: front matter's `amends: [2]` and MADR 2's `* Amends:` bullet were lost).
    assert project.run("link", "3", "amends", "1").exit_code == 0
    links = {row["number"]: [(link["kind"], link["number"]) for link in row["links"]]
             for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert links == {1: [("amends", 2), ("amended-by", 3)], 2: [("amended-by", 1), ("relates-to", 3)],
                     3: [("relates-to", 2), ("amends", 1)]}
    assert project.run("graph").stdout.count("|amends|") == 2
    assert findings(project) == []


def test_linking_again_is_a_no_op_that_says_so(project: Project) -> None:
    """A link both records already hold, asked again (either way round), changes nothing and exits 0."""
    three_dialects(project)
    project.run("link", "1", "amends", "2")
    before = [project.read(f"decisions/{name}") for name in ("0001-use-front-matter.md", "0002-use-adr-tools.md")]
    result = project.run("link", "2", "amended-by", "1")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "", "adr: ADR 0002 amended-by ADR 0001 already, both ways; nothing to change\n")
    assert [project.read(f"decisions/{name}") for name in ("0001-use-front-matter.md", "0002-use-adr-tools.md")] == before


def test_link_takes_configured_pairs_and_refuses_others(project: Project) -> None:
    """A pair from config `relations` is written both ways and known to validate; an unknown relation and
    supersedes (which changes a status) are refused with what to do instead."""
    three_dialects(project)
    project.write(".adr.toml", 'relations = { extends = "extended-by" }\n')
    assert project.run("link", "1", "extends", "2").exit_code == 0
    assert "Extended by [1. Use front matter](0001-use-front-matter.md)" in project.read("decisions/0002-use-adr-tools.md")
    assert "extends: [2]" in project.read("decisions/0001-use-front-matter.md")
    assert findings(project) == []
    result = project.run("link", "1", "inspires", "2")
    assert (result.exit_code, result.stderr) == (2, "adr: unknown relation 'inspires'; expected one of: amended-by, "
                                                    "amends, extended-by, extends, relates-to (config `relations` "
                                                    "adds more)\n")
    result = project.run("link", "1", "supersedes", "2")
    assert (result.exit_code, result.stderr) == (2, "adr: supersedes changes a status too: use `adr supersede OLD "
                                                    "--by NEW`\n")


@pytest.mark.parametrize("pair, why", [
    ('status = "date"', "adrtool reads `status` as a record's status"),
    ('relates-to = "decision-makers"', "adrtool reads `decision-makers` as a record's decision-makers"),
    ('title = "revisit"', "adrtool reads `title` as a record's title"),
    ('extends = "deciders"', "adrtool reads `deciders` as a record's decision-makers"),
    ('replaces = "replaced-by"', "`replaces` is read as supersedes, which `adr supersede` writes with the status"),
    ('amends = "inspires"', "`amends` is read as the relation amends, whose reverse is amended-by"),
])
def test_configured_relations_may_not_reuse_the_keys_the_reader_takes_fields_from(project: Project, pair: str,
                                                                                  why: str) -> None:
    """Attack round 48, A10: `relations = { status = "date" }` made `adr link 2 status 1` write `status:
    [proposed, 1]` and `date: [2021-05-01, 2]`: both records lost their status or date, silently. Such a pair
    is refused in one line, by link and by validate alike, and nothing is written."""
    three_dialects(project)
    project.write(".adr.toml", f"relations = {{ {pair} }}\n")
    before = {path.name: path.read_bytes() for path in project.decisions.iterdir()}
    relation, reverse = (word.strip().strip('"') for word in pair.split("="))
    for args in (("link", "1", relation, "2"), ("validate",)):
        result = project.run(*args)
        assert (result.exit_code, result.stderr) == (
            2, f"adr: {project.root / '.adr.toml'}: `relations` cannot pair {relation} with {reverse}: {why}\n")
    assert {path.name: path.read_bytes() for path in project.decisions.iterdir()} == before


def test_new_relates_to_links_both_ways(project: Project) -> None:
    """`adr new --relates-to N` writes relates-to in the new record and in N (here an adr-tools record), and
    says so on stderr; validate then finds no one-sided link."""
    three_dialects(project)
    result = project.run("new", "--revisit", "never", "--relates-to", "2", "Follow up")
    assert (result.exit_code, result.stdout) == (0, "decisions/0004-follow-up.md\n")
    assert result.stderr == "adr: marked decisions/0002-use-adr-tools.md related\n"
    assert "Relates to [4. Follow up](0004-follow-up.md)" in project.read("decisions/0002-use-adr-tools.md")
    assert "relates-to: [2]" in project.read("decisions/0004-follow-up.md")
    assert [line for line in findings(project) if "ADR402" in line] == []


def test_accept_on_an_accepted_record_is_a_no_op_that_says_so(project: Project) -> None:
    """accept, deprecate and status on a record already there: exit 0, a line on stderr, the file untouched."""
    three_dialects(project)
    before = project.read("decisions/0001-use-front-matter.md")
    for args, said in ((("accept", "1"), "ADR 0001 is already accepted"),
                       (("status", "1", "accepted"), "ADR 0001 is already accepted")):
        result = project.run(*args)
        assert (result.exit_code, result.stdout, result.stderr) == (0, "", f"adr: {said}; nothing to change\n")
    assert project.run("deprecate", "1").exit_code == 0
    result = project.run("deprecate", "1")
    assert (result.exit_code, result.stderr) == (0, "adr: ADR 0001 is already deprecated; nothing to change\n")
    assert project.read("decisions/0001-use-front-matter.md") == before.replace("status: accepted",
                                                                                "status: deprecated")


def test_supersede_and_deprecate_agree_on_a_rejected_record(project: Project) -> None:
    """A rejected decision can be neither deprecated nor superseded (nor revisited): the table's words each
    time, and nothing written."""
    three_dialects(project)
    project.write("decisions/0004-rejected.md", FRONTMATTER.replace("accepted", "rejected"))
    before = project.read("decisions/0004-rejected.md")
    for args, command, starts in ((("deprecate", "4"), "deprecate", "proposed or accepted"),
                                  (("supersede", "4", "--by", "1"), "supersede", "draft, proposed or accepted")):
        result = project.run(*args)
        assert (result.exit_code, result.stderr) == (2, f"adr: cannot {command} ADR 0004: it is rejected (only a "
                                                        f"{starts} decision can be; see `adr lifecycle`)\n")
    result = project.run("revisit", "4", "--outcome", "kept", "--next", "never")
    assert (result.exit_code, result.stderr) == (2, "adr: ADR 0004 is rejected; only a proposed or accepted decision "
                                                    "is revisited (see `adr lifecycle`)\n")
    assert project.read("decisions/0004-rejected.md") == before


def test_the_readme_lifecycle_table_is_what_adr_lifecycle_prints() -> None:
    """The README's lifecycle table is exactly `adr lifecycle --format markdown`; the text and JSON forms
    hold the same rows."""
    from conftest import adr

    text = README.read_text(encoding="utf-8")
    table = text.split("<!-- lifecycle: output of `adr lifecycle --format markdown` -->\n", 1)[1].split("\n\n", 1)[0]
    assert adr("lifecycle", "--format", "markdown").stdout == table + "\n"
    rows = json.loads(adr("lifecycle", "--format", "json").stdout)
    assert [row["command"] for row in rows] == ["accept", "reject", "deprecate", "supersede", "revisit", "status"]
    assert rows[0] == {"command": "accept", "from": ["draft", "proposed"], "to": "accepted",
                       "meaning": "the team agreed to a proposal"}
    assert adr("lifecycle").stdout.splitlines()[0].split() == ["COMMAND", "FROM", "TO", "MEANING"]


def test_one_sided_amends_and_configured_links_are_reported(project: Project) -> None:
    """ADR402 holds amends / amended-by and the configured pairs to both ways too, in front matter and in
    adr-tools records, and says how to add the missing side."""
    three_dialects(project)
    project.write(".adr.toml", 'relations = { extends = "extended-by" }\n')
    text = project.read("decisions/0001-use-front-matter.md")
    project.write("decisions/0001-use-front-matter.md", text.replace("revisit: never\n",
                                                                     "revisit: never\namends: [2]\nextends: [3]\n"))
    assert [line.split(": ", 1)[1] for line in findings(project)] == [
        "ADR402 ADR 0001 says amends this record, but amended-by here does not name it; add 'Amended by [1. Use "
        "front matter](0001-use-front-matter.md)' to its Status section (adr link 2 amended-by 1)",
        "ADR402 ADR 0001 says extends this record, but extended-by here does not name it; add a '* Extended-by: "
        "ADR-0001' line under the title"]
    assert project.run("link", "2", "amended-by", "1").exit_code == 0
    assert project.run("link", "3", "extended-by", "1").exit_code == 0
    assert findings(project) == []


@pytest.mark.parametrize(("heading", "label"), [
    ("Use y](x.md)", "Use y\\](x.md)"),
    ("Use [y", "Use \\[y"),
    ("Use \\*y\\*, a\\\\b and <b>", "Use \\*y\\*, a\\\\b and &lt;b&gt;"),
    ("Use snake_case and `a[b]*`", "Use snake_case and `a[b]*`"),
])
def test_a_title_written_into_a_link_label_reads_back_as_itself(project: Project, heading: str, label: str) -> None:
    """`adr supersede` and `adr link` wrote the other record's title into the link label as it is: a `]` ended the
    label early (`[2. Use y](x.md)](0002-...)` led to x.md and the relation was lost), a `[`, `*` or backslash broke
    the link or the text. The title is written escaped: the link leads to the record, and its label reads as
    the title reads."""
    from adrtool.records import markdown

    project.write("decisions/0001-use-x.md", "# 1. Use x\n\nDate: 2021-04-19\n\n## Status\n\nAccepted\n")
    project.write("decisions/0002-use-y.md", f"# 2. {heading}\n\nDate: 2021-04-19\n\n## Status\n\nAccepted\n")
    project.write("decisions/0003-use-z.md", "# 3. Use z\n\nDate: 2021-04-19\n\n## Status\n\nAccepted\n")
    title = json.loads(project.run("show", "2", "--format", "json").stdout)["title"]
    assert project.run("supersede", "1", "--by", "2").exit_code == 0
    assert project.run("link", "3", "relates-to", "2").exit_code == 0
    superseded = f"Superseded by [2. {label}](0002-use-y.md)"
    related = f"Relates to [2. {label}](0002-use-y.md)"
    assert superseded in project.read("decisions/0001-use-x.md").splitlines()
    assert related in project.read("decisions/0003-use-z.md").splitlines()
    assert markdown.shown_inline(label) == title
    shown = json.loads(project.run("show", "1", "--format", "json").stdout)
    assert (shown["superseded_by"], shown["links"][0]["href"]) == ([2], "0002-use-y.md")
    assert json.loads(project.run("show", "3", "--format", "json").stdout)["relates_to"] == [2]
    assert json.loads(project.run("show", "2", "--format", "json").stdout)["title"] == title


# EvaLok/schema-org-json-ld: adr-tools' `# 4.` titles, then `# ADR 0010:` ones, in one log.
EVALOK_OLD = ("# 4. Shared sub-types first implementation strategy\n\nDate: 2026-02-25\n\n## Status\n\nAccepted\n\n"
              "## Context\n\nC.\n")
EVALOK_NEW = "# ADR 0012: Use Redis for the cycle cache\n\nDate: 2026-12-07\n\n## Status\n\nProposed\n\n## Context\n\nC.\n"


@pytest.mark.parametrize("command", [("supersede", "4", "--by", "12"), ("new", "--supersedes", "4", "Use Redis for "
                                                                                               "the cycle cache")])
def test_a_link_quotes_its_target_s_own_title_line_in_a_log_of_two_frames(project: Project,
                                                                          command: tuple[str, ...]) -> None:
    """Audit 56 (lane a, class 7): the link text framed the target's title as the linking record frames its own:
    `Superseded by [15. Use Redis ..]` under `# 4.`, `Supersedes [ADR 0004: Shared ..]` under `# ADR 0015:`, each
    naming a title line no record has. Each now quotes its target's own, as adr-tools' `_adr_title` does."""
    project.today = "2026-12-07"
    project.write("doc/adr/0004-shared-subtypes-first-strategy.md", EVALOK_OLD)
    project.write("doc/adr/0011-pipeline-stabilization-program.md", "# ADR 0011: Pipeline Stabilization Program\n\n"
                  "## Status\n\nAccepted (2026-03-16). Phase 1 complete.\n\n## Context\n\nC.\n")
    if command[0] == "supersede":
        project.write("doc/adr/0012-use-redis-for-the-cycle-cache.md", EVALOK_NEW)
    result = project.run(*command)
    assert result.exit_code == 0, result.stderr
    assert project.read("doc/adr/0004-shared-subtypes-first-strategy.md") == EVALOK_OLD.replace(
        "Accepted\n", "Superseded by [ADR 0012: Use Redis for the cycle cache](0012-use-redis-for-the-cycle-cache.md)\n")
    assert "\nSupersedes [4. Shared sub-types first implementation strategy](0004-shared-subtypes-first-strategy.md)\n" \
        in project.read("doc/adr/0012-use-redis-for-the-cycle-cache.md")


# DFE-Digital/dfe-complete-conversions-transfers-and-changes, kept with the adrs tool: `Supercedes` and `Superceded
# by`, each link wrapped under its words.
DFE_SEVEN = ("# 7. Use the Academies DB as the datastore\n\nDate: 2022-07-14\n\n## Status\n\nSuperceded by\n"
             "[21. Use a seperate database server instance](0021-use-a-seperate-database-server-instance.md)\n\n"
             "## Summary\n\nS.\n")
DFE_TWENTY_ONE = ("# 21. Use a seperate database server instance\n\nDate: 2023-10-18\n\n## Status\n\nAccepted\n\n"
                  "Supercedes\n[7. Use the Academies DB as the datastore](0007-use-the-academies-db-as-the-datastore.md)"
                  "\n\n## Context\n\nC.\n")
DFE_TWENTY_NINE = "# 29. Cache Academies API responses\n\nDate: 2025-03-24\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n"


@pytest.mark.parametrize("today", ["2025-11-03", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_relations_are_written_in_the_log_s_spelling_of_their_words(project: Project, today: str) -> None:
    """Audit 56 (lane a, class 8): DFE's `adr new --supersedes 20` and `adr supersede 29 --by 30` wrote `Superseded
    by [..]` and `Supersedes [..]` in a log whose every relation says `Superceded by` and `Supercedes`."""
    project.today = today
    project.write(".adr-dir", "doc/decisions\n")
    for name, text in (("0007-use-the-academies-db-as-the-datastore.md", DFE_SEVEN),
                       ("0021-use-a-seperate-database-server-instance.md", DFE_TWENTY_ONE),
                       ("0029-cache-academies-api-responses.md", DFE_TWENTY_NINE)):
        project.write(f"doc/decisions/{name}", text)
    assert project.run("new", "--supersedes", "21", "Use OpenSearch").exit_code == 0
    result = project.run("supersede", "29", "--by", "30")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("doc/decisions/0029-cache-academies-api-responses.md") == DFE_TWENTY_NINE.replace(
        "Accepted\n", "Superceded by [30. Use OpenSearch](0030-use-opensearch.md)\n")
    assert "\nSuperceded by [30. Use OpenSearch](0030-use-opensearch.md)\n" in project.read(
        "doc/decisions/0021-use-a-seperate-database-server-instance.md")
    assert "\n\nSupercedes [21. Use a seperate database server instance](0021-use-a-seperate-database-server-instance.md)" \
        "\n\nSupercedes [29. Cache Academies API responses](0029-cache-academies-api-responses.md)\n\n" in \
        project.read("doc/decisions/0030-use-opensearch.md")
