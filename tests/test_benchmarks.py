"""The benchmark tooling works end to end at a tiny size: it generates valid repositories in every corpus
with the branches its scenarios check out, runs our commands in every scenario, leaves each repository as it
was generated, and writes a report that its raw results reproduce. Nothing here looks at a timing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

RUNNER = Path(__file__).resolve().parent.parent / "benchmarks" / "run.py"


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout


def real_logs(tmp_path: Path) -> Path:
    """Two tiny logs laid out as ../shared/realworld lays them out, each with its truth file."""
    source = tmp_path / "realworld"
    nygard = source / "tools" / "doc" / "adr"
    nygard.mkdir(parents=True)
    (nygard / "0001-record.md").write_text("# 1. Record\n\nDate: 2020-01-02\n\n## Status\n\nAccepted\n\n"
                                           "Superseded by [2. Keep](0002-keep.md)\n")
    (nygard / "0002-keep.md").write_text("# 2. Keep\n\nDate: 2020-01-03\n\n## Status\n\nAccepted\n\n"
                                         "Supersedes [1. Record](0001-record.md)\n")
    eip = source / "eip" / "content"
    eip.mkdir(parents=True)
    (eip / "ADR-7-standards.md").write_text("---\nadr: 7\ntitle: Standards\nstatus: Living\nauthors:\n  - ann\n"
                                            "---\n\n## Context\n\nText.\n")
    for log, files in (("tools", ["doc/adr/0001-record.md", "doc/adr/0002-keep.md"]),
                       ("eip", ["content/ADR-7-standards.md"])):
        truth = {"log": log, "records": [{"file": name} for name in files]}
        (source / f"{log}.truth.json").write_text(json.dumps(truth))
    return source


def run_tiny(tmp_path: Path, *args: str) -> tuple[Path, Path]:
    """One run of the commands ``args`` select, no peers, on one core: (its work directory, its report)."""
    work, report = tmp_path / "work", tmp_path / "report.md"
    done = subprocess.run([sys.executable, str(RUNNER), "--runs", "1", "--skip-peers", "--cores", "1", "--settle", "0",
                           "--workdir", str(work), "--output", str(report), *args],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return work, report


def test_a_tiny_run_generates_every_corpus_times_every_scenario_and_reports_reproducibly(tmp_path: Path) -> None:
    work, report = run_tiny(tmp_path, "--sizes", "20", "--only", "adr list|minimal", "--realworld",
                            str(real_logs(tmp_path)))

    manifest = json.loads((work / "repos" / "n20" / "manifest.json").read_text())
    assert (manifest["records"], manifest["commits"], manifest["superseded"]) == (20, 30, 2)
    for repo in manifest["repos"]:
        root = Path(repo["repo"])
        records = sorted(path.name for path in (root / repo["decision_dir"]).glob("[0-9]*.md"))
        assert len(records) == 20
        commits = "1" if repo["dialect"] == "realworld" else "30"
        assert git(root, "rev-list", "--count", "HEAD").strip() == commits
        fsck = subprocess.run(["git", "fsck", "--full", "--strict"], cwd=root, capture_output=True, text=True)
        assert fsck.returncode == 0, fsck.stderr  # the pack treepack wrote, and the commits on it, are sound
        changed = [len(git(root, "diff", "--name-only", "main", branch).split()) for branch in repo["branches"]]
        assert changed == [20, 10]  # a checkout changes every record, a pull ten
        assert git(root, "status", "--porcelain") == ""  # the run left the repository as generated
        assert git(root, "rev-parse", "--abbrev-ref", "HEAD").strip() == "main"

    front = work / "repos" / "n20" / "frontmatter" / "docs" / "decisions"
    heads = [path.read_text().split("\n---\n")[0] for path in sorted(front.glob("*.md"))]
    assert any("\ndecision-makers: " in head and ", " in head.split("decision-makers: ")[1].split("\n")[0]
               and "[" not in head.split("decision-makers: ")[1].split("\n")[0] for head in heads)  # Ann Lee, Bo Chen
    assert any("\ndecision-makers:\n  - " in head for head in heads) and any('status: "' in head for head in heads)

    real = work / "repos" / "n20" / "realworld" / "docs" / "decisions"
    names = sorted(path.name for path in real.glob("*.md"))
    assert names[:4] == ["0001-standards.md", "0002-record.md", "0003-keep.md", "0004-standards.md"]
    assert "Superseded by [2. Keep](0003-keep.md)" in (real / "0002-record.md").read_text()  # links renumbered

    text = report.read_text()
    assert "| `adr list --format json` fresh, touch, checkout <= 0.9x pyadr toc (MADR 2) or adr-log (others) | " \
           "n/a (adr-log not run, pyadr toc not run) |" in text  # no peer ran: our time, not judged
    assert "| `adr validate` warm <= 0.07 s | not run |" in text
    ours = [line.split(" | ") for line in text.splitlines() if line.startswith("| `adr list --format json` | ")]
    assert [line[1] for line in ours] == ["frontmatter", "madr2", "nygard", "realworld"]
    assert all(cell.replace(".", "").isdigit() for line in ours for cell in line[2:7])  # every scenario timed
    assert all(float(line[9]) > 0 for line in ours)  # the CPU ratio to the one-process floor, run alternately

    results = list((work / "results").glob("*.json"))
    again = subprocess.run([sys.executable, str(RUNNER), "--from-results", str(results[0])],
                           capture_output=True, text=True, timeout=60)
    assert again.returncode == 0, again.stderr
    assert again.stdout == text

    notes = "<!-- Written by hand below this line: benchmarks/run.py keeps it when it writes the report again. -->" \
            "\n\n## Figures taken apart\n"
    report.write_text("an older report\n" + notes, encoding="utf-8")
    assert subprocess.run([sys.executable, str(RUNNER), "--from-results", str(results[0]), "--output", str(report)],
                          capture_output=True, text=True, timeout=60).returncode == 0
    assert report.read_text(encoding="utf-8") == text + "\n" + notes  # the report anew, the notes kept


def test_two_sizes_report_the_growth_of_ours_and_of_the_floors(tmp_path: Path) -> None:
    _, report = run_tiny(tmp_path, "--sizes", "20,30", "--corpora", "frontmatter", "--only", "adr log|git log")
    lines = report.read_text().splitlines()
    growth = lines[lines.index("## Growth"):]
    rows = [line.split(" | ") for line in growth if line.startswith("| `")]
    assert [row[:2] for row in rows] == [
        ["| `adr log --format json (fresh)` 1c", "frontmatter"], ["| `adr log --format json (warm)` 1c", "frontmatter"],
        ["| `adr log --format json (new commit)` 1c", "frontmatter"],
        ["| `git log --name-status` 1c", "frontmatter"], ["| `git log --raw --relative` 1c", "frontmatter"]]
    assert rows[0][5].endswith("(git log --raw --relative)")  # the first walk grows no faster than git's own
    assert rows[1][5] == "<= 1.65x"
    [summary] = [line for line in lines if line.startswith("Growth between sizes: ")]
    assert "the first `adr log` within git's own walk's growth" in summary


def test_the_worker_comparison_runs_the_command_with_and_without_the_worker(tmp_path: Path) -> None:
    """benchmarks/workers.py: `adr list` with no cache, with the worker and with it switched off, each line a
    median; the log is left as it was."""
    log = tmp_path / "log"
    (log / "decisions").mkdir(parents=True)
    for number in range(1, 6):
        (log / "decisions" / f"{number:04d}-decision.md").write_text(
            f"---\nstatus: accepted\ndate: 2021-04-19\n---\n# Decision {number}\n")
    done = subprocess.run([sys.executable, str(RUNNER.parent / "workers.py"), "parse", str(log), "--runs", "1"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert [line.split(":")[0] for line in done.stdout.splitlines()] == ["parse first worker on ",
                                                                        "parse first worker off"]
    assert sorted(path.name for path in log.iterdir()) == ["decisions"]
