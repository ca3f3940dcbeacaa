from __future__ import annotations

import datetime as dt

import click

from adrtool.cli._app import App, IsoDate, echo, echo_error, pass_app
from adrtool.errors import ExitCode


@click.command()
@click.option("--cycle", "-c", metavar="CYCLE", help="Due at this cycle's PTG (name or number: yoga, 2023.1).")
@click.option("--as-of", type=IsoDate(), metavar="DATE", help="Due on this day instead of at a PTG.")
@click.option("--format", "output", type=click.Choice(["text", "json", "markdown", "github"]), default="text",
              show_default=True, help="markdown: an agenda for the PTG etherpad; github: workflow annotations.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when decisions are due.")
@click.option("--at", metavar="REV|DATE", help="Judge the records as they were at commit REV (branch, tag, sha) "
              "or on DATE (the last commit on or before it), read from git without a checkout.")
@pass_app
def command(app: App, cycle: str | None, as_of: dt.date | None, output: str, exit_zero: bool,
            at: str | None) -> ExitCode:
    """List the active decisions due for a revisit.

    Without --cycle or --as-of: at the coming PTG, the first in the calendar whose last day is today or
    later. Exit 1 when anything is due, 0 when nothing is.

    \b
    Examples:
      adr due --cycle yoga
      adr due --cycle 2023.1 --format markdown
      adr due --as-of 2021-12-31 --format json
      adr due --cycle yoga --at 2021-10-18      # by the log as it was that day
    """
    from adrtool.calendar.due import Deadline, coming_ptg, due_decisions
    from adrtool.views import due_report

    if cycle is not None and as_of is not None:
        raise click.UsageError("give --cycle or --as-of, not both")
    calendar = app.calendar
    if cycle is not None:
        deadline = Deadline.at_ptg(calendar.find_with_ptg(cycle))
    elif as_of is not None:
        deadline = Deadline.on_day(as_of)
    else:
        deadline = coming_ptg(calendar, app.today)
    log = app.load_log(at)
    due, unplaceable = due_decisions(log.records, calendar, deadline, app.workspace.config.active_statuses)

    workspace = app.workspace
    if output == "json":
        echo(due_report.as_json(due, workspace))
    elif output == "markdown":
        echo(due_report.as_markdown(due, deadline, workspace, app.record_text))
    elif output == "github":
        if due:
            echo(due_report.as_github(due, deadline, workspace))
    else:
        echo(due_report.as_text(due, deadline, workspace))
    for item in unplaceable:
        echo_error(f"{workspace.relative(item.record.path)}: {item.reason}; not counted (see adr validate)")
    for failure in log.failures:
        echo_error(str(failure))
    if log.failures:
        return ExitCode.USAGE
    if due and not exit_zero:
        return ExitCode.FINDINGS
    return ExitCode.OK
