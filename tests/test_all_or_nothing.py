"""A command that changes several files changes all of them or none, also when it is killed (SIGKILL).

The command runs in a forked process (tests/forking.py) that kills itself just before its n-th change to a
directory entry (a rename, link or removal: the only steps another process can see), for every n from
the first to the last: every moment at which it could be interrupted, deterministically. After each kill
the directory holds the old files, the new ones, or a journal; the next command (here `adr list`) reads
the old or the new log, byte for byte, with no journal or temporary file left.
"""

from __future__ import annotations

import os
import shutil
import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from adrtool import fsio

from conftest import Project
from forking import ForkServer, Killed

HUB = "---\nstatus: accepted\ndate: 2021-04-19\n---\n# Hub\n\n## Decision\n\nEverything links here.\n"
SPOKE = ("---\nstatus: accepted\ndate: 2021-04-2{n}\nrelates-to: [1]\n---\n# Spoke {n}\n\n## Decision\n\n"
         "See [the hub](0001-hub.md).\n")
ENTRY_CALLS = ("replace", "rename", "link", "unlink")


def snapshot(directory: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir())}


def visible(files: dict[str, bytes]) -> dict[str, bytes]:
    """The files a reader sees: not the hidden temporary files a killed writer may leave (the next writer
    removes them), nor the journal."""
    return {name: data for name, data in files.items() if not name.startswith(".")}


def restore(directory: Path, files: dict[str, bytes]) -> None:
    shutil.rmtree(directory)
    directory.mkdir()
    for name, data in files.items():
        (directory / name).write_bytes(data)


def run_killed_at(project: Project, args: tuple[str, ...], n: int | None, fork_server: ForkServer) -> bool:
    """Run `adr ARGS` in a forked process killed before its n-th directory-entry change (None: never);
    True when it was killed."""
    try:
        code, steps = fork_server.call(run_killed_before_step, project.today, args, n)
    except Killed as killed:
        assert killed.signal_number == signal.SIGKILL, killed  # the kill planned, not a crash
        return True
    assert code == 0 and (n is None or steps < n), (code, steps)
    return False


def run_killed_before_step(today: str, args: tuple[str, ...], n: int | None) -> tuple[int, int]:
    """In the fork server's child: `adr ARGS`, killing this process before its n-th directory-entry change;
    its exit code and the changes it made. No fsync, as in `hub`."""
    count = [0]

    def counted(call: Callable[..., object]) -> Callable[..., object]:
        def step(*args: object, **kwargs: object) -> object:
            count[0] += 1
            if count[0] == n:
                os.kill(os.getpid(), signal.SIGKILL)
            return call(*args, **kwargs)
        return step

    for name in ENTRY_CALLS:
        setattr(os, name, counted(getattr(os, name)))
    os.fsync = lambda fd: None
    return Project(Path.cwd(), today).run(*args).exit_code, count[0]


def run_whole(today: str, args: tuple[str, ...]) -> int:
    return Project(Path.cwd(), today).run(*args).exit_code


def kill_everywhere(project: Project, args: tuple[str, ...], fork_server: ForkServer) -> tuple[int, set[str]]:
    """Kill `adr ARGS` at every step in turn; after each, the next command finds the old or the new log.
    (kills, the outcomes seen: "old", "new")."""
    directory = project.decisions
    old = snapshot(directory)
    assert fork_server.call_here(run_whole, project.today, args) == 0  # what it loads, the forks share
    new = snapshot(directory)
    assert new != old
    outcomes = set()
    kills = 0
    for n in range(1, 1000):
        restore(directory, old)
        if not run_killed_at(project, args, n, fork_server):
            break  # the command ran to its end before its n-th step
        kills += 1
        left = snapshot(directory)
        assert visible(left) in (old, new) or ".adr-journal" in left, \
            f"killed at step {n}: neither old nor new, and no journal"
        result = project.run("list")
        assert result.exit_code == 0, (n, result.stderr)
        after = snapshot(directory)
        assert ".adr-journal" not in after
        assert visible(after) in (old, new), f"killed at step {n}: the next command read neither the old log nor the new"
        outcomes.add("old" if visible(after) == old else "new")
        with fsio.locked(directory):  # what every writer does first: removes what a kill left
            assert not [name for name in os.listdir(directory) if name.startswith(".")]
    return kills, outcomes


@pytest.fixture
def hub(project: Project, monkeypatch: pytest.MonkeyPatch) -> Project:
    """A hub record, three records linking to it, and the index: renumbering the hub changes six files. No
    fsync (a killed process loses nothing the kernel holds: syncing matters for power loss, not here) and no
    cache, so that the hundred runs stay quick."""
    monkeypatch.setattr(os, "fsync", lambda fd: None)
    monkeypatch.setenv("ADR_NO_CACHE", "1")
    project.write("decisions/0001-hub.md", HUB)
    for n in (2, 3, 4):
        project.write(f"decisions/000{n}-spoke-{n}.md", SPOKE.format(n=n))
    assert project.run("index").exit_code == 0
    return project


def test_renumber_killed_at_any_step_leaves_the_old_log_or_the_new(hub: Project, fork_server: ForkServer) -> None:
    """`adr renumber` (a file renamed, three rewritten, the index) killed at each of its steps."""
    kills, outcomes = kill_everywhere(hub, ("renumber", "1", "--to", "9", "--no-git"), fork_server)
    assert kills >= 10  # every rename, link and removal of the change, the journal's included
    assert outcomes == {"old", "new"}


def test_supersede_killed_at_any_step_leaves_the_old_log_or_the_new(hub: Project, fork_server: ForkServer) -> None:
    """`adr supersede` (two records and the index) killed at each of its steps."""
    kills, outcomes = kill_everywhere(hub, ("supersede", "2", "--by", "3"), fork_server)
    assert kills >= 5
    assert outcomes == {"old", "new"}


def test_new_superseding_killed_at_any_step_leaves_the_old_log_or_the_new(hub: Project,
                                                                         fork_server: ForkServer) -> None:
    """`adr new --supersedes` (a new record, the superseded one and the index) killed at each of its steps."""
    kills, outcomes = kill_everywhere(hub, ("new", "--no-git", "--supersedes", "4", "Replace spoke 4"), fork_server)
    assert kills >= 5
    assert outcomes == {"old", "new"}


def test_a_journal_that_cannot_be_completed_is_undone(hub: Project, fork_server: ForkServer) -> None:
    """Killed after the journal was published and a step taken, with a temporary file then lost: the next
    command undoes the steps taken (from the originals the journal keeps) instead of completing them."""
    directory = hub.decisions
    old = snapshot(directory)
    renumber = ("renumber", "1", "--to", "9", "--no-git")
    assert fork_server.call_here(run_whole, hub.today, renumber) == 0  # what it loads, the forks share
    for n in range(1, 100):  # the first kill that leaves a journal with a step taken
        restore(directory, old)
        assert run_killed_at(hub, renumber, n, fork_server)
        left = snapshot(directory)
        if ".adr-journal" in left and any(left.get(name) != data for name, data in old.items()):
            break
    import json

    steps = json.loads(left[".adr-journal"])["steps"]
    pending = [step for step in steps if step["temp"] and step["temp"] in left]
    (directory / pending[0]["temp"]).unlink()  # a new content not yet in place is lost
    result = hub.run("list")
    assert result.exit_code == 0, result.stderr
    assert snapshot(directory) == old


def test_a_planted_journal_changes_nothing_outside_its_rules(hub: Project) -> None:
    """A journal committed to a repository (or edited) that names a file outside the directory, or is not
    JSON, is refused with one line; nothing is changed."""
    directory = hub.decisions
    old = snapshot(directory)
    (directory / ".adr-journal").write_text(
        '{"format": "adrtool journal 1", "steps": [{"kind": "remove", "name": "../README.md", "temp": null, '
        '"backup": null, "before": "' + "0" * 64 + '", "after": null}]}', encoding="utf-8")
    result = hub.run("list")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {directory}/.adr-journal: not a journal adrtool can complete (a step names no file of this "
           "directory); if no adr command is running, restore the decision directory from git and delete it\n")
    (directory / ".adr-journal").write_text("{", encoding="utf-8")
    assert hub.run("accept", "2").stderr.startswith(f"adr: {directory}/.adr-journal: not a journal adrtool "
                                                    "can complete (not JSON)")
    assert visible(snapshot(directory)) == visible(old)  # nothing changed, the planted journal left as it is
