from __future__ import annotations

from pathlib import Path

import click

from adrtool.cli._app import App, echo, echo_error, pass_app
from adrtool.errors import ExitCode


@click.command()
@click.option("--output", "-o", metavar="DIR", help="Where to write the site (default: _site in the project). "
              "A directory adr site did not write is never replaced.")
@click.option("--title", default="Decision log", show_default=True, help="The site's name, on every page.")
@click.option("--no-git", is_flag=True, help="Leave out the timelines from git history.")
@click.option("--serve", is_flag=True, help="Then serve it on localhost, and build it again when a record of any "
              "log, the config, the calendar or a template changes.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="With --serve: the port (0: any free one).")
@pass_app
def command(app: App, output: str | None, title: str, no_git: bool, serve: bool, port: int) -> ExitCode:
    """Write the decision log as a static site: a searchable table, a page per record, what is due, the graph.

    The site needs no network and works from file:// or any static host. Unreadable records are left out
    (and reported: exit 2).

    \b
    Examples:
      adr site && xdg-open _site/index.html
      adr site --output public --title "Neutron decisions"
      adr site --serve --port 8080
    """
    from adrtool.site import build

    target = Path(output) if output is not None else app.workspace.root / build.DEFAULT_OUTPUT

    def make() -> int:
        log = app.load_log()
        source = build.gather(app.workspace, log, app.calendar, app.today, app.record_text, use_git=not no_git,
                              title=title, store=app.store)
        build.write_site(source, target)
        for failure in log.failures:
            echo_error(f"{failure}; left out of the site")
        return len(log.failures)

    def rebuild() -> int:
        app.relocate()  # the config may have changed: a log added, another calendar
        return make()

    failures = make()
    echo(app.workspace.relative(target.resolve() / "index.html"))
    if serve:
        from adrtool.site.serve import inputs
        from adrtool.site.serve import serve as serve_site

        serve_site(target, port, lambda: inputs(app.workspace, target.resolve()), rebuild,
                   announce=lambda text: echo(text, err=True))
        return ExitCode.OK
    return ExitCode.USAGE if failures else ExitCode.OK
