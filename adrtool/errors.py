"""Expected failures, each knowing its exit code.

Anything a user can cause (bad input, bad usage, a refused write) is an ``AdrError``; the CLI turns it into
one line on stderr and its exit code. Any other exception is a bug and is allowed to show a traceback.
"""

from __future__ import annotations

import enum
from pathlib import Path


class ExitCode(enum.IntEnum):
    """What `adr` exits with (docs/errors.md)."""

    OK = 0
    FINDINGS = 1  # due decisions, rule violations, a stale index
    USAGE = 2  # bad usage or unreadable input
    BUG = 3  # an unexpected exception: a bug in adrtool, reported with where its traceback was written
    INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT


class AdrError(Exception):
    """A failure the user can act on. ``str(error)`` is the whole line shown to them."""

    exit_code = ExitCode.USAGE

    def __init__(self, message: str, *, path: Path | str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        super().__init__(self.format())

    def __reduce__(self) -> tuple[object, ...]:
        """Keep path and line when an error is pickled."""
        return (_rebuild, (type(self), self.message, self.path, self.line))

    def at(self, path: Path) -> AdrError:
        """This error, naming ``path`` (where it was raised without knowing the file), unless it names one."""
        if self.path is not None:
            return self
        return type(self)(self.message, path=path, line=self.line)

    def format(self) -> str:
        if self.path is None:
            return self.message
        where = str(self.path) if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


class UsageError(AdrError):
    """The command line, config or calendar asks for something that cannot be done."""


class ReadError(AdrError):
    """A file that should be a decision record (or config, or calendar) cannot be read or parsed."""


class NotFound(AdrError):
    """A record, cycle, directory or revision that was named does not exist."""


class WriteRefused(AdrError):
    """A write that would overwrite, clobber a concurrent change, or leave the decision directory."""


class OutputError(AdrError):
    """stdout cannot take the output (a full disk, a closed stream)."""


class GitError(AdrError):
    """Git is missing, the directory is not a repository, or a revision cannot be resolved."""


QUOTED_AT_MOST = 80  # characters of a record's text a message quotes


def shortened(text: str) -> str:
    """``text`` as a message shows a piece of a record: cut with `…` after ``QUOTED_AT_MOST`` characters, so that
    a line of a record, however long, never reaches the terminal whole."""
    return text if len(text) <= QUOTED_AT_MOST else f"{text[:QUOTED_AT_MOST - 1]}…"


LISTED_AT_MOST = 5  # of the things a message lists (a log's series, the records holding a number)


def listed(items: list[str]) -> str:
    """``items`` as a message lists them: the first ``LISTED_AT_MOST``, each ``shortened``, then how many more, so
    that a log of two hundred series never puts all two hundred on one line (`A, B, C, D, E and 195 more`)."""
    shown = ", ".join(map(shortened, items[:LISTED_AT_MOST]))
    return shown if len(items) <= LISTED_AT_MOST else f"{shown} and {len(items) - LISTED_AT_MOST} more"


def quoted(text: str) -> str:
    """``text``, a piece of a record, as a message quotes it: ``shortened``, in quotes, its line breaks and other
    controls escaped (`'multi\\nline\\n'`)."""
    return repr(shortened(text))


def _rebuild(cls: type[AdrError], message: str, path: Path | None, line: int | None) -> AdrError:
    return cls(message, path=path, line=line)


def report_bug(error: BaseException) -> str:
    """The line to show for an exception no code path expected (a bug): its type and message, and the file
    its traceback was written to, for the report. The traceback itself is not shown."""
    import os
    import tempfile
    import traceback

    where = "its traceback could not be written"
    try:
        fd, name = tempfile.mkstemp(prefix="adr-bug-", suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            stream.write("".join(traceback.format_exception(type(error), error, error.__traceback__)))
        where = f"traceback in {name}"
    except OSError:
        pass
    return (f"internal error: {type(error).__name__}: {error} ({where}); this is a bug in adrtool, "
            "please report it")
