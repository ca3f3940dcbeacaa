"""ADR3xx: metadata: status, date, cycle, revisit point, unknown keys."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from adrtool.calendar.revisit import due_on
from adrtool.model import Dialect, Record, is_period, parse_iso_date, period_shapes
from adrtool.records.keys import KNOWN_KEYS, is_known_key
from adrtool.records.values import KNOWN_STATUSES, MULTI_WORD_STATUSES, month_alone, read_status, statuses_as_read
from adrtool.rules.context import Context
from adrtool.rules.registry import ERROR, WARNING, Problem, at, record_rule

_DATE_LIKE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")
# KNOWN_KEYS are lowercase, and only `deciders` among them is an alias (the reader's ALIASES rename it to
# decision-makers, KNOWN_ALIAS_TARGETS). A test holds both against the reader.
# A record whose keys are all known and written as such needs no key looked up by case or alias.
_KNOWN = frozenset(KNOWN_KEYS)
KNOWN_ALIASES = frozenset({"deciders"})
KNOWN_ALIAS_TARGETS = frozenset({"decision-makers"})  # the keys KNOWN_ALIASES stand for
# Dialects that can hold a revisit point (adr-tools records have no place for one).
REVISIT_DIALECTS = (Dialect.FRONTMATTER, Dialect.MADR2)
# Statuses a log may use without configuring them: the common tools' words.
_COMMON_STATUSES = KNOWN_STATUSES | MULTI_WORD_STATUSES


# Words logs use for a status of the common lifecycle: what a hint offers before a merely similar spelling
# (`approved` is close to `proposed` in letters, and means `accepted`).
_SAME_AS = {"approved": "accepted", "agreed": "accepted", "adopted": "accepted", "decided": "accepted",
            "final": "accepted", "declined": "rejected", "refused": "rejected", "obsolete": "deprecated",
            "outdated": "deprecated", "retired": "deprecated", "replaced": "superseded", "draft": "proposed",
            "proposal": "proposed"}
_NEGATIONS = ("not", "non", "no", "un", "in", "dis")


def closest_status(status: str, candidates: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The status among ``candidates`` that ``status`` most likely means: the common word it stands for, else
    the most similar spelling, never the word it negates (`not-implemented` is not `implemented`)."""
    candidates = list(candidates)
    if status in _SAME_AS:
        return _SAME_AS[status] if _SAME_AS[status] in candidates else None
    for close in difflib.get_close_matches(status, candidates, n=3, cutoff=cutoff):
        if close in status and status.replace(close, "", 1).strip(" -_") in _NEGATIONS:
            continue
        return close
    return None


def _shared(record: Record, context: Context) -> bool:
    """Whether another record of ``record``'s log writes its status's words too, whatever it is read as (`구현됨` in
    `구현됨 (Implemented)`): a word of the log's own, not a slip."""
    assert record.status is not None
    counted = context.part_of(record).status_words
    words = re.findall(r"[^\W\d_]+", record.status)
    return bool(words) and all(counted[word] > 1 for word in words)


def _like_a_lifecycle_word(status: str, known: Iterable[str]) -> bool:
    """Whether ``status`` reads as a status of some lifecycle, its words like one of ``known`` (`in consideration`,
    `under consideration`) or holding one (`reviewed`, `not-implemented`); not a word like none (`foo`)."""
    known = list(known)
    return bool(difflib.get_close_matches(status, known, n=1, cutoff=0.6)) or any(
        len(word) > 3 and word in status for word in known)


def _a_slip_of(word: str, known: str) -> bool:
    """Whether ``word`` is ``known`` mistyped: one slip (``_slips``), two in a word of ten letters or more. A custom
    status of another tool's log that is merely like a common one (`reviewed`, `in consideration`) is the log's
    own."""
    slips = 1 if len(word) < 10 else 2
    return abs(len(known) - len(word)) <= slips and _slips(word, known) <= slips


def typo_of(key: str) -> str | None:
    """The known key ``key`` is a typo of: one letter added, dropped, changed, or two neighbours swapped (`revist`,
    `staus`, `cylce`); two such slips in a key of ten letters or more (`superceeded-by`). Not a merely similar
    word: `revises` is not `revisits`, nor `auteur` `date`."""
    return next((known for known in KNOWN_KEYS if _a_slip_of(key, known)), None)


def _slips(one: str, other: str) -> int:
    """The typing slips between ``one`` and ``other``: letters added, dropped or changed, neighbours swapped."""
    before: list[int] = []
    row = list(range(len(other) + 1))
    for i, letter in enumerate(one, 1):
        current = [i]
        for j, wanted in enumerate(other, 1):
            cost = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (letter != wanted))
            if i > 1 and j > 1 and letter == other[j - 2] and one[i - 2] == wanted:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        before, row = row, current
    return row[-1]


def known_keys(record: Record) -> bool:
    """Whether every metadata key of ``record`` is one of KNOWN_KEYS as written (as in almost every record)."""
    return _KNOWN.issuperset(record.meta)


def raw(record: Record, key: str) -> tuple[Any, int | None]:
    """The value of ``key`` as written (any case, or an alias), and its line; (None, None) if absent."""
    meta = record.meta
    if _KNOWN.issuperset(meta) and (key not in KNOWN_ALIAS_TARGETS or KNOWN_ALIASES.isdisjoint(meta)):
        return meta.get(key), record.meta_lines.get(key)  # no other written key stands for ``key``
    from adrtool.records.dialects.normalize import canonical_key

    for written, value in record.meta.items():
        if canonical_key(written) == key:
            return value, record.meta_lines.get(written)
    return None, None


def shown(value: Any, record: Record, line: int | None, context: Context) -> str:
    """A raw value as the user wrote it: the text after the key on its line when it is not a plain string."""
    if isinstance(value, str):
        return value.strip()
    text = context.line_text(record, line) if line is not None else None
    if text is not None and ":" in text:
        return text.split(":", 1)[1].strip()
    return str(value)


def missing_line(record: Record) -> int | None:
    """Where a missing key is reported: the front matter's first line, else the title."""
    return 1 if record.format is Dialect.FRONTMATTER else None


def _absent(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@record_rule("ADR301", "status", ERROR,
             "The status must be one of the configured statuses, or lists, due dates and the index misplace "
             "the decision. In a log kept with another tool, its own statuses are fine (`in-progress` is "
             "`in progress`); an empty Status section or the template's placeholder is reported, and a status "
             "phrase adr cannot read is a warning.")
def status(record: Record, context: Context) -> Iterator[Problem]:
    statuses = context.config.statuses
    if record.status is None and (misspelt := _misspelt_status_heading(record, context)) is not None:
        yield misspelt
        return
    if record.status is not None:
        yield from _braces_left("status", record.status, record, context)
    if record.status is not None and record.status in statuses_as_read(statuses):
        return  # (a configured `pending` is read as proposed, as a record's is)
    if not context.conventions_of(record).adrtool:
        yield from _other_tool_status(record, context)
        return
    value, line = raw(record, "status")
    expected = ", ".join(statuses)
    if record.status is None:
        if _absent(value):
            yield at(record, line or missing_line(record), f"no status (expected one of {expected})")
        else:
            yield at(record, line, f"status {shown(value, record, line, context)!r} is not one of {expected}")
    elif record.status not in statuses:
        close = closest_status(record.status, statuses)
        hint = f"; did you mean {close!r}?" if close else f" (expected one of {expected})"
        yield at(record, line, f"status {record.status!r} is not a configured status{hint}")


def _misspelt_status_heading(record: Record, context: Context) -> Problem | None:
    """A warning for a record with no status whose section heading is a slip of `Status` (Flexiana/framework's
    `## Staus` / `Proposed`): what it holds is not read as the status."""
    facts = context.facts_of(record)
    close = next((name for name in facts.sections if "status" not in name
                  and difflib.SequenceMatcher(None, name, "status").ratio() >= 0.8), None) if facts else None
    if close is None:
        return None
    from adrtool.fsio import lines_of

    lines = lines_of(record.path) or []  # (read again for this rare record alone, for the heading's line)
    line, heading = next(((number, text.strip()) for number, text in enumerate(lines, 1)
                          if text.startswith("#") and text.lstrip("#").strip().lower() == close), (None, close))
    return at(record, line, f"no status is read: {heading!r} looks like a Status heading misspelt; did you "
                            "mean '## Status'?", severity=WARNING)


def _braces_left(key: str, read: object, record: Record, context: Context) -> Iterator[Problem]:
    """A value read from inside the braces the template left around it (`Estado: { deprecated }`, from MADR 3's
    `status: {proposed | rejected | accepted | ...}`): read, and reported so the braces go."""
    value, line = raw(record, key)
    if type(value) is dict or (type(value) is str and value.strip()[:1] == "{" and value.rstrip()[-1:] == "}"):
        yield at(record, line, f"{key} {shown(value, record, line, context)!r} is still in the template's braces; "
                               f"write {read}", severity=WARNING)


def _spaced(status: str) -> str:
    """``status`` with the hyphens or underscores between its words as spaces (`in-progress`, `on_hold`)."""
    return " ".join(status.replace("_", " ").replace("-", " ").split())


def _other_tool_status(record: Record, context: Context) -> Iterator[Problem]:
    """ADR301 in a log kept with another tool: status is optional, and the log's own words are statuses."""
    value, line = raw(record, "status")
    if record.status is None:
        if value is None:
            return  # no place for a status: the log's dialect makes it optional
        if _absent(value) and record.links:  # (links alone: a word lost in an edit, the links still telling much)
            yield at(record, line, "the Status section names other records but no status; state the decision's "
                                   "status above them", severity=WARNING)
            return
        if _absent(value):
            yield at(record, line, "the status is empty; state the decision's status")
            return
        if type(value) is dict:  # `{status}` in YAML: the template's braces, read as written
            value = shown(value, record, line, context)
        reading = read_status(value) if isinstance(value, str) else None
        if reading is not None and reading.template:
            yield at(record, line, f"status {shown(value, record, line, context)!r} is the template's "
                                   "placeholder; state the decision's status")
        else:
            yield at(record, line, f"status {shown(value, record, line, context)!r} is not a status adr can "
                                   "read; start it with the status word", severity=WARNING)
        return
    used = context.conventions_of(record).statuses
    if record.status in _COMMON_STATUSES or record.status in used:
        return
    if ("-" in record.status or "_" in record.status) and (spaced := _spaced(record.status)) and \
            (spaced in _COMMON_STATUSES or spaced in used):
        return  # `in-progress` (thanos-io/thanos) is `in progress` spelt with hyphens: the same status
    known = sorted(_COMMON_STATUSES | context.conventions_of(record).statuses | set(context.config.statuses))
    close = closest_status(record.status, known, cutoff=0.8)
    if close and (record.status in _SAME_AS or _a_slip_of(record.status, close)):
        yield at(record, line, f"status {record.status!r} is not a status this log uses; did you mean "
                               f"{close!r}?", severity=WARNING)
    elif not _like_a_lifecycle_word(record.status, known) and not _shared(record, context):
        yield at(record, line, f"status {record.status!r} is not a status adr knows, nor one another record of this "
                               "log or its template uses; state the decision's status", severity=WARNING)


@record_rule("ADR302", "superseded-without-successor", ERROR,
             "A superseded decision must name the record that replaced it, or readers hit a dead end.")
def superseded_without_successor(record: Record, context: Context) -> Iterator[Problem]:
    if record.status != "superseded" or record.superseded_by:
        return
    if any(_a_successor(link.label) for link in record.links):
        return  # named, but not by number (a date-named successor, a link the reader could not number), or in part
    if record.number is not None and record.number in context.part_of(record).superseded_numbers:
        return  # the successor names it (`Accepted (replaces ADR 0013)`): the graph leads on (ADR402, one way)
    if record.number is None and record.id in context.part_of(record).superseded_ids:
        return  # a date-named successor links it as the one it supersedes
    value, line = raw(record, "status")
    if isinstance(value, str) and read_status(value).superseded_by:
        return  # `superseded by [20201016-x](20201016-x.md)`: a date-named successor
    successor, _ = raw(record, "superseded-by")
    if any(map(context.part_of(record).names_by_id, successor if isinstance(successor, list) else [successor])):
        return  # `supersededBy: DR--20251103--meta--x`: a record named without a number, by its id
    hint = "add superseded-by: [N]" if record.format is Dialect.FRONTMATTER else "link the successor"
    severity = None if context.conventions_of(record).adrtool else WARNING
    yield at(record, line, f"status is superseded but no successor is named; {hint}", severity=severity)


def _a_successor(label: str) -> bool:
    """Whether a link's label names a record that replaced this one, whole or in part (`superseded-by`,
    `amended-by`, EntityProcess/agentv's `Superseded in part by [5. ..](..)`)."""
    return label in ("superseded-by", "amended-by") or (label[:10] == "superseded" and label[-3:] == "-by")


@record_rule("ADR303", "missing-date", ERROR,
             "Every decision needs the date it was taken: the index, the calendar checks and the history use it. "
             "Only in a log kept with adrtool: other tools' dialects make the date optional.")
def missing_date(record: Record, context: Context) -> Iterator[Problem]:
    if record.date is not None:  # read from the value raw() finds: one was written
        return
    if not context.conventions_of(record).adrtool:
        return
    value, line = raw(record, "date")
    if _absent(value):
        yield at(record, line or missing_line(record), "no date (YYYY-MM-DD, the day the decision was taken)")


@record_rule("ADR304", "invalid-date", ERROR,
             "A date that is not an ISO calendar date (YYYY-MM-DD) cannot be sorted or compared. In a log kept "
             "with another tool, its own date forms are fine; a date that cannot be read is a warning, and the "
             "template's placeholder left in its place ADR204's.")
def invalid_date(record: Record, context: Context) -> Iterator[Problem]:
    if record.date is not None:
        yield from _braces_left("date", record.date.isoformat(), record, context)
    value, line = raw(record, "date")
    if _absent(value) or isinstance(value, date):
        return  # absent, or a date YAML read as one
    # another value YAML reads (`20260101`, `.inf`, `true`, a list): as wrong as a day that is none (`2026-02-30`)
    written = value.strip() if isinstance(value, str) else None
    adrtool = context.conventions_of(record).adrtool
    if not adrtool and _a_placeholder_on(line, record, context):
        return  # the template's text left in: ADR204's warning (in adrtool's own log, an error here too)
    if record.date is not None and (not adrtool or (written is not None and parse_iso_date(written) is not None)):
        return
    if adrtool:
        yield at(record, line, f"date {shown(value, record, line, context)!r} is not an ISO date (YYYY-MM-DD)")
    elif written is None or (not _a_month(written) and not _quarto_day(record, written)):  # a month: Loki's `01/2023`
        yield at(record, line, f"date {shown(value, record, line, context)!r} is not a date adr can read "
                               "(YYYY-MM-DD)", severity=WARNING)


def _a_placeholder_on(line: int | None, record: Record, context: Context) -> bool:
    """Whether line ``line`` of ``record`` holds a template's placeholder (`- Date: [YYYY-MM-DD when the decision was
    last updated]`): one defect, which ADR204 reports."""
    facts = context.facts_of(record)
    return line is not None and facts is not None and any(item.line == line for item in facts.placeholders)


def _quarto_day(record: Record, value: str) -> bool:
    """Whether a Quarto document's date is one of the words Quarto puts the day of rendering for (`date: today`):
    no date the record was written, and no mistake."""
    return record.path.name[-4:].lower() == ".qmd" and value.strip().lower() in ("today", "now", "last-modified")


_SLASHED_MONTH = re.compile(r"(?:0?[1-9]|1[0-2])/\d{4}")


def _a_month(value: str) -> bool:
    """Whether a date's value names a month alone, as a log may date its records (`01/2023`, Loki's template;
    `May 2020`); not `2024-01`, an ISO day cut short."""
    return _SLASHED_MONTH.fullmatch(value) is not None or (value[:1].isalpha() and month_alone(value) is not None)


@record_rule("ADR305", "future-date", ERROR,
             "A decision dated after today is a typo (or not yet taken).")
def future_date(record: Record, context: Context) -> Iterator[Problem]:
    if record.date is not None and record.date > context.today:
        _, line = raw(record, "date")
        yield at(record, line, f"date {record.date.isoformat()} is in the future (today is "
                               f"{context.today.isoformat()})")


@record_rule("ADR306", "missing-revisit", WARNING,
             "An active decision without a revisit point is never due; say `revisit: never` if that is meant. "
             "Only where config asks for revisit points (`require-revisit = true`); front matter and MADR 2 "
             "records.")
def missing_revisit(record: Record, context: Context) -> Iterator[Problem]:
    if not context.config.require_revisit:
        return
    if record.revisit is not None or record.format not in REVISIT_DIALECTS \
            or record.status not in statuses_as_read(context.config.due_statuses):
        return
    value, line = raw(record, "revisit")
    if _absent(value):
        yield at(record, line or missing_line(record), f"{record.status} decision has no revisit point; add "
                                                        "revisit: <cycle>, a date (YYYY-MM-DD) or never")


@record_rule("ADR307", "unknown-revisit", ERROR,
             "A revisit point must be a cycle the calendar knows (with PTG dates), an event of one (`xena:ff`), "
             "an ISO date, a month, quarter, half-year or year (`2024-06`, `2024-Q3`, `2026-H2`, `2027`) or `never`, "
             "or it never falls due.")
def unknown_revisit(record: Record, context: Context) -> Iterator[Problem]:
    point = record.revisit
    if point is None:
        from adrtool.records.dialects.normalize import is_revisit_key

        value, line = raw(record, "revisit")
        if not _absent(value) and is_revisit_key(record.meta):  # (words under another template's name: its own)
            yield at(record, line, f"revisit {shown(value, record, line, context)!r} must be one cycle, one "
                                   "date (YYYY-MM-DD) or never")
        yield from _page_review_gap(record, context)
        return
    if point.kind != "cycle":
        return
    from adrtool.calendar.points import split, unknown_event

    cycle_ref, event_ref = split(point.text)
    cycle = context.calendar.get(cycle_ref)
    if cycle is not None and (cycle.event(event_ref) is not None if event_ref is not None else cycle.has_ptg):
        return
    _, line = raw(record, "revisit")
    if cycle is not None and event_ref is not None:
        yield at(record, line, f"revisit {point.text!r}: {unknown_event(cycle, event_ref)}")
    elif cycle is None and _DATE_LIKE.match(point.text):
        yield at(record, line, f"revisit {point.text!r} is not a valid date (YYYY-MM-DD)")
    elif cycle is None and is_period(point.text):  # a month or quarter mistyped: no cycle is offered for it
        yield at(record, line, f"revisit {point.text!r} is not a valid {period_shapes(point.text)}")
    elif cycle is None:
        suggestions = context.calendar.suggest(cycle_ref)
        if event_ref is not None:
            suggestions = [f"{suggestion}:{event_ref}" for suggestion in suggestions]
        hint = f"; did you mean {' or '.join(suggestions)}?" if suggestions else ""
        yield at(record, line, f"revisit {point.text!r} is neither a known cycle nor a date (YYYY-MM-DD){hint}")
    elif not cycle.has_ptg:
        yield at(record, line, f"revisit cycle {point.text!r} has no PTG dates in the calendar, so it never "
                               "falls due")


# A YAML value that opens with an anchor or a tag (`&x 6 months`, `!!str 0 months`): `adr revisit` refuses to
# replace it line by line (``adrtool.records.edit``).
_NODE_PROPERTY = re.compile(r"\s*[&!]")


def _page_review_gap(record: Record, context: Context) -> Iterator[Problem]:
    """A GOV.UK tech-docs page whose `last_reviewed_on` and `review_in` give no next day is never due: a warning (the
    keys are the gem's), with the way out: `adr revisit`, unless the keys hold what it does not write (a Ruby
    template, a YAML anchor or tag), which are edited by hand."""
    from adrtool.records.dialects.normalize import canonical_key, page_review_gap

    gap = page_review_gap(record.meta)
    if gap is not None:
        key, why = gap
        written = {canonical_key(name): str(name) for name in record.meta}
        lines = [record.meta_lines[name] for name in (written["last-reviewed-on"], written["review-in"])
                 if name in record.meta_lines]
        by_hand = "<%" in why or any(_NODE_PROPERTY.match((context.line_text(record, line) or ":").split(":", 1)[1])
                                     for line in lines)
        way = f"write a day in `{written['last-reviewed-on']}` and a length of time (`6 months`) in " \
            f"`{written['review-in']}` by hand" if by_hand else \
            f"`adr revisit {record.number if record.number is not None else record.filename} --outcome kept " \
            "--next YYYY-MM-DD` writes a pair that does"
        yield at(record, record.meta_lines.get(key), f"the page's review gives no next day, so it is never due: "
                                                     f"{why}; {way}", severity=WARNING)


@record_rule("ADR308", "revisit-before-date", ERROR,
             "A revisit point before the decision's own date was already past when the decision was taken.")
def revisit_before_date(record: Record, context: Context) -> Iterator[Problem]:
    if record.revisit is None or record.date is None:
        return
    due = due_on(record.revisit, context.calendar)
    if due is not None and due < record.date:
        _, line = raw(record, "revisit")
        starts = "its week" if ":" in record.revisit.text else "its PTG"
        when = record.revisit.text if record.revisit.kind == "date" else \
            f"{record.revisit.text} ({starts} starts {due.isoformat()})"
        yield at(record, line, f"revisit {when} is before the decision's date {record.date.isoformat()}")


@record_rule("ADR309", "unknown-cycle", ERROR,
             "The cycle a decision was taken in must be one the calendar knows.")
def unknown_cycle(record: Record, context: Context) -> Iterator[Problem]:
    if record.cycle is not None and context.calendar.get(record.cycle) is not None:
        return
    value, line = raw(record, "cycle")
    if _absent(value):
        return
    if record.cycle is None:
        yield at(record, line, f"cycle {shown(value, record, line, context)!r} must be one cycle name")
    elif context.calendar.get(record.cycle) is None:
        suggestions = context.calendar.suggest(record.cycle)
        hint = f"; did you mean {' or '.join(suggestions)}?" if suggestions else ""
        yield at(record, line, f"cycle {record.cycle!r} is not a known cycle{hint}")


@record_rule("ADR310", "unknown-key", WARNING,
             "A front-matter key adr does not know is usually a typo (`revist`), silently ignored.")
def unknown_key(record: Record, context: Context) -> Iterator[Problem]:
    if record.format is not Dialect.FRONTMATTER or known_keys(record):
        return
    from adrtool.records.dialects.normalize import as_date
    from adrtool.records.relations import link_keys

    relation_keys = link_keys(context.config)
    adrtool = context.conventions_of(record).adrtool
    for key in record.meta:
        name = str(key)
        if is_known_key(name, relation_keys):
            continue
        if name.lower() == "data" and record.date is not None and as_date(record.meta[key]) == record.date:
            continue  # Italian and Portuguese for the date, read as the record's
        close = typo_of(name.lower())
        if not adrtool and close is None:
            continue  # another tool's key: the log's own business
        hint = f"; did you mean {close!r}?" if close else ""
        yield at(record, record.meta_lines.get(key), f"unknown key {name!r}{hint}")


@record_rule("ADR311", "status-stated-twice", WARNING,
             "A record that states its status in two places that disagree (front matter and its Status section, a "
             "key line under the title and the section) says one thing to adr and another to its readers.")
def status_stated_twice(record: Record, context: Context) -> Iterator[Problem]:
    if record.other_status is None:
        return
    where, words, line = record.other_status
    value, read_line = raw(record, "status")
    read_where = "front matter" if record.format is Dialect.FRONTMATTER and (read_line or 0) < record.body_line \
        else "key line under the title" if where != "key line under the title" else "Status section"
    read_at = f" (line {read_line})" if read_line else ""
    yield at(record, line, f"its {where} says {words.strip()!r} (line {line}) but its {read_where} says "
                           f"{shown(value, record, read_line, context)!r}{read_at}; make them agree")
