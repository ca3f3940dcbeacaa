"""What `adr new` refuses to write: a record the metadata rules (ADR3xx) would find an error in.

The record is judged by the rules themselves, as `adr validate` would judge it with the project's selection
and severities, so that the refusal says what validate would say.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from adrtool.calendar.cycles import Calendar
from adrtool.errors import UsageError
from adrtool.model import Record
from adrtool.project.workspace import Workspace
from adrtool.records.log import DecisionLog
from adrtool.rules.context import Context
from adrtool.rules.engine import selection
from adrtool.rules.registry import ERROR, RULES

CHECKED_PREFIX = "ADR3"  # metadata: status, dates, cycles, revisit points


def refusals(workspace: Workspace, record: Record, calendar: Calendar, today: date,
             beside: Sequence[Record] = ()) -> list[str]:
    """The error messages the metadata rules give for ``record`` (not yet written), each with its code, judged by
    the conventions of the log it joins, whose records are ``beside`` it (a log kept with another tool holds a
    record to that tool's)."""
    import adrtool.rules  # noqa: F401 - registers the rules

    chosen = selection(workspace.config)
    context = Context(workspace, DecisionLog(record.directory, (*beside, record), ()), calendar, today)
    found = []
    for code, rule in sorted(RULES.items()):
        if not code.startswith(CHECKED_PREFIX) or rule.check is None \
                or chosen.severity_of(code, rule.severity) != ERROR:
            continue
        found += [f"{problem.message} ({code})" for problem in rule.check(context) if problem.path == record.path]
    return found


def admission(workspace: Workspace, calendar: Calendar, today: date, hint: str = ""
              ) -> Callable[[Record, Sequence[Record]], None]:
    """What `adr new` hands ``new_record`` to refuse a record validate would find an error in (the records of its
    log beside it): one line of the rules' own messages, `not written`, then ``hint`` (the CLI's `--force writes it
    anyway`)."""
    def admit(record: Record, beside: Sequence[Record]) -> None:
        found = refusals(workspace, record, calendar, today, beside)
        if found:
            raise UsageError(f"{'; '.join(found)}; not written{f' ({hint})' if hint else ''}")

    return admit
