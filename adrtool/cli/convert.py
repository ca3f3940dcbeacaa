from __future__ import annotations

from typing import TYPE_CHECKING

import click

from adrtool.cli._app import App, echo, echo_error, pass_app
from adrtool.cli._options import ref_argument
from adrtool.errors import ExitCode

if TYPE_CHECKING:
    from pathlib import Path

    from adrtool.records.changes import FileChange
    from adrtool.records.convert import Uncertain


@click.command()
@ref_argument("refs", nargs=-1, metavar="[REF]...")
@click.option("--dry-run", is_flag=True, help="Print the unified diff of each conversion; write nothing.")
@pass_app
def command(app: App, refs: tuple[str, ...], dry_run: bool) -> ExitCode:
    """Rewrite adr-tools and MADR 2 records into the canonical front-matter form.

    Metadata moves into YAML front matter; the rest of the body is kept as it is, the other fields of a
    key line too. Without REF, every record not yet in the canonical form is converted. A record whose
    status or date cannot be read with certainty, or that would lose text that is not metadata, is left as
    it is and named on stderr, with the reason; the exit code is then 1. No revisit point is added.

    \b
    Examples:
      adr convert --dry-run
      adr convert 3 4
    """
    from adrtool.cli._writing import say_index_updated, write
    from adrtool.records.convert import plan_convert
    from adrtool.records.log import DecisionLog
    from adrtool.records.relations import link_keys
    from adrtool.records.values import day_first
    from adrtool.views.diff import file_diff
    from adrtool.views.visible import guarded

    config = app.workspace.config

    def plan(log: DecisionLog) -> tuple[list[Uncertain], list[FileChange]]:
        dates: dict[object, list[str]] = {}  # each log's dates as written
        for record in log.records:
            written = record.meta.get("date")
            if isinstance(written, str):
                dates.setdefault(record.directory, []).append(written)
        day_first_logs = {directory for directory, texts in dates.items() if day_first(texts)}
        changes, left = plan_convert(log, refs, config.statuses, day_first_logs=day_first_logs,
                                     relations=link_keys(config))
        return left, changes

    index: tuple[Path, ...] = ()
    if dry_run:
        left, conversions = plan(app.load_log())
    else:
        (left, conversions), index = write(app, lambda log: (planned := plan(log), planned[1]))
    for conversion in conversions:
        name = app.workspace.relative(conversion.path)  # diff labels from the root, as git writes them
        if dry_run:
            echo(guarded(file_diff(name, conversion.before, conversion.after)), nl=False)
        else:
            echo(guarded(f"converted {app.workspace.shown(conversion.path)}"))
    say_index_updated(app, index)
    for uncertain in left:
        echo_error(f"{app.workspace.relative(uncertain.path)}: left as it is: {uncertain.reason}")
    if not conversions and not left:
        echo("nothing to convert: every record is in the canonical form", err=True)
    return ExitCode.FINDINGS if left else ExitCode.OK
