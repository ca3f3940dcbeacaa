"""Records moved into the decision directory from elsewhere keep their history: `adr log`, `adr log REF`,
`show` and `list --git-dates` follow them back through the move, as `git log --follow` does, with the
cache and without it."""

from __future__ import annotations

import io
import json
import re
from typing import Any

import pytest

from conftest import FRESH, Project, same_as_fresh
from gitrepo import ANN, BOB, JANE, GitRepo, record


def events_of(output: str) -> list[tuple[str, int | None, str, str, str | None, str | None]]:
    """(commit, number, path, event, from, to) of `adr log --format json` output."""
    return [(e["sha"][:7], e["number"], e["path"], e["event"], e["from"], e["to"]) for e in json.loads(output)]


def test_a_whole_directory_moved_keeps_its_history(project: Project, repo: GitRepo, started: list) -> None:
    """`git mv docs/architecture/decisions docs/decisions`: the whole log shows each record's history before the
    move, the move itself as `moved` (from and to the repository paths), and a record's creation is its first
    commit; cold, warm (no git run) and without the cache alike."""
    repo.write("docs/architecture/decisions/0001-record-decisions.md", record("accepted", "Record decisions"))
    repo.write("docs/architecture/decisions/0002-use-ovn.md", record("proposed", "Use OVN"))
    repo.write("docs/index.md", "# Docs\n")
    start = repo.commit("Start the log", "2021-04-19T10:00:00+00:00", JANE)
    repo.write("docs/architecture/decisions/0002-use-ovn.md", record("accepted", "Use OVN"))
    accept = repo.commit("Accept OVN", "2021-05-03T10:00:00+00:00", ANN)
    repo.git("mv", "docs/architecture/decisions", "docs/decisions")
    move = repo.commit("Move the log", "2022-01-10T10:00:00+00:00", BOB)
    old, new = "docs/architecture/decisions", "docs/decisions"
    whole = same_as_fresh(project, "log", "--format", "json")
    assert events_of(whole) == [
        (move, 1, f"{new}/0001-record-decisions.md", "moved", f"{old}/0001-record-decisions.md",
         f"{new}/0001-record-decisions.md"),
        (move, 2, f"{new}/0002-use-ovn.md", "moved", f"{old}/0002-use-ovn.md", f"{new}/0002-use-ovn.md"),
        (accept, 2, f"{old}/0002-use-ovn.md", "status", "proposed", "accepted"),
        (start, 1, f"{old}/0001-record-decisions.md", "created", None, "accepted"),
        (start, 2, f"{old}/0002-use-ovn.md", "created", None, "proposed")]
    started.clear()
    assert project.run("log", "--format", "json").stdout == whole
    assert started == []
    assert [(e[0], e[3]) for e in events_of(same_as_fresh(project, "log", "2", "--format", "json"))] == [
        (start, "created"), (accept, "status"), (move, "moved")]
    assert f"  0002  moved from {old}/0002-use-ovn.md  " in same_as_fresh(project, "log")
    rows = json.loads(same_as_fresh(project, "list", "--git-dates", "--format", "json"))
    assert [(row["number"], row["created"], row["last_changed"]) for row in rows] == [
        (1, "2021-04-19", "2022-01-10"), (2, "2021-04-19", "2022-01-10")]
    assert same_as_fresh(project, "show", "2").endswith(
        f"<!-- git: created 2021-04-19 by Jane Doe ({start}); last changed 2022-01-10 by Bob Roy ({move}) -->\n")


def test_a_move_with_an_edit_is_followed(project: Project, repo: GitRepo, started: list) -> None:
    """A record moved and edited in one commit (git pairs them below 100% similarity): the move and the
    status change are both its events; the cache follows it without asking git, as git's `--follow` does."""
    body = "".join(f"We weighed option {n} against the others and kept notes.\n" for n in range(12))
    repo.write("drafts/0004-use-ovn.md", record("proposed", "Use OVN", body=body))
    repo.write("decisions/0001-record-decisions.md", record("accepted", "Record decisions"))
    draft = repo.commit("Draft OVN", "2021-04-19T10:00:00+00:00", ANN)
    repo.git("mv", "drafts/0004-use-ovn.md", "decisions/0004-use-ovn.md")
    repo.write("decisions/0004-use-ovn.md", record("accepted", "Use OVN", body=body + "Accepted at the PTG.\n"))
    move = repo.commit("Accept OVN into the log", "2021-05-03T10:00:00+00:00", BOB)
    paired = re.search(r" R(\d+)\tdrafts/", repo.git("show", "--format=", "--raw", "-M", "HEAD"))
    assert paired is not None and int(paired[1]) < 100
    project.run("log")
    started.clear()
    cached = project.run("log", "4", "--format", "json").stdout
    assert started == []
    assert cached == project.run("log", "4", "--format", "json", env=FRESH).stdout
    assert events_of(cached) == [
        (draft, 4, "drafts/0004-use-ovn.md", "created", None, "proposed"),
        (move, 4, "decisions/0004-use-ovn.md", "moved", "drafts/0004-use-ovn.md", "decisions/0004-use-ovn.md"),
        (move, 4, "decisions/0004-use-ovn.md", "status", "proposed", "accepted")]
    assert [e[3] for e in events_of(same_as_fresh(project, "log", "--format", "json"))] == [
        "moved", "status", "created", "created"]


def test_moves_renames_and_edits_after_a_move(project: Project, repo: GitRepo) -> None:
    """A log moved twice (`adr/` -> `architecture-decisions/adr/` -> `decisions/`), a record renamed in
    between and edited after the last move: one timeline from its creation, in order."""
    repo.write("adr/0001-use-ovn copy.md", record("proposed", "Use OVN"))
    repo.write("adr/0002-record-decisions.md", record("accepted", "Record decisions"))
    created = repo.commit("Propose OVN", "2017-06-12T10:00:00+00:00", JANE)
    (repo.root / "architecture-decisions").mkdir()
    repo.git("mv", "adr", "architecture-decisions/adr")
    first = repo.commit("Move under architecture-decisions", "2017-07-19T10:00:00+00:00", ANN)
    repo.git("mv", "architecture-decisions/adr/0001-use-ovn copy.md", "architecture-decisions/adr/0001-use-ovn.md")
    rename = repo.commit("Tidy the names", "2017-07-25T10:00:00+00:00", ANN)
    repo.write("architecture-decisions/adr/0001-use-ovn.md", record("accepted", "Use OVN"))
    accept = repo.commit("Accept OVN", "2017-07-28T10:00:00+00:00", BOB)
    repo.git("mv", "architecture-decisions/adr", "decisions")
    second = repo.commit("Reorganise documentation files", "2017-10-09T10:00:00+00:00", JANE)
    repo.write("decisions/0001-use-ovn.md", record("superseded", "Use OVN", superseded_by=[3]))
    repo.write("decisions/0003-use-ovs.md", record("accepted", "Use OVS"))
    supersede = repo.commit("Supersede OVN", "2019-01-18T10:00:00+00:00", BOB)
    timeline = same_as_fresh(project, "log", "1", "--format", "json")
    assert [(e[0], e[3], e[4], e[5]) for e in events_of(timeline)] == [
        (created, "created", None, "proposed"),
        (first, "moved", "adr/0001-use-ovn copy.md", "architecture-decisions/adr/0001-use-ovn copy.md"),
        (rename, "renamed", "0001-use-ovn copy.md", "0001-use-ovn.md"),
        (accept, "status", "proposed", "accepted"),
        (second, "moved", "architecture-decisions/adr/0001-use-ovn.md", "decisions/0001-use-ovn.md"),
        (supersede, "status", "accepted", "superseded"),
        (supersede, "superseded-by", [], [3])]
    whole = events_of(same_as_fresh(project, "log", "--format", "json"))
    assert [(e[0], e[1]) for e in whole if e[1] == 1] == [
        (supersede, 1), (supersede, 1), (second, 1), (accept, 1), (rename, 1), (first, 1), (created, 1)]
    rows = json.loads(same_as_fresh(project, "list", "--git-dates", "--format", "json"))
    assert [(row["number"], row["created"]) for row in rows] == [
        (1, "2017-06-12"), (2, "2017-06-12"), (3, "2019-01-18")]


def test_the_cache_brought_up_to_date_across_a_move(project: Project, repo: GitRepo) -> None:
    """Cached before a commit that moves a draft in: after it, after a commit that changes both the log and a
    moved record's earlier path, and after a reset behind the move, `adr log` says what a fresh walk says."""
    repo.write("decisions/0001-record-decisions.md", record("accepted", "Record decisions"))
    repo.write("drafts/use-ovn.md", record("proposed", "Use OVN"))
    draft = repo.commit("Start", "2021-04-19T10:00:00+00:00", JANE)
    repo.write("decisions/0001-record-decisions.md", record("deprecated", "Record decisions"))
    repo.write("drafts/use-ovn.md", record("accepted", "Use OVN"))
    both = repo.commit("Deprecate 1, accept the OVN draft", "2021-05-03T10:00:00+00:00", ANN)
    before = events_of(same_as_fresh(project, "log", "--format", "json"))
    assert [(e[0], e[1], e[3]) for e in before] == [(both, 1, "status"), (draft, 1, "created")]
    repo.git("mv", "drafts/use-ovn.md", "decisions/0002-use-ovn.md")
    move = repo.commit("Take OVN into the log", "2021-06-01T10:00:00+00:00", BOB)
    after = events_of(same_as_fresh(project, "log", "--format", "json"))
    assert [(e[0], e[1], e[2], e[3]) for e in after] == [
        (move, 2, "decisions/0002-use-ovn.md", "moved"),
        (both, 1, "decisions/0001-record-decisions.md", "status"),
        (both, None, "drafts/use-ovn.md", "status"),
        (draft, 1, "decisions/0001-record-decisions.md", "created"),
        (draft, None, "drafts/use-ovn.md", "created")]
    [draft_row] = [line for line in same_as_fresh(project, "log").splitlines() if "status proposed -> accepted" in line]
    assert draft_row.split()[2] == "0002"  # the draft's change, named as the record is named now
    same_as_fresh(project, "log", "2", "--format", "json")
    repo.git("reset", "-q", "--hard", "HEAD~1")
    assert events_of(same_as_fresh(project, "log", "--format", "json")) == before


def test_a_move_merged_from_a_branch(project: Project, repo: GitRepo) -> None:
    """A history with merges: the move made on a branch and merged; the whole log and `--since REV` (whose
    range holds changes made before the move) follow it, with the cache and without."""
    repo.write("doc/adr/0001-use-ovn.md", record("proposed", "Use OVN"))
    created = repo.commit("Propose OVN", "2021-04-19T10:00:00+00:00", JANE)
    repo.write("doc/adr/0001-use-ovn.md", record("accepted", "Use OVN"))
    accept = repo.commit("Accept OVN", "2021-05-03T10:00:00+00:00", ANN)
    repo.git("checkout", "-q", "-b", "move")
    repo.git("mv", "doc/adr", "decisions")
    move = repo.commit("Move the log", "2021-06-01T10:00:00+00:00", BOB)
    repo.git("checkout", "-q", "main")
    repo.write("README.md", "# Project\n")
    repo.commit("Describe the project", "2021-06-02T10:00:00+00:00", JANE)
    repo.merge("move", "Merge the move", "2021-06-03T10:00:00+00:00", JANE)
    whole = events_of(same_as_fresh(project, "log", "--format", "json"))
    assert [(e[0], e[3]) for e in whole] == [(move, "moved"), (accept, "status"), (created, "created")]
    since = events_of(same_as_fresh(project, "log", "--since", created, "--format", "json"))
    assert [(e[0], e[3]) for e in since] == [(move, "moved"), (accept, "status")]
    assert [(e[0], e[3]) for e in events_of(same_as_fresh(project, "log", "1", "--format", "json"))] == [
        (created, "created"), (accept, "status"), (move, "moved")]


def test_a_record_moved_out_and_back_in(project: Project, repo: GitRepo) -> None:
    """A record moved out of the log (`archive/`), edited there and moved back under a new number, every commit
    in the same second: its timeline runs through both moves; the whole log still says the log lost it; the
    cache dates it as git does."""
    second = "2021-04-19T10:00:00+00:00"
    repo.write("decisions/0001-use-ovn.md", record("proposed", "Use OVN"))
    repo.write("decisions/0002-record-decisions.md", record("accepted", "Record decisions"))
    created = repo.commit("Start", second, JANE)
    (repo.root / "archive").mkdir()
    repo.git("mv", "decisions/0001-use-ovn.md", "archive/0001-use-ovn.md")
    out = repo.commit("Archive OVN", second, ANN)
    repo.write("archive/0001-use-ovn.md", record("accepted", "Use OVN"))
    accept = repo.commit("Accept OVN after all", second, BOB)
    repo.git("mv", "archive/0001-use-ovn.md", "decisions/0003-use-ovn.md")
    back = repo.commit("Take OVN back", second, BOB)
    timeline = events_of(same_as_fresh(project, "log", "3", "--format", "json"))
    assert [(e[0], e[2], e[3]) for e in timeline] == [
        (created, "decisions/0001-use-ovn.md", "created"), (out, "archive/0001-use-ovn.md", "moved"),
        (accept, "archive/0001-use-ovn.md", "status"), (back, "decisions/0003-use-ovn.md", "moved")]
    whole = events_of(same_as_fresh(project, "log", "--format", "json"))
    assert [(e[0], e[1], e[3]) for e in whole] == [
        (back, 3, "moved"), (accept, 1, "status"), (out, 1, "deleted"), (out, 1, "moved"),
        (created, 1, "created"), (created, 2, "created")]
    assert same_as_fresh(project, "show", "3").endswith(
        f"<!-- git: created 2021-04-19 by Jane Doe ({created}); last changed 2021-04-19 by Bob Roy ({back}) -->\n")
    same_as_fresh(project, "list", "--git-dates", "--format", "json")


def test_a_moved_record_deleted_and_added_again(project: Project, repo: GitRepo) -> None:
    """A record moved in, then deleted and added again (a branch reset, a restore): `list --git-dates`,
    `show` and `adr log REF` all date it from the last addition, where `git log --follow` stops."""
    repo.write("doc/adr/0001-use-ovn.md", record("accepted", "Use OVN"))
    repo.write("decisions/0002-record-decisions.md", record("accepted", "Record decisions"))
    repo.commit("Start", "2021-04-19T10:00:00+00:00", JANE)
    repo.git("mv", "doc/adr/0001-use-ovn.md", "decisions/0001-use-ovn.md")
    repo.commit("Move OVN", "2021-05-01T10:00:00+00:00", ANN)
    repo.remove("decisions/0001-use-ovn.md")
    repo.commit("Drop OVN by mistake", "2021-06-01T10:00:00+00:00", BOB)
    repo.write("decisions/0001-use-ovn.md", record("accepted", "Use OVN"))
    again = repo.commit("Restore OVN", "2021-07-01T10:00:00+00:00", BOB)
    rows = json.loads(same_as_fresh(project, "list", "--git-dates", "--format", "json"))
    assert [(row["number"], row["created"]) for row in rows] == [(1, "2021-07-01"), (2, "2021-04-19")]
    assert same_as_fresh(project, "show", "1").endswith(
        f"<!-- git: created 2021-07-01 by Bob Roy ({again}) -->\n")
    assert [(e[0], e[3]) for e in events_of(same_as_fresh(project, "log", "1", "--format", "json"))] == [
        (again, "created")]


@pytest.mark.parametrize("drafts", [2, 5])
def test_records_drafted_elsewhere_and_moved_in_one_by_one(project: Project, repo: GitRepo, started: list,
                                                          drafts: int) -> None:
    """Each record drafted in `drafts/` (under another name), edited there and moved in by a commit of its own:
    every timeline starts with the draft; on a history without merges one walk follows every move, so the
    git processes do not grow with the number of moves."""
    repo.write("decisions/0001-record-decisions.md", record("accepted", "Record decisions"))
    repo.commit("Start", "2021-01-01T10:00:00+00:00", JANE)
    shas = []
    for n in range(2, 2 + drafts):
        repo.write(f"drafts/idea-{n}.md", record("proposed", f"Idea {n}"))
        draft = repo.commit(f"Draft idea {n}", f"2021-02-{n:02d}T10:00:00+00:00", ANN)
        repo.write(f"drafts/idea-{n}.md", record("accepted", f"Idea {n}"))
        accept = repo.commit(f"Accept idea {n}", f"2021-03-{n:02d}T10:00:00+00:00", BOB)
        repo.git("mv", f"drafts/idea-{n}.md", f"decisions/{n:04d}-idea-{n}.md")
        move = repo.commit(f"Take idea {n} in", f"2021-04-{n:02d}T10:00:00+00:00", BOB)
        shas.append((n, draft, accept, move))
    whole = project.run("log", "--format", "json").stdout
    # the walk; the moves' pairing, their commits again, one walk of drafts/, its additions' pairing; and
    # the cat-files of the walk, of the moves' commits and of the drafts' versions
    assert sorted(call[0] for call in started) == ["cat-file"] * 3 + ["log"] * 5
    assert whole == same_as_fresh(project, "log", "--format", "json")
    for n, draft, accept, move in shas:
        assert [(e[0], e[3]) for e in events_of(same_as_fresh(project, "log", str(n), "--format", "json"))] == [
            (draft, "created"), (accept, "status"), (move, "moved")]
    assert [e[2] for e in events_of(whole) if e[0] == shas[-1][1]] == [f"drafts/idea-{shas[-1][0]}.md"]


class NotedReads:
    """A stream that notes the size of each ``read`` (readline and the rest pass through)."""

    def __init__(self, inner: Any, sizes: list[int]) -> None:
        self._inner, self._sizes = inner, sizes

    def read(self, size: int = -1) -> bytes:
        data: bytes = self._inner.read(size)
        self._sizes.append(len(data))
        return data

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def test_a_large_folder_on_the_way_to_the_log_is_read_a_chunk_at_a_time(project: Project, repo: GitRepo,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """This stop's attack: to tell whether a commit adding a record moved it in from elsewhere, the walk read
    each tree on the way to the decision directory whole, twice per such commit (a folder of a million files
    beside the log held them all, four times over). It reads them a chunk at a time now, and still follows the
    move."""
    from adrtool.git import repo as git_repo

    sizes: list[int] = []
    start_git = git_repo._start_git

    def noted(cwd: Any, command: str, *args: str, **options: Any) -> Any:
        process = start_git(cwd, command, *args, **options)
        if command == "cat-file":
            process.stdout = NotedReads(process.stdout, sizes)
        return process

    monkeypatch.setattr(git_repo, "_start_git", noted)
    for n in range(2000):
        repo.write(f"docs/generated-page-{n:05d}-of-the-reference-manual.html", "")
    repo.write("docs/decisions/0001-record-decisions.md", record("accepted", "Record decisions"))
    repo.write("drafts/idea.md", record("proposed", "Idea"))
    draft = repo.commit("Start", "2021-01-01T10:00:00+00:00", JANE)
    repo.git("mv", "drafts/idea.md", "docs/decisions/0002-idea.md")
    move = repo.commit("Take the idea in", "2021-02-01T10:00:00+00:00", BOB)
    assert int(repo.git("cat-file", "-s", "HEAD:docs")) > git_repo._CHUNK
    result = project.run("log", "--format", "json", env=FRESH)
    assert (result.exit_code, result.stderr) == (0, "")
    assert [(e[0], e[1], e[3]) for e in events_of(result.stdout)] == [
        (move, 2, "moved"), (draft, 1, "created"), (draft, None, "created")]
    assert sizes and max(sizes) <= git_repo._CHUNK


def test_a_tree_s_digest_is_that_of_its_entries_but_the_one_leading_to_the_log() -> None:
    """The digest read a chunk at a time is that of the tree's bytes without the entry named, wherever the
    chunks cut the entries (ids holding NULs and blanks too), and of the whole tree when no entry has that name;
    the stream is left after cat-file's newline."""
    from hashlib import blake2b

    from adrtool.git.repo import tree_digest

    def entry(name: str, n: int) -> bytes:
        return b"100644 " + name.encode() + b"\0" + bytes([n % 256, 0, 32]) * 6 + b"\0 "

    before = b"".join(entry(f"a-page-{n:05d}.html", n) for n in range(3000))
    after = b"".join(entry(f"z-page-{n:05d}.html", n) for n in range(3000))
    leading = b"40000 decisions\0" + b"\x01" * 20
    tree = before + leading + after
    header = [b"ab" * 20, b"tree", str(len(tree)).encode()]
    for name, kept in (("decisions", before + after), ("elsewhere", tree)):
        stream = io.BytesIO(tree + b"\n" + b"next answer")
        assert tree_digest(stream, len(tree), header, name) == blake2b(kept, digest_size=16).digest()
        assert stream.read() == b"next answer"
