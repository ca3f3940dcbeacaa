"""What passes between the SDK's stdio transport and its server, and what adrtool makes sure of there: every
request read gets one answer, and every answer can be written.

- An answer JSON cannot carry (text holding lone surrogates: a file name that is not UTF-8, read as Python
  reads such names) is written with U+FFFD in their place; one that still cannot be written becomes an error
  answer to its request. The transport would otherwise fail on it, and end the server.
- A line that is not a JSON-RPC message (not JSON, nested too deeply, a lone surrogate escaped) reaches the
  server as an exception, which it drops without a word: it is answered here with JSON-RPC's error, under the
  request's id when it has one.
- A request whose id is none MCP allows (null, a boolean, a fraction, a list, an object) is read by the SDK as a
  notification, its id dropped, and would get no answer: the line it came from (``Lines``) shows the id, and it
  is answered with JSON-RPC's invalid request.
- A blank line is no message, and gets no answer (``Lines``).
- At the end of input the server cancels what it has not answered: the end is passed on only once every
  request read has its answer (or was cancelled by the client).
"""

from __future__ import annotations

import json
import re
from collections import Counter, deque
from types import TracebackType
from typing import IO, Any

import anyio
from mcp import types
from mcp.shared.dispatcher import coerce_request_id
from mcp.shared.message import SessionMessage
from pydantic import ValidationError

from adrtool.errors import report_bug

_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


class Channel:
    """The two streams the server runs on, over the transport's: ``requests`` and ``answers``."""

    def __init__(self, incoming: Any, outgoing: Any, lines: Lines | None = None) -> None:
        self.requests = Requests(self, incoming, lines)
        self.answers = Answers(self, outgoing)
        self._unanswered: Counter[types.RequestId] = Counter()
        self._all_answered: anyio.Event | None = None

    def read(self, message: types.JSONRPCMessage) -> None:
        if isinstance(message, types.JSONRPCRequest):
            self._unanswered[coerce_request_id(message.id)] += 1
        elif isinstance(message, types.JSONRPCNotification) and message.method == "notifications/cancelled":
            self._settle((message.params or {}).get("requestId"))  # the client wants no answer to it

    def written(self, message: types.JSONRPCMessage) -> None:
        if isinstance(message, (types.JSONRPCResponse, types.JSONRPCError)):
            self._settle(message.id)

    def _settle(self, named: Any) -> None:
        """One request answered (or cancelled); ids correlate as the SDK has them, 7 and "7" alike."""
        if not isinstance(named, (int, str)):
            return
        request_id = coerce_request_id(named)
        if self._unanswered[request_id] == 0:
            return
        self._unanswered[request_id] -= 1
        if self._unanswered[request_id] == 0:
            del self._unanswered[request_id]
        if not self._unanswered and self._all_answered is not None:
            self._all_answered.set()

    async def answered(self) -> None:
        """Return once every request read has been answered."""
        while self._unanswered:
            self._all_answered = anyio.Event()
            await self._all_answered.wait()

    async def refuse(self, failure: Exception) -> None:
        """Answer a line the transport could not make a message of, unless it was itself an answer."""
        refusal = refusal_of(failure)
        if refusal is not None:
            await self.answers.deliver(SessionMessage(refusal))

    async def refuse_id(self, request_id: Any) -> None:
        """Answer a request whose id MCP does not allow, under no id (JSON-RPC's answer when the id is unknown)."""
        await self.answers.deliver(SessionMessage(_error(None, types.INVALID_REQUEST, "adr: not a request MCP "
                                                         f"answers: its id must be a string or an integer, not "
                                                         f"{_kind_of(request_id)}")))


class Lines(anyio.AsyncFile[str]):
    """The transport's stdin: the lines of ``wire``, each kept until the message the transport made of it is
    taken (the transport makes one message, or one exception, of every line it reads, in order). A blank line
    between messages holds none: it is passed over, as clients' transports and other servers do, rather than
    answered as text that is not JSON."""

    def __init__(self, wire: IO[str]) -> None:
        super().__init__(wire)
        self._unread: deque[str] = deque()

    async def readline(self) -> str:
        line = await super().readline()
        while line and not line.strip():
            line = await super().readline()
        if line:
            self._unread.append(line)
        return line

    def taken(self) -> str:
        """The line of the message taken now."""
        return self._unread.popleft()


class Requests:
    """The server's read stream: the transport's messages, lines that are no message answered (``refuse``), and
    its end held back until every request read is answered."""

    def __init__(self, channel: Channel, inner: Any, lines: Lines | None = None) -> None:
        self._channel = channel
        self._inner = inner
        self._lines = lines

    @property
    def last_context(self) -> Any:
        """The sender's context of the last message, as the transport's stream keeps it (the SDK asks)."""
        return getattr(self._inner, "last_context", None)

    async def receive(self) -> SessionMessage:
        while True:
            try:
                item: SessionMessage | Exception = await self._inner.receive()
            except anyio.EndOfStream:
                await self._channel.answered()
                raise
            line = self._lines.taken() if self._lines is not None else None
            if isinstance(item, Exception):
                await self._channel.refuse(item)
                continue
            if isinstance(item.message, types.JSONRPCNotification) and line is not None:
                named = named_id(line)
                if named is not _NO_ID:
                    await self._channel.refuse_id(named)
                    continue
            self._channel.read(item.message)
            return item

    async def aclose(self) -> None:
        await self._inner.aclose()

    def __aiter__(self) -> Requests:
        return self

    async def __anext__(self) -> SessionMessage:
        try:
            return await self.receive()
        except anyio.EndOfStream:
            raise StopAsyncIteration from None

    async def __aenter__(self) -> Requests:
        return self

    async def __aexit__(self, kind: type[BaseException] | None, error: BaseException | None,
                        traceback: TracebackType | None) -> None:
        await self.aclose()


class Answers:
    """The server's write stream: each message made writable (``writable``) on its way to the transport."""

    def __init__(self, channel: Channel, inner: Any) -> None:
        self._channel = channel
        self._inner = inner

    async def send(self, item: SessionMessage, /) -> None:
        try:
            await self.deliver(item)
        finally:
            self._channel.written(item.message)

    async def deliver(self, item: SessionMessage) -> None:
        """Send ``item``, made writable, answering no request the channel counts."""
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


def refusal_of(failure: Exception) -> types.JSONRPCError | None:
    """JSON-RPC's error answer to a line the transport could not read as a message: a parse error for text
    that is not JSON, an invalid request otherwise (under the request's id when it names one); None for a line
    that was itself an answer (it gets none)."""
    try:
        data = _data_of(failure)
    except _Unreadable as reason:
        return _error(None, types.PARSE_ERROR, f"adr: {reason}")
    if isinstance(data, dict) and "method" not in data and ("result" in data or "error" in data):
        return None
    request_id = data.get("id") if isinstance(data, dict) else None
    if not isinstance(request_id, (int, str)) or isinstance(request_id, bool):
        request_id = None
    if without_surrogates(data) != data:
        return _error(request_id, types.INVALID_REQUEST, "adr: the request holds a lone surrogate (an escape "
                      "from \\ud800 to \\udfff not in a pair), which is no character")
    return _error(request_id, types.INVALID_REQUEST, "adr: not a JSON-RPC 2.0 request: it needs jsonrpc \"2.0\", "
                  "an id, a method and, if any, params that are an object")


_NO_ID = object()


def named_id(line: str) -> Any:
    """The id ``line`` names, whatever it is (null too); ``_NO_ID`` when it names none."""
    try:
        data = json.loads(line)
    except (ValueError, RecursionError):
        return _NO_ID
    return data.get("id", _NO_ID) if isinstance(data, dict) else _NO_ID


def _kind_of(request_id: Any) -> str:
    if request_id is None:
        return "null"
    if isinstance(request_id, bool):
        return "a boolean"
    if isinstance(request_id, float):
        return "a number with a fraction or an exponent"
    return "a list" if isinstance(request_id, list) else "an object"


class _Unreadable(Exception):
    """A line that is not JSON."""


def _data_of(failure: Exception) -> Any:
    """What the line the transport read holds, as far as it is JSON: pydantic's error keeps the line (invalid
    JSON to pydantic, which refuses lone surrogates that Python's json reads) or the whole message (valid JSON,
    but no JSON-RPC message) as some error's input."""
    errors = failure.errors() if isinstance(failure, ValidationError) else []
    line = next((error["input"] for error in errors if error["type"] == "json_invalid"), None)
    if isinstance(line, str):
        try:
            return json.loads(line)
        except RecursionError:
            raise _Unreadable("the line's JSON is nested too deeply") from None
        except ValueError as error:
            raise _Unreadable(f"the line is not JSON: {error}") from None
    # A union member's name starts each location: the message itself is the input of an error at the member,
    # and of a field missing from it.
    whole = [error["input"] for error in errors if len(error["loc"]) - (error["type"] == "missing") <= 1]
    if not whole:
        raise _Unreadable("the line is not a JSON-RPC message")
    return whole[0]


def _error(request_id: types.RequestId | None, code: int, message: str) -> types.JSONRPCError:
    return types.JSONRPCError(jsonrpc="2.0", id=request_id, error=types.ErrorData(code=code, message=message))
