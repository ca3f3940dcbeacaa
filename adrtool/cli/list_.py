from __future__ import annotations

import click

from adrtool.cli._app import App, echo, echo_error, pass_app
from adrtool.cli._options import FormatChoice, status_option, tag_option
from adrtool.errors import ExitCode


@click.command()
@status_option()
@tag_option()
@click.option("--format", "output", type=FormatChoice(["text", "json", "csv"]), default="text",
              show_default=True, help="text: a table for people (also `table`); csv: a text cell opening "
              "with =, +, -, @ gets a ' before it (a spreadsheet shows it, never runs it).")
@click.option("--at", metavar="REV|DATE", help="The records as they were at commit REV (branch, tag, sha) or on "
              "DATE (the last commit on or before it), read from git without a checkout.")
@click.option("--git-dates", is_flag=True, help="Add the created and last-changed days git knows (one pass over "
              "the history): CREATED and CHANGED, `created` and `last_changed`; DATE stays the record's.")
@pass_app
def command(app: App, statuses: tuple[str, ...], tags: tuple[str, ...], output: str, at: str | None,
            git_dates: bool) -> ExitCode:
    """List the decision records.

    Files that cannot be read are named on stderr, after the records that could be; the exit code is
    then 2.

    \b
    Examples:
      adr list
      adr list -s accepted -t ovn --format json
      adr list --at 2021-10-18 --git-dates     # the log as it was that day
    """
    from adrtool.records.filters import filtered
    from adrtool.views import output as out

    streamed = output == "json" and not git_dates
    log = app.load_log(at, outside=True)
    records = filtered(log.records, app.workspace.config, statuses, tags)
    dates = None
    if git_dates:
        from adrtool.git import history

        dates = history.dates_for(app.workspace, [record.path for record in records], app.store, at)
    if streamed:
        for piece in out.records_json_pieces(records, app.workspace):
            echo(piece, nl=False)
    elif output in ("json", "csv"):
        rows = [out.record_data(record, app.workspace) for record in records]
        if dates is not None:
            history.add_git_dates(rows, records, dates)
        if output == "json":
            echo(out.to_json(rows))
        else:
            extra = ("created", "last_changed") if dates is not None else ()
            echo(out.to_csv(rows, (*out.COLUMNS, *extra)), nl=False)
    elif records:
        several = app.workspace.several
        table_rows = out.list_rows(records, with_log=several)
        headers = (["LOG"] if several else []) + [c.upper() for c in out.LIST_COLUMNS]
        if dates is not None:
            history.add_git_date_columns(table_rows, records, dates)
            headers[-1:-1] = ["CREATED", "CHANGED"]
        echo(out.table(table_rows, headers))
    for failure in log.failures:
        echo_error(str(failure))
    if log.failures:
        return ExitCode.USAGE
    return ExitCode.OK
