"""Nothing is written outside the project through a symbolic link: the decision directory is resolved once and
must lie inside the project unless the user names it with --dir; a record (or the index) that is a link is
never rewritten, and a command that would change one refuses before changing anything."""

from __future__ import annotations

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
