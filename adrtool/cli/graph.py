from __future__ import annotations

from typing import TYPE_CHECKING

import click

from adrtool.cli._app import App, echo, echo_error, pass_app
from adrtool.errors import ExitCode

if TYPE_CHECKING:
    from adrtool.errors import ReadError
    from adrtool.project.workspace import Workspace


def failure_text(failure: ReadError, workspace: Workspace) -> str:
    """An unreadable record's error with its path relative to the project, as validate shows it."""
    if failure.path is None:
        return failure.message
    where = workspace.shown(failure.path) + (f":{failure.line}" if failure.line is not None else "")
    return f"{where}: {failure.message}"


@click.command()
@click.option("--format", "output", type=click.Choice(["mermaid", "dot"]), default="mermaid", show_default=True,
              help="mermaid renders on GitHub, Gitea and GitLab; dot is for Graphviz.")
@pass_app
def command(app: App, output: str) -> ExitCode:
    """Print the graph of supersedes and relates-to links between records.

    Only records with a link are drawn. Mermaid output is empty when no record links to another.

    \b
    Examples:
      adr graph
      adr graph --format dot | dot -Tsvg > decisions.svg
    """
    from adrtool.views import graph

    log = app.load_log()
    root = str(app.workspace.root)
    text = graph.mermaid(log.records, root) if output == "mermaid" else graph.dot(log.records, root)
    echo(text, nl=False)
    for failure in log.failures:
        echo_error(f"{failure_text(failure, app.workspace)}; left out of the graph")
    if log.failures:
        return ExitCode.USAGE
    return ExitCode.OK
