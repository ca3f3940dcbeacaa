"""The linter behind `adr validate`: one small function per rule, registered with a stable code.

Codes by area: ADR1xx files and numbers, ADR2xx content, ADR3xx metadata, ADR4xx links between records,
ADR5xx git history (adrtool.rules.gitcheck), ADR6xx the generated index.
"""

from __future__ import annotations

from adrtool.rules import content, files, indexfile, links, metadata  # noqa: F401 - registers the rules
from adrtool.rules.engine import Report, Selection, all_rules, selection, validate
from adrtool.rules.registry import ERROR, OFF, RULES, WARNING, Rule

for _code in sorted(RULES):  # by code, whatever the order the modules registered them in
    RULES[_code] = RULES.pop(_code)

__all__ = ["ERROR", "OFF", "RULES", "WARNING", "Report", "Rule", "Selection", "all_rules", "selection",
           "validate"]
