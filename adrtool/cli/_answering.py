"""Running a read-only command through the answer store (adrtool.answers): a repeat is answered from it."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from typing import Any

import click

from adrtool.cli._app import App, echo_error
from adrtool.errors import AdrError


class _Tee(io.TextIOBase):
    """A text stream that writes through to ``stream`` and keeps what was written."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.parts: list[str] = []

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.stream, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self.stream, "errors", None)

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self.parts.append(text)
        return self.stream.write(text)  # type: ignore[no-any-return]

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return bool(self.stream.isatty())

    def fileno(self) -> int:
        return int(self.stream.fileno())

    def writable(self) -> bool:
        return True

    def text(self) -> str:
        return "".join(self.parts)


def answered(app: App, name: str, function: Callable[..., Any], params: dict[str, Any]) -> Any:
    """Run ``function(app, **params)`` (command ``name``), or replay the answer stored for the same call."""
    if os.environ.get("ADR_NO_CACHE", "") not in ("", "0"):
        return function(app, **params)
    from adrtool.answers import Answer, AnswerStore

    try:
        workspace = app.workspace
    except AdrError:
        return function(app, **params)  # the command says what is wrong
    request = [name, *(f"{key}={value!r}" for key, value in sorted(params.items())),
               f"dir={app.directory!r}", f"today={app.today_option!r}"]
    store = AnswerStore(workspace, request, app.today)
    answer = store.lookup()
    if answer is not None:
        sys.stdout.write(answer.stdout)
        sys.stdout.flush()
        sys.stderr.write(answer.stderr)
        sys.stderr.flush()
        if answer.exit_code:
            raise SystemExit(answer.exit_code)
        return None
    if store.inputs is not None:
        app.scan = store.inputs.scan
    out, err = _Tee(sys.stdout), _Tee(sys.stderr)
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
        store.store(Answer(out.text(), err.text(), code))
    if code:
        raise SystemExit(code)
    return None
