from __future__ import annotations

import click

from adrtool.cli._app import App, echo, echo_error, pass_app


@click.command()
@click.option("--dir", "directory", metavar="DIR", help="Where to create the log (default: decisions/).")
@pass_app
def command(app: App, directory: str | None) -> None:
    """Start a decision log: the directory, record 0001 and the index.

    When the project has no config yet, `.adr.toml` is written too: it asks for a revisit point on every
    active decision (`require-revisit`), and names the directory when it is not decisions/.
    Refuses if the directory already holds records.

    \b
    Example:
      adr init --dir doc/adr
    """
    from adrtool.records.create import init_log

    if directory is not None:
        app.directory = directory
    created = init_log(app.workspace, app.today)
    echo(app.workspace.shown(created.path))
    if created.config is not None:
        echo(app.workspace.shown(created.config))
    from adrtool.views.index import index_state, write_index

    state = index_state(app.workspace, app.load_log(), app.calendar)
    if state.ours:
        write_index(state)
        echo(app.workspace.shown(state.path))
    else:
        echo_error(f"{app.workspace.shown(state.path)} exists and was not written by `adr index`; "
                   "left as it is (set `index` in config to another name)")
