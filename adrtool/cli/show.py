from __future__ import annotations

import click

from adrtool.cli._app import App, echo, echo_error, pass_app
from adrtool.cli._options import FormatChoice, ref_argument


@click.command()
@ref_argument()
@click.option("--format", "output", type=FormatChoice(["text", "json"], {"markdown": "text", "table": "text"}),
              default="text", show_default=True, help="text: the file as it is (also `markdown`); json: its "
              "metadata, revisit history and body.")
@click.option("--at", metavar="REV|DATE", help="The record as it was at commit REV (branch, tag, sha) or on DATE "
              "(the last commit on or before it), read from git without a checkout.")
@click.option("--git-dates/--no-git-dates", default=True, show_default=True, help="In a git repository, add "
              "the days git created and last changed the record (markdown: as a closing HTML comment).")
@pass_app
def command(app: App, ref: str, output: str, at: str | None, git_dates: bool) -> None:
    """Show one record: REF is a number (3, 0003, ADR-3), a file name or a path.

    \b
    Examples:
      adr show 7
      adr show decisions/0007-keep-the-linuxbridge-backend-supported-for-xena.md --format json
      adr show 7 --at origin/stable/xena
    """
    from adrtool.fsio import read_text
    from adrtool.views import output as out

    # The record as the log reads it (what only the whole log tells: its label), named by a path too: a file of
    # the log's folder that is no record (a README) is none to show.
    if at is not None:
        from adrtool.git.repo import text_at

        record = app.load_log(at).find(ref)
        file = text_at(app.workspace, at, record.path)
    else:
        record = app.load_log().find(ref)
        file = read_text(record.path)
    dates = None
    if git_dates:
        from adrtool.errors import GitError
        from adrtool.git import history

        try:
            dates = history.dates_for(app.workspace, [file.path], app.store, at).get(file.path)
        except GitError as error:
            if at is not None:
                raise
            # The dates are an addition to the record: a history git cannot read (a clone missing objects)
            # leaves them out, said in one line, and the record is shown.
            echo_error(f"no git dates for {file.path.name}: {error.format()}")
    if output == "text":
        from adrtool.views.visible import guarded

        text = guarded(file.text)  # the record as it renders: no control character, no CI workflow command
        echo(text, nl=not text.endswith("\n"))
        if dates is not None:
            echo(history.dates_comment(dates))
        return
    from adrtool.views.detail import record_json

    echo(out.to_json(record_json(file, app.workspace, dates, record)[1]))
