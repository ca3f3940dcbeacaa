#!/usr/bin/env python3
"""Count the instructions of a cold `adr` run at several commits, with callgrind, as docs/benchmarks.md's
per-stop tables are measured.

    python benchmarks/instructions.py --corpus own=. --corpus madr2=/tmp/k1/madr2 \\
        --command list --command validate 8e50895 HEAD

Each commit's `adrtool/`, `templates/` and `pyproject.toml` are archived into a directory of their own and run
from there (`python -m adrtool`), once to compile the modules and once under `valgrind --tool=callgrind`, pinned
to one core (`taskset -c 0`), with `ADR_NO_CACHE=1` and `PYTHONHASHSEED=0`. Instruction counts are what a
change costs with the noise of a shared machine taken out; wall time on one core and two is `run.py`'s.

`PYTHONDONTWRITEBYTECODE` is dropped: with it, every run compiles every module from source, and the count then
grows with the source's size, comments included (three times the count of a compiled run).

Needs valgrind (`apt-get install valgrind`) and, for `taskset`, util-linux.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_COLLECTED = re.compile(r"Collected : (\d+)")


def archived(repo: Path, commit: str, into: Path) -> Path:
    """``commit``'s package, templates and project file, unpacked under ``into``."""
    target = into / commit
    target.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(repo), "archive", commit, "adrtool", "templates", "pyproject.toml"],
                             check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target


def instructions(package: Path, corpus: Path, arguments: list[str]) -> int:
    """The instructions callgrind counts for `adr ARGUMENTS` run in ``corpus`` from ``package``."""
    env = {**os.environ, "PYTHONPATH": str(package), "ADR_NO_CACHE": "1", "PYTHONHASHSEED": "0"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, "-m", "adrtool", *arguments]
    subprocess.run(command, cwd=corpus, env=env, capture_output=True)  # compiles the modules
    counted = subprocess.run(["taskset", "-c", "0", "valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                              *command], cwd=corpus, env=env, capture_output=True, text=True)
    found = _COLLECTED.search(counted.stderr)
    if found is None:
        raise SystemExit(f"instructions.py: callgrind gave no count for {' '.join(arguments)} in {corpus}:\n"
                         f"{counted.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("commits", nargs="+", help="commits to measure, in the order of the table's columns")
    parser.add_argument("--corpus", action="append", required=True, metavar="NAME=PATH",
                        help="a directory holding a log (a generate.py repository, this repository)")
    parser.add_argument("--command", action="append", default=None,
                        help="an adr command line, split on blanks (default: list, validate, --help)")
    parser.add_argument("--repo", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="the adrtool repository the commits are in (default: this one)")
    options = parser.parse_args(argv)
    if shutil.which("valgrind") is None or shutil.which("taskset") is None:
        parser.error("needs valgrind and taskset (apt-get install valgrind util-linux)")
    corpora = [tuple(item.split("=", 1)) for item in options.corpus]
    if any(len(pair) != 2 for pair in corpora):
        parser.error("--corpus takes NAME=PATH")
    commands = [command.split() for command in (options.command or ["list", "validate", "--help"])]
    with tempfile.TemporaryDirectory(prefix="adr-instructions-") as scratch:
        packages = [archived(options.repo, commit, Path(scratch)) for commit in options.commits]
        print(f"| command, corpus | {' | '.join(options.commits)} | change |")
        print(f"|---|{'---|' * len(options.commits)}---|")
        for arguments in commands:
            for name, path in corpora:
                counts = [instructions(package, Path(path).resolve(), arguments) for package in packages]
                change = (counts[-1] - counts[0]) / counts[0] * 100
                shown = " | ".join(f"{count / 1e6:,.1f}M" for count in counts)
                print(f"| `{' '.join(arguments)}`, {name} | {shown} | {change:+.1f}% |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
