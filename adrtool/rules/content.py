"""ADR2xx: the record's content: title, the sections its template requires, unfilled placeholders."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from adrtool.model import Dialect, Record
from adrtool.records.conventions import Conventions
from adrtool.records.facts import TITLE_NUMBER, BodyFacts
from adrtool.records.names import is_title_left_as_placeholder
from adrtool.rules.context import Context
from adrtool.rules.registry import ERROR, WARNING, Problem, at, record_rule

# Each required section, with the headings that count as it. adrtool's template and adr-tools write
# Context / Decision / Consequences; MADR writes `Context and Problem Statement` and `Decision Outcome`
# (MADR_HEADINGS), with Consequences optional (a `### Consequences` inside the outcome).
CONTEXT = ("Context", "Context and Problem Statement")
DECISION = ("Decision", "Decision Outcome")
CONSEQUENCES = ("Consequences",)
# Which dialects have a template whose sections we know. A plain numbered file has no known template.
CHECKED_DIALECTS = (Dialect.FRONTMATTER, Dialect.NYGARD, Dialect.MADR2)


def required_sections(record: Record, facts: BodyFacts | None,
                      conventions: Conventions | None = None) -> tuple[tuple[str, ...], ...]:
    """The sections ``record`` must have: those its log's own template requires (a template in the decision
    directory, such as adr-tools' `templates/template.md` or MADR's `adr-template.md`), else its dialect's.

    Only a log kept with adrtool is held to them: in other tools' logs (no adrtool config, no adrtool keys)
    records name and order their sections as their authors like, and a missing one is not a problem the
    log's maintainers would agree with."""
    if record.format not in CHECKED_DIALECTS or facts is None:
        return ()
    if conventions is not None:
        if not conventions.adrtool:
            return ()
        if conventions.sections is not None:
            return tuple((name,) for name in conventions.sections)
    if record.format is Dialect.MADR2 or facts.madr_headings:
        return (CONTEXT, DECISION)
    return (CONTEXT, DECISION, CONSEQUENCES)


@functools.lru_cache(maxsize=1024)
def _missing(sections: tuple[str, ...], required: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """Which of ``required`` a record with ``sections`` lacks: most records share a handful of outlines."""
    present = frozenset(sections)
    return tuple(names for names in required if not any(name.lower() in present for name in names))


@record_rule("ADR201", "missing-title", ERROR,
             "Every record needs a level-1 heading: it is the title that lists, the index and agendas show. In a "
             "log kept with another tool, a record written without one is a warning, and a log of records none "
             "of which has one is kept so (an empty heading is an error everywhere, as is the template's "
             "placeholder left for the title: `# Title`, `# {title}`).")
def missing_title(record: Record, context: Context) -> Iterator[Problem]:
    if record.title is None:
        if record.title_line is not None:
            yield at(record, record.title_line, "the title heading is empty")
        elif (conventions := context.conventions_of(record)).titled:  # (a log kept without titles: none)
            yield at(record, record.body_line, "no title; the record needs a '# Title' heading",
                     severity=None if conventions.adrtool else WARNING)
    elif _a_placeholder_title(record):
        yield at(record, record.title_line or record.body_line,
                 f"the title is the template's placeholder {record.title!r}; give the record its title")


def _a_placeholder_title(record: Record) -> bool:
    return record.title is not None and is_title_left_as_placeholder(record.title)


@record_rule("ADR202", "missing-section", ERROR,
             "A section the template requires (the log's own template in the decision directory, else Context, "
             "Decision, Consequences; MADR's Context and Problem Statement, Decision Outcome) is missing. Only "
             "in a log kept with adrtool: other tools' logs name their sections as they like.")
def missing_section(record: Record, context: Context) -> Iterator[Problem]:
    facts = context.facts_of(record)
    conventions = context.conventions_of(record)
    required = required_sections(record, facts, conventions)
    if facts is None or not required:
        return
    for names in _missing(facts.sections, required):
        alternatives = " or ".join(f"'## {name}'" for name in names)
        yield at(record, record.title_line or record.body_line, f"no {names[0]} section ({alternatives})")


@record_rule("ADR203", "empty-section", WARNING,
             "A required section with nothing in it but the template's hint is a draft, not a decision.")
def empty_section(record: Record, context: Context) -> Iterator[Problem]:
    facts = context.facts_of(record)
    if facts is None or not facts.empty:
        return
    for names in required_sections(record, facts, context.conventions_of(record)):
        name = facts.section(names)
        section = facts.empty_section(name) if name is not None else None
        if section is not None:
            yield at(record, section.line, f"section '{section.heading}' is empty")


# The people a record names, by the canonical key they are written under.
_PEOPLE = {"decision-makers": "decision_makers", "consulted": "consulted", "informed": "informed"}


def _names_in_braces(record: Record) -> frozenset[int]:
    """The metadata lines whose key names people the reader found there: names the authors wrote inside the
    template's braces (`decision-makers: {Grupo 7 - MATI}`) or, in a bullet or a key line, brackets (MADR 2's `*
    Deciders: [Emil Georgiev]`) are filled in, as `adr list` shows them; the template's own hint (`{list everyone
    involved in the decision}`) gives no name, and stays a placeholder. Out of front matter, a hint the reader takes
    for a name is told by its words (``_a_name``: `- Informed: {who is kept up-to-date on progress}`)."""
    from adrtool.records.dialects.normalize import canonical_key

    return frozenset(line for key, line in record.meta_lines.items()
                     if (field := _PEOPLE.get(canonical_key(key))) is not None and (people := getattr(record, field))
                     and (record.format is Dialect.FRONTMATTER or all(_a_name(person) for person in people)))


def _a_name(text: str) -> bool:
    """Whether ``text``, read as a person, is a name rather than a template's hint: a few words, the first not in
    lower case (`Emil Georgiev (emil@x.org)`, not `who is kept up-to-date` or `Names of the deciders`)."""
    words = _REMARK.sub(" ", text).split()
    return bool(words) and not words[0][:1].islower() and len(words) <= _WORDS_IN_A_NAME


_REMARK = re.compile(r"\([^()]*\)")  # `(emil@x.org)` after a name
_WORDS_IN_A_NAME = 3


@record_rule("ADR204", "placeholder", WARNING,
             "Template text left unfilled: the HTML-comment hints of adrtool's template, MADR's {placeholders} "
             "and [placeholders], adr-tools' boilerplate sentences, a template's {{VARIABLE}} where a template puts "
             "one (or anywhere, when the log's template holds it), a relation naming ADR-XXXX. Brackets the "
             "author wrote are not: a link to a reference definition, a label their text follows, a list as a key's "
             "value, code (indented, or a span over a line break, too), TeX, maps (`{name: x}`) and HTML tags.")
def placeholder(record: Record, context: Context) -> Iterator[Problem]:
    facts = context.facts_of(record)
    named = _names_in_braces(record) if facts is not None and facts.placeholders else frozenset()
    # The title is ADR201's: the template's placeholder there, or a title its author bracketed (`# [Connectivities
    # in the backend]`, as gt4py's MADR 2 records keep the template's brackets).
    for item in facts.placeholders if facts is not None else ():
        if item.line in named:
            continue
        if item.line != record.title_line or (item.text.endswith(TITLE_NUMBER) and not _a_placeholder_title(record)):
            # (`# n. Django Templates`: the number left; `# xxxx. ADR title` is ADR201's whole)
            yield at(record, item.line, f"unfilled template placeholder {_short(item.text)}", item.column)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 3] + "..."
