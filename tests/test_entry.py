"""The console script's edges: odd output streams, a bug, and caches that someone else could have written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from adrtool.cache.parsed import FINE_MARGIN_NS

RECORD = """---
status: accepted
date: 2021-04-19
revisit: never
---
# Größe: keep the ✓ backend

## Context

Operators asked.

## Decision

We do it.

## Consequences

It is done.
"""


@pytest.fixture
def log(tmp_path: Path) -> Path:
    """A project with one record whose title is not ASCII, written well before the run (so answers are kept)."""
    root = tmp_path / "project"
    (root / "decisions").mkdir(parents=True)
    record = root / "decisions" / "0001-keep-the-backend.md"
    record.write_text(RECORD, encoding="utf-8")
    old = 1_600_000_000_123_456_789  # nanoseconds: not a filesystem that stamps whole seconds
    os.utime(record, ns=(old, old))
    # Past the window in which a file's stat cannot yet be trusted (its ctime is now): the run, a process
    # start away, comes later still.
    time.sleep(FINE_MARGIN_NS / 1e9)
    return root


def adr(root: Path, *args: str, env: dict[str, str] | None = None, **options: object) -> subprocess.CompletedProcess[bytes]:
    """The real console script, in a process of its own."""
    environment = {**os.environ, "ADR_TODAY": "2021-05-01", "ADR_CACHE_DIR": str(root.parent / "cache"),
                   **(env or {})}
    environment.pop("ADR_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "adrtool", *args], cwd=root, env=environment,
                          capture_output="stdout" not in options, **options)  # type: ignore[call-overload]


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_a_stdout_that_cannot_encode_gets_replacements_replayed_or_not(log: Path, encoding: str) -> None:
    """Characters the stream cannot encode are replaced, never a traceback; the kept answer replays the same
    bytes as the run it was kept from, and as a run with caches off."""
    env = {"PYTHONIOENCODING": encoding}
    runs = [adr(log, "list", env=env) for _ in range(2)] + [adr(log, "list", env={**env, "ADR_NO_CACHE": "1"})]
    assert [run.returncode for run in runs] == [0, 0, 0]
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout
    expected = "Größe: keep the ? backend" if encoding == "latin-1" else "Gr??e: keep the ? backend"
    assert runs[0].stdout.decode(encoding).splitlines()[1].endswith(expected)
    assert all(run.stderr == b"" for run in runs)
    assert list((log.parent / "cache" / "answers").iterdir())  # the second run was a replay


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_json_on_a_stdout_that_cannot_encode_keeps_every_character_as_an_escape(log: Path, encoding: str) -> None:
    """JSON, which has an escape for every character, loses none to a replacement: the data read back equals
    a UTF-8 run's, kept and replayed alike; a table still shows `?`."""
    utf8 = json.loads(adr(log, "list", "--format", "json", env={"ADR_NO_CACHE": "1"}).stdout)
    env = {"PYTHONIOENCODING": encoding}
    runs = [adr(log, "list", "--format", "json", env=env) for _ in range(2)]
    assert runs[0].stdout == runs[1].stdout and runs[0].stdout.isascii()
    assert b"Gr\\u00f6\\u00dfe: keep the \\u2713 backend" in runs[0].stdout
    assert json.loads(runs[0].stdout) == utf8 and utf8[0]["title"] == "Größe: keep the ✓ backend"
    shown = adr(log, "show", "1", "--format", "json", env=env)
    assert json.loads(shown.stdout)["title"] == utf8[0]["title"]


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS takes no file name that is not UTF-8")
def test_a_file_name_that_is_not_utf8_on_a_strict_utf8_stdout_is_replaced(log: Path) -> None:
    """`PYTHONIOENCODING=utf-8` makes stdout strict UTF-8, which no character of a file name that is not UTF-8
    encodes: `adr list --format json` ended in an internal error (exit 3). The character is replaced, in text and
    JSON, kept and replayed alike."""
    os.rename(log / "decisions" / "0001-keep-the-backend.md", os.fsencode(log / "decisions") + b"/0001-caf\xe9.md")
    env = {"PYTHONIOENCODING": "utf-8"}
    for args in (("list",), ("list", "--format", "json"), ("list", "--format", "json")):
        run = adr(log, *args, env=env)
        assert (run.returncode, run.stderr) == (0, b"")
        assert b"0001" in run.stdout
    assert json.loads(run.stdout)[0]["path"] == "decisions/0001-caf?.md"


def test_a_replayed_answer_is_the_answer_given_on_a_utf8_stream(log: Path) -> None:
    """Kept and replayed, the output is byte for byte the output of a run with caches off."""
    fresh = adr(log, "list", "--format", "json", env={"ADR_NO_CACHE": "1"})
    kept, replayed = adr(log, "list", "--format", "json"), adr(log, "list", "--format", "json")
    assert fresh.stdout == kept.stdout == replayed.stdout
    assert "Größe".encode() in fresh.stdout


def test_a_closed_stdout_is_one_line_and_exit_2(log: Path) -> None:
    """`adr list >&-`: nowhere to write the answer."""
    done = subprocess.run(f"{sys.executable} -m adrtool list >&-", shell=True, cwd=log, capture_output=False,
                          stderr=subprocess.PIPE, env={**os.environ, "ADR_TODAY": "2021-05-01"})
    assert done.returncode == 2
    assert done.stderr.decode().splitlines() == ["adr: cannot write output: stdout is closed"]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="a system without /dev/full")
def test_a_full_disk_is_one_line_and_exit_2(log: Path) -> None:
    """`adr list > /dev/full`: the write fails; one line says why."""
    with open("/dev/full", "wb") as full:
        done = adr(log, "list", stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == 2
    assert done.stderr.decode().splitlines() == ["adr: cannot write output: No space left on device"]


def test_a_bug_is_one_line_with_where_its_traceback_went(log: Path, tmp_path: Path) -> None:
    """An exception no code path expects is not shown as a traceback: one line names it and the file that
    holds the traceback, exit 3."""
    probe = ("import sys\n"
             "from adrtool.records import log\n"
             "def broken(*args, **kwargs):\n    raise RuntimeError('kaboom')\n"
             "log.read_log = broken\n"
             "from adrtool.console import run\n"
             "sys.exit(run(['--today', '2021-05-01', 'list']))\n")
    env = {key: value for key, value in os.environ.items() if key != "ADR_DEBUG"}
    done = subprocess.run([sys.executable, "-c", probe], cwd=log, capture_output=True, text=True,
                          env={**env, "ADR_NO_CACHE": "1", "TMPDIR": str(tmp_path)})
    assert done.returncode == 3
    [line] = done.stderr.splitlines()
    assert line.startswith("adr: internal error: RuntimeError: kaboom (traceback in ")
    assert line.endswith("); this is a bug in adrtool, please report it")
    [written] = tmp_path.glob("adr-bug-*.txt")
    assert "RuntimeError: kaboom" in written.read_text(encoding="utf-8")


def test_a_cache_directory_others_can_write_to_is_not_used(log: Path) -> None:
    """A cache directory writable by everyone (anyone could plant an answer in it) is not used: one warning,
    the command runs, nothing is written there."""
    cache = log.parent / "cache"
    cache.mkdir()
    cache.chmod(0o777)
    first, second = adr(log, "list"), adr(log, "list")
    assert first.returncode == second.returncode == 0 and first.stdout == second.stdout
    assert second.stderr.decode().splitlines() == [f"adr: not using the cache at {cache}: others can write to it"]
    assert list(cache.iterdir()) == []


def test_a_damaged_answer_is_never_replayed(log: Path) -> None:
    """A kept answer whose output was changed on disk fails its checksum: the command runs again."""
    fresh = adr(log, "list")
    adr(log, "list")
    [answer] = (log.parent / "cache" / "answers").iterdir()
    data = answer.read_bytes()
    answer.write_bytes(data.replace(b"accepted", b"rejected"))
    assert adr(log, "list").stdout == fresh.stdout


def test_a_git_file_pointing_at_no_repository_decides_nothing(log: Path, tmp_path: Path) -> None:
    """A `.git` file naming a directory git would not take for a repository does not put the caches there."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (log / ".git").write_text(f"gitdir: {elsewhere}\n", encoding="utf-8")
    env = {"ADR_CACHE_DIR": "", "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    assert adr(log, "list", env=env).returncode == 0
    assert list(elsewhere.iterdir()) == []
    assert (tmp_path / "xdg" / "adrtool").is_dir()
