"""Whatever adrtool writes, its own validator accepts: every writing command, then `adr validate --strict`."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from conftest import Project

NYGARD = ("# 2. Use adr-tools\n\nDate: 2021-04-19\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n\n"
          "## Decision\n\nWhat.\n\n## Consequences\n\nThen.\n")
MADR2 = ("# Use MADR 2\n\n* Status: proposed\n* Date: 2021-04-19\n* Revisit: yoga\n\n"
         "## Context and Problem Statement\n\nWhy.\n\n## Decision Outcome\n\nWhat.\n")


def strict_findings(project: Project) -> list[str]:
    result = project.run("validate", "--strict", "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    return [f"{item['path']}:{item['line']}: {item['code']} {item['message']}" for item in json.loads(result.stdout)]


def fill_in(project: Project, path: str) -> None:
    """What the team does after `adr new`: write the sections the template left for them."""
    text = project.read(path)
    project.write(path, re.sub(r"<!--.*?-->", "Written by the team.", text, flags=re.DOTALL))


@pytest.fixture
def log(project: Project) -> Project:
    """`adr init` in a git repository, plus an adr-tools and a MADR 2 record: a log validate --strict passes."""
    subprocess.run(["git", "init", "-q"], cwd=project.root, check=True)
    assert project.run("init").exit_code == 0
    project.write("decisions/0002-use-adr-tools.md", NYGARD)
    project.write("decisions/0003-use-madr-2.md", MADR2)
    assert project.run("index").exit_code == 0
    assert strict_findings(project) == []
    return project


def test_every_writing_command_leaves_a_log_that_validate_strict_accepts(log: Project) -> None:
    """init, new (once filled in), revisit (kept, changed, dropped, superseded), accept, reject, deprecate,
    supersede, status, link, renumber, convert, index and edit, in turn: after each, validate --strict finds
    nothing."""
    def new(*args: str) -> str:
        result = log.run("new", *args)
        assert result.exit_code == 0, result.stderr
        path = result.stdout.strip()
        drafted = [finding.split(":")[0] for finding in strict_findings(log)]
        assert set(drafted) == {path}  # only the template's hints of the new record
        fill_in(log, path)
        return path

    steps: list[tuple[str, ...]] = [
        ("revisit", "1", "--outcome", "kept", "--next", "never", "--note", "Still {how} we work"),
        ("link", "2", "amends", "1"),
        ("link", "3", "relates-to", "2"),
    ]
    for step in steps:
        result = log.run(*step)
        assert result.exit_code == 0, (step, result.stderr)
        assert strict_findings(log) == [], step

    new("--revisit", "yoga", "--tag", "ovn", "--relates-to", "1", "Use OVN")  # 0004
    new("--revisit", "2021-12-01", "--supersedes", "2", "Replace adr-tools")  # 0005
    new("--revisit", "never", "日本語のタイトル")  # 0006
    new("--revisit", "never", "--status", "accepted", "--decision-maker", "Nova team", "Größe der Datenbank")  # 0007
    new("--revisit", "yoga", "Drop this later")  # 0008
    new("--revisit", "yoga", "Reject this")  # 0009
    new("--revisit", "yoga", "Supersede this")  # 0010
    new("--revisit", "yoga", "Its successor")  # 0011

    steps = [
        ("accept", "4"),
        ("accept", "4"),  # a no-op that says so
        ("revisit", "4", "--outcome", "changed", "--next", "zed:ff", "--note", "OVN: now by default"),
        ("revisit", "8", "--outcome", "dropped", "--note", "No longer needed"),
        ("reject", "9"),
        ("status", "9", "proposed"),
        ("deprecate", "9"),
        ("revisit", "10", "--outcome", "superseded", "--by", "11"),
        ("supersede", "3", "--by", "11"),
        ("renumber", "11", "--to", "20", "--no-git"),
        ("convert",),
        ("index",),
    ]
    for step in steps:
        result = log.run(*step)
        assert result.exit_code == 0, (step, result.stderr)
        assert strict_findings(log) == [], step
    result = log.run("edit", "4", env={"EDITOR": "true"})
    assert result.exit_code == 0
    assert strict_findings(log) == []
    assert log.run("index", "--check").exit_code == 0
