"""The GitHub Action's front end (`action.yml` at the repository root runs ``python -m adrtool.action``).

It runs the checks a decision log's CI needs with the `adr` installed beside it, prints their workflow
annotations (the runner turns `::error file=...::` lines into annotations on the diff), writes a job summary
in Markdown to ``$GITHUB_STEP_SUMMARY``, and exits 1 when a check failed. Its inputs arrive as environment
variables (``ADR_ACTION_*``, set by action.yml), so that it can be run anywhere with a stand-in environment.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

TRUE = ("1", "true", "yes", "on")
FALSE = ("0", "false", "no", "off", "")


@dataclass(frozen=True)
class Inputs:
    """What action.yml's inputs ask for."""

    directory: str = ""  # --dir; empty: found as `adr` finds it
    strict: bool = True  # warnings fail too
    index: bool = True  # adr index --check
    due: str = ""  # a cycle, `next` (the coming PTG), or empty: no due check
    fail_on_due: bool = False  # due decisions fail the job (else they are annotated only)

    @classmethod
    def from_environment(cls, environ: Mapping[str, str]) -> Inputs:
        def flag(name: str, default: bool) -> bool:
            value = environ.get(f"ADR_ACTION_{name}", "").strip().lower()
            if value in TRUE:
                return True
            if value in FALSE:
                return default if value == "" else False
            raise ValueError(f"input {name.lower().replace('_', '-')} must be true or false, not {value!r}")

        return cls(directory=environ.get("ADR_ACTION_DIRECTORY", "").strip(), strict=flag("STRICT", True),
                   index=flag("INDEX", True), due=environ.get("ADR_ACTION_DUE", "").strip(),
                   fail_on_due=flag("FAIL_ON_DUE", False))


@dataclass
class Check:
    """One `adr` command the action ran: what it printed and how it ended."""

    command: list[str]
    code: int
    stdout: str
    stderr: str

    @property
    def shown(self) -> str:
        return " ".join(["adr", *self.command])


@dataclass
class Report:
    lines: list[str] = field(default_factory=list)  # the job summary, in Markdown
    failed: bool = False


def adr(arguments: Sequence[str], directory: str) -> Check:
    """Run the `adr` installed with this module (the same interpreter), in the current directory."""
    command = [*(["--dir", directory] if directory else []), *arguments]
    done = subprocess.run([sys.executable, "-m", "adrtool", *command], capture_output=True, text=True,
                          encoding="utf-8", errors="replace", check=False)
    return Check(list(command), done.returncode, done.stdout, done.stderr)


def run_checks(inputs: Inputs) -> Report:
    """Run the checks, print their annotations and messages, and make the summary."""
    report = Report(["## Decision log", "", "| check | result |", "|---|---|"])
    details: list[str] = []

    strict = ["--strict"] if inputs.strict else []
    annotated = _echo(adr(["validate", *strict, "--format", "github"], inputs.directory))
    found = adr(["validate", *strict, "--format", "json"], inputs.directory)
    findings = _json_list(found.stdout)
    if annotated.code == 0:
        result = "passed" if not findings else f"passed, {_count(len(findings), 'warning')}"
    else:
        report.failed = True
        result = f"**failed**: {_count(len(findings), 'finding')}" if findings else \
            f"**failed**: {_first_line(annotated.stderr)}"
    report.lines.append(f"| `{annotated.shown}` | {result} |")
    if findings:
        details += ["### Findings", "", "| where | rule | message |", "|---|---|---|"]
        details += [f"| `{item['path']}:{item['line']}` | {item['code']} {item['severity']} | "
                    f"{_cell(str(item['message']))} |" for item in findings]
        details.append("")

    if inputs.index:
        index = _echo(adr(["index", "--check"], inputs.directory))
        if index.code == 0:
            result = "up to date"
        else:
            report.failed = True
            result = f"**failed**: {_first_line(index.stderr) or 'stale'}"
            if index.stdout.strip():
                details += ["### Index", "", "```diff", index.stdout.rstrip("\n"), "```", ""]
        report.lines.append(f"| `{index.shown}` | {_cell(result)} |")

    if inputs.due:
        when = [] if inputs.due.lower() == "next" else ["--cycle", inputs.due]
        annotated = _echo(adr(["due", *when, "--format", "github"], inputs.directory))
        agenda = adr(["due", *when, "--format", "markdown"], inputs.directory)
        if annotated.code == 0:
            result = "nothing due"
        elif annotated.code == 1:
            due = [line for line in annotated.stdout.splitlines() if line.startswith("::")]
            result = _count(len(due), "decision") + " due"
            report.failed = report.failed or inputs.fail_on_due
            if inputs.fail_on_due:
                result = f"**failed**: {result}"
        else:
            report.failed = True
            result = f"**failed**: {_first_line(annotated.stderr)}"
        report.lines.append(f"| `{annotated.shown}` | {_cell(result)} |")
        if agenda.code in (0, 1) and agenda.stdout.strip():
            details += [*_under_summary(agenda.stdout.rstrip("\n").splitlines()), ""]

    report.lines += ["", *details]
    return report


def _under_summary(lines: list[str]) -> list[str]:
    """The agenda's headings two levels down, under the summary's own `## Decision log`."""
    return [f"##{line}" if line.startswith("#") else line for line in lines]


def _echo(check: Check) -> Check:
    """Show what the command printed in the job's log: annotations on stdout, messages on stderr."""
    sys.stdout.write(check.stdout)
    sys.stdout.flush()
    sys.stderr.write(check.stderr)
    sys.stderr.flush()
    return check


def _json_list(text: str) -> list[dict[str, object]]:
    try:
        data = json.loads(text)
    except ValueError:
        return []
    return [item for item in data if isinstance(item, dict)] if isinstance(data, list) else []


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _first_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def main(environ: Mapping[str, str] | None = None) -> int:
    environ = os.environ if environ is None else environ
    try:
        inputs = Inputs.from_environment(environ)
    except ValueError as error:
        print(f"::error::adrtool action: {error}")
        return 2
    report = run_checks(inputs)
    summary = environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with Path(summary).open("a", encoding="utf-8") as handle:
            handle.write("\n".join(report.lines).rstrip("\n") + "\n")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
