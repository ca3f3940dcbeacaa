"""What passes from the SDK's server to its stdio transport, and what adrtool makes sure of there: every
answer can be written.

An answer JSON cannot carry (text holding lone surrogates: a file name that is not UTF-8, read as Python
reads such names) is written with U+FFFD in their place; one that still cannot be written becomes an error
answer to its request. The transport would otherwise fail on it, and end the server.
"""

from __future__ import annotations

import re
from types import TracebackType
from typing import Any

from mcp import types
from mcp.shared.message import SessionMessage

from adrtool.errors import report_bug

_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


class Answers:
    """The server's write stream: each message made writable (``writable``) on its way to the transport."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    async def send(self, item: SessionMessage, /) -> None:
        message = writable(item.message)
        if message is not None:
            await self._inner.send(item if message is item.message else SessionMessage(message, item.metadata))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def __aenter__(self) -> Answers:
        return self

    async def __aexit__(self, kind: type[BaseException] | None, error: BaseException | None,
                        traceback: TracebackType | None) -> None:
        await self.aclose()


def writable(message: types.JSONRPCMessage) -> types.JSONRPCMessage | None:
    """``message``, if the transport can write it (as it does, as JSON in UTF-8); else the same with every
    lone surrogate replaced; else, for an answer, an error answer saying why; else None (nothing to send)."""
    try:
        _serialize(message)
        return message
    except Exception:  # a PydanticSerializationError, or anything else that would end the transport
        pass
    try:
        replaced = types.jsonrpc_message_adapter.validate_python(
            without_surrogates(message.model_dump(by_alias=True, exclude_unset=True)), by_name=False)
        _serialize(replaced)
        return replaced
    except Exception as error:
        if not isinstance(message, (types.JSONRPCResponse, types.JSONRPCError)):
            return None
        return types.JSONRPCError(jsonrpc="2.0", id=message.id, error=types.ErrorData(
            code=types.INTERNAL_ERROR, message=f"adr: {report_bug(error)}"))


def _serialize(message: types.JSONRPCMessage) -> None:
    message.model_dump_json(by_alias=True, exclude_unset=True)  # as the transport writes it


def without_surrogates(value: Any) -> Any:
    """``value`` (JSON data) with every lone surrogate in its text replaced by U+FFFD."""
    if isinstance(value, str):
        return _SURROGATE.sub(REPLACEMENT, value)
    if isinstance(value, dict):
        return {without_surrogates(key): without_surrogates(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [without_surrogates(item) for item in value]
    return value
