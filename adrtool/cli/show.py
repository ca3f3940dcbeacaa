from __future__ import annotations

import click

from adrtool.cli._app import App, echo, pass_app
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
    from pathlib import Path

    from adrtool.fsio import read_text
    from adrtool.records.dialects import parse
    from adrtool.views import output as out

    candidate = Path(ref)
    record = None  # as the log reads it (what only the whole log tells, its label), when read from the log
    if at is not None:
        from adrtool.git.repo import text_at

        record = app.load_log(at).find(ref)
        file = text_at(app.workspace, at, record.path)
    elif candidate.suffix == ".md" and candidate.is_file() and len(candidate.parts) > 1:
        file = read_text(candidate.resolve())
    else:
        record = app.load_log().find(ref)
        file = read_text(record.path)
    dates = None
    if git_dates:
        from adrtool.git import history

        dates = history.dates_for(app.workspace, [file.path], app.store, at).get(file.path)
    if output == "text":
        from adrtool.views.visible import guarded

        text = guarded(file.text)  # the record as it renders: no control character, no CI workflow command
        echo(text, nl=not text.endswith("\n"))
        if dates is not None:
            echo(history.dates_comment(dates))
        return
    if record is None:
        record = parse(file)
    data = out.record_data(record, app.workspace)
    if dates is not None:
        history.add_git_dates([data], [record], {record.path: dates})
    data["revisits"] = revisit_history(record)
    data["body"] = "\n".join(file.text.split("\n")[record.body_line - 1:])
    echo(out.to_json(data))


REVISIT_KEYS = ("date", "cycle", "outcome", "next", "note")


def revisit_history(record: object) -> list[dict[str, object]]:
    """The record's `revisits` entries, oldest first, each with every key `adr revisit` writes (null when
    absent) and any other key it holds, dates as ISO text."""
    import datetime as dt

    from adrtool.model import Record

    assert isinstance(record, Record)
    entries = record.meta.get("revisits")
    history = []
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict):
            continue
        values = {str(key): value for key, value in entry.items()}
        item = {key: values.pop(key, None) for key in REVISIT_KEYS} | values
        history.append({key: value.isoformat() if isinstance(value, dt.date) else value
                        for key, value in item.items()})
    return history
