from __future__ import annotations

import click

from adrtool.cli._app import App, pass_app


@click.command()
@click.argument("ref")
@click.option("--format", "output", type=click.Choice(["markdown", "json"]), default="markdown",
              show_default=True)
@pass_app
def command(app: App, ref: str, output: str) -> None:
    """Show one record: REF is a number (3, 0003, ADR-3), a file name or a path.

    \b
    Examples:
      adr show 7
      adr show decisions/0007-keep-the-linuxbridge-backend-supported-for-xena.md --format json
    """
    from pathlib import Path

    from adrtool import output as out
    from adrtool.fsio import read_text
    from adrtool.reader import parse

    candidate = Path(ref)
    if candidate.suffix == ".md" and candidate.is_file() and len(candidate.parts) > 1:
        file = read_text(candidate.resolve())
    else:
        file = read_text(app.load_log().find(ref).path)
    if output == "markdown":
        click.echo(file.text, nl=not file.text.endswith("\n"))
        return
    record = parse(file)
    data = out.record_data(record, app.workspace)
    data["body"] = "\n".join(file.text.split("\n")[record.body_line - 1:])
    click.echo(out.to_json(data))
