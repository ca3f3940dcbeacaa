from __future__ import annotations

import click

from adrtool.cli._app import App, echo_error, pass_app


@click.command()
@click.option("--status", "statuses", multiple=True, metavar="STATUS", help="Only records with this status "
              "(repeatable).")
@click.option("--tag", "tags", multiple=True, metavar="TAG", help="Only records with this tag (repeatable).")
@click.option("--format", "output", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
@pass_app
def command(app: App, statuses: tuple[str, ...], tags: tuple[str, ...], output: str) -> None:
    """List the decision records.

    Files that cannot be read are named on stderr, after the records that could be; the exit code is
    then 2.

    \b
    Examples:
      adr list
      adr list --status accepted --tag ovn --format json
    """
    from adrtool import output as out

    log = app.load_log()
    wanted_status = {status.lower() for status in statuses}
    wanted_tags = {tag.lower() for tag in tags}
    records = [record for record in log.records
               if (not wanted_status or (record.status or "") in wanted_status)
               and (not wanted_tags or wanted_tags & {tag.lower() for tag in record.tags})]
    if output == "json":
        click.echo(out.to_json([out.record_data(record, app.workspace) for record in records]))
    elif output == "csv":
        rows = [out.record_data(record, app.workspace) for record in records]
        click.echo(out.to_csv(rows, ("number", "title", "status", "date", "cycle", "revisit", "tags", "path",
                                     "format")), nl=False)
    elif records:
        click.echo(out.table(out.list_rows(records), [c.upper() for c in out.LIST_COLUMNS]))
    for failure in log.failures:
        echo_error(str(failure))
    if log.failures:
        raise SystemExit(2)
