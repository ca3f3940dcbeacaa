from __future__ import annotations

import click

from adrtool.cli._app import App, echo, pass_app


@click.command()
@click.option("--dir", "directory", metavar="DIR", help="Where to create the log (default: decisions/).")
@pass_app
def command(app: App, directory: str | None) -> None:
    """Start a decision log: the directory, record 0001 and the index.

    When the project has no config yet, and no other tool's file names its log (`adrs.toml`, `.adr-dir`),
    `.adr.toml` is written too: it asks for a revisit point on every active decision (`require-revisit`), and
    names the directory when it is not decisions/.
    Refuses if the directory already holds records.

    \b
    Example:
      adr init --dir doc/adr
    """
    from adrtool.cli._writing import write
    from adrtool.records.create import plan_init, prepare_init, write_first_config

    if directory is not None:
        app.directory = directory
    workspace, today = app.workspace, app.today
    target = prepare_init(workspace)
    created, indexes = write(app, lambda log: plan_init(log, workspace, today), directory=target, create_index=True)
    from adrtool.views.visible import guarded

    echo(guarded(workspace.shown(created.path)))
    config = write_first_config(workspace)
    if config is not None:
        echo(guarded(workspace.shown(config)))
    for index in indexes:
        echo(guarded(workspace.shown(index)))
