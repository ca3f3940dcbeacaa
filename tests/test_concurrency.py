"""Many writers at once: `adr new` never hands out a number twice and never loses a record."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import Project

WRITER = """
import sys
from adrtool.cli import run
worker, count = sys.argv[1], int(sys.argv[2])
for index in range(count):
    outcome = run(["--today", "2021-05-01", "new", "--no-git", f"Writer {worker} record {index}"])
    assert outcome.code == 0, outcome
"""


def test_four_processes_twenty_five_records_each(project: Project) -> None:
    """4 processes x 25 `adr new`: 100 distinct numbers 2..101, every title present exactly once."""
    project.run("init")
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(worker), "25"], cwd=project.root,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for worker in range(4)]
    outputs = [writer.communicate(timeout=120) for writer in writers]
    assert [writer.returncode for writer in writers] == [0, 0, 0, 0], [err for _, err in outputs]
    printed = [line for out, _ in outputs for line in out.splitlines()]
    files = sorted(path.name for path in project.decisions.glob("[0-9]*.md"))
    numbers = sorted(int(name.split("-")[0]) for name in files)
    assert numbers == list(range(1, 102))
    assert sorted(Path(line).name for line in printed) == files[1:]
    titles = sorted(project.read(f"decisions/{name}").split("\n# ", 1)[1].split("\n", 1)[0] for name in files[1:])
    assert titles == sorted(f"Writer {worker} record {index}" for worker in range(4) for index in range(25))
    assert not [path for path in project.decisions.iterdir() if path.name.startswith(".")]


def test_lock_file_fallback_serialises_writers(project: Project, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Where flock is missing (Windows), the O_EXCL lock file makes a second writer wait, then removes itself."""
    import builtins
    import threading

    from adrtool import fsio

    real_import = builtins.__import__

    def no_fcntl(name: str, *args: object, **kwargs: object) -> object:
        if name == "fcntl":
            raise ModuleNotFoundError("No module named 'fcntl'")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_fcntl)
    project.decisions.mkdir()
    order = []

    def second() -> None:
        with fsio.directory_lock(project.decisions):
            order.append("second")

    with fsio.directory_lock(project.decisions):
        assert (project.decisions / ".adr.lock").exists()
        waiter = threading.Thread(target=second)
        waiter.start()
        waiter.join(0.2)  # it waits for the lock
        order.append("first")
    waiter.join(5)
    assert order == ["first", "second"]
    assert not (project.decisions / ".adr.lock").exists()
