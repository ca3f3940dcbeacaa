"""`adr due` output: a table for people, JSON for scripts, a PTG agenda in Markdown (one heading per event),
the body of a tracking issue, GitHub annotations."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from adrtool.calendar.due import Deadline, DueDecision
from adrtool.model import Record
from adrtool.project.workspace import Workspace
from adrtool.records import markdown
from adrtool.views.output import (
    github_annotation,
    markdown_inline,
    record_data,
    shown_path,
    table,
    to_json,
)
from adrtool.views.visible import guarded, one_line

DECISION_SECTIONS = ("Decision", "Decision Outcome")
ISSUE_MARKER = "<!-- adr due --format issue: this body is rewritten by the reminder job; edits are lost -->"


def as_text(due: list[DueDecision], deadline: Deadline, workspace: Workspace) -> str:
    return guarded(_text(due, deadline, workspace))


def _text(due: list[DueDecision], deadline: Deadline, workspace: Workspace) -> str:
    described = one_line(deadline.describe())  # it names the calendar's cycle and event as the file gives them
    if not due:
        return f"Nothing is due {described}."
    overdue = sum(item.overdue for item in due)
    count = f"{len(due)} decision{'s' if len(due) != 1 else ''} due {described}"
    header = f"{count}, {overdue} overdue:" if overdue else f"{count}:"
    rows = [[item.record.shown_number, "overdue" if item.overdue else "due", item.due_on.isoformat(),
             _revisit_cell(item), item.record.status or "", _decided(item.record),
             item.record.title or "(no title)", _shown_here(item.record, workspace)]
            for item in due]
    return header + "\n" + table(rows, ["NUMBER", "WHEN", "DUE ON", "REVISIT", "STATUS", "DECIDED", "TITLE",
                                        "PATH"])


def _decided(record: Record) -> str:
    """When the decision was taken: the cycle it names, else its date (another tool's log names no cycle)."""
    return record.cycle or (record.date.isoformat() if record.date is not None else "-")


def _revisit_cell(item: DueDecision) -> str:
    text = item.record.revisit.text if item.record.revisit else ""
    return f"{text} (projected)" if item.projected else text
def none_has_a_revisit_point(logs: Sequence[str] = ()) -> str:
    """Why nothing is ever due: no decision of the log, or of any of the several ``logs`` (their labels), has a
    revisit point."""
    where = "this log" if len(logs) < 2 else f"any of the {len(logs)} logs ({', '.join(logs)})"
    return (f"No decision in {where} has a revisit point, so none is ever due. A revisit point is a cycle (its "
            "PTG), a date or never: `adr new --revisit` gives a new record one, `adr revisit N --outcome kept "
            "--next POINT` any record.")


def no_revisit_points(directory: str, any_read: bool, unreadable: bool = False, logs: Sequence[str] = ()) -> str:
    """What `adr due` says when nothing can be due: no decision has a revisit point, or no record was read at
    all (every file in ``directory``, or in each of the several ``logs``, ignored, as names adr cannot number
    are). `adr validate` is named only when a record file could not be read (``unreadable``): it reports those;
    of a directory without one it may say nothing."""
    if any_read:
        return none_has_a_revisit_point(logs)
    where = directory if len(logs) < 2 else " or ".join(logs)
    if unreadable:
        return (f"No decision record was read in {where}, so none is due; `adr validate` says why a file there "
                "is not read as one.")
    return f"No decision record was read in {where}, so none is due."


def as_json(due: list[DueDecision], workspace: Workspace) -> str:
    return to_json(as_data(due, workspace))


def as_data(due: list[DueDecision], workspace: Workspace) -> list[dict[str, Any]]:
    """Each due decision's record data, with when and where it is due."""
    return [{**record_data(item.record, workspace), "due_on": item.due_on.isoformat(), "overdue": item.overdue,
             "due_at": _plain_heading(item), "projected": item.projected} for item in due]


def _plain_heading(item: DueDecision) -> str | None:
    """The event it is due at, as a heading without the projected mark: `Yoga PTG`, `2027.2 PTG`."""
    if item.point is None:
        return None
    return item.point.heading.removesuffix(" (projected)")


def as_markdown(due: list[DueDecision], deadline: Deadline, workspace: Workspace,
                body_of: Callable[[Record], str], *, any_revisit_point: bool = True,
                logs: Sequence[str] = ()) -> str:
    """An agenda to paste into the PTG etherpad: a heading per event (or day) in calendar order. Of a log (or
    several ``logs``) without a revisit point (``any_revisit_point`` false), it says why nothing is ever due, as
    the text does."""
    lines = [f"# Decisions to revisit {markdown_inline(deadline.describe())}", ""]
    if not due:
        lines.append("Nothing is due." if any_revisit_point else f"Nothing is due. {none_has_a_revisit_point(logs)}")
    lines += _grouped(due, workspace, body_of)
    return guarded("\n".join(lines).rstrip("\n"))


def as_issue(due: list[DueDecision], deadline: Deadline, workspace: Workspace,
             body_of: Callable[[Record], str]) -> str:
    """The body of the tracking issue a scheduled job keeps: it changes only when what is due does (no date
    relative to today in it), so the job edits the issue only then."""
    lines = [ISSUE_MARKER, ""]
    if not due:
        lines.append("Nothing is due for a revisit.")
        return "\n".join(lines)
    overdue = sum(item.overdue for item in due)
    count = f"{len(due)} decision{'s are' if len(due) != 1 else ' is'} due for a revisit"
    intro = (f"{count}{f', {overdue} overdue' if overdue else ''}. Bring each to the event it is due at, then "
             "record the outcome with `adr revisit NUMBER --outcome kept|changed|superseded|dropped`; this issue "
             "is closed when nothing is due.")
    lines += [intro, ""]
    lines += _grouped(due, workspace, body_of)
    return guarded("\n".join(lines).rstrip("\n"))


def _grouped(due: list[DueDecision], workspace: Workspace, body_of: Callable[[Record], str]) -> list[str]:
    """`## Yoga PTG`, `## Xena feature freeze`, `## On 2021-12-31`, each with its decisions, in calendar order."""
    groups: dict[tuple[date, int, int, str], tuple[str, list[DueDecision]]] = {}
    for item in due:
        if item.point is not None:
            day, position, name = item.point.key
            key, heading = (day, 1, position, name), item.point.heading
        else:
            key, heading = (item.due_on, 0, 0, ""), f"On {item.due_on.isoformat()}"
        groups.setdefault(key, (heading, []))[1].append(item)
    lines: list[str] = []
    for key in sorted(groups):
        heading, items = groups[key]
        lines += [f"## {markdown_inline(heading)}", ""]
        for item in items:
            record = item.record
            title = markdown_inline(record.title or "(no title)")
            lines.append(f"- **[{record.shown_number} {title}]({_href(shown_path(record, workspace))})**: "
                         f"{_why(item)}")
            sentence = decision_sentence(body_of(record))
            if sentence:
                lines.append(f"  Decision: {markdown_inline(sentence)}")
        lines.append("")
    return lines


def _href(path: str) -> str:
    """A path as a Markdown link target: nothing in a file name can end the link or start another."""
    from urllib.parse import quote

    return quote(path, safe="/._-~")


def _why(item: DueDecision) -> str:
    record = item.record
    assert record.revisit is not None
    decided = f" in {markdown_inline(record.cycle)}" if record.cycle else ""
    day = item.due_on.isoformat()
    if item.point is None:
        point = f"revisit on {day}"
    elif item.point.named_event:
        point = f"revisit at {markdown_inline(record.revisit.text)} ({day})"
    else:
        point = f"revisit at the {markdown_inline(record.revisit.text)} PTG ({day})"
    late = ", overdue" if item.overdue else ""
    return f"{markdown_inline(record.status or '')}{decided}; {point}{late}."


def decision_sentence(text: str) -> str:
    lines = text.split("\n")
    section = markdown.find_section(lines, DECISION_SECTIONS)
    return markdown.first_sentence(section.text(lines)) if section is not None else ""


def as_github(due: list[DueDecision], deadline: Deadline, workspace: Workspace) -> str:
    annotations = []
    for item in due:
        record = item.record
        line = record.meta_lines.get("revisit", record.title_line or 1)
        state = "overdue" if item.overdue else "due"
        message = (f"{record.ref} \"{record.title or '(no title)'}\" is {state} for revisit "
                   f"{deadline.describe()} (revisit: {record.revisit.text if record.revisit else '-'}, "
                   f"due on {item.due_on.isoformat()})")
        annotations.append(github_annotation("warning", shown_path(record, workspace), line, message,
                                             title=f"Decision {state} for revisit"))
    return "\n".join(annotations)


def _shown_here(record: Record, workspace: Workspace) -> str:
    """A record's path in text output: from the current directory (JSON, agendas and annotations keep the
    project root's)."""
    if workspace.holds(record.directory):
        return workspace.shown_in_dir(record.filename)
    return workspace.shown(record.path)
