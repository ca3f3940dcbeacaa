"""The rule registry: every rule's code, name, default severity and one-line reason, with its check.

A rule is one small function. ``@record_rule`` registers a function that looks at one record at a time;
``@log_rule`` one that needs the whole log (shared numbers, links between records, the index). Both yield
``Problem``s; the engine turns them into Findings with the rule's code and the configured severity.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from adrtool.model import Record
    from adrtool.rules.context import Context

ERROR = "error"
WARNING = "warning"
OFF = "off"
GIT_PREFIX = "ADR5"  # reserved for the checks against git history (adrtool.rules.gitcheck)


class Problem(NamedTuple):
    path: Path
    line: int
    column: int
    message: str
    # At most this severity (WARNING), whatever the rule's: a problem by adrtool's rules that the log's own
    # conventions make less certain. A severity set in config for the rule still wins.
    severity: str | None = None


Check = Callable[["Context"], Iterable[Problem]]
RecordCheck = Callable[["Record", "Context"], Iterable[Problem]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: str  # the default: ERROR or WARNING
    why: str  # one line: what it catches and why that matters
    check: Check | None = None  # None for rules checked elsewhere (git)


RULES: dict[str, Rule] = {}


def _register(rule: Rule) -> None:
    if rule.code in RULES or any(other.name == rule.name for other in RULES.values()):
        raise AssertionError(f"rule {rule.code} {rule.name} is registered twice")
    RULES[rule.code] = rule


def log_rule(code: str, name: str, severity: str, why: str) -> Callable[[Check], Check]:
    def register(function: Check) -> Check:
        _register(Rule(code, name, severity, why, function))
        return function

    return register


def record_rule(code: str, name: str, severity: str,
                why: str) -> Callable[[RecordCheck], RecordCheck]:
    def register(function: RecordCheck) -> RecordCheck:
        def check(context: Context) -> Iterator[Problem]:
            for record in context.scoped_records:
                yield from function(record, context)

        _register(Rule(code, name, severity, why, check))
        return function

    return register


def at(record: Record, line: int | None, message: str, column: int = 1, severity: str | None = None) -> Problem:
    """A problem in ``record`` at ``line`` (its title line, else line 1, when None)."""
    return Problem(record.path, line or record.title_line or 1, column, message, severity)


def meta_line(record: Record, *keys: str) -> int | None:
    """The line of the first of ``keys`` the record's metadata has."""
    for key in keys:
        line = record.meta_lines.get(key)
        if line is not None:
            return line
    return None
