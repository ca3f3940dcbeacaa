"""What is not a regular file never blocks a command or brings the log down: a FIFO, a socket, a device or a
link to one, named like a record, is reported and skipped without being opened; a dangling link or a link loop
is one unreadable record; a config or `.adr-dir` that is not text is one line naming it."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from conftest import Project

GOOD = "---\nstatus: accepted\ndate: 2021-04-19\n---\n# Good one\n"
LISTED = ["NUMBER  STATUS    DATE        REVISIT  TITLE", "0001    accepted  2021-04-19  -        Good one"]


def make_fifo(project: Project) -> None:
    os.mkfifo(project.decisions / "0002-fifo.md")


def make_socket(project: Project) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(project.decisions / "0002-socket.md"))
    server.close()


def link_to_stdin(project: Project) -> None:
    (project.decisions / "0002-stdin.md").symlink_to("/dev/stdin")


def link_to_a_device(project: Project) -> None:
    (project.decisions / "0002-zero.md").symlink_to("/dev/zero")


SPECIAL = [
    (make_fifo, "0002-fifo.md: is a FIFO, not a record file; not opened"),
    (make_socket, "0002-socket.md: is a socket, not a record file; not opened"),
    (link_to_a_device, "0002-zero.md: is a character device, not a record file; not opened"),
]


@pytest.mark.parametrize(("make", "message"), SPECIAL, ids=[make.__name__ for make, _ in SPECIAL])
def test_a_special_file_named_like_a_record_is_skipped_unopened(project: Project, make: object,
                                                              message: str) -> None:
    """list and validate name it and go on (they would block forever on a FIFO with no writer)."""
    project.write("decisions/0001-good-one.md", GOOD)
    make(project)  # type: ignore[operator]
    result = project.run("list")
    assert (result.exit_code, result.stdout.splitlines(), result.stderr) == (
        2, LISTED, f"adr: {project.decisions}/{message}\n")
    result = project.run("validate", "--select", "ADR100")
    assert (result.exit_code, result.stdout) == (1, f"decisions/{message.replace(': ', ':1:1: ADR100 error: ', 1)}\n")


def test_a_link_to_stdin_is_never_read(project: Project) -> None:
    """`0002-stdin.md -> /dev/stdin` with stdin a pipe nobody writes to: skipped, not waited on."""
    project.write("decisions/0001-good-one.md", GOOD)
    link_to_stdin(project)
    read, write = os.pipe()
    saved = os.dup(0)
    os.dup2(read, 0)
    try:
        result = project.run("list")
    finally:
        os.dup2(saved, 0)
        for fd in (read, write, saved):
            os.close(fd)
    assert result.exit_code == 2
    assert result.stdout.splitlines() == LISTED
    assert result.stderr == f"adr: {project.decisions}/0002-stdin.md: is a FIFO, not a record file; not opened\n"


@pytest.mark.parametrize(("target", "why"), [
    ("0009-nowhere.md", "a symbolic link to nothing (its target does not exist)"),
    ("0002-loop.md", "a symbolic link loop"),
])
def test_a_dangling_link_or_a_loop_is_one_unreadable_record(project: Project, target: str, why: str) -> None:
    """The other records are listed; the link is named, exit 2; show of another record works."""
    project.write("decisions/0001-good-one.md", GOOD)
    (project.decisions / "0002-loop.md").symlink_to(target)
    result = project.run("list")
    assert (result.exit_code, result.stdout.splitlines(), result.stderr) == (
        2, LISTED, f"adr: {project.decisions}/0002-loop.md: is {why}; not read\n")
    assert project.run("show", "1").exit_code == 0
    assert project.run("new", "--no-git", "Third").stdout == "decisions/0003-third.md\n"  # its number stays taken


CONFIGS = [
    (".adr.toml", b'dir = "d\xe9cisions"\n', ".adr.toml:1: not UTF-8 text (byte 0xe9 at offset 8)"),
    (".adr.toml", b'dir = "decisions"\x00\n', ".adr.toml:1: contains a NUL byte; not a text file"),
    ("pyproject.toml", b"[tool.adr]\ndir = '\xff'\n", "pyproject.toml:2: not UTF-8 text (byte 0xff at offset 18)"),
    (".adr-dir", b"d\xe9cisions\n", ".adr-dir:1: not UTF-8 text (byte 0xe9 at offset 1)"),
    (".adr-dir", b"decisions\x00/../../etc\n", ".adr-dir:1: contains a NUL byte; not a text file"),
]


@pytest.mark.parametrize(("name", "content", "message"), CONFIGS, ids=[message.split(" (")[0] for _, _, message in CONFIGS])
def test_a_config_that_is_not_text_is_one_line_naming_it(project: Project, name: str, content: bytes,
                                                         message: str) -> None:
    """Refused with the file, the line and why; exit 2; no traceback."""
    project.write("decisions/0001-good-one.md", GOOD)
    (project.root / name).write_bytes(content)
    result = project.run("list")
    assert (result.exit_code, result.stderr) == (2, f"adr: {project.root}/{message}\n")


def test_a_config_that_is_a_fifo_is_not_waited_on(project: Project) -> None:
    """A calendar file named in config that is a FIFO is refused without being opened."""
    project.write("decisions/0001-good-one.md", GOOD)
    project.write(".adr.toml", 'calendar = "cycles.toml"\n')
    os.mkfifo(project.root / "cycles.toml")
    result = project.run("cycles")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {project.root}/cycles.toml: is a FIFO, not a calendar file; not opened\n")


NYGARD_TEMPLATE = "# NUMBER. TITLE\n\nDate: DATE\n\n{text}\n\n## Status\n\nSTATUS\n\n## Drivers\n"


@pytest.mark.parametrize("plant", ["fifo", "device", "outside", "huge"])
def test_a_template_that_is_no_regular_file_of_the_project_is_none(project: Project, tmp_path: Path,
                                                                     plant: str) -> None:
    """Found by an attack: a template is read by `validate` and `new` (the sections it requires; the record
    `new` copies): a FIFO named as the topics' template above the log hung both (`new` holding the log's lock), a
    link to `/dev/zero` ate memory, a link out of the project put the text it names in the new record, and a
    template of gigabytes was read whole. Each is no template: `new` writes adr-tools' own record, no section is
    required, nothing hangs."""
    for number in (1, 2):
        project.write(f"doc/adr/000{number}-use-{number}.md", f"# {number}. Use {number}\n\nDate: 2021-04-19\n\n"
                                                               "## Status\n\nAccepted\n")
    outside = tmp_path / "outside.md"
    outside.write_text(NYGARD_TEMPLATE.format(text="OUTSIDE"))
    if plant == "fifo":
        os.mkfifo(project.root / "doc/adr-template.md")
    elif plant == "device":
        (project.root / "doc/adr-template.md").symlink_to("/dev/zero")
    elif plant == "outside":
        (project.root / "doc/adr/template.md").symlink_to(outside)
    else:
        with open(project.root / "doc/adr/template.md", "wb") as huge:
            huge.write(NYGARD_TEMPLATE.format(text="HUGE").encode())
            huge.truncate(300 * 1024)
    assert project.run("validate").stdout == ""
    result = project.run("new", "Use three")
    assert (result.exit_code, result.stdout) == (0, "doc/adr/0003-use-three.md\n"), result.stderr
    written = project.read("doc/adr/0003-use-three.md")
    assert written.startswith("# 3. Use three\n\nDate: 2021-05-01\n\n## Status\n\nProposed\n")
    assert "OUTSIDE" not in written and "HUGE" not in written


def test_a_fifo_named_as_the_index_of_a_log_keeping_none_does_not_fail_adr_new(project: Project) -> None:
    """Attack 56 (F13): a FIFO `README.md` in an adr-tools log made `adr new` exit 2 ("is a FIFO, not an index file;
    not opened"), though adr wrote no index there. A README adr did not write is not its index: the record is
    written, the FIFO never opened; `adr index`, asked to write it, still refuses."""
    nygard = "# {0}. T{0}\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n"
    for number in (1, 2, 3):
        project.write(f"doc/adr/000{number}-t{number}.md", nygard.format(number))
    os.mkfifo(project.root / "doc/adr/README.md")
    result = project.run("new", "--no-git", "Use X")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "doc/adr/0004-use-x.md\n", "")
    indexed = project.run("index")
    assert (indexed.exit_code, indexed.stderr) == (
        2, f"adr: {project.root}/doc/adr/README.md: is a FIFO, not an index file; not opened\n")
