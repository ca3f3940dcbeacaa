"""The MCP server on stdio: the SDK's low-level server, whose handlers answer from ``adrtool.mcp.tools`` and
``adrtool.mcp.resources``, over the channel of ``adrtool.mcp.channel``. With it, the one module that imports
the SDK (the extra `adrtool[mcp]`).

While it serves, file descriptor 1 points at stderr (the SDK's doing) and 0 at the null device (ours: the
channel reads the lines itself), and the protocol is spoken on duplicates of them, so nothing else in the
process, git's children included, can write into the protocol or read from it: a cache's warning lands on
stderr.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import anyio
from mcp import types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server
from mcp.shared.exceptions import MCPError

from adrtool import __version__
from adrtool.errors import AdrError, NotFound, OutputError, report_bug
from adrtool.mcp import resources, tools
from adrtool.mcp.channel import Channel, Lines
from adrtool.mcp.session import Session

READ_ONLY = types.ToolAnnotations(read_only_hint=True, destructive_hint=False, idempotent_hint=True,
                                  open_world_hint=False)
WRITING = types.ToolAnnotations(read_only_hint=False, destructive_hint=False, idempotent_hint=False,
                                open_world_hint=False)


def serve(session: Session) -> None:
    """Serve until the client closes stdin, every request read answered. A channel that fails (stdout on a full
    disk, stdin unreadable) is an OutputError; a client that went away (a broken pipe) ends it quietly."""
    try:
        anyio.run(_serve, session)
    except Exception as error:
        failed = channel_failure(error)
        if failed is None:
            raise
        if isinstance(failed, BrokenPipeError):
            raise failed from None
        raise OutputError(f"cannot serve MCP on stdin and stdout: {failed.strerror or failed}") from None


async def _serve(session: Session) -> None:
    server = build(session)
    with claimed_stdin() as wire:
        lines = Lines(wire)
        async with stdio_server(stdin=lines) as (read_stream, write_stream):
            channel = Channel(read_stream, write_stream, lines)
            await server.run(channel.requests, channel.answers, server.create_initialization_options())


@contextmanager
def claimed_stdin() -> Iterator[io.TextIOWrapper]:
    """Stdin as text, read from a duplicate of file descriptor 0, which points at the null device meanwhile.

    Neither the duplicate nor the text stream is closed: a worker thread may still be blocked reading it when
    the server ends (the SDK keeps its own the same way)."""
    wire = os.dup(0)
    try:
        null = os.open(os.devnull, os.O_RDONLY)
        try:
            os.dup2(null, 0)
        finally:
            os.close(null)
        yield io.TextIOWrapper(io.BufferedReader(io.FileIO(wire, "rb", closefd=False)), encoding="utf-8",
                               errors="replace")
    finally:
        os.dup2(wire, 0)


def channel_failure(error: BaseException) -> OSError | None:
    """The OSError that ended the transport, which anyio's task group reports in an exception group."""
    if isinstance(error, OSError):
        return error
    return next(filter(None, map(channel_failure, getattr(error, "exceptions", ()))), None)


def build(session: Session) -> Server[Any]:
    """The low-level server for ``session``, its handlers registered."""

    async def list_tools(context: Any, params: Any) -> types.ListToolsResult:
        return types.ListToolsResult(tools=[
            types.Tool(name=tool.name, title=tool.title, description=tool.description,
                       input_schema=tool.input_schema(), annotations=WRITING if tool.writes else READ_ONLY)
            for tool in tools.offered(session.allow_writes)])

    async def call_tool(context: Any, params: types.CallToolRequestParams) -> types.CallToolResult:
        try:
            answer = tools.call(session, params.name, params.arguments)
        except Exception as error:  # every failure goes back to the agent as one line
            return types.CallToolResult(content=[types.TextContent(text=f"adr: {failure_line(error)}")],
                                        is_error=True)
        return types.CallToolResult(content=[types.TextContent(text=tools.as_text(answer))],
                                    structured_content=answer)

    async def list_resources(context: Any, params: Any) -> types.ListResourcesResult:
        try:
            listed = resources.listing(session.call())
        except AdrError:
            listed = []  # no log to list yet: the tools say why
        except Exception as error:  # one line, as for a tool, not a traceback the SDK logs
            raise MCPError(types.INTERNAL_ERROR, f"adr: {failure_line(error)}") from None
        return types.ListResourcesResult(resources=[
            types.Resource(uri=item.uri, name=item.name, title=item.title, description=item.description,
                           mime_type=resources.MARKDOWN) for item in listed])

    async def list_templates(context: Any, params: Any) -> types.ListResourceTemplatesResult:
        return types.ListResourceTemplatesResult(resource_templates=[
            types.ResourceTemplate(uri_template=resources.RECORD_TEMPLATE, name="decision",
                                   title="A decision record",
                                   description="A record's Markdown, by number (7), or by file name.",
                                   mime_type=resources.MARKDOWN)])

    async def read_resource(context: Any, params: types.ReadResourceRequestParams) -> types.ReadResourceResult:
        uri = str(params.uri)
        try:
            text = resources.read(session.call(), uri)
        except Exception as error:  # one line, as for a tool
            code = types.INVALID_PARAMS if isinstance(error, NotFound) else types.INTERNAL_ERROR
            raise MCPError(code, f"adr: {failure_line(error)}") from None
        return types.ReadResourceResult(contents=[
            types.TextResourceContents(uri=uri, text=text, mime_type=resources.MARKDOWN)])

    return Server("adrtool", version=__version__, title="adrtool: decisions and when they are due",
                  instructions=tools.INSTRUCTIONS, on_list_tools=list_tools, on_call_tool=call_tool,
                  on_list_resources=list_resources, on_list_resource_templates=list_templates,
                  on_read_resource=read_resource)


def failure_line(error: Exception) -> str:
    """The line the CLI prints for ``error`` after `adr: ` (``adrtool.cli.run``)."""
    if isinstance(error, AdrError):
        return str(error)
    if isinstance(error, OSError):
        return f"{error.strerror or error}{f': {error.filename}' if error.filename else ''}"
    return report_bug(error)
