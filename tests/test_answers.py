"""The answer store: a repeated read-only command is answered without reading a record, and never stale."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from adrtool import answers, decision_log
from conftest import Project

RECORD = """---
status: {status}
date: 2021-04-19
revisit: {revisit}
---
# {title}

## Context

Operators asked.

## Decision

We do it.

## Consequences

It is done.
"""


@pytest.fixture
def loads(project: Project, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The decision directories read by each run (a run answered from the store reads none)."""
    calls: list[Path] = []
    real = decision_log.load

    def load(directory: Path, **options: bool) -> decision_log.DecisionLog:
        calls.append(directory)
        return real(directory, **options)

    monkeypatch.setattr(decision_log, "load", load)
    write(project, 1, "Keep Linuxbridge", revisit="yoga")
    write(project, 2, "Switch the gate to OVN", status="accepted", revisit="never")
    return calls


def write(project: Project, number: int, title: str, status: str = "proposed", revisit: str = "never") -> Path:
    slug = title.lower().replace(" ", "-")
    return project.write(f"decisions/{number:04d}-{slug}.md",
                         RECORD.format(status=status, revisit=revisit, title=title))


def twice(project: Project, loads: list[Path], *args: str, answered: bool = True) -> tuple[int, str, str]:
    """Run ``args`` twice; assert the repeat says exactly what the first run said, and whether it read the log."""
    first = project.run(*args)
    loads.clear()
    again = project.run(*args)
    assert (again.exit_code, again.stdout, again.stderr) == (first.exit_code, first.stdout, first.stderr)
    assert bool(loads) is not answered, f"{args}: read the log: {bool(loads)}"
    return first.exit_code, first.stdout, first.stderr


def test_a_repeat_is_answered_without_reading_the_log(project: Project, loads: list[Path], settled_files: None) -> None:
    """Output, errors and exit code of each answerable command come back the same, read from the store."""
    code, out, err = twice(project, loads, "due", "--cycle", "yoga")
    assert (code, out.splitlines()[0], err) == (1, "1 decision due at the Yoga PTG (2021-10-18 to 2021-10-22):", "")
    assert twice(project, loads, "validate")[0] == 0
    assert [row["number"] for row in json.loads(twice(project, loads, "list", "--format", "json")[1])] == [1, 2]
    assert twice(project, loads, "graph")[0] == 0
    assert project.run("index").exit_code == 0
    assert twice(project, loads, "index", "--check") == (0, "", "")


def test_git_reads_and_writes_are_never_answered(project: Project, loads: list[Path], settled_files: None) -> None:
    """`index` writes the index: it always runs; so do reads that depend on git (not asked here: no repo)."""
    project.run("index")
    loads.clear()
    assert project.run("index").exit_code == 0
    assert loads


@pytest.mark.parametrize("change", ["edit", "add", "delete", "rename", "other file"])
def test_a_changed_record_file_is_read_again(project: Project, loads: list[Path], settled_files: None, change: str) -> None:
    first = json.loads(twice(project, loads, "list", "--format", "json")[1])
    assert [row["status"] for row in first] == ["proposed", "accepted"]
    path = project.decisions / "0001-keep-linuxbridge.md"
    if change == "edit":  # same size, mtime put back: the ctime moves
        stat = path.stat()
        path.write_text(path.read_text(encoding="utf-8").replace("proposed", "rejected"), encoding="utf-8")
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        expected = ["rejected", "accepted"]
    elif change == "add":
        write(project, 3, "Drop Python 3.6", status="accepted")
        expected = ["proposed", "accepted", "accepted"]
    elif change == "delete":
        path.unlink()
        expected = ["accepted"]
    elif change == "rename":
        path.rename(project.decisions / "0003-keep-linuxbridge.md")
        expected = ["accepted", "proposed"]
    else:  # a file beside the records (validate reads such files): a new answer, the same listing
        project.write("decisions/notes.txt", "not a record\n")
        expected = ["proposed", "accepted"]
    loads.clear()
    result = project.run("list", "--format", "json")
    assert [row["status"] for row in json.loads(result.stdout)] == expected
    assert loads


def test_the_index_file_is_an_input(project: Project, loads: list[Path], settled_files: None) -> None:
    """`index --check` after the index was edited by hand says it is stale."""
    project.run("index")
    assert twice(project, loads, "index", "--check")[0] == 0
    index = project.decisions / "README.md"
    index.write_text(index.read_text(encoding="utf-8") + "edited\n", encoding="utf-8")
    assert project.run("index", "--check").exit_code == 1


def test_today_and_the_environment_are_inputs(project: Project, loads: list[Path], settled_files: None) -> None:
    """`due` with no cycle judges at the coming PTG: another day may give another answer."""
    project.today = "2021-04-01"
    assert twice(project, loads, "due")[1].startswith("Nothing is due at the Xena PTG")
    project.today = "2021-05-01"
    loads.clear()
    assert project.run("due").stdout.startswith("1 decision due at the Yoga PTG")
    assert loads
    loads.clear()
    assert project.run("due", env={"ADR_SOMETHING": "1"}).exit_code == 1
    assert loads


def test_config_calendar_and_templates_are_inputs(project: Project, loads: list[Path], settled_files: None) -> None:
    """A changed config, calendar file or template directory gives a new answer."""
    assert twice(project, loads, "due", "--cycle", "yoga")[0] == 1
    project.write(".adr.toml", 'active-statuses = ["accepted"]\n')
    assert project.run("due", "--cycle", "yoga").exit_code == 0  # record 1 is only proposed

    project.write(".adr.toml", 'calendar = "cycles.toml"\n')
    calendar = """
        [[series]]
        name = "yoga"
        display = "Yoga"
        number = "2022.1"
        release_date = 2022-03-30
        ptg_start = {start}
        ptg_end = {end}
        """
    project.write(".adr.toml", 'calendar = "cycles.toml"\ncalendar-mode = "replace"\n')
    project.write("cycles.toml", calendar.format(start="2021-10-18", end="2021-10-22"))
    assert "(2021-10-18 to 2021-10-22)" in twice(project, loads, "due", "--cycle", "yoga")[1]
    project.write("cycles.toml", calendar.format(start="2021-10-25", end="2021-10-29"))
    assert "(2021-10-25 to 2021-10-29)" in project.run("due", "--cycle", "yoga").stdout

    project.write(".adr.toml", 'templates = "adr-templates"\n')
    project.write("adr-templates/record.md.j2", "# {{ title }}\n")
    assert project.run("index").exit_code == 0
    assert twice(project, loads, "index", "--check")[0] == 0
    project.write("adr-templates/index.md.j2", "# Decisions\n")
    assert project.run("index", "--check").exit_code == 1


def test_racy_files_are_not_answered(project: Project, loads: list[Path], whole_second_stamps: None) -> None:
    """Where an edit can leave every stat as it was, no answer is kept: each run reads the log."""
    twice(project, loads, "list", "--format", "json", answered=False)
    path = project.decisions / "0001-keep-linuxbridge.md"
    path.write_text(path.read_text(encoding="utf-8").replace("proposed", "rejected"), encoding="utf-8")
    assert [row["status"] for row in json.loads(project.run("list", "--format", "json").stdout)] == \
        ["rejected", "accepted"]


def test_a_damaged_answer_is_ignored(project: Project, loads: list[Path], settled_files: None, tmp_path: Path) -> None:
    twice(project, loads, "list", "--format", "json")
    [stored] = (tmp_path / "adr-cache").glob("answer-*")
    stored.write_bytes(stored.read_bytes()[:-3])
    loads.clear()
    assert len(json.loads(project.run("list", "--format", "json").stdout)) == 2
    assert loads


def test_no_cache_keeps_no_answer(project: Project, loads: list[Path], settled_files: None, tmp_path: Path) -> None:
    twice(project, loads, "list", "--format", "json")
    assert list((tmp_path / "adr-cache").glob("answer-*"))
    loads.clear()
    assert project.run("list", "--format", "json", env={"ADR_NO_CACHE": "1"}).exit_code == 0
    assert loads


def test_only_the_latest_answers_are_kept(project: Project, loads: list[Path], settled_files: None, tmp_path: Path) -> None:
    for number in range(answers.KEEP + 3):
        project.run("list", "--status", f"status-{number}")
    assert len(list((tmp_path / "adr-cache").glob("answer-*"))) == answers.KEEP


def test_the_clock_s_today_is_an_input(project: Project, loads: list[Path], settled_files: None,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --today, the day the clock says is part of the key: after midnight, a new answer."""
    import datetime as dt
    import types

    from click.testing import CliRunner

    from adrtool.cli import _app, cli

    def run_on(day: dt.date) -> str:
        class Day(dt.date):
            @classmethod
            def today(cls) -> Day:
                return cls(day.year, day.month, day.day)

        monkeypatch.setattr(_app, "dt", types.SimpleNamespace(date=Day))
        return CliRunner().invoke(cli, ["due"], catch_exceptions=False).stdout

    assert run_on(dt.date(2021, 4, 1)).startswith("Nothing is due at the Xena PTG")
    loads.clear()
    assert run_on(dt.date(2021, 4, 1)).startswith("Nothing is due at the Xena PTG")
    assert not loads
    assert run_on(dt.date(2021, 5, 1)).startswith("1 decision due at the Yoga PTG")
    assert loads
