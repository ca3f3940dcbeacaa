"""The `adr` console script.

A repeated read-only command is answered from what was kept of its last run (adrtool.cache.answers) before
click or the rest of adrtool is imported; anything else runs the click application (adrtool.cli.run).
"""

from __future__ import annotations

import sys

from adrtool import streams

TYPE_CHECKING = False  # typing costs more than the rest of a replayed answer's imports
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any

USAGE = 2  # adrtool.errors.ExitCode.USAGE, without importing enum before a replay


def main() -> None:
    """Run the command line and exit with its code."""
    import gc

    # One command, one short process: what it loads (thousands of records, kept to its end) would have the
    # cycle collector go over it again and again. So collect less often, with mypy's thresholds
    # (mypy/build.py); garbage cycles are still freed.
    gc.set_threshold(200_000, 30, 30)
    sys.exit(run(one_command=True))


def run(argv: Sequence[str] | None = None, *, one_command: bool = False) -> int:
    """The command line's exit code, its output written and flushed (what ``main`` does, for callers that
    stay); ``one_command``: this process runs nothing else, and ends when it returns."""
    problem = streams.prepare()
    if problem is not None:
        _say(problem)
        return USAGE
    arguments = list(sys.argv[1:] if argv is None else argv)
    from adrtool.cache import answers

    if one_command:
        from adrtool.cache import process

        process.ONE_COMMAND = True
    try:
        code = answers.answered(arguments, _run_cli)
    except BrokenPipeError:
        streams.reader_gone()
        return 0
    return finish(code)


def _run_cli(argv: list[str]) -> tuple[int, str | None, Mapping[str, Any]]:
    from adrtool.cli import run

    outcome = run(argv)
    return outcome.code, outcome.command, outcome.params


def finish(code: int) -> int:
    """``code``, once what is buffered for stdout and stderr is out; exit 2 with one line when stdout cannot
    take it (a full disk: `adr list > /dev/full`)."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        streams.reader_gone()
    except (OSError, ValueError) as error:
        _say(f"cannot write output: {getattr(error, 'strerror', None) or error}")
        streams.reader_gone()
        return USAGE
    try:
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    return code


def _say(message: str) -> None:
    if sys.stderr is not None:
        try:
            sys.stderr.write(f"adr: {message}\n")
            sys.stderr.flush()
        except (OSError, ValueError):
            pass
