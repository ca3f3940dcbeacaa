#!/usr/bin/env python3
"""Time adrtool's commands against its peers and floors on generated decision logs.

    python benchmarks/run.py --sizes 1000,10000 --runs 5 --output docs/benchmarks.md

For each size it generates (or reuses) one repository per dialect (benchmarks/generate.py), installs the
peers it lacks into the work directory, then runs every command ``--runs`` times and reports the median
wall time, the peak memory and, for our commands, the ratio to the peer measured in the same run and
whether the target is met. benchmarks/README.md explains each number. Nothing here is a test: it only
measures and reports; a command that fails or is missing is a row in the table, never a crash.
"""

from __future__ import annotations

import argparse
import datetime as dt
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
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
sys.path.insert(0, str(HERE))
import generate  # noqa: E402

MAX_MB = 150  # peak memory target for every one of our commands

# ---------------------------------------------------------------------------------------------------------
# What is measured. Placeholders in argv: {adr_tools} {venv} {npm} {dir} (decision dir, relative to the
# repo root, which is the working directory) {out} (scratch dir outside the repo) {python} (the Python
# that runs adrtool).
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Peer:
    name: str
    tool: str  # what has to be installed: adr-tools | pyadr | adr-viewer | adr-log | log4brains
    dialect: str  # the generated repository it runs in
    argv: tuple[str, ...]
    cleanup: tuple[str, ...] = ()  # files the peer writes into the repo, removed after its runs


PEERS: tuple[Peer, ...] = (
    Peer("adr-tools list", "adr-tools", "nygard", ("{adr_tools}", "list")),
    Peer("adr-tools generate toc", "adr-tools", "nygard", ("{adr_tools}", "generate", "toc")),
    Peer("pyadr toc", "pyadr", "madr2", ("{venv}/bin/pyadr", "toc"), cleanup=("{dir}/index.md",)),
    Peer("pyadr check-adr-repo", "pyadr", "madr2", ("{venv}/bin/pyadr", "check-adr-repo")),
    Peer("adr-log", "adr-log", "frontmatter", ("{npm}/node_modules/.bin/adr-log", "-d", "{dir}")),
    Peer("adr-log", "adr-log", "madr2", ("{npm}/node_modules/.bin/adr-log", "-d", "{dir}")),
    Peer("adr-log", "adr-log", "nygard", ("{npm}/node_modules/.bin/adr-log", "-d", "{dir}")),
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

# name, dialects, argv
FLOORS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ('python -c "import click"', ("frontmatter",), ("{python}", "-c", "import click")),
    ("read every file (Python)", generate.DIALECTS, ("{python}", "-c", _READ_EVERY_FILE, "{dir}")),
    ("parse every file (markdown-it-py)", ("frontmatter",), ("{python}", "-c", _PARSE_EVERY_FILE, "{dir}")),
    ("git log --name-status", ("frontmatter",),
     ("git", "-c", "core.pager=cat", "log", "--name-status", "--", "{dir}")),
    # The cheapest walk git has that says what each commit changed in the directory: the one adrtool's
    # first `adr log` asks for (adrtool.git.repo.Git.walk_line), here in one process.
    ("git log --raw --relative", ("frontmatter",),
     ("git", "-c", "core.pager=cat", "log", "-z", "--raw", "--no-abbrev", "-M", "--root", "--relative={dir}/")),
)


@dataclass(frozen=True)
class Target:
    """A time target for one mode of one of our commands."""

    kind: str  # "ratio": median <= factor * reference median | "abs": median <= seconds | "warm+": <= warm + s
    value: float
    reference: str = ""  # for "ratio": a peer or floor name

    def text(self) -> str:
        if self.kind == "ratio":
            factor = f"1/{1 / self.value:g}" if self.value < 1 else f"{self.value:g}"
            return f"<= {factor}x {self.reference}"
        if self.kind == "abs":
            return f"<= {self.value:g} s"
        return f"<= warm + {self.value:g} s"


@dataclass(frozen=True)
class Ours:
    name: str
    args: tuple[str, ...]
    dialects: tuple[str, ...]
    targets: dict[str, Target]  # mode -> target; the modes are the keys, run in this order
    setup: tuple[str, ...] = ()  # our command run once (untimed) before the series, e.g. writing the index
    ok_exits: tuple[int, ...] = (0,)
    cleanup: tuple[str, ...] = ()  # files the setup writes into the repo, removed after the series


ALL = generate.DIALECTS
# Between changing every record and the cold run: a run within 50 ms of a change cannot trust the stat of the
# changed files (adrtool.cache.parsed.Clock), which no user meets who runs a command after an edit or a checkout.
SETTLE_S = 0.1
PAIR_MAX_S = 5.0  # a reference quicker than this runs once before each of our runs that it is the target of
OURS: tuple[Ours, ...] = (
    Ours("adr --help", ("--help",), ("frontmatter",), {"once": Target("ratio", 2, 'python -c "import click"')}),
    Ours("adr list --format json", ("list", "--format", "json"), ALL,
         {"cold": Target("ratio", 1, "pyadr toc"), "warm": Target("abs", 0.15)}),
    Ours("adr due --cycle yoga", ("due", "--cycle", "yoga"), ALL,
         {"cold": Target("ratio", 1, "pyadr toc"), "warm": Target("abs", 0.15)}, ok_exits=(0, 1)),
    Ours("adr index --check", ("index", "--check"), ("frontmatter", "nygard"),
         {"cold": Target("ratio", 1, "adr-log"), "warm": Target("abs", 0.2)}, setup=("index",), ok_exits=(0, 1),
         cleanup=("{dir}/README.md",)),  # the index: the default name in adrtool's config
    Ours("adr validate", ("validate",), ALL,
         {"cold": Target("ratio", 1 / 7, "pyadr check-adr-repo"), "warm": Target("abs", 0.3)}, ok_exits=(0, 1)),
    Ours("adr log --format json", ("log", "--format", "json"), ("frontmatter",),
         {"cold": Target("ratio", 1.2, "git log --name-status"), "warm": Target("abs", 0.5),
          "new commit": Target("warm+", 0.1)}),
)

# ---------------------------------------------------------------------------------------------------------
# Measuring one process
# ---------------------------------------------------------------------------------------------------------


@dataclass
class Sample:
    seconds: float
    maxrss_kb: int
    exit: int | None  # None: timed out
    stderr_tail: str = ""


def measure(argv: list[str], cwd: Path, env: dict[str, str], timeout: float) -> Sample:
    """Run ``argv`` once: wall time, and the peak RSS that ``os.wait4`` reports for this child.

    wait4's rusage is the child's own plus that of the descendants it waited for, and for ru_maxrss
    that is the maximum of them (kilobytes on Linux): the peak of the largest single process of the
    command, exactly the peak of a one-process command such as ours. The child has its own session so a
    timeout kills the whole tree.
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
    seconds = reaped["end"] - started
    return Sample(seconds, reaped["usage"].ru_maxrss, None if timed_out else child.returncode, tail)


@dataclass
class Row:
    kind: str  # ours | peer | floor
    name: str
    dialect: str
    mode: str  # cold | warm | new commit | once | "" (peers and floors)
    argv: list[str]
    samples: list[Sample] = field(default_factory=list)
    status: str = "ok"  # ok | failed (exit N) | timeout | not available: reason
    note: str = ""
    target: Target | None = None
    # For a ratio target: the reference run once before each of these runs, so that both meet the machine
    # in the same state (a shared machine's speed drifts by tens of percent over minutes).
    paired: Row | None = None

    @property
    def label(self) -> str:
        return f"{self.name} ({self.mode})" if self.mode and self.mode != "once" else self.name

    @property
    def markdown_label(self) -> str:
        return f"`{self.name}` ({self.mode})" if self.mode and self.mode != "once" else f"`{self.name}`"

    @property
    def median(self) -> float | None:
        if self.status != "ok" or not self.samples:
            return None
        return statistics.median(sample.seconds for sample in self.samples)

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
        # Python tools run as installed, from byte code: a checkout's (PYTHONPATH) is written on the untimed
        # first run, which a PYTHONDONTWRITEBYTECODE left in the environment would prevent.
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.tools: dict[str, Tool] = {}
        self.places: dict[str, str] = {}
        self.generated: dict[int, dict] = {}
        self.rows: dict[int, list[Row]] = {}
        self.only = re.compile(args.only) if args.only else None
        self.repo: dict[str, Path] = {}  # dialect -> the repository of the size being run
        self.commit = _project_commit()  # when the run starts: the checkout may change during it

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
        commits = max(size + 1, round(size * self.args.commits_per_record))
        out = self.workdir / "repos" / f"n{size}"
        manifest_path = out / "manifest.json"
        if manifest_path.exists() and not self.args.regenerate:
            manifest = json.loads(manifest_path.read_text())
            same = (manifest.get("records") == size and manifest.get("requested_commits") == commits
                    and manifest.get("generator_version") == generate.GENERATOR_VERSION
                    and manifest.get("seed") == self.args.seed
                    and set(manifest.get("dialects", ())) >= set(generate.DIALECTS))
            if same and all(Path(repo["repo"]).is_dir() for repo in manifest["repos"]):
                self.log(f"reusing {out} (generated in {manifest['total_s']} s)")
                for repo in manifest["repos"]:  # undo what an interrupted run may have left
                    subprocess.run(["git", "reset", "-q", "--hard", repo["head"]], cwd=repo["repo"], check=True)
                manifest["reused"] = True
                return manifest
        self.log(f"generating {size} records x {len(generate.DIALECTS)} dialects, {commits} commits each ...")
        manifest = generate.generate(size, out, commits, generate.DIALECTS, self.args.seed, log=self.log)
        manifest["reused"] = False
        return manifest

    # --- one series ---
    def expand(self, argv: tuple[str, ...], dialect: str) -> list[str]:
        values = {**self.places, "dir": generate.DECISION_DIRS[dialect], "python": self.python,
                  "out": str(self.workdir / "out")}
        return [part.format(**values) for part in argv]

    def series(self, row: Row, cwd: Path, env: dict[str, str], runs: int, ok_exits=(0,)) -> Row:
        """Up to ``runs`` runs; fewer once they add up to --series-budget (a slow peer at 1,000 records)."""
        for _ in range(runs):
            if not row.judge(measure(row.argv, cwd, env, self.timeout), ok_exits, self.timeout):
                break
            if sum(sample.seconds for sample in row.samples) >= self.args.series_budget:
                row.note = f"stopped after {len(row.samples)} runs: --series-budget {self.args.series_budget:g} s"
                break
        shown = f"{row.median:.3f} s" if row.median is not None else row.status
        self.log(f"  {row.label:<44} {row.dialect:<12} {shown}")
        return row

    def run_size(self, size: int) -> list[Row]:
        manifest = self.repos(size)
        self.generated[size] = manifest
        repo = {d: Path(manifest["repos"][[r["dialect"] for r in manifest["repos"]].index(d)]["repo"])
                for d in generate.DIALECTS}
        (self.workdir / "out").mkdir(parents=True, exist_ok=True)
        rows: list[Row] = []
        runs = self.args.runs
        self.repo = repo

        self.log(f"[{size}] floors")
        for name, dialects, argv in FLOORS:
            for dialect in dialects:
                if self.wanted(name):
                    row = Row("floor", name, dialect, "", self.expand(argv, dialect))
                    rows.append(self.series(row, repo[dialect], self.env, runs))

        if not self.args.skip_peers:
            self.log(f"[{size}] peers")
            for peer in PEERS:
                if not self.wanted(peer.name):
                    continue
                tool = self.tools.get(peer.tool)
                row = Row("peer", peer.name, peer.dialect, "", self.expand(peer.argv, peer.dialect))
                if tool is None or not tool.available:
                    row.status = f"not available: {tool.detail if tool else 'not installed'}"
                    rows.append(row)
                    continue
                rows.append(self.series(row, repo[peer.dialect], self.env, runs))
                for leftover in peer.cleanup:
                    Path(repo[peer.dialect], self.expand((leftover,), peer.dialect)[0]).unlink(missing_ok=True)

        self.log(f"[{size}] adrtool: {self.adr_description}")
        warmed: set[str] = set()
        for ours in OURS:
            if not self.wanted(ours.name):
                continue
            for dialect in ours.dialects:
                rows += self.run_ours(ours, dialect, repo[dialect], size, warmed, rows)
        return rows

    def run_ours(self, ours: Ours, dialect: str, repo: Path, size: int, warmed: set[str],
                 measured: list[Row]) -> list[Row]:
        cache = self.workdir / "cache" / f"n{size}" / dialect
        env = {**self.env, "ADR_CACHE_DIR": str(cache), "ADR_TODAY": "2026-09-01"}
        argv = self.adr + list(ours.args)
        rows = {mode: Row("ours", ours.name, dialect, mode, argv, target=target,
                          paired=self.pairing(target, dialect, measured))
                for mode, target in ours.targets.items()}
        decision_dir = repo / generate.DECISION_DIRS[dialect]
        records = sorted(decision_dir.glob("[0-9]*.md"))
        setup_note = ""
        if ours.setup:
            done = measure(self.adr + list(ours.setup), repo, env, self.timeout)
            if done.exit != 0:
                setup_note = f"setup `adr {' '.join(ours.setup)}` failed (exit {done.exit}): " \
                             f"{_last_line(done.stderr_tail)}"
        if ours.name not in warmed:  # one untimed run, so byte-compiling our modules is not in any timing
            measure(argv, repo, env, self.timeout)
            warmed.add(ours.name)

        def make_cold() -> None:
            now = time.time_ns()
            for path in records:
                os.utime(path, ns=(now, now))
            shutil.rmtree(cache, ignore_errors=True)
            time.sleep(SETTLE_S)

        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True,
                              check=True).stdout.strip()
        active = dict(rows)
        edits = 0
        try:
            for _ in range(self.args.runs):
                for mode, row in list(active.items()):
                    if row.paired is not None:
                        self.run_paired(row.paired)
                    if mode == "cold":
                        make_cold()
                    elif mode == "new commit":
                        edits += 1
                        _commit_an_edit(repo, records[(edits * 37) % len(records)], edits)
                    if not row.judge(measure(argv, repo, env, self.timeout), ours.ok_exits, self.timeout):
                        del active[mode]
                if not active:
                    break
        finally:
            if edits:
                subprocess.run(["git", "reset", "-q", "--hard", head], cwd=repo, check=True)
            for leftover in ours.cleanup:
                Path(repo, self.expand((leftover,), dialect)[0]).unlink(missing_ok=True)
        for row in rows.values():
            if setup_note:
                row.note = setup_note if row.note in setup_note else f"{setup_note}; {row.note}"
            shown = f"{row.median:.3f} s" if row.median is not None else row.status
            self.log(f"  {row.label:<44} {dialect:<12} {shown}")
        return list(rows.values())

    def pairing(self, target: Target, dialect: str, measured: list[Row]) -> Row | None:
        """A row for running ``target``'s reference alternately with our runs: when it is a peer or floor
        quick enough (``PAIR_MAX_S``) that ran without failing."""
        if target.kind != "ratio":
            return None
        reference = _reference(measured, target.reference, dialect)
        if reference is None or reference.median is None or reference.median > PAIR_MAX_S:
            return None
        return Row(reference.kind, reference.name, reference.dialect, "alternating", reference.argv)

    def run_paired(self, row: Row) -> None:
        repo = self.repo[row.dialect]
        row.judge(measure(row.argv, repo, self.env, self.timeout), (0,), self.timeout)
        for peer in PEERS:
            if peer.name == row.name and peer.dialect == row.dialect:
                for leftover in peer.cleanup:
                    Path(repo, self.expand((leftover,), peer.dialect)[0]).unlink(missing_ok=True)

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
        report = render_report(self, started)
        (self.workdir / "report.md").write_text(report)
        raw = {"started": started.isoformat(), "argv": sys.argv, "machine": self.machine,
               "adrtool": self.adr_description, "adrtool_commit": self.commit,
               "tools": {name: asdict(tool) for name, tool in self.tools.items()},
               "generated": {str(size): manifest for size, manifest in self.generated.items()},
               "rows": {str(size): [_row_json(row) for row in rows] for size, rows in self.rows.items()}}
        results = self.workdir / "results" / f"{started:%Y%m%dT%H%M%SZ}.json"
        results.parent.mkdir(parents=True, exist_ok=True)
        results.write_text(json.dumps(raw, indent=1) + "\n")
        if self.args.output:
            self.args.output.parent.mkdir(parents=True, exist_ok=True)
            self.args.output.write_text(report)
            self.log(f"wrote {self.args.output}")
        else:
            print(report)
        self.log(f"report: {self.workdir / 'report.md'}; raw results: {results}")
        return 0


def _commit_an_edit(repo: Path, path: Path, k: int) -> None:
    """One new commit that edits one record, dated after the generated history."""
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f"\nBenchmark note {k}: this record was edited to time `adr log` after a new commit.\n")
    stamp = f"{int(generate.END.timestamp()) + 3600 * k} +0000"
    env = {**os.environ, "GIT_AUTHOR_NAME": "Bench Mark", "GIT_AUTHOR_EMAIL": "bench@example.org",
           "GIT_COMMITTER_NAME": "Bench Mark", "GIT_COMMITTER_EMAIL": "bench@example.org",
           "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
    subprocess.run(["git", "commit", "-q", "-m", f"Edit {path.name}", "--", str(path)], cwd=repo, env=env,
                   check=True)


def _row_json(row: Row) -> dict:
    data = asdict(row)
    data["median"] = row.median
    data["peak_mb"] = row.peak_mb
    data["paired_median"] = row.paired.median if row.paired is not None else None
    return data


# ---------------------------------------------------------------------------------------------------------
# The report
# ---------------------------------------------------------------------------------------------------------


def _reference(rows: list[Row], name: str, dialect: str) -> Row | None:
    """The peer or floor row ``name``, from the same repository when it ran there, else from any."""
    candidates = [row for row in rows if row.kind != "ours" and row.name == name]
    for row in candidates:
        if row.dialect == dialect:
            return row
    return candidates[0] if candidates else None


def _seconds(row: Row) -> str:
    if row.median is not None:
        return f"{row.median:.3f}"
    return row.status


def evaluate(row: Row, rows: list[Row]) -> tuple[str, str, str, str]:
    """(peer, ratio ours/peer, target, met?) for one of our rows."""
    target = row.target
    peer_text = ratio_text = ""
    verdicts: list[str] = []
    mem = row.peak_mb
    if target is None:
        return "", "", "", ""
    median = row.median
    if target.kind == "ratio":
        ref = row.paired if row.paired is not None and row.paired.median is not None else \
            _reference(rows, target.reference, row.dialect)
        if ref is None:
            peer_text, ratio_text = f"{target.reference}: not run", "n/a"
        else:
            where = f" ({ref.dialect})" if ref.dialect != row.dialect else ""
            alternating = ", run alternately" if ref is row.paired else ""
            peer_text = f"{ref.name}{where}{alternating}: {_seconds(ref)}" + (" s" if ref.median is not None else "")
            if median is not None and ref.median:
                ratio = median / ref.median
                ratio_text = f"{ratio:.2f}"
                verdicts.append("yes" if ratio <= target.value + 1e-9 else "no")
            elif median is not None and ref.status.startswith(">"):
                ratio_text = f"< {median / ref.samples[-1].seconds:.3f}"
                verdicts.append("yes")
            else:
                ratio_text = "n/a"
    elif target.kind == "abs":
        if median is not None:
            verdicts.append("yes" if median <= target.value else "no")
    elif target.kind == "warm+":
        warm = _warm_row(row, rows)
        if median is not None and warm is not None and warm.median is not None:
            peer_text = f"warm: {warm.median:.3f} s"
            verdicts.append("yes" if median <= warm.median + target.value else "no")
    target_text = f"{target.text()}; <= {MAX_MB} MB"
    if median is None:
        return peer_text, ratio_text or "n/a", target_text, "no" if row.status != "ok" else "n/a"
    if mem is not None and mem > MAX_MB:
        verdicts.append(f"no (memory {mem:.0f} MB)")
    if not verdicts:
        return peer_text, ratio_text or "n/a", target_text, "n/a"
    bad = [v for v in verdicts if v != "yes"]
    return peer_text, ratio_text or "n/a", target_text, (", ".join(bad) if bad else "yes")


def _warm_row(row: Row, rows: list[Row]) -> Row | None:
    """The warm run of ``row``'s command in ``row``'s repository."""
    return next((r for r in rows if r.kind == "ours" and r.name == row.name and r.dialect == row.dialect
                 and r.mode == "warm"), None)


def _table(header: list[str], lines: list[list[str]]) -> str:
    def clean(cell: str) -> str:
        return cell.replace("|", "\\|").replace("\n", " ")

    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(clean(cell) for cell in line) + " |" for line in lines]
    return "\n".join(out)


def render_report(runner: Runner, started: dt.datetime) -> str:
    args = runner.args
    command = "python benchmarks/run.py " + shlex.join(runner.argv_for_report())
    parts = [
        "# Benchmarks",
        "",
        "Generated by `benchmarks/run.py`; how to read each number: `benchmarks/README.md`. Reproduce with:",
        "",
        "```",
        command,
        "```",
        "",
        f"Run on {started:%Y-%m-%d %H:%M} UTC. Median wall time of {args.runs} runs; peak MB is the largest "
        "`ru_maxrss` of the command's processes over those runs. *cold* = first run after every record's "
        "mtime changed and `ADR_CACHE_DIR` was emptied; *warm* = the next run, nothing changed; *new commit* "
        "= a run right after one more commit editing one record. A command that timed out shows "
        f"`> {args.timeout:g} s` and ran once.",
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
    for size, rows in runner.rows.items():
        manifest = runner.generated[size]
        gen = ", ".join(f"{r['dialect']} {r['total_s']:.1f} s" for r in manifest["repos"])
        parts += [
            f"## {size:,} records",
            "",
            f"{manifest['commits']:,} commits per repository; {manifest['superseded']:,} superseded, "
            f"{manifest['with_revisit']:,} with a revisit point; median record "
            f"{manifest['repos'][0]['record_bytes_median']:,} bytes. Generation "
            f"{'(reused) ' if manifest.get('reused') else ''}took {manifest['total_s']:.1f} s "
            f"({manifest.get('jobs', 1)} at a time; {gen}).",
            "",
            "### adrtool",
            "",
        ]
        lines = []
        for row in (r for r in rows if r.kind == "ours"):
            peer, ratio, target, met = evaluate(row, rows)
            mb = f"{row.peak_mb:.0f}" if row.peak_mb is not None else ""
            lines.append([row.markdown_label, row.dialect, _seconds(row), mb, str(len(row.samples)),
                          peer, ratio, target, met])
        parts += [_table(["command", "repo", "median s", "peak MB", "runs", "peer", "ratio ours/peer",
                          "target", "met?"], lines), ""]
        lines = []
        for row in (r for r in rows if r.kind != "ours"):
            mb = f"{row.peak_mb:.0f}" if row.peak_mb is not None else ""
            shown = shlex.join(row.argv)
            shown = shown if len(shown) < 90 else shown[:87] + "..."
            lines.append([row.kind, row.name, row.dialect, _seconds(row), mb, str(len(row.samples)),
                          f"`{shown}`"])
        parts += ["### Peers and floors", "",
                  _table(["kind", "command", "repo", "median s", "peak MB", "runs", "argv"], lines), ""]
        notes = [f"- {row.markdown_label}, {row.dialect}: {row.note}" for row in rows if row.note]
        if notes:
            parts += ["Notes:", "", *notes, ""]
    parts += growth_section(runner)
    return "\n".join(parts).rstrip() + "\n"


def summary_section(runner: Runner) -> list[str]:
    """Each target once: how our rows for it fared at each size, across the repositories they ran in (the
    verdict is the largest size's; the others are for orientation), then memory and growth."""
    sizes = sorted(runner.rows)
    if not sizes:
        return []
    largest = sizes[-1]
    lines = []
    for ours in OURS:
        for mode, target in ours.targets.items():
            cells = []
            for size in sizes:
                rows = runner.rows[size]
                mine = [row for row in rows if row.kind == "ours" and row.name == ours.name and row.mode == mode]
                cells.append(_summary_cell(target, mine, rows) if mine else "not run")
            what = f"`{ours.name}`" + (f" {mode}" if mode != "once" else "")
            lines.append([f"{what} {target.text()}", *cells])
    memory = []
    for size in sizes:
        peaks = [row.peak_mb for row in runner.rows[size] if row.kind == "ours" and row.peak_mb is not None]
        memory.append(f"at most {max(peaks):.0f} MB: {'yes' if max(peaks) <= MAX_MB else 'no'}" if peaks else "n/a")
    lines.append([f"peak memory of any of our commands <= {MAX_MB} MB", *memory])
    header = ["target", *[f"{size:,} records" + (" (verdict)" if size == largest else "") for size in sizes]]
    parts = ["## Where we stand", "",
             f"The issue's targets are set at {largest:,} records: the verdict is that column's (every "
             "repository the command ran in must meet the target); smaller sizes are measured against the same "
             "targets for orientation. Ranges are over the repositories (dialects); ratios are ours / the "
             "reference, run alternately with ours where the reference is quick.", "",
             _table(header, lines), ""]
    growth = _growth_rows(runner)
    if growth:
        failing = [f"{label} {dialect} ({factor})" for label, dialect, _, _, factor, _, met in growth if met == "no"]
        factors = [float(row[4][:-1]) for row in growth if row[4] != "n/a"]
        by_floor: dict[str, list[float]] = {}
        for label, _, _, _, factor in _growth_rows(runner, kinds=("floor",)):
            if factor != "n/a":
                by_floor.setdefault(label, []).append(float(factor[:-1]))
        floors = [f"{label} {_span(values, '{:.1f}x')}" for label, values in by_floor.items()]
        parts += [f"Growth from {sizes[0]:,} to {largest:,} records (target <= {1.1 * largest / sizes[0]:.3g}x): "
                  + (f"{min(factors):.1f}x to {max(factors):.1f}x; " if factors else "")
                  + ("met by every command." if not failing else "not met by " + ", ".join(failing) + ".")
                  + (f" The floors grow: {', '.join(floors)}." if floors else ""), ""]
    return parts


def _summary_cell(target: Target, mine: list[Row], rows: list[Row]) -> str:
    verdicts = [(row, evaluate(row, rows)) for row in mine]
    if target.kind == "ratio":
        values = [float(ratio) for _, (_, ratio, _, _) in verdicts if _is_number(ratio)]
        shown = _span(values, "{:.2f}x")
        if not values:  # the reference did not run: our time, unjudged
            medians = [row.median for row, _ in verdicts if row.median is not None]
            return f"{_span(medians, '{:.3f} s')}: n/a ({target.reference} not run)"
    elif target.kind == "warm+":
        warm_rows = [_warm_row(row, rows) for row in mine]
        values = [warm.median for warm in warm_rows if warm is not None and warm.median is not None]
        medians = [row.median for row, _ in verdicts if row.median is not None]
        shown = _span(medians, "{:.3f} s") + (f" (warm {_span(values, '{:.3f} s')})" if values else "")
    else:
        shown = _span([row.median for row, _ in verdicts if row.median is not None], "{:.3f} s")
    failing = [f"{row.dialect}: {met}" if met != "no" else row.dialect
               for row, (_, _, _, met) in verdicts if met not in ("yes", "n/a")]
    unjudged = all(met == "n/a" for _, (_, _, _, met) in verdicts)
    verdict = "n/a" if unjudged else "yes" if not failing else "no (" + ", ".join(failing) + ")"
    return f"{shown}: {verdict}" if shown else verdict


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _span(values: list[float], form: str) -> str:
    """``values`` as their range, "0.42-0.53x" for the form "{:.2f}x" (one value when they look the same)."""
    if not values:
        return ""
    number, unit = form.rsplit("}", 1)
    low, high = (f"{number}}}".format(value) for value in (min(values), max(values)))
    return f"{low}{unit}" if low == high else f"{low}-{high}{unit}"


def growth_section(runner: Runner) -> list[str]:
    rows = _growth_rows(runner)
    if not rows:
        return []
    small, large = sorted(runner.rows)[0], sorted(runner.rows)[-1]
    parts = [f"## Growth from {small:,} to {large:,} records", "",
             _table(["command", "repo", f"{small:,} s", f"{large:,} s", "growth", "target", "met?"], rows), ""]
    floors = _growth_rows(runner, kinds=("floor",))
    if floors:
        parts += ["The floors, for comparison (no target: what any tool pays at least):", "",
                  _table(["floor", "repo", f"{small:,} s", f"{large:,} s", "growth"], floors), ""]
    return parts


def _growth_rows(runner: Runner, kinds: tuple[str, ...] = ("ours",)) -> list[list[str]]:
    """Each row of ``kinds`` at the largest size with its median at the smallest and the growth; for ours
    also the target and whether it is met."""
    sizes = sorted(runner.rows)
    if len(sizes) < 2:
        return []
    small, large = sizes[0], sizes[-1]
    allowed = 1.1 * large / small
    lines = []
    for row in runner.rows[large]:
        if row.kind not in kinds:
            continue
        before = next((r for r in runner.rows[small] if r.kind == row.kind and r.name == row.name
                       and r.dialect == row.dialect and r.mode == row.mode), None)
        if before is None or before.median is None or row.median is None:
            growth, met = "n/a", "n/a"
        else:
            factor = row.median / before.median
            growth, met = f"{factor:.1f}x", "yes" if factor <= allowed else "no"
        line = [row.markdown_label, row.dialect, _seconds(before) if before else "", _seconds(row), growth]
        lines.append(line + [f"<= {allowed:.3g}x", met] if row.kind == "ours" else line)
    return lines


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
    parser.add_argument("--runs", type=int, default=5, help="timed runs per command and mode (default 5)")
    parser.add_argument("--output", type=Path, help="write the Markdown report here (e.g. docs/benchmarks.md); "
                        "default: print it")
    parser.add_argument("--skip-peers", action="store_true", help="no peers: only adrtool and the floors")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "adr-bench",
                        help="generated repos, peers' installs, caches, raw results (default /tmp/adr-bench)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds before a run is killed (default 300)")
    parser.add_argument("--series-budget", type=float, default=240,
                        help="stop repeating a peer or floor once its runs add up to this (default 240 s)")
    parser.add_argument("--commits-per-record", type=float, default=1.5,
                        help="history length: commits = size x this (default 1.5: 15,000 at 10,000)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--regenerate", action="store_true", help="generate the repos even if cached")
    parser.add_argument("--adr", help="how to run our adr, e.g. '.venv/bin/adr' (default: an installed adrtool "
                        "`adr` on PATH, else this checkout via the Python running this script)")
    parser.add_argument("--only", help="regular expression: run only the commands whose name matches")
    parser.add_argument("--from-results", type=Path, metavar="JSON",
                        help="run nothing: write the report of an earlier run from its raw results "
                        "(<workdir>/results/<time>.json), e.g. after a change to the report")
    args = parser.parse_args(argv)
    try:
        args.sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    except ValueError:
        parser.error("--sizes takes comma-separated integers")
    if not args.sizes or min(args.sizes) < 2 or args.runs < 1:
        parser.error("--sizes must be >= 2 and --runs >= 1")
    if str(args.workdir.resolve()).startswith(str(PROJECT) + os.sep):
        parser.error("--workdir must be outside the adrtool repository (generated repos are never committed)")
    args.raw_argv = sys.argv[1:] if argv is None else argv
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.from_results is not None:
        return render_saved(args.from_results, args.output)
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
        output.write_text(report)
    return 0


def _row_from_json(data: dict) -> Row:
    fields = {key: value for key, value in data.items() if key not in ("median", "peak_mb", "paired_median")}
    fields["samples"] = [Sample(**sample) for sample in fields["samples"]]
    fields["target"] = Target(**fields["target"]) if fields["target"] is not None else None
    fields["paired"] = _row_from_json(fields["paired"]) if fields["paired"] is not None else None
    return Row(**fields)


if __name__ == "__main__":
    sys.exit(main())
