"""Answers of read-only commands (`list`, `due`, `validate`, `index --check`, `graph`), kept while nothing
they depend on has changed: the same command line run again, as CI and pre-commit hooks do on every change
that leaves the decisions alone, is answered from the store without reading a record.

An answer is kept under a key made of everything its output can depend on: the command line, the working
directory, the `ADR_*` environment, today's date, the workspace's configuration, adrtool's own code,
templates and calendar data, and the stat of every entry of the decision directory, of the project's
template directory and of its calendar file. Like the parse cache, an answer is kept only if none of
those files changed too recently to be judged by its stat (see ``adrtool.cache.Clock``), so it is never
stale. Answers live beside the parse cache (`ADR_NO_CACHE=1` turns them off too); the most recent
``KEEP`` per decision directory are kept.
"""

from __future__ import annotations

import datetime as dt
import marshal
import os
import struct
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from adrtool import __version__
from adrtool import cache
from adrtool.cache import Clock, Signature, blake2b, cache_file, write_atomically
from adrtool.decision_log import DirectoryScan, scan_directory
from adrtool.errors import AdrError
from adrtool.workspace import Workspace

FORMAT = b"adrtool-answer-1\n"
KEEP = 16
_HEADER = struct.Struct("<32sqII")  # key digest, exit code, length of stdout, length of stderr (UTF-8)


@dataclass(frozen=True)
class Answer:
    stdout: str
    stderr: str
    exit_code: int


@dataclass
class _Inputs:
    digest: bytes
    stats: list[Signature]  # of every file the key covers, judged for raciness when the answer is stored
    clock: Clock
    scan: DirectoryScan  # the decision directory's, for reading the log without scanning it again


class AnswerStore:
    """The stored answer to one command line in one workspace."""

    def __init__(self, workspace: Workspace, request: Sequence[str], today: dt.date) -> None:
        self.workspace = workspace
        directory = workspace.decision_dir
        request_key = "\0".join([FORMAT.decode(), __version__, os.getcwd(), str(directory), today.isoformat(),
                                 repr(workspace.config), *request, "\0env", *_environment()])
        name = blake2b(request_key.encode("utf-8", "surrogateescape"), digest_size=12).hexdigest()
        self.file = cache_file(directory, f"answer-{name}")
        self.inputs: _Inputs | None = None

    def lookup(self) -> Answer | None:
        """The stored answer if nothing it depends on changed since; else None (and the inputs are noted
        for ``store``)."""
        if self.file is None:
            return None
        self.inputs = _inputs(self.workspace)
        if self.inputs is None:
            return None
        try:
            with open(self.file, "rb") as stream:
                data = stream.read()
        except OSError:
            return None
        return _decode(data, self.inputs.digest)

    def store(self, answer: Answer) -> None:
        """Keep ``answer`` for the inputs ``lookup`` saw, unless one of them changed too recently to tell."""
        if self.file is None or self.inputs is None:
            return
        inputs = self.inputs
        out, err = answer.stdout.encode("utf-8", "surrogateescape"), answer.stderr.encode("utf-8", "surrogateescape")
        data = FORMAT + _HEADER.pack(inputs.digest, answer.exit_code, len(out), len(err)) + out + err
        refused: list[Signature] = []

        def judge() -> None:
            refused.extend(sig for sig in inputs.stats if inputs.clock.is_racy(sig))

        if not write_atomically(self.file, lambda: b"" if refused else data, inputs.clock, judge):
            return
        if refused:  # written empty: a later lookup finds nothing to trust
            return
        _prune(self.file)


def _environment() -> list[str]:
    return sorted(f"{name}={value}" for name, value in os.environ.items() if name.startswith("ADR_")) + [
        f"stdout={_stream_kind(sys.stdout)}", f"stderr={_stream_kind(sys.stderr)}"]


def _stream_kind(stream: object) -> str:
    try:
        tty = stream.isatty()  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        tty = False
    return f"{'tty' if tty else 'pipe'}:{getattr(stream, 'encoding', None)}"


def _inputs(workspace: Workspace) -> _Inputs | None:
    """The digest of every stat the answer depends on; None when the decision directory cannot be read."""
    try:
        scan = scan_directory(workspace.decision_dir)
    except AdrError:
        return None
    stats = [cache.signature(stat) for _, stat in scan.entries]
    device = scan.entries[0][1].st_dev if scan.entries else None
    others: list[tuple[str, Signature | None]] = []
    for path in _other_files(workspace, (name for name, stat in scan.entries if _is_link(stat))):
        try:
            sig = cache.signature(path.stat())
        except OSError:
            others.append((str(path), None))
            continue
        stats.append(sig)
        others.append((str(path), sig))
    names = [name for name, _ in scan.entries]
    key = marshal.dumps((names, stats, others, _code_stamps()))
    digest = blake2b(key, digest_size=32).digest()
    return _Inputs(digest, stats, Clock(scan.started_ns, device), scan)


def _is_link(stat: os.stat_result) -> bool:
    import stat as kinds

    return kinds.S_ISLNK(stat.st_mode)


def _other_files(workspace: Workspace, links: Iterable[str]) -> list[Path]:
    config = workspace.config
    files = [workspace.decision_dir / name for name in links]
    if config.calendar is not None:
        files.append(config.calendar)
    if config.templates is not None:
        files.append(config.templates)
        try:
            files.extend(sorted(path for path in config.templates.rglob("*")))
        except OSError:
            pass
    return files


def _code_stamps() -> str:
    """adrtool's code, shipped templates and data: an edit in a checkout changes answers as a release does."""
    from adrtool.render import shipped_templates

    package = Path(__file__).parent
    stamps: list[str] = []
    for folder in (package, package / "cli", package / "reader", package / "rules", package / "data",
                   shipped_templates()):
        try:
            with os.scandir(folder) as entries:
                stamps.extend(f"{entry.path}:{entry.stat().st_mtime_ns}:{entry.stat().st_size}"
                              for entry in entries if entry.is_file())
        except OSError:
            stamps.append(f"{folder}:-")
    return "\n".join(sorted(stamps))


def _decode(data: bytes, digest: bytes) -> Answer | None:
    start = len(FORMAT)
    if not data.startswith(FORMAT) or len(data) < start + _HEADER.size:
        return None
    stored, exit_code, out_length, err_length = _HEADER.unpack_from(data, start)
    body = start + _HEADER.size
    if stored != digest or len(data) != body + out_length + err_length:
        return None
    out = data[body:body + out_length].decode("utf-8", "surrogateescape")
    err = data[body + out_length:].decode("utf-8", "surrogateescape")
    return Answer(out, err, exit_code)


def _prune(file: Path) -> None:
    """Keep the ``KEEP`` most recently written answers of this decision directory."""
    suffix = file.name.split("-", 2)[-1]  # the directory's digest and the extension
    try:
        answers = [entry for entry in os.scandir(file.parent)
                   if entry.name.startswith("answer-") and entry.name.endswith(suffix)]
        if len(answers) <= KEEP:
            return
        answers.sort(key=lambda entry: entry.stat().st_mtime_ns, reverse=True)
        for entry in answers[KEEP:]:
            os.unlink(entry.path)
    except OSError:
        pass
