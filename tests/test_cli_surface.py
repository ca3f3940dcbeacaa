"""The CLI's surface: cheap start-up, help with examples everywhere, docs that match the code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from adrtool.cli import COMMANDS
from adrtool.project.config import OPTIONS

from conftest import adr

README = Path(__file__).resolve().parents[1] / "README.md"
HEAVY = ("yaml", "jinja2", "git", "markdown_it", "tomllib", "tomli",
         "adrtool.records.values", "adrtool.records.names", "adrtool.records.dialects")


def test_help_imports_nothing_heavy() -> None:
    """`adr --help` loads click and our command modules, never YAML, Jinja2, gitpython, markdown-it or the reader
    (a command module importing `statuses_as_read` at its top made every `--help` load the reader's tables)."""
    probe = ("import sys\n"
             "from adrtool.console import run\n"
             "run(['--help'])\n"
             f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "[]"


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_has_help_with_an_example(name: str) -> None:
    """Each command's --help works and shows at least one example invocation of itself."""
    result = adr(name, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout
    assert f"adr {name}" in result.stdout


def test_every_command_is_in_the_readme() -> None:
    """The README's command table names every command."""
    text = README.read_text(encoding="utf-8")
    missing = [name for name in COMMANDS if f"`adr {name}" not in text]
    assert missing == []


def test_readme_documents_every_config_option() -> None:
    """The README's config table lists exactly the options of the registry, in order, with their help."""
    text = README.read_text(encoding="utf-8")
    table = text.split("<!-- config-options -->", 1)[1].split("\n\n", 1)[0].strip().splitlines()[2:]
    rows = [[cell.strip() for cell in row.strip("|").split("|")] for row in table]
    assert [(row[0].strip("`"), row[2]) for row in rows] == [(option.key, option.help) for option in OPTIONS]


def test_version() -> None:
    """--version prints the package version."""
    from adrtool import __version__

    result = adr("--version")
    assert result.stdout == f"adr, version {__version__}\n"


def test_readme_rule_table_is_what_adr_rules_prints() -> None:
    """The README's rule table is exactly `adr rules --format markdown`."""
    text = README.read_text(encoding="utf-8")
    table = text.split("<!-- rules: output of `adr rules --format markdown` -->\n", 1)[1].split("\n\n", 1)[0]
    printed = adr("rules", "--format", "markdown").stdout
    assert table + "\n" == printed


@pytest.mark.parametrize(("args", "code", "out", "err"), [
    (["cycles", "--format", "json"], 0, '"name": "austin"', ""),
    (["due", "--cycle", "nosuch"], 2, "", "adr: unknown cycle 'nosuch'; known cycles: austin.."),
    (["--version"], 0, "adr, version", ""),
    (["frobnicate"], 2, "", "adr: no such command 'frobnicate'; see adr --help"),
    (["list", "--foo"], 2, "", "adr: no such option '--foo' (did you mean '--format'?); see adr list --help\n"),
])
def test_the_console_script_leaves_with_the_command_s_exit_code(tmp_path: Path, args: list[str], code: int, out: str,
                                                                err: str) -> None:
    """`adr` ends its process without tearing the interpreter down, everything written and the code kept."""
    probe = "import sys; sys.argv[0] = 'adr'; from adrtool.console import main; main(); print('NOT REACHED')"
    done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, cwd=tmp_path,
                          env={**os.environ, "ADR_NO_CACHE": "1"})
    assert done.returncode == code
    assert out in done.stdout and "NOT REACHED" not in done.stdout
    assert err in done.stderr and "Traceback" not in done.stderr
