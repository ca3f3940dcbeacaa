from __future__ import annotations

import click

from adrtool.cli._app import App, echo, echo_error, pass_app
from adrtool.cli._options import ref_argument
from adrtool.errors import ExitCode


@click.command()
@ref_argument("refs", nargs=-1, metavar="[REF]...")
@click.option("--dry-run", is_flag=True, help="Print the unified diff of each conversion; write nothing.")
@pass_app
def command(app: App, refs: tuple[str, ...], dry_run: bool) -> ExitCode:
    """Rewrite adr-tools and MADR 2 records into the canonical front-matter form.

    Metadata moves into YAML front matter; the rest of the body is kept as it is. Without REF, every
    record not yet in the canonical form is converted. A record whose status or date cannot be read with
    certainty is left as it is and named on stderr, with the reason; the exit code is then 1. No revisit
    point is added.

    \b
    Examples:
      adr convert --dry-run
      adr convert 3 4
    """
    from adrtool import fsio
    from adrtool.records.convert import Conversion, convert
    from adrtool.records.relations import link_keys
    from adrtool.records.values import day_first
    from adrtool.views.diff import file_diff

    log = app.load_log()
    dates: dict[object, list[str]] = {}  # each log's dates as written
    for record in log.records:
        written = record.meta.get("date")
        if isinstance(written, str):
            dates.setdefault(record.directory, []).append(written)
    day_first_logs = {directory for directory, texts in dates.items() if day_first(texts)}
    records = [log.find(ref) for ref in refs] if refs else list(log.records)
    conversions = []
    left = []
    statuses = app.workspace.config.statuses
    for record in records:
        conversion = convert(record, fsio.read_text(record.path), statuses,
                             day_first=record.directory in day_first_logs,
                             relations=link_keys(app.workspace.config))
        if isinstance(conversion, Conversion):
            conversions.append(conversion)
        elif conversion is not None:
            left.append(conversion)
    for conversion in conversions:
        name = app.workspace.relative(conversion.path)  # diff labels from the root, as git writes them
        if dry_run:
            echo(file_diff(name, conversion.old, conversion.new), nl=False)
        else:
            fsio.replace_file(conversion.path, conversion.new, conversion.old)
            echo(f"converted {app.workspace.shown(conversion.path)}")
    if conversions and not dry_run:
        app.refresh_index()
    for uncertain in left:
        echo_error(f"{app.workspace.relative(uncertain.path)}: left as it is: {uncertain.reason}")
    if not conversions and not left:
        echo("nothing to convert: every record is in the canonical form", err=True)
    return ExitCode.FINDINGS if left else ExitCode.OK
