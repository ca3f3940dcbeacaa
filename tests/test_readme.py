"""The README keeps working: every `adr` command it shows runs, its outputs are what adr prints, and its CI
recipes name what exists (.ci/check_installs.py runs the recipes themselves)."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from adrtool import __version__

from conftest import Project

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def fenced_blocks(text: str) -> list[tuple[str, str, str]]:
    """(marker before it or "", language, body) of every fenced block."""
    found = []
    for match in re.finditer(r"(?:<!-- ([\w:-]+)[^\n]*-->\n)?```(\w*)\n(.*?)^```", text, re.DOTALL | re.MULTILINE):
        found.append((match.group(1) or "", match.group(2), match.group(3)))
    return found


def marked(marker: str) -> str:
    return next(body for name, _, body in fenced_blocks(README) if name == marker)


def adr_commands(body: str) -> list[list[str]]:
    """The `adr ...` commands of a shell block (or of `$ adr ...` transcript lines), each cut at a pipe or a
    redirection, `&&` separating commands; the shell's comments dropped."""
    commands = []
    for line in body.splitlines():
        command: list[str] = []
        cut = False
        for word in [*shlex.split(line.removeprefix("$ "), comments=True), "&&"]:
            if word in ("&&", ";"):
                if command[:1] == ["adr"]:
                    commands.append(command[1:])
                command, cut = [], False
            elif word in ("|", ">") or cut:
                cut = True
            else:
                command.append(word)
    return commands


def shown_commands() -> list[list[str]]:
    """Every adr command of the README's shell blocks and transcripts, quickstart excepted (run on its own)."""
    return [argv for marker, language, body in fenced_blocks(README)
            if language in ("sh", "text", "") and marker != "ci:quickstart" for argv in adr_commands(body)]


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.org", *args], cwd=root, check=True,
                   capture_output=True)


@pytest.fixture
def this_log(project: Project) -> Project:
    """A git repository holding a copy of this repository's decision log and its config, committed."""
    shutil.copytree(ROOT / "decisions", project.decisions)
    project.write("pyproject.toml", '[tool.adr]\ndir = "decisions"\n')
    git(project.root, "init", "-q")
    git(project.root, "add", "-A")
    subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-q", "-m", "Xena PTG"],
                   cwd=project.root, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_DATE": "2021-04-30T12:00:00", "GIT_COMMITTER_DATE": "2021-04-30T12:00:00"})
    return project


def test_readme_shows_commands() -> None:
    """The README's blocks hold commands for the tests below to run (the parser finds them)."""
    commands = shown_commands()
    assert ["list"] in commands and ["due", "--cycle", "yoga"] in commands
    assert ["validate", "--strict", "--format", "github"] in commands
    assert adr_commands(marked("ci:quickstart"))[0] == ["init"]


def test_every_command_in_the_readme_runs(this_log: Project) -> None:
    """Each `adr` command shown in the README, run in order on a copy of this repository's log, ends with
    exit 0 or 1 (never a usage error or an unreadable input) and no traceback."""
    failures = []
    for argv in shown_commands():
        result = this_log.run(*argv)
        if result.exit_code not in (0, 1) or "Traceback" in result.stderr:
            failures.append((argv, result.exit_code, result.stderr))
    assert failures == []


def test_quickstart_works_in_a_new_repository(project: Project) -> None:
    """The quickstart's adr commands, in a new git repository on today's real date: init, new (its path),
    due exits 1 with the new decision overdue on the day asked; a revisit after it leaves validate --strict
    with only the drafted record's template hints to report."""
    git(project.root, "init", "-q")
    codes = []
    for argv in adr_commands(marked("ci:quickstart")):
        result = adr_today(argv)
        codes.append(result.exit_code)
    assert codes == [0, 0, 1]
    assert adr_today(["revisit", "1", "--outcome", "kept", "--next", "never"]).exit_code == 0
    drafted = sorted(project.decisions.glob("0002-*.md"))[0]
    found = adr_today(["validate", "--strict", "--format", "json"])
    assert {item["path"] for item in yaml.safe_load(found.stdout)} == {f"decisions/{drafted.name}"}
    drafted.write_text(re.sub(r"<!--.*?-->", "Filled in.", drafted.read_text(encoding="utf-8"), flags=re.DOTALL),
                       encoding="utf-8")
    assert adr_today(["validate", "--strict"]).exit_code == 0


def adr_today(argv: list[str]):  # type: ignore[no-untyped-def]
    from conftest import adr

    return adr(*argv)


def test_the_due_transcript_is_what_adr_prints(this_log: Project) -> None:
    """The README's `adr due --cycle yoga` block is exactly what adr prints for this repository's log."""
    block = README.split("<!-- due-yoga -->\n```text\n", 1)[1].split("```", 1)[0]
    command, _, shown = block.partition("\n")
    result = this_log.run(*shlex.split(command.removeprefix("$ adr ")))
    assert (result.exit_code, result.stdout) == (1, shown)


def test_ci_recipes_name_this_version_and_hooks_that_exist() -> None:
    """The pre-commit, tox and GitHub Actions recipes name the tag of this version (v + __version__), the
    hooks the pre-commit recipe names are in .pre-commit-hooks.yaml, and the workflow's action inputs are
    action.yml's."""
    tag = f"v{__version__}"
    pre_commit = yaml.safe_load(marked("ci:pre-commit"))["repos"][0]
    assert pre_commit["rev"] == tag
    hooks = {hook["id"] for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert {hook["id"] for hook in pre_commit["hooks"]} <= hooks
    assert f"@{tag}" in marked("ci:tox")
    assert f"@{tag}\"" in marked("ci:quickstart")
    workflow = yaml.safe_load(marked("ci:github-workflow"))
    uses = [step for step in workflow["jobs"]["decisions"]["steps"] if "adrtool@" in step.get("uses", "")]
    assert [step["uses"].split("@")[1] for step in uses] == [tag]
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert set(uses[0].get("with", {})) <= set(action["inputs"])


def test_no_recipe_installs_adrtool_from_a_package_index() -> None:
    """adrtool is on no package index: every install of it the README and docs/ show names a clone (`.`, a
    path) or a git URL, with or without an extra; a bare `adrtool` (or `adrtool[extra]`) would fail."""
    texts = {"README.md": README, **{str(path.relative_to(ROOT)): path.read_text(encoding="utf-8")
                                     for path in sorted((ROOT / "docs").rglob("*")) if path.suffix in (".md", ".yml")}}
    bare = re.compile(r"""(?:pip install|deps =|name:)\s+["']?adrtool(?:\[[\w,]+\])?["']?\s*(?:$|#)""", re.MULTILINE)
    found = {name: bare.findall(text) for name, text in texts.items()}
    assert {name: lines for name, lines in found.items() if lines} == {}
    assert "git+https://github.com/OWNER/adrtool@v0.1.0" in texts["docs/reminders.md"]
