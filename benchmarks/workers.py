#!/usr/bin/env python3
"""What the forked worker buys: a command run with it and with it switched off, alternately, on two cores.

    python benchmarks/workers.py parse /tmp/adr-bench/repos/n10000/frontmatter --runs 5
    python benchmarks/workers.py site /tmp/adr-bench/repos/n10000/frontmatter --runs 3

`parse`: `adr list --format json` with no cache (the parse of every record file, shared out from 400 files).
`site`: `adr site` with no cache, then again with the caches of that run (the records' pages, shared out from
200 records). The worker is switched off by setting the store's thresholds out of reach in the process that
runs the command, which is otherwise the console script. Prints the median wall and CPU time of each.
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

OFF = {
    "parse": "import adrtool.cache.store as s; from adrtool.cache.reading import Sharing; "
             "s.SHARING = Sharing(parallel_from=10**9)",
    "site": "import adrtool.cache.store as s; s.SHARED_ITEMS_MIN = 10**9",
}


def run(python: str, mode: str, worker: bool, repo: str, cache: str, output: str) -> tuple[float, float]:
    """One run: (wall seconds, CPU seconds of the command's processes)."""
    prelude = "pass" if worker else OFF[mode]
    code = f"{prelude}; import sys; sys.argv[0] = 'adr'; from adrtool.console import main; sys.exit(main())"
    args = ["list", "--format", "json"] if mode == "parse" else ["site", "--output", output]
    before, started = os.times(), time.perf_counter()
    subprocess.run([python, "-c", code, *args], cwd=repo, env={**os.environ, "ADR_CACHE_DIR": cache},
                   stdout=subprocess.DEVNULL, check=True)
    wall, after = time.perf_counter() - started, os.times()
    return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=sorted(OFF))
    parser.add_argument("repo", help="a decision log's repository, e.g. one benchmarks/run.py generated")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--python", default=sys.executable, help="the Python that has adrtool installed")
    args = parser.parse_args(argv)
    states = ("first", "again") if args.mode == "site" else ("first",)
    results: dict[tuple[bool, str], list[tuple[float, float]]] = {(w, s): [] for w in (True, False) for s in states}
    work = tempfile.mkdtemp(prefix="adr-workers-")
    try:
        for number in range(args.runs):
            for worker in (True, False) if number % 2 == 0 else (False, True):
                cache = os.path.join(work, "cache")
                shutil.rmtree(cache, ignore_errors=True)
                for state in states:
                    results[(worker, state)].append(run(args.python, args.mode, worker, args.repo, cache,
                                                        os.path.join(work, "site")))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for (worker, state), values in results.items():
        wall = statistics.median(value[0] for value in values)
        cpu = statistics.median(value[1] for value in values)
        print(f"{args.mode} {state:5} worker {'on ' if worker else 'off'}: median wall {wall:.2f} s, "
              f"CPU {cpu:.2f} s ({len(values)} runs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
