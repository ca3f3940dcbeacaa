"""Every row of docs/errors.md: the command gives exactly that last line on stderr and that exit code."""

from __future__ import annotations

import re
import shlex
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Project, adr

DOC = Path(__file__).resolve().parents[1] / "docs" / "errors.md"
RECORD = "---\nstatus: accepted\ndate: 2021-04-19\n---\n# {title}\n"
NYGARD = "# 1. A\n\nDate: 2021-04-19\n\n## Status\n\nAccepted\n"


def rows() -> list[tuple[str, str, str, int]]:
    table = DOC.read_text(encoding="utf-8").split("<!-- errors-table -->\n", 1)[1]
    found = []
    for line in table.splitlines()[2:]:
        match = re.match(r"^\| (E\d+) \| [^|]+ \| `adr ([^`]*)` \| `(.*)` \| (\d) \|$", line)
        assert match, line
        found.append((match.group(1), match.group(2), match.group(3), int(match.group(4))))
    return found


def one(p: Project) -> None:
    p.write("decisions/0001-a.md", RECORD.format(title="A"))


def revisited(p: Project) -> None:
    """One record with a revisit point (`adr due` on a log without any says so, and is done)."""
    p.write("decisions/0001-a.md", RECORD.format(title="A").replace("---\n#", "revisit: yoga\n---\n#"))


def two(p: Project) -> None:
    one(p)
    p.write("decisions/0002-b.md", RECORD.format(title="B"))


def superseded(p: Project) -> None:
    two(p)
    p.run("supersede", "1", "--by", "2")


def linked(p: Project) -> None:
    outside = p.root.parent / "outside.md"
    outside.write_text(RECORD.format(title="A").replace("accepted", "proposed"), encoding="utf-8")
    p.decisions.mkdir()
    (p.decisions / "0001-a.md").symlink_to(outside)


def broken(content: bytes) -> Callable[[Project], None]:
    def setup(p: Project) -> None:
        one(p)
        (p.decisions / "0002-b.md").write_bytes(content)
    return setup


def config(text: str) -> Callable[[Project], None]:
    def setup(p: Project) -> None:
        one(p)
        p.write(".adr.toml", text)
    return setup


def git_repo(p: Project) -> None:
    one(p)
    subprocess.run(["git", "init", "-q"], cwd=p.root, check=True)


def stages(p: Project) -> None:
    """Two logs, one per stage of a course, numbered across them."""
    p.write("etape2/adr/0001-a.md", NYGARD)
    p.write("etape3/adr/0002-b.md", NYGARD.replace("# 1. A", "# 2. B"))
    p.write("etape3/adr/0003-c.md", NYGARD.replace("# 1. A", "# 3. C"))


SETUPS: dict[str, Callable[[Project], None]] = {
    "E01": lambda p: None,
    "E02": lambda p: None,
    "E03": broken(b"---\nstatus: !!python/object/apply:os.system [echo hi]\n---\n# B\n"),
    "E04": broken(b"\xff\n"),
    "E05": broken(b"---\nstatus: accepted\n# B\n"),
    "E06": config('dri = "decisions"\n'),
    "E07": config("dri x\n"),
    "E08": lambda p: (one(p), p.write(".adr.toml", 'calendar = "cycles.toml"\n'),
                      p.write("cycles.toml", '[[series]]\nname = "x"\n')),
    "E09": one, "E10": one, "E11": revisited, "E12": one, "E13": one, "E14": one, "E15": one,
    "E16": lambda p: (one(p), p.write("decisions/0001-b.md", RECORD.format(title="B"))),
    "E17": lambda p: p.run("init"),
    "E18": one, "E19": one, "E20": one,
    "E21": superseded,
    "E22": one, "E23": one,
    "E24": lambda p: p.write("doc/adr/0001-a.md", NYGARD),
    "E25": linked,
    "E26": one,
    "E27": lambda p: (one(p), p.write("decisions/README.md", "# Our own notes\n")),
    "E28": one,
    "E29": git_repo,
    "E30": broken(b"x" * (3 * 1024 * 1024)),
    "E31": two,
    "E32": lambda p: (one(p), p.write("README.md", "# Our project\n")),
    "E33": lambda p: p.write("decisions/0001-a.md", "---\ntitle: A\nlast_reviewed_on: 2021-01-04\n"
                             "review_in: -6 months\n---\n# A\n\n## Status\n\nAccepted\n"),
    "E34": stages,
    "E35": lambda p: (stages(p), p.write("etape2/adr/0002-b.md", NYGARD.replace("# 1. A", "# 2. B"))),
    "E36": stages,
    "E37": lambda p: p.write("decisions/decision-log.md", "# Decision Log\n\n### DEC-0001\n\n- Status: accepted\n\n"
                             "### DEC-0002\n\n- Status: accepted\n"),
}


def test_every_row_has_a_setup() -> None:
    """The table and this test name the same errors."""
    assert [row[0] for row in rows()] == list(SETUPS)


@pytest.mark.parametrize(("ident", "command", "message", "code"), rows(), ids=[row[0] for row in rows()])
def test_documented_error(project: Project, ident: str, command: str, message: str, code: int) -> None:
    """The documented command fails with the documented line and exit code, and no traceback."""
    SETUPS[ident](project)
    args = shlex.split(command)
    if args[0] != "--today":
        args = ["--today", project.today, *args]
    result = adr(*args)
    assert result.exit_code == code
    assert result.stderr.splitlines()[-1] == message.replace("{root}", str(project.root))
    assert "Traceback" not in result.stdout + result.stderr
