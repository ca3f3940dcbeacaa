"""Shared fixtures: run the real CLI in a project made in tmp_path."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from adrtool.cli import cli


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str


@dataclass
class Project:
    """A project directory; `run` invokes `adr` in it with a frozen today."""

    root: Path
    today: str = "2021-05-01"

    @property
    def decisions(self) -> Path:
        return self.root / "decisions"

    def write(self, relative: str, text: str) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    def read(self, relative: str) -> str:
        return (self.root / relative).read_text(encoding="utf-8")

    def run(self, *args: str, env: dict[str, str] | None = None) -> Result:
        runner = CliRunner()
        outcome = runner.invoke(cli, ["--today", self.today, *args], catch_exceptions=False,
                                env={"VISUAL": None, "EDITOR": None, **(env or {})})
        return Result(outcome.exit_code, outcome.stdout, outcome.stderr)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    root = tmp_path / "project"
    root.mkdir()
    monkeypatch.chdir(root)
    monkeypatch.delenv("ADR_TODAY", raising=False)
    monkeypatch.setenv("ADR_CACHE_DIR", str(tmp_path / "adr-cache"))  # never the user's own cache
    return Project(root)
