"""benchmarks/hostile_runs.py: the variants it reads, how it tells a square from a line, and its report. The
readings it is given here are counted, not timed, so that nothing depends on the machine."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

TOOL = Path(__file__).resolve().parent.parent / "benchmarks" / "hostile_runs.py"


@pytest.fixture(scope="module")
def hostile() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hostile_runs", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up
    spec.loader.exec_module(module)
    return module


def test_a_reading_that_grows_as_the_square_of_its_run_is_told_from_a_linear_one(hostile: ModuleType) -> None:
    asked: list[int] = []

    def square(size: int) -> float:
        asked.append(size)
        return size * size * 1e-9

    assert hostile.grows_too_fast(square, 16_000, 24.0, 0.05) == (pytest.approx(0.004), pytest.approx(0.256))
    assert asked == [16_000, 2_000, 16_000]  # the larger read again: its first reading may have compiled patterns
    assert hostile.grows_too_fast(lambda size: size * 1e-5, 16_000, 24.0, 0.05) is None  # 0.16 s, eight times
    assert hostile.grows_too_fast(lambda size: size * size * 1e-12, 16_000, 24.0, 0.05) is None  # under the floor


def test_each_line_is_cut_where_a_reading_turns_and_a_shape_is_tried_once(tmp_path: Path,
                                                                          hostile: ModuleType) -> None:
    record = tmp_path / "0001-a.md"
    record.write_text("# 1. A\n\nStatus: Accepted\n\nDate: 2020-01-01\n", encoding="utf-8")
    cuts = {(variant.line, variant.cut) for variant, _ in hostile.variants([record, record])}
    # `Date:` and `Date: ` are shaped as `Status:` and `Status: ` were; the second blank line as the first
    assert cuts == {(1, 2), (1, 4), (1, 6), (2, 0), (3, 7), (3, 8), (3, 16), (5, 16)}
    variant, original = next(iter(hostile.variants([record])))
    assert variant.text(original, 4).split("\n") == ["#     x1. A", "", "Status: Accepted", "", "Date: 2020-01-01", ""]
    assert str(variant) == f"{record}:1 at column 3, a run of blank"


def test_a_log_read_in_time_is_reported_clean(tmp_path: Path) -> None:
    log = tmp_path / "decisions"
    log.mkdir()
    (log / "0001-a.md").write_text("# 1. A\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n", encoding="utf-8")
    for command in ("list", "validate"):
        done = subprocess.run([sys.executable, str(TOOL), str(log), "--command", command, "--size", "400",
                               "--floor", "60"], capture_output=True, text=True, cwd=tmp_path)
        assert (done.returncode, done.stdout, done.stderr) == (
            0, "hostile runs: 1 files, 0 variants grew faster than their run\n", "")
