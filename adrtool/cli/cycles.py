from __future__ import annotations

import datetime as dt

import click

from adrtool.cli._app import App, IsoDate, echo, pass_app


@click.command()
@click.option("--format", "output", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--as-of", type=IsoDate(), metavar="DATE", help="Mark the current cycle and next PTG as of DATE "
              "(default: today).")
@pass_app
def command(app: App, output: str, as_of: dt.date | None) -> None:
    """Show the release calendar, marking the current cycle and the next PTG.

    Both marks are computed from the dates, as of today or --as-of.

    \b
    Examples:
      adr cycles
      adr cycles --as-of 2021-09-01 --format json
    """
    from adrtool.views.output import table, to_json

    calendar = app.calendar
    day = as_of or app.today
    current = calendar.current(day)
    coming = calendar.next_ptg(day)
    rows: list[dict[str, object]] = []
    for cycle in calendar:
        rows.append({
            "name": cycle.name, "display": cycle.display, "number": cycle.number,
            "release_date": cycle.release_date.isoformat(),
            "ptg_start": cycle.ptg_start.isoformat() if cycle.ptg_start else None,
            "ptg_end": cycle.ptg_end.isoformat() if cycle.ptg_end else None,
            "current": cycle == current, "next_ptg": cycle == coming,
        })
    if output == "json":
        echo(to_json(rows))
        return
    lines = []
    for cycle in calendar:
        marks = [mark for mark, flag in (("current", cycle == current), ("next PTG", cycle == coming)) if flag]
        ptg = f"{cycle.ptg_start.isoformat()} to {cycle.ptg_end.isoformat()}" \
            if cycle.ptg_start and cycle.ptg_end else "-"
        lines.append([cycle.display, cycle.number or "-", cycle.release_date.isoformat(), ptg, ", ".join(marks)])
    echo(table(lines, ["CYCLE", "NUMBER", "RELEASE", "PTG", ""]))
