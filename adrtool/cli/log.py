from __future__ import annotations

import click

from adrtool.cli._app import App, echo, echo_error, pass_app
from adrtool.cli._options import FormatChoice, ref_argument


@click.command()
@ref_argument(required=False)
@click.option("--since", metavar="DATE|REV", help="Only changes on or after DATE (YYYY-MM-DD, author date), or "
              "made since revision REV (REV..HEAD).")
@click.option("--format", "output", type=FormatChoice(["text", "json"]), default="text", show_default=True)
@pass_app
def command(app: App, ref: str | None, since: str | None, output: str) -> None:
    """What git knows about the decisions: who changed what, and when.

    With REF (a number, file name or path): the timeline of that decision, oldest first: the commit that
    created it and each one that changed its status, revisit point or successor, or renamed it
    (renumbering keeps the history), or moved it into the log from another directory (its history there
    comes first, as `git log --follow` finds it). Without REF: every such change in the whole log, newest
    first.

    Needs a git repository (exit 2 outside one). In a shallow clone, says where the history is cut and
    shows what is there.

    \b
    Examples:
      adr log 7
      adr log --since 2021-10-01
      adr log --since origin/main --format json
    """
    from adrtool.views.output import table, to_json
    from adrtool.views.timeline import timeline

    found = timeline(app.workspace, app.store, ref, since)
    for note in found.notes:
        echo_error(note)
    if output == "json":
        echo(to_json(found.data()))
    elif found.events:
        echo(table(found.rows(), found.columns()))
    truncation = found.truncation()
    if truncation is not None:
        echo_error(truncation)
