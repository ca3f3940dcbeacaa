from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import click

from adrtool.cli._app import App, IsoDate, echo, echo_error, pass_app
from adrtool.cli._options import lazy

if TYPE_CHECKING:
    from pathlib import Path

    from adrtool.model import Record


@click.command()
@click.argument("title", nargs=-1, required=True)
@click.option("--status", "-s", metavar="STATUS", help="Initial status (default: config default-status, "
              "else proposed).")
@click.option("--date", "-d", "decided", type=IsoDate(), metavar="DATE", help="Decision date (default: today).")
@click.option("--cycle", "-c", metavar="CYCLE", help="Release cycle in which it is decided, e.g. xena.",
              shell_complete=lazy("cycles"))
@click.option("--revisit", "-r", metavar="POINT",
              help="Revisit point: a cycle (its PTG), an event of one (xena:ff), a date, or never.",
              shell_complete=lazy("revisit_points"))
@click.option("--tag", "-t", "tags", multiple=True, metavar="TAG", help="Tag (repeatable, or comma-separated).")
@click.option("--decision-maker", "-m", "decision_makers", multiple=True, metavar="NAME",
              help="Who decided (repeatable, or comma-separated).")
@click.option("--supersedes", multiple=True, metavar="REF", shell_complete=lazy("records"),
              help="A record this one supersedes (its number, or the name of one named by its day); it is marked "
              "superseded and points back, and the new one links to it as `adr supersede` links records.")
@click.option("--relates-to", multiple=True, metavar="REF", shell_complete=lazy("records"),
              help="A related record (its number, or its name); it is linked back to the new one.")
@click.option("--edit", "-e", is_flag=True, help="Open the new record in $VISUAL or $EDITOR.")
@click.option("--no-git", is_flag=True, help="Take the next number from the working tree only, not from "
              "other git branches.")
@click.option("--force", is_flag=True, help="Write the record even if `adr validate` would report an error in "
              "its metadata (a future date, an unknown cycle, a revisit before the decision's date).")
@pass_app
def command(app: App, title: tuple[str, ...], status: str | None, decided: dt.date | None, cycle: str | None,
            revisit: str | None, tags: tuple[str, ...], decision_makers: tuple[str, ...],
            supersedes: tuple[str, ...], relates_to: tuple[str, ...], edit: bool, no_git: bool,
            force: bool) -> None:
    """Create the next decision record and print its path.

    The number is the next after the highest used in the decision directory (and, in a git repository,
    in every local and remote-tracking branch). Nothing is ever overwritten. A record `adr validate` would
    find an error in (ADR3xx: its status, dates, cycle, revisit point) is refused with the rule's message,
    unless --force. --relates-to links both records.

    \b
    Examples:
      adr new Keep the Linuxbridge backend supported for Xena
      adr new --cycle xena --revisit yoga --tag linuxbridge Keep Linuxbridge
      adr new --supersedes 3 Use ML2/OVN by default
    """
    from adrtool.cli._writing import say_index_updated, write
    from adrtool.model import RevisitPoint
    from adrtool.records.create import check_text, check_title, new_request, plan_new
    from adrtool.views.visible import guarded

    workspace = app.workspace
    text = check_title(" ".join(title).strip())
    for option, values in (("--status", (status or "",)), ("--cycle", (cycle or "",)), ("--revisit", (revisit or "",)),
                           ("--tag", tags), ("--decision-maker", decision_makers)):
        for given in values:
            check_text(given, option)
    if revisit is not None and RevisitPoint.parse(revisit) is None:
        raise click.BadParameter("must not be empty", param_hint="--revisit")
    request = new_request(workspace.config, lambda: app.calendar, app.today, text, status=status,
                          decided=decided, cycle=cycle, revisit=revisit, tags=tags,
                          decision_makers=decision_makers, supersedes=supersedes, relates_to=relates_to)
    numbers = None if no_git else _git_numbers(app)
    admit = None if force else _admission(app)
    created, index = write(app, lambda log: plan_new(log, workspace, request, numbers, admit))
    for number, where in sorted(created.skipped.items()):
        echo_error(f"number {number} is taken on {where}; skipped it")
    for path, how in created.updated:
        echo_error(f"marked {workspace.shown(path)} {how}")
    if (taken := workspace.taken_line("wrote in", "pass --dir to write in another")) is not None:
        echo_error(taken)
    echo(guarded(workspace.shown(created.path)))
    say_index_updated(app, index)
    _say_listings_left(app, created.path)
    if edit:
        click.edit(filename=str(created.path))


def _say_listings_left(app: App, path: Path) -> None:
    """One line for each file of the log that lists its records without `adr index` (a README's table of
    contents) and does not list the new one: adr writes only its own index."""
    from adrtool.records.listings import not_listing
    from adrtool.records.log import record_names

    for listing in not_listing(path, record_names(path.parent)):
        echo_error(f"{app.workspace.shown(listing)} lists the log's records but not {path.name}: add it there (adr "
                   "keeps only the index `adr index` writes)")


def _admission(app: App) -> Callable[[Record, Sequence[Record]], None]:
    """Refuse a record `adr validate` would find an error in, with the rule's own message."""
    from adrtool.rules.admission import admission

    return admission(app.workspace, app.calendar, app.today, "--force writes it anyway")


def _git_numbers(app: App) -> Callable[[], dict[int, str]]:
    """Numbers other branches already use (read only when `new` picks its number)."""
    from adrtool.git.numbers import numbers_on_other_branches

    workspace = app.workspace
    return lambda: numbers_on_other_branches(workspace, echo_error)
