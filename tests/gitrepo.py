"""Real git repositories for tests: fixed authors and dates, the real `git` binary, nothing global.

    repo = make_repo(project.root, monkeypatch)
    repo.write("decisions/0001-use-git.md", record("accepted"))
    sha = repo.commit("Add ADR 1", author=JANE, date="2021-04-19T10:00:00+00:00")

Every commit sets its author and committer, name, email and date explicitly, so commit ids are the same on
every run. The user's and the system's git config are ignored (``isolate_git``), both for the commands
run here and for those adrtool runs through gitpython.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import subprocess
import tempfile
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

JANE = ("Jane Doe", "jane@example.org")
ANN = ("Ann Lee", "ann@example.org")
BOB = ("Bob Roy", "bob@example.org")


def isolate_git(monkeypatch: pytest.MonkeyPatch) -> None:
    """No ~/.gitconfig, no /etc/gitconfig, no GIT_DIR from an enclosing hook: tests see plain git."""
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR"):
        monkeypatch.delenv(name, raising=False)


def record(status: str = "accepted", title: str = "A decision", *, date: str | None = "2021-04-19",
           revisit: str | None = None, superseded_by: list[int] | None = None, body: str = "We decided.\n",
           extra: str = "") -> str:
    """A front-matter record, as `adr new` writes them."""
    lines = ["---", f"status: {status}"]
    if date:
        lines.append(f"date: {date}")
    if revisit:
        lines.append(f"revisit: {revisit}")
    if superseded_by:
        lines.append(f"superseded-by: [{', '.join(map(str, superseded_by))}]")
    lines += [extra.rstrip("\n")] if extra else []
    lines += ["---", f"# {title}", "", "## Decision", "", body.rstrip("\n"), ""]
    return "\n".join(lines)


# No signing, one default branch, local clones allowed; and no `git maintenance run --auto` started after each
# commit and merge (a process apiece, with nothing to do in a repository this small).
QUIET_GIT = ("-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", "-c", "init.defaultBranch=main",
             "-c", "protocol.file.allow=always", "-c", "maintenance.auto=false", "-c", "gc.auto=0")

LINUXBRIDGE = "decisions/0002-keep-linuxbridge.md"
COMMITTED = re.compile(r"\[[^\]]* ([0-9a-f]{7,})\] ")  # `[main (root-commit) 1a2b3c4] Subject`


@dataclass
class GitRepo:
    root: Path

    @classmethod
    def init(cls, root: Path, branch: str = "main") -> GitRepo:
        root.mkdir(parents=True, exist_ok=True)
        repo = cls(root)
        repo.git("init", "-q", "-b", branch)
        return repo

    def git(self, *args: str, date: str = "2021-01-01T00:00:00+00:00", who: tuple[str, str] = JANE) -> str:
        env = {**os.environ, "GIT_AUTHOR_NAME": who[0], "GIT_AUTHOR_EMAIL": who[1], "GIT_AUTHOR_DATE": date,
               "GIT_COMMITTER_NAME": who[0], "GIT_COMMITTER_EMAIL": who[1], "GIT_COMMITTER_DATE": date,
               "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull}
        done = subprocess.run(["git", *QUIET_GIT, *args],
                              cwd=self.root, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise AssertionError(f"git {' '.join(args)} failed: {done.stderr}")
        return done.stdout

    def write(self, relative: str, text: str) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text) if text.startswith("\n") else text, encoding="utf-8")
        return path

    def remove(self, relative: str) -> None:
        (self.root / relative).unlink()

    def commit(self, message: str, date: str, author: tuple[str, str] = JANE) -> str:
        """Commit everything in the work tree; return the short id (read from what `git commit` says,
        `[main 1a2b3c4] Subject`, abbreviated as `rev-parse --short=7` abbreviates: one git the fewer)."""
        self.git("add", "-A")
        said = self.git("-c", "core.abbrev=7", "commit", "--allow-empty", "-m", message, date=date, who=author)
        found = COMMITTED.match(said)
        assert found, said
        return found[1]

    def head(self, rev: str = "HEAD") -> str:
        return self.git("rev-parse", "--short=7", rev).strip()

    def checkout(self, *args: str) -> None:
        self.git("checkout", "-q", *args)

    def merge(self, branch: str, message: str, date: str, author: tuple[str, str] = JANE) -> str:
        self.git("merge", "-q", "--no-ff", "-m", message, branch, date=date, who=author)
        return self.head()



def make_repo(root: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """``root`` (the CLI's working directory in a test) made a git repository on branch main, git isolated.
    Test modules wrap it in a `repo` fixture."""
    isolate_git(monkeypatch)
    return GitRepo.init(root)


def xena(repo: GitRepo) -> dict[str, str]:
    """Four commits: two records added, one accepted, its revisit moved, then superseded by a third.

    Made once per test process, in a repository of its own, and copied into each new repository that asks
    for it: the commits are the same (fixed authors and dates), the files are written anew (fresh stamps,
    as if just checked out). A repository that already holds a commit or a file gets the commits made."""
    if _pristine(repo):
        template, shas = _xena_template()
        shutil.rmtree(repo.root / ".git")
        shutil.copytree(template, repo.root, dirs_exist_ok=True, copy_function=shutil.copy)
        return dict(shas)
    return _make_xena(repo)


def _pristine(repo: GitRepo) -> bool:
    """A repository `GitRepo.init` just made on main: nothing committed, nothing in the work tree."""
    git = repo.root / ".git"
    return ([path.name for path in repo.root.iterdir()] == [".git"] and not (git / "packed-refs").exists()
            and not any((git / "refs" / "heads").iterdir())
            and (git / "HEAD").read_text() == "ref: refs/heads/main\n")


_XENA: list[tuple[Path, dict[str, str]]] = []


def _xena_template() -> tuple[Path, dict[str, str]]:
    if not _XENA:
        root = Path(tempfile.mkdtemp(prefix="adr-xena-"))
        atexit.register(shutil.rmtree, root, ignore_errors=True)
        shas = _make_xena(GitRepo.init(root / "repo"))
        _XENA.append((root / "repo", shas))
    return _XENA[0]


def _make_xena(repo: GitRepo) -> dict[str, str]:
    shas = {}
    repo.write("decisions/0001-record-decisions.md", record("accepted", "Record decisions", revisit="never"))
    repo.write(LINUXBRIDGE, record("proposed", "Keep Linuxbridge", revisit="yoga"))
    repo.write("decisions/README.md", "# Decisions\n")
    shas["add"] = repo.commit("Start the decision log", "2021-04-19T14:00:00+00:00", JANE)
    repo.write(LINUXBRIDGE, record("accepted", "Keep Linuxbridge", revisit="yoga"))
    shas["accept"] = repo.commit("Accept ADR 2 at the Xena PTG", "2021-04-23T09:30:00+02:00", ANN)
    repo.write(LINUXBRIDGE, record("accepted", "Keep Linuxbridge", revisit="zed", body="We keep it.\n"))
    shas["revisit"] = repo.commit("Yoga PTG: look at Linuxbridge again in Zed", "2021-10-18T16:00:00+00:00", BOB)
    repo.write(LINUXBRIDGE, record("superseded", "Keep Linuxbridge", revisit="zed", superseded_by=[3],
                                   body="We keep it.\n"))
    repo.write("decisions/0003-deprecate-linuxbridge.md", record("accepted", "Deprecate Linuxbridge"))
    shas["supersede"] = repo.commit("Supersede ADR 2 with ADR 3", "2022-04-04T12:00:00+00:00", JANE)
    return shas
