"""On logs adr-tools writes, adrtool agrees with adr-tools itself (Debian's `adr-tools` package): the records
`adr list` lists, the titles of `adr generate toc`, the links `adr generate graph` draws, the statuses of the
Status sections. Runs where adr-tools is installed (`apt-get install adr-tools`; CI installs it)."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from conftest import Project

TOOLS = Path("/usr/libexec/adr-tools")  # Debian's adr-tools: its own `adr` is a dispatcher to these scripts
if not (TOOLS / "adr-list").is_file():  # a failure in CI, which installs it (.ci/run)
    if os.environ.get("CI"):
        raise FileNotFoundError(f"Debian's adr-tools is not installed: no {TOOLS / 'adr-list'}")
    pytest.skip("Debian's adr-tools is not installed (apt-get install adr-tools)", allow_module_level=True)


def adr_tools(project: Project | Path, command: str, *args: str) -> str:
    env = {**os.environ, "ADR_DATE": "2024-01-15", "VISUAL": "true", "EDITOR": "true"}
    where = project.root if isinstance(project, Project) else project
    done = subprocess.run([str(TOOLS / f"adr-{command}"), *args], cwd=where, env=env, capture_output=True,
                          text=True, check=True)
    return done.stdout


@pytest.fixture(scope="module")
def log_by_adr_tools(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A log adr-tools wrote (once for this module): a superseded record, an amendment, a link with a label of
    our own."""
    root = tmp_path_factory.mktemp("adr-tools-log")
    adr_tools(root, "init", "doc/adr")
    adr_tools(root, "new", "Use", "PostgreSQL")
    adr_tools(root, "new", "-s", "2", "Use", "CockroachDB")
    adr_tools(root, "new", "-l", "3:Amends:Amended by", "Add", "read", "replicas")
    adr_tools(root, "new", "Deploy", "with", "Kubernetes")
    adr_tools(root, "link", "5", "Clarifies", "4", "Clarified by")
    return root


@pytest.fixture
def written_by_adr_tools(project: Project, log_by_adr_tools: Path) -> Project:
    import shutil

    shutil.copytree(log_by_adr_tools, project.root, dirs_exist_ok=True)
    (project.root / ".git").mkdir()
    return project


def ours(project: Project) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = json.loads(project.run("list", "--format", "json").stdout)
    return rows


def test_the_same_records_and_titles(written_by_adr_tools: Project) -> None:
    """`adr list` and `adr generate toc` name the records we list, with our title after adr-tools' number."""
    project = written_by_adr_tools
    rows = ours(project)
    assert [row["path"] for row in rows] == adr_tools(project, "list").split()
    toc = re.findall(r"^\* \[(\d+)\. (.*)\]\((.*)\)$", adr_tools(project, "generate", "toc"), re.MULTILINE)
    assert [(int(number), title, file) for number, title, file in toc] == \
        [(row["number"], row["title"], Path(str(row["path"])).name) for row in rows]


def test_the_same_statuses(written_by_adr_tools: Project) -> None:
    """The status word of each Status section, as adr-tools prints the section."""
    project = written_by_adr_tools
    for row in ours(project):
        section = subprocess.run([str(TOOLS / "_adr_status"), str(row["number"])], cwd=project.root,
                                 capture_output=True, text=True, check=True).stdout.splitlines()
        words = [line for line in section if "](" not in line]
        expected = words[0].lower() if words else "superseded"  # `Superseded by [..](..)` alone
        assert row["status"] == expected


def test_the_graph_draws_every_link_adr_tools_draws(written_by_adr_tools: Project) -> None:
    """Every edge of `adr generate graph` (Supersedes, Amends, a label given to `adr link`) is ours too, and
    we draw no other."""
    project = written_by_adr_tools
    theirs = {(int(source), int(target), label.lower()) for source, target, label in
              re.findall(r'^\s+_(\d+) -> _(\d+) \[label="([^"]+)"', adr_tools(project, "generate", "graph"),
                         re.MULTILINE)}
    drawn = {(int(source), int(target), label) for source, target, label in
             re.findall(r'^\s+adr(\d+) -> adr(\d+) \[label="([^"]+)"', project.run("graph", "--format", "dot").stdout,
                        re.MULTILINE)}
    assert theirs == {(3, 2, "supersedes"), (4, 3, "amends"), (5, 4, "clarifies")}
    assert drawn == theirs


def test_a_custom_directory_named_by_adr_dir(project: Project) -> None:
    """adr-tools' `.adr-dir` (the fixture it wrote) points both tools at the same records."""
    import shutil

    shutil.copytree(Path(__file__).parent / "fixtures" / "adr-tools" / "custom-dir", project.root, dirs_exist_ok=True)
    assert [row["path"] for row in ours(project)] == adr_tools(project, "list").split()


def test_supersede_writes_what_adr_tools_writes(project: Project, tmp_path: Path) -> None:
    """`adr supersede` on a record whose status word a link follows (`Amended by [..]`) writes the record as
    adr-tools' own `adr new -s` does: the word gone, the link last, byte for byte."""
    theirs = tmp_path / "theirs"
    for root in (theirs, project.root):
        root.mkdir(exist_ok=True)
        adr_tools(root, "init", "doc/adr")
        adr_tools(root, "new", "Use", "PostgreSQL")
        adr_tools(root, "new", "-l", "2:Amends:Amended by", "Add", "read", "replicas")
    adr_tools(theirs, "new", "-s", "2", "Use", "CockroachDB")
    adr_tools(project, "new", "Use", "CockroachDB")

    result = project.run("supersede", "2", "--by", "4")

    assert result.exit_code == 0, result.stderr
    name = "doc/adr/0002-use-postgresql.md"
    assert project.read(name) == (theirs / name).read_text(encoding="utf-8")
    assert "## Status\n\nAmended by [3. Add read replicas](0003-add-read-replicas.md)\n\n" \
           "Superseded by [4. Use CockroachDB](0004-use-cockroachdb.md)\n\n## Context" in project.read(name)
