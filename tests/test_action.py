"""The GitHub Action (action.yml and adrtool/action.py), run with a stand-in runner environment."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import Project

ROOT = Path(__file__).resolve().parents[1]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))

RECORD = """\
---
status: accepted
date: 2021-04-19
cycle: xena
revisit: {revisit}
---
# Keep the Linuxbridge backend

## Context

Linuxbridge has users.

## Decision

We keep it.

## Consequences

We test it.
"""


def run_step(step: dict, project: Path, runner: Path, summary: Path, inputs: dict[str, str],
             extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run one of action.yml's steps with bash as the runner would: its env with ``inputs`` put in for the
    ${{ inputs.X }} expressions, RUNNER_TEMP and GITHUB_STEP_SUMMARY set, in its working directory."""
    defaults = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    values = {**defaults, **inputs}

    def expand(text: str) -> str:
        return re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda match: values[match.group(1)], text)

    env = {key: value for key, value in os.environ.items() if not key.startswith("ADR_")}
    env.update({key: expand(str(value)) for key, value in step.get("env", {}).items()})
    env.update({"RUNNER_TEMP": str(runner), "GITHUB_STEP_SUMMARY": str(summary), "GITHUB_ACTION_PATH": str(ROOT),
                "ADR_CACHE_DIR": str(runner / "cache"), **(extra or {})})
    where = project / expand(step.get("working-directory", "."))
    assert step["shell"] == "bash"
    return subprocess.run(["bash", "-e", "-c", expand(step["run"])], cwd=where, env=env, capture_output=True,
                          text=True, check=False)


@pytest.fixture
def runner(tmp_path: Path) -> Path:
    """RUNNER_TEMP with the venv the install step makes standing in: this interpreter, which has adrtool."""
    temp = tmp_path / "runner"
    (temp / "adrtool-venv" / "bin").mkdir(parents=True)
    python = temp / "adrtool-venv" / "bin" / "python"
    python.write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n', encoding="utf-8")
    python.chmod(0o755)
    return temp


def test_action_is_a_composite_action_whose_inputs_all_reach_the_script() -> None:
    """Every input of action.yml is used by a step, and every ADR_ACTION_* variable the steps set is one
    adrtool/action.py reads."""
    assert ACTION["runs"]["using"] == "composite"
    steps_text = yaml.safe_dump(ACTION["runs"]["steps"])
    assert sorted(set(re.findall(r"inputs\.([\w-]+)", steps_text))) == sorted(ACTION["inputs"])
    script = (ROOT / "adrtool" / "action.py").read_text(encoding="utf-8")
    names = {name for step in ACTION["runs"]["steps"] for name in step.get("env", {})}
    read = set(re.findall(r'"ADR_ACTION_(\w+)"|flag\("(\w+)"', script))
    read_names = {f"ADR_ACTION_{a or b}" for a, b in read}
    assert names - {"ADR_ACTION_PYTHON"} == read_names
    assert "$GITHUB_ACTION_PATH" in ACTION["runs"]["steps"][0]["run"]  # installs from its own checkout


def test_action_passes_a_clean_log_and_writes_a_summary(project: Project, runner: Path, tmp_path: Path) -> None:
    """A log that breaks no rule, with a fresh index: the check step exits 0 and the summary says so."""
    project.write("decisions/0001-keep-linuxbridge.md", RECORD.format(revisit="yoga"))
    assert project.run("index").exit_code == 0
    summary = tmp_path / "summary.md"
    done = run_step(ACTION["runs"]["steps"][1], project.root, runner, summary, {})
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert summary.read_text(encoding="utf-8") == (
        "## Decision log\n\n| check | result |\n|---|---|\n"
        "| `adr validate --strict --format github` | passed |\n"
        "| `adr index --check` | up to date |\n")


def test_action_annotates_findings_and_due_decisions_and_fails(project: Project, runner: Path,
                                                                  tmp_path: Path) -> None:
    """A finding fails the job with an annotation and a row in the summary; decisions due at the asked
    cycle are annotated and listed as an agenda, and fail it only with fail-on-due."""
    project.write("decisions/0001-keep-linuxbridge.md", RECORD.format(revisit="yoga"))
    project.write("decisions/0002-drop-it.md", RECORD.format(revisit="yoga").replace("status: accepted",
                                                                                     "status: acepted"))
    summary = tmp_path / "summary.md"
    done = run_step(ACTION["runs"]["steps"][1], project.root, runner, summary,
                    {"due": "yoga", "index": "false", "fail-on-due": "true"})
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        "::error file=decisions/0002-drop-it.md,line=2,col=1,title=ADR301::status 'acepted' is not a "
        "configured status; did you mean 'accepted'?",
        "::warning file=decisions/0001-keep-linuxbridge.md,line=5,title=Decision due for revisit::ADR 0001 "
        "\"Keep the Linuxbridge backend\" is due for revisit at the Yoga PTG (2021-10-18 to 2021-10-22) "
        "(revisit: yoga, due on 2021-10-18)"]
    text = summary.read_text(encoding="utf-8")
    assert "| `adr validate --strict --format github` | **failed**: 1 finding |" in text
    assert "| `decisions/0002-drop-it.md:2` | ADR301 error | status 'acepted' is not a configured status; " \
           "did you mean 'accepted'? |" in text
    assert "| `adr due --cycle yoga --format github` | **failed**: 1 decision due |" in text
    assert "### Decisions to revisit at the Yoga PTG (2021-10-18 to 2021-10-22)" in text
    assert "index --check" not in text


def test_due_decisions_only_annotate_by_default(project: Project, runner: Path, tmp_path: Path) -> None:
    """Without fail-on-due, a due decision is annotated and the job passes; `next` means the coming PTG (here
    Yoga's, ADR_TODAY being in Xena)."""
    project.write("decisions/0001-keep-linuxbridge.md", RECORD.format(revisit="2021-05-01"))
    project.run("index")
    summary = tmp_path / "summary.md"
    done = run_step(ACTION["runs"]["steps"][1], project.root, runner, summary, {"due": "next"},
                    {"ADR_TODAY": "2021-05-01"})
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("::warning file=decisions/0001-keep-linuxbridge.md,line=5,")
    assert "| `adr due --format github` | 1 decision due |" in summary.read_text(encoding="utf-8")


def test_a_bad_input_is_an_error_annotation(project: Project, runner: Path, tmp_path: Path) -> None:
    """An input that is not true or false stops the action with exit 2 and says which input."""
    done = run_step(ACTION["runs"]["steps"][1], project.root, runner, tmp_path / "summary.md", {"strict": "maybe"})
    assert (done.returncode, done.stdout) == (2, "::error::adrtool action: input strict must be true or false, "
                                                 "not 'maybe'\n")
