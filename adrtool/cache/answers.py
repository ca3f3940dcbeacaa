"""Answers of read-only commands, replayed while nothing they were worked out from has changed.

`adr list`, `due`, `validate`, `graph` and `index --check` run again on every change in CI and in
pre-commit hooks, mostly with the decision log untouched. Each such run's answer (what it wrote to stdout
and stderr, in order, and its exit code) is kept under everything that could change it without touching a
file: the command line, the working directory, the `ADR_*` environment, the kind of the output streams,
today's date, the Python running and adrtool's own code. With it go the inputs it was worked out from,
each noted before the command read it:

- in the working directory and every directory above it, the files that decide where the log is and how
  it is configured (`pyproject.toml`, `.adr.toml`, `.adr-dir` by stat; `.git` and the conventional
  decision directories by kind);
- that the directory named as the decision directory still resolves to the one that was read;
- the stat of every entry of the decision directory (and of what a symlinked entry points to);
- the calendar file and the project's templates (their names and stats);
- any other path the command looked at (a link target outside the log), by kind.

``answered`` wraps the whole command line (adrtool.console): ``replay`` runs before click or any other
part of adrtool is imported, so a repeated command costs an interpreter start, a stat of each entry and a
write; otherwise the command runs, its output teed, and its answer is kept when ``ANSWERABLE`` allows.
An answer is kept only if none of the files it is checked against changed too recently to be judged by
its stat (``adrtool.cache.parsed.Clock``), so it is never stale, and it carries a checksum of its output,
so a damaged one is never replayed. Answers live with the other caches (``adrtool.cache.location``:
the user's own; `ADR_NO_CACHE=1` turns them off), the ``KEEP`` most recent in one folder.
"""

from __future__ import annotations

import contextlib
import io
import marshal
import os
import stat as kinds
import sys
import time
from array import array
from itertools import chain
from operator import attrgetter
from zlib import crc32  # the output's checksum (damage is all it has to find: only the user can write the file)

from adrtool import __version__
from adrtool.cache.location import cache_root, caching_off, open_private
from adrtool.cache.scan import DirectoryScan, scan

try:  # the built-in module: hashlib would load OpenSSL first
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

TYPE_CHECKING = False  # typing costs more than the rest of a replayed answer's imports
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping, Sequence
    from typing import Any

    from adrtool.cache.scan import StatLike

    # A command line's run: its exit code, and the command that ran with its options (None if none did).
    Run = Callable[[list[str]], tuple[int, str | None, Mapping[str, Any]]]

    from adrtool.project.workspace import Workspace

FORMAT = b"adrtool-answer-5\n"
FOLDER = "answers"
KEEP = 32

# How an input is checked: by its stat (content), by its kind (file, directory, missing), by what it
# resolves to, or by the names under it.
STAT, KIND, REAL, NAMES = 0, 1, 2, 3
Probe = tuple[int, str, object]  # (how, path, state)

_SIGNATURE = attrgetter("st_size", "st_mtime_ns", "st_ctime_ns", "st_ino")  # as adrtool.cache.parsed.signature
_NEVER_KEPT = {"-h", "--help", "--version"}  # asked for no command's answer: not looked up


# The commands whose answer may be kept, each with when: a call whose output depends on git (`--at`,
# `--git-dates`, `--against`, `--since`), on files named on the command line, or that writes, always runs.
ANSWERABLE: dict[str, Callable[[Mapping[str, Any]], bool]] = {
    "list": lambda options: not options.get("at") and not options.get("git_dates"),
    "due": lambda options: not options.get("at"),
    "graph": lambda options: True,
    "validate": lambda options: not options.get("paths") and not options.get("against")
    and not options.get("since"),
    "index": lambda options: (bool(options.get("check")) or options.get("output") == "json")
    and not options.get("at") and not options.get("git_dates"),
}
ROOT_OPTIONS_WITH_VALUE = ("--dir", "--today")  # the root group's options that take a value

# The answer being recorded in this process, if any: adrtool.cache.store tells it what the command reads.
active: Recording | None = None
# The decision directory as scanned to check a kept answer that no longer held, if it was.
_scanned: DirectoryScan | None = None


def answered(argv: list[str], run: Run) -> int:
    """The console script's one wrapper: the kept answer to ``argv`` replayed, or ``run(argv)``, its answer
    kept when the command is in ``ANSWERABLE`` and its options allow."""
    global active
    code = replay(argv)
    if code is not None:
        return code
    recording = Recording.begin(argv) if _command_word(argv) in ANSWERABLE else None
    if recording is None:
        return run(argv)[0]
    active = recording
    try:
        with recording.teeing():
            code, command, options = run(argv)
    finally:
        active = None
    approve = ANSWERABLE.get(command or "")
    if approve is not None and approve(options):
        recording.keep(code)
    return code


def _command_word(argv: Sequence[str]) -> str | None:
    """The subcommand's name in ``argv``, the root group's options skipped."""
    position = command_position(argv)
    return argv[position] if position is not None else None


def command_position(argv: Sequence[str]) -> int | None:
    """Where the subcommand's name is in ``argv``, the root group's options (and their values) skipped."""
    index = 0
    while index < len(argv):
        word = argv[index]
        if word in ROOT_OPTIONS_WITH_VALUE:
            index += 2
        elif word.startswith("-"):
            index += 1
        else:
            return index
    return None


def replay(argv: Sequence[str]) -> int | None:
    """Write the kept answer to ``argv`` (the command line after `adr`) and give its exit code; None when no
    kept answer still holds, and the command has to run."""
    if caching_off() or not argv or any(arg in _NEVER_KEPT for arg in argv) \
            or any(name.startswith("_ADR_") for name in os.environ):  # shell completion
        return None
    try:
        answer = _lookup(argv)
    except (OSError, ValueError, EOFError, TypeError, IndexError, UnicodeError):
        return None  # a damaged or unreadable store: the command runs instead
    if answer is None:
        return None
    exit_code, chunks = answer
    for stream, data in chunks:  # a BrokenPipeError (`adr list | head`) is the caller's, as in a run
        _write(sys.stdout if stream == 1 else sys.stderr, data)
    sys.stdout.flush()
    sys.stderr.flush()
    return exit_code


def _write(stream: Any, data: bytes) -> None:
    """Write ``data``, the bytes a run wrote to ``stream`` (encoded as it encodes), as they are."""
    stream.flush()
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        buffer.write(data)
    else:
        stream.write(data.decode(stream.encoding or "utf-8", stream.errors or "strict"))


class _Tee(io.RawIOBase):
    """A binary stream that writes through to ``target`` and notes what was written, in order with the other
    stream sharing ``chunks``."""

    def __init__(self, target: Any, number: int, chunks: list[tuple[int, list[bytes]]]) -> None:
        super().__init__()
        self.target = target
        self.number = number
        self.chunks = chunks

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        written = self.target.write(data)
        part = bytes(data)
        if self.chunks and self.chunks[-1][0] == self.number:
            self.chunks[-1][1].append(part)
        else:
            self.chunks.append((self.number, [part]))
        return written if written is not None else len(part)

    def flush(self) -> None:
        self.target.flush()

    def isatty(self) -> bool:
        return bool(self.target.isatty())

    def fileno(self) -> int:
        return int(self.target.fileno())


def _lookup(argv: Sequence[str]) -> tuple[int, list[tuple[int, bytes]]] | None:
    """The exit code and output (stream 1 or 2, UTF-8 text) of the answer kept for ``argv``, if it holds."""
    cwd = os.getcwd()
    root = cache_root(cwd)
    if root is None:
        return None
    request = request_digest(argv, cwd)
    try:
        fd = open_private(_answer_file(root, request))
    except FileNotFoundError:
        return None
    try:  # the answer's description first: the output is read only when the answer holds
        head = os.read(fd, 1 << 16)
        if not head.startswith(FORMAT):
            return None
        start = len(FORMAT) + 4
        meta_length = int.from_bytes(head[len(FORMAT):start], "little")
        while len(head) < start + meta_length and (more := os.read(fd, start + meta_length - len(head))):
            head += more
        stored, exit_code, probes, directory, digest, lengths, payload = \
            marshal.loads(head[start:start + meta_length])
        if type(exit_code) is not int or not 0 <= exit_code <= 255 \
                or not all(stream in (1, 2) and type(length) is int and length >= 0 for stream, length in lengths):
            return None  # not what `keep` writes: a damaged or planted file
        if stored != request or any(_state(how, path) != state for how, path, state in probes):
            return None
        scanned = scan(directory)
        if scan_digest(scanned.entries) != digest:
            global _scanned
            _scanned = scanned  # the run that follows reads the log from it: each file is statted once
            return None
        rest = [head[start + meta_length:]]
        while chunk := os.read(fd, 1 << 20):
            rest.append(chunk)
    finally:
        os.close(fd)
    output = b"".join(rest)
    if crc32(output) != payload:
        return None  # damaged: never replayed (and made again by the run)
    chunks, offset = [], 0
    for stream, length in lengths:
        chunks.append((stream, output[offset:offset + length]))
        offset += length
    if offset != len(output):
        return None
    return exit_code, chunks


class Recording:
    """One run of a read-only command: its inputs, noted before it reads them, then its answer, kept."""

    def __init__(self, argv: Sequence[str], cwd: str, root: str) -> None:
        self.started_ns = time.time_ns()  # before the first stat: what raciness is judged from
        self.today = _today()
        self.request = request_digest(argv, cwd)
        self.file = _answer_file(root, self.request)
        self.probes: list[Probe] = []
        self.keepable = True
        self.scan: DirectoryScan | None = None
        # Paths outside the decision directory the command looked at, and whether each existed.
        self.consulted: list[tuple[str, bool]] = []
        self.chunks: list[tuple[int, list[bytes]]] = []  # what it wrote: to stream 1 or 2, the bytes in turn
        # Where the configuration and the decision directory are looked for: read by content, or by kind.
        from adrtool.project.config import DOTFILE, PYPROJECT
        from adrtool.project.workspace import CONVENTIONAL_DIRS, DISCOVERY_FILES

        for directory in _ancestors(cwd):
            for name in (PYPROJECT, DOTFILE, *DISCOVERY_FILES):
                self._probe(STAT, os.path.join(directory, name))
            for name in (".git", *CONVENTIONAL_DIRS):
                self._probe(KIND, os.path.join(directory, name))

    @classmethod
    def begin(cls, argv: Sequence[str]) -> Recording | None:
        """None when answers are not kept (caching off, no working directory)."""
        try:
            cwd = os.getcwd()
        except OSError:
            return None
        root = cache_root(cwd)
        return cls(argv, cwd, root) if root is not None else None

    def observe(self, workspace: Workspace) -> DirectoryScan | None:
        """Note the workspace's inputs and scan its decision directory: the scan the log is then read from.
        None when the directory cannot be read (the command says why)."""
        if not workspace.replayable:  # several logs, or logs found by looking into components: not watched here
            self.keepable = False
        directory = str(workspace.decision_dir)
        named = str(workspace.named_dir) if workspace.named_dir is not None else directory
        try:
            resolved = os.path.realpath(named)
        except OSError:
            self.keepable = False
            return None
        if workspace.named_dir is not None and resolved != directory:  # changed since it was located
            self.keepable = False
        self.probes.append((REAL, named, resolved))
        # The directory's own stat: an entry added, removed or replaced (a checkout) changes it, and a kept
        # answer is then seen not to hold before every entry is statted.
        self._probe(STAT, directory)
        for listed in dict.fromkeys(workspace.watched):  # where a component's log would appear
            self._probe(STAT, str(listed))
        config = workspace.config
        if config.calendar is not None:
            self._probe(STAT, str(config.calendar))
        if config.templates is not None:
            self._probe_tree(str(config.templates))
        from adrtool.project.discovery import topic_folders, topic_template

        for folder in topic_folders(workspace.decision_dir, workspace.root):  # a template the log's topics share
            self._probe(STAT, str(folder))
        template = topic_template(workspace.decision_dir, workspace.root)
        if template is not None:
            self._probe(STAT, str(template))
        from adrtool.records.names import is_record_name

        global _scanned
        scanned, _scanned = _scanned, None
        if scanned is not None and str(scanned.directory) == directory:
            scanned.directory = workspace.decision_dir  # as the store names it
            scanned.compact()
            self.scan = scanned  # taken before this recording began: its inputs are noted before they are read
        else:
            try:  # the stat of each record file is taken by whoever reads it (adrtool.cache.reading), right before
                self.scan = scan(workspace.decision_dir, later=is_record_name)
            except OSError:
                self.keepable = False
                return None
        for name, stat in self.scan.entries:
            if stat is not None and kinds.S_ISLNK(stat.st_mode):
                self._probe(STAT, os.path.join(directory, name))
        folders = self.scan.folders()
        if folders:  # a record kept in a folder of its own: an edit of its file changes no stat the scan takes
            from adrtool.records.log import folder_records
            from adrtool.records.names import record_files

            for name in folder_records(directory, folders, [name for name, _ in self.scan.entries]):
                self._probe(STAT, os.path.join(directory, name))
            for subfolder in folders:  # what a subfolder's records say makes it a log of its own, or none
                inside = os.path.join(directory, subfolder)
                try:
                    names = record_files(os.listdir(inside), str)
                except OSError:
                    continue
                for name in names:
                    self._probe(STAT, os.path.join(inside, name))
        return self.scan

    @contextlib.contextmanager
    def teeing(self) -> Iterator[None]:
        """While the command runs, what it writes to stdout and stderr is noted as it goes out, in bytes as the
        streams encode it: a replay writes those bytes, so an answer kept is an answer given, whatever the
        streams' encodings. Streams without a binary layer are left alone (and nothing is kept)."""
        streams = sys.stdout, sys.stderr
        if not all(hasattr(stream, "buffer") for stream in streams):
            self.keepable = False
            yield
            return
        wrapped = []
        for number, stream in enumerate(streams, start=1):
            stream.flush()
            tee: Any = _Tee(stream.buffer, number, self.chunks)
            wrapped.append(io.TextIOWrapper(tee, encoding=stream.encoding,
                                            errors=stream.errors, line_buffering=bool(stream.line_buffering),
                                            write_through=True))
        sys.stdout, sys.stderr = wrapped
        try:
            yield
        finally:
            for stream in wrapped:
                stream.flush()
                stream.detach()
            sys.stdout, sys.stderr = streams

    def keep(self, exit_code: int) -> None:
        """Keep the answer (exit code, and what was written), unless an input changed during the run or too
        recently to be judged by its stat."""
        if not self.keepable or self.scan is None or not self.scan.complete or _today() != self.today:
            return  # (a stat left for a reader that never came: the log was not read)
        probes = list(self.probes)
        for path, existed in self.consulted:
            try:
                kind = _state(KIND, path)
            except OSError:
                return
            if (kind is not None) != existed:
                return
            probes.append((KIND, path, kind))
        chunks = self.chunks  # not joined: a large answer would be copied whole into memory not yet touched
        entries = self.scan.entries
        signatures = list(map(_SIGNATURE, [stat for _, stat in entries]))  # complete: checked above
        stored: Any = tuple(probes)  # marshal takes any plain data
        payload = 0
        for _, parts in chunks:
            for part in parts:
                payload = crc32(part, payload)
        meta = marshal.dumps((self.request, exit_code, stored, str(self.scan.directory),
                              _digest(entries, signatures),
                              tuple((stream, sum(map(len, parts))) for stream, parts in chunks), payload))
        signatures.extend(state for how, _, state in probes if how == STAT and isinstance(state, tuple))
        self._write([FORMAT, len(meta).to_bytes(4, "little"), meta,
                     *chain.from_iterable(parts for _, parts in chunks)], signatures, self.scan.device)

    def _write(self, parts: list[bytes], signatures: list[tuple[int, int, int, int]], device: int | None) -> None:
        from pathlib import Path

        from adrtool.cache.parsed import Clock, write_atomically

        clock = Clock(self.started_ns, device)
        racy: list[bool] = []

        def judge() -> None:
            racy.append(clock.any_racy(signatures))

        if write_atomically(Path(self.file), lambda: b"" if racy[0] else parts, clock, judge) and not racy[0]:
            _prune(os.path.dirname(self.file))
        elif racy and racy[0]:
            _remove(self.file)

    def _probe(self, how: int, path: str) -> None:
        try:
            self.probes.append((how, path, _state(how, path)))
        except OSError:  # unreadable (permissions, a symlink loop): nothing to check an answer against
            self.keepable = False

    def _probe_tree(self, top: str) -> None:
        self._probe(KIND, top)
        self._probe(NAMES, top)
        try:
            files = sorted(os.path.join(folder, name) for folder, _, names in os.walk(top, onerror=_raise)
                           for name in names)
        except OSError:
            self.keepable = False
            return
        for path in files:
            self._probe(STAT, path)


def request_digest(argv: Sequence[str], cwd: str) -> bytes:
    """What an answer is kept under: everything but files that the same command line's output depends on."""
    environment = sorted(f"{name}={value}" for name, value in os.environ.items() if name.startswith("ADR_"))
    parts = [FORMAT.decode(), __version__, sys.version, cwd, _today(), "\0argv", *argv, "\0env", *environment,
             "\0streams", _stream_kind(sys.stdout), _stream_kind(sys.stderr), "\0code", _code_stamp()]
    return blake2b("\0".join(parts).encode("utf-8", "surrogateescape"), digest_size=32).digest()


def scan_digest(entries: list[tuple[str, StatLike | None]]) -> bytes:
    """Of a scan whose stats are all taken."""
    return _digest(entries, list(map(_SIGNATURE, [stat for _, stat in entries])))


def _digest(entries: list[tuple[str, StatLike | None]], signatures: list[tuple[int, int, int, int]]) -> bytes:
    digest = blake2b(digest_size=32)
    digest.update("\0".join([name for name, _ in entries]).encode("utf-8", "surrogateescape"))
    try:
        digest.update(array("q", chain.from_iterable(signatures)).tobytes())
    except OverflowError:  # an inode number past 2**63
        digest.update(marshal.dumps(signatures))
    return digest.digest()


def _state(how: int, path: str) -> object:
    """What a probe of ``path`` finds now; OSError when it cannot tell."""
    if how == REAL:
        return os.path.realpath(path)
    if how == NAMES:
        return tuple(sorted(os.path.relpath(os.path.join(folder, name), path)
                            for folder, folders, files in os.walk(path, onerror=_raise)
                            for name in (*folders, *files)))
    try:
        stat = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    if how == STAT:
        return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)
    return "dir" if kinds.S_ISDIR(stat.st_mode) else "file" if kinds.S_ISREG(stat.st_mode) else "other"


def _raise(error: OSError) -> None:
    raise error


def _ancestors(path: str) -> list[str]:
    found = [path]
    while True:
        parent = os.path.dirname(found[-1])
        if parent == found[-1]:
            return found
        found.append(parent)


def _answer_file(root: str, request: bytes) -> str:
    return os.path.join(root, FOLDER, request.hex()[:32])


def _today() -> str:
    """The local date, as `datetime.date.today()` gives it (without importing datetime)."""
    now = time.localtime()
    return f"{now.tm_year:04d}-{now.tm_mon:02d}-{now.tm_mday:02d}"


def _stream_kind(stream: object) -> str:
    try:
        tty = stream.isatty()  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        tty = False
    return f"{'tty' if tty else 'pipe'}:{getattr(stream, 'encoding', None)}:{getattr(stream, 'errors', None)}"


def _code_stamp() -> str:
    """adrtool's code, shipped templates and data: an edit in a checkout changes answers as a release does."""
    from adrtool.cache.codekey import code_key

    return code_key()


def _prune(folder: str) -> None:
    """Keep the ``KEEP`` most recently written answers."""
    try:
        with os.scandir(folder) as entries:
            answers = [(entry.stat().st_mtime_ns, entry.path) for entry in entries if not entry.name.startswith(".")]
        if len(answers) <= KEEP:
            return
        answers.sort(reverse=True)
        for _, path in answers[KEEP:]:
            os.unlink(path)
    except OSError:
        pass


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
