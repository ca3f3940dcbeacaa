"""Run the rules: which are on and how severe (command line merged with config), in which files."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from pathlib import Path

from adrtool.calendar.cycles import Calendar
from adrtool.errors import UsageError
from adrtool.project.config import Config
from adrtool.project.workspace import Workspace
from adrtool.records.log import DecisionLog
from adrtool.records.store import NullStore, Store
from adrtool.rules.context import Context
from adrtool.rules.findings import Finding
from adrtool.rules.registry import ERROR, GIT_PREFIX, OFF, RULES, WARNING, Rule


def all_rules() -> list[Rule]:
    """Every rule by code: ours, and the git rules when adrtool.rules.gitcheck registers some (ADR5xx)."""
    rules = dict(RULES)
    try:
        from adrtool.rules import gitcheck
    except ImportError:
        gitcheck = None  # type: ignore[assignment]
    for rule in getattr(gitcheck, "RULES", ()):
        rules.setdefault(rule.code, rule)
    return [rules[code] for code in sorted(rules)]


def parse_codes(values: Iterable[str]) -> tuple[str, ...]:
    """`ADR1,ADR301` or repeated options, codes or code prefixes or rule names -> codes and prefixes."""
    by_name = {rule.name: rule.code for rule in RULES.values()}
    codes: list[str] = []
    for value in values:
        for part in value.split(","):
            part = part.strip()
            if not part:
                continue
            code = by_name.get(part.lower(), part.upper())
            if not _known(code):
                candidates = [rule.code for rule in RULES.values()] + list(by_name)
                close = difflib.get_close_matches(part, candidates, n=1)
                hint = f"; did you mean {close[0]}?" if close else "; `adr rules` lists them"
                raise UsageError(f"unknown rule code {part!r}{hint}")
            codes.append(code)
    return tuple(dict.fromkeys(codes))


def _known(prefix: str) -> bool:
    """A code or prefix of one of our rules, or of the git rules (ADR5xx), or `ADR` for all."""
    if prefix == "ADR" or any(code.startswith(prefix) for code in RULES):
        return True
    return prefix.startswith(GIT_PREFIX) and len(prefix) <= 6 and prefix[3:].isdigit()


def _longest(code: str, prefixes: Iterable[str]) -> int | None:
    lengths = [len(prefix) for prefix in prefixes if code.startswith(prefix)]
    return max(lengths) if lengths else None


@dataclass(frozen=True)
class Selection:
    """Which rules report, and at which severity: the most specific of select / ignore wins (a tie ignores)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, str] = field(default_factory=dict)

    def severity_of(self, code: str, default: str) -> str:
        selected = _longest(code, self.select) if self.select else 0
        ignored = _longest(code, self.ignore)
        if selected is None or (ignored is not None and ignored >= selected):
            return OFF
        overrides = [prefix for prefix in self.severity if code.startswith(prefix)]
        return self.severity[max(overrides, key=len)] if overrides else default

    def overridden(self, code: str) -> bool:
        """Whether config sets the severity of ``code`` (or of a prefix of it)."""
        return any(code.startswith(prefix) for prefix in self.severity)


def selection(config: Config, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> Selection:
    """The command line's --select / --ignore added to config's `select` / `ignore`; config's `severity`."""
    where = f" (config {config.source.name})" if config.source is not None else ""
    try:
        selected, ignored = parse_codes(config.select), parse_codes(config.ignore)
        severity = {parse_codes([key])[0]: level for key, level in config.severity.items()}
    except UsageError as error:
        raise UsageError(f"{error.message}{where}") from None
    return Selection(select=tuple(dict.fromkeys(selected + parse_codes(select))),
                     ignore=tuple(dict.fromkeys(ignored + parse_codes(ignore))), severity=severity)


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...]
    records: int

    @property
    def errors(self) -> int:
        return sum(1 for finding in self.findings if finding.severity == ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for finding in self.findings if finding.severity == WARNING)

    def failed(self, strict: bool) -> bool:
        return self.errors > 0 or (strict and self.warnings > 0)


def scope_of(paths: Sequence[Path]) -> tuple[Path, ...] | None:
    if not paths:
        return None
    resolved = []
    for path in paths:
        if not path.exists():
            raise UsageError(f"{path}: no such file or directory")
        resolved.append(path.resolve())
    return tuple(resolved)


def validate(workspace: Workspace, log: DecisionLog, calendar: Calendar, today: date, store: Store | None = None, *,
             paths: Sequence[Path] = (), select: Iterable[str] = (), ignore: Iterable[str] = (),
             against: str | None = None, since: str | None = None) -> Report:
    """Every finding of the selected rules, in files ``paths`` (all files when empty), sorted by place."""
    chosen = selection(workspace.config, select, ignore)
    context = Context(workspace, log, calendar, today, store or NullStore(), scope_of(paths))
    findings: list[Finding] = []
    rules = sorted(RULES.values(), key=lambda rule: (rule.code == "ADR100", rule.code))  # ADR100 sees late failures
    for rule in rules:
        severity = chosen.severity_of(rule.code, rule.severity)
        if severity == OFF or rule.check is None:
            continue
        capped = None if chosen.overridden(rule.code) else severity
        for problem in rule.check(context):
            if context.scope is None or context.in_scope(problem.path):
                level = problem.severity if problem.severity is not None and capped == ERROR else severity
                findings.append(Finding(problem.path, problem.line, problem.column, rule.code, level,
                                        problem.message))
    findings.extend(_git_findings(workspace, log, against, since, chosen, context))
    return Report(_in_order(findings), len(log.records))


def _in_order(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Each finding once, by file (path components), line, column, code, severity and message.

    By a key, and made unique once sorted: hashing or comparing thousands of findings' Path objects costs
    more than the rest of a warm run's checks.
    """
    keyed = [((f.path.parts, f.line, f.column, f.code, f.severity, f.message), f) for f in findings]
    keyed.sort(key=itemgetter(0))
    unique: list[Finding] = []
    last: tuple[object, ...] | None = None
    for key, finding in keyed:
        if key != last:
            unique.append(finding)
            last = key
    return tuple(unique)


def _git_findings(workspace: Workspace, log: DecisionLog, against: str | None, since: str | None,
                  chosen: Selection, context: Context) -> list[Finding]:
    if against is None and since is None:
        return []
    from adrtool.rules import gitcheck

    found: list[Finding] = []
    if against is not None:
        found.extend(gitcheck.check_against(workspace, log, against))
    if since is not None:
        found.extend(gitcheck.check_since(workspace, log, since))
    result = []
    for finding in found:
        severity = chosen.severity_of(finding.code, finding.severity)
        if severity != OFF and context.in_scope(finding.path):
            result.append(Finding(finding.path, finding.line, finding.column, finding.code, severity,
                                  finding.message))
    return result
