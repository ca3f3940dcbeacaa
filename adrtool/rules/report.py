"""Findings as text for people, JSON for bots, GitHub workflow commands for annotations."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from adrtool.project.workspace import Workspace
from adrtool.rules.findings import Finding


def as_text(findings: Iterable[Finding], workspace: Workspace) -> str:
    """`path:line:col: CODE severity: message`, one per line, as compilers and linters print them (a newline a
    message quotes is written as an escape); the path relative to the current directory."""
    from adrtool.views.visible import guarded, one_line

    shown = _shown(workspace, from_here=True)
    return guarded("\n".join(one_line(f"{shown(f.path)}:{f.line}:{f.column}: {f.code} {f.severity}: {f.message}")
                              for f in findings))


def as_data(findings: Iterable[Finding], workspace: Workspace) -> list[dict[str, object]]:
    shown = _shown(workspace)
    return [{"code": f.code, "severity": f.severity, "path": shown(f.path), "line": f.line,
             "column": f.column, "message": f.message} for f in findings]


def _shown(workspace: Workspace, from_here: bool = False) -> Callable[[Path], str]:
    """``workspace.relative`` (``from_here``: ``workspace.shown``), worked out once per directory: the findings
    of a log share a few."""
    prefixes: dict[str, str | None] = {}

    def shown(path: Path) -> str:
        directory, _, name = str(path).rpartition(os.sep)
        if directory not in prefixes:
            prefixes[directory] = _here_prefix(workspace, path.parent) if from_here else _prefix(workspace, path.parent)
        prefix = prefixes[directory]
        return workspace.relative(path) if prefix is None else prefix + name

    return shown


def _here_prefix(workspace: Workspace, directory: Path) -> str:
    shown = workspace.shown(directory)
    return "" if shown == "." else shown + "/"


def _prefix(workspace: Workspace, directory: Path) -> str | None:
    """What ``workspace.relative`` shows before the name of a file in ``directory``; None: ask it each time."""
    try:
        relative = directory.relative_to(workspace.root).as_posix()
    except ValueError:
        return None
    return "" if relative == "." else relative + "/"


def as_json(findings: Iterable[Finding], workspace: Workspace) -> str:
    from adrtool.views.visible import json_safe

    return json_safe(json.dumps(as_data(findings, workspace), indent=2, ensure_ascii=False))


def as_github(findings: Iterable[Finding], workspace: Workspace) -> str:
    """`::error file=..,line=..,col=..,title=..::message` (GitHub Actions workflow commands)."""
    from adrtool.views.visible import visible

    shown = _shown(workspace)
    lines = []
    for f in findings:
        properties = ",".join(f"{key}={_property(visible(str(value)))}" for key, value in
                              (("file", shown(f.path)), ("line", f.line), ("col", f.column),
                               ("title", f.code)))
        lines.append(f"::{f.severity} {properties}::{_data(visible(f.message))}")
    return "\n".join(lines)


def summary(errors: int, warnings: int) -> str:
    def count(number: int, word: str) -> str:
        return f"{number} {word}{'' if number == 1 else 's'}"

    return f"{count(errors, 'error')}, {count(warnings, 'warning')}"


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
