"""Every command that writes holds the decision directory's lock from its first read of a record to its last
write, so that another adr command can neither change what it read nor be overwritten by it."""

from __future__ import annotations

import fcntl
import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Project

PROPOSED = "---\nstatus: proposed\ndate: 2021-04-19\nrevisit: yoga\n---\n# Keep Linuxbridge\n\n## Decision\n\nKeep it.\n"
ADR_TOOLS = "# 2. Use OVN\n\nDate: 2021-04-20\n\n## Status\n\nAccepted\n\n## Decision\n\nOVN.\n"
WATCHED = re.compile(r"^(\d+-.*\.md|README\.md)$")  # the records and the index

WRITERS = [
    ("new", "Use OVS"),
    ("new", "--no-git", "--supersedes", "1", "Drop Linuxbridge"),
    ("accept", "1"),
    ("status", "2", "proposed"),
    ("supersede", "1", "--by", "2"),
    ("revisit", "1", "--outcome", "kept", "--next", "zed"),
    ("convert",),
    ("renumber", "2", "--to", "7", "--no-git"),
    ("index", "--force"),
    ("link", "1", "relates-to", "2"),
]


def lock_probe(directory: Path) -> Callable[[], bool]:
    """Whether some file descriptor holds the directory's flock (tried from a new one, without waiting)."""
    real_open, real_close = os.open, os.close

    def held() -> bool:
        fd = real_open(directory, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            real_close(fd)
        return False

    return held


def watch(monkeypatch: pytest.MonkeyPatch, directory: Path) -> list[str]:
    """Every read or change of a record or the index of ``directory`` made without the lock, as 'call name'."""
    held = lock_probe(directory)
    unlocked: list[str] = []

    def where(path: object, dir_fd: int | None) -> tuple[str, str]:
        text = os.fsdecode(path)  # type: ignore[arg-type]
        if dir_fd is not None and not os.path.isabs(text):
            return os.readlink(f"/proc/self/fd/{dir_fd}"), text
        full = os.path.abspath(text)
        return os.path.dirname(full), os.path.basename(full)

    def noted(call: str, path: object, dir_fd: int | None) -> None:
        parent, name = where(path, dir_fd)
        if os.path.realpath(parent) == os.path.realpath(directory) and WATCHED.match(name) and not held():
            unlocked.append(f"{call} {name}")

    real = {name: getattr(os, name) for name in ("open", "replace", "rename", "link", "unlink")}

    def opened(path: object, flags: int, mode: int = 0o777, *, dir_fd: int | None = None) -> int:
        noted("open", path, dir_fd)
        return real["open"](path, flags, mode, dir_fd=dir_fd)  # type: ignore[no-any-return]

    def moved(call: str) -> Callable[..., None]:
        def move(source: object, target: object, *, src_dir_fd: int | None = None,
                 dst_dir_fd: int | None = None, **kwargs: object) -> None:
            noted(call, target, dst_dir_fd)
            real[call](source, target, src_dir_fd=src_dir_fd, dst_dir_fd=dst_dir_fd, **kwargs)
        return move

    def unlinked(path: object, *, dir_fd: int | None = None) -> None:
        noted("unlink", path, dir_fd)
        real["unlink"](path, dir_fd=dir_fd)

    monkeypatch.setattr(os, "open", opened)
    for call in ("replace", "rename", "link"):
        monkeypatch.setattr(os, call, moved(call))
    monkeypatch.setattr(os, "unlink", unlinked)
    return unlocked


@pytest.mark.parametrize("args", WRITERS, ids=[" ".join(args) for args in WRITERS])
def test_every_writer_reads_and_writes_under_the_lock(project: Project, monkeypatch: pytest.MonkeyPatch,
                                                      args: tuple[str, ...]) -> None:
    """Each writing command opens, replaces, creates and removes records and the index only while the
    directory's lock is held."""
    project.write("decisions/0001-keep-linuxbridge.md", PROPOSED)
    project.write("decisions/0002-use-ovn.md", ADR_TOOLS)
    assert project.run("index").exit_code == 0
    monkeypatch.setenv("ADR_NO_CACHE", "1")
    unlocked = watch(monkeypatch, project.decisions)
    result = project.run(*args)
    assert result.exit_code == 0, result.stderr
    assert unlocked == []


def test_init_writes_under_the_lock(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """`adr init` creates the first record and the index under the lock of the directory it made."""
    project.decisions.mkdir()
    unlocked = watch(monkeypatch, project.decisions)
    assert project.run("init").exit_code == 0
    assert unlocked == []
    assert sorted(os.listdir(project.decisions)) == ["0001-record-architecture-decisions.md", "README.md"]


def test_a_writer_in_a_project_of_several_logs_holds_the_lock_of_the_log_it_changes(
        project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """Config `dirs` names two logs: accepting a record of the second writes it under that directory's lock."""
    project.write(".adr.toml", 'dirs = ["one/adr", "two/adr"]\n')
    project.write("one/adr/0001-keep-linuxbridge.md", PROPOSED)
    project.write("two/adr/0001-use-ovn.md", PROPOSED.replace("Keep Linuxbridge", "Use OVN"))
    monkeypatch.setenv("ADR_NO_CACHE", "1")
    unlocked = watch(monkeypatch, project.root / "two" / "adr")
    result = project.run("accept", "two/adr/0001-use-ovn.md")
    assert (result.exit_code, result.stderr) == (0, "")
    assert unlocked == []
    assert "status: accepted" in project.read("two/adr/0001-use-ovn.md")
