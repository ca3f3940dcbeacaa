"""Relations between records named by their day (log4brains' `20210420-slug.md`): `adr supersede` and `adr link`
write them as log4brains does, by the record's id, and read them back (once both refused such records)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from conftest import Project

LOG4BRAINS = Path(__file__).parent / "fixtures" / "log4brains" / "project"
OLD, NEW = "20210420-use-postgresql-for-storage", "20210503-use-cockroachdb-for-storage"


def links(project: Project) -> dict[str, tuple[str | None, list[tuple[str, str | None]]]]:
    result = project.run("list", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return {row["id"]: (row["status"], [(link["kind"], link["id"]) for link in row["links"]])
            for row in json.loads(result.stdout)}


def madr2(title: str, bullets: str, body: str = "## Context and Problem Statement\n\nWhy.\n") -> str:
    return f"# {title}\n\n{bullets}\n{body}"


def test_supersede_writes_what_log4brains_writes(project: Project) -> None:
    """The fixture holds what log4brains' own `supersedeAdr` wrote: the old record's status line, and a `## Links`
    section appended to the new one. From the records as they were before it, `adr supersede` writes the same
    status line byte for byte, and the same section (without the blank lines log4brains leaves around it)."""
    shutil.copytree(LOG4BRAINS, project.root, dirs_exist_ok=True)
    adr = project.root / "docs" / "adr"
    written = {name: (adr / f"{name}.md").read_text(encoding="utf-8") for name in (OLD, NEW)}
    status = f"- Status: superseded by [{NEW}]({NEW}.md)\n"
    section = f"\n\n\n## Links\n\n- Supersedes [{OLD}]({OLD}.md)\n\n"
    assert status in written[OLD] and written[NEW].endswith(section)
    (adr / f"{OLD}.md").write_text(written[OLD].replace(status, "- Status: accepted\n"), encoding="utf-8")
    (adr / f"{NEW}.md").write_text(written[NEW].removesuffix(section) + "\n", encoding="utf-8")

    result = project.run("supersede", OLD, "--by", NEW)

    assert (result.exit_code, result.stdout) == (0, f"docs/adr/{OLD}.md: accepted -> superseded by {NEW}\n"
                                                    f"docs/adr/{NEW}.md: supersedes {OLD}\n")
    assert (adr / f"{OLD}.md").read_text(encoding="utf-8") == written[OLD]
    assert (adr / f"{NEW}.md").read_text(encoding="utf-8") == \
        written[NEW].replace(section, f"\n\n## Links\n\n- Supersedes [{OLD}]({OLD}.md)\n")
    read = links(project)
    assert (read[OLD], read[NEW]) == (("superseded", [("superseded-by", NEW)]), ("accepted", [("supersedes", OLD)]))


def test_link_joins_a_links_section_or_a_key_line_and_reads_back(project: Project) -> None:
    """A MADR 2 record with a `## Links` section gets its bullet there; a record keyed as NeelThan/trader's are
    (`**Date:**`, `**Status:**` under the title) gets a key line; a record with neither, a section of its own."""
    project.write("decisions/20251230-thin-client.md", madr2("Thin client", "- Status: accepted\n- Date: 2025-12-30\n",
                  "## Context and Problem Statement\n\nWhy.\n\n## Links\n\n- [API docs](/docs/api.md)\n"))
    project.write("decisions/20260124-backtesting.md",
                  "# Backtesting\n\n**Date:** 2026-01-24\n**Status:** Accepted\n\n## Context\n\nWhy.\n")
    project.write("decisions/20260201-caching.md", madr2("Caching", "- Status: proposed\n"))

    first = project.run("link", "20260124-backtesting", "relates-to", "20251230-thin-client")
    second = project.run("link", "20260201-caching", "relates-to", "20260124-backtesting")

    assert (first.exit_code, second.exit_code) == (0, 0), first.stderr + second.stderr
    assert project.read("decisions/20251230-thin-client.md") == madr2(
        "Thin client", "- Status: accepted\n- Date: 2025-12-30\n", "## Context and Problem Statement\n\nWhy.\n\n"
        "## Links\n\n- [API docs](/docs/api.md)\n- Relates to [20260124-backtesting](20260124-backtesting.md)\n")
    assert project.read("decisions/20260124-backtesting.md") == (
        "# Backtesting\n\n**Date:** 2026-01-24\n**Status:** Accepted\n"
        "**Relates to:** [20251230-thin-client](20251230-thin-client.md), [20260201-caching](20260201-caching.md)\n"
        "\n## Context\n\nWhy.\n")
    assert project.read("decisions/20260201-caching.md") == madr2(
        "Caching", "- Status: proposed\n",
        "## Context and Problem Statement\n\nWhy.\n\n## Links\n\n- Relates to [20260124-backtesting](20260124-backtesting.md)\n")
    assert links(project) == {
        "20251230-thin-client": ("accepted", [("relates-to", "20260124-backtesting")]),
        "20260124-backtesting": ("accepted", [("relates-to", "20251230-thin-client"), ("relates-to", "20260201-caching")]),
        "20260201-caching": ("proposed", [("relates-to", "20260124-backtesting")])}
    again = project.run("link", "20260201-caching", "relates-to", "20260124-backtesting")
    assert (again.exit_code, again.stderr) == (
        0, "adr: 20260201-caching relates-to 20260124-backtesting already, both ways; nothing to change\n")


def test_front_matter_names_them_by_id(project: Project) -> None:
    """Front matter lists a record named by its day by its id (`superseded-by: [20240401-new]`), which it reads."""
    project.write("decisions/20240330-old.md", "---\nstatus: accepted\ndate: 2024-03-30\n---\n# Old\n\nx\n")
    project.write("decisions/20240401-new.md", "---\nstatus: accepted\ndate: 2024-04-01\n---\n# New\n\ny\n")

    assert project.run("supersede", "20240330-old", "--by", "20240401-new").exit_code == 0

    assert project.read("decisions/20240330-old.md") == \
        "---\nstatus: superseded\ndate: 2024-03-30\nsuperseded-by: [20240401-new]\n---\n# Old\n\nx\n"
    assert project.read("decisions/20240401-new.md") == \
        "---\nstatus: accepted\ndate: 2024-04-01\nsupersedes: [20240330-old]\n---\n# New\n\ny\n"
    assert links(project) == {"20240330-old": ("superseded", [("superseded-by", "20240401-new")]),
                              "20240401-new": ("accepted", [("supersedes", "20240330-old")])}


def test_a_superseded_record_names_its_successor_by_id(project: Project) -> None:
    """Refusals name the successor as the record names it, not `another record`; a supersession done already is
    nothing to do, and one the other way round is refused; no file changes."""
    project.write("decisions/20240330-old.md", madr2("Old", "- Status: superseded by [20240401-new](20240401-new.md)\n"))
    project.write("decisions/20240401-new.md", madr2("New", "- Status: accepted\n"))
    before = sorted((path.name, path.read_bytes()) for path in project.decisions.iterdir())

    again = project.run("supersede", "20240330-old", "--by", "20240401-new")
    accept = project.run("accept", "20240330-old")
    back = project.run("supersede", "20240401-new", "--by", "20240330-old")

    assert (again.exit_code, again.stderr) == (
        0, "adr: 20240330-old is already superseded by 20240401-new; nothing to change\n")
    assert (accept.exit_code, accept.stderr) == (
        2, "adr: cannot accept 20240330-old: it is superseded by 20240401-new\n")
    assert (back.exit_code, back.stderr) == (
        2, "adr: 20240330-old is superseded; only a proposed or accepted decision can supersede another\n")
    assert sorted((path.name, path.read_bytes()) for path in project.decisions.iterdir()) == before


def test_the_index_and_the_site_name_a_successor_named_by_its_day(project: Project) -> None:
    """Attack round 53, M1: the index said `superseded by (no successor named)` and the site "the record names no
    successor" for a record whose status links its successor by its day; both name and link it."""
    project.write("decisions/20240330-old.md", madr2("Old", "- Status: superseded by [20240401-new](20240401-new.md)\n"
                                                     "- Date: 2024-03-30\n"))
    project.write("decisions/20240401-new.md", madr2("New", "- Status: accepted\n- Date: 2024-04-01\n"))

    assert project.run("index").exit_code == 0
    site = project.run("site")

    index = project.read("decisions/README.md")
    assert "| 20240330-old | [Old](20240330-old.md) | superseded by [20240401-new](20240401-new.md) |" in index
    assert "- [20240330-old](20240330-old.md) Old: superseded by [20240401-new](20240401-new.md) New\n" in index
    assert site.exit_code == 0, site.stderr
    assert '<p>This decision has been superseded by <a href="../records/20240401-new.html">New</a>.</p>' in \
        project.read("_site/records/20240330-old.html")


def test_a_links_heading_with_the_template_s_comment_takes_the_link(project: Project) -> None:
    """Attack round 53, L1: log4brains' and MADR 2's template heading `## Links <!-- optional -->` (3 of 14 records
    of aws/aws-parallelcluster-ui) was not seen: a second Links section was appended, which the reader does not
    read, and the edit was refused. The link joins the section's list, marked as its items are."""
    project.write("decisions/20240101-use-postgres.md", madr2("Use Postgres", "- Status: accepted\n"))
    project.write("decisions/20240401-use-mysql.md", "# Use MySQL\n\n- Status: accepted\n\n## Links <!-- optional -->\n"
                                                     "- [ADR template](https://example.org)\n")

    result = project.run("supersede", "20240101-use-postgres", "--by", "20240401-use-mysql")

    assert result.exit_code == 0, result.stderr
    assert project.read("decisions/20240401-use-mysql.md") == (
        "# Use MySQL\n\n- Status: accepted\n\n## Links <!-- optional -->\n- [ADR template](https://example.org)\n"
        "- Supersedes [20240101-use-postgres](20240101-use-postgres.md)\n")


@pytest.mark.parametrize("today", ["2021-05-01", "real"])
def test_new_supersedes_and_relates_to_records_named_by_their_day(project: Project, today: str) -> None:
    """`adr new --supersedes` and `--relates-to` took numbers only, where `supersede` and `link` take a day-named
    record's name too (attack round 53, L10). The new record lists both in its template's `## Links`; the old one
    is marked as `adr supersede` marks it, the related one gets a bullet in its own section. The new record is
    named by the day it is made, the fixture's or the real one. Its links take the place of the template's
    placeholder bullets (audit 57 b9)."""
    shutil.copytree(LOG4BRAINS, project.root, dirs_exist_ok=True)
    adr = project.root / "docs" / "adr"
    tool = "20210419-use-log4brains-to-manage-the-adrs"
    before = {name: (adr / f"{name}.md").read_text(encoding="utf-8") for name in (tool, NEW)}
    if today == "real":
        project.today = dt.date.today().isoformat()
    made = f"{project.today.replace('-', '')}-use-backstage-to-manage-the-adrs"

    result = project.run("new", "--supersedes", tool, "--relates-to", f"{NEW}.md", "Use Backstage to manage the ADRs")

    assert (result.exit_code, result.stdout) == (0, f"docs/adr/{made}.md\n"), result.stderr
    assert (adr / f"{tool}.md").read_text(encoding="utf-8") == before[tool].replace(
        "- Status: accepted\n", f"- Status: superseded by [{made}]({made}.md)\n", 1)
    assert (adr / f"{NEW}.md").read_text(encoding="utf-8") == before[NEW].replace(
        f"({OLD}.md)\n", f"({OLD}.md)\n- Relates to [{made}]({made}.md)\n")
    assert (adr / f"{made}.md").read_text(encoding="utf-8").endswith(  # (the template's placeholders replaced)
        f"## Links <!-- optional -->\n\n- Supersedes [{tool}]({tool}.md)\n- Relates to [{NEW}]({NEW}.md)\n")
    read = links(project)
    assert (read[tool], read[made][1]) == (("superseded", [("superseded-by", made)]),
                                           [("supersedes", tool), ("relates-to", NEW)])


def test_new_names_a_record_it_cannot_find_and_writes_nothing(project: Project) -> None:
    shutil.copytree(LOG4BRAINS, project.root, dirs_exist_ok=True)
    names = sorted(path.name for path in (project.root / "docs" / "adr").iterdir())

    unknown = project.run("new", "--supersedes", "20210419-no-such-record", "Use Backstage")
    twice = project.run("new", "--supersedes", NEW, "--relates-to", f"{NEW}.md", "Use Backstage")

    assert (unknown.exit_code, unknown.stderr) == (
        2, "adr: --supersedes 20210419-no-such-record: no such record in adr/\n")
    assert (twice.exit_code, twice.stderr) == (2, f"adr: {NEW} is named by both --supersedes and --relates-to; "
                                                  "name it once\n")
    assert sorted(path.name for path in (project.root / "docs" / "adr").iterdir()) == names


def test_new_names_each_record_once_and_none_of_another_log(project: Project) -> None:
    """Attack round 54: a record named twice (`--supersedes 1 --supersedes 0001`) crashed with an internal error;
    one of another log was written as a bare number or name, which names this log's record of that number (or
    none). The first is linked once; the second is refused, as `adr supersede` links across logs."""
    project.write(".adr.toml", 'dirs = ["sa/docs/adr", "sb/docs/adr"]\n')
    page = "# {n}. {title}\n\nDate: 2021-01-0{n}\n\n## Status\n\nAccepted\n\n## Context\n\nc\n"
    project.write("sa/docs/adr/0001-a.md", page.format(n=1, title="A"))
    project.write("sb/docs/adr/0002-b.md", page.format(n=2, title="B"))

    twice = project.run("new", "--supersedes", "1", "--supersedes", "ADR-0001", "New")
    across = project.run("new", "--relates-to", "0002-b", "Other")

    assert (twice.exit_code, twice.stdout) == (0, "sa/docs/adr/0002-new.md\n"), twice.stderr
    assert "\nsupersedes: [1]\n" in project.read("sa/docs/adr/0002-new.md")
    assert (across.exit_code, across.stderr) == (
        2, "adr: --relates-to 2: 0002-b.md is in another log (sb/docs/adr/), which a number or name in this one "
           "does not reach; create the record, then run `adr supersede` or `adr link`, which link across logs\n")


def test_a_link_takes_the_place_of_the_template_s_placeholder_bullets(project: Project) -> None:
    """Audit 57 (lane b, class 9): WayneGoosen/adr's log4brains records keep the template's `## Links` bullets
    (`- [Link type](link to adr) <!-- example .. -->`, `- … <!-- numbers of links can vary -->`); supersede put its
    link under them. The link now takes their place."""
    shutil.copytree(LOG4BRAINS, project.root, dirs_exist_ok=True)
    tool = "20210419-use-log4brains-to-manage-the-adrs"
    links_kept = "## Links <!-- optional -->\n\n- [Link type](link to adr) <!-- example: Refined by [xxx](yyyymmdd-xxx.md) -->\n" \
                 "- … <!-- numbers of links can vary -->\n"
    project.write("docs/adr/20210502-use-x.md", f"# Use X\n\n- Status: proposed\n\n## Context\n\nC.\n\n{links_kept}")
    result = project.run("supersede", tool, "--by", "20210502-use-x")
    assert result.exit_code == 0, result.stderr
    assert project.read("docs/adr/20210502-use-x.md") == (
        f"# Use X\n\n- Status: proposed\n\n## Context\n\nC.\n\n## Links <!-- optional -->\n\n- Supersedes [{tool}]({tool}.md)\n")
