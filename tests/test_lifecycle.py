"""Status lifecycle and revisit outcomes: each edit changes only the lines it must."""

from __future__ import annotations

import datetime as dt
import difflib
import json

import pytest

from conftest import Project

LINUXBRIDGE = """\
---
status: proposed
date: 2021-04-19
cycle: xena
revisit: yoga   # asked at the Xena PTG
decision-makers: [Neutron team]
tags: [linuxbridge]
---
# Keep the Linuxbridge backend

## Decision

Keep it for Xena.
"""
OVN = """\
---
status: accepted
date: 2021-04-22
tags: [ovn]
---
# Use ML2/OVN by default

## Decision

Switch Devstack to OVN.
"""


def setup(project: Project) -> None:
    project.write("decisions/0001-keep-the-linuxbridge-backend.md", LINUXBRIDGE)
    project.write("decisions/0002-use-ml2-ovn-by-default.md", OVN)


def diff(before: str, after: str) -> list[str]:
    """Only the changed lines of a unified diff, as a reviewer reads them."""
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def test_accept_changes_one_line_and_keeps_comments(project: Project) -> None:
    """accept rewrites the status line only; a comment on another key survives."""
    setup(project)
    result = project.run("accept", "1")
    assert (result.exit_code, result.stdout) == (0, "decisions/0001-keep-the-linuxbridge-backend.md: proposed -> accepted\n")
    assert diff(LINUXBRIDGE, project.read("decisions/0001-keep-the-linuxbridge-backend.md")) == [
        "-status: proposed", "+status: accepted"]


def test_reject_deprecate_and_status(project: Project) -> None:
    """reject, deprecate and status each change the status line, and refuse nonsense transitions."""
    setup(project)
    assert project.run("reject", "1").exit_code == 0
    assert diff(LINUXBRIDGE, project.read("decisions/0001-keep-the-linuxbridge-backend.md")) == [
        "-status: proposed", "+status: rejected"]
    result = project.run("accept", "1")
    assert (result.exit_code, result.stderr) == (
        2, "adr: cannot accept ADR 0001: it is rejected (only a draft or proposed decision can be; see `adr lifecycle`)\n")
    assert project.run("status", "1", "proposed").exit_code == 0
    assert project.run("deprecate", "2").stdout == "decisions/0002-use-ml2-ovn-by-default.md: accepted -> deprecated\n"
    result = project.run("status", "2", "finished")
    assert (result.exit_code, result.stderr) == (
        2, "adr: unknown status 'finished'; expected one of: proposed, accepted, rejected, deprecated, superseded\n")
    result = project.run("status", "2", "deprecated")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "adr: ADR 0002 is already deprecated; nothing "
                                                                       "to change\n")


def test_supersede_updates_both_records(project: Project) -> None:
    """supersede marks the old record and adds the reciprocal link to the new one."""
    setup(project)
    result = project.run("supersede", "1", "--by", "2")
    assert result.stdout == ("decisions/0001-keep-the-linuxbridge-backend.md: proposed -> superseded by ADR 0002\n"
                             "decisions/0002-use-ml2-ovn-by-default.md: supersedes ADR 0001\n")
    assert diff(LINUXBRIDGE, project.read("decisions/0001-keep-the-linuxbridge-backend.md")) == [
        "-status: proposed", "+status: superseded", "+superseded-by: [2]"]
    assert diff(OVN, project.read("decisions/0002-use-ml2-ovn-by-default.md")) == ["+supersedes: [1]"]


def test_supersede_refuses_nonsense(project: Project) -> None:
    """Superseding by itself, by a missing record, or twice is refused and writes nothing."""
    setup(project)
    for args, message in [
        (("supersede", "1", "--by", "1"), "adr: ADR 0001 cannot supersede itself\n"),
        (("supersede", "1", "--by", "9"), f"adr: no record number 9 in {project.decisions}\n"),
    ]:
        result = project.run(*args)
        assert (result.exit_code, result.stderr) == (2, message)
    assert project.read("decisions/0001-keep-the-linuxbridge-backend.md") == LINUXBRIDGE
    project.run("supersede", "1", "--by", "2")
    superseded = project.read("decisions/0001-keep-the-linuxbridge-backend.md")
    result = project.run("supersede", "1", "--by", "2")
    assert (result.exit_code, result.stderr) == (0, "adr: ADR 0001 is already superseded by ADR 0002; nothing to "
                                                    "change\n")
    result = project.run("accept", "1")
    assert (result.exit_code, result.stderr) == (2, "adr: cannot accept ADR 0001: it is superseded by ADR 0002\n")
    assert project.read("decisions/0001-keep-the-linuxbridge-backend.md") == superseded


def test_revisit_kept_moves_the_decision_off_the_due_list(project: Project) -> None:
    """revisit --outcome kept appends the outcome and moves the revisit point; the decision is no longer due."""
    setup(project)
    assert project.run("due", "--cycle", "yoga").exit_code == 1
    result = project.run("revisit", "1", "--outcome", "kept", "--next", "Zed", "--note", "NASA still uses it",
                         "--date", "2021-10-19")
    assert result.stdout == "decisions/0001-keep-the-linuxbridge-backend.md: revisited (kept); next revisit zed\n"
    assert diff(LINUXBRIDGE, project.read("decisions/0001-keep-the-linuxbridge-backend.md")) == [
        "-revisit: yoga   # asked at the Xena PTG",
        "+revisit: zed   # asked at the Xena PTG",
        "+revisits:",
        "+  - {date: 2021-10-19, cycle: yoga, outcome: kept, next: zed, note: NASA still uses it}",
    ]
    assert project.run("due", "--cycle", "yoga").exit_code == 0
    assert json.loads(project.run("due", "--cycle", "zed", "--format", "json").stdout)[0]["number"] == 1

    project.run("revisit", "1", "--outcome", "changed", "--next", "2022-12-01", "--date", "2022-04-05")
    assert project.read("decisions/0001-keep-the-linuxbridge-backend.md").split("# Keep")[0] == (
        "---\nstatus: proposed\ndate: 2021-04-19\ncycle: xena\nrevisit: 2022-12-01   # asked at the Xena PTG\n"
        "decision-makers: [Neutron team]\ntags: [linuxbridge]\nrevisits:\n"
        "  - {date: 2021-10-19, cycle: yoga, outcome: kept, next: zed, note: NASA still uses it}\n"
        "  - {date: 2022-04-05, cycle: zed, outcome: changed, next: 2022-12-01}\n---\n")


def test_revisit_dropped_and_superseded(project: Project) -> None:
    """dropped deprecates the decision; superseded needs --by and links both records."""
    setup(project)
    result = project.run("revisit", "1", "--outcome", "superseded")
    assert (result.exit_code, result.stderr) == (2, "adr: --outcome superseded needs --by N: the record that supersedes it\n")
    result = project.run("revisit", "1", "--outcome", "dropped", "--next", "zed")
    assert (result.exit_code, result.stderr) == (2, "adr: --outcome dropped ends the decision; it takes no --next\n")
    result = project.run("revisit", "1", "--outcome", "superseded", "--by", "2", "--date", "2021-10-19")
    assert result.exit_code == 0, result.stderr
    assert diff(LINUXBRIDGE, project.read("decisions/0001-keep-the-linuxbridge-backend.md")) == [
        "-status: proposed", "+status: superseded", "+superseded-by: [2]", "+revisits:",
        "+  - {date: 2021-10-19, cycle: yoga, outcome: superseded}"]
    assert diff(OVN, project.read("decisions/0002-use-ml2-ovn-by-default.md")) == ["+supersedes: [1]"]

    project.write("decisions/0003-keep-taas-unofficial.md", "---\nstatus: accepted\nrevisit: yoga\n---\n# Keep TaaS\n")
    project.run("revisit", "3", "--outcome", "dropped", "--date", "2021-10-19")
    assert project.read("decisions/0003-keep-taas-unofficial.md") == (
        "---\nstatus: deprecated\nrevisit: yoga\nrevisits:\n"
        "  - {date: 2021-10-19, cycle: yoga, outcome: dropped}\n---\n# Keep TaaS\n")


def test_edits_keep_crlf_and_bom(project: Project) -> None:
    """A record with CRLF line endings and a BOM keeps both through an edit."""
    raw = ("\ufeff" + LINUXBRIDGE.replace("\n", "\r\n")).encode("utf-8")
    path = project.decisions / "0001-keep-the-linuxbridge-backend.md"
    project.decisions.mkdir()
    path.write_bytes(raw)
    project.run("accept", "1")
    assert path.read_bytes() == raw.replace(b"status: proposed", b"status: accepted")


NYGARD_OLD = """\
# 1. Use PostgreSQL

Date: 2021-04-19

## Status

Accepted

## Context

We need a database.
"""
NYGARD_NEW = """\
# 2. Use CockroachDB

Date: 2021-04-20

## Status

Proposed

## Context

We need it distributed.
"""


def test_adr_tools_records_are_edited_in_their_own_dialect(project: Project) -> None:
    """accept and supersede edit an adr-tools Status section the way adr-tools itself does."""
    project.write("doc/adr/0001-use-postgresql.md", NYGARD_OLD)
    project.write("doc/adr/0002-use-cockroachdb.md", NYGARD_NEW)
    assert project.run("accept", "2").exit_code == 0
    assert diff(NYGARD_NEW, project.read("doc/adr/0002-use-cockroachdb.md")) == ["-Proposed", "+Accepted"]
    assert project.run("supersede", "1", "--by", "2").exit_code == 0
    assert project.read("doc/adr/0001-use-postgresql.md") == NYGARD_OLD.replace(
        "Accepted\n", "Superseded by [2. Use CockroachDB](0002-use-cockroachdb.md)\n")
    assert project.read("doc/adr/0002-use-cockroachdb.md") == NYGARD_NEW.replace(
        "Proposed\n", "Accepted\n\nSupersedes [1. Use PostgreSQL](0001-use-postgresql.md)\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(r["status"], r["supersedes"], r["superseded_by"]) for r in listed] == [
        ("superseded", [], [2]), ("accepted", [1], [])]


@pytest.mark.parametrize("today", ["2021-05-01", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_revisit_moves_the_revisit_line_of_an_adr_tools_record(project: Project, today: str) -> None:
    """Audit 53 (lanes b, c): `adr new --revisit` writes `Revisit:` under adr-tools' `Date:`, `adr due` lists it
    when its day comes, and `adr revisit` moves that line (it said "run `adr convert`", so the decision stayed due
    in CI). A record with no point gets the line after its `Date:`; a `--note`, which such a record has no list to
    keep, is refused, and nothing is written."""
    project.today = today
    day = dt.date.fromisoformat(today)
    due_on, later, after = (day + dt.timedelta(days=n) for n in (30, 400, 60))
    project.write("doc/adr/0001-use-postgresql.md", NYGARD_OLD)
    made = project.run("new", "--revisit", due_on.isoformat(), "Use", "Redis")
    assert (made.exit_code, made.stdout) == (0, "doc/adr/0002-use-redis.md\n"), made.stderr
    assert project.run("due", "--as-of", after.isoformat()).exit_code == 1

    kept = project.run("revisit", "2", "--outcome", "kept", "--next", later.isoformat())
    first = project.run("revisit", "1", "--outcome", "kept", "--next", later.isoformat())

    assert (kept.exit_code, first.exit_code) == (0, 0), kept.stderr + first.stderr
    assert project.read("doc/adr/0002-use-redis.md").split("\n")[:5] == [
        "# 2. Use Redis", "", f"Date: {today}", f"Revisit: {later.isoformat()}", ""]
    assert project.read("doc/adr/0001-use-postgresql.md") == NYGARD_OLD.replace(
        "Date: 2021-04-19\n", f"Date: 2021-04-19\nRevisit: {later.isoformat()}\n")
    assert project.run("due", "--as-of", after.isoformat()).exit_code == 0
    before = project.read("doc/adr/0001-use-postgresql.md")
    noted = project.run("revisit", "1", "--outcome", "kept", "--next", "never", "--note", "Still needed")
    assert (noted.exit_code, noted.stderr) == (
        2, "adr: ADR 0001 keeps no list of revisits to hold a --note (nygard record); say it in the commit message, "
           "or run `adr convert` to give it front matter\n")
    assert project.read("doc/adr/0001-use-postgresql.md") == before


def test_revisit_moves_a_madr2_revisit_bullet_or_adds_one(project: Project) -> None:
    """MADR 2 and log4brains records (167 records in 10 logs of audit 53, lane b) were refused: the point is the
    `* Revisit:` bullet, moved in place, keyed as written (`- **Revisit:**`), or added after the last bullet."""
    project.write("docs/adr/0001-use-x.md", "# Use X\n\n* Status: accepted\n* Date: 2024-01-01\n\n## Context\n\nWhy.\n")
    project.write("docs/adr/0002-use-y.md", "# Use Y\n\n- **Status:** accepted\n- **Date:** 2024-01-02\n"
                                            "- **Revisit:** 2021-04-01\n\n## Context\n\nWhy.\n")
    assert project.run("due").exit_code == 1

    added = project.run("revisit", "1", "--outcome", "kept", "--next", "2027-06-01")
    moved = project.run("revisit", "2", "--outcome", "changed", "--next", "2027-06-01")

    assert (added.exit_code, moved.exit_code) == (0, 0), added.stderr + moved.stderr
    assert project.read("docs/adr/0001-use-x.md") == \
        "# Use X\n\n* Status: accepted\n* Date: 2024-01-01\n* Revisit: 2027-06-01\n\n## Context\n\nWhy.\n"
    assert project.read("docs/adr/0002-use-y.md") == ("# Use Y\n\n- **Status:** accepted\n- **Date:** 2024-01-02\n"
                                                      "- **Revisit:** 2027-06-01\n\n## Context\n\nWhy.\n")
    assert project.run("due").exit_code == 0


@pytest.mark.parametrize("links", ["", "* [Req](http://x)\n"], ids=("link-alone", "after-a-web-link"))
def test_revisit_of_a_madr2_record_adr_link_linked_adds_the_bullet_under_its_date(project: Project, links: str) -> None:
    """Audit 58 c4 (Grupo3-DAS): after `adr link` wrote `* Relates to [..](..)` under `## Links`, `adr revisit` put
    `* Revisit:` after that bullet, read no point back there, and refused. It goes with the header bullets, as
    without the link."""
    record = "# {title}\n* Status: accepted\n* Date: 2020-12-08\n\n## Context\nx\n\n## Links\n\n{links}"
    project.write("docs/decisions/0001-uno.md", record.format(title="Uno", links=links))
    project.write("docs/decisions/0002-dos.md", record.format(title="Dos", links=links))
    assert project.run("link", "1", "relates-to", "2").exit_code == 0
    done = project.run("revisit", "2", "--outcome", "kept", "--next", "2027-06-01")
    assert (done.exit_code, done.stderr) == (0, ""), done.stderr
    assert project.read("docs/decisions/0002-dos.md") == (
        "# Dos\n* Status: accepted\n* Date: 2020-12-08\n* Revisit: 2027-06-01\n\n## Context\nx\n\n## Links\n\n"
        f"{links}* Relates to [ADR-0001](0001-uno.md)\n")
    shown = json.loads(project.run("show", "2", "--format", "json").stdout)
    assert (shown["revisit"], shown["relates_to"]) == ("2027-06-01", [1])


def test_revisit_of_a_key_line_keeps_the_record_s_shape_or_refuses(project: Project) -> None:
    """Attack round 53: a `Revisit` line adr does not read as the point (a link, a second point) is not left beside
    a new one, the edit is refused (M2); a line added inside a block of broken key lines is broken as they are
    (L2); a release cycle on an adr-tools `Revisit:` line is refused in words (L4); a remark after a MADR 2 point
    is no part of it and stays (L5); a bullet goes after the last bullet's nested items (L6)."""
    nygard = "# 1. Use Postgres\n\nDate: 2024-01-01\n{line}\n## Status\n\nAccepted\n"
    project.write("doc/adr/0001-use-postgres.md", nygard.format(line="Revisit: [2025-01-01](https://example.org)\n"))
    unread = project.run("revisit", "1", "--outcome", "kept", "--next", "2027-06-01")
    assert (unread.exit_code, unread.stderr) == (
        2, f"adr: {project.root}/doc/adr/0001-use-postgres.md: cannot edit it exactly: its line 4 states a revisit "
           "point adr does not read as the record's (Revisit: [2025-01-01](https://example.org)); edit it by hand; "
           "nothing was changed\n")
    project.write("doc/adr/0001-use-postgres.md", nygard.format(line=""))
    cycle = project.run("revisit", "1", "--outcome", "kept", "--next", "yoga")
    assert (cycle.exit_code, cycle.stderr) == (
        2, "adr: 0001-use-postgres.md: an adr-tools record's `Revisit:` line holds a day, not a release cycle (yoga); "
           "give a day, or run `adr convert` to give it front matter\n")
    assert project.read("doc/adr/0001-use-postgres.md") == nygard.format(line="")
    project.write("doc/adr/0002-b.md", "# ADR 2: B\n\n**Status:** Accepted  \n**Date:** 2024-01-01  \n"
                                       "**Deciders:** Alice, Bob\n\n## Context\n\nx\n")
    assert project.run("revisit", "2", "--outcome", "kept", "--next", "2027-06-01").exit_code == 0
    assert project.read("doc/adr/0002-b.md").split("\n")[2:6] == [
        "**Status:** Accepted  ", "**Date:** 2024-01-01  ", "**Revisit:** 2027-06-01  ", "**Deciders:** Alice, Bob"]

    project.write("docs/adr/0001-x.md", "# X\n\n* Status: accepted\n* Revisit: 2021-01-01 <!-- yearly -->\n")
    project.write("docs/adr/0002-y.md", "# Y\n\n* Status: accepted\n* Deciders:\n  * alice\n  * bob\n\n## Context\n")
    assert "0001    overdue  2021-01-01  2021-01-01  accepted" in project.run("due", "--dir", "docs/adr").stdout
    for number in ("1", "2"):
        done = project.run("revisit", "--dir", "docs/adr", number, "--outcome", "kept", "--next", "2027-06-01")
        assert done.exit_code == 0, done.stderr
    assert project.read("docs/adr/0001-x.md") == "# X\n\n* Status: accepted\n* Revisit: 2027-06-01 <!-- yearly -->\n"
    assert project.read("docs/adr/0002-y.md") == (
        "# Y\n\n* Status: accepted\n* Deciders:\n  * alice\n  * bob\n* Revisit: 2027-06-01\n\n## Context\n")


def test_supersede_keeps_a_note_under_the_status_word(project: Project) -> None:
    """os2display/display-api-service (6 of 7 records) and cron-mon write a note under the status word
    (`Accepted` / `Written years after the decision was made.`). The link takes the word's place and the note stays
    after it; before, the word was dropped and the note read as the status, so the edit was refused."""
    note = "Written years after the decision was made."
    project.write("doc/adr/001-one.md", f"# ADR 001 - One\n\nDate: 26-11-2024\n\n## Status\n\nAccepted\n\n{note}\n\n"
                                         "## Context\n\nx\n")
    project.write("doc/adr/002-two.md", "# ADR 002 - Two\n\nDate: 26-11-2024\n\n## Status\n\nAccepted\n\n## Context\n\ny\n")

    result = project.run("supersede", "1", "--by", "2")

    assert result.exit_code == 0, result.stderr
    assert project.read("doc/adr/001-one.md") == (
        f"# ADR 001 - One\n\nDate: 26-11-2024\n\n## Status\n\nSuperseded by [ADR 002 - Two](002-two.md)\n\n{note}\n\n"
        "## Context\n\nx\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["superseded_by"], row["supersedes"]) for row in listed] == [
        ("superseded", [2], []), ("accepted", [], [1])]


def test_a_status_written_after_a_comment_is_read_and_the_comment_kept(project: Project) -> None:
    """`<!-- one of .. --> Proposed` opens an HTML block in CommonMark, which shows the word after the comment: the
    status is that word, not the note under it (which was read as the status) nor nothing. An edit keeps the
    comment around the new word, as it keeps one after it."""
    note = "Written later."
    project.write("doc/adr/0001-one.md", f"# 1. One\n\nDate: 2024-01-02\n\n## Status\n\n<!-- c --> Proposed\n\n{note}\n\n"
                                         "## Context\n\nx\n")
    project.write("doc/adr/0002-two.md", "# 2. Two\n\nDate: 2024-01-02\n\n## Status\n\n<!-- c -->Accepted\n\n"
                                         "## Context\n\ny\n")
    project.write("doc/adr/0003-three.md", "# 3. Three\n\nDate: 2024-01-02\n\n## Status\n\nProposed <!-- c -->\n\n"
                                           "## Context\n\nz\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [row["status"] for row in listed] == ["proposed", "accepted", "proposed"]

    assert project.run("accept", "1").exit_code == 0
    assert project.run("accept", "3").exit_code == 0
    superseded = project.run("supersede", "2", "--by", "3")

    assert superseded.exit_code == 0, superseded.stderr
    assert project.read("doc/adr/0001-one.md").split("\n")[6:9] == ["<!-- c --> Accepted", "", note]
    assert project.read("doc/adr/0002-two.md").split("\n")[6] == "<!-- c -->Superseded by [3. Three](0003-three.md)"
    assert project.read("doc/adr/0003-three.md").split("\n")[6:9] == [
        "Accepted <!-- c -->", "", "Supersedes [2. Two](0002-two.md)"]
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["superseded_by"]) for row in listed] == [
        ("accepted", []), ("superseded", [3]), ("accepted", [])]


def test_a_comment_naming_the_status_words_and_one_closed_at_once_are_kept(project: Project) -> None:
    """Attack round 54: a comment holding the status word (`<!-- Proposed, Accepted, Rejected --> Proposed`) was
    dropped by `adr accept`, which found the word inside it; `<!-->` (a whole comment, for CommonMark and browsers)
    was read as one left open, hiding every section after it: the status was read from the Context, and
    `supersede` wrote its link under Consequences."""
    project.write("doc/adr/0001-one.md", "# 1. One\n\nDate: 2024-01-01\n\n## Status\n\n"
                                         "<!-- Proposed, Accepted, Rejected --> Proposed\n\n## Context\n\nctx\n")
    project.write("doc/adr/0002-two.md", "# 2. Two\n\nDate: 2024-01-02\n\n## Status\n\nAccepted\n\n<!-->\n\n"
                                         "## Context\n\nctx\n\n## Consequences\n\nFine.\n")
    assert [row["status"] for row in json.loads(project.run("list", "--format", "json").stdout)] == [
        "proposed", "accepted"]

    assert project.run("accept", "1").exit_code == 0
    superseded = project.run("supersede", "1", "--by", "2")

    assert superseded.exit_code == 0, superseded.stderr
    assert project.read("doc/adr/0001-one.md").split("\n")[6] == (
        "<!-- Proposed, Accepted, Rejected --> Superseded by [2. Two](0002-two.md)")
    assert project.read("doc/adr/0002-two.md") == (
        "# 2. Two\n\nDate: 2024-01-02\n\n## Status\n\nAccepted\n\n<!-->\n\nSupersedes [1. One](0001-one.md)\n\n"
        "## Context\n\nctx\n\n## Consequences\n\nFine.\n")


def test_a_record_without_front_matter_is_given_one_for_what_an_edit_sets(project: Project) -> None:
    """MADR 3/4 make front matter optional (Paladijn/d2rsavegameparser's records have none; 16 records in 5 logs
    of audit 53, lane b): `adr status`, `adr link` and `adr revisit` said "run `adr convert`", which answered
    "nothing to convert". The edit begins a front matter with its keys, the body byte for byte as it was."""
    body = "# Which Java version\r\n\r\n## Context and Problem Statement\r\n\r\nWhich one?\r\n"
    path = project.root / "docs/decisions/0001-which-java-version.md"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\xef\xbb\xbf" + body.encode())
    project.write("docs/decisions/0000-use-markdown-any-decision-records.md",
                  "# Use Markdown Any Decision Records\n\n## Context and Problem Statement\n\nHow?\n")

    results = [project.run("status", "1", "accepted"), project.run("link", "1", "relates-to", "0"),
               project.run("revisit", "1", "--outcome", "kept", "--next", "2027-06-01", "--note", "Still Java 21")]

    assert [result.exit_code for result in results] == [0, 0, 0], [result.stderr for result in results]
    assert path.read_bytes() == b"\xef\xbb\xbf" + (
        "---\r\nstatus: accepted\r\nrevisit: 2027-06-01\r\nrelates-to: [0]\r\nrevisits:\r\n"
        "  - {date: 2021-05-01, outcome: kept, next: 2027-06-01, note: Still Java 21}\r\n---\r\n"
        + body).encode()
    assert project.read("docs/decisions/0000-use-markdown-any-decision-records.md") == (
        "---\nrelates-to: [1]\n---\n# Use Markdown Any Decision Records\n\n## Context and Problem Statement\n\nHow?\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["status"], row["relates_to"], row["revisit"]) for row in listed] == [
        (0, None, [1], None), (1, "accepted", [0], "2027-06-01")]


def test_revisit_moves_a_point_kept_under_another_name_where_it_is(project: Project) -> None:
    """A record that keeps its revisit point as `review-by:` has that line moved on, not a second key added that
    the first would outweigh."""
    project.write("decisions/0001-use-x.md", "---\nstatus: accepted\ndate: 2021-01-10\nreview-by: 2021-04-30\n---\n"
                  "# Use X\n\n## Context\n\nC.\n\n## Decision\n\nD.\n\n## Consequences\n\nE.\n")
    assert project.run("due", "--as-of", "2021-05-01").exit_code == 1
    result = project.run("revisit", "1", "--outcome", "kept", "--next", "2022-01-31", "--date", "2021-05-01")
    assert result.exit_code == 0, result.stderr
    assert project.read("decisions/0001-use-x.md").split("# Use X")[0] == (
        "---\nstatus: accepted\ndate: 2021-01-10\nreview-by: 2022-01-31\nrevisits:\n"
        "  - {date: 2021-05-01, outcome: kept, next: 2022-01-31}\n---\n")  # (after the point, as adrtool's own)
    assert project.run("due", "--as-of", "2021-05-01").exit_code == 0


@pytest.mark.parametrize(("line", "accepted"), [
    ("Status: Proposed", "Status: Accepted"),
    ("**Status:** Proposed", "**Status:** Accepted"),
    ("Status: **Proposed**", "Status: **Accepted**"),  # hitobito/hitobito
    ("Status : proposé", "Status : accepté"),  # the log's language, in its case
])
def test_accept_keeps_the_key_of_a_status_line_under_the_title(project: Project, line: str, accepted: str) -> None:
    """A status written as a key line under the title, not in a Status section (hand-kept Nygard logs): `adr accept`
    replaces its value and keeps its key and marks. It refused before ("would read as a plain record"): the whole
    line became the bare word."""
    project.write("doc/adr/001_kunden.md", f"# ADR-001 Kunden\n\n{line}\n\n## Kontext\n\nx\n")
    result = project.run("accept", "1")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("doc/adr/001_kunden.md") == f"# ADR-001 Kunden\n\n{accepted}\n\n## Kontext\n\nx\n"


@pytest.mark.parametrize(("bullet", "deprecated"), [
    ("- **Status:** Aceito", "- **Status:** Obsoleto"),  # JulianoVinceCampos/shomer-oncall
    ("- **Estado:** Aceptada", "- **Estado:** Obsoleta"),  # EzequielAngel0/landing
    ("- **Estado**: Aceptado", "- **Estado**: Obsoleto"),  # Tomadin/ecommerce-microservicios
    ("* _Status:_ Accepted", "* _Status:_ Deprecated"),
    ("- **状态**：🟢 Accepted（2026-01-02 确认）", "- **状态**：Deprecated"),  # mzlin2020/mingAgent (its day the date)
    ("- 状态：Accepted", "- 状态：Deprecated"),
    ("- Status: *Accepted*", "- Status: *Deprecated*"),
])
def test_a_status_bullet_keeps_its_key_as_written(project: Project, bullet: str, deprecated: str) -> None:
    """Audit round 48 (lane e): `- **Status:** Aceito` became `- **Status:deprecated`, its bold left open (49
    records in 4 of 19 logs), and every status edit of a bullet with a full-width colon was refused (82 records
    of one log). The key keeps its emphasis and its colon; the value alone changes, in the language and case of
    the record's own (a feminine `Aceptada` makes `Obsoleta`)."""
    text = f"# 2. Cache\n\n{bullet}\n- **Data:** 2026-01-02\n\n## Contexto\n\nc\n"
    project.write("docs/adr/0002-cache.md", text)
    project.write("docs/adr/0001-a.md", "# 1. A\n\n- **Status:** Aceito\n\n## Contexto\n\nc\n")
    result = project.run("deprecate", "2")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "docs/adr/0002-cache.md: accepted -> deprecated\n", "")
    assert diff(text, project.read("docs/adr/0002-cache.md")) == [f"-{bullet}", f"+{deprecated}"]


def test_a_link_bullet_is_written_as_the_status_bullet_is(project: Project) -> None:
    """`adr supersede` adds the successor's bullet in the form of the record's own (`- **Substitui:** ..`), and
    the record reads back with it; both records say it in their log's language (Portuguese: `Aceito`, `Data`), as
    key lines do since round 52."""
    old = "# 1. Old\n\n- **Status:** Aceito\n- **Data:** 2026-01-01\n\n## Contexto\n\nc\n"
    new = "# 2. New\n\n- **Status:** Aceito\n- **Data:** 2026-01-02\n\n## Contexto\n\nc\n"
    project.write("docs/adr/0001-old.md", old)
    project.write("docs/adr/0002-new.md", new)
    assert project.run("supersede", "1", "--by", "2").exit_code == 0
    assert diff(old, project.read("docs/adr/0001-old.md")) == [
        "-- **Status:** Aceito", "+- **Status:** Substituído por [ADR-0002](0002-new.md)"]
    assert diff(new, project.read("docs/adr/0002-new.md")) == ["+- **Substitui:** [ADR-0001](0001-old.md)"]
    shown = json.loads(project.run("show", "2", "--format", "json").stdout)
    assert (shown["supersedes"], shown["status"]) == ([1], "accepted")


@pytest.mark.parametrize("heading", ["## Estado", "## Статус", "## 状态", "## 2. ステータス", "### Status",
                                     "#### Status"])
def test_supersede_finds_the_status_section_under_the_names_the_reader_knows(project: Project, heading: str) -> None:
    """Audit round 48 (lane e): `adr supersede`, `link` and `new --supersedes` said "no `## Status` section to
    edit" of a record whose Status section the reader reads (`## Статус`: ralex29; `#### Status`:
    SimonDingemans; `## 状态`: leefyi). The link goes into that section, in the words of the record's status
    (`Aceptado`: `Reemplazado por`)."""
    level = heading.split()[0]
    old = f"# 1. Uno\n\nFecha: 2026-01-05\n\n{heading}\n\nAceptado\n\n{level} Contexto\n\nc\n"
    project.write("doc/adr/0001-uno.md", old)
    project.write("doc/adr/0002-dos.md", "# 2. Dos\n\nDate: 2026-02-01\n\n## Status\n\nAccepted\n\n## Context\n\nc\n")
    result = project.run("supersede", "1", "--by", "2")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "doc/adr/0001-uno.md: accepted -> superseded by ADR 0002\ndoc/adr/0002-dos.md: supersedes ADR 0001\n", "")
    assert diff(old, project.read("doc/adr/0001-uno.md")) == ["-Aceptado", "+Reemplazado por [2. Dos](0002-dos.md)"]
    listed = project.run("list", "--format", "csv").stdout.splitlines()[1]
    assert listed.split(",")[:3] == ["1", "Uno", "superseded"]


TECH_DOCS_PAGE = """\
---
title: 009 No data stored
weight: 9
last_reviewed_on: 2025-07-16
review_in: 12 months
---

# 009 No data stored

## Status

✅ Accepted

## Context

C.
"""


def test_revisit_of_a_tech_docs_page_moves_its_last_review(project: Project) -> None:
    """Audit round 48 (lane d, class 2): on a GOV.UK tech-docs page (ministryofjustice/find-moj-data-runbooks), whose
    revisit point is `review_in` after `last_reviewed_on`, `adr revisit` said "cannot edit `revisit` in a nygard
    record; run `adr convert`", which refuses such a page. It makes the edit the teams make by hand: the review
    moves to the revisit's day, nothing else changes, and the page is due `review_in` later."""
    path = "source/documentation/adrs/009-no-data-stored.html.md.erb"
    project.write(path, TECH_DOCS_PAGE)
    result = project.run("--dir", "source/documentation/adrs", "revisit", "9", "--outcome", "kept",
                         "--date", "2026-12-07")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, f"{path}: revisited (kept); last_reviewed_on 2026-12-07, next review 2027-12-07\n", "")
    assert diff(TECH_DOCS_PAGE, project.read(path)) == ["-last_reviewed_on: 2025-07-16",
                                                        "+last_reviewed_on: 2026-12-07"]
    listed = json.loads(project.run("--dir", "source/documentation/adrs", "list", "--format", "json").stdout)
    assert listed[0]["revisit"] == "2027-12-07"


def test_revisit_of_a_tech_docs_page_refuses_what_the_page_cannot_say(project: Project) -> None:
    """A `--next` other than the day `review_in` gives, and a `--note` (the page keeps no revisits), are refused
    in one line that says what the page is and what to edit; nothing is written. `--next` of that very day is
    taken."""
    path = "source/documentation/adrs/009-no-data-stored.html.md.erb"
    project.write(path, TECH_DOCS_PAGE)
    run = ("--dir", "source/documentation/adrs", "revisit", "9", "--outcome", "kept", "--date", "2026-12-07")
    result = project.run(*run, "--next", "2027-06-01")
    assert (result.exit_code, result.stderr) == (2, (
        "adr: 009-no-data-stored.html.md.erb is a GOV.UK tech-docs page: its next review is `review_in` (12 months) "
        "after `last_reviewed_on`, 2027-12-07 for a review on 2026-12-07; leave out --next (or change `review_in` "
        "in the page by hand)\n"))
    result = project.run(*run, "--note", "still true")
    assert (result.exit_code, result.stderr) == (2, (
        "adr: 009-no-data-stored.html.md.erb is a GOV.UK tech-docs page, whose front matter keeps no revisits to "
        "note; `adr revisit` moves its `last_reviewed_on` only: leave out --note (say it in the commit message)\n"))
    assert project.read(path) == TECH_DOCS_PAGE
    assert project.run(*run, "--next", "2027-12-07").exit_code == 0
    assert "last_reviewed_on: 2026-12-07\n" in project.read(path)


@pytest.mark.parametrize(("review", "why"), [
    ("last_reviewed_on: 2025-07-16\nreview_in: -6 months\n",
     "`review_in: -6 months` is no length of time adr reads, as `6 months` or `1 year` are"),
    ("last_reviewed_on: 2025-07-16\nreview_in:\n", "`review_in` is empty"),
    ("last_reviewed_on: 2025-07-16\nreview_in: 0 months\n", "`review_in: 0 months` makes each review due the day it "
     "is made"),
    ("last_reviewed_on: 9999-12-31\nreview_in: 6 months\n", "`last_reviewed_on: 9999-12-31` and `review_in: 6 months` "
     "give a day past 9999-12-31")])
def test_revisit_of_a_page_whose_review_gives_no_day_writes_one_that_does(project: Project, review: str,
                                                                          why: str) -> None:
    """Round 50's attack (F13): a tech-docs page whose review adr cannot reckon went in a circle: `revisit` asked for
    --next, `--next` said to run `adr convert`, and convert left it ("it states no date"); `0 months` made the page
    due again the day it was revisited. `revisit` says why and asks for --next DATE, and with it writes
    `last_reviewed_on` and a `review_in` that reaches that day."""
    path = "source/documentation/adrs/009-no-data-stored.html.md.erb"
    page = TECH_DOCS_PAGE.replace("last_reviewed_on: 2025-07-16\nreview_in: 12 months\n", review)
    project.write(path, page)
    run = ("--dir", "source/documentation/adrs", "revisit", "9", "--outcome", "kept", "--date", "2026-12-07")
    result = project.run(*run)
    assert (result.exit_code, result.stderr) == (2, (
        f"adr: 009-no-data-stored.html.md.erb is a GOV.UK tech-docs page whose review gives no next day ({why}); "
        "give --next DATE: adr writes `last_reviewed_on: 2026-12-07` and the `review_in` that reaches DATE\n"))
    result = project.run(*run, "--next", "2027-06-07")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, f"{path}: revisited (kept); last_reviewed_on 2026-12-07, next review 2027-06-07\n", "")
    assert project.read(path) == TECH_DOCS_PAGE.replace("last_reviewed_on: 2025-07-16\nreview_in: 12 months\n",
                                                        "last_reviewed_on: 2026-12-07\nreview_in: 6 months\n")


@pytest.mark.parametrize(("next_day", "review_in"), [
    ("2026-12-10", "3 days"), ("2026-12-21", "2 weeks"), ("2027-12-07", "1 year"),
    ("2026-12-01", None), ("yoga", None), ("2027-06", None), ("2036-01-02", None)])
def test_revisit_of_a_page_whose_review_gives_no_day_takes_a_day_a_review_in_reaches(
        project: Project, next_day: str, review_in: str | None) -> None:
    """The next review written for such a page is a day after the review, reached by years, months, weeks or
    days (the first that is exact); a cycle, a month, a day before the review, or one that no `review_in` of at most
    999 units reaches, is refused in one line, and nothing is written."""
    path = "source/documentation/adrs/009-no-data-stored.html.md.erb"
    page = TECH_DOCS_PAGE.replace("review_in: 12 months", "review_in: -6 months")
    project.write(path, page)
    result = project.run("--dir", "source/documentation/adrs", "revisit", "9", "--outcome", "kept", "--date",
                         "2026-12-07", "--next", next_day)
    if review_in is not None:
        assert (result.exit_code, result.stderr) == (0, "")
        assert project.read(path) == page.replace("review_in: -6 months", f"review_in: {review_in}").replace(
            "2025-07-16", "2026-12-07")
    else:
        assert (result.exit_code, result.stderr.count("\n"), result.stderr[:5]) == (2, 1, "adr: ")
        assert project.read(path) == page


def test_revisit_of_a_page_whose_review_is_erb_says_what_to_edit(project: Project) -> None:
    """ERB in `last_reviewed_on` or `review_in` is the page's own code, which adr does not run nor write over: the
    one line says what to edit by hand, and nothing is written."""
    path = "source/documentation/adrs/009-no-data-stored.html.md.erb"
    page = TECH_DOCS_PAGE.replace("last_reviewed_on: 2025-07-16", "last_reviewed_on: <%= Date.today %>")
    project.write(path, page)
    result = project.run("--dir", "source/documentation/adrs", "revisit", "9", "--outcome", "kept", "--next",
                         "2027-12-07")
    assert (result.exit_code, result.stderr) == (2, (
        "adr: 009-no-data-stored.html.md.erb is a GOV.UK tech-docs page whose review gives no next day "
        "(`last_reviewed_on: <%= Date.today %>` is ERB, which adr does not run); write a day in `last_reviewed_on` "
        "and a length of time in `review_in` (`6 months`) by hand\n"))
    assert project.read(path) == page


def test_revisit_of_a_converted_tech_docs_page_moves_its_review_and_notes_it(project: Project) -> None:
    """A page `adr convert` gave adrtool's keys (in its own front matter) still keeps its review in
    `last_reviewed_on`: the revisit moves it, and appends the outcome to `revisits` with the next review."""
    path = "source/documentation/adrs/008-other.html.md.erb"
    page = ("---\ntitle: 008 Other\nlast_reviewed_on: 2025-07-16\nreview_in: 6 months\nstatus: accepted\n"
            "date: 2021-01-01\n---\n\n# Other\n")
    project.write(path, page)
    result = project.run("--dir", "source/documentation/adrs", "revisit", "8", "--outcome", "changed",
                         "--date", "2021-04-05", "--note", "narrower")
    assert (result.exit_code, result.stderr) == (0, "")
    assert diff(page, project.read(path)) == [
        "-last_reviewed_on: 2025-07-16", "+last_reviewed_on: 2021-04-05", "+revisits:",
        "+  - {date: 2021-04-05, outcome: changed, next: 2021-10-05, note: narrower}"]


# The most common shape of a log kept by hand: the status and the day as key lines under the title, no Status section.
KEY_LINES = "# ADR-000{n}: {title}\n\n**Status:** {status}\n**Date:** 2021-0{n}-01\n\n## Context\n\nC.\n"


def test_supersede_and_link_write_key_lines_where_the_status_is_one(project: Project) -> None:
    """supersede, link and new --supersedes refused every record whose status is a key line under the title
    (`no ## Status section to edit`; 28 of the 132 real repositories surveyed write statuses so); the status line
    now names the successor, and a link is a key line of its own under it, keyed as the status is."""
    for number, title, status in ((1, "Use X", "Accepted"), (2, "Use Y", "Proposed")):
        project.write(f"docs/adr/000{number}-{title.lower().replace(' ', '-')}.md",
                      KEY_LINES.format(n=number, title=title, status=status))
    result = project.run("supersede", "1", "--by", "2")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adr/0001-use-x.md") == KEY_LINES.format(
        n=1, title="Use X", status="Superseded by [ADR-0002](0002-use-y.md)")
    assert project.read("docs/adr/0002-use-y.md") == KEY_LINES.format(n=2, title="Use Y", status="Proposed").replace(
        "**Date:** 2021-02-01\n", "**Date:** 2021-02-01\n**Supersedes:** [ADR-0001](0001-use-x.md)\n")
    project.write("docs/adr/0003-use-z.md", KEY_LINES.format(n=3, title="Use Z", status="Proposed"))
    assert project.run("link", "3", "relates-to", "2").exit_code == 0
    assert project.run("link", "3", "relates-to", "1").exit_code == 0
    assert "**Date:** 2021-03-01\n**Relates to:** [ADR-0002](0002-use-y.md), [ADR-0001](0001-use-x.md)\n" \
        in project.read("docs/adr/0003-use-z.md")
    rows = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(rows[n]["status"], rows[n]["supersedes"], rows[n]["superseded_by"], rows[n]["relates_to"])
            for n in (1, 2, 3)] == [("superseded", [], [2], [3]), ("proposed", [1], [], [3]),
                                    ("proposed", [], [], [2, 1])]
    assert project.run("validate").exit_code == 0


ETHOS = """\
---
role: decision
---

# DR-0003: Scope

Status: {line}.

## Record

| Field | Value |
| --- | --- |
| Decision ID | DR-0003 |
| Status | {row} |
| Decision Date | 2026-07-07 |

## Context

C.
"""


def test_a_status_stated_again_in_a_record_table_changes_with_it(project: Project) -> None:
    """Round 50's attack (F6): HengYangDS/ethos states a record's status in a `Status:` line and again in its
    `## Record` table; `adr accept` changed the line and left the row saying `proposed`. The row says the new
    status too, in the case it was written in."""
    project.write("decisions/DR-0003-scope.md", ETHOS.format(line="proposed", row="proposed"))
    result = project.run("accept", "3")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("decisions/DR-0003-scope.md") == ETHOS.format(line="accepted", row="accepted")


def test_a_status_ended_with_a_full_stop_keeps_it(project: Project) -> None:
    """`Status: proposed.` (ethos, and dozens of real key lines), a Status paragraph `Proposed.` and a MADR 2
    bullet `* Status: proposed.`: the new status ends with the full stop the old one had, and the successor a
    supersede names as well. A key line under the title whose status word opens a longer sentence is refused, the
    words named: a paragraph there would part its block of keys, and deleting them would lose them."""
    project.write("decisions/0001-a.md", "# 1. A\n\nStatus: proposed.\nDate: 2020-01-01\n\n## Context\n\nC.\n")
    project.write("decisions/0002-b.md", "# 2. B\n\n## Status\n\nProposed.\n\n## Context\n\nC.\n")
    project.write("decisions/0003-c.md", "# 3. C\n\n* Status: proposed.\n* Date: 2020-01-01\n\n"
                  "## Context and Problem Statement\n\nC.\n")
    waiting = project.write("decisions/0004-d.md", "# 4. D\n\nStatus: Proposed. Waiting for review.\n\n## Context\n\nC.\n")
    for number in ("1", "2", "3"):
        assert project.run("accept", number).exit_code == 0
    result = project.run("accept", "4")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {waiting}: cannot edit it exactly: its status line says more than the status ('Waiting for "
           "review.'); edit it by hand; nothing was changed\n")
    assert project.run("supersede", "1", "--by", "2").exit_code == 0
    assert project.read("decisions/0001-a.md").splitlines()[2] == "Status: superseded by [ADR-0002](0002-b.md)."
    assert project.read("decisions/0002-b.md").splitlines()[4] == "Accepted."
    assert project.read("decisions/0003-c.md").splitlines()[2] == "* Status: accepted."
    assert project.read("decisions/0004-d.md").splitlines()[2] == "Status: Proposed. Waiting for review."
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["superseded_by"]) for row in listed] == [
        ("superseded", [2]), ("accepted", []), ("accepted", []), ("proposed", [])]


GOES_ON = (", pending the security review", "its status's sentence goes on after the status ('pending the security "
           "review'), which would then be said of the new status; end the sentence after the status, or edit it by hand")
REMARKED = (" (pending the security review)", "its status has a remark attached ('(pending the security review)'), "
            "which is about the old status and would then be said of the new one; edit it by hand")


@pytest.mark.parametrize(("text", "rest", "command"), [
    ("# 1. A\n\nDate: 2024-01-02\n\nStatus: Accepted{rest}\n\n## Context\n\nC.\n", GOES_ON,
     ("supersede", "1", "--by", "3")),
    ("# A\n\n* Status: accepted{rest}\n* Date: 2024-01-02\n\n## Context and Problem Statement\n\nC.\n", GOES_ON,
     ("deprecate", "1")),
    ("# A\n\n- Status: Accepted{rest}\n- Date: 2024-01-02\n\n## Context and Problem Statement\n\nC.\n", REMARKED,
     ("supersede", "1", "--by", "3")),
    ("---\nstatus: accepted{rest}\ndate: 2024-01-02\n---\n\n# A\n\n## Context and Problem Statement\n\nC.\n",
     GOES_ON, ("deprecate", "1")),
    ("---\nstatus: accepted{rest}\ndate: 2024-01-02\n---\n\n# A\n\n## Context and Problem Statement\n\nC.\n",
     REMARKED, ("supersede", "1", "--by", "3")),
])
def test_a_status_key_saying_more_than_the_status_is_refused_by_every_edit(
        project: Project, text: str, rest: tuple[str, str], command: tuple[str, ...]) -> None:
    """Round 57 (headrace's `- Status: Accepted (remark)`, the lead's key lines): supersede on a key line under
    the title, and every edit of a MADR 2 bullet or a front-matter status, replaced the whole value and dropped the
    words after the status, exit 0. Each is refused, naming the words, and nothing is written; a remark that is only
    the status's day (`Accepted (2024-01-02)`) goes with the old status, as before."""
    written, reason = rest
    record = project.write("decisions/0001-a.md", text.format(rest=written))
    project.write("decisions/0003-c.md", "# 3. C\n\nDate: 2024-01-03\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n")
    result = project.run(*command)
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {record}: cannot edit it exactly: {reason}; nothing was changed\n")
    assert project.read("decisions/0001-a.md") == text.format(rest=written)
    project.write("decisions/0001-a.md", text.format(rest=" (2024-01-02)"))
    assert project.run(*command).exit_code == 0
    assert "(2024-01-02)" not in project.read("decisions/0001-a.md")


def test_supersede_in_a_log_of_dr_records_restates_the_table_and_names_records_as_the_log_does(
        project: Project) -> None:
    """h3's notes on HengYangDS/ethos: `adr supersede` left the `## Record` table saying `accepted` and named the
    records `ADR-0004` in a log of `DR-0004` files; and a key line `Supersedes: [DR-0003](DR-0003-scope.md)`, as
    the log would write it, was not read as a supersession. The table says `superseded`, each link names its record
    as its file does, and both sides read back."""
    project.today = "2026-12-07"  # after the records' day
    project.write("decisions/DR-0003-scope.md", ETHOS.format(line="accepted", row="accepted"))
    project.write("decisions/DR-0004-next.md", ETHOS.format(line="accepted", row="accepted").replace(
        "DR-0003: Scope", "DR-0004: Next").replace("| DR-0003 |", "| DR-0004 |"))
    result = project.run("supersede", "3", "--by", "4")
    assert (result.exit_code, result.stderr) == (0, "")
    old = project.read("decisions/DR-0003-scope.md")
    assert "\nStatus: superseded by [DR-0004](DR-0004-next.md).\n" in old and "\n| Status | superseded |\n" in old
    assert "\nStatus: accepted.\nSupersedes: [DR-0003](DR-0003-scope.md)\n" in project.read("decisions/DR-0004-next.md")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["supersedes"], row["superseded_by"]) for row in listed] == [
        ("superseded", [], [4]), ("accepted", [3], [])]
    assert project.run("validate").exit_code == 0


def test_a_record_table_stating_another_status_is_not_edited(project: Project) -> None:
    """A row that already states another status than the record's first statement: one edit cannot make them
    agree, so the change is refused in one line and nothing is written."""
    text = ETHOS.format(line="proposed", row="rejected")
    project.write("decisions/DR-0003-scope.md", text)
    result = project.run("accept", "3")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"adr: {project.decisions}/DR-0003-scope.md: cannot edit it exactly: line 14 states its "
                             "status as 'rejected', not proposed; make them agree first; nothing was changed\n")
    assert project.read("decisions/DR-0003-scope.md") == text


MADR4 = "---\nstatus: \"{status}\"\ndate: 2021-01-0{n}\n---\n\n# T{n}\n\n## Context and Problem Statement\n\nC.\n"


@pytest.mark.parametrize(("template", "sibling", "written"), [
    (None, "superseded by ADR-0002", 'status: "superseded by ADR-0003"'),  # as another record says it
    ('---\nstatus: "{proposed | rejected | accepted | deprecated | … | superseded by ADR-0123}"\n---\n# {t}\n',
     "accepted", 'status: "superseded by ADR-0003"'),  # MADR 4's template
    ("---\nstatus: {proposed | rejected | accepted | deprecated | … | superseded by [ADR-0005](0005-example.md)}\n"
     "---\n# {t}\n", "accepted", 'status: "superseded by [ADR-0003](0003-t3.md)"'),  # MADR 3's
])
def test_supersede_in_a_madr_front_matter_log_writes_madr_s_status(project: Project, template: str | None,
                                                                   sibling: str, written: str) -> None:
    """Audit 52 (lane b, class 2): MADR 3 and 4 name a successor in the superseded record's status (`status:
    "superseded by ADR-0002"`), with no key of its own; `adr supersede` wrote `status: "superseded"` and
    `superseded-by: [3]` in the old record and `supersedes: [1]` in the new. Where the log's records or its template
    write MADR's form, the status says it, quotes kept, and the successor is left as it is."""
    project.write("docs/decisions/0001-t1.md", MADR4.format(status="proposed", n=1))
    project.write("docs/decisions/0002-t2.md", MADR4.format(status=sibling, n=2))
    project.write("docs/decisions/0003-t3.md", MADR4.format(status="accepted", n=3))
    if template is not None:
        project.write("docs/decisions/adr-template.md", template)
    result = project.run("supersede", "1", "--by", "3")
    assert (result.exit_code, result.stdout) == (0, "docs/decisions/0001-t1.md: proposed -> superseded by ADR 0003\n")
    assert project.read("docs/decisions/0001-t1.md").split("\n")[:4] == ["---", written, "date: 2021-01-01", "---"]
    assert project.read("docs/decisions/0003-t3.md") == MADR4.format(status="accepted", n=3)
    listed = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert (listed[1]["status"], listed[1]["superseded_by"]) == ("superseded", [3])


@pytest.mark.parametrize(("names", "written"), [
    ("decision-makers: Ann Lee, Bo Chen", 'status: "superseded by ADR-0003"'),  # MADR 4's names
    ("deciders: Ann Lee, Bo Chen", 'status: "superseded by [ADR-0003](0003-t3.md)"'),  # MADR 3's: its template links
])
def test_supersede_in_a_madr_log_that_shows_no_form_writes_madr_s(project: Project, names: str, written: str) -> None:
    """Audit 54 (lane b, class 3; lane a, class 1): a MADR 3 or 4 log with no template and no superseded record yet
    (namphuongtran/nami's 97 records) got adrtool's `status: "superseded"` and `superseded-by: [3]`, and the new
    record `supersedes: [1]`: keys MADR has not. Its records' sections say it is MADR's: its template's form."""
    madr = MADR4.replace("date:", f"{names}\ndate:")
    for n, status in ((1, "proposed"), (2, "accepted"), (3, "accepted")):
        project.write(f"docs/decisions/000{n}-t{n}.md", madr.format(status=status, n=n))
    result = project.run("supersede", "1", "--by", "3")
    assert (result.exit_code, result.stdout) == (0, "docs/decisions/0001-t1.md: proposed -> superseded by ADR 0003\n")
    assert project.read("docs/decisions/0001-t1.md") == madr.format(status="proposed", n=1).replace(
        'status: "proposed"', written)
    assert project.read("docs/decisions/0003-t3.md") == madr.format(status="accepted", n=3)
    listed = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert (listed[1]["status"], listed[1]["superseded_by"]) == ("superseded", [3])


def test_new_supersedes_in_a_madr_front_matter_log_writes_as_supersede_does(project: Project) -> None:
    """Audit 58 (lane b, class 9): in Haidra-Org/AI-Horde's MADR 4 log `adr supersede` names the successor in the
    old record's status alone, yet `adr new --supersedes` also wrote `supersedes: [1]`, a key MADR has not, into the
    new record. Both commands now write the same: the old record's status, nothing in the new one."""
    for n in (1, 2):
        project.write(f"docs/decisions/000{n}-t{n}.md", MADR4.format(status="accepted", n=n))

    result = project.run("new", "--supersedes", "1", "Cut over")

    assert (result.exit_code, result.stdout) == (0, "docs/decisions/0003-cut-over.md\n")
    assert project.read("docs/decisions/0001-t1.md") == MADR4.format(status="superseded by ADR-0003", n=1)
    assert "supersedes" not in project.read("docs/decisions/0003-cut-over.md")
    listed = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert (listed[1]["status"], listed[1]["superseded_by"]) == ("superseded", [3])


def test_supersede_s_help_says_what_it_writes(project: Project) -> None:
    """`adr supersede --help` promised "links both ways", which a MADR front-matter log does not get."""
    shown = " ".join(project.run("supersede", "--help").stdout.split())
    assert "links both ways" not in shown
    assert "NEW links back to OLD where its format has a place for the link (MADR's front matter has none" in shown


def test_supersede_in_a_madr_log_of_day_named_records_links_the_successor(project: Project) -> None:
    """Attack 55 (5): a successor named by its day has no `ADR-0003` to be named by in MADR's status; it is linked
    (`superseded by [2024-02-01-beta](2024-02-01-beta.md)`), where the write was refused."""
    madr = MADR4.replace("date:", "decision-makers: Ann Lee\ndate:")
    project.write("docs/decisions/2024-01-01-alpha.md", madr.format(status="accepted", n=1))
    project.write("docs/decisions/2024-02-01-beta.md", madr.format(status="accepted", n=2))
    result = project.run("supersede", "2024-01-01-alpha", "--by", "2024-02-01-beta")
    assert result.exit_code == 0, result.stderr
    assert project.read("docs/decisions/2024-01-01-alpha.md") == madr.format(status="accepted", n=1).replace(
        'status: "accepted"', 'status: "superseded by [2024-02-01-beta](2024-02-01-beta.md)"')


ADRTOOLS_OWN = "---\nstatus: \"{status}\"\ndate: 2021-01-0{n}\n---\n\n# T{n}\n\n## Context\n\nC.\n\n## Decision\n\nD.\n"


def test_supersede_in_a_front_matter_log_that_shows_no_madr_form_writes_the_keys(project: Project) -> None:
    """A front-matter log whose records and template show no supersession in a status, in adrtool's own sections,
    keeps `superseded-by` and `supersedes` keys, as before."""
    project.write("docs/decisions/0001-t1.md", ADRTOOLS_OWN.format(status="proposed", n=1))
    project.write("docs/decisions/0002-t2.md", ADRTOOLS_OWN.format(status="accepted", n=2))
    assert project.run("supersede", "1", "--by", "2").exit_code == 0
    assert project.read("docs/decisions/0001-t1.md").split("\n")[1:4] == [
        'status: "superseded"', "date: 2021-01-01", "superseded-by: [2]"]
    assert "supersedes: [1]\n" in project.read("docs/decisions/0002-t2.md")


def test_supersede_keeps_adr_tools_old_spelling_where_the_log_has_it(project: Project) -> None:
    """Audit 52 (lane a, class 3): older adr-tools wrote `Superceded by` and `Supercedes`, and logs keep them
    (OHS-Hosting-Infrastructure/complaint-tracker, nergal-perm/java-decita); `adr supersede` wrote the other
    spelling beside them. It writes the log's."""
    nygard = "# {n}. T{n}\n\nDate: 2021-01-0{n}\n\n## Status\n\n{status}\n\n## Context\n\nc\n"
    project.write("doc/adr/0001-t1.md", nygard.format(n=1, status="Superceded by [2. T2](0002-t2.md)"))
    project.write("doc/adr/0002-t2.md", nygard.format(n=2, status="Accepted\n\nSupercedes [1. T1](0001-t1.md)"))
    for n in (3, 4):
        project.write(f"doc/adr/000{n}-t{n}.md", nygard.format(n=n, status="Accepted"))
    assert project.run("supersede", "3", "--by", "4").exit_code == 0
    assert project.read("doc/adr/0003-t3.md") == nygard.format(n=3, status="Superceded by [4. T4](0004-t4.md)")
    assert project.read("doc/adr/0004-t4.md") == nygard.format(n=4, status="Accepted\n\nSupercedes [3. T3](0003-t3.md)")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["supersedes"], row["superseded_by"]) for row in listed][2:] == [
        ("superseded", [], [4]), ("accepted", [3], [])]


def test_links_name_records_as_a_log_of_adr_nnn_titles_does(project: Project) -> None:
    """Audit 52 (lane a, class 1): Elijah-J/EnterpriseFizzBuzz titles its records `# ADR-003: Title` in files
    `ADR-003.md`; supersede and link wrote adr-tools' `[3. Title]`. A link line names the record in the frame of
    the record's own title line; adr-tools' `N. Title` where that is its frame."""
    page = "# ADR-00{n}: T{n}\n\n## Status\n\nAccepted\n\n## Context\n\nc\n"
    for n in (1, 2, 3):
        project.write(f"docs/adr/ADR-00{n}.md", page.format(n=n))
    assert project.run("supersede", "1", "--by", "2").exit_code == 0
    assert project.run("link", "3", "relates-to", "2").exit_code == 0
    assert "\nSuperseded by [ADR-002: T2](ADR-002.md)\n" in project.read("docs/adr/ADR-001.md")
    assert "\nSupersedes [ADR-001: T1](ADR-001.md)\n" in project.read("docs/adr/ADR-002.md")
    assert "\nRelates to [ADR-002: T2](ADR-002.md)\n" in project.read("docs/adr/ADR-003.md")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["supersedes"], row["superseded_by"], row["relates_to"]) for row in listed] == [
        ([], [2], []), ([1], [], [3]), ([], [], [2])]


def test_link_takes_the_pairs_of_relations_the_log_already_writes(project: Project) -> None:
    """Audit 52 (lane a, class 4): nergal-perm/java-decita links its records with adr-tools' own phrases both ways
    (`Refines` / `Is refined by`, `Upholds` / `Is upheld by`); `adr link 4 refines 3` was refused as an unknown
    relation. A pair the log writes both ways is taken; a relation it does not write is refused, naming them.
    A link names a record 9 as `9.` from a record 10, as adr-tools does."""
    nygard = "# {n}. T{n}\n\nDate: 2021-01-01\n\n## Status\n\nAccepted\n{links}\n## Context\n\nc\n"
    project.write("doc/adr/0001-t1.md", nygard.format(n=1, links="\nRefines [2. T2](0002-t2.md)\n"))
    project.write("doc/adr/0002-t2.md", nygard.format(n=2, links="\nIs refined by [1. T1](0001-t1.md)\n"))
    project.write("doc/adr/0009-t9.md", nygard.format(n=9, links=""))
    project.write("doc/adr/0010-t10.md", nygard.format(n=10, links=""))
    result = project.run("link", "10", "refines", "9")
    assert (result.exit_code, result.stdout) == (0, "doc/adr/0010-t10.md: refines ADR 0009\n"
                                                    "doc/adr/0009-t9.md: is-refined-by ADR 0010\n")
    assert "\nRefines [9. T9](0009-t9.md)\n" in project.read("doc/adr/0010-t10.md")
    assert "\nIs refined by [10. T10](0010-t10.md)\n" in project.read("doc/adr/0009-t9.md")
    refused = project.run("link", "10", "frobs", "9")
    assert (refused.exit_code, refused.stderr) == (2, "adr: unknown relation 'frobs'; expected one of: amended-by, "
                                                      "amends, is-refined-by, refines, relates-to (config "
                                                      "`relations` adds more)\n")
    listed = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(link["kind"], link["number"]) for link in listed[10]["links"]] == [("refines", 9)]


ADRS_NG = "---\nnumber: {n}\ntitle: T{n}\ndate: 2026-02-25\nstatus: {status}\n---\n\n# {n}. T{n}\n\nDate: 2026-02-25\n\n" \
          "## Status\n\n{body}\n\n## Context\n\nx\n"


def test_a_status_stated_in_front_matter_and_again_in_the_body_changes_in_both(project: Project) -> None:
    """Audit 52 (lane a, class 2): adrs (Rust) in `ng` mode writes a record's status in its front matter and
    again under `## Status` (aRustyDev/dotfiles, 8 of 9 records); accept and supersede changed the front matter
    and left the body saying `Proposed`. The body's word changes with it, in its case; a Status section whose
    sentence goes on after the word (`Proposed, pending review.`) is refused, the words named, as the change would
    leave the body contradicting the front matter or say them of the new status."""
    project.write("adrs.toml", 'adr_dir = "docs/adr"\nmode = "ng"\n')
    project.write("docs/adr/0001-t1.md", ADRS_NG.format(n=1, status="proposed", body="Proposed"))
    project.write("docs/adr/0002-t2.md", ADRS_NG.format(n=2, status="accepted", body="Accepted"))
    project.write("docs/adr/0003-t3.md", ADRS_NG.format(n=3, status="proposed", body="Proposed, pending review."))
    assert project.run("accept", "1").exit_code == 0
    assert project.run("supersede", "2", "--by", "1").exit_code == 0
    result = project.run("accept", "3")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {project.root / 'docs/adr/0003-t3.md'}: cannot edit it exactly: its status's sentence goes on "
           "after the status ('pending review.'), which would then be said of the new status; end the sentence "
           "after the status, or edit it by hand; nothing was changed\n")
    assert "\n## Status\n\nAccepted\n" in project.read("docs/adr/0001-t1.md")
    assert "\n## Status\n\nSuperseded\n" in project.read("docs/adr/0002-t2.md")
    assert "status: proposed\n" in project.read("docs/adr/0003-t3.md")
    assert "\n## Status\n\nProposed, pending review.\n" in project.read("docs/adr/0003-t3.md")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["superseded_by"]) for row in listed] == [
        ("accepted", []), ("superseded", [1]), ("proposed", [])]


def test_a_status_change_keeps_the_relations_its_status_line_names(project: Project) -> None:
    """Round 52's attack (H1): `**Status:** Proposed, **amended by** [ADR 3](..)` is read as a relation since this
    round, and accept, deprecate and supersede replaced the whole value, dropping it. The status word alone is
    replaced; the relation stays, and reads as before (in French too, after a supersede, the successor named as
    the log's links name records: `ADR 4`)."""
    project.write("docs/adr/0001-one.md", "# ADR 1: One\n\n**Status:** Proposed, **amended by** [ADR 3](0003-three.md)\n"
                  "**Date:** 2021-01-01\n\n## Context\n\nC.\n")
    project.write("docs/adr/0002-two.md", "# ADR 2: Two\n\n**Statut** : Accepté, amendé par l'[ADR 3](0003-three.md)\n"
                  "**Date** : 2021-01-01\n\n## Contexte\n\nC.\n")
    project.write("docs/adr/0003-three.md", "# ADR 3: Three\n\n**Status:** Accepted\n**Date:** 2021-01-01\n"
                  "**Amends:** [ADR 1](0001-one.md), [ADR 2](0002-two.md)\n\n## Context\n\nC.\n")
    project.write("docs/adr/0004-four.md", "# ADR 4: Four\n\n**Status:** Proposed\n**Date:** 2021-01-01\n\n## Context\n\nC.\n")
    assert project.run("accept", "1").exit_code == 0
    assert project.run("supersede", "2", "--by", "4").exit_code == 0
    assert project.read("docs/adr/0001-one.md").split("\n")[2] == \
        "**Status:** Accepted, **amended by** [ADR 3](0003-three.md)"
    assert project.read("docs/adr/0002-two.md").split("\n")[2] == \
        "**Statut** : Remplacé par [ADR 4](0004-four.md), amendé par l'[ADR 3](0003-three.md)"
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], [(link["kind"], link["number"]) for link in row["links"]]) for row in listed][:2] == [
        ("accepted", [("amended-by", 3)]), ("superseded", [("superseded-by", 4), ("amended-by", 3)])]


def test_a_log_s_relation_pair_is_taken_the_same_way_on_every_run(project: Project) -> None:
    """Round 52's attack (M2, L3): the reverse of a log's pair was picked in a set's order (another with each hash
    seed), and `replaces` / `replaced-by` were offered, then refused. The reverse written back most often is taken,
    then the first by name; a supersession's labels are none of a pair."""
    from adrtool.records.dialects import read_record
    from adrtool.records.relations import pairs_in_use

    nygard = "# {n}. T{n}\n\nDate: 2021-01-01\n\n## Status\n\nAccepted\n\n{links}\n\n## Context\n\nc\n"
    project.write("doc/adr/0001-t1.md", nygard.format(n=1, links="Refines [2. T2](0002-t2.md)\n\n"
                                                                  "Replaces [3. T3](0003-t3.md)"))
    project.write("doc/adr/0002-t2.md", nygard.format(n=2, links="Is refined by [1. T1](0001-t1.md)\n\n"
                                                                  "Clarifies [1. T1](0001-t1.md)"))
    project.write("doc/adr/0003-t3.md", nygard.format(n=3, links="Replaced by [1. T1](0001-t1.md)"))
    project.write("doc/adr/0004-t4.md", nygard.format(n=4, links="Refines [2. T2](0002-t2.md)"))
    project.write("doc/adr/0005-t5.md", nygard.format(n=5, links=""))
    records = [read_record(path) for path in sorted((project.root / "doc/adr").iterdir())]
    assert pairs_in_use(records) == {"refines": "clarifies", "is-refined-by": "refines", "clarifies": "refines"}
    refused = project.run("link", "5", "replaces", "4")
    assert refused.exit_code == 2 and "unknown relation 'replaces'" in refused.stderr


def test_a_body_status_straight_under_its_heading_and_a_full_stop_after_a_status_section_s_word(
        project: Project) -> None:
    """Round 52's attack (M3, L1): a front-matter record's body status written straight under `## Status` (no
    blank line) was left saying `Proposed`; a Status section's `Accepted.` superseded lost its full stop."""
    project.write("docs/adr/0001-a.md", "---\nstatus: proposed\ndate: 2021-01-01\n---\n# Use Q\n## Status\nProposed\n"
                  "## Context\n")
    project.write("doc/adr/0001-x.md", "# 1. X\n\nDate: 2021-01-01\n\n## Status\n\nAccepted.\n\n## Context\n\nc\n")
    project.write("doc/adr/0002-y.md", "# 2. Y\n\nDate: 2021-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nc\n")
    assert project.run("accept", "--dir", "docs/adr", "1").exit_code == 0
    assert "\n## Status\nAccepted\n## Context\n" in project.read("docs/adr/0001-a.md")
    assert project.run("supersede", "--dir", "doc/adr", "1", "--by", "2").exit_code == 0
    assert "\n## Status\n\nSuperseded by [2. Y](0002-y.md).\n" in project.read("doc/adr/0001-x.md")


def test_supersede_names_only_the_records_it_changes(project: Project) -> None:
    """Attack round 53, L9: where NEW names OLD already (`Supersedes [1. ..](..)`), `adr supersede` said it wrote NEW
    too; it names the one file it changed."""
    project.write("doc/adr/0001-use-postgresql.md", NYGARD_OLD)
    project.write("doc/adr/0002-use-mysql.md", "# 2. Use MySQL\n\nDate: 2021-04-20\n\n## Status\n\nAccepted\n\n"
                                               "Supersedes [1. Use PostgreSQL](0001-use-postgresql.md)\n")
    result = project.run("supersede", "1", "--by", "2")
    assert (result.exit_code, result.stdout) == (
        0, "doc/adr/0001-use-postgresql.md: accepted -> superseded by ADR 0002\n"), result.stderr


PHODAL_ACCEPTED = """\
# 1. Use Redis

Date: 2024-01-02

## Status

2024-01-02 proposed

2024-01-09 accepted

## Context

x
"""
PHODAL_PROPOSED = "# 2. Use Kafka\n\nDate: 2024-02-02\n\n## Status\n\n2024-02-02 proposed\n\n## Context\n\nx\n"


def phodal_log(project: Project) -> None:
    project.write(".adr.json", '{"language": "en", "path": "docs/adr/", "digits": 3}\n')
    project.write("docs/adr/001-use-redis.md", PHODAL_ACCEPTED)
    project.write("docs/adr/002-use-kafka.md", PHODAL_PROPOSED)


@pytest.mark.parametrize("today", ["2025-11-03", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_a_status_change_in_a_phodal_log_adds_a_dated_entry_to_its_history(project: Project, today: str) -> None:
    """Audit 55 (lane a, class 2): phodal/adr's Status section is a history of dated lines, and its `adr status`
    appends `{DATE} {status}`. accept wrote `accepted` over `2024-02-02 proposed`, and deprecate refused a record of
    two entries; each now adds the day's entry in the log's words, the history kept."""
    project.today = today
    phodal_log(project)
    accepted, deprecated = project.run("accept", "2"), project.run("deprecate", "1")
    assert (accepted.exit_code, deprecated.exit_code) == (0, 0), accepted.stderr + deprecated.stderr
    assert project.read("docs/adr/002-use-kafka.md") == PHODAL_PROPOSED.replace(
        "2024-02-02 proposed\n", f"2024-02-02 proposed\n\n{today} accepted\n")
    assert project.read("docs/adr/001-use-redis.md") == PHODAL_ACCEPTED.replace(
        "2024-01-09 accepted\n", f"2024-01-09 accepted\n\n{today} deprecated\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["date"]) for row in listed] == [("deprecated", "2024-01-02"),
                                                                 ("accepted", "2024-02-02")]


@pytest.mark.parametrize("today", ["2025-11-03", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_supersede_and_new_in_a_phodal_log_keep_its_dated_history(project: Project, today: str) -> None:
    """`adr new` starts the record's history as phodal/adr's does (`{DATE} proposed`, not `Proposed`); supersede
    adds the day's `superseded` entry and then the link line, the acceptance day kept (it was written over)."""
    project.today = today
    phodal_log(project)
    made = project.run("new", "Use NATS")
    assert (made.exit_code, made.stdout) == (0, "docs/adr/003-use-nats.md\n"), made.stderr
    assert project.read("docs/adr/003-use-nats.md").split("\n")[:7] == [
        "# 3. Use NATS", "", f"Date: {today}", "", "## Status", "", f"{today} proposed"]
    result = project.run("supersede", "1", "--by", "3")
    assert result.exit_code == 0, result.stderr
    assert project.read("docs/adr/001-use-redis.md") == PHODAL_ACCEPTED.replace(
        "2024-01-09 accepted\n", f"2024-01-09 accepted\n\n{today} superseded\n\n"
                                 "Superseded by [3. Use NATS](003-use-nats.md)\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["superseded_by"], row["supersedes"]) for row in listed] == [
        ("superseded", [3], []), ("proposed", [], []), ("proposed", [], [1])]


@pytest.mark.parametrize("today", ["2025-11-03", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_a_dated_history_of_bullets_gets_a_bullet_written_as_its_latest(project: Project, today: str) -> None:
    """A history kept as a list (`- 2024-05-24: Accepted`) gets the next bullet, keyed and cased as the latest
    entry (the list stays one list); a history whose days follow the words (`Proposed 2018-12-09`) likewise."""
    project.today = today
    project.write("decisions/0001-a.md", "# 1. A\n\n## Status\n\n- 2024-05-20: Proposed\n- 2024-05-24: Accepted\n\n"
                  "## Context\n\nC.\n")
    project.write("decisions/0002-b.md", "# 2. B\n\nDate: 2018-12-01\n\n## Status\n\nProposed 2018-12-09\n\n"
                  "## Context\n\nC.\n")
    assert project.run("deprecate", "1").exit_code == 0
    assert project.run("accept", "2").exit_code == 0
    assert project.read("decisions/0001-a.md") == ("# 1. A\n\n## Status\n\n- 2024-05-20: Proposed\n"
                                                   f"- 2024-05-24: Accepted\n- {today}: Deprecated\n\n"
                                                   "## Context\n\nC.\n")
    assert project.read("decisions/0002-b.md") == ("# 2. B\n\nDate: 2018-12-01\n\n## Status\n\nProposed 2018-12-09\n\n"
                                                   f"Accepted {today}\n\n## Context\n\nC.\n")


DRAFT = "# 1. Use Redis\n\nDate: 2024-01-02\n\n## Status\n\nDraft\n\n## Context\n\nx\n"


@pytest.mark.parametrize("command", [("supersede", "1", "--by", "2"), ("new", "--supersedes", "1", "Use NATS")])
def test_supersede_and_new_supersedes_agree_on_a_draft(project: Project, command: tuple[str, ...]) -> None:
    """Audit 55 (lane a, class 4): `adr supersede` refused a draft that `adr new --supersedes` superseded. Both ask
    the lifecycle table, whose supersede row starts from a draft too (dotADR's own log supersedes drafts: `*
    Status: Draft - Superseded by [003](..)`)."""
    project.write("doc/adr/0001-use-redis.md", DRAFT)
    project.write("doc/adr/0002-use-kafka.md", DRAFT.replace("1. Use Redis", "2. Use Kafka").replace("Draft",
                                                                                                   "Accepted"))
    result = project.run(*command)
    assert result.exit_code == 0, result.stderr
    successor = "[2. Use Kafka](0002-use-kafka.md)" if command[0] == "supersede" else "[3. Use NATS](0003-use-nats.md)"
    assert project.read("doc/adr/0001-use-redis.md") == DRAFT.replace("Draft", f"Superseded by {successor}")


@pytest.mark.parametrize("command", [("supersede", "1", "--by", "2"), ("new", "--supersedes", "1", "Use NATS")])
def test_supersede_and_new_supersedes_refuse_a_rejected_record_alike(project: Project,
                                                                     command: tuple[str, ...]) -> None:
    """`adr new --supersedes` superseded any record not superseded yet (a rejected one too), where `adr supersede`
    refused: one refusal now, the table's, and nothing written; another tool's word for a decision in force
    (`Approved`) is superseded by both."""
    project.write("doc/adr/0001-use-redis.md", DRAFT.replace("Draft", "Rejected"))
    project.write("doc/adr/0002-use-kafka.md", DRAFT.replace("1. Use Redis", "2. Use Kafka").replace("Draft",
                                                                                                   "Accepted"))
    result = project.run(*command)
    assert (result.exit_code, result.stderr) == (2, "adr: cannot supersede ADR 0001: it is rejected (only a draft, "
                                                    "proposed or accepted decision can be; see `adr lifecycle`)\n")
    assert sorted(path.name for path in (project.root / "doc/adr").iterdir()) == ["0001-use-redis.md",
                                                                                  "0002-use-kafka.md"]
    project.write("doc/adr/0001-use-redis.md", DRAFT.replace("Draft", "Approved"))
    assert project.run(*command).exit_code == 0
    assert project.run("list", "--format", "json").stdout.count('"superseded"') == 1


TASK_LIST = """\
# 1. Use thing 1

## Status

- [ ] Proposed
- [x] Accepted
- [ ] Rejected
- [ ] Deprecated
- [ ] Superseded

## Context

x
"""


def test_a_status_written_as_a_task_list_moves_its_tick(project: Project) -> None:
    """Audit 55 (lane a, class 5): every status write was refused in a log whose status is a task list. The `x`
    now moves to the new status's box, and supersede ticks `Superseded` and adds the link line after the list."""
    project.write("docs/adr/0001-use-thing-1.md", TASK_LIST)
    project.write("docs/adr/0002-use-thing-2.md", TASK_LIST.replace("1. Use thing 1", "2. Use thing 2"))
    assert project.run("deprecate", "1").stdout == "docs/adr/0001-use-thing-1.md: accepted -> deprecated\n"
    assert project.read("docs/adr/0001-use-thing-1.md") == TASK_LIST.replace(
        "- [x] Accepted", "- [ ] Accepted").replace("- [ ] Deprecated", "- [x] Deprecated")
    result = project.run("status", "1", "proposed")
    assert result.exit_code == 0, result.stderr
    assert project.read("docs/adr/0001-use-thing-1.md") == TASK_LIST.replace(
        "- [x] Accepted", "- [ ] Accepted").replace("- [ ] Proposed", "- [x] Proposed")
    assert project.run("accept", "1").exit_code == 0
    result = project.run("supersede", "2", "--by", "1")
    assert result.exit_code == 0, result.stderr
    assert project.read("docs/adr/0002-use-thing-2.md") == TASK_LIST.replace("1. Use thing 1", "2. Use thing 2").replace(
        "- [x] Accepted", "- [ ] Accepted").replace(
        "- [ ] Superseded\n", "- [x] Superseded\n\nSuperseded by [1. Use thing 1](0001-use-thing-1.md)\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["supersedes"], row["superseded_by"]) for row in listed] == [
        ("accepted", [2], []), ("superseded", [], [1])]


def test_a_task_list_without_the_new_status_s_box_is_refused_saying_so(project: Project) -> None:
    """A list offering no box for the status (route06's Japanese list has none for superseded) is refused in one
    line naming the box to add, and nothing is written."""
    listed = "# 1. A\n\n## ステータス\n\n- [ ] 提案中\n- [x] 承認\n- [ ] 否認\n- [ ] 廃止\n\n## 背景\n\nx\n"
    project.write("docs/adr/001-a.md", listed)
    project.write("docs/adr/002-b.md", listed.replace("1. A", "2. B"))
    result = project.run("supersede", "1", "--by", "2")
    assert (result.exit_code, result.stderr) == (2, "adr: 001-a.md: its status is a task list with no box for "
                                                    "superseded; add one (`- [ ] Superseded`) or edit it by hand\n")
    assert project.read("docs/adr/001-a.md") == listed
    assert project.run("deprecate", "1").exit_code == 0
    assert project.read("docs/adr/001-a.md") == listed.replace("- [x] 承認", "- [ ] 承認").replace("- [ ] 廃止",
                                                                                                "- [x] 廃止")


def test_a_task_list_after_a_box_in_code_keeps_its_form(project: Project) -> None:
    """Attack 55b L4: a code fence holding `- [ ] Deprecated` above the Status section's task list was taken for the
    list, and deprecate wrote a plain `Deprecated` line over `- [x] Accepted`. The list is the one the status is
    read from: its tick moves, the code is left as it is."""
    fenced = TASK_LIST.replace("## Status\n\n", "## Status\n\n```\n- [ ] Deprecated\n```\n\n")
    project.write("docs/adr/0001-use-thing-1.md", fenced)
    assert project.run("deprecate", "1").exit_code == 0
    assert project.read("docs/adr/0001-use-thing-1.md") == fenced.replace(
        "- [x] Accepted", "- [ ] Accepted").replace("- [ ] Deprecated\n- [ ] Superseded", "- [x] Deprecated\n"
                                                                                         "- [ ] Superseded")


def test_a_task_list_of_steps_keeps_the_ticks_above_the_new_status_and_clears_those_below(project: Project) -> None:
    """Attack 55b L3: the rule for several ticked boxes, read as the steps taken in turn (the status is the last
    ticked, as the reader reads it): deprecate ticks `Deprecated` after `Proposed` and `Accepted`, which stay
    ticked; going back to proposed clears the boxes below it. One tick is a choice, and moves."""
    steps = TASK_LIST.replace("- [ ] Proposed", "- [x] Proposed")
    project.write("docs/adr/0001-use-thing-1.md", steps)
    assert project.run("deprecate", "1").exit_code == 0
    assert project.read("docs/adr/0001-use-thing-1.md") == steps.replace("- [ ] Deprecated", "- [x] Deprecated")
    assert [row["status"] for row in json.loads(project.run("list", "--format", "json").stdout)] == ["deprecated"]
    assert project.run("status", "1", "proposed").exit_code == 0
    assert project.read("docs/adr/0001-use-thing-1.md") == TASK_LIST.replace("- [ ] Proposed", "- [x] Proposed") \
        .replace("- [x] Accepted", "- [ ] Accepted")
    assert project.run("accept", "1").exit_code == 0
    assert project.read("docs/adr/0001-use-thing-1.md") == TASK_LIST


# Attack 56b F4: a record of stomx/hanaloop's log keeping its template's list of the statuses, the one chosen marked.
OFFERED = "# ADR-006: 데이터 모델\n\n## 상태 (Status)\n\n{status}\n\n## 맥락 (Context)\n\nc\n"
KOREAN = ("- 제안됨 (Proposed)  \n- 승인됨 (Accepted)  \n- 거절됨 (Rejected)  \n- 사용 중단됨 (Deprecated)  \n"
          "- 대체됨 (Superseded)  ")


@pytest.mark.parametrize(("status", "read"), [
    (KOREAN.replace("- 승인됨 (Accepted)", "- **승인됨 (Accepted)**"), "accepted"),  # in bold
    (KOREAN.replace("- 승인됨 (Accepted)", "- [x] 승인됨 (Accepted)"), "accepted"),  # ticked, the others with no box
    ("- ~~Proposed~~\n- **Accepted**\n- ~~Rejected~~", "accepted"),  # the others struck through
    ("현재 상태는 무엇인가요?\n\n" + KOREAN.replace("- 거절됨 (Rejected)", "- **거절됨 (Rejected)**"), "rejected"),
    (KOREAN, "proposed"),  # none marked: the first, as before
])
def test_a_list_of_the_statuses_offered_is_read_as_the_one_marked(project: Project, status: str, read: str) -> None:
    """`- **승인됨 (Accepted)**` among the template's other choices (or ticked, or the others struck) was read as the
    first choice, proposed; the template's question over the list was read as the status. The marked one is."""
    project.write("docs/adr/006-data-model.md", OFFERED.format(status=status))
    assert [row["status"] for row in json.loads(project.run("list", "--format", "json").stdout)] == [read]


def test_a_status_change_in_a_list_of_the_statuses_offered_moves_its_mark(project: Project) -> None:
    """`adr deprecate 6` replaced the first item with a bare line (`사용 중단됨 (Deprecated)` over `- **승인됨
    (Accepted)**`), and `~~Proposed~~` then a new bare line made it part of the struck item. The mark moves from
    the item chosen to the item of the new status, the list as it was; supersede then links the successor after
    the list in words the reader reads there; where the list has no item for the status, one is added, marked."""
    bold = KOREAN.replace("- 승인됨 (Accepted)", "- **승인됨 (Accepted)**")
    project.write("docs/adr/006-data-model.md", OFFERED.format(status=bold))
    project.write("docs/adr/007-next.md", OFFERED.format(status=bold).replace("006: 데이터 모델", "007: 다음"))
    project.write("docs/adr/008-struck.md", OFFERED.format(status="- ~~Proposed~~\n- Accepted").replace(
        "006: 데이터 모델", "008: 셋"))

    assert project.run("deprecate", "6").stdout == "docs/adr/006-data-model.md: accepted -> deprecated\n"
    assert project.read("docs/adr/006-data-model.md") == OFFERED.format(status=KOREAN.replace(
        "- 사용 중단됨 (Deprecated)", "- **사용 중단됨 (Deprecated)**"))
    assert project.run("supersede", "7", "--by", "8").exit_code == 0
    assert project.read("docs/adr/007-next.md") == OFFERED.format(status=KOREAN.replace(
        "- 대체됨 (Superseded)", "- **대체됨 (Superseded)**") + "\n\nSuperseded by [ADR-008: 셋](008-struck.md)").replace(
        "006: 데이터 모델", "007: 다음")
    assert project.run("deprecate", "8").exit_code == 0
    assert project.read("docs/adr/008-struck.md").startswith(  # (in the log's word for it)
        "# ADR-008: 셋\n\n## 상태 (Status)\n\n- ~~Proposed~~\n- ~~Accepted~~\n- 사용 중단됨 (Deprecated)\n\nSupersedes")
    assert {row["number"]: (row["status"], row["superseded_by"]) for row in json.loads(
        project.run("list", "--format", "json").stdout)} == {6: ("deprecated", []), 7: ("superseded", [8]),
                                                             8: ("deprecated", [])}


def test_new_from_a_template_with_a_box_ticked_ticks_the_proposed_box(project: Project) -> None:
    """route06/actions' phodal/adr template ticks `承認` (accepted), and `adr new` was refused ("would read as
    accepted, not proposed"); the new record now has the proposed box ticked, its placeholders in braces
    (phodal/adr's `{NUMBER}`, `{TITLE}`) filled."""
    template = ("# {NUMBER}. {TITLE}\n\n## ステータス\n\n- [ ] 提案中\n- [x] 承認\n- [ ] 否認\n- [ ] 廃止\n- [ ] 保留\n\n"
                "## 背景\n\nこの決定に至った経緯。\n")
    project.write(".adr.json", '{"language": "en", "path": "docs/adr/", "digits": 3}\n')
    project.write("docs/adr/template.md", template)
    project.write("docs/adr/001-adrの導入.md", template.replace("{NUMBER}. {TITLE}", "1. ADRの導入"))
    result = project.run("new", "pinactの導入")
    assert (result.exit_code, result.stdout) == (0, "docs/adr/002-pinactの導入.md\n"), result.stderr
    assert project.read("docs/adr/002-pinactの導入.md") == template.replace("{NUMBER}. {TITLE}", "2. pinactの導入").replace(
        "- [ ] 提案中\n- [x] 承認", "- [x] 提案中\n- [ ] 承認")


DOCS_PAGE = """\
---
title: 'ADR-001 architecture baseline'
status: current
date: 2026-06-16
document_type: adr
---

# ADR-001: Architecture baseline

## Status

Proposed

## Context

C.
"""


def test_a_docs_system_s_page_status_stays_when_the_body_holds_the_decision_s(project: Project) -> None:
    """Audit 55 (lane b, class 4): fabric-os' docs system gives every page `status: current`, and the decision's
    status is the body's `## Status`. accept wrote `status: accepted` over the page's state; it now changes the
    body alone, and deprecate after it too."""
    project.write("docs/architecture/decisions/ADR-001-architecture-baseline.md", DOCS_PAGE)
    assert project.run("accept", "1").exit_code == 0
    assert project.read("docs/architecture/decisions/ADR-001-architecture-baseline.md") == DOCS_PAGE.replace(
        "Proposed", "Accepted")
    assert project.run("deprecate", "1").exit_code == 0
    assert project.read("docs/architecture/decisions/ADR-001-architecture-baseline.md") == DOCS_PAGE.replace(
        "Proposed", "Deprecated")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [row["status"] for row in listed] == ["deprecated"]


@pytest.mark.parametrize("state", ["status:\n  current", "status: |\n  current", "status: 'current'  # the page's"])
def test_a_page_s_state_written_under_its_key_stays_when_the_status_changes(project: Project, state: str) -> None:
    """Attack 55b M7: a docs page's `status:` with its state on the line under it (`  current`) was taken for the
    decision's key, and deprecate wrote `status: Deprecated` over the page's state. Read as the one-line form is,
    the page keeps its state and the body's status changes."""
    page = DOCS_PAGE.replace("status: current", state)
    project.write("docs/architecture/decisions/ADR-001-architecture-baseline.md", page)
    result = project.run("deprecate", "1")
    assert (result.exit_code, result.stdout) == (
        0, "docs/architecture/decisions/ADR-001-architecture-baseline.md: proposed -> deprecated\n"), result.stderr
    assert project.read("docs/architecture/decisions/ADR-001-architecture-baseline.md") == page.replace(
        "Proposed", "Deprecated")


@pytest.mark.parametrize("today", ["2025-11-03", dt.date.today().isoformat()], ids=("fixed-day", "today"))
@pytest.mark.parametrize(("stated", "deprecated"), [
    ("- [ ] Proposed\n- [x] Accepted\n- [ ] Deprecated", "- [ ] Proposed\n- [ ] Accepted\n- [x] Deprecated"),
    ("2024-06-16 proposed\n\n2024-06-20 accepted", "2024-06-16 proposed\n\n2024-06-20 accepted\n\n{today} deprecated"),
    ("- 2024-06-16: Proposed\n- 2024-06-20: Accepted", "- 2024-06-16: Proposed\n- 2024-06-20: Accepted\n"
                                                     "- {today}: Deprecated"),
])
def test_a_docs_page_whose_body_states_its_status_as_a_task_list_or_history_gets_it_written(
        project: Project, today: str, stated: str, deprecated: str) -> None:
    """Attack 55b L9: a docs page (`status: current`) whose body's status is a task list or a dated history was
    refused ("edit the body's by hand"), though both are written in an adr-tools record. The body's list or
    history now takes the change as there, the page keeps its state; a page whose status paragraph is neither is
    refused saying what adr writes."""
    project.today = today
    page = DOCS_PAGE.replace("\nProposed\n", f"\n{stated}\n")
    project.write("docs/architecture/decisions/ADR-001-architecture-baseline.md", page)
    result = project.run("deprecate", "1")
    assert (result.exit_code, result.stdout) == (
        0, "docs/architecture/decisions/ADR-001-architecture-baseline.md: accepted -> deprecated\n"), result.stderr
    assert project.read("docs/architecture/decisions/ADR-001-architecture-baseline.md") == page.replace(
        stated, deprecated.format(today=today))
    assert [row["status"] for row in json.loads(project.run("list", "--format", "json").stdout)] == ["deprecated"]


def test_a_docs_page_whose_status_paragraph_adr_cannot_write_is_refused_saying_why(project: Project) -> None:
    """The refusal names what the page's body would need to be for adr to write it: where its status's sentence
    goes on, the words that would be said of the new status."""
    page = DOCS_PAGE.replace("\nProposed\n", "\nProposed, pending the review board\n")
    path = project.write("docs/architecture/decisions/ADR-001-architecture-baseline.md", page)
    result = project.run("accept", "1")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {path}: cannot edit it exactly: its status's sentence goes on after the status ('pending the review "
           "board'), which would then be said of the new status; end the sentence after the status, or edit "
           "it by hand; nothing was changed\n")
    assert project.read("docs/architecture/decisions/ADR-001-architecture-baseline.md") == page


UNDATED = "# Shared Application Insights\n\n## Status\n\nAccepted.\n\n## Context\n\nC.\n"
FRENCH_UNDATED = "# 1. Décision 1\n\n## Statut\n\nAccepté\n\n## Contexte\n\nC.\n"


@pytest.mark.parametrize("today", ["2025-11-03", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_revisit_in_a_log_without_date_lines_writes_the_line_under_the_title(project: Project, today: str) -> None:
    """Audit 55 (lane a, 10h; lane c, class 2): `adr revisit` was refused ("run `adr convert`") in adr-tools-shaped
    records with no `Date:` line (Marain's, French logs). The `Revisit:` line now goes under the title, where key
    lines are read, keyed in the log's language where link and supersede write it (`À revoir le`, as `Lié à`); a
    second revisit moves it, and `adr due` lists the record when the day comes."""
    project.today = today
    later = (dt.date.fromisoformat(today) + dt.timedelta(days=200)).isoformat()
    last = (dt.date.fromisoformat(today) + dt.timedelta(days=400)).isoformat()
    project.write("docs/adr/0003-shared-application-insights.md", UNDATED)
    project.write("adr/0001-decision-1.md", FRENCH_UNDATED)
    project.write("adr/0002-decision-2.md", FRENCH_UNDATED.replace("1. Décision 1", "2. Décision 2"))
    result = project.run("--dir", "docs/adr", "revisit", "3", "--outcome", "kept", "--next", later)
    assert result.exit_code == 0, result.stderr
    assert project.read("docs/adr/0003-shared-application-insights.md") == UNDATED.replace(
        "Insights\n", f"Insights\n\nRevisit: {later}\n")
    for point in (later, last):
        result = project.run("--dir", "adr", "revisit", "1", "--outcome", "kept", "--next", point)
        assert result.exit_code == 0, result.stderr
    assert project.read("adr/0001-decision-1.md") == FRENCH_UNDATED.replace("Décision 1\n",
                                                                           f"Décision 1\n\nÀ revoir le: {last}\n")
    due = project.run("--dir", "adr", "due", "--as-of", last, "--format", "json")
    assert (due.exit_code, [item["number"] for item in json.loads(due.stdout)]) == (1, [1])


def test_revisit_keys_its_line_as_the_record_s_french_key_lines(project: Project) -> None:
    """Tochi's French records state their fields as bold key lines (`**Date** :`, `**Statut** :`): the revisit
    point's line is keyed so, in French, after the date's (it was `**Revisit** :`)."""
    project.write("docs/adr/060-a.md", "# ADR-060 : Autorisation\n\n**Date** : 2025-01-08\n**Statut** : Accepté\n"
                  "**Décideurs** : Équipe Architecture\n\n## Contexte\n\nC.\n")
    assert project.run("revisit", "60", "--outcome", "kept", "--next", "2027-06-01").exit_code == 0
    assert project.read("docs/adr/060-a.md").split("\n")[2:7] == [
        "**Date** : 2025-01-08", "**À revoir le** : 2027-06-01", "**Statut** : Accepté",
        "**Décideurs** : Équipe Architecture", ""]
    assert json.loads(project.run("list", "--format", "json").stdout)[0]["revisit"] == "2027-06-01"


def test_a_refusal_on_a_misspelt_status_names_the_command_that_corrects_it(project: Project) -> None:
    """Audit 55 (lane a, 10g): wallchart's `Proprosed` made `adr accept 4` say only "it is proprosed", while validate
    suggests 'proposed'; the refusal now names `adr status 4 proposed`, which corrects it, and accept then works. A
    status that is no slip of one (`Rejected`) gets no such advice."""
    project.write("doc/adr/0004-csv-uploads.md", "# 4. CSV uploads\n\nDate: 2023-11-22\n\n## Status\n\nProprosed\n")
    result = project.run("accept", "4")
    assert (result.exit_code, result.stderr) == (
        2, "adr: cannot accept ADR 0004: it is proprosed (only a draft or proposed decision can be; see `adr "
           "lifecycle`); if it is proposed misspelt, run `adr status 4 proposed` first\n")
    assert [project.run(*args).exit_code for args in (("status", "4", "proposed"), ("accept", "4"))] == [0, 0]
    project.write("doc/adr/0005-x.md", "# 5. X\n\nDate: 2023-11-22\n\n## Status\n\nRejected\n")
    assert project.run("accept", "5").stderr == ("adr: cannot accept ADR 0005: it is rejected (only a draft or "
                                                 "proposed decision can be; see `adr lifecycle`)\n")


@pytest.mark.parametrize("today", ["2025-11-03", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_a_phodal_log_in_chinese_gets_dated_entries_in_its_words(project: Project, today: str) -> None:
    """phodal/adr's own log (zh-cn: `日期:`, `## 状态`, `2017-11-24 通过`): `adr new` shapes the record as its
    newest with the history opened by the day (`{DATE} 提议`, not `提议`), and a status change adds the day's entry
    in the log's word (`已弃用`, as its other records write it)."""
    project.today = today
    project.write(".adr.json", '{"language": "zh-cn", "path": "docs/adr/", "digits": 4}\n')
    record = "# {n}. {title}\n\n日期: 2017-11-22\n\n## 状态\n\n2017-11-22 提议\n\n{later}## 背景\n\nC.\n\n## 决策\n\nD.\n"
    project.write("docs/adr/0001-a.md", record.format(n=1, title="单元测试", later="2017-11-24 通过\n\n"))
    project.write("docs/adr/0002-b.md", record.format(n=2, title="目录生成", later="2017-11-25 已弃用\n\n"))
    result = project.run("new", "测试")
    assert (result.exit_code, result.stdout) == (0, "docs/adr/0003-测试.md\n"), result.stderr
    assert project.read("docs/adr/0003-测试.md") == (f"# 3. 测试\n\n日期: {today}\n\n## 状态\n\n{today} 提议\n\n"
                                                     "## 背景\n\n## 决策\n")
    assert project.run("deprecate", "1").exit_code == 0
    assert project.read("docs/adr/0001-a.md") == record.format(
        n=1, title="单元测试", later=f"2017-11-24 通过\n\n{today} 已弃用\n\n")


REMARKED = "# 1. Use Redis\n\nDate: 2024-01-02\n\n## Status\n\n{history}\n\n## Context\n\nx\n"


@pytest.mark.parametrize("today", ["2025-11-03", dt.date.today().isoformat()], ids=("fixed-day", "today"))
@pytest.mark.parametrize(("history", "added"), [
    ("2024-01-02 proposed\n\n2024-01-09 accepted by [Bob](http://x) after review", "\n{today} deprecated"),
    ("- 2024-01-02: Proposed\n- 2024-01-09: Accepted — by the CTO", "- {today}: Deprecated"),
    ("- 2024-01-02: **Proposed**\n- 2024-01-09: **Accepted** — by the CTO", "- {today}: **Deprecated**"),
    ("2024-01-02 proposed\n\n2024-01-09 accepted (board)", "\n{today} deprecated"),
    ("2024-01-02 proposed\n\n2024-01-09 accepted\\", "\n{today} deprecated"),
    ("2024-01-02 proposed\n\n2024-01-09 accepted <!-- by the board -->", "\n{today} deprecated"),
])
def test_an_entry_with_words_after_its_status_is_the_latest_and_the_new_one_follows_it(
        project: Project, today: str, history: str, added: str) -> None:
    """Attack 55b M2: a phodal/adr entry with more after its word (`accepted by [Bob](..) after review`, `— by the
    CTO`, a line break's backslash, a comment) was not read, the record listed as proposed, and deprecate put the
    day's entry above it. The entry is read as accepted, and the new one, written as the entry without its remark
    (a short one, `(board)`, was copied around the new word and refused), goes after it."""
    project.today = today
    project.write(".adr.json", '{"language": "en", "path": "docs/adr/", "digits": 3}\n')
    project.write("docs/adr/001-use-redis.md", REMARKED.format(history=history))
    assert [row["status"] for row in json.loads(project.run("list", "--format", "json").stdout)] == ["accepted"]
    result = project.run("deprecate", "1")
    assert (result.exit_code, result.stdout) == (0, "docs/adr/001-use-redis.md: accepted -> deprecated\n"), \
        result.stderr
    assert project.read("docs/adr/001-use-redis.md") == REMARKED.format(
        history=f"{history}\n{added.format(today=today)}")
    assert [row["status"] for row in json.loads(project.run("list", "--format", "json").stdout)] == ["deprecated"]


@pytest.mark.parametrize("today", ["2025-11-03", dt.date.today().isoformat()], ids=("fixed-day", "today"))
@pytest.mark.parametrize("comment", ["<!-- 2024-01-03 accepted -->", "<!--\n2024-01-03 accepted\n-->"])
def test_a_commented_out_entry_is_no_status_and_the_new_entry_is_not_commented(
        project: Project, today: str, comment: str) -> None:
    """Attack 55b M3: `<!-- 2024-01-03 accepted -->` under `2024-01-02 proposed` was read as the status (the page
    shows only `proposed`), and deprecate copied it, writing `<!-- {day} deprecated -->`. A comment is no entry:
    the record is proposed, and the day's entry is written in the open after the last entry."""
    project.today = today
    project.write(".adr.json", '{"language": "en", "path": "docs/adr/", "digits": 3}\n')
    project.write("docs/adr/001-use-redis.md", REMARKED.format(history=f"2024-01-02 proposed\n\n{comment}"))
    assert [row["status"] for row in json.loads(project.run("list", "--format", "json").stdout)] == ["proposed"]
    result = project.run("accept", "1")
    assert (result.exit_code, result.stdout) == (0, "docs/adr/001-use-redis.md: proposed -> accepted\n"), \
        result.stderr
    assert project.read("docs/adr/001-use-redis.md") == REMARKED.format(
        history=f"2024-01-02 proposed\n\n{today} accepted\n\n{comment}")


@pytest.mark.parametrize("today", ["2025-11-03", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_a_history_on_the_lines_of_one_paragraph_or_with_days_in_slashes_gets_its_entry_alike(
        project: Project, today: str) -> None:
    """Entries of one paragraph, each line broken by a backslash, get one more line broken so; days written
    `2024/01/09` get the day's written so (it was refused: "its status would read as 'proposed'")."""
    project.today = today
    slashed = today.replace("-", "/")
    project.write(".adr.json", '{"language": "en", "path": "docs/adr/", "digits": 3}\n')
    project.write("docs/adr/001-a.md", REMARKED.format(history="2024-01-02 proposed\\\n2024-01-09 accepted"))
    project.write("docs/adr/002-b.md", REMARKED.format(history="2024/01/02 proposed\n\n2024/01/09 accepted"))
    assert [project.run("deprecate", number).exit_code for number in ("1", "2")] == [0, 0]
    assert project.read("docs/adr/001-a.md") == REMARKED.format(
        history=f"2024-01-02 proposed\\\n2024-01-09 accepted\\\n{today} deprecated")
    assert project.read("docs/adr/002-b.md") == REMARKED.format(
        history=f"2024/01/02 proposed\n\n2024/01/09 accepted\n\n{slashed} deprecated")
    assert [row["status"] for row in json.loads(project.run("list", "--format", "json").stdout)] == [
        "deprecated", "deprecated"]


@pytest.mark.parametrize(("history", "why"), [
    ("2024-01-02 proposed\n\n2099-01-09 accepted", "its status history has an entry dated after {today} (line 9: "
                                                   "2099-01-09 accepted), which would stay its latest; correct its "
                                                   "day first"),
    ("02/01/2024 proposed\n\n09/01/2024 accepted", "its status history's latest entry (line 9: 09/01/2024 accepted) "
                                                   "is not one adr can write the next like (a day written year "
                                                   "first, before or after its word); add the day's entry by hand"),
])
def test_a_history_the_day_s_entry_cannot_follow_is_refused_naming_the_entry(
        project: Project, history: str, why: str) -> None:
    """Attack 55b L9: an entry dated in the future, or days written day first, were refused with "its status would
    read as 'accepted', not 'deprecated'"; the refusal now names the entry in the way and what to do."""
    project.today = dt.date.today().isoformat()
    project.write(".adr.json", '{"language": "en", "path": "docs/adr/", "digits": 3}\n')
    path = project.write("docs/adr/001-a.md", REMARKED.format(history=history))
    result = project.run("deprecate", "1")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {path}: cannot edit it exactly: {why.format(today=project.today)}; nothing was changed\n")
    assert project.read("docs/adr/001-a.md") == REMARKED.format(history=history)


def test_revisit_under_a_title_underlined_writes_the_line_below_the_underline(project: Project) -> None:
    """Attack 55b L9: revisit on a record titled setext-style (`Shared thing` over `====`) with no `Date:` line was
    refused ("its title would read as None"): the `Revisit:` line went between the title and its underline. It
    now goes under the underline, and the point is read."""
    record = "Shared thing\n============\n\n## Status\n\nAccepted.\n\n## Context\n\nC.\n"
    project.write("docs/adr/0001-shared.md", record)
    result = project.run("revisit", "1", "--outcome", "kept", "--next", "2028-01-01")
    assert (result.exit_code, result.stdout) == (
        0, "docs/adr/0001-shared.md: revisited (kept); next revisit 2028-01-01\n"), result.stderr
    assert project.read("docs/adr/0001-shared.md") == record.replace("====\n", "====\n\nRevisit: 2028-01-01\n")
    assert [(row["title"], row["revisit"]) for row in json.loads(project.run("list", "--format", "json").stdout)] \
        == [("Shared thing", "2028-01-01")]


@pytest.mark.parametrize("today", ["2025-11-03", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_a_dated_note_in_a_history_stays_above_the_day_s_entry(project: Project, today: str) -> None:
    """Attack 55b M2's other half: a line of the history that opens with a day but reads as no entry (`2024-01-09
    we met, and accepted it`, digitalcheck-dito's `- 2025-12-08: Amended: use exported components`) stayed below
    the day's entry, which a person then reads as older. The day's entry now goes after the history's last line,
    where the reader reads it as the latest."""
    project.today = today
    project.write(".adr.json", '{"language": "en", "path": "docs/adr/", "digits": 3}\n')
    met = "2024-01-02 proposed\n\n2024-01-09 we met, and accepted it"
    amended = "- 2024-08-19: Accepted\n- 2024-12-08: Amended: use exported components"
    project.write("docs/adr/001-a.md", REMARKED.format(history=met))
    project.write("docs/adr/002-b.md", REMARKED.format(history=amended))
    assert [project.run(*command).exit_code for command in (("accept", "1"), ("deprecate", "2"))] == [0, 0]
    assert project.read("docs/adr/001-a.md") == REMARKED.format(history=f"{met}\n\n{today} accepted")
    assert project.read("docs/adr/002-b.md") == REMARKED.format(history=f"{amended}\n- {today}: Deprecated")
    assert [row["status"] for row in json.loads(project.run("list", "--format", "json").stdout)] == [
        "accepted", "deprecated"]


# EvaLok/schema-org-json-ld 0010 and 0011: no `Date:` line, the day only in a remark on the status
EVALOK_10 = "# ADR 0010: Deprecate dispatch-docs documentation agent path\n\n## Status\n\nProposed (cycle 237, 2026-03-12)\n\n" \
    "## Context\n\nx\n"
EVALOK_11 = "# ADR 0011: Pipeline Stabilization Program\n\n## Status\n\nAccepted (2026-03-16). Phase 1 complete.\n\n" \
    "## Context\n\ny\n"
EVALOK_9 = "# 9. Write-Side Pipeline Tools for State Management\n\nDate: 2026-03-06\n\n## Status\n\nAccepted\n\n## Context\n\nz\n"


def evalok(project: Project) -> None:
    project.write("doc/adr/0009-write-side-pipeline-tools.md", EVALOK_9)
    project.write("doc/adr/0010-deprecate-dispatch-docs.md", EVALOK_10)
    project.write("doc/adr/0011-pipeline-stabilization-program.md", EVALOK_11)


def test_supersede_a_status_with_a_remark_keeps_its_day_and_reads_no_remark_as_a_link(project: Project) -> None:
    """Audit 56 (class 2): `Accepted (cycle 237, 2026-03-12)` was taken for a dated history's entry, and its next
    entry written after it read `(cycle 237` as a second successor: refused ("its superseded by would read as (4,
    237)"). The link takes the status line's place, as adr-tools writes it, the remark going as adr-tools drops it;
    the day, which only the remark gave, moves to a `Date:` line under the title."""
    evalok(project)
    result = project.run("supersede", "10", "--by", "9")
    assert (result.exit_code, result.stderr) == (0, "")
    text = project.read("doc/adr/0010-deprecate-dispatch-docs.md")  # (the link's text: class 7, left to its fix)
    assert text.startswith("# ADR 0010: Deprecate dispatch-docs documentation agent path\n\nDate: 2026-03-12\n\n"
                           "## Status\n\nSuperseded by [")
    assert text.endswith("](0009-write-side-pipeline-tools.md)\n\n## Context\n\nx\n") and text.count("\n") == 11
    listed = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert (listed[10]["status"], listed[10]["date"], listed[10]["superseded_by"]) == ("superseded", "2026-03-12", [9])


def test_deprecate_and_new_supersedes_keep_the_day_of_a_status_remark(project: Project) -> None:
    """Audit 56 (class 2): `adr deprecate 11` (`Accepted (2026-03-16). Phase 1 complete.`) and `adr new --supersedes
    10` were refused ("its date would read as None"): the day went with the status line. It is kept on a `Date:`
    line, the sentence after it as a paragraph of its own (attack 56, F3), and the records read back as written."""
    evalok(project)
    assert project.run("deprecate", "11").exit_code == 0
    assert project.read("doc/adr/0011-pipeline-stabilization-program.md") == (
        "# ADR 0011: Pipeline Stabilization Program\n\nDate: 2026-03-16\n\n## Status\n\nDeprecated\n\n"
        "Phase 1 complete.\n\n## Context\n\ny\n")
    result = project.run("new", "--supersedes", "10", "Restore dispatch-docs path")
    assert (result.exit_code, result.stdout) == (0, "doc/adr/0012-restore-dispatch-docs-path.md\n"), result.stderr
    assert project.read("doc/adr/0010-deprecate-dispatch-docs.md").startswith(
        "# ADR 0010: Deprecate dispatch-docs documentation agent path\n\nDate: 2026-03-12\n\n## Status\n\n"
        "Superseded by [")
    listed = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(listed[n]["status"], listed[n]["date"]) for n in (10, 11)] == [("superseded", "2026-03-12"),
                                                                          ("deprecated", "2026-03-16")]


def test_a_status_key_line_with_a_dated_remark_keeps_its_day_on_a_key_line(project: Project) -> None:
    """The same remark on a key line under the title: the day is keyed as the status is, after the key lines."""
    project.write("docs/adr/0001-a.md", "# ADR 0001: A\n\n**Status:** Accepted (cycle 237, 2026-03-12)\n"
                  "**Owner:** Bo\n\n## Context\n\nx\n")
    assert project.run("deprecate", "1").exit_code == 0
    assert project.read("docs/adr/0001-a.md") == (
        "# ADR 0001: A\n\n**Status:** Deprecated\n**Owner:** Bo\n**Date:** 2026-03-12\n\n## Context\n\nx\n")


@pytest.mark.parametrize("today", ["2026-12-07", dt.date.today().isoformat()], ids=("fixed-day", "today"))
@pytest.mark.parametrize(("date_line", "status", "added"), [
    ("Fecha: 2024-06-23", "## Estado\n\nAceptado", "Revisar en: {point}"),
    ("Data: 2024-06-23", "## Estado\n\nAceito", "Revisar em: {point}"),
    ("Datum: 2024-06-23", "## Status\n\nAkzeptiert", "Wiedervorlage: {point}"),
    ("日付: 2024-06-23", "## ステータス\n\n承認", "見直し日: {point}"),
    ("**Data:** 2024-06-23", "## Stato\n\nAccettato", "**Prossima revisione:** {point}"),
    ("- **Data:** 2024-06-23", "## Estado\n\nAceito", "- **Revisar em:** {point}"),
])
def test_revisit_writes_its_line_after_a_date_key_of_any_language(project: Project, date_line: str, status: str,
                                                                   added: str, today: str) -> None:
    """Audit 56 (lane c, class 2): a record dated by a key adr reads but that is not English `Date` (CarlosJChileS'
    `Fecha: 2024-06-23`, `Data:`, `Datum:`, `日付:`, `**Data:**`, `- **Data:**`) was refused ("cannot edit `revisit`
    in a nygard record; run `adr convert` ..."), while a record with no date was not. The revisit line now goes
    after the date's line, keyed as it is, in the log's language."""
    project.today = today
    point = (dt.date.fromisoformat(today) + dt.timedelta(days=200)).isoformat()
    record = "# {n}. Arquitectura modular en Node.js\n\n{date}\n\n{status}\n\n## Contexto\n\nC.\n"
    project.write("docs/adr/0001-modular.md", record.format(n=1, date=date_line, status=status))
    project.write("docs/adr/0002-supabase.md", record.format(n=2, date=date_line, status=status))
    result = project.run("revisit", "1", "--outcome", "kept", "--next", point)
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adr/0001-modular.md") == record.format(
        n=1, date=f"{date_line}\n{added.format(point=point)}", status=status)
    assert [row["revisit"] for row in json.loads(project.run("list", "--format", "json").stdout)] == [point, None]


SAGNUS_1007 = ("# ADR-1007 — Motor de Grid Forms-like\n\n- **Status:** Accepted\n- **Data:** 2026-01-22\n"
               "- **Escopo:** Frontend (UX ERP)\n{revisit}\n## Contexto\nA migração exige grids.\n\n## Decisão\nD.\n")


@pytest.mark.parametrize("today", ["2026-12-07", dt.date.today().isoformat()], ids=("fixed-day", "today"))
@pytest.mark.parametrize(("record", "key"), [
    (SAGNUS_1007, "Revisar em"),
    (SAGNUS_1007.replace("Escopo", "Ambito").replace("Contexto", "Contesto").replace("Decisão", "Decisione"),
     "Prossima revisione"),
    (SAGNUS_1007.replace("Escopo", "Scope").replace("Contexto", "Context").replace("Decisão", "Decision"), "Revisit"),
])
def test_revisit_is_keyed_in_the_language_of_the_date_key_where_the_status_word_is_english(
        project: Project, today: str, record: str, key: str) -> None:
    """Attack 56b (F9, slifebr/sagnus-erp: `- **Data:**`, `- **Escopo:**`, `## Contexto`, status word `Accepted`):
    revisit wrote `- **Revisit:**`, the language taken from the status word alone. The date key's language now keys
    it where that is not English: `Data`, a word of several languages, told apart by the record's other keys and
    sections (Portuguese, Italian), and English where they are English."""
    project.today = today
    point = (dt.date.fromisoformat(today) + dt.timedelta(days=200)).isoformat()
    project.write("docs/decisions/adr/ADR-1007-frontend-grid-engine.md", record.format(revisit=""))
    result = project.run("revisit", "1007", "--outcome", "kept", "--next", point)
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/decisions/adr/ADR-1007-frontend-grid-engine.md") == record.format(
        revisit=f"- **{key}:** {point}\n")
    assert [row["revisit"] for row in json.loads(project.run("list", "--format", "json").stdout)] == [point]


FECHA_SECTION = ("# Usar Node-RED para Automatización\n\n## Estado\nPropuesta\n\n## Contexto\nNecesitamos una "
                 "herramienta.\n\n## Fecha\n2023-10-10\n\n## Autores\n- Javier E. Diaz Zamboni\n")
DATE_SECTION = ("# ADR-0008: Template-Based Field Rendering\n\n## Status\n\nAccepted\n\n## Date\n\n2026-04-13\n\n"
                "## Context\n\nBallot petition forms have region-specific field layouts.\n")


@pytest.mark.parametrize("today", ["2026-12-07", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_revisit_writes_a_section_after_a_date_section(project: Project, today: str) -> None:
    """Audit 56 (lane a, class 4; lane c, class 2): records dated by a section (civictechdc's `## Date` over
    `2026-04-13`, FIUNER-LICA's `## Fecha` over `2023-10-10`) were refused. A revisit section now follows the date's,
    named in the log's language and spaced as the date's is; a second revisit moves its day, and `adr due` lists
    the record when the day comes."""
    project.today = today
    later, last, between = ((dt.date.fromisoformat(today) + dt.timedelta(days=n)).isoformat() for n in (200, 400, 300))
    project.write("docs/adr/0001-usar-node-red.md", FECHA_SECTION)
    project.write("docs/adr/0008-template-based-field-rendering.md", DATE_SECTION)
    for number, point in (("1", later), ("8", later), ("8", last)):
        result = project.run("revisit", number, "--outcome", "kept", "--next", point)
        assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adr/0001-usar-node-red.md") == FECHA_SECTION.replace(
        "2023-10-10\n", f"2023-10-10\n\n## Revisar en\n{later}\n")
    assert project.read("docs/adr/0008-template-based-field-rendering.md") == DATE_SECTION.replace(
        "2026-04-13\n", f"2026-04-13\n\n## Revisit\n\n{last}\n")
    due = project.run("due", "--as-of", between, "--format", "json")
    assert (due.exit_code, [item["number"] for item in json.loads(due.stdout)]) == (1, [1])


GET_FORGE = ('---\ntitle: "0009. User Profile Storage Strategy"\nsummary: "We must choose between:"\n---\n\n'
             "**Status:** Accepted **Date:** 2025-11-25 **Context:** Cognito handles auth; we must store extended "
             "profile attributes beyond basic identity.\n\n## **Context**\n\nWe must choose between:\n")


@pytest.mark.parametrize("today", ["2026-12-07", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_revisit_of_a_record_under_front_matter_without_a_status(project: Project, today: str) -> None:
    """Audit 56 (lane a, class 4): get-forge's records have front matter of `title:` and `summary:` and state their
    status and day on one line of keys in the body; `adr revisit` told them to "give it front matter first". The
    revisit line now follows that line, keyed as it keys its status; a --note, which such a record has no list to
    keep, is refused in words that fit a record with front matter."""
    project.today = today
    point = (dt.date.fromisoformat(today) + dt.timedelta(days=200)).isoformat()
    project.write("docs/architecture-decisions/0009-user-profile-storage-strategy.md", GET_FORGE)
    noted = project.run("revisit", "9", "--outcome", "kept", "--next", point, "--note", "Still needed")
    assert (noted.exit_code, noted.stderr) == (
        2, "adr: ADR 0009 keeps no list of revisits to hold a --note (nygard record); say it in the commit message, "
           "or run `adr convert` to move its fields into its front matter\n")
    result = project.run("revisit", "9", "--outcome", "kept", "--next", point)
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/architecture-decisions/0009-user-profile-storage-strategy.md") == GET_FORGE.replace(
        "identity.\n", f"identity.\n**Revisit:** {point}\n")
    assert [(row["status"], row["date"], row["revisit"])
            for row in json.loads(project.run("list", "--format", "json").stdout)] == [
        ("accepted", "2025-11-25", point)]


@pytest.mark.parametrize("today", ["2026-12-07", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_revisit_of_an_undated_record_keys_its_line_in_the_log_s_language(project: Project, today: str) -> None:
    """Audit 56 (lane c, class 2): hanaloop's Korean record 008, which has no date, got an English `Revisit:` line;
    its statuses are Korean words glossed in English (`승인됨 (Accepted)`), so the line is keyed in Korean."""
    record = ("# ADR-00{n}: 대시보드 메인 요약 카드 및 상세페이지 분리\n\n## 상태 (Status)\n\n승인됨 (Accepted)\n\n"
              "## 맥락 (Context)\n\n탄소 배출 대시보드.\n")
    project.today = today
    point = (dt.date.fromisoformat(today) + dt.timedelta(days=200)).isoformat()
    project.write("docs/adr/007-a.md", record.format(n=7))
    project.write("docs/adr/008-dashboard-main-summary-cards.md", record.format(n=8))
    result = project.run("revisit", "8", "--outcome", "kept", "--next", point)
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adr/008-dashboard-main-summary-cards.md") == record.format(n=8).replace(
        "분리\n", f"분리\n\n재검토일: {point}\n")
    assert [row["revisit"] for row in json.loads(project.run("list", "--format", "json").stdout)] == [None, point]


def test_revisit_refused_beside_a_table_s_date_says_so(project: Project) -> None:
    """Audit 56: a refusal of a revisit said "run `adr convert` to give it front matter first" whatever the record
    lacked. A record dated by a table's row is refused in words naming the row, and nothing is written."""
    record = "# 1. Use X\n\n| Date | 2024-06-21 |\n|---|---|\n| Owner | Ann |\n\n## Status\n\nAccepted\n"
    project.write("docs/adr/0001-use-x.md", record)
    result = project.run("revisit", "1", "--outcome", "kept", "--next", "2027-06-01")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {project.root}/docs/adr/0001-use-x.md: cannot edit it exactly: its day is a table's row (line 3), "
           "where adr adds no row; add a `Revisit` row by hand, or run `adr convert` to keep its revisit point in "
           "front matter; nothing was changed\n")
    assert project.read("docs/adr/0001-use-x.md") == record


# fulmenhq/goneat's crucible ADRs: its lifecycle schema's words (`proposal, experimental, accepted, stable, ...`),
# every value quoted.
GONEAT = """\
---
id: "ADR-{n:04d}"
title: "Record {n}"
status: "{status}"
date: "2025-10-15"
scope: "Ecosystem"
tags:
  - "catalog"
---

# ADR-{n:04d}: Record {n}

## Context

C.
"""


def goneat_log(project: Project, *statuses: str) -> None:
    for number, status in enumerate(statuses, start=1):
        project.write(f"docs/adr/ADR-{number:04d}-record-{number}.md", GONEAT.format(n=number, status=status))


def test_a_log_s_own_lifecycle_words_start_where_the_table_s_do(project: Project) -> None:
    """goneat's `proposal` could not be accepted, its `experimental` (accepted on trial) nor `stable` superseded
    or deprecated: each is now the table's status it stands for, `approved` as before."""
    goneat_log(project, "proposal", "experimental", "approved", "stable", "proposal", "accepted")
    assert [project.run(*command).stderr for command in (
        ("accept", "1"), ("supersede", "2", "--by", "3"), ("deprecate", "4"), ("supersede", "3", "--by", "5"))] \
        == ["", "", "", ""]
    assert [row["status"] for row in json.loads(project.run("list", "--format", "json").stdout)] == [
        "accepted", "superseded", "superseded", "deprecated", "proposal", "accepted"]
    assert project.read("docs/adr/ADR-0001-record-1.md") == GONEAT.format(n=1, status="accepted")


def test_an_experimental_decision_is_still_no_proposal_to_accept(project: Project) -> None:
    """`experimental` is in force: accepting it is refused as accepting an accepted one is, naming its word."""
    goneat_log(project, "experimental")
    result = project.run("accept", "1")
    assert (result.exit_code, result.stderr) == (2, "adr: cannot accept ADR 0001: it is experimental (only a draft "
                                                    "or proposed decision can be; see `adr lifecycle`)\n")


def _status_record(number: int, status: str, dated: bool = False) -> str:
    day = "Date: 2026-01-01\n\n" if dated else ""
    return f"# {number}. T{number}\n\n{day}## Status\n\n{status}\n\n## Context\n\nc\n"


def test_a_status_change_keeps_the_words_after_the_status_as_a_paragraph(project: Project) -> None:
    """Attack 56 F3, 56b F1: deprecate and supersede replaced the whole status paragraph, deleting the sentences,
    links and days after the word. The word (and a remark only of its day or cycle) is replaced; a note after the
    status's sentence ends stays as a paragraph of its own after the new status, read as no part of it. A remark in
    brackets that says more than the day (round 57) is about the old status: refused, nothing written."""
    project.write("decisions/0001-t1.md", _status_record(1, "Accepted (2026-03-16). Phase 1 complete. Do NOT remove "
                                                            "the cache."))
    bracketed = project.write("decisions/0002-t2.md", _status_record(2, "Accepted (cycle 237, 2026-03-12, 2026-04-01, "
                                                                        "then 2025-01-01)"))
    seeing = project.write("decisions/0003-t3.md", _status_record(3, "Accepted (see [ADR 2](0002-t2.md), 2026-03-12)"))
    project.write("decisions/0004-t4.md", _status_record(4, "Accepted. We also agreed to keep the old API for one\n"
                                                            "release.", dated=True))
    project.write("decisions/0005-t5.md", _status_record(5, "Proposed", dated=True))
    assert project.run("deprecate", "1").exit_code == 0
    assert project.run("supersede", "4", "--by", "5").exit_code == 0
    for record, command, remark in ((bracketed, ("deprecate", "2"), "(cycle 237, 2026-03-12, 2026-04-01, then "
                                     "2025-01-01)"), (seeing, ("supersede", "3", "--by", "5"),
                                                      "(see [ADR 2](0002-t2.md), 2026-03-12)")):
        result = project.run(*command)
        assert (result.exit_code, result.stderr) == (
            2, f"adr: {record}: cannot edit it exactly: its status has a remark attached ({remark!r}), which is about "
               "the old status and would then be said of the new one; edit it by hand; nothing was changed\n")
    assert project.read("decisions/0001-t1.md") == (
        "# 1. T1\n\nDate: 2026-03-16\n\n## Status\n\nDeprecated\n\nPhase 1 complete. Do NOT remove the cache.\n\n"
        "## Context\n\nc\n")
    assert project.read("decisions/0002-t2.md") == _status_record(2, "Accepted (cycle 237, 2026-03-12, 2026-04-01, "
                                                                     "then 2025-01-01)")
    assert project.read("decisions/0004-t4.md") == (
        "# 4. T4\n\nDate: 2026-01-01\n\n## Status\n\nSuperseded by [5. T5](0005-t5.md)\n\n"
        "We also agreed to keep the old API for one\nrelease.\n\n## Context\n\nc\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["superseded_by"]) for row in listed] == [
        ("deprecated", []), ("accepted", []), ("accepted", []), ("superseded", [5]), ("proposed", [])]


def test_a_status_sentence_that_goes_on_or_a_day_either_way_is_refused_naming_it(project: Project) -> None:
    """Attack 56b F1: `Accepted on 2026-02-25 after a long debate ..` lost its words, and `Accepted (12/03/2026)`
    was given a certain `Date: 2026-03-12`. The first would say the words of the new status, the second moves a
    day that reads either way: both are refused, the words named, nothing written."""
    debate = project.write("decisions/0001-t1.md", _status_record(1, "Accepted on 2026-02-25 after a long debate "
                                                                     "with the PHP team."))
    either = project.write("decisions/0002-t2.md", _status_record(2, "Accepted (12/03/2026)"))
    result = project.run("deprecate", "1")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {debate}: cannot edit it exactly: its status's sentence goes on after the status ('on 2026-02-25 "
           "after a long debate with the PHP team.'), which would then be said of the new status; end the sentence "
           "after the status, or edit it by hand; nothing was changed\n")
    result = project.run("supersede", "2", "--by", "1")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {either}: cannot edit it exactly: its only day, '12/03/2026' in its status line, could be read day "
           "first or month first, and a new status would leave it nowhere; write it as 2026-03-12 (or as the day it "
           "is) first; nothing was changed\n")
    assert project.read("decisions/0001-t1.md") == _status_record(1, "Accepted on 2026-02-25 after a long debate "
                                                                     "with the PHP team.")
    assert project.read("decisions/0002-t2.md") == _status_record(2, "Accepted (12/03/2026)")


def test_a_current_status_key_line_refuses_its_remark_unless_it_is_the_old_day(project: Project) -> None:
    """Attack 56 F7: accept replaced `**Current Status**: Proposed – awaiting review by `@team` | 2020-01-01` whole,
    deleting the remark; round 57 (F3): kept as a paragraph, it then said an accepted decision awaits review. The
    remark after the dash is about the old status: refused, naming it; a remark that is only the old status's day
    goes with it."""
    waiting = project.write("docs/adr/0001-t1.md", "---\nstatus: proposed\ndate: 2020-01-01\n---\n# T1\n\n## Status\n\n"
                            "**Current Status**: Proposed – awaiting review by `@team` | 2020-01-01\n\n## Context\n\nc\n")
    project.write("docs/adr/0002-t2.md", "---\nstatus: proposed\ndate: 2020-01-01\n---\n# T2\n\n## Status\n\n"
                  "**Current Status**: Proposed – 2020-01-01\n\n## Context\n\nc\n")
    result = project.run("accept", "1")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {waiting}: cannot edit it exactly: its status has a remark attached ('awaiting review by `@team` | "
           "2020-01-01'), which is about the old status and would then be said of the new one; edit it by hand; "
           "nothing was changed\n")
    assert project.run("accept", "2").exit_code == 0
    assert project.read("docs/adr/0002-t2.md") == (
        "---\nstatus: accepted\ndate: 2020-01-01\n---\n# T2\n\n## Status\n\n**Current Status**: Accepted\n\n"
        "## Context\n\nc\n")
    assert project.run("validate").stdout == ""


def test_every_place_a_record_states_its_status_is_restated(project: Project) -> None:
    """Attack 56 F4 and 56b F10: a record stating its status in front matter, a block of keys under the title and
    `**Current Status**:` under `## Status` had two restated, and its own write drew ADR311; a record converted
    with its dated status paragraph kept in the body was deprecated in its front matter alone. Each place now says
    the new status."""
    project.write("docs/adr/0001-t1.md", "---\nstatus: proposed\ndate: 2020-01-01\n---\n# T1\n\n**Status:** Proposed "
                  "**Date:** 2020-01-01 **Context:** prose here\n\n## Status\n\n**Current Status**: Proposed\n\n"
                  "## Context\n\nc\n")
    project.write("docs/adr/0002-t2.md", _status_record(2, "Accepted (cycle 237, 2020-03-12)"))
    assert project.run("accept", "1").exit_code == 0
    assert project.run("convert", "2").exit_code == 0
    assert "\n## Status\n\nAccepted (cycle 237, 2020-03-12)\n" in project.read("docs/adr/0002-t2.md")
    assert project.run("deprecate", "2").exit_code == 0
    assert project.read("docs/adr/0001-t1.md") == (
        "---\nstatus: accepted\ndate: 2020-01-01\n---\n# T1\n\n**Status:** Accepted **Date:** 2020-01-01 "
        "**Context:** prose here\n\n## Status\n\n**Current Status**: Accepted\n\n## Context\n\nc\n")
    assert "\n## Status\n\nDeprecated\n\n## Context\n" in project.read("docs/adr/0002-t2.md")
    assert (project.run("validate").stdout, project.run("validate").exit_code) == ("", 0)


def test_supersede_in_a_structured_madr_log_names_each_record_in_the_other_s_status_section(project: Project) -> None:
    """Audit 57 (lane b, class 4): Structured MADR keeps `status:` an enum word and states the status again under
    `## Status`, where the successor is named (zircote/subcog: `Superseded by ADR-0047`). In research-harness-
    template `adr supersede 1 --by 2` wrote `status: superseded by ADR-0002` (outside the enum), a bare
    `Superseded` in the section, and nothing in 0002. The front matter says `superseded`, the old record's
    section names the successor, the new one's names what it supersedes; both read back so."""
    record = ("---\ntitle: \"{t}\"\nstatus: {s}\ncreated: 2020-01-0{n}\n---\n\n# ADR-000{n}: {t}\n\n## Status\n\n"
              "{w}\n\n## Context\n\nC.\n")
    project.write("docs/adr/0001-a.md", record.format(n=1, t="A", s="accepted", w="Accepted"))
    project.write("docs/adr/0002-b.md", record.format(n=2, t="B", s="proposed", w="Proposed"))

    result = project.run("supersede", "1", "--by", "2")

    assert (result.exit_code, result.stdout) == (0, "docs/adr/0001-a.md: accepted -> superseded by ADR 0002\n"
                                                    "docs/adr/0002-b.md: supersedes ADR 0001\n"), result.stderr
    assert project.read("docs/adr/0001-a.md") == record.format(n=1, t="A", s="superseded", w="Superseded by ADR-0002")
    assert project.read("docs/adr/0002-b.md") == record.format(n=2, t="B", s="proposed",
                                                               w="Proposed\n\nSupersedes ADR-0001")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["supersedes"], row["superseded_by"]) for row in listed] == [
        ("superseded", [], [2]), ("proposed", [1], [])]
    assert project.run("validate").exit_code == 0


KEPT_WITH_A_RELATION_OF_ITS_OWN = ("---\nstatus: {s}\ndate: 2024-01-0{n}\nrevisit: 2030-01-01\n{k}implements: \"ADR-{n}\"\n"
                                   "---\n# Thing {n}\n\n## Status\n\n{w}\n\n## Context\n\nC.\n")


@pytest.mark.parametrize(("command", "revisits"), [
    (("supersede", "1", "--by", "3"), ""),
    (("revisit", "1", "--outcome", "superseded", "--by", "3"), "revisits:\n  - {date: 2021-05-01, outcome: superseded}\n"),
])
def test_a_relation_the_config_adds_is_a_key_of_adrtool_s_when_a_successor_is_written(
        project: Project, command: tuple[str, ...], revisits: str) -> None:
    """Review of round 57, item 13: a log kept with adrtool (revisit points) whose records hold a relation its
    config adds (`implements`) was taken for another tool's schema, as ADR310 never takes that key: `adr supersede`
    wrote `Superseded by ADR-0003` into the Status sections, as Structured MADR does, and no key. The relation is a
    key adr knows, so the successor is kept in adrtool's keys."""
    project.write(".adr.toml", 'relations = {implements = "implemented-by"}\n')
    for n in (1, 2, 3):
        project.write(f"docs/adr/000{n}-thing-{n}.md", KEPT_WITH_A_RELATION_OF_ITS_OWN.format(
            n=n, s="accepted", k="", w="Accepted"))

    result = project.run(*command)

    assert result.exit_code == 0, result.stderr
    assert project.read("docs/adr/0001-thing-1.md") == KEPT_WITH_A_RELATION_OF_ITS_OWN.format(
        n=1, s="superseded", k="superseded-by: [3]\n" + revisits, w="Superseded")
    assert project.read("docs/adr/0003-thing-3.md") == KEPT_WITH_A_RELATION_OF_ITS_OWN.format(
        n=3, s="accepted", k="supersedes: [1]\n", w="Accepted")


FOUR_STATUS_SECTIONS = "## Status\n\n{section}\n\n## Context\n\nC.\n"


@pytest.mark.parametrize("today", ["2026-02-01", dt.date.today().isoformat()], ids=("fixed-day", "today"))
@pytest.mark.parametrize(("top", "section", "after"), [
    ("# 1. A\n\n**Status:** Proposed **Date:** 2026-01-01\n\n", "**Current Status**: Proposed",
     "# 1. A\n\n**Status:** Accepted **Date:** 2026-01-01\n\n"),
    ("# 1. A\n\n**Status:** Proposed **Date:** 2026-01-01\n\n", "- [x] Proposed\n- [ ] Accepted",
     "# 1. A\n\n**Status:** Accepted **Date:** 2026-01-01\n\n"),
    ("# 1. A\n\nStatus: Proposed\n\n", "2026-01-01 proposed", "# 1. A\n\nStatus: Accepted\n\n"),
    ("---\nstatus: proposed\ndate: 2026-01-01\n---\n# 1. A\n\n", "- [x] Proposed\n- [ ] Accepted",
     "---\nstatus: accepted\ndate: 2026-01-01\n---\n# 1. A\n\n"),
    ("---\nstatus: proposed\n---\n# 1. A\n\nStatus: Proposed\n\n", "2026-01-01 proposed",
     "---\nstatus: accepted\n---\n# 1. A\n\nStatus: Accepted\n\n"),
])
def test_a_status_edit_restates_every_place_the_status_is_stated(
        project: Project, today: str, top: str, section: str, after: str) -> None:
    """Round 57 (F2): a key line under the title over a Status section, or a task list or dated history under front
    matter, was left saying the old status, and `adr validate` then warned ADR311 about adr's own write. Each
    statement now says the new status, and the record passes ADR311."""
    project.today = today
    project.write("decisions/0001-a.md", top + FOUR_STATUS_SECTIONS.format(section=section))
    assert project.run("accept", "1").exit_code == 0
    moved = {"- [x] Proposed\n- [ ] Accepted": "- [ ] Proposed\n- [x] Accepted",
             "2026-01-01 proposed": f"2026-01-01 proposed\n\n{today} accepted"}.get(section, "**Current Status**: Accepted")
    assert project.read("decisions/0001-a.md") == after + FOUR_STATUS_SECTIONS.format(section=moved)
    assert "ADR311" not in project.run("validate").stdout


@pytest.mark.parametrize(("said", "now"), [
    ("**Proposed**", "**Accepted**"), ("🟡 Proposed", "🟡 Accepted"),
    ("Proposed <!-- Accepted -->", "Accepted <!-- Accepted -->"), ("Proposed\\\n**Since**: 2026-01-01", "Accepted\\\n**Since**: 2026-01-01"),
    ("Proposed\n**Current Status**: Proposed", "Accepted\n**Current Status**: Accepted"),
])
def test_a_status_edit_restates_a_current_status_line_in_its_marks(project: Project, said: str, now: str) -> None:
    """Round 57 (F2): under front matter, a Status section's `**Current Status**:` value in bold, after an emoji,
    before a comment or a hard line break, or stated on a second such line, was left saying the old status (exit
    0, ADR311 after adr's own write). Each now says the new one, its marks kept."""
    top = "---\nstatus: proposed\ndate: 2026-01-01\n---\n# 1. A\n\n"
    project.write("decisions/0001-a.md", top + FOUR_STATUS_SECTIONS.format(section=f"**Current Status**: {said}"))
    assert project.run("accept", "1").exit_code == 0
    assert project.read("decisions/0001-a.md") == top.replace("proposed", "accepted") + \
        FOUR_STATUS_SECTIONS.format(section=f"**Current Status**: {now}")
    assert "ADR311" not in project.run("validate").stdout


def test_a_status_edit_of_a_record_whose_statements_disagree_is_refused(project: Project) -> None:
    """Round 57 (F2): front matter `proposed`, a key line `Accepted`, a Status section `Rejected`: `adr accept`
    changed the front matter only, exit 0, leaving the record as contradictory as before. It is refused, naming
    the line that disagrees, as a metadata table's row that disagrees is, and nothing is written."""
    text = ("---\nstatus: proposed\ndate: 2026-01-01\n---\n# 1. A\n\n**Status:** Accepted **Date:** 2026-01-01\n\n"
            + FOUR_STATUS_SECTIONS.format(section="**Current Status**: Rejected"))
    record = project.write("decisions/0001-a.md", text)
    result = project.run("accept", "1")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {record}: cannot edit it exactly: its key line under the title says '**Status:** Accepted "
           "**Date:** 2026-01-01' (line 7), not proposed; make them agree first; nothing was changed\n")
    assert project.read("decisions/0001-a.md") == text


def test_a_status_edit_that_would_leave_a_statement_behind_is_refused_naming_it(project: Project) -> None:
    """Round 57 (F2): a statement adr cannot restate (here a status key line under the title whose word is in a
    link) was left saying the old status, exit 0. The edit is refused, naming the line, and nothing is written."""
    text = "# 1. A\n\nStatus: [Proposed](#x)\n\n" + FOUR_STATUS_SECTIONS.format(section="Proposed")
    record = project.write("decisions/0001-a.md", text)
    result = project.run("accept", "1")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {record}: cannot edit it exactly: its key line under the title (line 3) would still say "
           "'Status: [Proposed](#x)'; edit it by hand; nothing was changed\n")
    assert project.read("decisions/0001-a.md") == text


WRAPPED = ("# 2. B\n\n- **Status:** {status}\n  (an unbounded bound forbids lending)\n- **Date:** 2026-07-07\n\n"
           "## Context\n\nx\n")


def test_supersede_of_a_wrapped_status_bullet_keeps_its_remark_once(project: Project) -> None:
    """Audit 57a class 1 (coppice-rs, prettier's `proseWrap`): supersede joined the whole wrapped value onto the
    status's line and left its continuation line in place, so the remark was in the file twice (exit 0). The
    value's lines are now one, every word of it written once."""
    project.write("decisions/0001-a.md", "# 1. A\n\n- **Status:** Accepted\n- **Date:** 2026-07-07\n\n"
                  "## Context\n\nx\n")
    project.write("decisions/0002-b.md", WRAPPED.format(status="Accepted — amended by [ADR 0001](0001-a.md)"))
    assert project.run("supersede", "2", "--by", "1").exit_code == 0
    assert project.read("decisions/0002-b.md") == (
        "# 2. B\n\n- **Status:** Superseded by [ADR 0001](0001-a.md) — amended by [ADR 0001](0001-a.md) (an "
        "unbounded bound forbids lending)\n- **Date:** 2026-07-07\n\n## Context\n\nx\n")


@pytest.mark.parametrize("command", [("accept", "2"), ("status", "2", "rejected")])
def test_an_edit_of_a_wrapped_status_bullet_saying_more_is_refused_naming_every_word(
        project: Project, command: tuple[str, ...]) -> None:
    """Audit 57a class 1: on `- **Status:** Proposed — see the` over `  thread in #42`, accept replaced the
    first line's value only and left `thread in #42` below, read as part of the new status; then (2cef110) it was
    refused naming half the remark. It is refused naming the whole remark, and nothing is written."""
    text = WRAPPED.format(status="Proposed — see the").replace("(an unbounded bound forbids lending)",
                                                                 "thread in #42")
    record = project.write("decisions/0002-b.md", text)
    result = project.run(*command)
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {record}: cannot edit it exactly: its status has a remark attached ('see the thread in #42'), "
           "which is about the old status and would then be said of the new one; edit it by hand; nothing was "
           "changed\n")
    assert project.read("decisions/0002-b.md") == text


LAZY = ("# ADR 0005: T5\n\n**Status:** Accepted (supersedes the ERD portion of\n{indent}[ADR 0001](0001-t1.md))\n\n"
        "## Context\n\nx\n")


def _wrapped_log(project: Project, indent: str) -> None:
    project.write("docs/adr/0001-t1.md", "# ADR 0001: T1\n\n**Status:** Accepted\n\n## Context\n\nx\n")
    project.write("docs/adr/0005-t5.md", LAZY.format(indent=indent))


@pytest.mark.parametrize("indent", ["", "  "])
def test_a_status_paragraph_wrapped_inside_its_parenthesis_is_read_whole(project: Project, indent: str) -> None:
    """Audit 58 (lane b, class 6): python-party's `**Status:** Accepted (supersedes the ERD portion of` over
    `[ADR 0009](..))` (a lazy continuation, or indented) was read by its first line: no link, and `deprecate` was
    refused quoting half the remark. The paragraph is read to its end: the record amends 1, and the edit keeps
    the remark whole, on one line."""
    _wrapped_log(project, indent)
    listed = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(link["kind"], link["number"]) for link in listed[5]["links"]] == [("amends", 1)]
    assert project.run("deprecate", "5").exit_code == 0
    assert project.read("docs/adr/0005-t5.md") == (
        "# ADR 0005: T5\n\n**Status:** Deprecated (supersedes the ERD portion of [ADR 0001](0001-t1.md))\n\n"
        "## Context\n\nx\n")


def test_revisit_of_a_wrapped_status_paragraph_goes_after_all_of_it(project: Project) -> None:
    """The revisit point of that record goes after the whole status paragraph, keyed as its status is."""
    _wrapped_log(project, "")
    result = project.run("revisit", "5", "--outcome", "kept", "--next", "2027-06-01")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adr/0005-t5.md") == LAZY.format(indent="").replace(
        "(0001-t1.md))\n", "(0001-t1.md))\n**Revisit:** 2027-06-01\n")


def test_a_status_edit_of_key_lines_stating_the_status_twice_is_refused(project: Project) -> None:
    """Attack 57 F8: `adr deprecate` on `**Status:** Proposed` / `**Date:** ..` / `**Status:** Accepted` rewrote the
    first and left `Accepted`, exit 0. Refused, naming the other statement, and nothing is written."""
    text = "# 2. B\n\n**Status:** Proposed\n**Date:** 2026-01-01\n**Status:** Accepted\n\n## Context\n\nc\n"
    record = project.write("decisions/0002-b.md", text)
    result = project.run("status", "2", "deprecated")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {record}: cannot edit it exactly: its other status key under the title says '**Status:** "
           "Accepted' (line 5), not proposed; make them agree first; nothing was changed\n")
    assert project.read("decisions/0002-b.md") == text


@pytest.mark.parametrize("people", [
    "decision-makers:\n    - abasu\n",
    "decision-makers:\n  - abasu\n",
    "decision-makers:\n- abasu\n",
    "decision-makers:\n# who decided\n- abasu\n\n- bob\n",
    "decision-makers:\n  - abasu\n  # and no one else\n",
    "decision-makers: [abasu]\n",
])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_revisit_of_a_front_matter_ending_in_a_list_adds_its_keys_after_the_list(
        project: Project, people: str, newline: str) -> None:
    """Audit 57b class 1: MADR 4's front matter ends with `decision-makers:` over its items, and `revisit` put
    `revisits:` between the key and its items, then refused every such record ("its `decision-makers` would then
    read as none"). A key an edit adds now goes after the list's last item (and a comment indented under it), in
    the record's own line endings."""
    head = f"---\nstatus: accepted\ndate: 2021-02-07\n{people}"
    path = project.decisions / "0001-t1.md"
    project.decisions.mkdir()
    path.write_bytes(f"{head}---\n# T1\n\nx\n".replace("\n", newline).encode())
    result = project.run("revisit", "1", "--outcome", "kept", "--next", "2022-06-01")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "decisions/0001-t1.md: revisited (kept); next revisit 2022-06-01\n", "")
    assert path.read_bytes().decode() == (
        f"---\nstatus: accepted\ndate: 2021-02-07\nrevisit: 2022-06-01\n{people}"
        "revisits:\n  - {date: 2021-05-01, outcome: kept, next: 2022-06-01}\n---\n# T1\n\nx\n").replace("\n", newline)


def test_every_edit_of_a_structured_madr_record_ending_in_related_is_exact(project: Project) -> None:
    """Audit 57b class 1: Structured MADR ends its front matter with a `related:` block list; revisit was refused
    ("its `related` would then read as none"). Revisit and deprecate now write their keys after the list."""
    record = ("---\ntitle: T2\nstatus: accepted\ncreated: 2021-01-15\nrelated:\n  - 0001-t1.md\n---\n"
              "# T2\n\nx\n")
    project.write("decisions/0001-t1.md", "---\nstatus: accepted\ncreated: 2021-01-14\n---\n# T1\n\nx\n")
    project.write("decisions/0002-t2.md", record)
    result = project.run("revisit", "2", "--outcome", "kept", "--next", "2022-06-01")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("decisions/0002-t2.md") == (
        "---\ntitle: T2\nstatus: accepted\nrevisit: 2022-06-01\ncreated: 2021-01-15\nrelated:\n  - 0001-t1.md\n"
        "revisits:\n  - {date: 2021-05-01, outcome: kept, next: 2022-06-01}\n---\n# T2\n\nx\n")
    result = project.run("deprecate", "2")
    assert (result.exit_code, result.stderr) == (0, "")
    assert json.loads(project.run("list", "--format", "json").stdout)[1]["relates_to"] == [1]


RELATED_IN_THE_BODY = """\
---
status: proposed
date: 2021-01-03
---
# T3

## Context and Problem Statement

x

## Related {heading}

{item}
"""


@pytest.mark.parametrize(("heading", "item", "field"), [
    ("Decisions", "- [ADR-0001](0001-t1.md): T1", "relates_to"),
    ("Decisions", "- **ADR-0001**: T1", "relates_to"),
    ("ADRs", "- ADR-0001: T1", "relates_to"),
    ("ADRs", "- Supersedes: ADR-0001 (the old way)", "supersedes"),
])
@pytest.mark.parametrize("command", [("accept",), ("deprecate",), ("status", "rejected"),
                                     ("revisit", "--outcome", "kept", "--next", "2022-06-01")])
def test_a_related_section_in_the_body_does_not_block_a_status_edit(
        project: Project, heading: str, item: str, field: str, command: tuple[str, ...]) -> None:
    """Audit 57b class 2: a front-matter record whose body lists its relations under `## Related Decisions` was
    refused every status edit, saying it "would then name 1 as the records it relates to, not none" while
    `adr list` read 1 before the edit too. The edit is now judged against the record as `list` reads it, so one
    that leaves the relations alone is made, and the relations read as before."""
    project.write("decisions/0001-t1.md", "---\nstatus: accepted\ndate: 2021-01-01\n---\n# T1\n\nx\n")
    project.write("decisions/0003-t3.md", RELATED_IN_THE_BODY.format(heading=heading, item=item))
    result = project.run(command[0], "3", *command[1:])
    assert (result.exit_code, result.stderr) == (0, "")
    after = project.read("decisions/0003-t3.md")
    assert after.split("\n# T3\n")[1] == RELATED_IN_THE_BODY.format(heading=heading, item=item).split("\n# T3\n")[1]
    assert json.loads(project.run("list", "--format", "json").stdout)[1][field] == [1]


def test_a_relation_linked_beside_a_related_section_keeps_both(project: Project) -> None:
    """Audit 57b class 2: a relation written into the front matter of a record whose body's Related section names
    another is checked against both; the record then relates to both."""
    project.write("decisions/0001-t1.md", "---\nstatus: accepted\ndate: 2021-01-01\n---\n# T1\n\nx\n")
    project.write("decisions/0002-t2.md", "---\nstatus: accepted\ndate: 2021-01-02\n---\n# T2\n\nx\n")
    project.write("decisions/0003-t3.md", RELATED_IN_THE_BODY.format(heading="Decisions", item="- ADR-0001: T1"))
    result = project.run("link", "3", "relates-to", "2")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("decisions/0003-t3.md").startswith("---\nstatus: proposed\ndate: 2021-01-03\n"
                                                           "relates-to: [2]\n---\n")
    assert json.loads(project.run("list", "--format", "json").stdout)[2]["relates_to"] == [2, 1]


@pytest.mark.parametrize("fields", ["Data: 2026-01-01 | Status: Accepted | Revisit: 2026-06-01",
                                    "Status: Accepted | Date: 2026-01-01 | Revisit: 2026-06-01"])
def test_revisit_replaces_the_point_a_line_of_fields_apart_by_bars_states(project: Project, fields: str) -> None:
    """Attack 57 (F7): on `Data: 2026-01-01 | Status: Accepted | Revisit: 2026-06-01` the revisit point went unread
    (the status read as `Accepted | Revisit: ..`), and `adr revisit` added a second `Revisit:` line under it. The
    line's revisit field is read, and a revisit writes its new point there."""
    project.write("doc/adr/0004-d.md", f"# 4. D\n\n{fields}\n\n## Context\n\nc\n")
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["date"], row["revisit"]) for row in rows] == [
        ("accepted", "2026-01-01", "2026-06-01")]
    result = project.run("revisit", "4", "-o", "kept", "--next", "2027-06-01")
    assert result.exit_code == 0, result.stderr
    assert project.read("doc/adr/0004-d.md") == \
        f"# 4. D\n\n{fields.replace('2026-06-01', '2027-06-01')}\n\n## Context\n\nc\n"


PHODAL_KEYED = ("# 1. Use Redis\n\nDate: 2020-04-05\n\n## Status\n\nStatus: Accepted on 2020-04-05\n\n## Context\n\nx\n",
                "# 2. Use Kafka\n\nDate: 2018-02-23\n\n## Status\n\nSTATUS：accepted\n\n2018-02-23 proposed\n"
                "2018-03-01 accepted\n\n## Context\n\nx\n")


@pytest.mark.parametrize("today", ["2025-11-03", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_a_status_key_inside_a_phodal_status_section_keeps_its_key_day_and_history(project: Project,
                                                                                   today: str) -> None:
    """Audit 57 (lane a, class 4): a status change kept `STATUS：` but added no entry to the dated history below
    it, and dropped the day of `Status: Accepted on 2020-04-05`; supersede wrote `Superseded by [..]` in place of
    the key line. Each now keeps the key, says the day where the line did, and adds the day's dated entry."""
    project.today = today
    project.write("doc/adr/0001-use-redis.md", PHODAL_KEYED[0])
    project.write("doc/adr/0002-use-kafka.md", PHODAL_KEYED[1])
    assert project.run("deprecate", "1").exit_code == 0
    assert project.run("deprecate", "2").exit_code == 0
    assert project.read("doc/adr/0001-use-redis.md") == PHODAL_KEYED[0].replace(
        "Accepted on 2020-04-05", f"Deprecated on {today}")
    assert project.read("doc/adr/0002-use-kafka.md") == PHODAL_KEYED[1].replace(
        "STATUS：accepted", "STATUS：deprecated").replace("accepted\n\n## C", f"accepted\n{today} deprecated\n\n## C")
    project.write("doc/adr/0001-use-redis.md", PHODAL_KEYED[0])
    project.write("doc/adr/0002-use-kafka.md", PHODAL_KEYED[1])
    assert project.run("new", "Use NATS").exit_code == 0
    for number in ("1", "2"):
        result = project.run("supersede", number, "--by", "3")
        assert result.exit_code == 0, result.stderr
    assert project.read("doc/adr/0001-use-redis.md") == PHODAL_KEYED[0].replace(
        "Accepted on 2020-04-05", "Superseded by [3. Use NATS](0003-use-nats.md)")
    assert project.read("doc/adr/0002-use-kafka.md") == PHODAL_KEYED[1].replace(
        "STATUS：accepted", "STATUS：superseded by [3. Use NATS](0003-use-nats.md)").replace(
        "accepted\n\n## C", f"accepted\n{today} superseded\n\n## C")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["superseded_by"], row["supersedes"]) for row in listed] == [
        ("superseded", [3], []), ("superseded", [3], []), ("proposed", [], [1, 2])]


@pytest.mark.parametrize("today", ["2026-01-10", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_a_day_s_entry_below_a_capitalised_status_key_follows_the_history_s_case(project: Project,
                                                                                  today: str) -> None:
    """Review 57 F8: below `Status: Proposed on 2020-04-05`, a history written in lower case got `2026-01-10
    Accepted` in the key line's capitals. The entry follows the history's case; the key line keeps its own."""
    project.today = today
    record = ("# 1. Use Redis\n\nDate: 2020-04-05\n\n## Status\n\nStatus: Proposed on 2020-04-05\n\n"
              "2020-04-05 proposed\n\n## Context\n\nx\n")
    project.write("doc/adr/0001-use-redis.md", record)
    result = project.run("accept", "1")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("doc/adr/0001-use-redis.md") == record.replace(
        "Proposed on 2020-04-05", f"Accepted on {today}").replace(
        "proposed\n\n## C", f"proposed\n\n{today} accepted\n\n## C")


@pytest.mark.parametrize("line", ["Status:: Proposed", "**Status:**: Proposed **Status:** **Date:**",
                                  "**Status**:： Proposed"])
def test_a_status_key_s_separator_written_twice_stays(project: Project, line: str) -> None:
    """Review 57 F7: the reader takes `Proposed` out of `Status:: Proposed`; accept wrote `Status:Accepted`,
    replacing the second colon and its blank with the word. Only the word is replaced."""
    project.write("doc/adr/0001-use-x.md", f"# 1. Use X\n\n{line}\n\n## Context\n\nc\n")
    result = project.run("accept", "1")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("doc/adr/0001-use-x.md") == \
        f"# 1. Use X\n\n{line.replace('Proposed', 'Accepted')}\n\n## Context\n\nc\n"


AGENTIC = ("# ADR-000{n}：决定 {n}\n\n- 状态：Accepted\n- 日期：2026-07-1{n}\n- 决策者：项目组\n\n## 背景（Context）\n\n"
           "文本。\n\n## 决策（Decision）\n\n文本。\n")


def test_a_bullet_added_to_a_chinese_log_is_keyed_and_headed_in_its_way(project: Project) -> None:
    """Audit 57 (lane b, class 9): in AndyUneducated/agentic-trading (`- 日期：2026-07-16`, no blank after the
    full-width colon) revisit wrote `- 复查日期： 2027-06-01`. The bullet now follows the colon as the log does; a
    supersede is a key line, as the log keys its records. A new record is titled
    as the log's (`# ADR-0004：第四`, a full-width colon), not written as MADR 2's English record, and its
    supersedes bullet follows the colon as the log does too."""
    for n in (1, 2):
        project.write(f"docs/decisions/000{n}-d{n}.md", AGENTIC.format(n=n))
    project.write("docs/decisions/0003-d3.md", AGENTIC.format(n=3).replace("- 决策者：项目组\n", "- 决策者：\n"))
    result = project.run("revisit", "1", "--outcome", "kept", "--next", "2027-06-01")
    assert result.exit_code == 0, result.stderr
    assert project.read("docs/decisions/0001-d1.md") == AGENTIC.format(n=1).replace(
        "- 决策者：项目组\n", "- 决策者：项目组\n- 复查日期：2027-06-01\n")
    assert project.run("supersede", "2", "--by", "3").exit_code == 0  # (a key line, as the log keys its records)
    assert "- 决策者：\n- 取代：[ADR-0002](0002-d2.md)\n\n## 背景" in project.read("docs/decisions/0003-d3.md")
    assert project.run("new", "--supersedes", "1", "第四").exit_code == 0  # (its title framed `ADR-0004：`)
    assert project.read("docs/decisions/0004-第四.md") == (
        "# ADR-0004：第四\n\n- 状态：Proposed\n- 日期：2021-05-01\n- 决策者：\n- 取代：[ADR-0001](0001-d1.md)\n\n"
        "## 背景（Context）\n\n## 决策（Decision）\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["revisit"], row["status"], row["supersedes"]) for row in listed] == [
        ("2027-06-01", "superseded", []), (None, "superseded", []), (None, "accepted", [2]), (None, "proposed", [1])]


def test_a_links_section_added_to_a_chinese_record_is_headed_in_chinese(project: Project) -> None:
    """Audit 57 (lane b, class 9): a Links section supersede adds to a record of a MADR 2 log whose titles carry no
    number was headed `## Links` in a record headed in Chinese. Where the log has no Links heading of its own, it
    is the reader's Chinese word for it, and the relation reads back."""
    for n in (1, 2):
        project.write(f"docs/decisions/000{n}-d{n}.md", f"# 决定 {n}\n\n- 状态：Accepted\n- 日期：2026-07-1{n}\n\n"
                      "## 背景\n\n文本。\n")
    assert project.run("supersede", "1", "--by", "2").exit_code == 0
    assert project.read("docs/decisions/0002-d2.md").endswith("文本。\n\n## 链接\n\n- 取代 [ADR-0001](0001-d1.md)\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["supersedes"]) for row in listed] == [("superseded", []), ("accepted", [1])]


ATTACHED = "its status has a remark attached ({!r}), which is about the old status and would then be said of the new " \
           "one; edit it by hand"


@pytest.mark.parametrize(("status", "command", "reason"), [
    ("Accepted — by the architecture board on 2026-01-05", ("deprecate", "1"),
     ATTACHED.format("by the architecture board on 2026-01-05")),
    ("Accepted: by the CTO", ("deprecate", "1"), ATTACHED.format("by the CTO")),
    ("Accepted (by Bob)", ("deprecate", "1"), ATTACHED.format("(by Bob)")),
    ("Accepted (2026-01-05) (by Bob)", ("deprecate", "1"), ATTACHED.format("(by Bob)")),
    ("Accepted  \nby the board", ("deprecate", "1"), ATTACHED.format("by the board")),
    ("Accepted\\\nby the board", ("deprecate", "1"), ATTACHED.format("by the board")),
    ("Accepted.\nBy the board.", ("deprecate", "1"), ATTACHED.format("By the board.")),
    ("⏳ Proposed (awaiting review)", ("accept", "1"), ATTACHED.format("(awaiting review)")),
    ("Proposed — under review by CoE team.", ("accept", "1"), ATTACHED.format("under review by CoE team.")),
    ("Accepted (Partially Superseded)", ("supersede", "1", "--by", "2"), ATTACHED.format("(Partially Superseded)")),
    ("Accepted; pending the audit", ("deprecate", "1"), ATTACHED.format("pending the audit")),
    ("Proposed. (pending CTO sign-off)", ("accept", "1"), ATTACHED.format("(pending CTO sign-off)")),
    ("Accepted (2026-01-01). (by the board)", ("deprecate", "1"), ATTACHED.format("(by the board)")),
    ("[Accepted](http://x/accepted) on 2026-01-03", ("deprecate", "1"),
     "its status's sentence goes on after the status ('on 2026-01-03'), which would then be said of the new status; "
     "end the sentence after the status, or edit it by hand"),
    ("[Accepted](http://x/accepted)", ("deprecate", "1"),
     "its status is the text of a link (to http://x/accepted), which would then name the new status; edit it by hand"),
])
def test_a_remark_attached_to_the_status_is_about_the_old_one_and_refused(
        project: Project, status: str, command: tuple[str, ...], reason: str) -> None:
    """Round 57 (attack F3, HMCTS's `Proposed — under review by CoE team.`, pepr's `Accepted (Partially
    Superseded)`): a remark after a dash, a colon, in brackets, after a hard line break, or opening with `by`,
    `pending` and the like was kept as a paragraph of its own under the new status, where it read as about that one.
    It is about the old status: the edit is refused, naming it, nothing written. A status that is a link's text was
    refused quoting the link's address (F12): the words after the link are named, or the link."""
    record = project.write("decisions/0001-t1.md", _status_record(1, status, dated=True))
    project.write("decisions/0002-t2.md", _status_record(2, "Accepted", dated=True))
    result = project.run(*command)
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {record}: cannot edit it exactly: {reason}; nothing was changed\n")
    assert project.read("decisions/0001-t1.md") == _status_record(1, status, dated=True)


def test_a_note_after_the_status_s_sentence_or_a_remark_only_of_its_day_is_not_a_remark_attached(
        project: Project) -> None:
    """Round 57: the refusal of a remark attached to the status leaves alone a note after the status's sentence
    ends (kept as a paragraph), a remark after a dash that is only the old status's cycle (dropped with it), and a note
    after a bar that opens with none of the words of a remark."""
    for number, status in ((1, "Accepted. Phase 1 complete."), (2, "Accepted — cycle 237"),
                           (3, "Accepted | Date: 2026-02-02")):
        project.write(f"decisions/000{number}-t{number}.md", _status_record(number, status, dated=True))
        assert project.run("deprecate", str(number)).exit_code == 0
    assert [project.read(f"decisions/000{number}-t{number}.md") for number in (1, 2, 3)] == [
        _status_record(1, "Deprecated\n\nPhase 1 complete.", dated=True), _status_record(2, "Deprecated", dated=True),
        _status_record(3, "Deprecated\n\nDate: 2026-02-02", dated=True)]


@pytest.mark.parametrize("after", ["", " (2026-01-01)", " by the board", ": by the board", " <!-- c -->"])
def test_the_bold_item_of_a_list_of_statuses_is_the_one_marked_whatever_follows_it(
        project: Project, after: str) -> None:
    """Attack 57 F4: `- **Accepted** by the board` among `- Proposed` and `- Rejected` was read as proposed (the
    first item), so `adr reject` passed on a decision written as accepted and left two items in bold. It is read as
    accepted, reject is refused, and deprecate moves the bold to a new item, the words after the old one kept."""
    project.write("decisions/0001-t1.md", _status_record(1, f"- Proposed\n- **Accepted**{after}\n- Rejected"))
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [row["status"] for row in listed] == ["accepted"]
    result = project.run("reject", "1")
    assert (result.exit_code, result.stderr) == (
        2, "adr: cannot reject ADR 0001: it is accepted (only a draft or proposed decision can be; see `adr "
           "lifecycle`)\n")
    assert project.run("deprecate", "1").exit_code == 0
    assert project.read("decisions/0001-t1.md") == _status_record(
        1, f"- Proposed\n- Accepted{after}\n- Rejected\n- **Deprecated**")


def test_a_list_of_statuses_with_two_items_marked_states_none_and_is_not_edited(project: Project) -> None:
    """Attack 57 F4: with two items in bold (`- **Accepted** <!-- c -->` before), the reader took the first item
    and an edit bolded a third. Two items marked: the reader takes none, and a status edit is refused."""
    text = _status_record(1, "- Proposed\n- **Accepted**\n- **Rejected**")
    project.write("decisions/0001-t1.md", text)
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [row["status"] for row in listed] == [None]
    result = project.run("deprecate", "1")
    assert (result.exit_code, result.stderr) == (
        2, "adr: cannot deprecate ADR 0001: it is without a status (only a proposed or accepted decision can be; see "
           "`adr lifecycle`)\n")
    assert project.read("decisions/0001-t1.md") == text


@pytest.mark.parametrize(("status", "command", "written"), [
    ("Proposed | **Accepted** | Rejected | Deprecated", ("deprecate", "1"),
     "Proposed | Accepted | Rejected | **Deprecated**"),
    ("~~Proposed~~ Accepted ~~Deprecated~~", ("deprecate", "1"), "~~Proposed~~ ~~Accepted~~ Deprecated"),
    ("Proposed · **Accepted** · Deprecated", ("deprecate", "1"), "Proposed · Accepted · **Deprecated**"),
    ("Proposed, **Accepted**, Deprecated", ("deprecate", "1"), "Proposed, Accepted, **Deprecated**"),
    ("Proposed / **Accepted** / Deprecated", ("deprecate", "1"), "Proposed / Accepted / **Deprecated**"),
    ("`Accepted`", ("deprecate", "1"), "`Deprecated`"),
    ("**Accepted**", ("deprecate", "1"), "**Deprecated**"),
    ("⏳ Accepted", ("deprecate", "1"), "⏳ Deprecated"),
    ("Proposed | **Accepted** | Superseded", ("supersede", "1", "--by", "2"),
     "Proposed | Accepted | **Superseded**\n\nSuperseded by [2. T2](0002-t2.md)"),
])
def test_a_status_line_of_the_statuses_offered_moves_its_mark_and_a_word_keeps_its_marks(
        project: Project, status: str, command: tuple[str, ...], written: str) -> None:
    """Attack 57 F5, F4, F13: a line of the statuses offered (`Proposed | **Accepted** | Rejected`, struck ones,
    options apart by `·` or `,`) was replaced whole by the new status, the others lost, and a status word in a code
    span, in bold or after an emoji lost its marks. The mark moves on the line; a word keeps its marks. Options apart
    by `/` with one marked were taken for the template's choices, none chosen (no status)."""
    project.write("decisions/0001-t1.md", _status_record(1, status, dated=True))
    project.write("decisions/0002-t2.md", _status_record(2, "Accepted", dated=True))
    result = project.run(*command)
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("decisions/0001-t1.md") == _status_record(1, written, dated=True)
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert listed[0]["status"] == command[0].replace("deprecate", "deprecated").replace("supersede", "superseded")


@pytest.mark.parametrize(("status", "reason"), [
    ("Proposed | **Accepted** | Rejected", "its status line offers the statuses ('Proposed | **Accepted** | "
     "Rejected') but not deprecated; add it by hand, or edit the line"),
    ("Proposed → Accepted", "its status line is a record of status changes ('Proposed → Accepted'); add the new status "
     "to it by hand"),
    ("Status: **Accepted** 🟢", "its status line marks the status with a sign after it ('Status: **Accepted** 🟢'), "
     "which would then be said of the new status; edit it by hand"),
])
def test_a_status_line_no_edit_of_its_word_keeps_is_refused(project: Project, status: str, reason: str) -> None:
    """Attack 57 F5: `Proposed → Accepted` and an options line with no item for the new status were replaced whole
    by it; `Status: **Proposed** 🟡` lost its key, bold and sign. Each is refused, naming the line, nothing written."""
    record = project.write("decisions/0001-t1.md", _status_record(1, status, dated=True))
    result = project.run("deprecate", "1")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {record}: cannot edit it exactly: {reason}; nothing was changed\n")
    assert project.read("decisions/0001-t1.md") == _status_record(1, status, dated=True)


@pytest.mark.parametrize("line", ["Status: Accepted, Implemented", "Accepted, Implemented"])
def test_a_status_and_a_remark_after_a_comma_is_refused_as_a_sentence_going_on(project: Project, line: str) -> None:
    """Review 57 F6: `Accepted, Implemented`, which the reader takes as `accepted`, was refused as a line offering
    several statuses and marking none. It is a status and a remark: refused as the sentence going on after it."""
    text = f"# 1. Use X\n\nDate: 2024-01-01\n\n## Status\n\n{line}\n\n## Context\n\nx\n"
    record = project.write("doc/adr/0001-use-x.md", text)
    assert [row["status"] for row in json.loads(project.run("list", "--format", "json").stdout)] == ["accepted"]
    result = project.run("deprecate", "1")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {record}: cannot edit it exactly: its status's sentence goes on after the status ('Implemented'), "
           "which would then be said of the new status; end the sentence after the status, or edit it by hand; "
           "nothing was changed\n")
    assert project.read("doc/adr/0001-use-x.md") == text


def test_a_current_status_line_offering_statuses_and_marking_none_is_refused(project: Project) -> None:
    """Attack 57 F13: `**Current Status**: Proposed | Accepted` under front matter became `**Current Status**:
    Accepted` and a paragraph `Accepted`. It marks none of the statuses it offers: refused, nothing written."""
    text = "---\nstatus: proposed\ndate: 2020-01-01\n---\n# T1\n\n## Status\n\n**Current Status**: Proposed | " \
           "Accepted\n\n## Context\n\nc\n"
    record = project.write("docs/adr/0001-t1.md", text)
    result = project.run("accept", "1")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {record}: cannot edit it exactly: its status line offers several statuses ('**Current Status**: "
           "Proposed | Accepted') and marks none of them; mark the one chosen by hand; nothing was changed\n")
    assert project.read("docs/adr/0001-t1.md") == text


@pytest.mark.parametrize("apart", [" | ", " · ", " "])
def test_a_key_line_of_several_fields_has_its_first_field_edited(project: Project, apart: str) -> None:
    """Attack 57b (F5): `**Status:** Proposed | **Date:** 2026-02-01` (and with ` · `, or the next bold key
    alone) was refused by every status edit, its Date field blamed as words about the status, while the code-span
    form `` **Status:** `Proposed` | .. `` was edited. The line's first field is now the status's words; the
    others stay as they are."""
    fields = f"**Status:** {{status}}{apart}**Date:** 2026-02-01{apart}**Owner:** Ann"
    project.write("decisions/0001-a.md", "# 1. A\n\n" + fields.format(status="Accepted") + "\n\n## Context\n\nC.\n")
    project.write("decisions/0002-b.md", "# 2. B\n\n" + fields.format(status="Proposed") + "\n\n## Context\n\nC.\n")
    assert project.run("accept", "2").exit_code == 0
    assert project.run("supersede", "1", "--by", "2").exit_code == 0
    assert project.read("decisions/0002-b.md").splitlines()[2:4] == [fields.format(status="Accepted"),
                                                                     "**Supersedes:** [ADR-0001](0001-a.md)"]
    assert project.read("decisions/0001-a.md").splitlines()[2] == fields.format(
        status="Superseded by [ADR-0002](0002-b.md)")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["date"]) for row in listed] == [("superseded", "2026-02-01"),
                                                                ("accepted", "2026-02-01")]


def test_a_madr2_status_bullet_of_several_fields_keeps_the_others(project: Project) -> None:
    """Attack 57b (F5): a MADR 2 bullet `* Status: proposed | Date: 2026-02-01` has its first field edited; the
    others stay as written (the bullet was written anew from its key, which would have dropped them)."""
    project.write("decisions/0001-a.md", "# A\n\n* Status: proposed | Date: 2026-02-01\n\n"
                  "## Context and Problem Statement\n\nC.\n")
    assert project.run("accept", "1").exit_code == 0
    assert project.read("decisions/0001-a.md") == ("# A\n\n* Status: accepted | Date: 2026-02-01\n\n"
                                                   "## Context and Problem Statement\n\nC.\n")


def test_a_remark_on_the_status_of_a_key_line_of_several_fields_is_quoted_alone(project: Project) -> None:
    """Attack 57b (F5): the remark attached to the status of `**Status:** Accepted (by Bob) | **Date:** ..` was
    quoted with the next field (`(by Bob) | **Date:** 2026-02-01`); it is quoted alone, the file left as it is."""
    text = "# 1. A\n\n**Status:** Accepted (by Bob) | **Date:** 2026-02-01\n\n## Context\n\nC.\n"
    record = project.write("decisions/0001-a.md", text)
    result = project.run("deprecate", "1")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {record}: cannot edit it exactly: its status has a remark attached ('(by Bob)'), which is about "
           "the old status and would then be said of the new one; edit it by hand; nothing was changed\n")
    assert project.read("decisions/0001-a.md") == text


@pytest.mark.parametrize(("status", "said"), [
    ("Proposed " + "`a|b` " * 20000 + "**Date:** 2026-01-01", "its status's sentence goes on after the status ('{}'), "
     "which would then be said of the new status; end the sentence after the status, or edit it by hand"),
    ("Proposed (by " + "Bob and " * 20000 + "Ann)", "its status has a remark attached ('{}'), which is about the old "
     "status and would then be said of the new one; edit it by hand"),
])
def test_a_refusal_quotes_a_short_piece_of_a_long_line(project: Project, status: str, said: str) -> None:
    """Attack 57b (F6): a refusal quoted the record's words whole, 300 kB of a status line on stderr. Every refusal
    now quotes at most a short piece of them, cut with `…` (``errors.quoted``)."""
    text = f"# 1. A\n\n**Status:** {status}\n\n## Context\n\nC.\n"
    record = project.write("decisions/0001-a.md", text)
    result = project.run("accept", "1")
    words = status.removeprefix("Proposed ")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {record}: cannot edit it exactly: {said.format(words[:79] + '…')}; nothing was changed\n")
    assert project.read("decisions/0001-a.md") == text


BLOCK_LAST = ("---\nstatus: {status}\ndate: 2021-01-01\ndecision-makers:\n  - Ann\n  - |{chomping}\n    multi\n    ---\n"
              "    line\n{blank}---\n# Use Postgres\n\n## Context and Problem Statement\n\nC.\n")


@pytest.mark.parametrize(("status", "command", "added"), [
    ("accepted", ("revisit", "1", "--outcome", "kept", "--next", "2027-01-01"),
     (3, "revisit: 2027-01-01", 9, "revisits:\n  - {date: 2021-05-01, outcome: kept, next: 2027-01-01}")),
    ("proposed", ("accept", "1"), None),
])
def test_front_matter_ending_in_a_block_scalar_is_edited(project: Project, status: str, command: tuple[str, ...],
                                                         added: tuple[int, str, int, str] | None) -> None:
    """Attack 57b (F11): front matter whose last value is a `|` block scalar (its text holding an indented `---`)
    was read without the line break YAML gives it, so an edit that put a key after it was refused ("would then
    read as Ann and multi\\n---\\nline\\n, not .."). The front matter is read as YAML reads it in the file, and
    the edit is made."""
    text = BLOCK_LAST.format(status=status, chomping="", blank="")
    project.write("decisions/0001-use-postgres.md", text)
    result = project.run(*command)
    assert (result.exit_code, result.stderr) == (0, "")
    lines = text.replace("status: proposed", "status: accepted").split("\n")
    if added is not None:
        lines.insert(added[2], added[3])
        lines.insert(added[0], added[1])
    assert project.read("decisions/0001-use-postgres.md") == "\n".join(lines)
    assert json.loads(project.run("show", "1", "--format", "json").stdout)["decision_makers"] == [
        "Ann", "multi\n---\nline"]


def test_an_edit_that_would_change_a_block_scalar_says_how(project: Project) -> None:
    """Attack 57b (F11): where an edit would change how YAML reads a value (a `|+` block scalar keeping the blank
    line before the fence would lose it to the key put after it), the refusal says in plain words what would
    change, the text quoted as YAML reads it."""
    text = BLOCK_LAST.format(status="accepted", chomping="+", blank="\n")
    record = project.write("decisions/0001-use-postgres.md", text)
    result = project.run("revisit", "1", "--outcome", "kept", "--next", "2027-01-01")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {record}: cannot edit it exactly: item 2 of its `decision-makers` ('multi\\n---\\nline\\n\\n') "
           "would then end with one line break, not two line breaks; nothing was changed\n")
    assert project.read("decisions/0001-use-postgres.md") == text


@pytest.mark.parametrize("today", ["2026-12-07", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_a_record_dated_only_by_its_status_s_day_keeps_it_after_adr_adds_an_entry(project: Project,
                                                                                  today: str) -> None:
    """Attack 57b F3: `Accepted (2026-03-03)` with no `Date:` line is dated 2026-03-03; `adr deprecate` adds the
    day's entry after it (the history kept), and the record then read with no date: its only day was lost. It keeps
    the day of the entry that decided it (or, never decided, of the one that put it forward), as a history on
    lines already did."""
    project.today = today
    for number, status in ((1, "Accepted (2026-03-03)"), (2, "2026-03-03 Accepted"), (3, "Proposed (2026-01-05)")):
        project.write(f"doc/adr/000{number}-t{number}.md", _status_record(number, status))
    for number in (1, 2, 3):
        assert project.run("deprecate", str(number)).exit_code == 0
    assert project.read("doc/adr/0001-t1.md") == _status_record(1, f"Accepted (2026-03-03)\n\nDeprecated ({today})")
    assert project.read("doc/adr/0002-t2.md") == _status_record(2, f"2026-03-03 Accepted\n\n{today} Deprecated")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["date"]) for row in listed] == [("deprecated", "2026-03-03"),
                                                                 ("deprecated", "2026-03-03"),
                                                                 ("deprecated", "2026-01-05")]


@pytest.mark.parametrize("status", ["Accepted (March 3rd, 2026)", "Accepted (on March 3, 2026)",
                                    "Accepted (March 3, 2026; cycle 5)"])
def test_a_status_s_day_in_words_month_first_moves_to_a_date_line(project: Project, status: str) -> None:
    """Attack 57b F3 (related): `Accepted (March 3, 2026)` dated nothing, so `adr deprecate` dropped the remark,
    the record's only day, without a word. Read as `(3 March 2026)` is, the day of a remark no entry can be
    written like now moves to a `Date:` line, the remark going with the old status (the day alone is an entry of a
    history: round 58's tests in test_status_sections.py)."""
    project.write("doc/adr/0001-t1.md", _status_record(1, status))
    result = project.run("deprecate", "1")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("doc/adr/0001-t1.md") == "# 1. T1\n\nDate: 2026-03-03\n\n" + \
        _status_record(1, "Deprecated").split("\n\n", 1)[1]
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["date"]) for row in listed] == [("deprecated", "2026-03-03")]


@pytest.mark.parametrize(("status", "date"), [("accepted (2026-03-03)", "2026-03-03"),
                                              ("accepted (March 3, 2026)", "2026-03-03"),
                                              ('"accepted (3 March 2026)"', '"2026-03-03"')])
def test_a_front_matter_status_s_own_day_moves_to_its_date_key(project: Project, status: str, date: str) -> None:
    """Attack 57b F3, in front matter: `status: accepted (2026-03-03)` and no `date` key dates the record by the
    status's day; `adr deprecate` wrote `status: deprecated` and the record then read with no date, the remark
    gone without a word. The day is now written as its `date` key first, quoted as the front matter's values
    are, as a Nygard record's goes to a `Date:` line."""
    project.write("decisions/0001-a.md", f'---\nstatus: {status}\ntags: ["x"]\n---\n# A\n\n## Context\n\nx\n')
    result = project.run("deprecate", "1")
    assert (result.exit_code, result.stderr) == (0, "")
    deprecated = "deprecated" if date[:1] != '"' else '"deprecated"'
    assert project.read("decisions/0001-a.md") == f'---\nstatus: {deprecated}\ndate: {date}\ntags: ["x"]\n---\n' \
                                                  "# A\n\n## Context\n\nx\n"
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["date"]) for row in listed] == [("deprecated", "2026-03-03")]


ADR_TOOLS_FIRST = "# 1. Record architecture decisions\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nc\n"


@pytest.mark.parametrize(("status", "accepted"), [
    (":white_check_mark: **Proposed**", ":white_check_mark: **Accepted**"),
    (":hourglass: Proposed", ":hourglass: Accepted"),
    (":hourglass: `Proposed`", ":hourglass: `Accepted`"),
    ("✅ **Proposed**", "✅ **Accepted**"),
])
def test_a_status_keeps_its_shortcode_marks_and_case(project: Project, status: str, accepted: str) -> None:
    """Attack 57b F4: `:white_check_mark: **Proposed**` became `accepted`, `:hourglass: Proposed` became
    `:hourglass: accepted`: an emoji shortcode hid the status word from the editor and set the case. The word alone
    changes, in the log's case, as it did after a Unicode emoji."""
    project.write("doc/adr/0001-record-architecture-decisions.md", ADR_TOOLS_FIRST)
    text = f"# 2. Use Postgres\n\nDate: 2026-02-01\n\n## Status\n\n{status}\n\n## Context\n\nc\n"
    project.write("doc/adr/0002-use-postgres.md", text)
    result = project.run("accept", "2")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "doc/adr/0002-use-postgres.md: proposed -> accepted\n",
                                                                "")
    assert diff(text, project.read("doc/adr/0002-use-postgres.md")) == [f"-{status}", f"+{accepted}"]


def test_a_status_s_own_day_after_a_shortcode_is_read_and_kept(project: Project) -> None:
    """Attack 57b F4: `:hourglass: Proposed (2026-01-05)` gave the record no day and `adr accept` replaced it by
    `accepted`. Read as `⏳ Proposed (2026-01-05)` is: dated by it, and the day's entry added after it."""
    project.today = "2026-03-01"
    project.write("doc/adr/0001-record-architecture-decisions.md", ADR_TOOLS_FIRST)
    text = "# 2. Use Postgres\n\n## Status\n\n:hourglass: Proposed (2026-01-05)\n\n## Context\n\nc\n"
    project.write("doc/adr/0002-use-postgres.md", text)
    shown = json.loads(project.run("show", "2", "--format", "json").stdout)
    assert (shown["status"], shown["date"]) == ("proposed", "2026-01-05")
    assert project.run("accept", "2").exit_code == 0
    assert project.read("doc/adr/0002-use-postgres.md") == (
        "# 2. Use Postgres\n\n## Status\n\n:hourglass: Proposed (2026-01-05)\n\n:hourglass: Accepted (2026-03-01)\n\n"
        "## Context\n\nc\n")


@pytest.mark.parametrize(("line", "accepted"), [
    ("**Status:** :hourglass: Proposed (2026-01-05)", "**Status:** :hourglass: Accepted"),
    ("**Status:** :x:Proposed (2026-01-05)", "**Status:** :x:Accepted"),
    ("**Status:** :white_check_mark:**Proposed (2026-01-05)**", "**Status:** :white_check_mark:**Accepted**"),
])
def test_a_key_line_status_s_shortcode_stays_when_its_day_moves(project: Project, line: str, accepted: str) -> None:
    """Attack 58 F1: `**Status:** :hourglass: Proposed (2026-01-05)` became `**Status:** :Accepted`, the shortcode
    cut to its first colon (taken for a second key separator) and, with the day, replaced whole. The day moves to
    a `Date:` line as without a shortcode, and the shortcode and marks stay around the new word."""
    project.write("doc/adr/0001-record-architecture-decisions.md", ADR_TOOLS_FIRST)
    text = f"# 2. Use Postgres\n\n{line}\n\n## Context\n\nc\n"
    project.write("doc/adr/0002-use-postgres.md", text)
    result = project.run("accept", "2")
    assert (result.exit_code, result.stderr) == (0, "")
    assert diff(text, project.read("doc/adr/0002-use-postgres.md")) == [f"-{line}", f"+{accepted}",
                                                                      "+**Date:** 2026-01-05"]


@pytest.mark.parametrize(("status", "after"), [
    (":x:Proposed (2026-01-05)", ":x:Proposed (2026-01-05)\n\n:x:Accepted (2026-03-01)"),
    (":x:Proposed", ":x:Accepted"),
    (":white_check_mark:Proposed", ":white_check_mark:Accepted"),
])
def test_a_shortcode_glued_to_the_status_is_kept_with_its_day_and_case(project: Project, status: str,
                                                                       after: str) -> None:
    """Attack 58 F2, F3: `:x:Proposed (2026-01-05)` (no blank after the shortcode) gave the record no day and
    `adr accept` wrote `accepted` alone; `:x:Proposed` became `:x:accepted`. Read and edited as `:x: Proposed`
    is: dated by its day, its history's next entry added, the shortcode and the log's case kept."""
    project.today = "2026-03-01"
    project.write("doc/adr/0001-record-architecture-decisions.md", ADR_TOOLS_FIRST)
    text = f"# 2. Use Postgres\n\n## Status\n\n{status}\n\n## Context\n\nc\n"
    project.write("doc/adr/0002-use-postgres.md", text)
    shown = json.loads(project.run("show", "2", "--format", "json").stdout)
    assert (shown["status"], shown["date"]) == ("proposed", "2026-01-05" if "(" in status else None)
    assert project.run("accept", "2").exit_code == 0
    assert project.read("doc/adr/0002-use-postgres.md") == text.replace(status, after)


def test_a_chosen_status_holding_its_day_is_read_and_moved(project: Project) -> None:
    """Attack 58 F13: `Proposed / **Accepted (2026-01-05)** / Rejected / Deprecated` read as proposed, the bold
    choice's day hiding it. Read as accepted; deprecate moves the bold, the day left with the status it dates."""
    project.write("doc/adr/0001-record-architecture-decisions.md", ADR_TOOLS_FIRST)
    text = "# 2. Use Postgres\n\nDate: 2026-01-01\n\n## Status\n\n" \
           "Proposed / **Accepted (2026-01-05)** / Rejected / Deprecated\n\n## Context\n\nc\n"
    project.write("doc/adr/0002-use-postgres.md", text)
    assert json.loads(project.run("show", "2", "--format", "json").stdout)["status"] == "accepted"
    assert project.run("deprecate", "2").exit_code == 0
    assert project.read("doc/adr/0002-use-postgres.md") == text.replace(
        "Proposed / **Accepted (2026-01-05)** / Rejected / Deprecated",
        "Proposed / Accepted (2026-01-05) / Rejected / **Deprecated**")
    assert json.loads(project.run("show", "2", "--format", "json").stdout)["status"] == "deprecated"


@pytest.mark.parametrize("status", ["Proposed\u200b", "\u200fProposed\u200f", "\u200bProposed"])
def test_an_invisible_mark_after_the_status_word_is_ignored(project: Project, status: str) -> None:
    """Attack 58 F15: a zero-width space before `Proposed` was ignored, one after it (or a right-to-left mark
    around it) made it "not a status adr can read". Ignored on either side; the edit keeps the marks."""
    project.write("doc/adr/0001-record-architecture-decisions.md", ADR_TOOLS_FIRST)
    text = f"# 2. Use Postgres\n\nDate: 2026-01-01\n\n## Status\n\n{status}\n\n## Context\n\nc\n"
    project.write("doc/adr/0002-use-postgres.md", text)
    assert json.loads(project.run("show", "2", "--format", "json").stdout)["status"] == "proposed"
    assert project.run("accept", "2").exit_code == 0
    assert project.read("doc/adr/0002-use-postgres.md") == text.replace("Proposed", "Accepted")


@pytest.mark.parametrize(("line", "deprecated"), [
    ("**Status:** Accepted <!-- TODO ask Bob -->", "**Status:** Deprecated <!-- TODO ask Bob -->"),
    ("* Status: Accepted <!-- TODO ask Bob -->", "* Status: Deprecated <!-- TODO ask Bob -->"),
    ("**Status:** :hourglass: Accepted", "**Status:** :hourglass: Deprecated"),
    ("* Status: :white_check_mark: **Accepted**", "* Status: :white_check_mark: **Deprecated**"),
    ("* Status: `Accepted`", "* Status: `Deprecated`"),
    ("**Status:** `Accepted` | **Date:** 2026-02-01", "**Status:** `Deprecated` | **Date:** 2026-02-01"),
    ("**Status:** Accepted ````", "**Status:** Deprecated ````"),
    ("**Status:** Accepted <!-- <!-- <!--", "**Status:** Deprecated <!-- <!-- <!--"),
    ("**Status:** Accepted -->--><!--<!--", "**Status:** Deprecated -->--><!--<!--"),
])
def test_a_key_line_or_bullet_status_changes_its_word_alone(project: Project, line: str, deprecated: str) -> None:
    """Attack 57b F4, F7: a key line's or MADR 2 bullet's status lost the comment after it (`<!-- TODO ask Bob
    -->`), stray backticks, an unclosed `<!--` (leaving a blank at the line's end), a code span, a shortcode and
    bold: the whole value was replaced. Only the status word changes, as in a Status section."""
    context = "## Context and Problem Statement" if line.startswith("*") else "## Context"
    text = f"# 2. Use Postgres\n\n{line}\n\n{context}\n\nc\n"
    project.write("doc/adr/0002-use-postgres.md", text)
    result = project.run("deprecate", "2")
    assert (result.exit_code, result.stderr) == (0, "")
    assert diff(text, project.read("doc/adr/0002-use-postgres.md")) == [f"-{line}", f"+{deprecated}"]


def test_supersede_keeps_the_comment_after_a_key_line_status(project: Project) -> None:
    """Attack 57b F7: superseding a record whose status key line ends in a comment dropped it; the link takes the
    status's place and the comment stays after it. Near miss: a `<!--` with words after it, which a reader sees
    as text, is refused, named."""
    project.write("doc/adr/0001-record-architecture-decisions.md", ADR_TOOLS_FIRST)
    project.write("doc/adr/0002-use-postgres.md", "# 2. Use Postgres\n\n**Status:** Proposed <!-- TODO ask Bob -->\n\n"
                  "## Context\n\nc\n")
    assert project.run("supersede", "2", "--by", "1").exit_code == 0
    assert project.read("doc/adr/0002-use-postgres.md").split("\n")[2] == (
        "**Status:** Superseded by [ADR-0001](0001-record-architecture-decisions.md) <!-- TODO ask Bob -->")
    text = "# 3. Use Redis\n\n**Status:** Proposed <!-- <!-- ask Bob\n\n## Context\n\nc\n"
    project.write("doc/adr/0003-use-redis.md", text)
    result = project.run("accept", "3")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {project.root}/doc/adr/0003-use-redis.md: cannot edit it exactly: its status's sentence goes on after the status "
           "('<!-- <!-- ask Bob'), which would then be said of the new status; end the sentence after the status, "
           "or edit it by hand; nothing was changed\n")
    assert project.read("doc/adr/0003-use-redis.md") == text


DECREE_OLD = "# 0001: Use StrEnum\n\nDate: 2020-10-06\nStatus: Superseded\n\n## Context\n\nx\n\nIs superseded by: 0002\n"
DECREE_NEW = "# 0002: Use enum\n\nDate: 2020-10-07\nStatus: Accepted\n\n## Context\n\ny\n\nSupersedes: 0001\n"


def test_supersede_in_a_log_keying_relations_as_closing_lines_writes_them_as_decree_does(project: Project) -> None:
    """Audit 58 (class 3): in decree's log, whose records close with `Is superseded by: 0002` lines, `adr supersede`
    wrote `Status: Superseded by [ADR-0003](..)`, a status decree cannot read (its `Status:` is one word). The
    status becomes the word alone and each record gets its closing line; `adr link` and `adr new --supersedes`
    write the same lines, and all of it reads back."""
    project.write("doc/adr/0001-use-strenum.md", DECREE_OLD)
    project.write("doc/adr/0002-use-enum.md", DECREE_NEW)
    project.write("doc/adr/0003-use-more.md", "# 0003: Use more\n\nDate: 2021-01-02\nStatus: Accepted\n\n"
                  "## Context\n\nz\n")
    result = project.run("supersede", "2", "--by", "3")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("doc/adr/0002-use-enum.md") == DECREE_NEW.replace("Status: Accepted", "Status: Superseded") \
        + "\nIs superseded by: 0003\n"
    assert project.read("doc/adr/0003-use-more.md").endswith("## Context\n\nz\n\nSupersedes: 0002\n")
    result = project.run("link", "3", "amends", "1")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("doc/adr/0001-use-strenum.md") == DECREE_OLD + "\nIs amended by: 0003\n"
    assert project.read("doc/adr/0003-use-more.md").endswith("Supersedes: 0002\n\nAmends: 0001\n")
    result = project.run("new", "--supersedes", "3", "Use most")
    assert result.exit_code == 0
    assert project.read("doc/adr/0003-use-more.md").startswith(
        "# 0003: Use more\n\nDate: 2021-01-02\nStatus: Superseded\n")
    assert project.read("doc/adr/0004-use-most.md").endswith("\n\nSupersedes: 0003\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(r["status"], r["supersedes"], r["superseded_by"]) for r in listed] == [
        ("superseded", [], [2]), ("superseded", [1], [3]), ("superseded", [2], [4]), ("proposed", [3], [])]
    assert project.run("validate").stdout == ""


def test_supersede_and_link_in_a_log_of_records_named_by_their_words(project: Project) -> None:
    """Audit 58 (class 4): in cbinsights' log of records named by their words alone (`adr/zindex_values.md`), a link
    by file name (`superseded by [zindex_values](zindex_values.md)`) named no record, so `adr supersede` and `adr
    link` refused ("would not read"). The link names the record beside it: both write and read back, JSON naming
    the record by its id."""
    for name, title in (("relative_spacing", "Utilize relative spacing"), ("zindex_values", "Set z-index")):
        project.write(f"adr/{name}.md", f"# {title}\n\n- **Status:** Accepted\n- **Date:** 2020-08-28\n\n"
                      "## Context and Problem Statement\n\nWhy.\n")
    result = project.run("supersede", "relative_spacing", "--by", "zindex_values")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("adr/relative_spacing.md").startswith(
        "# Utilize relative spacing\n\n- **Status:** Superseded by [zindex_values](zindex_values.md)\n")
    result = project.run("link", "relative_spacing", "relates-to", "zindex_values")
    assert (result.exit_code, result.stderr) == (0, "")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(r["id"], r["status"], r["links"]) for r in listed] == [
        ("relative_spacing", "superseded", [
            {"kind": "superseded-by", "number": None, "id": "zindex_values", "href": "zindex_values.md"},
            {"kind": "relates-to", "number": None, "id": "zindex_values", "href": "zindex_values.md"}]),
        ("zindex_values", "accepted", [
            {"kind": "supersedes", "number": None, "id": "relative_spacing", "href": "relative_spacing.md"},
            {"kind": "relates-to", "number": None, "id": "relative_spacing", "href": "relative_spacing.md"}])]
    result = project.run("supersede", "relative_spacing", "--by", "zindex_values")
    assert (result.exit_code, result.stderr) == (
        0, "adr: relative_spacing is already superseded by zindex_values; nothing to change\n")


_GLUED = "# ADR00{n} - T{n}\n\n- **Status**: {status}\n- **Date**: 2023-0{n}-01\n\n## Decision\n\nd\n"


@pytest.mark.parametrize(("said", "written"), [
    ("Superceded by ADR002", "Superceded by ADR003"),
    ("Superseded by ADR-002", "Superseded by ADR-003"),
    ("Superceded by [ADR002](ADR002-t2.md)", "Superceded by [ADR003](ADR003-t3.md)"),
    ("Adopted", "Superseded by [ADR003](ADR003-t3.md)"),
])
def test_supersede_names_the_successor_as_the_log_s_statuses_name_theirs(project: Project, said: str,
                                                                         written: str) -> None:
    """Audit 58 (lane a, class 1): Zac-Digital/fh-services writes `- **Status**: Superceded by ADR008` in files
    `ADR008-x.md`; `adr supersede` wrote `Superceded by adr [ADR-003](..)`, a stray word and a reference not the
    log's. The successor is named as the log's statuses name theirs, by the reference alone or a link whose text
    is the log's (`[ADR003]`, the file's own where no status shows one), and the reverse key is spelt as the log
    spells the relation."""
    project.write("docs/arch/ADR001-t1.md", _GLUED.format(n=1, status=said))
    for n in (2, 3):
        project.write(f"docs/arch/ADR00{n}-t{n}.md", _GLUED.format(n=n, status="Adopted"))
    assert project.run("supersede", "2", "--by", "3").exit_code == 0
    assert project.read("docs/arch/ADR002-t2.md") == _GLUED.format(n=2, status=written)
    reverse = "Supercedes" if said.startswith("Superceded") else "Supersedes"
    name = "ADR-002" if "ADR-" in said else "ADR002"
    assert project.read("docs/arch/ADR003-t3.md") == _GLUED.format(n=3, status="Adopted").replace(
        "\n\n## Decision", f"\n- **{reverse}**: [{name}](ADR002-t2.md)\n\n## Decision")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["supersedes"], row["superseded_by"]) for row in listed][1:] == [
        ("superseded", [], [3]), ("adopted", [2], [])]


def test_status_edits_keep_a_status_sub_heading(project: Project) -> None:
    """Audit 58c class 2: a status written as a sub-heading of the Status section (adrowse's `### <img ..
    alt="提案済み" /> 提案済み`) could not be accepted or superseded ("it is without a status"); the word changes
    in place, the heading's marks and picture kept, and the picture's alt text is not taken for the word. A
    successor named in a log whose superseded records link it on the status's line is written in the log's words,
    not with the link's label (`置き換え済み 決定`)."""
    heading = '### <img src="x.svg" width="10" alt="提案済み" /> 提案済み'
    for number in (1, 2, 3):
        project.write(f"docs/decisions/0000{number}-t.md", f"# 決定 {number}\n\n## ステータス\n\n{heading}\n\n"
                      "## 背景\n\nb\n")
    project.write("docs/decisions/00004-t.md", "# 決定 4\n\n## ステータス\n\n### 承認済み\n\n## 背景\n\nb\n")
    assert project.run("accept", "1").exit_code == 0
    assert project.read("docs/decisions/00001-t.md").split("\n")[4] == (
        '### <img src="x.svg" width="10" alt="提案済み" /> 承認済み')
    for number in (2, 3):
        result = project.run("supersede", str(number), "--by", "4")
        assert (result.exit_code, result.stderr) == (0, "")
        assert project.read(f"docs/decisions/0000{number}-t.md").split("\n")[4] == (
            '### <img src="x.svg" width="10" alt="提案済み" /> 置き換え済み [決定 4](00004-t.md)')
    listed = {row["number"]: (row["status"], row["superseded_by"])
              for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert listed == {1: ("accepted", []), 2: ("superseded", [4]), 3: ("superseded", [4]), 4: ("accepted", [])}


QUOTED_BULLET = "# Use X\n\n* Status: {status}\n* Date: 2020-05-21\n\n## Context and Problem Statement\n\nx\n"


def test_a_quoted_madr2_bullet_status_is_read_and_edits_keep_its_quotes(project: Project) -> None:
    """Audit 58b, class 8: `* Status: "accepted"` (MADR 3's quoted value kept in MADR 2's bullets) read as no
    status (`list`: -, ADR301, `deprecate` refused as without one). One pair of quotes around the value is
    read as a person reads it, and a status edit keeps them."""
    project.write("docs/adr/0001-use-x.md", QUOTED_BULLET.format(status='"accepted"'))
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["status"]) for row in listed] == [(1, "accepted")]
    assert project.run("validate").exit_code == 0
    result = project.run("deprecate", "1")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adr/0001-use-x.md") == QUOTED_BULLET.format(status='"deprecated"')


CAPITALISED_KEYS = ('---\nADR: 000{n}\nTitle: {title}\nStatus: {status}\nDate: 2020-01-0{n}\nTags: ["x"]\n{extra}---\n\n'
                    "# {title}\n\n## Context\n\nC.\n")


@pytest.mark.parametrize(("command", "status", "extra"), [
    (("accept", "1"), "Accepted", ""),
    (("deprecate", "1"), "Deprecated", ""),
    (("supersede", "1", "--by", "2"), "Superseded", "Superseded-by: [2]\n"),
])
def test_capitalised_front_matter_keys_are_edited_as_spelt(project: Project, command: tuple[str, ...], status: str,
                                                           extra: str) -> None:
    """Audit 58b, class 3 (BjornMelin's `Title:` / `Status: Accepted` front matter): every status edit was refused,
    `cannot edit it exactly: its status would then read as proposed, not accepted`, as adr wrote a second,
    lowercase `status:` key. The key is edited as it is spelt, a key added is spelt as the others are, and the
    status is written in the case of the log's (`Deprecated`, which no record says yet)."""
    project.write("docs/adr/0001-one.md", CAPITALISED_KEYS.format(n=1, title="One", status="Proposed", extra=""))
    project.write("docs/adr/0002-two.md", CAPITALISED_KEYS.format(n=2, title="Two", status="Accepted", extra=""))

    result = project.run(*command)

    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adr/0001-one.md") == CAPITALISED_KEYS.format(n=1, title="One", status=status,
                                                                           extra=extra)
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert listed[0]["status"] == status.lower()


def test_a_revisit_writes_its_keys_as_the_capitalised_front_matter_spells_and_quotes_its_own(project: Project) -> None:
    """Audit 58b, class 3: `adr revisit` wrote `revisit: "2027-06-01"`, lowercase and quoted as the names in
    `Tags: ["x"]` are, among `Date: 2026-01-16`-style keys. Its keys are spelt as the record's are and the point is
    quoted as the record's own day is; the next revisit moves the same keys."""
    project.write("docs/adr/0002-two.md", CAPITALISED_KEYS.format(n=2, title="Two", status="Accepted", extra=""))
    for point in ("2022-06-01", "2023-06-01"):
        result = project.run("revisit", "2", "--outcome", "kept", "--next", point)
        assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adr/0002-two.md") == CAPITALISED_KEYS.format(
        n=2, title="Two", status="Accepted", extra="").replace(
        "Date: 2020-01-02\n", "Date: 2020-01-02\nRevisit: 2023-06-01\n").replace(
        'Tags: ["x"]\n', 'Tags: ["x"]\nRevisits:\n  - {date: 2021-05-01, outcome: kept, next: 2022-06-01}\n'
        "  - {date: 2021-05-01, outcome: kept, next: 2023-06-01}\n")
    assert json.loads(project.run("show", "2", "--format", "json").stdout)["revisit"] == "2023-06-01"


@pytest.mark.parametrize(("path", "text", "stated"), [
    ("doc/adr/0002-t.md", "# 2. T\n\n**Status:** Proposed (2026-01-05) · **Date:** 2026-02-01\n\n## Context\n\nc\n",
     "Proposed (2026-01-05)"),
    ("doc/adr/0002-t.md", "# 2. T\n\n**Status:** Proposed (3 March 2026) | **Date:** 2026-02-01\n\n## Context\n\nc\n",
     "Proposed (3 March 2026)"),
    ("doc/adr/0002-t.md", "# 2. T\n\nDate: 2026-02-01\n\n## Status\n\nProposed (cycle 237, 2026-03-12)\n\n"
                          "## Context\n\nc\n", "Proposed (cycle 237, 2026-03-12)"),
    ("doc/adr/0002-t.md", "---\nstatus: proposed (March 3, 2026)\ndate: 2026-02-01\n---\n# T\n\n## Context\n\nc\n",
     "proposed (March 3, 2026)"),
    ("doc/adr/0002-t.md", "# T\n\n* Status: proposed (2026-01-05) | Date: 2026-02-01\n* Deciders: a\n\n"
                          "## Context and Problem Statement\n\nc\n", "proposed (2026-01-05)"),
])
@pytest.mark.parametrize("command", [("accept", "2"), ("supersede", "2", "--by", "1")], ids=("accept", "supersede"))
def test_a_status_s_own_day_beside_another_date_is_refused_naming_it(project: Project, path: str, text: str,
                                                                    stated: str, command: tuple[str, ...]) -> None:
    """Attack 58 F4, F14: a status that states a day of its own (`Proposed (2026-01-05)`) in a record whose date
    is another (`**Date:** 2026-02-01`, a front matter `date`, a MADR 2 bullet's `| Date:`) lost the day without a
    word on `accept` and `supersede`, as a key line, front matter or bullet keeps no history to move it to (a
    MADR 2 bullet's edit was refused saying it would state no date, its `Date:` field unread). The edit is
    refused naming the day, nothing written."""
    project.write("doc/adr/0001-a.md", "# 1. A\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nc\n")
    record = project.write(path, text)
    result = project.run(*command)
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {record}: cannot edit it exactly: its status states a day of its own ('{stated}'), not its date "
           "(2026-02-01), and a new status would drop it; edit it by hand; nothing was changed\n")
    assert project.read(path) == text


@pytest.mark.parametrize("config", [
    'statuses = ["pending", "accepted", "rejected", "deprecated", "superseded"]\ndefault-status = "pending"\n',
    'default-status = "pending"\n',
])
def test_a_configured_status_that_reads_as_proposed_can_be_set(project: Project, config: str) -> None:
    """Attack 58 F8: `pending`, configured in `statuses` or as `default-status`, is written by `adr new` but `adr
    status N pending` was refused (the record would read as proposed, not pending). It is set, written as the
    log's word, and read as proposed; set again it is nothing to do."""
    project.write(".adr.toml", config)
    setup(project)
    result = project.run("status", "2", "pending")
    assert (result.exit_code, result.stdout) == (0, "decisions/0002-use-ml2-ovn-by-default.md: accepted -> pending\n")
    assert diff(OVN, project.read("decisions/0002-use-ml2-ovn-by-default.md")) == ["-status: accepted",
                                                                                   "+status: pending"]
    assert json.loads(project.run("show", "2", "--format", "json").stdout)["status"] == "proposed"
    again = project.run("status", "2", "pending")
    assert (again.exit_code, again.stderr) == (0, "adr: ADR 0002 is already proposed, as pending reads; nothing to "
                                                  "change\n")
    assert project.run("accept", "2").stdout == "decisions/0002-use-ml2-ovn-by-default.md: proposed -> accepted\n"


def test_configured_statuses_are_compared_whatever_their_case(project: Project) -> None:
    """Attack 58 F9: with `statuses = ["Proposed", "ACCEPTED"]` `adr accept` was refused as an unknown status
    `accepted`; configured words are compared case-blind, as the reader reads a record's, and so is the word
    given to `adr status`."""
    project.write(".adr.toml", 'statuses = ["Proposed", "ACCEPTED", "Rejected"]\n')
    setup(project)
    assert project.run("accept", "1").stdout == "decisions/0001-keep-the-linuxbridge-backend.md: proposed -> accepted\n"
    assert project.run("status", "1", "Proposed").stdout == ("decisions/0001-keep-the-linuxbridge-backend.md: "
                                                             "accepted -> proposed\n")
    assert project.read("decisions/0001-keep-the-linuxbridge-backend.md") == LINUXBRIDGE
    refused = project.run("status", "1", "finished")
    assert (refused.exit_code, refused.stderr) == (2, "adr: unknown status 'finished'; expected one of: Proposed, "
                                                      "ACCEPTED, Rejected\n")
    created = project.run("new", "--status", "ACCEPTED", "Use OVN")  # (review of round 58: it wrote it as typed)
    assert created.exit_code == 0
    assert "status: accepted\n" in project.read(created.stdout.strip())
