from __future__ import annotations

from typing import TYPE_CHECKING

import click

from adrtool.cli._app import App, echo, echo_error, pass_app
from adrtool.cli.graph import failure_text
from adrtool.errors import ExitCode

if TYPE_CHECKING:
    from adrtool.records.changes import FileChange


@click.command()
@click.option("--check", is_flag=True, help="Write nothing; print a diff and exit 1 if the index is stale.")
@click.option("--format", "output", type=click.Choice(["markdown", "json"]), default="markdown",
              show_default=True, help="json: print every record as JSON to stdout, write nothing.")
@click.option("--force", is_flag=True, help="Overwrite an index file that `adr index` did not write.")
@click.option("--at", metavar="REV|DATE", help="The index of the log as it was at commit REV (branch, tag, sha) "
              "or on DATE, read from git without a checkout, printed to stdout (nothing is written).")
@click.option("--git-dates", is_flag=True, help="With --format json: add the created and last-changed days git "
              "knows (`created`, `last_changed`); `date` stays the record's.")
@pass_app
def command(app: App, check: bool, output: str, force: bool, at: str | None, git_dates: bool) -> ExitCode:
    """Write the decision log's index (README.md in the decision directory, config `index`).

    A table of every record, the active decisions grouped by revisit point in calendar order, the
    superseded ones with their successors, and the graph of links. The same log always gives the same
    bytes, so the index can be committed and checked in CI with --check.

    \b
    Examples:
      adr index
      adr index --check
      adr index --format json
      adr index --at 2021-10-18          # the index as it would have been that day
    """
    from adrtool.views import output as out
    from adrtool.views.index import index_state, the_index

    if at is not None and check:
        raise click.UsageError("--check compares the index file with the work tree's log; not with --at")
    if git_dates and output != "json":
        raise click.UsageError("--git-dates goes with --format json")
    workspace = app.workspace
    if output == "markdown" and at is None and not check:  # writing: the log is read under the lock
        from adrtool.cli._writing import write
        from adrtool.records.log import DecisionLog
        from adrtool.views.index import index_change
        from adrtool.views.visible import guarded

        def plan(log: DecisionLog) -> tuple[tuple[FileChange | None, DecisionLog], list[FileChange]]:
            change = index_change(index_state(*the_index(workspace, log), app.calendar), force=force)
            return (change, log), [change] if change is not None else []

        (written, log), _ = write(app, plan, follow_index=False)
        if written is not None:
            echo(guarded(workspace.shown(written.path)))
        _say_the_log_taken(app, "wrote the index of", "pass --dir to index another")
    else:
        log = app.load_log(at)
    if output == "json":
        if check:
            raise click.UsageError("--check compares the Markdown index; it does not go with --format json")
        if git_dates:
            from adrtool.git import history

            rows = [out.record_data(record, workspace) for record in log.records]
            history.add_git_dates(rows, log.records,
                                  history.dates_for(workspace, [record.path for record in log.records], app.store, at))
            echo(out.to_json(rows))
        else:
            for piece in out.records_json_pieces(log.records, workspace):
                echo(piece, nl=False)
    elif at is not None:
        from adrtool.views.index import render_index

        echo(render_index(workspace, log, app.calendar), nl=False)
    elif check:
        state = index_state(*the_index(workspace, log), app.calendar)
        _say_the_log_taken(app, "checked the index of", "pass --dir to check another")
        if state.stale:
            echo(state.diff(), nl=False)
            shown = workspace.shown(state.path)
            if not state.ours:
                echo_error(f"{shown} was not written by `adr index`; to adopt it, run `adr index --force` "
                           "(it replaces the file), or keep it and set `index` in config to another name")
            else:
                why = "does not exist" if state.current is None else "is out of date"
                echo_error(f"{shown} {why}; run `adr index`")
    for failure in log.failures:
        echo_error(f"{failure_text(failure, workspace)}; left out of the index")
    if log.failures:
        return ExitCode.USAGE
    if check and output != "json" and state.stale:
        return ExitCode.FINDINGS
    return ExitCode.OK


def _say_the_log_taken(app: App, did: str, elsewhere: str) -> None:
    """Of several logs, the one whose index was written or checked, when a rule of adr's took it."""
    workspace = app.workspace
    if not workspace.listed and (taken := workspace.taken_line(did, elsewhere)) is not None:
        echo_error(taken)
