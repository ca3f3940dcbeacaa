#!/usr/bin/env python3
"""Generate realistic decision logs, with their git history, for the benchmarks.

    python benchmarks/generate.py --records 10000 --commits 15000 --out /tmp/adr-bench/repos/n10000

makes one git repository per dialect under ``--out``:

    frontmatter/  docs/decisions/0001-slug.md ...  YAML front matter (adrtool's canonical form, MADR 4)
    madr2/        docs/adr/0000-slug.md ...        `* Status:` bullets (MADR 2, pyadr, log4brains)
    nygard/       doc/adr/0001-slug.md ...         `# 1. Title`, `Date:`, `## Status` (adr-tools)

Each record is ~2-3 KB of varied prose (see prose.py); ~10% are superseded by a later record (linked both
ways), ~30% carry a revisit point (a cycle name pike..indri, or an ISO date; not in nygard, which has no
place for one). The history has one commit
per record, plus status-change commits (proposed -> accepted/rejected, accepted -> deprecated; a
superseding commit adds the new record and edits the old one's status) and, to reach ``--commits``, revisit
edits. Dates are fixed and increase from 2017-03; authors come from a fixed list. The same arguments give
byte-identical repositories (same commit ids).

The blobs and the decision directory's trees go into a pack written by treepack.py; `git fast-import` makes
the commits, naming each one's directory tree by id; then the repository is checked out.
madr2 numbers from 0000 because pyadr only accepts four-digit ids (0000-9999); the others from 1.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import prose
from treepack import TreePack

DIALECTS = ("frontmatter", "madr2", "nygard")  # generated from prose.py
REALWORLD = "realworld"  # real logs, repeated and renumbered (``realworld_records``)
CORPORA = (*DIALECTS, REALWORLD)
DECISION_DIRS = {"frontmatter": "docs/decisions", "madr2": "docs/adr", "nygard": "doc/adr",
                 REALWORLD: "docs/decisions"}
FIRST_NUMBER = {"frontmatter": 1, "madr2": 0, "nygard": 1, REALWORLD: 1}
AUTHORS = (
    ("Ana Lima", "ana.lima@example.org"), ("Bence Horvat", "bence@example.org"),
    ("Chiara Russo", "chiara.russo@example.org"), ("Dmitri Volkov", "dvolkov@example.org"),
    ("Elif Kaya", "elif.kaya@example.org"), ("Hiro Tanaka", "hiro@example.org"),
    ("Maya Cohen", "maya.cohen@example.org"), ("Sven Olsen", "sven@example.org"),
)
START = dt.datetime(2017, 3, 1, 9, 0, tzinfo=dt.timezone.utc)
END = dt.datetime(2026, 8, 31, 18, 0, tzinfo=dt.timezone.utc)
SUPERSEDED_SHARE = 0.10
REVISIT_SHARE = 0.30
# Final status of a record that nobody supersedes.
FINAL_STATUS_WEIGHTS = (("accepted", 76), ("rejected", 9), ("deprecated", 8), ("proposed", 7))
PROPOSED_FIRST_SHARE = 0.5  # of the records that end accepted/rejected: added as proposed, decided later
_RELEASES = [(dt.date.fromisoformat(day), name) for name, day in prose.CYCLES]


def cycle_of(day: dt.date) -> str:
    """The series whose development cycle contains ``day`` (the first one released on or after it)."""
    index = bisect.bisect_left(_RELEASES, (day, ""))
    return _RELEASES[min(index, len(_RELEASES) - 1)][1]


@dataclass
class Rec:
    """The plan of one record (index ``i`` from 0) and its state while the history is replayed."""

    i: int
    body: prose.Body
    final: str
    proposed_first: bool = False
    supersedes: int | None = None  # index
    superseded_by: int | None = None  # index (final)
    revisit: str | None = None
    # replay state
    status: str = "proposed"
    date: str = ""
    cycle: str = ""
    current_superseded_by: int | None = None


@dataclass(order=True)
class Event:
    key: float
    kind: str = field(compare=False)  # add | decide | deprecate | revisit
    i: int = field(compare=False)


@dataclass
class Plan:
    records: list[Rec]
    events: list[Event]
    seed: int

    @property
    def commits(self) -> int:
        return len(self.events) + 1  # + the scaffold commit


def make_plan(n: int, commits: int | None = None, seed: int = 1) -> Plan:
    if n < 2:
        raise SystemExit("--records must be at least 2")
    rng = random.Random(seed)
    records = []
    for i in range(n):
        record_rng = random.Random(seed * 1_000_003 + i)
        body = prose.body(record_rng, record_rng.randint(1700, 2500))
        records.append(Rec(i, body, final=""))
    # ~10% superseded, each by a later record; a record supersedes at most one and is superseded at most once.
    wanted, tries = round(SUPERSEDED_SHARE * n), 0
    pairs: list[tuple[int, int]] = []
    while len(pairs) < wanted and tries < 50 * n:
        tries += 1
        old = rng.randrange(n - 1)
        new = min(n - 1, old + rng.randint(1, 60))
        if records[old].superseded_by is None and records[new].supersedes is None and old != new:
            records[old].superseded_by, records[new].supersedes = new, old
            pairs.append((old, new))
    statuses, weights = zip(*FINAL_STATUS_WEIGHTS)
    for rec in records:
        rec.final = "superseded" if rec.superseded_by is not None else rng.choices(statuses, weights)[0]
        if rec.supersedes is not None:
            rec.proposed_first = False  # a superseding record is added as accepted, in the superseding commit
        elif rec.final in ("accepted", "rejected", "superseded", "deprecated"):
            rec.proposed_first = rng.random() < PROPOSED_FIRST_SHARE
        if rng.random() < REVISIT_SHARE:
            rec.revisit = "pending"  # the value depends on the record's date: filled during replay
    events = [Event(float(i), "add", i) for i in range(n)]
    decisions, deprecations = [], []
    for rec in records:
        if rec.proposed_first:
            limit = (rec.superseded_by - rec.i) if rec.superseded_by is not None else 20
            decisions.append(Event(rec.i + rng.uniform(0.05, min(limit, 20) - 0.01), "decide", rec.i))
        if rec.final == "deprecated":
            deprecations.append(Event(rec.i + rng.uniform(20, 400), "deprecate", rec.i))
    status_events = decisions + deprecations
    if commits is not None:
        if commits < n + 1:
            raise SystemExit(f"--commits must be at least records + 1 ({n + 1})")
        room = commits - n - 1
        if len(status_events) > room:  # fewer status changes: those records are added with their final status
            keep = set(rng.sample(range(len(status_events)), room))
            for index, event in enumerate(status_events):
                if index not in keep:
                    if event.kind == "decide":
                        records[event.i].proposed_first = False
                    else:
                        records[event.i].final = "accepted"
            status_events = [event for index, event in enumerate(status_events) if index in keep]
        extra = commits - n - 1 - len(status_events)
    else:
        extra = 0
    events += status_events
    with_revisit = [rec.i for rec in records if rec.revisit] or [0]
    for _ in range(extra):
        key = rng.uniform(1, n + 400)
        upto = bisect.bisect_left(with_revisit, key)
        target = with_revisit[rng.randrange(max(1, upto))]
        events.append(Event(max(key, target + 0.001), "revisit", target))
    events.sort()
    return Plan(records, events, seed)


class _Style:
    """How one record's author fills in MADR 4's front matter (seeded by the record, so every version of it
    looks the same)."""

    def __init__(self, i: int) -> None:
        rng = random.Random(i * 7919 + 104_729)
        self.comment = rng.random() < 0.4
        self.quote_status = rng.random() < 0.3
        self.status_names_successor = rng.random() < 0.5
        self.cycle = rng.random() < 0.5
        self.name_form = rng.choices(("comma", "flow", "block"), (60, 20, 20))[0]
        self.tag_form = rng.choices(("flow", "comma", "block"), (50, 30, 20))[0]
        self.empty_form = rng.choices(("omitted", "empty", "flow"), (50, 30, 20))[0]

    def quoted(self, status: str) -> str:
        return f'"{status}"' if self.quote_status else status

    def names(self, key: str, values: tuple[str, ...], lists: str | None = None) -> list[str]:
        form = lists or self.name_form
        if not values:
            return {"omitted": [], "empty": [f"{key}:"], "flow": [f"{key}: []"]}[self.empty_form]
        if form == "comma":
            return [f"{key}: {', '.join(values)}"]
        if form == "flow":
            return [f"{key}: [{', '.join(values)}]"]
        return [f"{key}:", *(f"  - {value}" for value in values)]


class Dialect:
    def __init__(self, name: str, records: list[Rec]) -> None:
        self.name = name
        self.dir = DECISION_DIRS[name]
        self.first = FIRST_NUMBER[name]
        self.records = records
        width = max(4, len(str(len(records) - 1 + self.first)))
        self.paths = [
            f"{self.dir}/{rec.i + self.first:0{width}d}-{'-'.join(rec.body.title.lower().split())}.md"
            for rec in records
        ]

    def number(self, i: int) -> int:
        return i + self.first

    def render(self, rec: Rec) -> str:
        return getattr(self, "_" + self.name)(rec)

    def _link_name(self, i: int) -> str:
        return self.paths[i].rsplit("/", 1)[1]

    def _frontmatter(self, rec: Rec) -> str:
        """MADR 4 front matter as people fill in its template: names as plain comma-separated text mostly
        (`decision-makers: Ann Lee, Bo Chen`), sometimes a flow or block list; the template's comment line
        kept or not; a status quoted as the template shows it, or not; empty keys left empty; a superseded
        record saying so in its status (MADR's way) or with `superseded-by` (adrtool's). Each record keeps
        its style in every version."""
        b = rec.body
        style = _Style(rec.i)
        head = ["---"]
        if style.comment:
            head.append("# These are optional metadata elements. Feel free to remove any of them.")
        if rec.current_superseded_by is not None and style.status_names_successor:
            head.append(f"status: {style.quoted(f'superseded by ADR-{self.number(rec.current_superseded_by):04d}')}")
        else:
            head.append(f"status: {style.quoted(rec.status)}")
        head.append(f"date: {rec.date}")
        if style.cycle:
            head.append(f"cycle: {rec.cycle}")
        if rec.revisit:
            head.append(f"revisit: {rec.revisit}")
        head += style.names("decision-makers", b.deciders)
        head += style.names("consulted", b.consulted)
        head += style.names("informed", b.informed)
        head += style.names("tags", b.tags, lists=style.tag_form)
        if rec.supersedes is not None:
            head.append(f"supersedes: [{self.number(rec.supersedes)}]")
        if rec.current_superseded_by is not None and not style.status_names_successor:
            head.append(f"superseded-by: [{self.number(rec.current_superseded_by)}]")
        head.append("---")
        options = "\n".join(f"* {option}" for option in b.options)
        chosen = f'Chosen option: "{b.options[b.chosen]}", because {b.reason}.'
        consequences = "\n".join(f"* {line}" for line in b.good + b.bad)
        return (
            "\n".join(head) + f"\n# {b.title}\n\n## Context\n\n" + "\n\n".join(b.context)
            + f"\n\nOptions considered:\n\n{options}\n\n## Decision\n\n{chosen}\n\n" + "\n\n".join(b.decision)
            + f"\n\n## Consequences\n\n{consequences}\n"
        )

    def _madr2(self, rec: Rec) -> str:
        b = rec.body
        if rec.current_superseded_by is not None:
            new = rec.current_superseded_by
            status = f"superseded by [ADR-{self.number(new):04d}]({self._link_name(new)})"
        else:
            status = rec.status
        head = [f"# {b.title}", "", f"* Status: {status}", f"* Deciders: {', '.join(b.deciders)}",
                f"* Date: {rec.date}", f"* Cycle: {rec.cycle}"]
        if rec.revisit:
            head.append(f"* Revisit: {rec.revisit}")
        if rec.supersedes is not None:
            old = rec.supersedes
            head.append(f"* Supersedes: [ADR-{self.number(old):04d}]({self._link_name(old)})")
        head.append(f"* Tags: {', '.join(b.tags)}")
        options = "\n".join(f"* {option}" for option in b.options)
        good = "\n".join(f"* {line}" for line in b.good)
        bad = "\n".join(f"* {line}" for line in b.bad)
        text = (
            "\n".join(head) + "\n\n## Context and Problem Statement\n\n" + "\n\n".join(b.context)
            + f"\n\n## Considered Options\n\n{options}\n\n## Decision Outcome\n\n"
            + f'Chosen option: "{b.options[b.chosen]}", because {b.reason}.\n\n' + "\n\n".join(b.decision)
            + f"\n\n### Positive Consequences\n\n{good}\n\n### Negative Consequences\n\n{bad}\n"
        )
        return text

    def _nygard(self, rec: Rec) -> str:
        b = rec.body
        if rec.current_superseded_by is not None:
            new = rec.current_superseded_by
            status = f"Superseded by [{self.number(new)}. {self.records[new].body.title}]({self._link_name(new)})"
        else:
            status = rec.status.capitalize()
        if rec.supersedes is not None:
            old = rec.supersedes
            status += f"\n\nSupersedes [{self.number(old)}. {self.records[old].body.title}]({self._link_name(old)})"
        # adr-tools has no revisit point (adrtool needs front matter for one: `adr convert`), so none here.
        head = f"# {self.number(rec.i)}. {b.title}\n\nDate: {rec.date}\n"
        options = "; ".join(option[0].lower() + option[1:] for option in b.options)
        consequences = "\n".join(f"* {line}" for line in b.good + b.bad)
        return (
            f"{head}\n## Status\n\n{status}\n\n## Context\n\n" + "\n\n".join(b.context)
            + f"\n\nThe options were: {options}.\n\n## Decision\n\n"
            + f"We chose to {b.options[b.chosen][0].lower() + b.options[b.chosen][1:]}, because {b.reason}. "
            + "\n\n".join(b.decision)
            + f"\n\n## Consequences\n\n{consequences}\n"
        )

    def scaffold(self) -> dict[str, str]:
        files = {"README.md": f"# Decision log ({self.name})\n\nA generated benchmark fixture; see "
                              "benchmarks/generate.py in adrtool.\n"}
        if self.name == "madr2":
            # log4brains needs its config; pyadr's `toc` writes docs/adr/index.md into the tree.
            files[".log4brains.yml"] = ("---\nproject:\n  name: adr-bench\n  tz: Etc/UTC\n"
                                        "  adrFolder: ./docs/adr\n")
            files[".gitignore"] = "/docs/adr/index.md\n"
        return files


def _data(payload: bytes) -> bytes:
    return b"data %d\n%s\n" % (len(payload), payload)


def _timestamps(count: int, seed: int) -> list[int]:
    rng = random.Random(seed ^ 0x5EED)
    start, end = int(START.timestamp()), int(END.timestamp())
    step = (end - start) / max(1, count)
    return [int(start + k * step + rng.uniform(0, step * 0.8)) for k in range(count)]


def history(plan: Plan, dialect_name: str):
    """Yield each commit of one dialect's history as (author line, message, files changed: path -> text).
    Replays the plan on fresh state. The first commit holds the files around the log; every other one changes
    files of the decision directory only."""
    records = plan.records
    for rec in records:
        rec.status, rec.date, rec.cycle, rec.current_superseded_by = "proposed", "", "", None
    dialect = Dialect(dialect_name, records)
    rng = random.Random(plan.seed ^ 0xC0FFEE)  # revisit values: the same in every dialect
    stamps = _timestamps(plan.commits, plan.seed)

    def commit(k: int, message: str, files: dict[str, str]) -> tuple[bytes, str, dict[str, str]]:
        name, email = AUTHORS[(k * 7 + len(message)) % len(AUTHORS)]
        return f"{name} <{email}> {stamps[k]} +0000".encode(), message, files

    yield commit(0, "Start the decision log", dialect.scaffold())
    for k, event in enumerate(plan.events, start=1):
        rec = records[event.i]
        day = dt.datetime.fromtimestamp(stamps[k], dt.timezone.utc).date()
        number = f"{dialect.number(rec.i):04d}"
        files: dict[str, str] = {}
        if event.kind == "add":
            rec.date, rec.cycle = day.isoformat(), cycle_of(day)
            if rec.revisit:
                rec.revisit = _revisit_value(rng, day)
            if rec.supersedes is not None:
                rec.status = "accepted"
                old = records[rec.supersedes]
                old.status, old.current_superseded_by = "superseded", rec.i
                files[dialect.paths[old.i]] = dialect.render(old)
                message = f"Supersede ADR {dialect.number(old.i):04d} with ADR {number}: {rec.body.title}"
            elif rec.proposed_first:
                rec.status = "proposed"
                message = f"Propose ADR {number}: {rec.body.title}"
            else:
                rec.status = "accepted" if rec.final in ("deprecated", "superseded") else rec.final
                message = f"Add ADR {number}: {rec.body.title}"
        elif event.kind == "decide":
            rec.status = "rejected" if rec.final == "rejected" else "accepted"
            rec.date = day.isoformat()
            if rec.revisit:  # chosen when proposed: it has to stay after the decision's date
                rec.revisit = _revisit_value(rng, day)
            message = f"{'Reject' if rec.status == 'rejected' else 'Accept'} ADR {number}"
        elif event.kind == "deprecate":
            rec.status = "deprecated"
            message = f"Deprecate ADR {number}"
        else:  # revisit
            rec.revisit = _revisit_value(rng, max(day, dt.date.fromisoformat(rec.date)))
            message = f"Revisit ADR {number} in {rec.revisit}"
        files[dialect.paths[rec.i]] = dialect.render(rec)
        yield commit(k, message, dict(sorted(files.items())))


def _revisit_value(rng: random.Random, day: dt.date) -> str:
    if rng.random() < 0.75:
        here = prose.CYCLE_NAMES.index(cycle_of(day))
        return prose.CYCLE_NAMES[min(len(prose.CYCLE_NAMES) - 1, here + rng.randint(1, 4))]
    return (day + dt.timedelta(days=rng.randint(180, 1100))).isoformat()


def _git(repo: Path, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=repo, check=True, **kwargs)


def write_repo(plan: Plan | None, dialect: str, repo: Path, gc: bool = False, snapshot: bool = False,
               realworld: Path | None = None, records: int = 0) -> dict:
    """Create ``repo`` (removing an old one) holding the plan's history in ``dialect`` (only its last state, in
    one commit, with ``snapshot``; the real-world corpus is always one commit), then the branches the runner
    checks out (``make_branches``); return stats."""
    started = time.perf_counter()
    if repo.exists():
        shutil.rmtree(repo)
    repo.mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main")
    directory = DECISION_DIRS[dialect]
    if dialect == REALWORLD:
        assert realworld is not None and plan is None
        files = {f"{directory}/{name}": text for name, text in realworld_records(realworld, records).items()}
        _one_commit(repo, {"README.md": _readme(dialect), **files}, "Add the decision log")
        commits, written = 1, sum(len(text) for text in files.values())
    elif snapshot:
        assert plan is not None
        final: dict[str, str] = {}
        for _, _, changed in history(plan, dialect):
            final.update(changed)
        _one_commit(repo, final, "Add the decision log")
        commits, written = 1, sum(len(text) for text in final.values())
    else:
        assert plan is not None
        commits, written = plan.commits, _write_history(plan, dialect, repo)
    imported = time.perf_counter()
    if gc:
        _git(repo, "gc", "-q")
    else:
        _git(repo, "commit-graph", "write", "--reachable")
    branches = make_branches(repo, directory)
    done = time.perf_counter()
    head = _git(repo, "rev-parse", "HEAD", capture_output=True, text=True).stdout.strip()
    files_now = list((repo / directory).glob("*.md"))
    sizes = sorted(path.stat().st_size for path in files_now)
    return {
        "dialect": dialect, "repo": str(repo), "decision_dir": directory, "records": len(files_now),
        "commits": commits, "head": head, "branches": branches, "snapshot": snapshot or dialect == REALWORLD,
        "stream_bytes": written, "record_bytes_median": sizes[len(sizes) // 2], "record_bytes_total": sum(sizes),
        "import_s": round(imported - started, 2), "branches_s": round(done - imported, 2),
        "total_s": round(done - started, 2),
    }


def _write_history(plan: Plan, dialect: str, repo: Path) -> int:
    """The plan's whole history: blobs and trees packed by treepack, commits made by fast-import."""
    directory = DECISION_DIRS[dialect]
    pack = TreePack(repo / ".git" / "objects" / "pack")
    commits = []  # (author line, message, files of the first commit, or the decision directory's tree id)
    for number, (who, message, files) in enumerate(history(plan, dialect)):
        if number == 0:
            commits.append((who, message, files))
        else:
            prefix = directory + "/"
            assert all(path.startswith(prefix) and "/" not in path[len(prefix):] for path in files)
            commits.append((who, message, pack.change({path[len(prefix):]: text.encode()
                                                       for path, text in files.items()})))
    pack.finish()
    importer = subprocess.Popen(["git", "fast-import", "--quiet", "--done"], cwd=repo, stdin=subprocess.PIPE)
    assert importer.stdin is not None
    written = 0
    try:
        chunk: list[bytes] = []
        for who, message, change in commits:
            chunk.append(b"commit refs/heads/main\nauthor %s\ncommitter %s\n" % (who, who))
            chunk.append(_data(message.encode()))
            if isinstance(change, dict):
                for path, text in change.items():
                    chunk.append(b"M 100644 inline %s\n" % path.encode())
                    chunk.append(_data(text.encode()))
            else:
                chunk.append(b"M 040000 %s %s\n" % (change.hex().encode(), directory.encode()))
            chunk.append(b"\n")
            if len(chunk) > 4096:
                importer.stdin.write(b"".join(chunk))
                written += sum(map(len, chunk))
                chunk.clear()
        chunk.append(b"done\n")
        importer.stdin.write(b"".join(chunk))
        written += sum(map(len, chunk))
    finally:
        importer.stdin.close()
    if importer.wait() != 0:
        raise SystemExit(f"git fast-import failed for {repo}")
    _git(repo, "reset", "-q", "--hard", "main")
    return written


_BENCH_ENV = {"GIT_AUTHOR_NAME": "Bench Mark", "GIT_AUTHOR_EMAIL": "bench@example.org",
              "GIT_COMMITTER_NAME": "Bench Mark", "GIT_COMMITTER_EMAIL": "bench@example.org"}


def _commit_env(stamp: int) -> dict[str, str]:
    return {**os.environ, **_BENCH_ENV, "GIT_AUTHOR_DATE": f"{stamp} +0000", "GIT_COMMITTER_DATE": f"{stamp} +0000"}


def _one_commit(repo: Path, files: dict[str, str], message: str) -> None:
    """One commit on main holding ``files`` (path -> text), dated at the end of the generated history."""
    for path, text in files.items():
        target = repo / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", message, env=_commit_env(int(END.timestamp())))


def _readme(dialect: str) -> str:
    return f"# Decision log ({dialect})\n\nA generated benchmark fixture; see benchmarks/generate.py in adrtool.\n"


# The branches the runner checks out, made from main: on `bench-other` every record's body has one more
# paragraph (a checkout that changes every file, as after switching to a branch long apart); on `bench-pull`
# ten records' bodies have (a pull of a few changes). Only bodies change, so every command's answer (the index
# too) is the same on all three branches.
OTHER_BRANCH, PULL_BRANCH = "bench-other", "bench-pull"
PULLED = 10
EDIT = "\nEdited on another branch: this paragraph was added to time a checkout.\n"


def make_branches(repo: Path, directory: str) -> dict[str, str]:
    names = sorted(path.name for path in (repo / directory).glob("[0-9]*.md"))
    stamp = int(END.timestamp()) + 3600
    made = {}
    for branch, chosen in ((OTHER_BRANCH, names), (PULL_BRANCH, names[:: max(1, len(names) // PULLED)][:PULLED])):
        _git(repo, "checkout", "-q", "-b", branch, "main")
        for name in chosen:
            with open(repo / directory / name, "a", encoding="utf-8") as handle:
                handle.write(EDIT)
        _git(repo, "commit", "-q", "-a", "-m", f"Edit {len(chosen)} records", env=_commit_env(stamp))
        made[branch] = _git(repo, "rev-parse", "HEAD", capture_output=True, text=True).stdout.strip()
        _git(repo, "checkout", "-q", "main")
    return made


# --- the real-world corpus ---------------------------------------------------------------------------------

_LEADING_ID = re.compile(r"^(?:adr[-_ ]?)?\d+[-_. ]*", re.IGNORECASE)
_LINK_TARGET = re.compile(r"(\]\(\s*<?)([^)\s>#]+)")


def realworld_sources(source: Path) -> list[list[tuple[str, str]]]:
    """Each real log's records under ``source`` (a directory of logs with their truth files, as
    /work/shared/realworld holds them), in the truth file's order: (file name, text)."""
    logs = []
    for truth in sorted(source.glob("*.truth.json")):
        data = json.loads(truth.read_text(encoding="utf-8"))
        root = truth.parent / data["log"]
        records = [(Path(item["file"]).name, (root / item["file"]).read_text(encoding="utf-8"))
                   for item in data["records"]]
        if records:
            logs.append(records)
    if not logs:
        raise SystemExit(f"no real-world logs (*.truth.json with their logs) under {source}")
    return logs


def realworld_records(source: Path, n: int) -> dict[str, str]:
    """``n`` records: the real logs' records one log after another, repeated until there are ``n``, renumbered
    from 1 into one directory (`0001-slug.md`, the slug from the original name); a link from a record to
    another of the same log names that record's new file, within the same repetition."""
    logs = realworld_sources(source)
    width = max(4, len(str(n)))
    out: dict[str, str] = {}
    number = 0
    while number < n:
        for records in logs:
            if number >= n:
                break
            taken = records[: n - number]
            renamed = {}
            for offset, (name, _) in enumerate(taken):
                slug = _LEADING_ID.sub("", Path(name).stem).strip().replace(" ", "-") or "record"
                renamed[name] = f"{number + offset + 1:0{width}d}-{slug}.md"
            for name, text in taken:
                out[renamed[name]] = _LINK_TARGET.sub(
                    lambda match, renamed=renamed: match.group(1) + renamed.get(match.group(2).rsplit("/", 1)[-1],
                                                                                 match.group(2)), text)
            number += len(taken)
    return out


def _summary(plan: Plan | None, records: int) -> dict:
    if plan is None:
        return {"superseded": None, "with_revisit": None, "final_statuses": {}, "commits": 1}
    finals = [rec.final for rec in plan.records]
    return {
        "superseded": finals.count("superseded"), "with_revisit": sum(1 for rec in plan.records if rec.revisit),
        "final_statuses": {status: finals.count(status) for status in sorted(set(finals))},
        "commits": plan.commits,
    }


def _build(records: int, commits: int | None, seed: int, dialect: str, repo: str, gc: bool, snapshot: bool,
           realworld: str | None) -> dict:
    """One repository, from the plan on: run in a worker process, one per dialect."""
    started = time.perf_counter()
    plan = None if dialect == REALWORLD else make_plan(records, None if snapshot else commits, seed)
    planned = time.perf_counter()
    stat = write_repo(plan, dialect, Path(repo), gc=gc, snapshot=snapshot,
                      realworld=Path(realworld) if realworld else None, records=records)
    stat["plan_s"] = round(planned - started, 2)
    stat["total_s"] = round(time.perf_counter() - started, 2)
    stat["summary"] = _summary(plan, records)
    return stat


def generate(records: int, out: Path, commits: int | None = None, dialects=DIALECTS, seed: int = 1,
             gc: bool = False, jobs: int | None = None, log=None, snapshot: bool = False,
             realworld: Path | None = None) -> dict:
    """Write one repository per dialect under ``out`` (``jobs`` at a time) and ``out/manifest.json``.
    ``snapshot``: each repository holds its log's last state in one commit (no history to walk)."""
    from concurrent.futures import ProcessPoolExecutor

    log = log or (lambda message: print(message, flush=True))

    started = time.perf_counter()
    jobs = max(1, min(len(dialects), jobs or os.cpu_count() or 1))
    stats = []
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(_build, records, commits, seed, dialect, str(out / dialect), gc, snapshot,
                               str(realworld) if realworld else None)
                   for dialect in dialects]
        for future in futures:
            stat = future.result()
            stats.append(stat)
            log(f"  {stat['dialect']:<12} {stat['records']} files, {stat['commits']} commits, median "
                f"{stat['record_bytes_median']} B/record, {stat['total_s']:.1f} s (plan {stat['plan_s']:.1f} s, "
                f"commits {stat['import_s']:.1f} s, branches {stat['branches_s']:.1f} s)")
    summary = next((stat["summary"] for stat in stats if stat["dialect"] != REALWORLD), _summary(None, records))
    manifest = {
        "records": records, "commits": summary["commits"], "requested_commits": commits, "seed": seed,
        "gc": gc, "snapshot": snapshot, "dialects": list(dialects), "generator_version": GENERATOR_VERSION,
        "jobs": jobs, "superseded": summary["superseded"], "with_revisit": summary["with_revisit"],
        "final_statuses": summary["final_statuses"],
        "total_s": round(time.perf_counter() - started, 2),
        "repos": [{key: value for key, value in stat.items() if key != "summary"} for stat in stats],
    }
    out.mkdir(parents=True, exist_ok=True)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    log(f"generated {records} records x {len(dialects)} dialects, {manifest['commits']} commits each, "
        f"in {manifest['total_s']:.1f} s ({jobs} at a time) -> {out}")
    return manifest


GENERATOR_VERSION = 6  # bump when the output changes, so the runner regenerates cached repos


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, required=True, help="records per repository")
    parser.add_argument("--commits", type=int, default=None,
                        help="total commits (default: one per record + the natural status changes; "
                             "extra commits are revisit edits, fewer drop status changes)")
    parser.add_argument("--out", type=Path, required=True, help="directory to hold one repository per dialect")
    parser.add_argument("--dialects", default=",".join(DIALECTS), help="comma-separated subset of "
                        + ", ".join(CORPORA))
    parser.add_argument("--realworld", type=Path, default=None,
                        help="real logs with their truth files, for the realworld corpus (e.g. ../shared/realworld)")
    parser.add_argument("--snapshot", action="store_true",
                        help="one commit holding each log's last state, no history (for very large logs)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--gc", action="store_true", help="run `git gc` after the import (slower)")
    parser.add_argument("--jobs", type=int, default=None, help="repositories built at once (default: cores)")
    args = parser.parse_args(argv)
    dialects = tuple(name.strip() for name in args.dialects.split(",") if name.strip())
    unknown = set(dialects) - set(CORPORA)
    if unknown:
        parser.error(f"unknown dialect(s): {', '.join(sorted(unknown))}")
    if os.path.abspath(args.out).startswith(str(Path(__file__).resolve().parents[1]) + os.sep):
        parser.error("--out must be outside the adrtool repository (generated repos are never committed)")
    if REALWORLD in dialects and args.realworld is None:
        parser.error("the realworld corpus needs --realworld DIR")
    generate(args.records, args.out, args.commits, dialects, args.seed, args.gc, args.jobs, snapshot=args.snapshot,
             realworld=args.realworld)
    return 0


if __name__ == "__main__":
    sys.exit(main())
