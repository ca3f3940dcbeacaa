"""A killed writer leaves either the old file or the new one, never a mix, and never a stray record."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from conftest import Project

BODY = "\n\n## Decision\n\n" + "We keep it. " * 4000 + "\n"  # ~50 KB: a write takes long enough to interrupt
PROPOSED = "---\nstatus: proposed\ndate: 2021-04-19\n---\n# Keep Linuxbridge" + BODY
ACCEPTED = PROPOSED.replace("status: proposed", "status: accepted")

# One interpreter loads adrtool once, then for each line it reads (`N`) forks a writer that toggles the record's
# status for ever and says its process id once it has made N edits; the interpreter says `reaped` once the writer
# is gone (killed). (Said after N edits, not at its start: on a busy machine a writer may not have begun its
# first edit for the whole of the time the test waits.)
FORKER = """
import os, sys
from pathlib import Path
from adrtool.project.config import Config
from adrtool.records.log import read_log
from adrtool.records.lifecycle import apply_changes, change_status
directory = Path(sys.argv[1])
config = Config(root=directory.parent)
for line in sys.stdin:
    edits = int(line)
    pid = os.fork()
    if pid == 0:
        try:
            while True:
                log = read_log(directory)
                target = "accepted" if log.records[0].status == "proposed" else "proposed"
                apply_changes(directory, change_status(log, "1", target, config, lifecycle=False))
                edits -= 1
                if edits == 0:
                    print(os.getpid(), flush=True)
        finally:
            os._exit(1)
    os.waitpid(pid, 0)
    print("reaped", flush=True)
"""


def test_sigkill_during_edits_leaves_a_whole_file(project: Project) -> None:
    """20 writers killed at random moments: the record is always exactly the old or the new text."""
    path = project.write("decisions/0001-keep-linuxbridge.md", PROPOSED)
    rng = random.Random(20210419)
    seen = set()
    with subprocess.Popen([sys.executable, "-c", FORKER, str(project.decisions)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as forker:
        assert forker.stdin is not None and forker.stdout is not None
        for _ in range(20):
            forker.stdin.write(f"{rng.randint(1, 4)}\n")
            forker.stdin.flush()
            writer = int(forker.stdout.readline())
            time.sleep(rng.uniform(0.0, 0.05))  # an edit takes a few milliseconds: kills land all through them
            os.kill(writer, signal.SIGKILL)
            assert forker.stdout.readline() == "reaped\n"
            text = path.read_text(encoding="utf-8")
            assert text in (PROPOSED, ACCEPTED)
            seen.add(text)
        forker.stdin.close()
    assert seen == {PROPOSED, ACCEPTED}  # writers were killed after odd and even numbers of edits
    records = [name for name in os.listdir(project.decisions) if not name.startswith(".")]
    assert records == ["0001-keep-linuxbridge.md"]  # an interrupted write leaves at most a hidden temp file
    assert project.run("list").exit_code == 0
