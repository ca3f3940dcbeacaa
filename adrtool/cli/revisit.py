from __future__ import annotations

import datetime as dt

import click

from adrtool.cli._app import App, IsoDate, pass_app
from adrtool.cli._options import lazy, ref_argument


@click.command()
@ref_argument()
@click.option("--outcome", "-o", required=True, type=click.Choice(["kept", "changed", "superseded", "dropped"]),
              help="kept/changed: stays active until --next; superseded: --by N replaces it; dropped: "
                   "deprecated.")
@click.option("--next", "next_point", metavar="POINT",
              help="Next revisit point: a cycle, an event of one (xena:ff), a date, or never.",
              shell_complete=lazy("revisit_points"))
@click.option("--by", metavar="N", help="With --outcome superseded: the record that replaces it.",
              shell_complete=lazy("records"))
@click.option("--note", metavar="TEXT", help="What was said, in one line.")
@click.option("--date", "day", type=IsoDate(), metavar="DATE", help="When it was revisited (default: today).")
@pass_app
def command(app: App, ref: str, outcome: str, next_point: str | None, by: str | None, note: str | None,
            day: dt.date | None) -> None:
    """Record the outcome of a revisit, so the decision stops being due.

    Appends {date, cycle, outcome, next, note} to the record's `revisits` list (the cycle where the log
    keeps to release cycles) and moves `revisit` to the next point.

    \b
    Examples:
      adr revisit 7 --outcome kept --next zed --note "NASA still uses it"
      adr revisit 9 --outcome superseded --by 21
    """
    from adrtool.cli.lifecycle import _apply
    from adrtool.records.lifecycle import record_revisit

    calendar, today, config = app.calendar, day or app.today, app.workspace.config
    _apply(app, lambda log: record_revisit(log, ref, calendar, outcome=outcome, day=today, next_point=next_point,
                                           note=note, by=by, config=config))
