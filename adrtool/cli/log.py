from __future__ import annotations

from typing import TYPE_CHECKING

import click

from adrtool.cli._app import App, echo, echo_error, pass_app
from adrtool.cli._options import FormatChoice, ref_argument

if TYPE_CHECKING:
    from adrtool.git.events import Event
    from adrtool.git.repo import Git
    from adrtool.project.workspace import Workspace

COLUMNS = ("DATE", "COMMIT", "ADR", "CHANGE", "AUTHOR", "SUBJECT")


@click.command()
@ref_argument(required=False)
@click.option("--since", metavar="DATE|REV", help="Only changes on or after DATE (YYYY-MM-DD, author date), or "
              "made since revision REV (REV..HEAD).")
@click.option("--format", "output", type=FormatChoice(["text", "json"]), default="text", show_default=True)
@pass_app
def command(app: App, ref: str | None, since: str | None, output: str) -> None:
    """What git knows about the decisions: who changed what, and when.

    With REF (a number, file name or path): the timeline of that decision, oldest first: the commit that
    created it and each one that changed its status, revisit point or successor, or renamed it
    (renumbering keeps the history). Without REF: every such change in the whole log, newest first.

    Needs a git repository (exit 2 outside one). In a shallow clone, says where the history is cut and
    shows what is there.

    \b
    Examples:
      adr log 7
      adr log --since 2021-10-01
      adr log --since origin/main --format json
    """
    from adrtool.errors import NotFound
    from adrtool.git import history
    from adrtool.git.repo import open_repo

    workspace = app.workspace
    window = history.Since.parse(since)
    with open_repo(workspace) as git:
        if not git.has_commits():
            echo_error("the repository has no commits yet: no history to show")
        if ref is None:
            found = history.log_history(git, window, store=app.store)
            events = list(found.events)
        else:
            try:
                path = git.relative(app.load_log().find(ref).path)
            except NotFound:
                path = history.resolve_in_history(git, ref, store=app.store)
            found = history.record_history(git, path, window, store=app.store)
            events = found.oldest_first()
            if not events and found.truncated_at is None and window is None:
                echo_error(f"{workspace.shown(git.path(path))} has no history in git yet (not committed)")
        shown = _shown_paths(events, workspace, git)
    if output == "json":
        from adrtool.views.output import to_json

        echo(to_json([event_data(event, shown[event.path]) for event in events]))
    elif events:
        from adrtool.views.output import table

        echo(table([event_row(event) for event in events], COLUMNS))
    if found.truncated_at is not None:
        cut = found.truncated_at
        echo_error(f"history is truncated at {cut.short} ({cut.date.date().isoformat()}): this is a shallow "
                   "clone, and earlier changes are not in it (git fetch --unshallow)")


def event_row(event: object) -> list[str]:
    from adrtool.git.events import Event

    assert isinstance(event, Event)
    # A date-named record has no number (the walk keeps -1): it is shown by its id, the file name without .md.
    shown = f"{event.number:04d}" if event.number >= 0 else event.path.rpartition("/")[2].removesuffix(".md")
    return [event.commit.date.date().isoformat(), event.commit.short, shown, event.change,
            event.commit.author, event.commit.subject]


def event_data(event: object, path: str) -> dict[str, object]:
    """The JSON shape of an event (documented in the README)."""
    from adrtool.git.events import SUCCESSOR, Event

    assert isinstance(event, Event)
    before, after = (_numbers(event.old), _numbers(event.new)) if event.event == SUCCESSOR else (event.old, event.new)
    return {"number": event.number if event.number >= 0 else None, "path": path, "event": event.event,
            "from": before, "to": after, "note": event.note, "sha": event.commit.sha,
            "date": event.commit.date.isoformat(), "author": event.commit.author, "subject": event.commit.subject}


def _numbers(text: str | None) -> list[int]:
    """A successor event's `0011, 0012` as the numbers they are."""
    return [int(part) for part in text.split(",")] if text else []


def _shown_paths(events: list[Event], workspace: Workspace, git: Git) -> dict[str, str]:
    """Each event's repository-relative path as shown (relative to the project root), worked out once per
    directory rather than once per path: there are as many paths as records."""
    directories: dict[str, str] = {}
    shown: dict[str, str] = {}
    for event in events:
        if event.path not in shown:
            parent, _, name = event.path.rpartition("/")
            if parent not in directories:
                directories[parent] = workspace.relative(git.path(parent))
            where = directories[parent]
            shown[event.path] = name if where == "." else f"{where}/{name}"
    return shown
