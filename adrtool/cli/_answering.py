"""Running a read-only command so that its answer is kept (adrtool.cache.answers), for `adr` to replay next time."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from typing import Any

import click

from adrtool.cli._app import App, echo_error
from adrtool.errors import AdrError

ARGV = "adrtool.argv"  # the key in click's context meta of the command line as given


class _Tee(io.TextIOBase):
    """A text stream that writes through to ``stream`` and notes what was written, in order with the other
    streams sharing ``chunks``."""

    def __init__(self, stream: Any, number: int, chunks: list[list[Any]]) -> None:
        self.stream = stream
        self.number = number
        self.chunks = chunks

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.stream, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self.stream, "errors", None)

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        written = self.stream.write(text)
        if self.chunks and self.chunks[-1][0] == self.number:
            self.chunks[-1][1].append(text)
        else:
            self.chunks.append([self.number, [text]])
        return written  # type: ignore[no-any-return]

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return bool(self.stream.isatty())

    def fileno(self) -> int:
        return int(self.stream.fileno())

    def writable(self) -> bool:
        return True


def answered(app: App, function: Callable[..., Any], params: dict[str, Any]) -> Any:
    """Run ``function(app, **params)`` and keep its answer for the same command line."""
    argv = click.get_current_context().meta.get(ARGV)
    from adrtool.cache.answers import Recording

    recording = Recording.begin(argv) if argv is not None else None
    if recording is None:
        return function(app, **params)
    try:
        workspace = app.workspace
    except AdrError:
        return function(app, **params)  # the command says what is wrong
    app.scan = recording.observe(workspace)
    chunks: list[list[Any]] = []
    out, err = _Tee(sys.stdout, 1, chunks), _Tee(sys.stderr, 2, chunks)
    sys.stdout, sys.stderr = out, err  # type: ignore[assignment]
    try:
        try:
            function(app, **params)
            code: object = 0
        except AdrError as error:
            echo_error(str(error))
            code = error.exit_code
        except SystemExit as done:
            code = done.code or 0
        except click.exceptions.Exit as done:
            code = done.exit_code
    finally:
        sys.stdout, sys.stderr = out.stream, err.stream
    if isinstance(code, int):
        recording.keep(code, chunks, app.consulted)
    if code:
        raise SystemExit(code)
    return None
