from __future__ import annotations

import click

from adrtool.cli._app import App, echo_error, pass_app

# The modules of the SDK's version 2 the server imports: missing, the extra is not installed (or an older SDK is).
SDK_MODULES = ("mcp", "mcp_types", "anyio")


@click.command()
@click.option("--project", type=click.Path(exists=True, file_okay=False), metavar="PATH", help="The project "
              "whose log to serve, found from there as the commands find it (default: the working directory): "
              "for a client that starts servers elsewhere.")
@click.option("--allow-writes", is_flag=True, help="Offer the write tools too (new, revisit, accept, supersede, "
              "link); each shows its diff and writes only when called again with confirm.")
@pass_app
def command(app: App, project: str | None, allow_writes: bool) -> None:
    """Serve the decision log to coding agents over MCP (the Model Context Protocol), on stdin and stdout.

    An agent client starts it in the project (README: registering it). Its tools answer from the same code
    as the commands: list, show, search, due, cycles, log, validate; with --allow-writes also new, revisit,
    accept, supersede and link. Each record is a resource, adr://decisions/N, and so is the index,
    adr://index. Needs the MCP SDK: the extra adrtool[mcp], or pip install 'mcp>=2.3,<3'.

    \b
    Examples:
      adr mcp
      adr mcp --allow-writes
      adr mcp --project ~/src/neutron
    """
    import sys
    from pathlib import Path

    from adrtool.errors import UsageError
    from adrtool.mcp.session import Session

    try:
        from adrtool.mcp.server import serve
    except ModuleNotFoundError as error:
        if (error.name or "").partition(".")[0] not in SDK_MODULES:
            raise
        raise UsageError("adr mcp needs the MCP SDK, version 2: pip install 'mcp>=2.3,<3' "
                         "(in adrtool's environment)") from None
    if sys.stdin is None:
        raise UsageError("cannot read requests: stdin is closed")
    if sys.stdin.isatty():
        echo_error("serving the decision log over MCP on stdin and stdout, for an agent client (README: adr mcp); "
                   "Ctrl-D ends it")
    start = Path(project).resolve() if project is not None else Path.cwd()
    serve(Session(start, app.directory, app.today_option, allow_writes))
