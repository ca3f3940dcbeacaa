from __future__ import annotations

import datetime as dt

import click

from adrtool.cli._app import App, IsoDate, echo, pass_app
from adrtool.cli._options import FormatChoice, lazy


@click.command()
@click.argument("cycle", required=False, shell_complete=lazy("cycles"))
@click.option("--format", "output", type=FormatChoice(["text", "json"]), default="text", show_default=True)
@click.option("--as-of", type=IsoDate(), metavar="DATE", help="Mark the current cycle and next PTG as of DATE "
              "(default: today).")
@pass_app
def command(app: App, cycle: str | None, output: str, as_of: dt.date | None) -> None:
    """Show the release calendar, marking the current cycle and the next PTG; or, given CYCLE, its events.

    Both marks are computed from the dates, as of today or --as-of. After the last published series come
    projected ones, numbered (2027.2), three years ahead of today: marked projected. A cycle's events are
    the revisit points it offers: CYCLE:EVENT (xena:ff), due on the first day of the event's week.

    \b
    Examples:
      adr cycles
      adr cycles --as-of 2021-09-01 --format json
      adr cycles xena
      adr cycles 2027.2 --format json
    """
    from adrtool.views import cycles_report

    calendar = app.calendar
    if cycle is not None:
        found = calendar.find(cycle)
        rows = cycles_report.event_rows(found)
        echo(cycles_report.as_json(rows) if output == "json" else cycles_report.events_text(found))
        return
    view = cycles_report.calendar_view(calendar, as_of or app.today, app.today)
    echo(cycles_report.as_json(view.rows()) if output == "json" else view.table())
