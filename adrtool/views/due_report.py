"""`adr due` output: a table for people, JSON for scripts, a PTG agenda in Markdown, GitHub annotations."""

from __future__ import annotations

from collections.abc import Callable

from adrtool.calendar.due import Deadline, DueDecision
from adrtool.model import Record
from adrtool.project.workspace import Workspace
from adrtool.records import markdown
from adrtool.views.output import github_annotation, markdown_inline, record_data, shown_path, table, to_json

DECISION_SECTIONS = ("Decision", "Decision Outcome")


def as_text(due: list[DueDecision], deadline: Deadline, workspace: Workspace) -> str:
    if not due:
        return f"Nothing is due {deadline.describe()}."
    overdue = sum(item.overdue for item in due)
    count = f"{len(due)} decision{'s' if len(due) != 1 else ''} due {deadline.describe()}"
    header = f"{count}, {overdue} overdue:" if overdue else f"{count}:"
    rows = [[f"{item.record.number:04d}", "overdue" if item.overdue else "due", item.due_on.isoformat(),
             item.record.revisit.text if item.record.revisit else "", item.record.status or "",
             item.record.cycle or "-", item.record.title or "(no title)", shown_path(item.record, workspace)]
            for item in due]
    return header + "\n" + table(rows, ["NUMBER", "WHEN", "DUE ON", "REVISIT", "STATUS", "DECIDED", "TITLE",
                                        "PATH"])


def as_json(due: list[DueDecision], workspace: Workspace) -> str:
    return to_json([{**record_data(item.record, workspace), "due_on": item.due_on.isoformat(),
                     "overdue": item.overdue} for item in due])


def as_markdown(due: list[DueDecision], deadline: Deadline, workspace: Workspace,
                body_of: Callable[[Record], str]) -> str:
    """An agenda block to paste into the PTG etherpad."""
    lines = [f"## Decisions to revisit {deadline.describe()}", ""]
    if not due:
        lines.append("Nothing is due.")
    for item in due:
        record = item.record
        title = markdown_inline(record.title or "(no title)")
        lines.append(f"- **[{record.number:04d} {title}]({shown_path(record, workspace)})**: "
                     f"{_why(item)}")
        sentence = decision_sentence(body_of(record))
        if sentence:
            lines.append(f"  Decision: {markdown_inline(sentence)}")
    return "\n".join(lines)


def _why(item: DueDecision) -> str:
    record = item.record
    assert record.revisit is not None
    decided = f" in {record.cycle}" if record.cycle else ""
    point = (f"revisit at the {record.revisit.text} PTG ({item.due_on.isoformat()})"
             if record.revisit.kind == "cycle" else f"revisit on {item.due_on.isoformat()}")
    late = ", overdue" if item.overdue else ""
    return f"{record.status}{decided}; {point}{late}."


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
