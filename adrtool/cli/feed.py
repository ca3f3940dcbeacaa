from __future__ import annotations

import sys
from pathlib import Path

import click

from adrtool.cli._app import App, echo_error, pass_app
from adrtool.errors import ExitCode


@click.command()
@click.argument("what", type=click.Choice(["decisions", "cycles"]), default="decisions")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Write the feed to FILE (atomically) instead of stdout: a file of the project, outside its "
              "decision directories and .git, and never over a file adr feed did not write.")
@click.option("--name", metavar="NAME", help="The calendar's name, also the right-hand side of its UIDs "
              "(default: the project directory's name).")
@click.option("--team-events", is_flag=True, help="cycles: each team's own deadlines too, not only the PTG, "
              "milestones, freezes and releases.")
@pass_app
def command(app: App, what: str, output: Path | None, name: str | None, team_events: bool) -> ExitCode:
    """Write an iCalendar (.ics) feed to subscribe to.

    decisions: one all-day event per active decision with a revisit point, on the day it falls due, titled
    with the decision; its UID stays the same while the decision and its revisit point do.
    cycles: the release calendar's events (PTG weeks, milestones, freezes, releases), each over its
    schedule week, projected cycles marked tentative.

    \b
    Examples:
      adr feed -o public/decisions.ics
      adr feed cycles --name OpenStack -o public/cycles.ics
    """
    from adrtool.records.values import statuses_as_read
    from adrtool.views import feeds

    workspace = app.workspace
    title = name or workspace.root.name
    calendar = app.calendar
    log = None
    if what == "cycles":
        text = feeds.cycles_feed(calendar.cycles, title, app.today, team_events=team_events)
    else:
        log = app.load_log()
        text, unplaceable = feeds.revisit_feed(log.records, calendar, workspace, title, app.today,
                                               statuses_as_read(workspace.config.due_statuses))
        for item in unplaceable:
            echo_error(f"{workspace.shown(item.record.path)}: {item.reason}; not in the feed (see adr validate)")
        for failure in log.failures:
            echo_error(str(failure))
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))  # bytes: the CRLF line ends go out as they are
        sys.stdout.buffer.flush()
    else:
        echo_error(f"wrote {workspace.shown(feeds.write_feed(workspace, output, text))}")
    return ExitCode.USAGE if log is not None and log.failures else ExitCode.OK
