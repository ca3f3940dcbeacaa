"""What shell completion offers (click's own completion, for bash, zsh and fish): record numbers with their
titles, statuses, tags, cycles and rule codes, read from the log of the current directory.

A completion never fails: anything that goes wrong (no log, a broken config) offers nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

    from adrtool.calendar.cycles import Calendar
    from adrtool.records.log import DecisionLog


def _quietly(function: Callable[[str], list[CompletionItem]]) -> Callable[[str], list[CompletionItem]]:
    def offer(incomplete: str) -> list[CompletionItem]:
        try:
            return function(incomplete)
        except Exception:
            return []

    return offer


def _log() -> DecisionLog:
    from pathlib import Path

    from adrtool.records.logs import first_log, load_logs, locate_logs

    workspace = locate_logs(Path.cwd())
    workspace.require_dir()
    return first_log(load_logs(workspace))  # the first log's records, and its areas


def _item(value: str, help_text: str | None = None) -> CompletionItem:
    """A completion, each of its texts on one line and with no control character: a shell's completion script
    reads them a line each, and shows the help to the terminal."""
    from click.shell_completion import CompletionItem

    from adrtool.views.visible import one_line

    return CompletionItem(one_line(value), help=one_line(help_text) if help_text is not None else None)


@_quietly
def records(incomplete: str) -> list[CompletionItem]:
    """Record numbers as `adr` shows them (0007), each with its title; typed digits match with or without
    the leading zeros."""
    digits = incomplete.lstrip("0")
    found = []
    for record in _log().records:
        shown = f"{record.number:04d}"
        if shown.startswith(incomplete) or (digits and str(record.number).startswith(digits)):
            found.append(_item(shown, record.title))
    return found


@_quietly
def statuses(incomplete: str) -> list[CompletionItem]:
    from pathlib import Path

    from adrtool.project.config import find_config

    return [_item(status) for status in find_config(Path.cwd()).statuses if status.startswith(incomplete)]


@_quietly
def tags(incomplete: str) -> list[CompletionItem]:
    used = sorted({tag for record in _log().records for tag in record.tags})
    return [_item(tag) for tag in used if tag.lower().startswith(incomplete.lower())]


def _calendar() -> Calendar:
    from pathlib import Path

    from adrtool.calendar.cycles import load_calendar
    from adrtool.project.config import find_config

    config = find_config(Path.cwd())
    return load_calendar(config.calendar, config.calendar_mode)


@_quietly
def cycles(incomplete: str) -> list[CompletionItem]:
    """Cycle names, newest first (the ones a revisit point names most), with their PTG week; after
    `CYCLE:`, the events of that cycle's schedule (`xena:ff`), with their week."""
    if ":" in incomplete:
        return events(incomplete)
    found = []
    for cycle in reversed(list(_calendar())):
        if cycle.name.startswith(incomplete.lower()) or (cycle.number or "").startswith(incomplete):
            ptg = f"PTG {cycle.ptg_start.isoformat()}" if cycle.ptg_start else f"released {cycle.release_date}"
            found.append(_item(cycle.name, f"{cycle.display} ({ptg})"))
    return found


@_quietly
def events(incomplete: str) -> list[CompletionItem]:
    """`CYCLE:EVENT` points of one cycle: its PTG, milestones, freezes and team deadlines."""
    cycle_text, _, event_text = incomplete.partition(":")
    cycle = _calendar().get(cycle_text)
    if cycle is None:
        return []
    return [_item(f"{cycle_text}:{event.name}", f"{cycle.display} {event.title} ({event.start.isoformat()})")
            for event in cycle.schedule if event.name.startswith(event_text.lower())]


@_quietly
def revisit_points(incomplete: str) -> list[CompletionItem]:
    """A revisit point: `never`, or a cycle."""
    never = [_item("never", "no revisit planned")] if "never".startswith(incomplete.lower()) else []
    return never + cycles(incomplete)


@_quietly
def rule_codes(incomplete: str) -> list[CompletionItem]:
    """Rule codes with their names; after a comma, the next code of the list."""
    from adrtool.rules import all_rules

    head, _, last = incomplete.rpartition(",")
    prefix = f"{head}," if head else ""
    return [_item(prefix + rule.code, rule.name) for rule in all_rules() if rule.code.startswith(last.upper())]
