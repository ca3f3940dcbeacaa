"""Findings as text for people, JSON for bots, GitHub workflow commands for annotations."""

from __future__ import annotations

import json
from collections.abc import Iterable

from adrtool.findings import Finding
from adrtool.workspace import Workspace


def as_text(findings: Iterable[Finding], workspace: Workspace) -> str:
    """`path:line:col: CODE severity: message`, one per line, as compilers and linters print them."""
    return "\n".join(f"{workspace.relative(f.path)}:{f.line}:{f.column}: {f.code} {f.severity}: {f.message}"
                     for f in findings)


def as_data(findings: Iterable[Finding], workspace: Workspace) -> list[dict[str, object]]:
    return [{"code": f.code, "severity": f.severity, "path": workspace.relative(f.path), "line": f.line,
             "column": f.column, "message": f.message} for f in findings]


def as_json(findings: Iterable[Finding], workspace: Workspace) -> str:
    return json.dumps(as_data(findings, workspace), indent=2, ensure_ascii=False)


def as_github(findings: Iterable[Finding], workspace: Workspace) -> str:
    """`::error file=..,line=..,col=..,title=..::message` (GitHub Actions workflow commands)."""
    lines = []
    for f in findings:
        properties = ",".join(f"{key}={_property(str(value))}" for key, value in
                              (("file", workspace.relative(f.path)), ("line", f.line), ("col", f.column),
                               ("title", f.code)))
        lines.append(f"::{f.severity} {properties}::{_data(f.message)}")
    return "\n".join(lines)


def summary(errors: int, warnings: int) -> str:
    def count(number: int, word: str) -> str:
        return f"{number} {word}{'' if number == 1 else 's'}"

    return f"{count(errors, 'error')}, {count(warnings, 'warning')}"


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
