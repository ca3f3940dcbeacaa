"""Records kept in a folder of their own (`2022-02-07-tracing/README.md`, `003-release/index.md`): read, checked,
indexed as a file of the log is (kept in the caches too: tests/test_answers.py); never written by adr."""

from __future__ import annotations

import json
import os

from conftest import Project

D = "docs/adr/"


def folders(project: Project) -> None:
    """eclipse-edc/Connector's log (a folder each, named by the day, the text in `README.md`), a page
    bundle of a documentation site (mithril: `003-release/index.md` among record files, its images beside it), and
    the near misses: a folder beside the record of its name (its attachments), a folder of one record's documents
    holding the record file itself (`0014/0014-x.md`), a folder with no README or index, Hugo's `_index.md`."""
    project.write(D + "2022-02-07-tracing/README.md", "# Tracing\n\n## Status\n\nProposed\n\n## Decision\n\nSee "
                                                      "[the notes](notes.md) and [the plan](plan.md).\n")
    project.write(D + "2022-02-07-tracing/notes.md", "Notes.\n")
    project.write(D + "0002-use-files.md", "# 2. Use files\n\nDate: 2020-10-21\n\n## Status\n\nAccepted\n")
    project.write(D + "003-release/index.md", "---\ntitle: Release process\ndate: 2020-10-21\ntags: [Superseded]\n"
                                              "---\n\n## Status\n\nSuperseded by [ADR 2](../0002-use-files.md)\n")
    (project.root / D / "003-release" / "img").mkdir()
    project.write(D + "0002-use-files/README.md", "Attachments of ADR 2.\n")
    project.write(D + "0014/0014-shop.md", "# 14. Shop\n")
    project.write(D + "0014/README.md", "The shop's documents.\n")
    (project.root / D / "0015-images").mkdir()
    project.write(D + "0016-section/_index.md", "# Section\n")


def test_a_record_in_a_folder_of_its_own_is_read_by_the_folder_s_name(project: Project) -> None:
    folders(project)
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["path"], row["number"], row["id"], row["title"], row["status"], row["date"], row["superseded_by"])
            for row in rows] == [
        (D + "0002-use-files.md", 2, "0002", "Use files", "accepted", "2020-10-21", []),
        (D + "003-release/index.md", 3, "003", "Release process", "superseded", "2020-10-21", [2]),
        (D + "0014/0014-shop.md", 14, "0014", "Shop", None, None, []),  # (an area: tests/test_areas.py)
        (D + "2022-02-07-tracing/README.md", None, "2022-02-07-tracing", "Tracing", "proposed", None, [])]
    assert project.run("show", "2022-02-07-tracing").stdout.startswith("# Tracing\n")
    assert project.run("show", "3").exit_code == 0


def test_validate_follows_a_folder_record_s_links_from_its_folder_and_warns_of_none(project: Project) -> None:
    """A link from a folder's README to a file beside it (`notes.md`) is there; one to a missing file is ADR403;
    no ADR101 says the folder is unread (it said so before)."""
    folders(project)
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["path"], f["code"], f["message"]) for f in findings if f["code"] in ("ADR101", "ADR403")] == [
        (D + "2022-02-07-tracing/README.md", "ADR403", "link target 'plan.md' does not exist")]


def test_the_index_links_each_folder_record_s_file(project: Project) -> None:
    folders(project)
    assert project.run("index").exit_code == 0
    index = project.read(D + "README.md")
    assert "[Release process](003-release/index.md)" in index
    assert "[Tracing](2022-02-07-tracing/README.md)" in index


def test_writes_to_a_folder_record_are_refused_and_nothing_is_written(project: Project) -> None:
    """adr writes files of the log's directory, under its lock: a status change or a link back that would edit a
    folder's README is refused as a whole, in one line, before anything is written."""
    folders(project)
    before = {path: path.read_bytes() for path in (project.root / D).rglob("*") if path.is_file()}
    accepted = project.run("accept", "2022-02-07-tracing")
    assert (accepted.exit_code, accepted.stderr) == (
        2, f"adr: {project.root / D / '2022-02-07-tracing'}/README.md is a record kept in a folder of its own "
           "(2022-02-07-tracing/), which adr reads but does not write; nothing written: edit it by hand\n")
    relating = project.run("new", "--relates-to", "3", "Release with tags")
    assert (relating.exit_code, relating.stderr.split(" is a record kept")[0]) == (
        2, f"adr: {project.root / D / '003-release'}/index.md")
    renumbered = project.run("renumber", "3", "--to", "9")
    assert (renumbered.exit_code, renumbered.stderr) == (
        2, "adr: ADR 0003 is kept in a folder of its own (003-release/), which adr renumber does not rename; "
           "rename the folder\n")
    assert {path: path.read_bytes() for path in (project.root / D).rglob("*") if path.is_file()} == before
    created = project.run("new", "Use queues")
    assert (created.exit_code, created.stdout) == (0, D + "0015-use-queues.md\n")


def test_a_folder_record_s_file_that_is_no_regular_file_is_one_unreadable_record(project: Project) -> None:
    """A FIFO (never opened: a read would wait), a link loop and a directory under a folder's `README.md`: one
    ADR100 each, as beside the records, with the caches built, with them used, and with none."""
    for folder in ("0001-fifo", "0002-loop", "0003-dir"):
        (project.root / D / folder).mkdir(parents=True)
    os.mkfifo(project.root / D / "0001-fifo" / "README.md")
    os.symlink("README.md", project.root / D / "0002-loop" / "README.md")
    (project.root / D / "0003-dir" / "README.md").mkdir()
    project.write(D + "0004-ok/README.md", "# OK\n")
    expected = [(D + "0001-fifo/README.md", "ADR100", "is a FIFO, not a record file; not opened"),
                (D + "0002-loop/README.md", "ADR100", "is a symbolic link loop; not read"),
                (D + "0003-dir/README.md", "ADR100", "is a directory, not a record file")]
    for env in ({}, {}, {"ADR_NO_CACHE": "1"}):
        findings = json.loads(project.run("validate", "--format", "json", env=env).stdout)
        assert [(f["path"], f["code"], f["message"]) for f in findings] == expected
        assert [row["title"] for row in json.loads(project.run("list", "--format", "json", env=env).stdout)] == ["OK"]
