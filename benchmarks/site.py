#!/usr/bin/env python3
"""Benchmark `adr site`: build time at 1,000 and 10,000 generated records, and search latency in the browser.

    python benchmarks/site.py --sizes 1000,10000 --workdir /tmp/adr-site-bench

For each size, generate.py makes a front-matter log with its git history (1.5 commits per record); then
`adr site` builds it twice: first with no cache (the parse cache, the history cache and the answers all
removed), then again with the caches of the first run. Search latency is measured in headless Chromium
(Debian's chromium and chromium-driver, driven by Selenium, from file://): for each query, the time from the
input event to the table laid out again, which is what a person waits for. Targets (issue 21): the build
under 2 s at 1,000 records and under 15 s at 10,000 on two cores; search under 50 ms at 10,000.
Prints a Markdown report.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

# Typed one keystroke at a time, as a person would: short prefixes match many words, longer ones few.
QUERIES = ("o", "ov", "ovn", "ovn d", "ovn dr", "ovn driver", "l", "l3", "eventlet", "neutron-server", "zzz")


def generate(size: int, workdir: Path) -> Path:
    out = workdir / f"n{size}"
    repo = out / "frontmatter"
    if not (repo / ".git").is_dir():
        subprocess.run([sys.executable, str(HERE / "generate.py"), "--records", str(size), "--commits",
                        str(size * 3 // 2), "--out", str(out), "--dialects", "frontmatter"], check=True)
    return repo


def build(adr: list[str], repo: Path, output: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run([*adr, "site", "--output", str(output)], cwd=repo, env=env,
                          capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"adr site failed in {repo}: {done.stderr}")
    return elapsed


def search_latencies(site: Path) -> list[float]:
    """Milliseconds from each keystroke's input event to the table laid out again."""
    from browser import start_browser

    for driver in start_browser():
        driver.get((site / "index.html").as_uri())
        measured = []
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                measured.append(driver.execute_script(
                    "var field = document.getElementById('search'); field.value = arguments[0];"
                    "var started = performance.now(); field.dispatchEvent(new Event('input'));"
                    "document.body.offsetHeight; return performance.now() - started;", query[:end]))
            driver.execute_script("var f = document.getElementById('search'); f.value = '';"
                                  "f.dispatchEvent(new Event('input'));")
        return measured
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "adr-site-bench")
    parser.add_argument("--today", default="2021-09-01")
    parser.add_argument("--adr", help="how to run our adr, e.g. '.venv/bin/adr' (default: as benchmarks/run.py "
                        "finds it: an installed adrtool `adr` on PATH, never adr-tools' `adr`, else this checkout)")
    args = parser.parse_args(argv)
    from run import find_adr

    adr, _, adr_env, described = find_adr(args.adr)
    print(f"adrtool: {described}", file=sys.stderr)
    args.workdir.mkdir(parents=True, exist_ok=True)
    rows = []
    for size in (int(text) for text in args.sizes.split(",")):
        repo = generate(size, args.workdir)
        cache = args.workdir / f"cache-{size}"
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(repo / ".git" / "adrtool", ignore_errors=True)
        env = {**os.environ, **adr_env, "ADR_TODAY": args.today, "ADR_CACHE_DIR": str(cache)}
        site = args.workdir / f"site-{size}"
        cold = build(adr, repo, site, env)
        warm = build(adr, repo, site, env)
        files = sum(1 for path in site.rglob("*") if path.is_file())
        megabytes = sum(path.stat().st_size for path in site.rglob("*") if path.is_file()) / 1e6
        index_mb = (site / "search-index.js").stat().st_size / 1e6
        latencies = search_latencies(site)
        rows.append((size, cold, warm, files, megabytes, index_mb, statistics.median(latencies), max(latencies)))
    print("| records | first build (no cache) | again (caches kept) | files | site | search index "
          "| search, median keystroke | search, slowest keystroke |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size, cold, warm, files, megabytes, index_mb, median, slowest in rows:
        print(f"| {size:,} | {cold:.1f} s | {warm:.1f} s | {files:,} | {megabytes:.0f} MB | {index_mb:.1f} MB "
              f"| {median:.1f} ms | {slowest:.1f} ms |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
