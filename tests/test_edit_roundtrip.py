"""Edits keep what they do not own: a status set and set back leaves every fixture byte for byte as it was."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import Project

FIXTURES = Path(__file__).parent / "fixtures"
LOGS = {
    "adr-tools": ("adr-tools/basic", "doc/adr"),
    "madr2": ("madr/madr2", "decisions"),
    "madr3": ("madr/madr3", "decisions"),
    "madr4": ("madr/madr4", "decisions"),
    "log4brains": ("log4brains/project", "docs/adr"),
}


def files(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*.md"))}


@pytest.mark.parametrize("name", list(LOGS))
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_status_round_trip_keeps_every_byte(project: Project, name: str, newline: str) -> None:
    """For each record not superseded: status -> deprecated -> back gives the original bytes, line endings too."""
    source, directory = LOGS[name]
    if name in ("adr-tools", "log4brains"):
        shutil.copytree(FIXTURES / source, project.root, dirs_exist_ok=True)
    else:
        shutil.copytree(FIXTURES / source, project.root / directory)
    for path in (project.root / directory).glob("*.md"):
        path.write_bytes(path.read_bytes().replace(b"\n", newline.encode()))
    original = files(project.root)
    records = json.loads(project.run("list", "--format", "json").stdout)
    editable = [r for r in records if r["status"] not in ("superseded", None)]
    assert editable
    for record in editable:
        ref = Path(record["path"]).name
        changed = project.run("status", ref, "deprecated")
        assert changed.exit_code == 0, changed.stderr
        assert files(project.root) != original
        back = project.run("status", ref, record["status"])
        assert back.exit_code == 0, back.stderr
    assert files(project.root) == original
