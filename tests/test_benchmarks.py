"""The benchmark tooling works end to end at a tiny size: it generates valid repositories, runs our
commands, and writes a report that its raw results reproduce. Nothing here looks at a timing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

RUNNER = Path(__file__).resolve().parent.parent / "benchmarks" / "run.py"


def run_tiny(tmp_path: Path, sizes: str, only: str) -> tuple[Path, Path]:
    """One run of each command matching ``only`` at ``sizes``, no peers: (its work directory, its report)."""
    work, report = tmp_path / "work", tmp_path / "report.md"
    done = subprocess.run([sys.executable, str(RUNNER), "--sizes", sizes, "--runs", "1", "--skip-peers",
                           "--only", only, "--workdir", str(work), "--output", str(report)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return work, report


def test_a_tiny_run_generates_valid_repos_and_a_report_its_results_reproduce(tmp_path: Path) -> None:
    work, report = run_tiny(tmp_path, "20", "adr list")

    manifest = json.loads((work / "repos" / "n20" / "manifest.json").read_text())
    assert (manifest["records"], manifest["commits"], manifest["superseded"]) == (20, 30, 2)
    for repo in manifest["repos"]:
        root = Path(repo["repo"])
        assert len(list((root / repo["decision_dir"]).glob("[0-9]*.md"))) == 20
        assert subprocess.run(["git", "rev-list", "--count", "HEAD"], cwd=root, capture_output=True,
                              text=True, check=True).stdout.strip() == "30"
        fsck = subprocess.run(["git", "fsck", "--full", "--strict"], cwd=root, capture_output=True, text=True)
        assert fsck.returncode == 0, fsck.stderr  # the pack treepack wrote, and the commits on it, are sound
        assert subprocess.run(["git", "status", "--porcelain"], cwd=root, capture_output=True, text=True,
                              check=True).stdout == ""  # the run left the repository as generated

    text = report.read_text()
    assert "| `adr list --format json` cold <= 1x pyadr toc | " in text
    assert "s: n/a (pyadr toc not run) |" in text  # no peer ran: our time, not judged
    assert "| `adr validate` warm <= 0.3 s | not run |" in text
    ours = [line for line in text.splitlines() if line.startswith("| `adr list --format json` (")]
    assert sorted(line.split(" | ")[1] for line in ours) == sorted(["frontmatter", "madr2", "nygard"] * 2)

    results = list((work / "results").glob("*.json"))
    again = subprocess.run([sys.executable, str(RUNNER), "--from-results", str(results[0])],
                           capture_output=True, text=True, timeout=60)
    assert again.returncode == 0, again.stderr
    assert again.stdout == text


def test_two_sizes_report_the_growth_of_ours_and_of_the_floors(tmp_path: Path) -> None:
    _, report = run_tiny(tmp_path, "20,30", "adr log|git log")
    lines = report.read_text().splitlines()
    growth = lines[lines.index("## Growth from 20 to 30 records"):]
    assert [line.split(" | ")[:2] for line in growth if line.startswith("| `")] == [
        ["| `adr log --format json` (cold)", "frontmatter"], ["| `adr log --format json` (warm)", "frontmatter"],
        ["| `adr log --format json` (new commit)", "frontmatter"],
        ["| `git log --name-status`", "frontmatter"], ["| `git log --raw --relative`", "frontmatter"]]
    assert [line.count(" | ") for line in growth if line.startswith("| `")] == [6, 6, 6, 4, 4]
    [summary] = [line for line in lines if line.startswith("Growth from 20 to 30 records (target <= 1.65x)")]
    assert "The floors grow: `git log --name-status` " in summary and ", `git log --raw --relative` " in summary
