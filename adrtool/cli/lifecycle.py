"""accept, reject, deprecate, supersede, status: the status lifecycle of a record."""

from __future__ import annotations

import click

from adrtool.cli._app import App, echo, pass_app


def _change(app: App, ref: str, status: str, *, lifecycle: bool = True) -> None:
    from adrtool.records.lifecycle import change_status

    log = app.load_log()
    changes = change_status(log, ref, status, app.workspace.config, lifecycle=lifecycle)
    _apply(app, changes)


def _apply(app: App, changes: list) -> None:  # type: ignore[type-arg]
    from adrtool.records.lifecycle import apply_changes

    apply_changes(app.workspace.decision_dir, changes)
    for change in changes:
        echo(f"{app.workspace.relative(change.path)}: {change.summary}")
    app.refresh_index()


@click.command()
@click.argument("ref")
@pass_app
def accept(app: App, ref: str) -> None:
    """Mark a proposed decision accepted.

    \b
    Example:
      adr accept 7
    """
    _change(app, ref, "accepted")


@click.command()
@click.argument("ref")
@pass_app
def reject(app: App, ref: str) -> None:
    """Mark a proposed decision rejected.

    \b
    Example:
      adr reject 7
    """
    _change(app, ref, "rejected")


@click.command()
@click.argument("ref")
@pass_app
def deprecate(app: App, ref: str) -> None:
    """Mark a decision deprecated: no longer followed, and not replaced.

    \b
    Example:
      adr deprecate 2
    """
    _change(app, ref, "deprecated")


@click.command()
@click.argument("old")
@click.option("--by", "new", required=True, metavar="NEW", help="The record that supersedes OLD.")
@pass_app
def supersede(app: App, old: str, new: str) -> None:
    """Mark OLD superseded by NEW, with links both ways.

    \b
    Example:
      adr supersede 2 --by 13
    """
    from adrtool.records.lifecycle import supersede as supersede_records

    _apply(app, supersede_records(app.load_log(), old, new))


@click.command()
@click.argument("ref")
@click.argument("status")
@pass_app
def status(app: App, ref: str, status: str) -> None:
    """Set any configured status (see `statuses` in the config), e.g. back to proposed.

    Unlike accept, reject and deprecate it does not ask where the record comes from; a superseded record
    stays superseded (use `adr supersede` to set one).

    \b
    Example:
      adr status 7 proposed
    """
    _change(app, ref, status, lifecycle=False)


commands = {"accept": accept, "reject": reject, "deprecate": deprecate, "supersede": supersede, "status": status}
