from __future__ import annotations

import click

from adrtool.cli._app import App, echo, pass_app
from adrtool.cli._options import lazy


@click.command()
@click.argument("ref", nargs=-1, required=True, shell_complete=lazy("records"))
@pass_app
def command(app: App, ref: tuple[str, ...]) -> None:
    """Open a record in your editor ($VISUAL, else $EDITOR): REF is a number, a file name or words of its title.

    Prints the record's path; afterwards keeps an index that `adr index` wrote in step.

    \b
    Examples:
      adr edit 7
      adr edit linuxbridge backend
    """
    from adrtool.records.search import find_record

    record = find_record(app.load_log(), ref)
    echo(app.workspace.shown(record.path))
    click.edit(filename=str(record.path))
    app.refresh_index()
