"""Nothing is written outside the project through a symbolic link: the decision directory is resolved once and
must lie inside the project unless the user names it with --dir; a record (or the index) that is a link is
never rewritten, and a command that would change one refuses before changing anything."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import Project

GOOD = "---\nstatus: proposed\ndate: 2021-04-19\n---\n# Good one\n\n## Decision\n\nYes.\n"


def tree(directory: Path) -> dict[str, bytes]:
    return {str(path.relative_to(directory)): path.read_bytes() for path in sorted(directory.rglob("*"))
            if path.is_file()}


@pytest.fixture
def elsewhere(project: Project) -> Path:
    """A directory outside the project, holding one record; the project is a git work tree."""
    outside = project.root.parent / "elsewhere"
    (outside / "adr").mkdir(parents=True)
    (outside / "0001-good-one.md").write_text(GOOD, encoding="utf-8")
    (outside / "adr" / "0001-good-one.md").write_text(GOOD, encoding="utf-8")
    (project.root / ".git").mkdir()
    return outside


@pytest.mark.parametrize("args", [("init",), ("new", "Written outside"), ("index",), ("accept", "1"), ("list",)],
                         ids=lambda args: " ".join(args))
def test_a_committed_link_named_decisions_cannot_lead_outside(project: Project, elsewhere: Path,
                                                             args: tuple[str, ...]) -> None:
    """`decisions -> ../elsewhere`: every command refuses with one line; nothing is written there."""
    (project.root / "decisions").symlink_to(elsewhere)
    before = tree(elsewhere)
    result = project.run(*args)
    assert (result.exit_code, result.stderr) == (
        2, f"adr: the decision directory {elsewhere} named by the name decisions/ is outside the project "
           f"{project.root}; pass --dir to use it\n")
    assert tree(elsewhere) == before


def test_a_link_on_the_way_to_doc_adr_cannot_lead_outside(project: Project, elsewhere: Path) -> None:
    """`doc -> ../elsewhere`, so that `doc/adr` is outside: refused too."""
    (project.root / "doc").symlink_to(elsewhere)
    before = tree(elsewhere)
    result = project.run("new", "Written outside")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: the decision directory {elsewhere / 'adr'} named by the name doc/adr/ is outside the project "
           f"{project.root}; pass --dir to use it\n")
    assert tree(elsewhere) == before


def test_a_dangling_link_named_decisions_is_not_followed_by_init(project: Project, elsewhere: Path) -> None:
    """`decisions -> ../elsewhere/new` (not there yet): `adr init` creates nothing there."""
    (project.root / "decisions").symlink_to(elsewhere / "new")
    result = project.run("init")
    assert result.exit_code == 2
    assert not (elsewhere / "new").exists()


def test_dir_on_the_command_line_may_name_a_directory_outside(project: Project, elsewhere: Path) -> None:
    """What the user types is theirs to choose: --dir through the same link works."""
    (project.root / "decisions").symlink_to(elsewhere)
    result = project.run("--dir", "decisions", "new", "Written outside")
    assert (result.exit_code, result.stdout) == (0, "../elsewhere/0002-written-outside.md\n")


def test_supersede_by_a_linked_record_changes_neither(project: Project, elsewhere: Path) -> None:
    """`adr supersede 1 --by 2` with 2 a link: refused before record 1 is touched."""
    old = project.write("decisions/0001-good-one.md", GOOD)
    (project.decisions / "0002-linked.md").symlink_to(elsewhere / "0001-good-one.md")
    before = tree(project.decisions), tree(elsewhere)
    result = project.run("supersede", "1", "--by", "2")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {project.decisions}/0002-linked.md: is a symbolic link; adrtool does not write through links\n")
    assert (tree(project.decisions), tree(elsewhere)) == before
    assert old.read_text(encoding="utf-8") == GOOD


def test_renumber_refuses_a_linked_record_before_renaming_anything(project: Project, elsewhere: Path) -> None:
    """A record that refers to the one renumbered is a link: nothing is renamed or rewritten."""
    project.write("decisions/0001-good-one.md", GOOD)
    target = elsewhere / "0002-refers.md"
    target.write_text(GOOD.replace("# Good one", "# Refers").replace("date:", "relates-to: [1]\ndate:"),
                      encoding="utf-8")
    (project.decisions / "0002-refers.md").symlink_to(target)
    before = tree(project.decisions), tree(elsewhere)
    result = project.run("renumber", "1", "--to", "5", "--no-git")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {project.decisions}/0002-refers.md: is a symbolic link; adrtool does not write through links\n")
    assert (tree(project.decisions), tree(elsewhere)) == before
    assert sorted(os.listdir(project.decisions)) == ["0001-good-one.md", "0002-refers.md"]


def test_an_index_that_is_a_link_is_never_written_through(project: Project, elsewhere: Path) -> None:
    """The index file a link to a file outside: `adr new` refuses before creating the record."""
    project.write("decisions/0001-good-one.md", GOOD)
    assert project.run("index").exit_code == 0
    outside = elsewhere / "README.md"
    (project.decisions / "README.md").rename(outside)
    (project.decisions / "README.md").symlink_to(outside)
    before = outside.read_bytes()
    result = project.run("new", "Another")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {project.decisions}/README.md: is a symbolic link; adrtool does not write through links\n")
    assert outside.read_bytes() == before
    assert sorted(os.listdir(project.decisions)) == ["0001-good-one.md", "README.md"]


def test_a_directory_swapped_for_a_link_after_it_was_resolved_is_not_written(project: Project,
                                                                            elsewhere: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The decision directory replaced by a link between the moment it was resolved and the write: the write
    is refused (the directory is opened without following a link), nothing lands outside."""
    from adrtool.project import workspace

    project.write("decisions/0001-good-one.md", GOOD)
    real_locate = workspace.locate

    def locate_then_swap(start: Path, dir_option: str | None = None) -> workspace.Workspace:
        found = real_locate(start, dir_option)
        project.decisions.rename(project.root / "moved")
        project.decisions.symlink_to(elsewhere)
        return found

    monkeypatch.setattr(workspace, "locate", locate_then_swap)
    before = tree(elsewhere)
    result = project.run("new", "Swapped")
    assert result.exit_code == 2
    assert result.stderr.endswith("is a symbolic link; adrtool writes only in the directory it resolved\n")
    assert tree(elsewhere) == before


def nygard(number: int, title: str, status: str) -> str:
    return f"# {number}. {title}\n\nDate: 2021-01-0{number}\n\n## Status\n\n{status}\n\n## Context\n\nc\n"


@pytest.fixture
def linked_stage(project: Project) -> Path:
    """A log kept in folders by stage whose `accepted/` is a link to a folder of the project
    (`docs/adr/accepted -> ../shared-accepted`), holding records 1, 2 and 6."""
    shared = project.root / "docs/shared-accepted"
    for number, title in ((1, "Use x"), (2, "Use y"), (6, "Use n")):
        project.write(f"docs/shared-accepted/000{number}-{title.lower().replace(' ', '-')}.md",
                      nygard(number, title, "Accepted"))
    project.write("docs/adr/proposed/0003-use-z.md", nygard(3, "Use z", "Proposed"))
    project.write("docs/adr/retired/0005-use-v.md", nygard(5, "Use v", "Deprecated"))
    (project.root / "docs/adr/accepted").symlink_to("../shared-accepted")
    (project.root / ".git").mkdir()
    return shared


def test_a_stage_folder_linked_inside_the_project_is_read(project: Project, linked_stage: Path) -> None:
    """Round 50's attack (F15): `accepted/` a link to a folder of the project was skipped without a word: its
    records went unlisted and `adr new` wrote `proposed/0006-x.md`, a number `accepted/` held. It is read, as a
    record that is a link is."""
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["status"], row["path"]) for row in rows] == [
        (1, "accepted", "docs/adr/accepted/0001-use-x.md"), (2, "accepted", "docs/adr/accepted/0002-use-y.md"),
        (3, "proposed", "docs/adr/proposed/0003-use-z.md"), (5, "deprecated", "docs/adr/retired/0005-use-v.md"),
        (6, "accepted", "docs/adr/accepted/0006-use-n.md")]
    assert project.run("new", "Seven").stdout == "docs/adr/proposed/0007-seven.md\n"


@pytest.mark.parametrize("args", [("accept", "3"), ("deprecate", "1"), ("renumber", "6", "--to", "8", "--no-git")],
                         ids=lambda args: " ".join(args))
def test_a_stage_folder_read_through_a_link_is_never_written_through(project: Project, linked_stage: Path,
                                                                     args: tuple[str, ...]) -> None:
    """A move into or out of the linked `accepted/`, or a rename in it, is refused before any folder is written."""
    before = tree(project.root / "docs")
    result = project.run(*args)
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", f"adr: {project.root}/docs/adr/accepted: is a symbolic link; adrtool does not write through links\n")
    assert tree(project.root / "docs") == before


def test_a_stage_folder_linked_outside_the_project_is_said_unread(project: Project, linked_stage: Path) -> None:
    """Near miss: `accepted/` a link to a folder outside the project is not read, and ADR101 says so once, where it
    was silent."""
    outside = project.root.parent / "outside-accepted"
    linked_stage.rename(outside)
    (project.root / "docs/adr/accepted").unlink()
    (project.root / "docs/adr/accepted").symlink_to(outside)
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [row["number"] for row in rows] == [3, 5]
    result = project.run("validate")
    assert (result.exit_code, result.stdout) == (0, (
        "docs/adr/accepted/0001-use-x.md:1:1: ADR101 warning: accepted/ is a symbolic link to a folder holding 3 "
        "record files adr does not read: adr reads through a link only a folder by stage of the log (accepted/, "
        "proposed/ ...) that leads to a folder of the project\n"))


def test_a_move_a_record_in_a_linked_folder_links_is_refused_saying_which(project: Project,
                                                                          linked_stage: Path) -> None:
    """Round 51's attack (L8): a record in the linked `accepted/` linking the moving one made `reject` refuse naming
    the folder alone (`accepted: is a symbolic link`), not why the move needed it. The one line names the record
    that links it and the link to write by hand; written so, the move goes through."""
    project.write("docs/shared-accepted/0001-use-x.md", nygard(1, "Use x", "Accepted") +
                  "\nSee [Z](../proposed/0003-use-z.md).\n")
    before = tree(project.root / "docs")
    result = project.run("reject", "3")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", (
        f"adr: {project.root}/docs/adr/accepted/0001-use-x.md: links ADR 0003, which would move to retired/ with its "
        "new status, and is in accepted/, a folder reached through a symbolic link, which adr reads but does not "
        "write; nothing written: write that link as ../retired/0003-use-z.md by hand, then run the command again\n"))
    assert tree(project.root / "docs") == before
    project.write("docs/shared-accepted/0001-use-x.md", nygard(1, "Use x", "Accepted") +
                  "\nSee [Z](../retired/0003-use-z.md).\n")
    result = project.run("reject", "3")
    assert (result.exit_code, result.stderr) == (0, "")
    assert (project.root / "docs/adr/retired/0003-use-z.md").is_file()
