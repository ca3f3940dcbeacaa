"""The answer store: a repeated read-only command is replayed without reading a record, and never stale."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from adrtool.cache import answers, store
from adrtool.cache import parsed as cache
from adrtool.cache.reading import Sharing
from adrtool.records.log import DecisionLog
from adrtool.records.store import NullStore

from conftest import Project
from forking import ForkServer, counted_forks

RECORD = """---
status: {status}
date: 2021-04-19
revisit: {revisit}
---
# {title}

## Context

Operators asked.

## Decision

We do it.{extra}

## Consequences

It is done.
"""


@pytest.fixture
def loads(project: Project, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """What each run read: the decision directory when it read the log, "replayed" when it was replayed
    (then it reads nothing)."""
    calls: list[object] = []
    real_replay = answers.replay

    def spying(read: Callable[[object, Path], DecisionLog]) -> Callable[[object, Path], DecisionLog]:
        def read_log(self: object, directory: Path) -> DecisionLog:
            calls.append(directory)
            return read(self, directory)

        return read_log

    def replay(argv: list[str]) -> int | None:
        code = real_replay(argv)
        if code is not None:
            calls.append("replayed")
        return code

    for kind in (store.CachedStore, NullStore):
        monkeypatch.setattr(kind, "read_log", spying(kind.read_log))
    monkeypatch.setattr(answers, "replay", replay)
    write(project, 1, "Keep Linuxbridge", revisit="yoga")
    write(project, 2, "Switch the gate to OVN", status="accepted", revisit="never")
    return calls


def write(project: Project, number: int, title: str, status: str = "proposed", revisit: str = "never",
          extra: str = "", folder: str = "decisions") -> Path:
    slug = title.lower().replace(" ", "-")
    return project.write(f"{folder}/{number:04d}-{slug}.md",
                         RECORD.format(status=status, revisit=revisit, title=title, extra=extra))


def twice(project: Project, loads: list[object], *args: str, replayed: bool = True) -> tuple[int, str, str]:
    """Run ``args`` twice; assert the repeat says exactly what the first run said, and whether it was replayed
    (read no record)."""
    first = project.run_console(*args)
    loads.clear()
    again = project.run_console(*args)
    assert (again.exit_code, again.stdout, again.stderr) == (first.exit_code, first.stdout, first.stderr)
    assert (loads == ["replayed"]) is replayed, f"{args}: {loads}"
    return first.exit_code, first.stdout, first.stderr


def read_again(project: Project, loads: list[object], *args: str) -> tuple[int, str, str]:
    """Run ``args`` once; assert it read the log (nothing kept held), and that it says what a run with no
    kept answers at all says."""
    loads.clear()
    result = project.run_console(*args)
    assert loads and "replayed" not in loads, f"{args}: replayed"
    fresh = project.run_console(*args, env={"ADR_NO_CACHE": "1"})
    assert (result.exit_code, result.stdout, result.stderr) == (fresh.exit_code, fresh.stdout, fresh.stderr)
    return result.exit_code, result.stdout, result.stderr


def test_a_repeat_is_replayed_without_reading_the_log(project: Project, loads: list[object], settled_files: None) -> None:
    """Output, errors (in their order with the output) and exit code of each answerable command come back."""
    code, out, err = twice(project, loads, "due", "--cycle", "yoga")
    assert (code, out.splitlines()[0], err) == (1, "1 decision due at the Yoga PTG (2021-10-18 to 2021-10-22):", "")
    assert twice(project, loads, "validate")[0] == 0
    assert [row["number"] for row in json.loads(twice(project, loads, "list", "--format", "json")[1])] == [1, 2]
    assert twice(project, loads, "graph")[0] == 0
    assert project.run_console("index").exit_code == 0
    assert twice(project, loads, "index", "--check") == (0, "", "")
    write(project, 3, "No date", extra="\n\nSee [the old one](0009-gone.md).")
    assert twice(project, loads, "validate", "--format", "json")[0] == 1


def test_writes_and_git_reads_are_never_replayed(project: Project, loads: list[object], settled_files: None) -> None:
    """`index` writes the index, `validate PATH` and `--at` have inputs of their own: they always run."""
    subprocess.run(["git", "init", "-q"], check=True)
    subprocess.run(["git", "add", "."], check=True)
    subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-qm", "log"],
                   check=True)
    for args in (("index",), ("validate", "decisions/0001-keep-linuxbridge.md"), ("list", "--at", "HEAD")):
        project.run_console(*args)
        loads.clear()
        assert project.run_console(*args).exit_code == 0
        assert "replayed" not in loads, args


@pytest.mark.parametrize("change", ["edit", "add", "delete", "rename", "other file"])
def test_a_changed_record_file_is_read_again(project: Project, loads: list[object], settled_files: None,
                                             change: str) -> None:
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
    assert [row["status"] for row in json.loads(read_again(project, loads, "list", "--format", "json")[1])] == \
        expected


def test_an_edit_of_a_folder_record_s_file_is_never_answered_from_a_kept_answer(
        project: Project, loads: list[object], settled_files: None) -> None:
    """The answer kept for `list` is keyed on the log directory's scan, which an edit of a file inside a folder
    does not change (same size, mtime put back: only its ctime moves): the folder's file is an input of its own."""
    for path in (project.root / "decisions").iterdir():
        path.unlink()
    project.write("decisions/0001-a/README.md", "# A\n\n## Status\n\nProposed\n")
    assert json.loads(twice(project, loads, "list", "--format", "json")[1])[0]["status"] == "proposed"
    path = project.root / "decisions" / "0001-a" / "README.md"
    stat = path.stat()
    path.write_text(path.read_text(encoding="utf-8").replace("Proposed", "Rejected"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert json.loads(read_again(project, loads, "list", "--format", "json")[1])[0]["status"] == "rejected"


def test_the_index_file_is_an_input(project: Project, loads: list[object], settled_files: None) -> None:
    """`index --check` after the index was edited by hand says it is stale."""
    project.run_console("index")
    assert twice(project, loads, "index", "--check")[0] == 0
    index = project.decisions / "README.md"
    index.write_text(index.read_text(encoding="utf-8") + "edited\n", encoding="utf-8")
    assert read_again(project, loads, "index", "--check")[0] == 1


def test_the_command_line_today_and_the_environment_are_the_key(project: Project, loads: list[object],
                                                                settled_files: None) -> None:
    """`due` with no cycle judges at the coming PTG: another day may give another answer."""
    project.today = "2021-04-01"
    assert twice(project, loads, "due")[1].startswith("Nothing is due at the Xena PTG")
    project.today = "2021-05-01"
    assert read_again(project, loads, "due")[1].startswith("1 decision due at the Yoga PTG")
    loads.clear()
    assert project.run_console("due", env={"ADR_SOMETHING": "1"}).exit_code == 1
    assert loads == [project.decisions]
    loads.clear()
    assert project.run_console("due", "--format", "json").exit_code == 1
    assert loads == [project.decisions]


def test_the_clock_s_day_is_part_of_the_key(project: Project, loads: list[object], settled_files: None,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --today the clock's day decides; an answer worked out over midnight is not kept."""
    monkeypatch.setattr(answers, "_today", lambda: "2021-04-01")
    twice(project, loads, "list")
    monkeypatch.setattr(answers, "_today", lambda: "2021-04-02")
    read_again(project, loads, "list")
    days = iter(["2021-04-03", "2021-04-03", "2021-04-04"])  # the key, the run's start, its end
    monkeypatch.setattr(answers, "_today", lambda: next(days, "2021-04-04"))
    project.run_console("list")
    monkeypatch.setattr(answers, "_today", lambda: "2021-04-03")
    read_again(project, loads, "list")


def test_config_calendar_and_templates_are_inputs(project: Project, loads: list[object], settled_files: None) -> None:
    """A config file created or changed, a calendar file changed, a template added: each gives a new answer."""
    assert twice(project, loads, "due", "--cycle", "yoga")[0] == 1
    project.write(".adr.toml", 'active-statuses = ["accepted"]\n')
    assert read_again(project, loads, "due", "--cycle", "yoga")[0] == 0  # record 1 is only proposed

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
    assert "(2021-10-25 to 2021-10-29)" in read_again(project, loads, "due", "--cycle", "yoga")[1]

    project.write(".adr.toml", 'templates = "adr-templates"\n')
    project.write("adr-templates/record.md.j2", "# {{ title }}\n")
    assert project.run_console("index").exit_code == 0
    assert twice(project, loads, "index", "--check")[0] == 0
    project.write("adr-templates/index.md.j2", "# Decisions\n")
    assert read_again(project, loads, "index", "--check")[0] == 1


def test_the_template_of_a_log_s_topics_is_an_input(project: Project, loads: list[object],
                                                     settled_files: None) -> None:
    """A decision template the folder above the log holds (the topics' template, univention/decision-records')
    sets the sections the log's records need: added, or edited in place, it gives a new answer."""
    project.write(".adr.toml", "")  # (kept with adrtool: a missing section is an error)
    assert twice(project, loads, "validate") == (0, "", "")
    project.write("adr-template.md", "# {title}\n\n## Context\n\n## Drivers\n")
    assert read_again(project, loads, "validate")[:2] == (1, "decisions/0001-keep-linuxbridge.md:6:1: ADR202 error: "
                                                             "no Drivers section ('## Drivers')\n"
                                                             "decisions/0002-switch-the-gate-to-ovn.md:6:1: ADR202 "
                                                             "error: no Drivers section ('## Drivers')\n")
    assert twice(project, loads, "validate")[0] == 1
    project.write("adr-template.md", "# {title}\n\n## Context\n\n## Drivers <!-- optional -->\n")
    assert read_again(project, loads, "validate") == (0, "", "")


def test_where_the_log_is_found_is_an_input(project: Project, loads: list[object], settled_files: None) -> None:
    """Run in a subdirectory: a `.adr-dir` or a `[tool.adr]` appearing above it points at another log."""
    subprocess.run(["git", "init", "-q"], check=True)  # the project's root: where the log is looked for
    write(project, 1, "Elsewhere", status="accepted", folder="other")
    sub = project.root / "src" / "pkg"
    sub.mkdir(parents=True)
    os.chdir(sub)
    assert [row["title"] for row in json.loads(twice(project, loads, "list", "--format", "json")[1])] == \
        ["Keep Linuxbridge", "Switch the gate to OVN"]
    project.write("src/.adr-dir", "../other\n")
    assert [row["title"] for row in json.loads(read_again(project, loads, "list", "--format", "json")[1])] == \
        ["Elsewhere"]
    (project.root / "src" / ".adr-dir").unlink()
    project.write("pyproject.toml", '[tool.adr]\ndir = "other"\n')
    assert [row["title"] for row in json.loads(read_again(project, loads, "list", "--format", "json")[1])] == \
        ["Elsewhere"]


def test_a_record_under_another_conventional_name_is_an_input(project: Project, loads: list[object],
                                                              settled_files: None) -> None:
    """`docs/adr/` empty beside the log: once a record is written there, the log there is read beside it."""
    (project.root / "docs" / "adr").mkdir(parents=True)
    twice(project, loads, "list", "--format", "json")
    write(project, 1, "Blue green", folder="docs/adr")
    rows = json.loads(read_again(project, loads, "list", "--format", "json")[1])
    assert [(row["log"], row["title"]) for row in rows] == [
        ("decisions", "Keep Linuxbridge"), ("decisions", "Switch the gate to OVN"), ("docs/adr", "Blue green")]


def test_a_decision_directory_reached_through_a_symlink(project: Project, loads: list[object],
                                                        settled_files: None) -> None:
    """`--dir link`: when the link is pointed elsewhere, the log it now names is read."""
    write(project, 1, "Elsewhere", status="accepted", folder="other")
    (project.root / "link").symlink_to("decisions")
    assert len(json.loads(twice(project, loads, "--dir", "link", "list", "--format", "json")[1])) == 2
    (project.root / "link").unlink()
    (project.root / "link").symlink_to("other")
    assert len(json.loads(read_again(project, loads, "--dir", "link", "list", "--format", "json")[1])) == 1


# Where each way finds the log, and a change it does not watch that makes it find another.
ELSEWHERE = {"search": ("docs/design/adr", "guide/design-adr"), "workspace.dsl": ("structurizr/records", "other"),
             "subfolders": ("docs/adr/decisions", "docs/adr")}


@pytest.mark.parametrize("named_by", list(ELSEWHERE))
def test_a_log_found_by_looking_into_directories_is_never_replayed(project: Project, loads: list[object],
                                                                   settled_files: None, named_by: str) -> None:
    """A log found by the search, by structurizr's `!adrs` or in a conventional directory's subfolder: what
    would change it (a log nearer the root, the path `!adrs` names, a record of the directory's own) is not
    watched, so the answer is worked out afresh each time."""
    found, changed = ELSEWHERE[named_by]
    (project.root / found).parent.mkdir(parents=True, exist_ok=True)
    project.decisions.rename(project.root / found)
    if named_by == "workspace.dsl":
        project.write("workspace.dsl", f"workspace {{\n    !adrs {found}\n}}\n")
    assert len(json.loads(twice(project, loads, "list", "--format", "json", replayed=False)[1])) == 2
    write(project, 1, "Elsewhere", status="accepted", folder=changed)
    write(project, 2, "Elsewhere too", status="accepted", folder=changed)
    if named_by == "workspace.dsl":
        project.write("workspace.dsl", f"workspace {{\n    !adrs {changed}\n}}\n")
    titles = [row["title"] for row in json.loads(read_again(project, loads, "list", "--format", "json")[1])]
    # (a record of the conventional directory's own makes it the log, and the subfolder a log of its own beside it;
    # the log the search found first, deeper under a name logs have, is read beside the one nearer the root)
    ours = ["Keep Linuxbridge", "Switch the gate to OVN"]
    assert titles == {"search": ours + ["Elsewhere", "Elsewhere too"],
                      "subfolders": ["Elsewhere", "Elsewhere too"] + ours}.get(named_by, ["Elsewhere", "Elsewhere too"])


@pytest.mark.parametrize("exists_first", [False, True])
def test_a_link_target_outside_the_log_is_an_input(project: Project, loads: list[object], settled_files: None,
                                                   exists_first: bool) -> None:
    """ADR403 looks for a linked record in another directory: that it appears or goes is seen."""
    write(project, 3, "Archived link", extra="\n\nSee [the old one](../archive/0009-old.md).")
    target = project.root / "archive" / "0009-old.md"
    if exists_first:
        project.write("archive/0009-old.md", "# Old\n")
    code, out, _ = twice(project, loads, "validate", "--select", "ADR403")
    assert (code, "ADR403" in out) == ((0, False) if exists_first else (1, True))
    if exists_first:
        target.unlink()
    else:
        project.write("archive/0009-old.md", "# Old\n")
    code, out, _ = read_again(project, loads, "validate", "--select", "ADR403")
    assert (code, "ADR403" in out) == ((1, True) if exists_first else (0, False))


def test_racy_files_are_not_kept(project: Project, loads: list[object], whole_second_stamps: None) -> None:
    """Where an edit can leave every stat as it was, no answer is kept: each run reads the log."""
    twice(project, loads, "list", "--format", "json", replayed=False)
    path = project.decisions / "0001-keep-linuxbridge.md"
    path.write_text(path.read_text(encoding="utf-8").replace("proposed", "rejected"), encoding="utf-8")
    assert [row["status"] for row in json.loads(project.run_console("list", "--format", "json").stdout)] == \
        ["rejected", "accepted"]


def test_a_damaged_answer_is_ignored(project: Project, loads: list[object], settled_files: None, tmp_path: Path) -> None:
    twice(project, loads, "list", "--format", "json")
    [stored] = (tmp_path / "adr-cache" / answers.FOLDER).iterdir()
    whole = stored.read_bytes()
    flipped = whole[:-2] + bytes([whole[-2] ^ 1]) + whole[-1:]  # the output's length kept: its checksum finds it
    for damage in (whole[:-3], whole[:40], b"adrtool-answer-2\n\xff\xff\xff\x7f junk", flipped):
        stored.write_bytes(damage)
        assert len(json.loads(read_again(project, loads, "list", "--format", "json")[1])) == 2


def test_no_cache_keeps_no_answer(project: Project, loads: list[object], settled_files: None, tmp_path: Path) -> None:
    twice(project, loads, "list", "--format", "json", replayed=True)
    assert list((tmp_path / "adr-cache" / answers.FOLDER).iterdir())
    loads.clear()
    assert project.run_console("list", "--format", "json", env={"ADR_NO_CACHE": "1"}).exit_code == 0
    assert loads == [project.decisions]


def test_only_the_latest_answers_are_kept(project: Project, loads: list[object], settled_files: None,
                                         tmp_path: Path) -> None:
    for number in range(answers.KEEP + 3):
        project.run_console("list", "--status", f"status-{number}")
    assert len(list((tmp_path / "adr-cache" / answers.FOLDER).iterdir())) == answers.KEEP


def replay_probe(project: Project, *args: str, stdout: int | None = None,
                 env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    code = ("import sys\n"
            "from adrtool.console import run\n"
            "code = run()\n"
            "heavy = ('click', 'adrtool.cli', 'adrtool.project.config', 'adrtool.records.log', 'pathlib', 'typing')\n"
            "print('LOADED', sorted(m for m in heavy if m in sys.modules), code, file=sys.stderr)\n")
    return subprocess.run([sys.executable, "-c", code, *args], stdout=stdout if stdout is not None else subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, cwd=project.root,
                          env={**os.environ, "ADR_TODAY": project.today, **(env or {})})


def test_a_replay_imports_nothing_but_the_store(project: Project, loads: list[object]) -> None:
    """The repeat runs before click, the config and the reader are imported: its cost is the stats."""
    time.sleep(2 * cache.FINE_MARGIN_NS / 1e9)  # the records are just written: until then, answers are not kept
    first = replay_probe(project, "list", "--format", "json")
    assert first.stderr.splitlines()[-1] != "LOADED [] 0"
    again = replay_probe(project, "list", "--format", "json")
    assert again.stdout == first.stdout
    assert again.stderr.splitlines()[-1] == "LOADED [] 0"


def test_a_closed_pipe_ends_a_replay_quietly(project: Project, loads: list[object]) -> None:
    """`adr list | head`: the reader went away; no traceback, exit 0, whether replayed or not."""
    for env in ({"ADR_NO_CACHE": "1"}, {}, {}):  # not kept; kept; replayed
        read_end, write_end = os.pipe()
        os.close(read_end)
        try:
            result = replay_probe(project, "list", stdout=write_end, env=env)
        finally:
            os.close(write_end)
        assert result.stderr.splitlines()[-1].endswith("] 0"), result.stderr
        assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr


def test_stats_taken_by_both_readers_key_the_answer(project: Project, loads: list[object], settled_files: None,
                                                     fork_server: ForkServer) -> None:
    """A cold reading on two cores takes each record's stat from the file it opens, in either process: the
    answer kept from them is replayed, and an edit to any record (its size and mtime kept) is seen."""
    for number in range(3, 41):
        write(project, number, f"Decision {number}", status="accepted")
    args = ("list", "--format", "json")
    first = fork_server.call(read_on_two_cores, project.today, args)
    loads.clear()
    again = project.run_console(*args)
    assert (again.exit_code, again.stdout, again.stderr) == first and loads == ["replayed"]
    assert len(json.loads(first[1])) == 40
    for number in (2, 40):  # one read early, one late: by either process
        path = next(project.decisions.glob(f"{number:04d}-*.md"))
        stat = path.stat()
        path.write_text(path.read_text(encoding="utf-8").replace("accepted", "rejected"), encoding="utf-8")
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        rows = json.loads(read_again(project, loads, *args)[1])
        assert [row["number"] for row in rows if row["status"] == "rejected"] == [n for n in (2, 40) if n <= number]


def read_on_two_cores(today: str, args: tuple[str, ...]) -> tuple[int, str, str]:
    """In the fork server's child: `adr ARGS` as the console script runs it, read on two cores (it forked: no
    answer was replayed), its JSON written and kept in pieces of seven records; the caches written as if well
    after the files changed (conftest.settled_files)."""
    from adrtool.views import output

    calibrate = cache.Clock.calibrate

    def later(self: cache.Clock, probe: object) -> None:
        calibrate(self, probe)  # type: ignore[arg-type]
        self.reference += 20 * cache.RACY_SECONDS * 1_000_000_000

    cache.Clock.calibrate = later  # type: ignore[method-assign]
    output.PIECE_OBJECTS = 7
    store.SHARING = Sharing(parallel_from=2, chunk=3, cores=2)
    forks = counted_forks()
    result = Project(Path.cwd(), today).run_console(*args)
    assert len(forks) == 1
    return result.exit_code, result.stdout, result.stderr


NOTE = "# {title}\n\nWhat we talked about.\n"


def test_a_subfolder_s_records_are_an_input_of_validate(project: Project, loads: list[object],
                                                        settled_files: None) -> None:
    """`validate` warns of records in a subfolder numbered apart from the log that are no decisions (ADR101): a
    record added there, or removed, is seen at once (the decision directory's scan takes each subfolder's stat);
    one edited in place to read as a decision makes the subfolder a log of its own, seen at once too."""
    note = project.write("decisions/notes/0001-kickoff.md", NOTE.format(title="Kickoff"))
    code, out, _ = twice(project, loads, "validate")
    assert (code, out.count("notes/ holds a record file adr does not read")) == (0, 1)
    added = project.write("decisions/notes/0002-retro.md", NOTE.format(title="Retro"))
    assert "notes/ holds 2 record files" in read_again(project, loads, "validate")[1]
    twice(project, loads, "validate")
    added.unlink()
    assert "notes/ holds a record file adr" in read_again(project, loads, "validate")[1]
    twice(project, loads, "list", "--format", "json")
    note.write_text(NOTE.format(title="Kickoff").replace("What", "Status: Accepted\n\nWhat"))
    assert [row["title"] for row in json.loads(read_again(project, loads, "list", "--format", "json")[1])] == [
        "Keep Linuxbridge", "Switch the gate to OVN", "Kickoff"]


def test_a_subfolder_numbered_in_the_log_s_sequence_is_read_at_once_and_never_replayed(
        project: Project, loads: list[object], settled_files: None) -> None:
    """A record added to a subfolder under a number the log does not use (`outdated/0003-x.md` beside 1 and 2)
    makes the subfolder part of the log: listed at once, and the log's answers, which would have to watch the
    subfolder, are no longer kept."""
    assert twice(project, loads, "list")[0] == 0
    write(project, 3, "Use JWT", status="deprecated", folder="decisions/outdated")
    assert read_again(project, loads, "list")[1].count("Use JWT") == 1
    assert twice(project, loads, "list", replayed=False)[1].count("Use JWT") == 1


def test_a_component_log_appearing_beside_the_root_log_is_seen(project: Project, loads: list[object],
                                                               settled_files: None) -> None:
    """The root's log is replayed while the components stay as they were; a component's log that appears (a
    directory, then a record in it) is listed at once."""
    assert twice(project, loads, "list")[0] == 0
    project.write("services/billing/docs/adr/README.md", "# Decisions\n")
    read_again(project, loads, "list")
    assert twice(project, loads, "list")[0] == 0
    write(project, 1, "Bill monthly", folder="services/billing/docs/adr")
    assert read_again(project, loads, "list")[1].count("services/billing/docs/adr") == 1
