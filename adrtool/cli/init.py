from __future__ import annotations

import click

from adrtool.cli._app import App, pass_app


@click.command()
@click.option("--dir", "directory", metavar="DIR", help="Where to create the log (default: decisions/).")
@pass_app
def command(app: App, directory: str | None) -> None:
    """Start a decision log: the directory, record 0001 and the index.

    Refuses if the directory already holds records.

    \b
    Example:
      adr init --dir doc/adr
    """
    from adrtool.create import init_log

    if directory is not None:
        app.directory = directory
    created = init_log(app.workspace, app.today)
    click.echo(app.workspace.relative(created.path))
