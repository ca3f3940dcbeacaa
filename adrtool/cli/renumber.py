from __future__ import annotations

from typing import TYPE_CHECKING

import click

from adrtool.cli._app import App, echo, echo_error, pass_app
from adrtool.cli._options import ref_argument

if TYPE_CHECKING:
    from pathlib import Path


@click.command()
@ref_argument()
@click.option("--to", "to", type=click.IntRange(min=0), metavar="N", help="The new number (at most nine digits).")
@click.option("--next", "next_free", is_flag=True, help="The next number after the highest used in the decision "
              "directory and on every local and remote-tracking branch.")
@click.option("--no-git", is_flag=True, help="With --next: look at the decision directory only, not at other "
              "branches.")
@click.option("--dry-run", is_flag=True, help="Say what would change, and change nothing.")
@pass_app
def command(app: App, ref: str, to: int | None, next_free: bool, no_git: bool, dry_run: bool) -> None:
    """Give a record another number: rename its file and rewrite every reference to it.

    References are the `supersedes`, `superseded-by` and `relates-to` metadata of the other records,
    adr-tools link lines and Markdown links to the file. Either everything is changed or, if anything
    fails, nothing is. Prints the old and new paths, then each record it updated.

    \b
    Examples:
      adr renumber 12 --next
      adr renumber 0012-use-ovn-by-default.md --to 14
    """
    from adrtool.cli._writing import say_index_updated, write
    from adrtool.records.renumber import plan_renumber

    if (to is None) == (not next_free):
        raise click.UsageError("give either --to N or --next")
    workspace = app.workspace

    def numbers(filename: str) -> dict[int, str]:
        from adrtool.git.numbers import numbers_on_other_branches

        return numbers_on_other_branches(workspace, echo_error, besides=filename)

    other = None if no_git else numbers
    index: tuple[Path, ...] = ()
    if dry_run:
        done = plan_renumber(app.load_log(), ref, to=to, other_numbers=other)
    else:
        done, index = write(app, lambda log: (done := plan_renumber(log, ref, to=to, other_numbers=other),
                                              list(done.changes)))
    for number, where in sorted(done.skipped.items()):
        echo_error(f"number {number} is taken on {where}; skipped it")
    for number, where in sorted(done.conflicts.items()):
        echo_error(f"number {number} is also used on {where}; that branch will collide with this one")
    from adrtool.views.visible import guarded

    prefix = "would rename" if dry_run else "renamed"
    echo(guarded(f"{prefix} {workspace.shown(done.old_path)} -> {workspace.shown(done.new_path)}"))
    for path in done.updated:
        echo(guarded(f"{'would update' if dry_run else 'updated'} {workspace.shown(path)}"))
    for path in done.unchecked:
        echo_error(f"{workspace.shown(path)} could not be read, so its references were not rewritten")
    say_index_updated(app, index)
