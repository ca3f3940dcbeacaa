"""Shared fixtures: run the real CLI in a project made in tmp_path."""

from __future__ import annotations

import gc
import io
import os
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from forking import ForkServer
from gitrepo import GitRepo, make_repo

# A bug shows its traceback in the tests, not only the one line users see (adrtool.errors.report_bug).
os.environ.setdefault("ADR_DEBUG", "1")


# Started first, so that the workers of `-n auto` end together: the longest runs of tests (the browser's, the MCP
# server's and the benchmark tooling's).
LONGEST = ("test_site_browser.py", "test_mcp.py", "test_benchmarks.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.path.name not in LONGEST)  # stable: the order is kept otherwise


def pytest_collection_finish(session: pytest.Session) -> None:
    """The process that runs the tests (an xdist worker, or pytest alone) keeps what collection loaded for its
    whole life: the modules, the test items, their parameters. Frozen, the cycle collector no longer goes over
    them at each full collection; and it collects as the console script has it collect (adrtool.console.main),
    less often, still freeing every garbage cycle. What a test checks is the same: nothing a test asserts
    depends on when the collector runs."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(200_000, 30, 30)


THOROUGH = os.environ.get("ADR_PROPERTY_EXAMPLES") == "thorough"  # the thorough pass that .ci/run adds


def examples(thorough: int) -> int:
    """How many inputs a property test draws in a run: ``thorough`` in the thorough pass
    (``ADR_PROPERTY_EXAMPLES=thorough``), a sixth of it in the everyday suite, which stays fast. Each run draws
    new inputs; every defect they found is kept as an explicit example."""
    return thorough if THOROUGH else max(thorough // 6, 50)


def seeds(thorough: int) -> range:
    """The seeds of a randomised scenario (fixed, so a failure replays): ``thorough`` of them in the thorough
    pass, the first alone in the everyday suite."""
    return range(1, 1 + (thorough if THOROUGH else 1))


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str


@dataclass
class Project:
    """A project directory; `run` invokes `adr` in it with a frozen today."""

    root: Path
    today: str = "2021-05-01"

    @property
    def decisions(self) -> Path:
        return self.root / "decisions"

    def write(self, relative: str, text: str) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    def read(self, relative: str) -> str:
        return (self.root / relative).read_text(encoding="utf-8")

    def run(self, *args: str, env: dict[str, str] | None = None) -> Result:
        """`adr ARGS` run by the click application (never a kept answer), in this process."""
        from adrtool.cli import run

        return run_adr(lambda: run(["--today", self.today, *args]).code, env)

    def run_console(self, *args: str, env: dict[str, str] | None = None) -> Result:
        """`adr ARGS` as the console script runs it (a kept answer replayed, else the click application), in
        this process."""
        from adrtool import console

        return run_adr(lambda: console.run(["--today", self.today, *args]), env)


def run_adr(run: Callable[[], int], env: dict[str, str] | None = None) -> Result:
    """The exit code of ``run()`` and what it wrote, run with output streams like a real run's (UTF-8 text over
    bytes, not terminals), no editor, and ``env`` added to the environment."""
    out, err = io.BytesIO(), io.BytesIO()
    streams = (io.TextIOWrapper(out, encoding="utf-8", write_through=True),
               io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", write_through=True))
    saved = sys.stdout, sys.stderr, dict(os.environ)
    sys.stdout, sys.stderr = streams
    os.environ.pop("VISUAL", None)
    os.environ.pop("EDITOR", None)
    os.environ.update(env or {})
    try:
        code = run()
    finally:
        for stream in streams:
            stream.flush()
            stream.detach()
        sys.stdout, sys.stderr = saved[:2]
        os.environ.clear()
        os.environ.update(saved[2])
    return Result(code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8"))


def no_log_line(root: Path) -> str:
    """The one line `adr` says when it finds no decision log under ``root``."""
    return (f"adr: no decision log found under {root} (looked for decisions/, doc/adr/, docs/adr/, docs/decisions/, "
            "adr/, architecture-decision-records/ ..., the files that name one: .adr-dir, adrs.toml, .adr.json, "
            "adr.config.json, dotadr.json, .log4brains.yml, workspace.dsl, catalog-info.yaml, and directories of numbered records up to 4 levels "
            "down, hidden ones last); run "
            "`adr init` or pass --dir\n")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    root = tmp_path / "project"
    root.mkdir()
    monkeypatch.chdir(root)
    monkeypatch.delenv("ADR_TODAY", raising=False)
    monkeypatch.setenv("ADR_CACHE_DIR", str(tmp_path / "adr-cache"))  # never the user's own cache
    return Project(root)


@pytest.fixture(scope="session")
def fork_server() -> Iterator[ForkServer]:
    """Where a test runs what forks (tests/forking.py)."""
    server = ForkServer()
    yield server
    server.close()


FRESH = {"ADR_NO_CACHE": "1"}


def same_as_fresh(project: Project, *args: str) -> str:
    """`adr ARGS` with the caches (built or read) and without them: the same output, byte for byte. Returns it."""
    cached = project.run(*args)
    fresh = project.run(*args, env=FRESH)
    assert cached.exit_code == fresh.exit_code == 0, cached.stderr + fresh.stderr
    assert (cached.stdout, cached.stderr) == (fresh.stdout, fresh.stderr)
    return cached.stdout


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """Every long-running git process adrtool starts (`git log`, `git cat-file`), with its arguments."""
    from adrtool.git import repo as gitlog

    calls: list[tuple[str, ...]] = []
    original = gitlog.Git._start

    def spy(self, command, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append((command, *args))
        return original(self, command, *args, **kwargs)

    monkeypatch.setattr(gitlog.Git, "_start", spy)
    return calls


@pytest.fixture
def settled_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """The caches are written as if well after the files last changed: entries are trusted by their stat."""
    from adrtool.cache import parsed as cache

    calibrate = cache.Clock.calibrate

    def later(self: cache.Clock, probe: object) -> None:
        calibrate(self, probe)  # type: ignore[arg-type]
        self.reference += 20 * cache.RACY_SECONDS * 1_000_000_000

    monkeypatch.setattr(cache.Clock, "calibrate", later)


@pytest.fixture
def whole_second_stamps(monkeypatch: pytest.MonkeyPatch) -> None:
    """A filesystem that stamps whole seconds, every file changed within the same second: an edit that keeps
    the size leaves the stat as it was."""
    import time

    from adrtool.cache import parsed as cache

    second = (time.time_ns() // 1_000_000_000 + 1) * 1_000_000_000
    monkeypatch.setattr(cache, "signature", lambda stat: (stat.st_size, second, second, stat.st_ino))


@pytest.fixture
def answers_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """No command is answered from the answer store, so a repeat exercises the caches below it."""
    from adrtool.cache import answers

    monkeypatch.setattr(answers, "replay", lambda argv: None)
    monkeypatch.setattr(answers.Recording, "begin", classmethod(lambda cls, argv: None))


def read_cache_file(path: Path) -> tuple[dict, dict]:
    """A parse (or facts) cache file's header ({"key": ...}) and its entries, name -> (signature, hash, value),
    from its frames and its index (the format adrtool.cache.parsed.ParseCache writes: frames, then the index
    and its length)."""
    import marshal
    import pickle
    from array import array

    from adrtool.cache.parsed import MAGIC

    data = path.read_bytes()
    assert data.startswith(MAGIC)
    length = int.from_bytes(data[-4:], "little")
    key, names, times_data, inodes_data, digests, frame_data, lengths = marshal.loads(data[-4 - length:-4])
    times, inodes, frame_of = array("q", times_data), array("Q", inodes_data), array("I", frame_data)
    frames, offset = [], len(MAGIC)
    for size in lengths:
        frames.append(pickle.loads(data[offset:offset + size]))
        offset += size
    entries = {name: (tuple(times[3 * position:3 * position + 3]) + (inodes[position],), digests.get(position),
                      frames[frame_of[position]][name])
               for position, name in enumerate(names.split("\0") if names else [])}
    return {"key": key}, entries


def write_cache_file(path: Path, header: dict, entries: dict) -> None:
    """Write ``entries`` (name -> (signature, hash, value)) as a cache file with ``header``'s key, in one frame;
    an entry of another shape spoils the index as adrtool never would (a signature it cannot hold)."""
    import marshal
    import pickle
    from array import array

    from adrtool.cache.parsed import MAGIC

    names, times, inodes, digests, values = [], [], [], {}, {}
    for position, (name, entry) in enumerate(entries.items()):
        shaped = type(entry) is tuple and len(entry) == 3 and type(entry[0]) is tuple and len(entry[0]) == 4
        sig, digest, value = entry if shaped else ((0, 0, 0, 0), None, entry)
        names.append(name)
        times.extend(sig[:3] if shaped else (0, 0, 0, 0))  # of another shape: the index no longer adds up
        inodes.append(sig[3])
        if digest is not None:
            digests[position] = digest
        values[name] = value
    frame = pickle.dumps(values)
    index = marshal.dumps((header["key"], "\0".join(names), array("q", times).tobytes(),
                           array("Q", inodes).tobytes(), digests, array("I", [0] * len(names)).tobytes(),
                           [len(frame)]))
    path.write_bytes(MAGIC + frame + index + len(index).to_bytes(4, "little"))


def adr(*args: str, env: dict[str, str] | None = None) -> Result:
    """`adr ARGS` in the current directory, run by the click application in this process."""
    from adrtool.cli import run

    return run_adr(lambda: run(list(args)).code, env)


@pytest.fixture
def repo(project: Project, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """The project directory, a git repository on branch main."""
    return make_repo(project.root, monkeypatch)
