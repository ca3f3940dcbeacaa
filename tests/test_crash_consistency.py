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

TOGGLER = """
import sys
from pathlib import Path
from adrtool.project.config import Config
from adrtool.records.log import read_log
from adrtool.records.lifecycle import apply_changes, change_status
directory = Path(sys.argv[1])
config = Config(root=directory.parent)
print("ready", flush=True)
while True:
    log = read_log(directory)
    target = "accepted" if log.records[0].status == "proposed" else "proposed"
    apply_changes(directory, change_status(log, "1", target, config, lifecycle=False))
"""


def test_sigkill_during_edits_leaves_a_whole_file(project: Project) -> None:
    """20 writers killed at random moments: the record is always exactly the old or the new text."""
    path = project.write("decisions/0001-keep-linuxbridge.md", PROPOSED)
    rng = random.Random(20210419)
    seen = set()
    for _ in range(20):
        with subprocess.Popen([sys.executable, "-c", TOGGLER, str(project.decisions)], stdout=subprocess.PIPE) as child:
            assert child.stdout is not None and child.stdout.readline() == b"ready\n"
            time.sleep(rng.uniform(0.0, 0.15))
            os.kill(child.pid, signal.SIGKILL)
        text = path.read_text(encoding="utf-8")
        assert text in (PROPOSED, ACCEPTED)
        seen.add(text)
    assert seen == {PROPOSED, ACCEPTED}  # the kills did land in the middle of a run of edits
    records = [name for name in os.listdir(project.decisions) if not name.startswith(".")]
    assert records == ["0001-keep-linuxbridge.md"]  # an interrupted write leaves at most a hidden temp file
    assert project.run("list").exit_code == 0
