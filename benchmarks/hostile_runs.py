"""Long runs of one character put into real records, to find a reading that grows faster than its input.

An attacker's record (or an unlucky paste) may hold a run of thousands of blanks, commas or brackets. A pattern
that tries such a run from each of its places costs the square of its length: 20,000 blanks on one status line
once took six seconds to list. This tool puts runs into every line of the records it is given, at the places
where a reading turns (the line's end, its first blank, its first colon, full stop, comma, pipe, star or
bracket), and reads each variant at two sizes, the second eight times the first. A linear reading takes about
eight times as long at the second; one that takes ``--ratio`` times as long or more, past ``--floor`` seconds, is
reported with the line it came from.

    python benchmarks/hostile_runs.py ../shared/realworld [--command validate] [--size 16000]

``--command list`` reads each record as `adr list` does (its front matter, title, status, relations, revisit);
``--command validate`` runs `adr validate` over logs of many variants, and the variants of a slow log one by
one. Times are wall-clock and vary with the machine; the ratio of the two sizes is what tells a square from a
line. Exit status: 0 when nothing grew faster than its run, 1 otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

# What a run is made of: blanks and tabs (the commonest attack), words, references, brackets, list marks and the
# separators a status line is split at.
FILLERS = {"blank": " ", "tab": "\t", "word": "a ", "reference": "#1 ", "brackets": "[a] ", "star": "*",
           "dash": "-", "sentence": ". ", "comma": ", ", "colon": ": ", "pipe": "| ", "braces": "{a} "}
TURNS = ":.,|*(["  # after the first of each of these a reading of the line turns
LINES_TRIED = 40  # a record's header and its first sections, where its metadata is read
BATCH = 60  # variants read together by `validate` before a slow batch is read one by one


@dataclass(frozen=True)
class Variant:
    source: Path
    line: int  # 1-based
    cut: int
    filler: str

    def text(self, original: list[str], size: int) -> str:
        run = FILLERS[self.filler] * max(1, size // len(FILLERS[self.filler]))
        line = original[self.line - 1]
        return "\n".join([*original[:self.line - 1], line[:self.cut] + run + "x" + line[self.cut:],
                          *original[self.line:]])

    def __str__(self) -> str:
        return f"{self.source}:{self.line} at column {self.cut + 1}, a run of {self.filler}"


def variants(paths: list[Path]) -> Iterator[tuple[Variant, list[str]]]:
    """Each line's turning places with each filler, once per shape of the line before the cut (its words made
    one letter): a line shaped as one already tried tells nothing new."""
    tried: set[tuple[str, str]] = set()
    for path in paths:
        try:
            original = path.read_text(encoding="utf-8").split("\n")
        except (OSError, UnicodeDecodeError):
            continue
        for index, line in enumerate(original[:LINES_TRIED]):
            cuts = {len(line)}
            if (blank := re.search(r"\s", line)) is not None:
                cuts.add(blank.end())
            cuts.update(line.index(mark) + 1 for mark in TURNS if mark in line)
            for cut in sorted(cuts):
                shape = re.sub(r"\w+", "w", line[:cut])[-40:]
                for filler in FILLERS:
                    if (shape, filler) not in tried:
                        tried.add((shape, filler))
                        yield Variant(path, index + 1, cut, filler), original


def records_under(roots: list[Path]) -> list[Path]:
    return sorted(path for root in roots for path in ([root] if root.is_file() else root.rglob("*.md"))
                  if path.is_file() and not path.is_symlink())


def list_reader(directory: Path) -> Callable[[Path], None]:
    from adrtool.fsio.reading import read_text
    from adrtool.records.dialects import parse

    def read(path: Path) -> None:
        with contextlib.suppress(Exception):  # an unreadable variant is read as fast as any
            parse(read_text(path), directory)
    return read


def validate_log(project: Path) -> None:
    """`adr validate` in ``project``, in this process, caches off, its output dropped."""
    from adrtool.cli import run

    here, saved = Path.cwd(), (sys.stdout, sys.stderr)
    os.chdir(project)
    sys.stdout = sys.stderr = io.StringIO()
    try:
        run(["validate", "--format", "json"])
    finally:
        sys.stdout, sys.stderr = saved
        os.chdir(here)


def timed(action: Callable[[], None]) -> float:
    """The wall time of ``action``, with no pause of the cycle collector in it (a full collection over what a long
    run keeps can take longer than a reading)."""
    gc.disable()
    try:
        start = time.perf_counter()
        action()
        return time.perf_counter() - start
    finally:
        gc.enable()


def grows_too_fast(read: Callable[[int], float], size: int, ratio: float, floor: float) -> tuple[float, float] | None:
    """The times at an eighth of ``size`` and at ``size``, when the larger passes ``floor`` and is more than
    ``ratio`` times the smaller (a linear reading's is about eight times; a square's sixty-four)."""
    large = read(size)
    if large < floor:
        return None
    small = read(size // 8)
    large = min(large, read(size))  # the first reading may have compiled the patterns it needed
    return (small, large) if large > ratio * max(small, 1e-4) else None


def check_list(paths: list[Path], size: int, ratio: float, floor: float) -> Iterator[str]:
    with tempfile.TemporaryDirectory() as scratch:
        directory = Path(scratch, "decisions")
        directory.mkdir()
        read = list_reader(directory)
        for variant, original in variants(paths):
            target = directory / variant.source.name

            def at(n: int, variant: Variant = variant, original: list[str] = original, target: Path = target) -> float:
                target.write_text(variant.text(original, n), encoding="utf-8")
                return timed(lambda: read(target))

            if (times := grows_too_fast(at, size, ratio, floor)) is not None:
                yield f"{variant}: {times[0]:.3f} s at {size // 8}, {times[1]:.3f} s at {size}"
            target.unlink(missing_ok=True)


def check_validate(paths: list[Path], size: int, ratio: float, floor: float) -> Iterator[str]:
    """Logs of ``BATCH`` variants each (numbered records, their text the variant's); the variants of a log whose
    validation passes ``floor`` for each of them are tried alone."""
    pending = list(variants(paths))
    with tempfile.TemporaryDirectory() as scratch:
        project = Path(scratch)
        directory = project / "decisions"
        directory.mkdir()

        def log_of(batch: list[tuple[Variant, list[str]]], n: int) -> float:
            for old in directory.iterdir():
                old.unlink()
            for number, (variant, original) in enumerate(batch, start=1):
                (directory / f"{number:04d}-variant.md").write_text(variant.text(original, n), encoding="utf-8")
            return timed(lambda: validate_log(project))

        for start in range(0, len(pending), BATCH):
            batch = pending[start:start + BATCH]
            if log_of(batch, size) < floor * len(batch):
                continue
            for alone in batch:
                if (times := grows_too_fast(lambda n, alone=alone: log_of([alone], n), size, ratio, floor)):
                    yield f"{alone[0]}: {times[0]:.3f} s at {size // 8}, {times[1]:.3f} s at {size}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("roots", nargs="+", type=Path, help="record files, or directories searched for *.md")
    parser.add_argument("--command", choices=("list", "validate"), default="list")
    parser.add_argument("--size", type=int, default=16_000, help="the run's length in characters")
    parser.add_argument("--ratio", type=float, default=24.0,
                        help="how many times the reading of the eighth-long run the full run's may take")
    parser.add_argument("--floor", type=float, default=0.05, help="seconds below which a reading is fast enough")
    options = parser.parse_args(argv)
    os.environ["ADR_NO_CACHE"] = "1"
    paths = records_under(options.roots)
    check = check_list if options.command == "list" else check_validate
    slow = 0
    for line in check(paths, options.size, options.ratio, options.floor):  # each as it is found: a run is long
        print(line, flush=True)
        slow += 1
    print(f"hostile runs: {len(paths)} files, {slow} variants grew faster than their run")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
