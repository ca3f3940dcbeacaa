"""accept, reject, deprecate, supersede, status, link: the status lifecycle of a record and its links; and
`adr lifecycle`, the table that decides what each of these may do."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import click

from adrtool.cli._app import App, echo, pass_app
from adrtool.cli._options import FormatChoice, lazy, ref_argument

if TYPE_CHECKING:
    from adrtool.records.changes import FileChange
    from adrtool.records.log import DecisionLog


def _change(app: App, ref: str, status: str, *, lifecycle: bool = True) -> None:
    from adrtool.records.lifecycle import change_status

    config, today = app.workspace.config, app.today
    _apply(app, lambda log: change_status(log, ref, status, config, lifecycle=lifecycle, day=today))


def _apply(app: App, plan: Callable[[DecisionLog], list[FileChange]]) -> None:
    """Plan the edits from the log read under the directory's lock, and commit them with the index."""
    from adrtool.cli._writing import say_index_updated, write

    changes, index = write(app, lambda log: (changes := plan(log), changes))
    from adrtool.views.visible import guarded

    for change in changes:
        echo(guarded(f"{app.workspace.shown(change.path)}: {change.summary}"))
    say_index_updated(app, index)


@click.command()
@ref_argument()
@pass_app
def accept(app: App, ref: str) -> None:
    """Mark a proposed decision accepted.

    \b
    Example:
      adr accept 7
    """
    _change(app, ref, "accepted")


@click.command()
@ref_argument()
@pass_app
def reject(app: App, ref: str) -> None:
    """Mark a proposed decision rejected.

    \b
    Example:
      adr reject 7
    """
    _change(app, ref, "rejected")


@click.command()
@ref_argument()
@pass_app
def deprecate(app: App, ref: str) -> None:
    """Mark a decision deprecated: no longer followed, and not replaced.

    \b
    Example:
      adr deprecate 2
    """
    _change(app, ref, "deprecated")


@click.command()
@ref_argument("old")
@click.option("--by", "new", required=True, metavar="NEW", help="The record that supersedes OLD.",
              shell_complete=lazy("records"))
@pass_app
def supersede(app: App, old: str, new: str) -> None:
    """Mark OLD superseded by NEW: OLD's status names NEW, and NEW links back to OLD where its format has a
    place for the link (MADR's front matter has none: there OLD's `status: superseded by ADR-NNNN` alone says it).

    \b
    Example:
      adr supersede 2 --by 13
    """
    from adrtool.records.lifecycle import supersede as supersede_records

    config, today = app.workspace.config, app.today
    _apply(app, lambda log: supersede_records(log, old, new, config, today))


@click.command()
@ref_argument()
@click.argument("status", shell_complete=lazy("statuses"))
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


@click.command()
@ref_argument("source")
@click.argument("relation")
@ref_argument("target")
@pass_app
def link(app: App, source: str, relation: str, target: str) -> None:
    """Link two records both ways: SOURCE gets RELATION TARGET, and TARGET the reverse relation.

    RELATION is relates-to (its own reverse), amends or amended-by, or a pair named in config
    (`relations = { extends = "extended-by" }`). Each record is written in its own dialect: front matter
    keys, adr-tools' `Amends [3. Title](0003-title.md)` lines in the Status section, MADR 2 bullets.

    \b
    Examples:
      adr link 5 amends 3
      adr link 0007-keep-linuxbridge.md relates-to 12
    """
    from adrtool.records.lifecycle import link as link_records

    config = app.workspace.config
    _apply(app, lambda log: link_records(log, source, relation, target, config))


@click.command()
@click.option("--format", "output", type=FormatChoice(["text", "json", "markdown"]), default="text",
              show_default=True, help="markdown: the table the README shows.")
def lifecycle(output: str) -> None:
    """Show what each command may do to a record's status: the one table they all follow.

    A command asked to move a record where it already is says so and exits 0; one asked to move it from
    a status it may not start from is refused (exit 2).

    \b
    Examples:
      adr lifecycle
      adr lifecycle --format json
    """
    from adrtool.records.lifecycle import LIFECYCLE
    from adrtool.views import output as out

    if output == "json":
        echo(out.to_json([{"command": move.command, "from": list(move.start), "to": move.sets,
                           "meaning": move.meaning} for move in LIFECYCLE]))
    elif output == "markdown":
        lines = ["| command | from | to | meaning |", "|---|---|---|---|"]
        lines += [f"| `adr {move.command}` | {', '.join(move.start)} | {move.sets} | {move.meaning} |"
                  for move in LIFECYCLE]
        echo("\n".join(lines))
    else:
        echo(out.table([[move.command, ", ".join(move.start), move.sets, move.meaning] for move in LIFECYCLE],
                       ["COMMAND", "FROM", "TO", "MEANING"]))


commands = {"accept": accept, "reject": reject, "deprecate": deprecate, "supersede": supersede, "status": status,
            "link": link, "lifecycle": lifecycle}
