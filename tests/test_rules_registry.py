"""The rule registry and `adr rules`: stable codes, each with a severity, a name and a reason."""

from __future__ import annotations

import json
import re
from pathlib import Path

from adrtool.rules import RULES

from conftest import adr

TESTS = Path(__file__).resolve().parent


def test_codes_are_stable_and_grouped() -> None:
    """Codes are ADR + three digits, grouped by area; names are unique kebab-case; severities error or warning."""
    assert all(re.fullmatch(r"ADR[1-46]\d\d", code) for code in RULES)
    assert len({rule.name for rule in RULES.values()}) == len(RULES)
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.name) for rule in RULES.values())
    assert {rule.severity for rule in RULES.values()} == {"error", "warning"}
    assert all(rule.why.endswith(".") and "\n" not in rule.why for rule in RULES.values())


def test_every_rule_has_a_test() -> None:
    """Each code appears in the validate tests (one small broken log per rule)."""
    text = (TESTS / "test_validate.py").read_text(encoding="utf-8")
    assert [code for code in RULES if f'"{code}"' not in text] == []


def test_adr_rules_lists_every_rule() -> None:
    """`adr rules` prints one row per rule, JSON and Markdown too."""
    table = adr("rules").stdout.splitlines()
    assert table[0].split() == ["CODE", "SEVERITY", "NAME", "WHY"]
    codes = [line.split()[0] for line in table[1:]]
    assert [code for code in codes if not code.startswith("ADR5")] == sorted(RULES)
    data = json.loads(adr("rules", "--format", "json").stdout)
    mine = [item for item in data if item["code"] in RULES]
    assert mine == [{"code": r.code, "name": r.name, "severity": r.severity, "why": r.why} for r in RULES.values()]
    markdown = adr("rules", "--format", "markdown").stdout.splitlines()
    assert markdown[:2] == ["| code | name | severity | why |", "|---|---|---|---|"]
    assert markdown[2].startswith("| ADR100 | `unreadable-record` | error | ")
    assert len(markdown) == len(data) + 2
