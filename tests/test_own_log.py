"""This repository's own decision log (the Neutron Xena PTG), as CI checks it on every change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import adr

ROOT = Path(__file__).resolve().parents[1]


def run(monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str, str]:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("ADR_NO_CACHE", "1")
    result = adr(*args)
    return result.exit_code, result.stdout, result.stderr


def test_due_at_the_yoga_ptg(monkeypatch: pytest.MonkeyPatch) -> None:
    """At the Yoga PTG the Linuxbridge and Tap-as-a-Service decisions are due; the Devstack OVN switch is not."""
    code, out, err = run(monkeypatch, "due", "--cycle", "yoga", "--format", "json")
    assert (code, err) == (1, "")
    due = {item["number"]: item["title"] for item in json.loads(out)}
    assert due[7] == "Keep the Linuxbridge backend supported for Xena"
    assert due[9] == "Keep Tap-as-a-Service an unofficial project during Xena"
    assert due[10] == "Investigate Tap-as-a-Service as a Neutron service plugin"
    assert 13 not in due
    assert sorted(due) == [3, 4, 5, 6, 7, 8, 9, 10, 11, 14, 17, 18]
    assert {item["due_on"] for item in json.loads(out)} == {"2021-10-18"}


def test_nothing_was_due_at_the_xena_ptg(monkeypatch: pytest.MonkeyPatch) -> None:
    """The decisions were taken at the Xena PTG, so nothing was due there."""
    assert run(monkeypatch, "due", "--cycle", "xena")[0] == 0


def test_index_is_current(monkeypatch: pytest.MonkeyPatch) -> None:
    """decisions/README.md is exactly what `adr index` writes."""
    assert run(monkeypatch, "index", "--check") == (0, "", "")


def test_validate_strict_is_clean_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """`adr validate --strict` finds nothing, with the real clock."""
    assert run(monkeypatch, "validate", "--strict")[:2] == (0, "")


def test_readme_shows_the_real_due_output(monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's `adr due --cycle yoga` block is what the command prints on this log."""
    _, out, _ = run(monkeypatch, "due", "--cycle", "yoga")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split("<!-- due-yoga -->\n```text\n$ adr due --cycle yoga\n", 1)[1].split("```", 1)[0]
    assert shown == out
