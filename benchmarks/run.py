#!/usr/bin/env python3
"""Time adrtool's commands against its peers and floors on decision logs shaped as real ones.

    python benchmarks/run.py --sizes 1000,10000 --cores 1,2 --runs 5 --output docs/benchmarks.md

For each size it generates (or reuses) one git repository per corpus (benchmarks/generate.py: MADR 4 front
matter as people write it, MADR 2, adr-tools, and the real logs of ../shared/realworld repeated up to the
size), installs the peers it lacks into the work directory, then, on one core and on two (`taskset`), times
the peers and the floors, and our commands in every scenario a user meets: a fresh clone (no cache), a stale
cache (every file touched; a checkout of a branch that changed every file), a pull of 10 files, and warm
(nothing changed). The references our targets name run alternately with ours. It reports medians of wall
and CPU time, peak memory, the ratios and whether each target is met. benchmarks/README.md explains each
number. Nothing here is a test: a command that fails or is missing is a row in the table, never a crash.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import platform
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
sys.path.insert(0, str(HERE))
import generate  # noqa: E402

CORPORA = generate.CORPORA
REALWORLD = generate.REALWORLD
DEFAULT_REALWORLD = PROJECT.parent / "shared" / "realworld"  # read at run time only: this is not a test
SNAPSHOT_FROM = 100_000  # from this size a repository holds its log in one commit: no history to walk
MAX_MB = {10_000: 90, 100_000: 300}  # peak memory targets, at or below each size
TARGET_SIZE = 10_000  # the targets are set here, on one core
CORES = {1: ("taskset", "-c", "0"), 2: ("taskset", "-c", "0,1")}

# ---------------------------------------------------------------------------------------------------------
# What is measured. Placeholders in argv: {adr_tools} {venv} {npm} {dir} (decision dir, relative to the
# repo root, which is the working directory) {out} (scratch dir outside the repo) {python} (the Python
# that runs adrtool) {bench} (this directory).
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Peer:
    name: str
    tool: str  # what has to be installed: adr-tools | pyadr | adr-viewer | adr-log | log4brains
    dialect: str  # the corpus it runs in
    argv: tuple[str, ...]
    cleanup: tuple[str, ...] = ()  # files the peer writes into the repo, removed after each run


_ADR_LOG = ("{npm}/node_modules/.bin/adr-log", "-d", "{dir}")
PEERS: tuple[Peer, ...] = (
    Peer("adr-tools list", "adr-tools", "nygard", ("{adr_tools}", "list")),
    Peer("adr-tools generate toc", "adr-tools", "nygard", ("{adr_tools}", "generate", "toc")),
    Peer("pyadr toc", "pyadr", "madr2", ("{venv}/bin/pyadr", "toc"), cleanup=("{dir}/index.md",)),
    Peer("pyadr check-adr-repo", "pyadr", "madr2", ("{venv}/bin/pyadr", "check-adr-repo")),
    *(Peer("adr-log", "adr-log", corpus, _ADR_LOG) for corpus in CORPORA),  # reads any Markdown
    Peer("log4brains adr list", "log4brains", "madr2",
         ("{npm}/node_modules/.bin/log4brains", "adr", "list", "--raw")),
    Peer("adr-viewer", "adr-viewer", "nygard",
         ("{venv}/bin/adr-viewer", "--adr-path", "{dir}", "--output", "{out}/adr-viewer.html")),
)

_READ_EVERY_FILE = ("import os, sys; d = sys.argv[1]; "
                    "[open(os.path.join(d, n), encoding='utf-8').read() for n in sorted(os.listdir(d))]")
_PARSE_EVERY_FILE = ("import os, sys; from markdown_it import MarkdownIt; md = MarkdownIt('commonmark'); "
                     "d = sys.argv[1]; "
                     "[md.parse(open(os.path.join(d, n), encoding='utf-8').read()) for n in sorted(os.listdir(d))]")
ONE_PROCESS_FLOOR = "read + minimal parse (one process)"
IMPORT_CLICK = 'python -c "import click"'
GIT_WALK = "git log --raw --relative"


@dataclass(frozen=True)
class Floor:
    name: str
    dialects: tuple[str, ...]
    argv: tuple[str, ...]
    needs_history: bool = False


FLOORS: tuple[Floor, ...] = (
    Floor(IMPORT_CLICK, ("frontmatter",), ("{python}", "-c", "import click")),
    Floor("read every file (Python)", CORPORA, ("{python}", "-c", _READ_EVERY_FILE, "{dir}")),
    # Read every file and find its title, status, revisit point and links (benchmarks/floor.py).
    Floor(ONE_PROCESS_FLOOR, CORPORA, ("{python}", "{bench}/floor.py", "{dir}")),
    Floor("parse every file (markdown-it-py)", ("frontmatter",), ("{python}", "-c", _PARSE_EVERY_FILE, "{dir}")),
    Floor("git log --name-status", ("frontmatter",),
          ("git", "-c", "core.pager=cat", "log", "--name-status", "--", "{dir}"), needs_history=True),
    # The cheapest walk git has that says what each commit changed in the directory: the one adrtool's
    # first `adr log` asks for, here in one process.
    Floor(GIT_WALK, ("frontmatter",),
          ("git", "-c", "core.pager=cat", "log", "-z", "--raw", "--no-abbrev", "-M", "--root", "--relative={dir}/"),
          needs_history=True),
)

# The scenarios, in the order they run: each prepares the next (the cache a run leaves is the one the next
# finds). fresh: no cache (a fresh clone, CI); warm: the same again, nothing changed; pull: 10 record files
# changed since the cache was written; checkout: every record file changed (a checkout of a branch far
# apart); touch: every record file has a new mtime, its content unchanged.
SCENARIOS = ("fresh", "warm", "pull", "checkout", "touch")
STALE = ("touch", "checkout")
JUDGED = ("fresh", *STALE)  # the scenarios a ratio target applies to


def _reference_for_listing(dialect: str) -> str:
    """pyadr reads MADR 2 only; adr-log reads any Markdown."""
    return "pyadr toc" if dialect == "madr2" else "adr-log"


@dataclass(frozen=True)
class Ours:
    name: str
    args: tuple[str, ...]
    modes: tuple[str, ...]
    reference: Callable[[str], str] | None = None  # the peer or floor a ratio target names, by corpus
    factor: float = 1.0  # median <= factor x the reference's median (alternating runs)
    warm_max: float | None = None  # s
    dialects: tuple[str, ...] = CORPORA
    setup: tuple[str, ...] = ()  # our command run once (untimed) before the series, e.g. writing the index
    ok_exits: tuple[int, ...] = (0,)
    cleanup: tuple[str, ...] = ()  # files the setup writes into the repo, removed after the series
    needs_history: bool = False

    def reference_name(self, dialect: str) -> str | None:
        return self.reference(dialect) if self.reference is not None else None

    def accepts(self, dialect: str) -> tuple[int, ...]:
        """A few records of the real logs cannot be read (an impossible date, as in the original): exit 2."""
        return (*self.ok_exits, 2) if dialect == REALWORLD else self.ok_exits


WARM_MAX = 0.07
LOG_WARM_MAX, NEW_COMMIT_SLACK = 0.5, 0.1
OURS: tuple[Ours, ...] = (
    Ours("adr --help", ("--help",), ("once",), lambda dialect: IMPORT_CLICK, 2.0, dialects=("frontmatter",)),
    Ours("adr list --format json", ("list", "--format", "json"), SCENARIOS, _reference_for_listing, 0.9, WARM_MAX),
    Ours("adr due --cycle yoga", ("due", "--cycle", "yoga"), SCENARIOS, _reference_for_listing, 0.9, WARM_MAX,
         ok_exits=(0, 1)),
    Ours("adr index --check", ("index", "--check"), SCENARIOS, lambda dialect: "adr-log", 0.9, WARM_MAX,
         setup=("index",), ok_exits=(0, 1), cleanup=("{dir}/README.md",)),  # the default index name
    Ours("adr validate", ("validate",), SCENARIOS, lambda dialect: "pyadr check-adr-repo", 0.1, WARM_MAX,
         ok_exits=(0, 1)),
    Ours("adr log --format json", ("log", "--format", "json"), ("fresh", "warm", "new commit"), None, 1.0,
         LOG_WARM_MAX, dialects=("frontmatter",), needs_history=True),
)
LIST = OURS[1]
STALE_SLACK = 1.0  # a stale cache's median / no cache's median, at most
SETTLE_S = 0.1  # between changing files and the next run: a file changed within 50 ms of a run cannot be
# trusted by its stat (adrtool.cache.parsed.Clock), which no user meets who runs a command after an edit
PAIR_MAX_S = 5.0  # a reference quicker than this runs alternately with ours

# ---------------------------------------------------------------------------------------------------------
# Measuring one process
# ---------------------------------------------------------------------------------------------------------


@dataclass
class Sample:
    seconds: float
    maxrss_kb: int
    exit: int | None  # None: timed out
    stderr_tail: str = ""
    cpu: float = 0.0  # user + system time of the process and the children it waited for


def measure(argv: list[str], cwd: Path, env: dict[str, str], timeout: float) -> Sample:
    """Run ``argv`` once: wall time, CPU time, and the peak RSS that ``os.wait4`` reports for this child.

    wait4's rusage is the child's own plus that of the descendants it waited for: their CPU times add up,
    and ru_maxrss is the maximum of them (kilobytes on Linux), the peak of the largest single process of
    the command, exactly the peak of a one-process command such as ours. (Until it executes the command,
    the child shares this runner's memory, so no peak shows less than the runner's own, ~25 MB.) The
    child has its own session so a timeout kills the whole tree.
    """
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        try:
            child = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        except OSError as error:
            return Sample(0.0, 0, 127, f"cannot start {argv[0]}: {error.strerror}")
        reaped: dict = {}

        def reap() -> None:
            _, status, usage = os.wait4(child.pid, 0)
            reaped.update(end=time.perf_counter(), status=status, usage=usage)

        waiter = threading.Thread(target=reap, daemon=True)
        waiter.start()
        waiter.join(timeout)
        timed_out = waiter.is_alive()
        if timed_out:
            try:
                os.killpg(child.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            waiter.join()
        child.returncode = os.waitstatus_to_exitcode(reaped["status"])  # reaped here, not by Popen
        err.seek(0)
        tail = err.read()[-4000:].decode("utf-8", "replace")
    usage = reaped["usage"]
    return Sample(reaped["end"] - started, usage.ru_maxrss, None if timed_out else child.returncode, tail,
                  usage.ru_utime + usage.ru_stime)


@dataclass
class Row:
    kind: str  # ours | peer | floor
    name: str
    dialect: str
    mode: str  # a scenario | once | new commit | "" (peers and floors) | alternating (a reference's paired runs)
    argv: list[str]
    cores: int = 2
    samples: list[Sample] = field(default_factory=list)
    status: str = "ok"  # ok | failed (exit N) | > T s | not available: reason
    note: str = ""

    @property
    def label(self) -> str:
        return f"{self.name} ({self.mode})" if self.mode and self.mode != "once" else self.name

    @property
    def median(self) -> float | None:
        if self.status != "ok" or not self.samples:
            return None
        return statistics.median(sample.seconds for sample in self.samples)

    @property
    def cpu(self) -> float | None:
        if self.status != "ok" or not self.samples:
            return None
        return statistics.median(sample.cpu for sample in self.samples)

    @property
    def peak_mb(self) -> float | None:
        if not self.samples or self.status.startswith("not available"):
            return None
        return max(sample.maxrss_kb for sample in self.samples) / 1024

    def judge(self, sample: Sample, ok_exits: tuple[int, ...], timeout: float) -> bool:
        """Record ``sample``; False when the series should stop (a failure or a timeout)."""
        self.samples.append(sample)
        if sample.exit is None:
            self.status = f"> {timeout:g} s"
            return False
        crashed = "Traceback (most recent call last)" in sample.stderr_tail
        if sample.exit not in ok_exits or crashed:
            self.status = f"failed (exit {sample.exit})"
            self.note = _last_line(sample.stderr_tail)
            return False
        if sample.exit != 0:
            self.note = f"exited {sample.exit} (accepted for this command)" + (
                f": {_last_line(sample.stderr_tail)}" if sample.stderr_tail.strip() else "")
        return True


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:200] if lines else ""


# ---------------------------------------------------------------------------------------------------------
# Our tool, the peers, the machine
# ---------------------------------------------------------------------------------------------------------


def find_adr(option: str | None) -> tuple[list[str], str, dict[str, str], str]:
    """How to run our `adr`: (argv prefix, its Python, extra env, description); never adr-tools' `adr`."""
    if option:
        argv = shlex.split(option)
        return argv, _python_of(argv[0]) or sys.executable, {}, f"`{option}` (--adr)"
    for directory in os.environ.get("PATH", "").split(os.pathsep):
        candidate = Path(directory or ".", "adr")
        if not (candidate.is_file() and os.access(candidate, os.X_OK)):
            continue
        if ".pyenv/shims" in str(candidate):  # a bash shim would add its own start-up: find the real one
            found = subprocess.run(["pyenv", "which", "adr"], capture_output=True, text=True)
            if found.returncode != 0:
                continue
            candidate = Path(found.stdout.strip())
        head = candidate.read_bytes()[:2000]
        if b"adrtool" in head:
            return [str(candidate)], _python_of(str(candidate)) or sys.executable, {}, f"`{candidate}`"
    # Not installed: run the package from this checkout exactly as a console script would.
    code = "import sys; sys.argv[0] = 'adr'; from adrtool.console import main; sys.exit(main())"
    return ([sys.executable, "-c", code], sys.executable, {"PYTHONPATH": str(PROJECT)},
            "this checkout, started as its console script would be (`python -c 'from adrtool.console import "
            "main; sys.exit(main())'` with the checkout on PYTHONPATH)")


def _python_of(script: str) -> str | None:
    path = shutil.which(script) or script
    try:
        first = Path(path).read_bytes().split(b"\n", 1)[0].decode()
    except OSError:
        return None
    if first.startswith("#!") and "python" in first:
        return first[2:].strip().split()[0]
    return None


@dataclass
class Tool:
    name: str
    available: bool
    detail: str  # version, or the reason it is not available


def _run_quiet(argv: list[str], timeout: float = 900, **kwargs) -> tuple[bool, str]:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, **kwargs)
    except (OSError, subprocess.TimeoutExpired) as error:
        return False, str(error)
    return done.returncode == 0, _last_line(done.stderr or done.stdout) or f"exit {done.returncode}"


def install_peers(workdir: Path, log) -> tuple[dict[str, Tool], dict[str, str]]:
    """Install what is missing (an isolated venv and npm prefix under workdir; apt for adr-tools)."""
    tools: dict[str, Tool] = {}
    places = {"venv": str(workdir / "venv"), "npm": str(workdir / "npm"), "adr_tools": ""}

    # adr-tools (Debian): its `adr` shares our command's name, so it is always called by full path.
    libexec = Path("/usr/libexec/adr-tools")
    if not (libexec / "adr-list").exists():
        if os.geteuid() == 0 and shutil.which("apt-get"):
            log("installing adr-tools with apt-get ...")
            env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
            ok, why = _run_quiet(["apt-get", "install", "-y", "-q", "adr-tools"], env=env)
            if not ok:
                _run_quiet(["apt-get", "update", "-q"], env=env)
                ok, why = _run_quiet(["apt-get", "install", "-y", "-q", "adr-tools"], env=env)
            if not ok:
                tools["adr-tools"] = Tool("adr-tools", False, f"apt-get install adr-tools failed: {why}")
        else:
            tools["adr-tools"] = Tool("adr-tools", False, "not installed, and apt-get needs root")
    if "adr-tools" not in tools:
        if (libexec / "adr-list").exists():
            dispatcher = Path("/usr/bin/adr")
            if dispatcher.is_file() and b"/usr/libexec/adr-tools" in dispatcher.read_bytes()[:1000]:
                places["adr_tools"] = str(dispatcher)
            else:  # /usr/bin/adr is not adr-tools' (or missing): a copy of its dispatcher
                wrapper = workdir / "bin" / "adr-tools"
                wrapper.parent.mkdir(parents=True, exist_ok=True)
                wrapper.write_text('#!/bin/bash\nset -e\n"/usr/libexec/adr-tools/adr-$1" "${@:2}"\n')
                wrapper.chmod(0o755)
                places["adr_tools"] = str(wrapper)
            version = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "adr-tools"],
                                     capture_output=True, text=True).stdout.strip()
            tools["adr-tools"] = Tool("adr-tools", True, f"Debian adr-tools {version or '(version unknown)'}")
        else:
            tools["adr-tools"] = Tool("adr-tools", False, "apt-get reported success but adr-list is missing")

    # pyadr and adr-viewer (PyPI) in one venv of their own.
    venv = workdir / "venv"
    venv_python = venv / "bin" / "python"
    if not venv_python.exists():
        log(f"creating {venv} ...")
        ok, why = _run_quiet([sys.executable, "-m", "venv", str(venv)])
        if not ok:
            for name in ("pyadr", "adr-viewer"):
                tools[name] = Tool(name, False, f"python -m venv failed: {why}")
    for name, script in (("pyadr", "pyadr"), ("adr-viewer", "adr-viewer")):
        if name in tools:
            continue
        if not (venv / "bin" / script).exists():
            log(f"pip install {name} ...")
            ok, why = _run_quiet([str(venv_python), "-m", "pip", "install", "-q", name])
            if not ok:
                tools[name] = Tool(name, False, f"pip install {name} failed: {why}")
                continue
        version = subprocess.run(
            [str(venv_python), "-c", f"import importlib.metadata as m; print(m.version({name!r}))"],
            capture_output=True, text=True).stdout.strip()
        tools[name] = Tool(name, True, f"{name} {version} (PyPI)")

    # adr-log and log4brains (npm registry) under one prefix.
    npm_bin = workdir / "npm" / "node_modules" / ".bin"
    for name in ("adr-log", "log4brains"):
        if not (npm_bin / name).exists():
            if not shutil.which("npm"):
                tools[name] = Tool(name, False, "npm is not installed")
                continue
            log(f"npm install {name} ...")
            ok, why = _run_quiet(["npm", "install", "--no-audit", "--no-fund", "--prefix",
                                  str(workdir / "npm"), name])
            if not ok:
                tools[name] = Tool(name, False, f"npm install {name} failed: {why}")
                continue
        try:
            package = json.loads((workdir / "npm" / "node_modules" / name / "package.json").read_text())
            tools[name] = Tool(name, True, f"{name} {package.get('version', '?')} (npm)")
        except (OSError, ValueError) as error:
            tools[name] = Tool(name, False, f"installed but unreadable: {error}")
    return tools, places


def machine() -> dict[str, str]:
    def out(*argv: str) -> str:
        try:
            return subprocess.run(argv, capture_output=True, text=True, timeout=30).stdout.strip()
        except (OSError, subprocess.TimeoutExpired):
            return "not available"

    cpu, memory = "unknown", "unknown"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
        kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))
        memory = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    system = platform.platform()
    try:
        system = next(line.split("=", 1)[1].strip('"') for line in Path("/etc/os-release").read_text().splitlines()
                      if line.startswith("PRETTY_NAME="))
    except (OSError, StopIteration):
        pass
    return {
        "cores (nproc)": out("nproc"), "cpu": cpu, "memory": memory, "os": system,
        "load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "git": out("git", "--version"), "node": out("node", "--version"),
    }


# ---------------------------------------------------------------------------------------------------------
# The run
# ---------------------------------------------------------------------------------------------------------


class Runner:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.workdir: Path = args.workdir.resolve()
        self.timeout: float = args.timeout
        self.adr, self.python, adr_env, self.adr_description = find_adr(args.adr)
        self.env = {**os.environ, **adr_env, "GIT_PAGER": "cat", "PAGER": "cat", "LC_ALL": "C.UTF-8"}
        self.env.pop("ADR_CACHE_DIR", None)
        self.env.pop("ADR_NO_CACHE", None)
        # Python tools run as installed, from byte code: a checkout's (PYTHONPATH) is written on the untimed
        # first run, which a PYTHONDONTWRITEBYTECODE left in the environment would prevent.
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.tools: dict[str, Tool] = {}
        self.places: dict[str, str] = {}
        self.generated: dict[int, dict] = {}
        self.rows: dict[int, list[Row]] = {}
        self.only = re.compile(args.only) if args.only else None
        self.commit = _project_commit()  # when the run starts: the checkout may change during it
        self.machine: dict[str, str] = {}
        self.current_repos: dict[str, Path] = {}  # corpus -> repository, of the size being run

    def argv_for_report(self) -> list[str]:
        """The arguments as given, minus --workdir (machine-specific; the default reproduces the run)."""
        out, skip = [], False
        for item in self.args.raw_argv:
            if skip:
                skip = False
            elif item == "--workdir":
                skip = True
            elif not item.startswith("--workdir="):
                out.append(item)
        return out

    def log(self, message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    def wanted(self, name: str) -> bool:
        return self.only is None or bool(self.only.search(name))

    # --- repositories ---
    def repos(self, size: int) -> dict:
        snapshot = size >= self.args.snapshot_from
        commits = None if snapshot else max(size + 1, round(size * self.args.commits_per_record))
        out = self.workdir / "repos" / f"n{size}"
        manifest_path = out / "manifest.json"
        corpora = self.args.corpora
        if manifest_path.exists() and not self.args.regenerate:
            manifest = json.loads(manifest_path.read_text())
            same = (manifest.get("records") == size and manifest.get("requested_commits") == commits
                    and manifest.get("generator_version") == generate.GENERATOR_VERSION
                    and manifest.get("seed") == self.args.seed and manifest.get("snapshot") == snapshot
                    and set(manifest.get("dialects", ())) >= set(corpora))
            if same and all(Path(repo["repo"]).is_dir() for repo in manifest["repos"]):
                self.log(f"reusing {out} (generated in {manifest['total_s']} s)")
                for repo in manifest["repos"]:  # undo what an interrupted run may have left
                    _git_quiet(repo["repo"], "checkout", "-q", "-f", "main")
                    _git_quiet(repo["repo"], "reset", "-q", "--hard", repo["head"])
                manifest["reused"] = True
                return manifest
        self.log(f"generating {size} records x {len(corpora)} corpora"
                 + (" (one commit each)" if snapshot else f", {commits} commits each") + " ...")
        manifest = generate.generate(size, out, commits, corpora, self.args.seed, log=self.log, snapshot=snapshot,
                                     realworld=self.args.realworld if REALWORLD in corpora else None)
        manifest["reused"] = False
        return manifest

    # --- one series ---
    def expand(self, argv: tuple[str, ...], dialect: str, cores: int | None = None) -> list[str]:
        values = {**self.places, "dir": generate.DECISION_DIRS[dialect], "python": self.python,
                  "out": str(self.workdir / "out"), "bench": str(HERE)}
        prefix = list(CORES[cores]) if cores is not None else []
        return prefix + [part.format(**values) for part in argv]

    def series(self, row: Row, cwd: Path, runs: int, cleanup: tuple[str, ...] = ()) -> Row:
        """Up to ``runs`` runs; fewer once they add up to --series-budget (a slow peer)."""
        for _ in range(runs):
            ok = row.judge(measure(row.argv, cwd, self.env, self.timeout), (0,), self.timeout)
            self.clean(cwd, cleanup, row.dialect)
            if not ok:
                break
            if sum(sample.seconds for sample in row.samples) >= self.args.series_budget:
                row.note = f"stopped after {len(row.samples)} runs: --series-budget {self.args.series_budget:g} s"
                break
        self.log(f"  {row.label:<44} {row.dialect:<12} {_shown(row)}")
        return row

    def clean(self, repo: Path, leftovers: tuple[str, ...], dialect: str) -> None:
        for leftover in leftovers:
            Path(repo, self.expand((leftover,), dialect)[0]).unlink(missing_ok=True)

    def runs_for(self, size: int) -> int:
        return self.args.runs if size < self.args.snapshot_from else min(self.args.runs, self.args.large_runs)

    def run_size(self, size: int) -> list[Row]:
        manifest = self.repos(size)
        self.generated[size] = manifest
        repos = {repo["dialect"]: Path(repo["repo"]) for repo in manifest["repos"]}
        self.current_repos = repos
        history = not manifest.get("snapshot")
        (self.workdir / "out").mkdir(parents=True, exist_ok=True)
        rows: list[Row] = []
        runs = self.runs_for(size)
        for cores in self.args.cores:
            self.log(f"[{size}, {cores} core{'s' if cores > 1 else ''}] floors")
            for floor in FLOORS:
                for dialect in floor.dialects:
                    if self.wanted(floor.name) and dialect in repos and (history or not floor.needs_history):
                        row = Row("floor", floor.name, dialect, "", self.expand(floor.argv, dialect, cores), cores)
                        rows.append(self.series(row, repos[dialect], runs))
            if not self.args.skip_peers:
                self.log(f"[{size}, {cores} core{'s' if cores > 1 else ''}] peers")
                for peer in PEERS:
                    if not self.wanted(peer.name) or peer.dialect not in repos:
                        continue
                    tool = self.tools.get(peer.tool)
                    row = Row("peer", peer.name, peer.dialect, "", self.expand(peer.argv, peer.dialect, cores), cores)
                    if tool is None or not tool.available:
                        row.status = f"not available: {tool.detail if tool else 'not installed'}"
                        rows.append(row)
                        continue
                    rows.append(self.series(row, repos[peer.dialect], runs, peer.cleanup))
            self.log(f"[{size}, {cores} core{'s' if cores > 1 else ''}] adrtool: {self.adr_description}")
            for dialect, repo in repos.items():
                rows += self.block(size, cores, dialect, repo, manifest, history, rows)
        return rows

    def block(self, size: int, cores: int, dialect: str, repo: Path, manifest: dict, history: bool,
              measured: list[Row]) -> list[Row]:
        """Our commands in one corpus on ``cores``, every scenario, ``runs`` times; each time the references
        the targets name first, so that both meet the machine in the same state."""
        commands = [ours for ours in OURS if self.wanted(ours.name) and dialect in ours.dialects
                    and (history or not ours.needs_history)]
        if not commands:
            return []
        cache = self.workdir / "cache" / f"n{size}" / dialect
        env = {**self.env, "ADR_CACHE_DIR": str(cache), "ADR_TODAY": "2026-09-01"}
        prefix = list(CORES[cores])
        references = self.references(commands, dialect, cores, measured)
        rows = {(ours.name, mode): Row("ours", ours.name, dialect, mode, prefix + self.adr + list(ours.args), cores)
                for ours in commands for mode in ours.modes}
        decision_dir = repo / generate.DECISION_DIRS[dialect]
        head = next(item["head"] for item in manifest["repos"] if item["dialect"] == dialect)
        notes: dict[str, str] = {}
        scenario = Scenario(repo, decision_dir, cache, head, self.args.settle)

        def set_up(ours: Ours) -> None:
            """What the command needs (the index for `index --check`), made before its runs and removed after
            them, so that no reference ever runs beside it (pyadr check-adr-repo refuses a README.md)."""
            if not ours.setup:
                return
            scenario.checkout("main")
            done = measure(prefix + self.adr + list(ours.setup), repo, env, self.timeout)
            if done.exit not in ours.accepts(dialect):
                notes[ours.name] = f"setup `adr {' '.join(ours.setup)}` failed (exit {done.exit}): " \
                                   f"{_last_line(done.stderr_tail)}"

        for ours in commands:
            set_up(ours)
            measure(prefix + self.adr + list(ours.args), repo, env, self.timeout)  # byte-compiling is not timed
            self.clean(repo, ours.cleanup, dialect)
        active = dict(rows)
        try:
            for _ in range(self.runs_for(size)):
                for reference in references:
                    reference.judge(measure(reference.argv, self.repo_of(reference, repo), self.env, self.timeout),
                                    (0,), self.timeout)
                    self.clean(self.repo_of(reference, repo), _cleanup_of(reference), reference.dialect)
                for ours in commands:
                    set_up(ours)
                    for mode in ours.modes:
                        row = active.get((ours.name, mode))
                        if row is None:
                            continue
                        scenario.prepare(mode)
                        if not row.judge(measure(row.argv, repo, env, self.timeout), ours.accepts(dialect),
                                         self.timeout):
                            del active[(ours.name, mode)]
                    self.clean(repo, ours.cleanup, dialect)
                if not active:
                    break
        finally:
            scenario.restore()
            for ours in commands:
                self.clean(repo, ours.cleanup, dialect)
        for row in references:
            self.log(f"  {row.label:<44} {dialect:<12} {_shown(row)}")
        for row in rows.values():
            note = notes.get(row.name)
            if note:
                row.note = note if not row.note else f"{note}; {row.note}"
            self.log(f"  {row.label:<44} {dialect:<12} {_shown(row)}")
        return [*references, *rows.values()]

    def references(self, commands: list[Ours], dialect: str, cores: int, measured: list[Row]) -> list[Row]:
        """Rows for the references our targets name in ``dialect`` (quick ones that ran without failing), and
        for the one-process floor beside a listing, to be run alternately with ours."""
        names = [ours.reference_name(dialect) for ours in commands]
        if any(ours is LIST for ours in commands):
            names.append(ONE_PROCESS_FLOOR)
        found: list[Row] = []
        for name in dict.fromkeys(name for name in names if name):
            reference = _reference(measured, name, dialect, cores)
            if reference is None or reference.median is None or reference.median > PAIR_MAX_S:
                continue
            found.append(Row(reference.kind, reference.name, reference.dialect, "alternating", reference.argv, cores))
        return found

    def repo_of(self, row: Row, default: Path) -> Path:
        return self.current_repos.get(row.dialect, default)

    def run(self) -> int:
        self.workdir.mkdir(parents=True, exist_ok=True)
        started = dt.datetime.now(dt.timezone.utc)
        self.machine = machine()
        self.machine["python (adrtool)"] = subprocess.run(
            [self.python, "--version"], capture_output=True, text=True).stdout.strip() or "unknown"
        if not self.args.skip_peers:
            self.tools, self.places = install_peers(self.workdir, self.log)
            for tool in self.tools.values():
                self.log(f"  {tool.name}: {tool.detail if tool.available else 'not available: ' + tool.detail}")
        for size in self.args.sizes:
            self.rows[size] = self.run_size(size)
        self.machine["load average at the end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
        report = render_report(self, started)
        (self.workdir / "report.md").write_text(report)
        raw = {"started": started.isoformat(), "argv": sys.argv, "machine": self.machine,
               "adrtool": self.adr_description, "adrtool_commit": self.commit,
               "tools": {name: asdict(tool) for name, tool in self.tools.items()},
               "generated": {str(size): manifest for size, manifest in self.generated.items()},
               "rows": {str(size): [asdict(row) for row in rows] for size, rows in self.rows.items()}}
        results = self.workdir / "results" / f"{started:%Y%m%dT%H%M%SZ}.json"
        results.parent.mkdir(parents=True, exist_ok=True)
        results.write_text(json.dumps(raw, indent=1) + "\n")
        if self.args.output:
            self.args.output.parent.mkdir(parents=True, exist_ok=True)
            self.args.output.write_text(report + kept_notes(self.args.output))
            self.log(f"wrote {self.args.output}")
        else:
            print(report)
        self.log(f"report: {self.workdir / 'report.md'}; raw results: {results}")
        return 0


class Scenario:
    """Puts one repository in the state each scenario starts from (``SCENARIOS``), and back."""

    def __init__(self, repo: Path, decision_dir: Path, cache: Path, head: str, settle: float = SETTLE_S) -> None:
        self.repo, self.decision_dir, self.cache, self.head = repo, decision_dir, cache, head
        self.settle = settle
        self.branch = "main"
        self.edits = 0

    def prepare(self, mode: str) -> None:
        if mode == "fresh":
            self.checkout("main")
            shutil.rmtree(self.cache, ignore_errors=True)
        elif mode == "pull":
            self.checkout(generate.PULL_BRANCH)
        elif mode == "checkout":
            self.checkout(generate.OTHER_BRANCH)
        elif mode == "touch":
            now = time.time_ns()
            for path in self.decision_dir.glob("[0-9]*.md"):
                os.utime(path, ns=(now, now))
        elif mode == "new commit":
            self.checkout("main")
            self.edits += 1
            records = sorted(self.decision_dir.glob("[0-9]*.md"))
            _commit_an_edit(self.repo, records[(self.edits * 37) % len(records)], self.edits)
        else:
            return
        time.sleep(self.settle)

    def checkout(self, branch: str) -> None:
        if branch != self.branch:
            _git_quiet(self.repo, "checkout", "-q", branch)
            self.branch = branch

    def restore(self) -> None:
        _git_quiet(self.repo, "checkout", "-q", "-f", "main")
        _git_quiet(self.repo, "reset", "-q", "--hard", self.head)
        self.branch = "main"


def _git_quiet(repo: Path | str, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True)


def _cleanup_of(row: Row) -> tuple[str, ...]:
    return next((peer.cleanup for peer in PEERS if peer.name == row.name and peer.dialect == row.dialect), ())


def _commit_an_edit(repo: Path, path: Path, k: int) -> None:
    """One new commit that edits one record, dated after the generated history."""
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f"\nBenchmark note {k}: this record was edited to time `adr log` after a new commit.\n")
    stamp = f"{int(generate.END.timestamp()) + 7200 * k} +0000"
    env = {**os.environ, "GIT_AUTHOR_NAME": "Bench Mark", "GIT_AUTHOR_EMAIL": "bench@example.org",
           "GIT_COMMITTER_NAME": "Bench Mark", "GIT_COMMITTER_EMAIL": "bench@example.org",
           "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
    subprocess.run(["git", "commit", "-q", "-m", f"Edit {path.name}", "--", str(path)], cwd=repo, env=env,
                   check=True)


def _reference(rows: list[Row], name: str, dialect: str, cores: int, mode: str = "") -> Row | None:
    """The peer or floor row ``name`` on ``cores``, from the same corpus when it ran there, else from any."""
    candidates = [row for row in rows if row.kind != "ours" and row.name == name and row.cores == cores
                  and row.mode == mode]
    for row in candidates:
        if row.dialect == dialect:
            return row
    return candidates[0] if candidates else None


def _shown(row: Row) -> str:
    if row.median is None:
        return row.status
    return f"{row.median:.3f} s (cpu {row.cpu:.3f} s, {row.peak_mb:.0f} MB)"


# ---------------------------------------------------------------------------------------------------------
# The report
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """The rows of one size on one number of cores."""

    size: int
    cores: int
    rows: list[Row]

    def ours(self, name: str, dialect: str, mode: str) -> Row | None:
        return next((row for row in self.rows if row.kind == "ours" and row.name == name and row.dialect == dialect
                     and row.mode == mode), None)

    def reference(self, name: str, dialect: str) -> Row | None:
        """The reference ``name`` for ``dialect``: its runs alternating with ours if it had them, else its own
        series."""
        paired = _reference(self.rows, name, dialect, self.cores, "alternating")
        if paired is not None and paired.dialect == dialect and paired.median is not None:
            return paired
        return _reference(self.rows, name, dialect, self.cores)

    @property
    def dialects(self) -> list[str]:
        return list(dict.fromkeys(row.dialect for row in self.rows if row.kind == "ours"))


def blocks(runner: Runner) -> list[Block]:
    found = []
    for size in sorted(runner.rows):
        for cores in sorted({row.cores for row in runner.rows[size]}):
            found.append(Block(size, cores, [row for row in runner.rows[size] if row.cores == cores]))
    return found


def ratio_to(row: Row, reference: Row | None, factor: float, cpu: bool = False) -> tuple[str, bool | None]:
    """(ours / reference, as text; whether it is within ``factor``, None when it cannot be told)."""
    mine = row.cpu if cpu else row.median
    if mine is None or reference is None:
        return "n/a", None
    theirs = reference.cpu if cpu else reference.median
    if theirs:
        value = mine / theirs
        return f"{value:.2f}", value <= factor + 1e-9
    if reference.status.startswith(">") and reference.samples:
        return f"< {mine / reference.samples[-1].seconds:.3f}", True
    return "n/a", None


def _factor_text(factor: float) -> str:
    return f"1/{1 / factor:g}" if factor < 1 and abs(1 / factor - round(1 / factor)) < 1e-9 else f"{factor:g}"


def _max_mb(size: int) -> int:
    return next(limit for bound, limit in sorted(MAX_MB.items()) if size <= bound) if size <= max(MAX_MB) \
        else MAX_MB[max(MAX_MB)]


Judged = tuple[str, "bool | None"]  # a summary cell's text, and its verdict (None: nothing to judge)


def _verdict_cell(values: list[float], form: str, failing: list[str], judged: bool,
                  unjudged: list[str] | None = None) -> Judged:
    if not judged:
        return "not run", None
    shown = _span(values, form)
    if not values and not failing:
        return f"n/a ({', '.join(dict.fromkeys(unjudged or ['not run']))})", None
    return (f"{shown}: " if shown else "") + ("yes" if not failing else "no (" + ", ".join(failing) + ")"), \
        not failing


def target_ratio(ours: Ours, block: Block) -> Judged:
    values, failing, judged, unjudged = [], [], False, []
    modes = [mode for mode in ours.modes if mode in (*JUDGED, "once")]
    for dialect in block.dialects:
        name = ours.reference_name(dialect)
        for mode in modes:
            row = block.ours(ours.name, dialect, mode)
            if row is None or name is None:
                continue
            judged = True
            text, met = ratio_to(row, block.reference(name, dialect), ours.factor)
            if met is None:
                if row.median is None:
                    failing.append(f"{dialect} {mode}: {row.status}")
                else:
                    unjudged.append(f"{name} not run")
                continue
            values.append(float(text.lstrip("< ")))
            if not met:
                failing.append(f"{dialect} {mode} {text}")
    return _verdict_cell(values, "{:.2f}x", failing, judged, unjudged)


def target_cpu(block: Block) -> Judged:
    values, failing, judged = [], [], False
    for dialect in block.dialects:
        row = block.ours(LIST.name, dialect, "fresh")
        if row is None:
            continue
        judged = True
        text, met = ratio_to(row, block.reference(ONE_PROCESS_FLOOR, dialect), CPU_FACTOR, cpu=True)
        if met is None:
            failing.append(f"{dialect}: not run")
            continue
        values.append(float(text))
        if not met:
            failing.append(f"{dialect} {text}")
    return _verdict_cell(values, "{:.2f}x", failing, judged)


def target_stale(block: Block) -> Judged:
    values, failing, judged = [], [], False
    for ours in OURS:
        for dialect in block.dialects:
            fresh = block.ours(ours.name, dialect, "fresh")
            for mode in STALE:
                row = block.ours(ours.name, dialect, mode)
                if row is None or fresh is None:
                    continue
                judged = True
                text, met = ratio_to(row, fresh, STALE_SLACK)
                if met is None:
                    failing.append(f"{ours.name} {dialect} {mode}: {row.status}")
                    continue
                values.append(float(text))
                if not met:
                    failing.append(f"`{ours.name}` {dialect} {mode} {text}")
    return _verdict_cell(values, "{:.2f}x", failing, judged)


def target_warm(ours: Ours, block: Block) -> Judged:
    values, failing, judged = [], [], False
    for dialect in block.dialects:
        row = block.ours(ours.name, dialect, "warm")
        if row is None or ours.warm_max is None:
            continue
        judged = True
        if row.median is None:
            failing.append(f"{dialect}: {row.status}")
            continue
        values.append(row.median)
        if row.median > ours.warm_max:
            failing.append(f"{dialect} {row.median:.3f} s")
    return _verdict_cell(values, "{:.3f} s", failing, judged)


def target_new_commit(ours: Ours, block: Block) -> Judged:
    values, failing, judged = [], [], False
    for dialect in block.dialects:
        row, warm = block.ours(ours.name, dialect, "new commit"), block.ours(ours.name, dialect, "warm")
        if row is None or warm is None:
            continue
        judged = True
        if row.median is None or warm.median is None:
            failing.append(f"{dialect}: {row.status}")
            continue
        values.append(row.median - warm.median)
        if row.median > warm.median + NEW_COMMIT_SLACK:
            failing.append(f"{dialect} {row.median:.3f} s (warm {warm.median:.3f} s)")
    return _verdict_cell(values, "+{:.3f} s", failing, judged)


def info_pull(block: Block) -> Judged:
    values = []
    for ours in OURS:
        for dialect in block.dialects:
            row, fresh = block.ours(ours.name, dialect, "pull"), block.ours(ours.name, dialect, "fresh")
            if row is not None and fresh is not None and row.median is not None and fresh.median:
                values.append(row.median / fresh.median)
    return (_span(values, "{:.2f}x") or "not run"), None


def target_memory(block: Block) -> Judged:
    peaks = [(row.peak_mb, row) for row in block.rows if row.kind == "ours" and row.peak_mb is not None]
    if not peaks:
        return "not run", None
    limit = _max_mb(block.size)
    failing = [f"`{row.label}` {row.dialect} {mb:.0f} MB" for mb, row in peaks if mb > limit]
    return _verdict_cell([max(mb for mb, _ in peaks)], "at most {:.0f} MB", failing, True)


CPU_FACTOR = 1.3


def summary_lines() -> list[tuple[str, Callable[[Block], Judged]]]:
    lines: list[tuple[str, Callable[[Block], Judged]]] = []
    for ours in OURS:
        if ours.reference is None:
            continue
        references = list(dict.fromkeys(ours.reference_name(dialect) or "" for dialect in ("madr2", *ours.dialects)
                                        if dialect in ours.dialects))
        modes = "" if ours.modes == ("once",) else " " + ", ".join(mode for mode in JUDGED if mode in ours.modes)
        refs = " (MADR 2) or ".join(references) + (" (others)" if len(references) > 1 else "")
        lines.append((f"`{ours.name}`{modes} <= {_factor_text(ours.factor)}x {refs}",
                      lambda block, ours=ours: target_ratio(ours, block)))
    lines.append((f"`{LIST.name}` fresh: CPU <= {CPU_FACTOR:g}x the one-process floor's CPU", target_cpu))
    lines.append((f"a stale cache (touch, checkout) <= {STALE_SLACK:g}x no cache (fresh), every command",
                  target_stale))
    for ours in OURS:
        if ours.warm_max is not None:
            lines.append((f"`{ours.name}` warm <= {ours.warm_max:g} s",
                          lambda block, ours=ours: target_warm(ours, block)))
        if "new commit" in ours.modes:
            lines.append((f"`{ours.name}` new commit <= warm + {NEW_COMMIT_SLACK:g} s",
                          lambda block, ours=ours: target_new_commit(ours, block)))
    lines.append(("pull of 10 files / fresh, every command (no target)", info_pull))
    lines.append(("peak memory of any of our commands <= " + " / ".join(
        f"{limit} MB ({size:,})" for size, limit in sorted(MAX_MB.items())), target_memory))
    return lines


def summary_section(runner: Runner) -> list[str]:
    found = blocks(runner)
    if not found:
        return []
    verdict = next((block for block in found if block.size == TARGET_SIZE and block.cores == 1), found[0])
    header = ["target", *[f"{block.size:,}, {block.cores} core{'s' if block.cores > 1 else ''}"
                          + (" (verdict)" if block is verdict else "") for block in found]]
    lines = []
    for label, judge in summary_lines():
        lines.append([label, *[judge(block)[0] for block in found]])
    parts = ["## Where we stand", "",
             f"The targets are set at {TARGET_SIZE:,} records on one core (the column marked verdict; every corpus "
             "the command ran in must meet them); the other columns are measured against the same targets for "
             "orientation. Ratios are ours / the reference run alternately with ours (medians of wall time), "
             "ranges over the corpora and scenarios.", "", _table(header, lines), ""]
    growth = growth_lines(runner)
    if growth:
        failing = [f"{label} {dialect} {small:,}-{large:,} ({factor})" for label, dialect, small, large, factor, _, met
                   in growth if met == "no"]
        parts += ["Growth between sizes: every command within 1.1x the size ratio"
                  + (" (the first `adr log` within git's own walk's growth)" if any(
                      "adr log" in line[0] for line in growth) else "") + ": "
                  + ("met." if not failing else "not met by " + ", ".join(failing) + "."), ""]
    return parts


def growth_lines(runner: Runner) -> list[tuple[str, str, int, int, str, str, str]]:
    """(command, corpus, smaller size, larger size, growth, allowed, met) for our rows at consecutive sizes,
    on the same cores."""
    sizes = sorted(runner.rows)
    found = []
    for small, large in itertools.pairwise(sizes):
        for row in runner.rows[large]:
            if row.kind != "ours":
                continue
            before = next((r for r in runner.rows[small] if r.kind == "ours" and r.name == row.name
                           and r.dialect == row.dialect and r.mode == row.mode and r.cores == row.cores), None)
            label = f"`{row.label}` {row.cores}c"
            if before is None or before.median is None or row.median is None:
                continue
            factor = row.median / before.median
            allowed = 1.1 * large / small
            allowed_text = f"<= {allowed:.3g}x"
            if row.name.startswith("adr log") and row.mode == "fresh":  # git's walk is O(n^2): judged by it
                walk_small = _reference(runner.rows[small], GIT_WALK, row.dialect, row.cores)
                walk_large = _reference(runner.rows[large], GIT_WALK, row.dialect, row.cores)
                if walk_small and walk_large and walk_small.median and walk_large.median:
                    allowed = walk_large.median / walk_small.median
                    allowed_text = f"<= {allowed:.1f}x ({GIT_WALK})"
            met = "yes" if factor <= allowed + 1e-9 else "no"
            found.append((label, row.dialect, small, large, f"{factor:.1f}x", allowed_text, met))
    return found


def growth_section(runner: Runner) -> list[str]:
    rows = growth_lines(runner)
    if not rows:
        return []
    parts = ["## Growth", "", _table(["command", "corpus", "from", "to", "growth", "target", "met?"],
                                     [[a, b, f"{c:,}", f"{d:,}", e, f, g] for a, b, c, d, e, f, g in rows]), ""]
    sizes = sorted(runner.rows)
    floors = []
    for small, large in itertools.pairwise(sizes):
        for row in runner.rows[large]:
            if row.kind != "floor" or row.mode:
                continue
            before = _reference(runner.rows[small], row.name, row.dialect, row.cores)
            if before is not None and before.dialect == row.dialect and before.median and row.median:
                floors.append([f"`{row.name}` {row.cores}c", row.dialect, f"{small:,}", f"{large:,}",
                               f"{row.median / before.median:.1f}x"])
    if floors:
        parts += ["The floors, for comparison (no target: what any tool pays at least):", "",
                  _table(["floor", "corpus", "from", "to", "growth"], floors), ""]
    return parts


def block_section(block: Block) -> list[str]:
    cores = f"{block.cores} core" + ("s" if block.cores > 1 else "") + (" (`taskset -c 0`)" if block.cores == 1 else "")
    lines = []
    for ours in OURS:
        for dialect in block.dialects:
            rows = {mode: block.ours(ours.name, dialect, mode) for mode in ours.modes}
            if not any(rows.values()):
                continue
            first = rows.get("fresh") or rows.get("once")
            name = ours.reference_name(dialect)
            reference = block.reference(name, dialect) if name else None
            ratios = [ratio_to(rows[mode], reference, ours.factor)[0] if rows.get(mode) and reference else ""
                      for mode in ("fresh", "touch", "checkout")]
            if "once" in rows and rows["once"] is not None and reference is not None:
                ratios[0] = ratio_to(rows["once"], reference, ours.factor)[0]
            floor = block.reference(ONE_PROCESS_FLOOR, dialect)
            to_floor = ratio_to(rows["fresh"], floor, CPU_FACTOR, cpu=True)[0] if rows.get("fresh") and floor else ""
            peaks = [row.peak_mb for row in rows.values() if row is not None and row.peak_mb is not None]
            where = "" if reference is None or reference.dialect == dialect else f" ({reference.dialect})"
            alternate = ", alternating" if reference is not None and reference.mode == "alternating" else ""
            lines.append([f"`{ours.name}`", dialect,
                          *[_seconds(rows[mode]) if rows.get(mode) else "" for mode in
                            ("fresh" if "fresh" in rows else "once", "touch", "checkout", "pull", "warm")],
                          _seconds(rows["new commit"]) if rows.get("new commit") else "",
                          f"{first.cpu:.3f}" if first is not None and first.cpu is not None else "", to_floor,
                          (f"{reference.name}{where}{alternate}: {_seconds(reference)} s" if reference else ""),
                          *ratios, f"{max(peaks):.0f}" if peaks else ""])
    parts = [f"### {block.size:,} records, {cores}", "",
             "Median wall time (s) in each scenario; the fresh run's median CPU time (s) and its ratio to the "
             "one-process floor's (run alternately); the reference a target names and ours / it, in the scenarios "
             "the targets judge.", "",
             _table(["command", "corpus", "fresh", "touch", "checkout", "pull 10", "warm", "new commit", "cpu fresh",
                     "cpu / floor",
                     "reference", "ratio fresh", "ratio touch", "ratio checkout", "peak MB"], lines), ""]
    others = []
    for row in (r for r in block.rows if r.kind != "ours"):
        shown = shlex.join(row.argv)
        shown = shown if len(shown) < 90 else shown[:87] + "..."
        others.append([row.kind, row.name + (" (alternating)" if row.mode == "alternating" else ""), row.dialect,
                       _seconds(row), f"{row.cpu:.3f}" if row.cpu is not None else "",
                       f"{row.peak_mb:.0f}" if row.peak_mb is not None else "", str(len(row.samples)), f"`{shown}`"])
    parts += [_table(["kind", "command", "corpus", "median s", "cpu s", "peak MB", "runs", "argv"], others), ""]
    notes = [f"- `{row.label}`, {row.dialect}: {row.note}" for row in block.rows if row.note]
    if notes:
        parts += ["Notes:", "", *dict.fromkeys(notes), ""]
    return parts


def _seconds(row: Row | None) -> str:
    if row is None:
        return ""
    if row.median is not None:
        return f"{row.median:.3f}"
    return row.status


def _table(header: list[str], lines: list[list[str]]) -> str:
    def clean(cell: str) -> str:
        return cell.replace("|", "\\|").replace("\n", " ")

    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(clean(cell) for cell in line) + " |" for line in lines]
    return "\n".join(out)


def _span(values: list[float], form: str) -> str:
    """``values`` as their range, "0.42-0.53x" for the form "{:.2f}x" (one value when they look the same)."""
    if not values:
        return ""
    head, rest = form.split("{", 1)
    number, unit = rest.rsplit("}", 1)
    low, high = (f"{{{number}}}".format(value) for value in (min(values), max(values)))
    return f"{head}{low}{unit}" if low == high else f"{head}{low}-{high}{unit}"


def render_report(runner: Runner, started: dt.datetime) -> str:
    args = runner.args
    command = "python benchmarks/run.py " + shlex.join(runner.argv_for_report())
    large = [size for size in args.sizes if size >= args.snapshot_from]
    parts = [
        "# Benchmarks",
        "",
        "Generated by `benchmarks/run.py`; how to read each number: `benchmarks/README.md`. Reproduce with:",
        "",
        "```",
        command,
        "```",
        "",
        f"Run on {started:%Y-%m-%d %H:%M} UTC. Medians of {args.runs} runs"
        + (f" ({min(args.runs, args.large_runs)} at {', '.join(f'{size:,}' for size in large)} records)"
           if large else "")
        + "; peak MB is the largest `ru_maxrss` of the command's processes over those runs; CPU is user + system "
        "time of the command and the processes it waited for. Scenarios: *fresh* = no cache (a fresh clone); "
        "*touch* = every record file got a new mtime since the cache was written; *checkout* = a checkout of a "
        "branch on which every record file differs; *pull 10* = 10 record files changed; *warm* = the same "
        "command again, nothing changed; *new commit* (`adr log`) = one more commit editing one record. "
        f"A command that timed out shows `> {args.timeout:g} s` and ran once.",
        "",
        *summary_section(runner),
        "## Machine",
        "",
        _table(["", ""], [[key, value] for key, value in runner.machine.items()]
               + [["adrtool", runner.adr_description], ["adrtool commit", runner.commit]]),
        "",
    ]
    if runner.tools:
        parts += ["## Peers", "", _table(["tool", "version or why not available"],
                                         [[t.name, t.detail if t.available else "not available: " + t.detail]
                                          for t in runner.tools.values()]), ""]
    for size in sorted(runner.rows):
        manifest = runner.generated[size]
        gen = ", ".join(f"{r['dialect']} {r['total_s']:.1f} s" for r in manifest["repos"])
        medians = ", ".join(f"{r['dialect']} {r['record_bytes_median']:,}" for r in manifest["repos"])
        history = ("one commit holding the log (no history)" if manifest.get("snapshot") else
                   f"{manifest['commits']:,} commits per generated repository (the real logs: one)")
        parts += [f"## {size:,} records", "",
                  f"{history}; median record bytes: {medians}. Generation "
                  f"{'(reused) ' if manifest.get('reused') else ''}took {manifest['total_s']:.1f} s "
                  f"({manifest.get('jobs', 1)} at a time; {gen}).", ""]
        for block in blocks(runner):
            if block.size == size:
                parts += block_section(block)
    parts += growth_section(runner)
    return "\n".join(parts).rstrip() + "\n"


_SHIPPED = ("adrtool", "templates", "pyproject.toml")  # what an install of this checkout is made of


def _project_commit() -> str:
    """The last commit that changed what an install of this checkout runs (commits to the benchmarks or the
    docs alone do not change what is measured)."""
    done = subprocess.run(["git", "log", "-1", "--format=%h", "--", *_SHIPPED], cwd=PROJECT, capture_output=True,
                          text=True)
    commit = done.stdout.strip() or "unknown"
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--", *_SHIPPED],
                           cwd=PROJECT, capture_output=True, text=True).stdout.strip()
    return commit + (" (with uncommitted changes)" if dirty else "")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated record counts (default 1000,10000)")
    parser.add_argument("--cores", default="1,2", help="comma-separated: run everything on 1 core (`taskset -c 0`) "
                        "and/or 2 (`taskset -c 0,1`) (default 1,2)")
    parser.add_argument("--corpora", default=",".join(CORPORA), help="comma-separated subset of "
                        + ", ".join(CORPORA) + " (default: all)")
    parser.add_argument("--realworld", type=Path, default=DEFAULT_REALWORLD,
                        help=f"the real logs and their truth files (default {DEFAULT_REALWORLD})")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per command and scenario (default 5)")
    parser.add_argument("--large-runs", type=int, default=3,
                        help="at most this many at sizes from --snapshot-from on (default 3)")
    parser.add_argument("--snapshot-from", type=int, default=SNAPSHOT_FROM,
                        help=f"from this size the logs are generated as one commit, without history, and `adr log` "
                        f"and the git floors are not run (default {SNAPSHOT_FROM:,})")
    parser.add_argument("--output", type=Path, help="write the Markdown report here (e.g. docs/benchmarks.md); "
                        "default: print it")
    parser.add_argument("--skip-peers", action="store_true", help="no peers: only adrtool and the floors")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "adr-bench",
                        help="generated repos, peers' installs, caches, raw results (default /tmp/adr-bench)")
    parser.add_argument("--settle", type=float, default=SETTLE_S,
                        help=f"seconds between changing files and the next timed run (default {SETTLE_S:g}: files "
                             "changed within 50 ms of a run are judged by their content, not their stat, which no "
                             "user meets; 0 only where no figure is read, as in the runner's own tests)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds before a run is killed (default 300)")
    parser.add_argument("--series-budget", type=float, default=240,
                        help="stop repeating a peer or floor once its runs add up to this (default 240 s)")
    parser.add_argument("--commits-per-record", type=float, default=1.5,
                        help="history length: commits = size x this (default 1.5: 15,000 at 10,000)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--regenerate", action="store_true", help="generate the repos even if cached")
    parser.add_argument("--adr", help="how to run our adr, e.g. '.venv/bin/adr' (default: an installed adrtool "
                        "`adr` on PATH, else this checkout via the Python running this script)")
    parser.add_argument("--only", help="regular expression: run only the commands, peers and floors whose name "
                        "matches")
    parser.add_argument("--from-results", type=Path, metavar="JSON",
                        help="run nothing: write the report of an earlier run from its raw results "
                        "(<workdir>/results/<time>.json), e.g. after a change to the report")
    args = parser.parse_args(argv)
    try:
        args.sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
        args.cores = [int(cores) for cores in args.cores.split(",") if cores.strip()]
    except ValueError:
        parser.error("--sizes and --cores take comma-separated integers")
    if not args.sizes or min(args.sizes) < 2 or args.runs < 1 or args.large_runs < 1:
        parser.error("--sizes must be >= 2, --runs and --large-runs >= 1")
    if not args.cores or set(args.cores) - set(CORES):
        parser.error("--cores takes 1, 2 or 1,2")
    args.corpora = tuple(name.strip() for name in args.corpora.split(",") if name.strip())
    if not args.corpora or set(args.corpora) - set(CORPORA):
        parser.error(f"--corpora takes a subset of {', '.join(CORPORA)}")
    if str(args.workdir.resolve()).startswith(str(PROJECT) + os.sep):
        parser.error("--workdir must be outside the adrtool repository (generated repos are never committed)")
    args.raw_argv = sys.argv[1:] if argv is None else argv
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.from_results is not None:
        return render_saved(args.from_results, args.output)
    if max(args.cores) > (os.cpu_count() or 1) or not shutil.which("taskset"):
        print("run.py: --cores needs taskset and that many cores", file=sys.stderr)
        return 2
    if REALWORLD in args.corpora and not any(args.realworld.glob("*.truth.json")):
        print(f"run.py: no real logs in {args.realworld} (give --realworld, or leave {REALWORLD} out of --corpora)",
              file=sys.stderr)
        return 2
    return Runner(args).run()


def render_saved(results: Path, output: Path | None) -> int:
    """The report of the run whose raw results are in ``results``, as that run would have written it."""
    raw = json.loads(results.read_text())
    runner = Runner(parse_args(raw["argv"][1:]))
    runner.machine = raw["machine"]
    runner.adr_description = raw.get("adrtool", runner.adr_description)
    runner.commit = raw.get("adrtool_commit", "not recorded by that run")
    runner.tools = {name: Tool(**tool) for name, tool in raw["tools"].items()}
    runner.generated = {int(size): manifest for size, manifest in raw["generated"].items()}
    runner.rows = {int(size): [_row_from_json(row) for row in rows] for size, rows in raw["rows"].items()}
    report = render_report(runner, dt.datetime.fromisoformat(raw["started"]))
    if output is None:
        print(report, end="")
    else:
        output.write_text(report + kept_notes(output))
    return 0


NOTES_MARKER = "<!-- Written by hand below this line: benchmarks/run.py keeps it when it writes the report again. -->"


def kept_notes(output: Path) -> str:
    """What follows ``NOTES_MARKER`` in the report being replaced (figures taken apart from the runs: the
    mechanisms' shares, the static site's), with the marker; "" when there is none."""
    try:
        text = output.read_text(encoding="utf-8")
    except OSError:
        return ""
    at = text.find(NOTES_MARKER)
    return "\n" + text[at:] if at >= 0 else ""


def _row_from_json(data: dict) -> Row:
    fields = dict(data)
    fields["samples"] = [Sample(**sample) for sample in fields["samples"]]
    return Row(**fields)


if __name__ == "__main__":
    sys.exit(main())
