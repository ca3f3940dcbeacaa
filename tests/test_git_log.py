"""`adr log`: timelines from one walk of git history, renames followed, merges, shallow and detached clones."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from conftest import Project
from gitrepo import ANN, BOB, JANE, LINUXBRIDGE, GitRepo, record, xena


def test_timeline_of_one_decision(project: Project, repo: GitRepo) -> None:
    """`adr log 2`: oldest first, each change with date, sha, author and subject; body-only edits have none."""
    s = xena(repo)
    result = project.run("log", "2")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "DATE        COMMIT   ADR   CHANGE                         AUTHOR    SUBJECT\n"
        f"2021-04-19  {s['add']}  0002  created (proposed)             Jane Doe  Start the decision log\n"
        f"2021-04-23  {s['accept']}  0002  status proposed -> accepted    Ann Lee   Accept ADR 2 at the Xena PTG\n"
        f"2021-10-18  {s['revisit']}  0002  revisit yoga -> zed            Bob Roy   "
        "Yoga PTG: look at Linuxbridge again in Zed\n"
        f"2022-04-04  {s['supersede']}  0002  status accepted -> superseded  Jane Doe  Supersede ADR 2 with ADR 3\n"
        f"2022-04-04  {s['supersede']}  0002  superseded-by (none) -> 0003   Jane Doe  Supersede ADR 2 with ADR 3\n"
    )
    assert result.stderr == ""


def test_whole_log_newest_first_as_json(project: Project, repo: GitRepo) -> None:
    """`adr log --format json`: one object per event, newest first; README.md is not a record."""
    s = xena(repo)
    events = json.loads(project.run("log", "--format", "json").stdout)
    assert [(e["number"], e["event"], e["from"], e["to"], e["sha"][:7], e["author"]) for e in events] == [
        (2, "status", "accepted", "superseded", s["supersede"], "Jane Doe"),
        (2, "superseded-by", [], [3], s["supersede"], "Jane Doe"),
        (3, "created", None, "accepted", s["supersede"], "Jane Doe"),
        (2, "revisit", "yoga", "zed", s["revisit"], "Bob Roy"),
        (2, "status", "proposed", "accepted", s["accept"], "Ann Lee"),
        (1, "created", None, "accepted", s["add"], "Jane Doe"),
        (2, "created", None, "proposed", s["add"], "Jane Doe"),
    ]
    assert events[4] == {
        "number": 2, "log": "", "path": LINUXBRIDGE, "event": "status", "from": "proposed", "to": "accepted", "note": None,
        "sha": repo.git("rev-parse", s["accept"]).strip(), "date": "2021-04-23T09:30:00+02:00",
        "author": "Ann Lee", "subject": "Accept ADR 2 at the Xena PTG"}


def test_the_log_s_areas_have_their_history_too(project: Project, repo: GitRepo) -> None:
    """A record kept in an area of the log (EdgeX's `security/0020-spiffe.md`, numbered in the log's sequence) is
    in the log's timeline, unlabelled as the log's own are, and `adr log N` finds it."""
    repo.write("decisions/0001-record-decisions.md", record("accepted", "Record decisions"))
    repo.write("decisions/security/0002-use-vault.md", record("proposed", "Use Vault"))
    start = repo.commit("Start", "2021-04-19T10:00:00+00:00", JANE)[:7]
    repo.write("decisions/security/0002-use-vault.md", record("accepted", "Use Vault"))
    accept = repo.commit("Accept ADR 2", "2021-04-20T10:00:00+00:00", ANN)[:7]
    events = json.loads(project.run("log", "--format", "json").stdout)
    assert [(e["number"], e["log"], e["path"], e["event"], e["sha"][:7]) for e in events] == [
        (2, "", "decisions/security/0002-use-vault.md", "status", accept),
        (1, "", "decisions/0001-record-decisions.md", "created", start),
        (2, "", "decisions/security/0002-use-vault.md", "created", start)]
    assert [(e["event"], e["to"]) for e in json.loads(project.run("log", "2", "--format", "json").stdout)] == [
        ("created", "proposed"), ("status", "accepted")]


def test_since_a_date_and_since_a_revision(project: Project, repo: GitRepo) -> None:
    """--since DATE keeps events on or after that day (author date); --since REV those after REV."""
    s = xena(repo)
    by_date = json.loads(project.run("log", "--since", "2021-10-18", "--format", "json").stdout)
    assert [(e["number"], e["event"]) for e in by_date] == [
        (2, "status"), (2, "superseded-by"), (3, "created"), (2, "revisit")]
    by_rev = json.loads(project.run("log", "--since", s["revisit"], "--format", "json").stdout)
    assert [(e["number"], e["event"]) for e in by_rev] == [(2, "status"), (2, "superseded-by"), (3, "created")]
    one = json.loads(project.run("log", "2", "--since", "2021-10-01", "--format", "json").stdout)
    assert [(e["event"], e["to"]) for e in one] == [("revisit", "zed"), ("status", "superseded"),
                                                     ("superseded-by", [3])]


def test_a_renumbered_record_keeps_its_history(project: Project, repo: GitRepo) -> None:
    """A renamed file (git mv 0002 -> 0004) is followed: its timeline starts at its creation as 0002."""
    s = xena(repo)
    repo.git("mv", LINUXBRIDGE, "decisions/0004-keep-linuxbridge.md")
    moved = repo.commit("Renumber ADR 2 to 4", "2022-05-02T08:00:00+00:00", ANN)
    events = json.loads(project.run("log", "4", "--format", "json").stdout)
    assert [(e["number"], e["event"], e["from"], e["to"], e["sha"][:7]) for e in events] == [
        (2, "created", None, "proposed", s["add"]),
        (2, "status", "proposed", "accepted", s["accept"]),
        (2, "revisit", "yoga", "zed", s["revisit"]),
        (2, "status", "accepted", "superseded", s["supersede"]),
        (2, "superseded-by", [], [3], s["supersede"]),
        (4, "renamed", "0002-keep-linuxbridge.md", "0004-keep-linuxbridge.md", moved),
    ]
    assert events[-1]["path"] == "decisions/0004-keep-linuxbridge.md"
    assert events[0]["path"] == LINUXBRIDGE


def test_the_whole_log_names_each_record_as_it_is_named_now(project: Project, repo: GitRepo) -> None:
    """tikv/rfcs named its records by day, then numbered them: in the whole log's table every row of a record
    renamed (or renumbered, or moved in) shows the name it has now, so its creation is found by its number; the
    JSON keeps each commit's own number and path. A record created later at the old name is itself."""
    repo.write("decisions/2018-08-29-unsafe-destroy-range.md", record("proposed", "Unsafe destroy range"))
    repo.commit("Add the RFC", "2018-09-17T10:00:00+00:00", ANN)
    repo.git("mv", "decisions/2018-08-29-unsafe-destroy-range.md", "decisions/0002-unsafe-destroy-range.md")
    repo.commit("Number the RFCs", "2021-05-31T10:00:00+00:00", BOB)
    repo.write("decisions/0002-unsafe-destroy-range.md", record("accepted", "Unsafe destroy range"))
    repo.commit("Accept it", "2021-06-01T10:00:00+00:00", BOB)
    repo.git("mv", "decisions/0002-unsafe-destroy-range.md", "decisions/0005-unsafe-destroy-range.md")
    repo.write("decisions/0002-other.md", record("proposed", "Other"))
    repo.commit("Renumber 2 to 5, and a new 2", "2021-07-01T10:00:00+00:00", JANE)
    rows = [line.split()[2:4] for line in project.run("log").stdout.splitlines()[1:]]
    assert rows == [["0002", "created"], ["0005", "renamed"], ["0005", "status"], ["0005", "renamed"],
                    ["0005", "created"]]
    events = json.loads(project.run("log", "--format", "json").stdout)
    assert [(e["number"], e["event"]) for e in events] == [
        (2, "created"), (5, "renamed"), (2, "status"), (2, "renamed"), (None, "created")]


def test_a_near_copy_does_not_inherit_another_records_history(project: Project, repo: GitRepo) -> None:
    """A new record that git sees as a copy of another starts its own timeline at its creation."""
    s = xena(repo)
    events = json.loads(project.run("log", "3", "--format", "json").stdout)
    assert [(e["event"], e["to"], e["sha"][:7]) for e in events] == [("created", "accepted", s["supersede"])]


def test_a_deleted_record_is_found_in_history(project: Project, repo: GitRepo) -> None:
    """`adr log 1` after 0001 was deleted: its timeline, ending with the deletion."""
    s = xena(repo)
    repo.remove("decisions/0001-record-decisions.md")
    gone = repo.commit("Drop ADR 1", "2022-06-01T10:00:00+00:00", BOB)
    events = json.loads(project.run("log", "1", "--format", "json").stdout)
    assert [(e["event"], e["from"], e["to"], e["sha"][:7]) for e in events] == [
        ("created", None, "accepted", s["add"]), ("deleted", "accepted", None, gone)]


def test_branch_commits_keep_their_own_authors_and_dates(project: Project, repo: GitRepo) -> None:
    """A merged side branch's changes are credited to their commits, not to the merge (no --first-parent)."""
    xena(repo)
    repo.git("checkout", "-q", "-b", "ovn")
    repo.write("decisions/0004-use-ovn.md", record("proposed", "Use OVN"))
    side = repo.commit("Propose ADR 4", "2022-05-10T10:00:00+00:00", ANN)
    repo.git("checkout", "-q", "main")
    repo.write("decisions/0001-record-decisions.md", record("deprecated", "Record decisions", revisit="never"))
    main = repo.commit("Deprecate ADR 1", "2022-05-11T10:00:00+00:00", BOB)
    merge = repo.merge("ovn", "Merge branch ovn", "2022-05-12T10:00:00+00:00", JANE)
    events = json.loads(project.run("log", "--since", "2022-05-01", "--format", "json").stdout)
    assert [(e["number"], e["event"], e["sha"][:7], e["author"], e["date"][:10]) for e in events] == [
        (1, "status", main, "Bob Roy", "2022-05-11"),
        (4, "created", side, "Ann Lee", "2022-05-10"),
    ]
    assert merge not in project.run("log").stdout


def test_columns_line_up_by_what_a_terminal_shows(project: Project, repo: GitRepo) -> None:
    """An author's name stored with a combining accent (`e` and U+0301, as macOS often stores it) takes as many
    columns as its precomposed twin, and a CJK name two a character: the subjects start in one column."""
    xena(repo)
    authors = [("Wolf Montwe\u0301", "w@example.org"), ("Wolf Montw\u00e9", "w@example.org"), ("山田太郎", "y@example.org")]
    for day, author in enumerate(authors, start=1):
        repo.write("decisions/0001-record-decisions.md", record("accepted", "Record decisions", revisit=f"zed{day}"))
        repo.commit(f"Edit {day}", f"2022-06-0{day}T10:00:00+00:00", author)
    rows = project.run("log", "1", "--since", "2022-06-01").stdout.splitlines()
    assert len(rows) == 4 and [row.count("Edit") for row in rows[1:]] == [1, 1, 1]
    shown = [unicodedata.normalize("NFC", row[:row.index("Edit")]) for row in rows[1:]]
    assert len({len(row) + sum(unicodedata.east_asian_width(char) == "W" for char in row) for row in shown}) == 1
    assert rows[0].index("SUBJECT") == len(shown[0])


def test_an_unreadable_version_is_an_event(project: Project, repo: GitRepo) -> None:
    """A commit that breaks a record's front matter shows as `unreadable`; the fix shows what changed."""
    s = xena(repo)
    repo.write("decisions/0003-deprecate-linuxbridge.md", "---\nstatus: !status accepted\n---\n# Deprecate\n")
    broken = repo.commit("Break ADR 3", "2022-06-01T10:00:00+00:00", BOB)
    repo.write("decisions/0003-deprecate-linuxbridge.md", record("deprecated", "Deprecate Linuxbridge"))
    fixed = repo.commit("Fix ADR 3", "2022-06-02T10:00:00+00:00", BOB)
    events = json.loads(project.run("log", "3", "--format", "json").stdout)
    assert [(e["event"], e["from"], e["to"], e["sha"][:7]) for e in events] == [
        ("created", None, "accepted", s["supersede"]),
        ("unreadable", None, "invalid YAML front matter: could not determine a constructor for the tag '!status'", broken),
        ("status", None, "deprecated", fixed),
    ]


def test_detached_head_reads_history_up_to_head(project: Project, repo: GitRepo) -> None:
    """On a detached HEAD (as CI checks out), `adr log` answers for the history behind HEAD."""
    s = xena(repo)
    repo.git("checkout", "-q", "--detach", s["revisit"])
    events = json.loads(project.run("log", "--format", "json").stdout)
    assert [e["sha"][:7] for e in events] == [s["revisit"], s["accept"], s["add"], s["add"]]


def test_shallow_clone_says_where_history_is_cut(project: Project, repo: GitRepo, tmp_path: Path,
                                                 monkeypatch) -> None:
    """A --depth 2 clone: the boundary commit's files are not `created` there; stderr names the boundary."""
    s = xena(repo)
    clone = GitRepo(tmp_path / "clone")
    repo.git("clone", "-q", "--depth", "2", f"file://{repo.root}", str(clone.root))
    monkeypatch.chdir(clone.root)
    result = project.run("log", "--format", "json")
    assert result.exit_code == 0
    events = json.loads(result.stdout)
    assert [(e["number"], e["event"], e["sha"][:7]) for e in events] == [
        (2, "status", s["supersede"]), (2, "superseded-by", s["supersede"]), (3, "created", s["supersede"])]
    assert result.stderr == (f"adr: history is truncated at {s['revisit']} (2021-10-18): this is a shallow "
                             "clone, and earlier changes are not in it (git fetch --unshallow)\n")
    timeline = project.run("log", "2")
    assert [line.split()[1] for line in timeline.stdout.splitlines()[1:]] == [s["supersede"], s["supersede"]]
    assert "truncated at" in timeline.stderr


def test_outside_git_history_needs_a_repository(project: Project, monkeypatch) -> None:
    """Outside a repository, `adr log` explains and exits 2; list and new still work."""
    from gitrepo import isolate_git

    isolate_git(monkeypatch)
    project.write("decisions/0001-a.md", record("accepted", "A"))
    result = project.run("log")
    assert result.exit_code == 2
    assert result.stderr == ("adr: decisions is not in a git repository; history needs one "
                             "(git init, or run from a clone)\n")
    assert project.run("log", "1").exit_code == 2
    assert project.run("list").exit_code == 0
    assert project.run("new", "Another").stdout == "decisions/0002-another.md\n"


def test_repository_without_commits(project: Project, repo: GitRepo) -> None:
    """Right after `git init`: `adr log` has nothing to show and says why; `adr new` works."""
    project.run("init")
    assert project.run("new", "Use OVN").stdout == "decisions/0002-use-ovn.md\n"
    result = project.run("log")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "adr: the repository has no commits yet: no history to show\n"


def test_an_uncommitted_record_has_no_history_yet(project: Project, repo: GitRepo) -> None:
    """A record only in the work tree: `adr log REF` says it is not committed."""
    xena(repo)
    repo.write("decisions/0004-new.md", record("proposed", "New"))
    result = project.run("log", "4")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "adr: decisions/0004-new.md has no history in git yet (not committed)\n"


def test_log_walks_git_once(project: Project, repo: GitRepo, monkeypatch) -> None:
    """The whole log's history is one `git log` and one `git cat-file --batch` (the records' versions, and the
    trees on the way to the directory, which say whether a commit may have moved records in), however many
    records."""
    from adrtool.git import repo as gitlog

    xena(repo)
    started: list[str] = []
    original = gitlog.Git._start

    def spy(self, command, *args, **kwargs):
        started.append(command)
        return original(self, command, *args, **kwargs)

    monkeypatch.setattr(gitlog.Git, "_start", spy)
    assert project.run("log").exit_code == 0
    assert sorted(started) == ["cat-file", "log"]


def test_a_git_failure_is_one_line_with_gits_reason(project: Project, repo: GitRepo) -> None:
    """When git itself fails, the GitError (exit 2) carries git's own last line."""
    from adrtool.errors import GitError
    from adrtool.git.repo import open_repo
    from adrtool.project.workspace import locate

    xena(repo)
    with open_repo(locate(project.root)) as git, pytest.raises(GitError) as failure:
        list(git.walk(rev="deadbeef"))
    assert str(failure.value) == "git log failed: fatal: bad revision 'deadbeef'"
    assert failure.value.exit_code == 2


def test_show_without_the_objects_git_needs_for_its_dates(project: Project, repo: GitRepo) -> None:
    """A clone missing a blob of its history (a partial or damaged copy): `adr log` cannot walk it and says
    so in one line (exit 2); `adr show` shows the record, and says in one line that it has no git dates."""
    repo.write("decisions/0001-use-x.md", record("accepted", "Use X", body="Long text about X.\nMore.\nAnd more.\n"))
    repo.commit("Add ADR 1", "2021-04-19T10:00:00+00:00", JANE)
    blob = repo.git("rev-parse", "HEAD:decisions/0001-use-x.md").strip()
    repo.git("mv", "decisions/0001-use-x.md", "decisions/0001-use-y.md")
    repo.write("decisions/0001-use-y.md", record("accepted", "Use Y", body="Long text about X.\nMore.\nAnd more.\n"))
    repo.commit("Rename ADR 1", "2021-05-01T10:00:00+00:00", ANN)
    (repo.root / ".git" / "objects" / blob[:2] / blob[2:]).unlink()
    missing = f"git log failed: fatal: unable to read {blob}"
    shown = project.run("show", "1")
    assert (shown.exit_code, shown.stdout, shown.stderr) == (
        0, project.read("decisions/0001-use-y.md"), f"adr: no git dates for 0001-use-y.md: {missing}\n")
    walked = project.run("log")
    assert (walked.exit_code, walked.stdout, walked.stderr) == (2, "", f"adr: {missing}\n")


def test_a_record_created_without_a_status_says_so(project: Project, repo: GitRepo) -> None:
    """A record written without a status (as most of JabRef's are) is `created (no status)`; one that could
    not be read is created, then `unreadable` with the reason."""
    repo.write("decisions/0001-use-x.md", "# Use X\n\n## Context\n\nC.\n")
    repo.write("decisions/0002-use-y.md", "---\nstatus: !status accepted\n---\n# Use Y\n")
    repo.commit("Add ADR 1 and 2", "2022-06-01T10:00:00+00:00", BOB)
    rows = [line.split(None, 3) for line in project.run("log").stdout.splitlines()[1:]]
    assert [(row[2], row[3].split("  ", 1)[0]) for row in rows] == [
        ("0001", "created (no status)"), ("0002", "created (no status)"),
        ("0002", "unreadable: invalid YAML front matter: could not determine a constructor for the tag '!status'")]


def test_no_log_and_no_history_is_said_as_every_command_says_it(project: Project, repo: GitRepo) -> None:
    """A repository with commits but no decision log, now or in its history: one line and exit 2, as `adr
    list` says it (it printed nothing and exited 0)."""
    repo.write("README.md", "Hello.\n")
    repo.commit("Start", "2022-06-01T10:00:00+00:00", BOB)
    walked, listed = project.run("log"), project.run("list")
    assert walked.exit_code == listed.exit_code == 2
    assert walked.stdout == "" and walked.stderr == listed.stderr
    assert walked.stderr.startswith("adr: no decision log found under ")


def test_every_log_of_a_project_and_its_records_by_log(project: Project, repo: GitRepo,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Several logs (two packages' docs/adr): `adr log` shows every log's changes newest first with the log
    as `adr list` names it (a LOG column, `log` in JSON), `adr log REF` takes a path of any log or a number
    of the package it runs in, each log's walk is cached on its own, and git dates reach every log."""
    from conftest import FRESH, adr, same_as_fresh

    repo.write("packages/core/docs/adr/0001-core-one.md", record("accepted", "Core one"))
    repo.commit("Core one", "2022-01-10T10:00:00+00:00", ANN)
    repo.write("packages/web/docs/adr/0001-web-one.md", record("proposed", "Web one"))
    repo.commit("Web one", "2022-02-10T10:00:00+00:00", BOB)
    repo.write("packages/web/docs/adr/0001-web-one.md", record("accepted", "Web one"))
    repo.write("packages/core/docs/adr/0002-core-two.md", record("accepted", "Core two"))
    repo.commit("Core two, web one accepted", "2022-03-10T10:00:00+00:00", JANE)
    assert same_as_fresh(project, "log") == same_as_fresh(project, "log") == (
        "LOG                     DATE        COMMIT   ADR   CHANGE                       AUTHOR    SUBJECT\n"
        f"packages/core/docs/adr  2022-03-10  {repo.head()}  0002  created (accepted)           Jane Doe  "
        "Core two, web one accepted\n"
        f"packages/web/docs/adr   2022-03-10  {repo.head()}  0001  status proposed -> accepted  Jane Doe  "
        "Core two, web one accepted\n"
        f"packages/web/docs/adr   2022-02-10  {repo.head('HEAD~1')}  0001  created (proposed)           Bob Roy   "
        "Web one\n"
        f"packages/core/docs/adr  2022-01-10  {repo.head('HEAD~2')}  0001  created (accepted)           Ann Lee   "
        "Core one\n")
    events = json.loads(same_as_fresh(project, "log", "--format", "json"))
    assert [(e["log"], e["path"], e["event"]) for e in events][-1] == (
        "packages/core/docs/adr", "packages/core/docs/adr/0001-core-one.md", "created")
    assert [row["created"] for row in json.loads(project.run("list", "--git-dates", "--format", "json").stdout)] \
        == ["2022-01-10", "2022-03-10", "2022-02-10"]
    web = json.loads(same_as_fresh(project, "log", "packages/web/docs/adr/0001-web-one.md", "--format", "json"))
    assert [(e["log"], e["event"]) for e in web] == [("packages/web/docs/adr", "created"),
                                                    ("packages/web/docs/adr", "status")]
    monkeypatch.chdir(project.root / "packages/web")
    for env in ({}, FRESH):
        assert [(e["log"], e["event"]) for e in json.loads(adr("log", "1", "--format", "json", env=env).stdout)] \
            == [("packages/web/docs/adr", "created"), ("packages/web/docs/adr", "status")]


def test_several_logs_commits_of_one_second_in_the_order_git_walks_them(project: Project, repo: GitRepo) -> None:
    """Commits of the same second (a rebase, a script) in two logs: `adr log` lists them as git's walk does,
    child before parent (found by this stop's review: ordered by date alone, c1 came before c2)."""
    same = "2022-01-10T10:00:00+00:00"
    repo.write("docs/adr/0001-one.md", record("accepted", "One"))
    first = repo.commit("c1", same, ANN)
    repo.write("services/billing/docs/adr/0001-bill.md", record("accepted", "Bill"))
    second = repo.commit("c2", same, ANN)
    repo.write("docs/adr/0002-two.md", record("accepted", "Two"))
    third = repo.commit("c3", same, ANN)
    events = json.loads(project.run("log", "--format", "json").stdout)
    assert [e["sha"][:7] for e in events] == [third, second, first]


class ReadSpy:
    """A stream that notes how many bytes each read asks for."""

    def __init__(self, stream: Any, asked: list[int]) -> None:
        self.stream, self.asked = stream, asked

    def read(self, size: int = -1) -> bytes:
        self.asked.append(size)
        return self.stream.read(size)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def test_a_version_too_large_for_a_record_is_unreadable_and_never_read_whole(project: Project, repo: GitRepo,
                                                                              monkeypatch) -> None:
    """A version of a record larger than a record may be is `unreadable` for its size, as such a file is in
    the work tree, and git's answer for it is passed over a chunk at a time, never read whole; the versions
    after it are read as usual."""
    from adrtool.fsio import MAX_RECORD_BYTES
    from adrtool.git import repo as gitlog

    size = MAX_RECORD_BYTES + 100_000
    big = record("accepted", "Big")
    repo.write("decisions/0002-big.md", big + "x" * (size - len(big.encode())))
    added = repo.commit("Add a big ADR 2", "2021-04-20T10:00:00+00:00", JANE)
    repo.write("decisions/0002-big.md", record("deprecated", "Big"))
    fixed = repo.commit("Shrink ADR 2", "2021-04-21T10:00:00+00:00", JANE)
    asked: list[int] = []
    started = gitlog.Git._start

    def spied(self, command, *args, **kwargs):
        process = started(self, command, *args, **kwargs)
        process.stdout = ReadSpy(process.stdout, asked)
        return process

    monkeypatch.setattr(gitlog.Git, "_start", spied)
    events = json.loads(project.run("log", "2", "--format", "json").stdout)
    assert [(e["event"], e["to"], e["sha"][:7]) for e in events] == [
        ("created", None, added),
        ("unreadable", f"file is {size} bytes; records are limited to {MAX_RECORD_BYTES} bytes", added),
        ("status", "deprecated", fixed),
    ]
    assert asked and max(asked) < MAX_RECORD_BYTES
