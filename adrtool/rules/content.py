"""ADR2xx: the record's content: title, the sections its template requires, unfilled placeholders."""

from __future__ import annotations

from collections.abc import Iterator

from adrtool.model import Dialect, Record
from adrtool.rules.context import Context
from adrtool.rules.registry import ERROR, WARNING, Problem, at, record_rule

# Each required section, with the headings that count as it. adrtool's template and adr-tools write
# Context / Decision / Consequences; MADR writes `Context and Problem Statement` and `Decision Outcome`,
# with Consequences optional (a `### Consequences` inside the outcome).
CONTEXT = ("Context", "Context and Problem Statement")
DECISION = ("Decision", "Decision Outcome")
CONSEQUENCES = ("Consequences",)
MADR_HEADINGS = ("Context and Problem Statement", "Decision Outcome")
# Which dialects have a template whose sections we know. A plain numbered file has no known template.
CHECKED_DIALECTS = (Dialect.FRONTMATTER, Dialect.NYGARD, Dialect.MADR2)


def required_sections(record: Record, context: Context) -> tuple[tuple[str, ...], ...]:
    if record.format not in CHECKED_DIALECTS:
        return ()
    body = context.body(record)
    if body is None:
        return ()
    if record.format is Dialect.MADR2 or body.has_heading(MADR_HEADINGS):
        return (CONTEXT, DECISION)
    return (CONTEXT, DECISION, CONSEQUENCES)


@record_rule("ADR201", "missing-title", ERROR,
             "Every record needs a level-1 heading: it is the title that lists, the index and agendas show.")
def missing_title(record: Record, context: Context) -> Iterator[Problem]:
    if record.title is None:
        if record.title_line is not None:
            yield at(record, record.title_line, "the title heading is empty")
        else:
            yield at(record, record.body_line, "no title; the record needs a '# Title' heading")


@record_rule("ADR202", "missing-section", ERROR,
             "A section the template requires (Context, Decision, Consequences; MADR's Context and Problem "
             "Statement, Decision Outcome) is missing.")
def missing_section(record: Record, context: Context) -> Iterator[Problem]:
    body = context.body(record)
    for names in required_sections(record, context):
        if body is not None and body.section(names) is None:
            alternatives = " or ".join(f"'## {name}'" for name in names)
            yield at(record, record.title_line or record.body_line, f"no {names[0]} section ({alternatives})")


@record_rule("ADR203", "empty-section", WARNING,
             "A required section with nothing in it but the template's hint is a draft, not a decision.")
def empty_section(record: Record, context: Context) -> Iterator[Problem]:
    body = context.body(record)
    for names in required_sections(record, context):
        section = body.section(names) if body is not None else None
        if section is not None and body is not None and body.is_empty(section):
            yield at(record, section.heading.line, f"section '{section.heading.text}' is empty")


@record_rule("ADR204", "placeholder", WARNING,
             "Template text left unfilled: the HTML-comment hints of adrtool's template, MADR's {placeholders} "
             "and [placeholders], adr-tools' boilerplate sentences.")
def placeholder(record: Record, context: Context) -> Iterator[Problem]:
    body = context.body(record)
    if body is None:
        return
    found = body.placeholders(context.template_hints, square=record.format is Dialect.MADR2,
                              adr_tools=record.format is Dialect.NYGARD)
    for item in found:
        yield at(record, item.line, f"unfilled template placeholder {_short(item.text)}", item.column)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 3] + "..."
