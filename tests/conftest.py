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


@pytest.fixture
def settled_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """The caches are written as if well after the files last changed: entries are trusted by their stat."""
    from adrtool import cache

    calibrate = cache.Clock.calibrate

    def later(self: cache.Clock, probe: object) -> None:
        calibrate(self, probe)  # type: ignore[arg-type]
        self.reference += 20 * cache.RACY_SECONDS * 1_000_000_000

    monkeypatch.setattr(cache.Clock, "calibrate", later)


@pytest.fixture
def whole_second_stamps(monkeypatch: pytest.MonkeyPatch) -> None:
    """A filesystem that stamps whole seconds, every file changed within the same second: an edit that keeps
    the size leaves the stat as it was."""
    import time

    from adrtool import cache

    second = (time.time_ns() // 1_000_000_000 + 1) * 1_000_000_000
    monkeypatch.setattr(cache, "signature", lambda stat: (stat.st_size, second, second, stat.st_ino))


@pytest.fixture
def answers_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """No command is answered from the answer store, so a repeat exercises the caches below it."""
    from adrtool import answers

    monkeypatch.setattr(answers.AnswerStore, "lookup", lambda self: None)
