"""The history cache: `adr log` and git dates answer from the cache when nothing is new, walk only new
commits on the same line, walk again after anything else, and never answer differently from a fresh walk."""

from __future__ import annotations

import json
import pickle
import random
from pathlib import Path

import pytest

from conftest import FRESH, Project, same_as_fresh, seeds
from gitrepo import ANN, BOB, JANE, LINUXBRIDGE, GitRepo, record, xena


def commands(calls: list[tuple[str, ...]]) -> list[str]:
    return sorted(call[0] for call in calls)


def cache_files(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "adr-cache").glob("history-*.pickle"))


def test_a_warm_run_starts_no_git_log(project: Project, repo: GitRepo, started: list) -> None:
    """Second run with no new commit: the same output, from the cache, with no `git log` or cat-file."""
    xena(repo)
    first = project.run("log", "--format", "json")
    assert commands(started) == ["cat-file", "log"]
    started.clear()
    second = project.run("log", "--format", "json")
    assert started == []
    assert second.stdout == first.stdout == project.run("log", "--format", "json", env=FRESH).stdout
    assert len(json.loads(second.stdout)) == 7


def test_a_new_commit_is_walked_alone(project: Project, repo: GitRepo, started: list) -> None:
    """After one new commit only `H..HEAD` is walked, and its events come first."""
    s = xena(repo)
    project.run("log")
    repo.write(LINUXBRIDGE, record("deprecated", "Keep Linuxbridge", revisit="zed", superseded_by=[3],
                                   body="We keep it.\n"))
    new = repo.commit("Deprecate ADR 2", "2022-05-01T10:00:00+00:00", BOB)
    started.clear()
    events = json.loads(project.run("log", "--format", "json").stdout)
    cached, head = repo.git("rev-parse", s["supersede"]).strip(), repo.git("rev-parse", "HEAD").strip()
    assert next(call for call in started if call[0] == "log")[-3:] == (f"{cached}..{head}", "--", "decisions")
    assert json.dumps(events) == json.dumps(json.loads(same_as_fresh(project, "log", "--format", "json")))
    assert [(e["event"], e["from"], e["to"], e["sha"][:7]) for e in events[:2]] == [
        ("status", "superseded", "deprecated", new), ("status", "accepted", "superseded", s["supersede"])]


def test_commits_outside_the_directory_and_body_edits(project: Project, repo: GitRepo) -> None:
    """New commits that touch other files, or only a record's body, add nothing, and are still exact."""
    xena(repo)
    project.run("log")
    repo.write("src/main.py", "print('hello')\n")
    repo.commit("Code", "2022-05-01T10:00:00+00:00", ANN)
    repo.write(LINUXBRIDGE, record("superseded", "Keep Linuxbridge", revisit="zed", superseded_by=[3],
                                   body="We kept it a while.\n"))
    repo.commit("Reword ADR 2", "2022-05-02T10:00:00+00:00", ANN)
    assert len(json.loads(same_as_fresh(project, "log", "--format", "json"))) == 7
    same_as_fresh(project, "list", "--git-dates", "--format", "json")


def test_amend_is_walked_again(project: Project, repo: GitRepo, monkeypatch: pytest.MonkeyPatch) -> None:
    """`git commit --amend` replaces HEAD: the cached HEAD is not an ancestor, so the history is walked again;
    only the blob of the one commit the cache does not know is read."""
    from adrtool.git import events

    xena(repo)
    repo.write("decisions/0004-use-ovn.md", record("proposed", "Use OVN"))
    repo.commit("Propose ADR 4", "2022-05-01T10:00:00+00:00", ANN)
    project.run("log")
    repo.write("decisions/0004-use-ovn.md", record("accepted", "Use OVN"))
    repo.git("add", "-A")
    repo.git("commit", "-q", "--amend", "-m", "Accept ADR 4 right away", date="2022-05-01T11:00:00+00:00")
    read: list[str] = []
    original = events.read_snapshot
    monkeypatch.setattr(events, "read_snapshot", lambda data, path: read.append(path) or original(data, path))
    assert project.run("log").exit_code == 0
    assert read == ["decisions/0004-use-ovn.md"]
    monkeypatch.setattr(events, "read_snapshot", original)
    events = json.loads(same_as_fresh(project, "log", "--format", "json"))
    assert [(e["number"], e["event"], e["to"], e["subject"]) for e in events[:1]] == [
        (4, "created", "accepted", "Accept ADR 4 right away")]


def test_reset_to_an_older_commit_drops_the_newer_ones(project: Project, repo: GitRepo, started: list) -> None:
    """`git reset --hard HEAD~2`: the cached walk loses its two newest commits; no `git log` runs."""
    s = xena(repo)
    project.run("log")
    repo.git("reset", "-q", "--hard", "HEAD~2")
    started.clear()
    events = json.loads(same_as_fresh(project, "log", "--format", "json"))
    assert [e["sha"][:7] for e in events] == [s["accept"], s["add"], s["add"]]
    assert [call[0] for call in started if call[0] == "log"] == ["log"]  # the fresh run's, not the cached one's
    repo.git("reset", "-q", "--hard", s["supersede"])
    assert len(json.loads(same_as_fresh(project, "log", "--format", "json"))) == 7


def test_rebase_and_branch_switches(project: Project, repo: GitRepo) -> None:
    """A rebased branch, and switching between branches that diverged, always give git's current history."""
    xena(repo)
    repo.git("checkout", "-q", "-b", "ovn")
    repo.write("decisions/0004-use-ovn.md", record("proposed", "Use OVN"))
    repo.commit("Propose ADR 4", "2022-05-10T10:00:00+00:00", ANN)
    same_as_fresh(project, "log", "--format", "json")
    repo.git("checkout", "-q", "main")
    repo.write("decisions/0001-record-decisions.md", record("deprecated", "Record decisions", revisit="never"))
    repo.commit("Deprecate ADR 1", "2022-05-11T10:00:00+00:00", BOB)
    same_as_fresh(project, "log", "--format", "json")
    repo.git("checkout", "-q", "ovn")
    same_as_fresh(project, "log", "--format", "json")
    repo.git("rebase", "-q", "main", date="2022-05-12T10:00:00+00:00")
    events = json.loads(same_as_fresh(project, "log", "--format", "json"))
    assert [(e["number"], e["event"]) for e in events[:2]] == [(4, "created"), (1, "status")]


def test_a_merge_coming_in_is_walked_again(project: Project, repo: GitRepo, started: list) -> None:
    """A merge between the cached commit and HEAD: its sides interleave by date, so git walks it all again,
    listing the commits without their changes (faster); then only the two it did not know are asked for with
    their changes, and only their blobs are read."""
    xena(repo)
    repo.git("checkout", "-q", "-b", "ovn")
    repo.write("decisions/0004-use-ovn.md", record("proposed", "Use OVN"))
    repo.commit("Propose ADR 4", "2022-05-10T10:00:00+00:00", ANN)
    repo.git("checkout", "-q", "main")
    project.run("log")
    repo.write("decisions/0001-record-decisions.md", record("deprecated", "Record decisions", revisit="never"))
    repo.commit("Deprecate ADR 1", "2022-05-11T10:00:00+00:00", BOB)
    repo.merge("ovn", "Merge branch ovn", "2022-05-12T10:00:00+00:00", JANE)
    started.clear()
    events = json.loads(project.run("log", "--format", "json").stdout)
    assert [(e["number"], e["event"]) for e in events[:2]] == [(1, "status"), (4, "created")]
    listing, asked = [call for call in started if call[0] == "log"]
    assert "--raw" not in listing and not any(".." in arg for arg in listing)
    assert "--raw" in asked and "--no-walk=unsorted" in asked
    same_as_fresh(project, "log", "--format", "json")


def test_a_shallow_clone_and_its_deepening(project: Project, repo: GitRepo, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A --depth 2 clone is cached with its boundary; deepening it moves the boundary: walked again."""
    s = xena(repo)
    clone = GitRepo(tmp_path / "clone")
    repo.git("clone", "-q", "--depth", "2", f"file://{repo.root}", str(clone.root))
    monkeypatch.chdir(clone.root)
    shallow = project.run("log", "--format", "json")
    assert "truncated at " + s["revisit"] in shallow.stderr
    assert len(json.loads(shallow.stdout)) == 3
    assert same_as_fresh(project, "log", "--format", "json") == shallow.stdout
    clone.git("fetch", "-q", "--deepen", "1")
    deeper = project.run("log", "--format", "json")
    assert "truncated at " + s["accept"] in deeper.stderr
    assert len(json.loads(deeper.stdout)) == 4
    clone.git("fetch", "-q", "--unshallow")
    assert len(json.loads(same_as_fresh(project, "log", "--format", "json"))) == 7


def test_two_decision_directories_in_one_repository(project: Project, repo: GitRepo, tmp_path: Path) -> None:
    """Each decision directory has its own cache: one never answers for the other, and the whole project's log
    (the root's and a component's) is read from both."""
    xena(repo)
    repo.write("other/adr/0001-use-postgres.md", record("accepted", "Use Postgres"))
    repo.commit("Other log", "2022-05-01T10:00:00+00:00", ANN)
    ours = json.loads(same_as_fresh(project, "--dir", "decisions", "log", "--format", "json"))
    theirs = json.loads(same_as_fresh(project, "--dir", "other/adr", "log", "--format", "json"))
    assert len(ours) == 7
    assert [(e["path"], e["event"]) for e in theirs] == [("other/adr/0001-use-postgres.md", "created")]
    assert len(cache_files(tmp_path)) == 2
    both = json.loads(same_as_fresh(project, "log", "--format", "json"))
    assert len(cache_files(tmp_path)) == 2
    assert [(e["log"], e["path"]) for e in both][:1] == [("other/adr", "other/adr/0001-use-postgres.md")]
    assert [{**e, "log": ""} for e in both[1:]] == ours


@pytest.mark.parametrize("damage", ["truncated", "garbage", "other key", "wrong types", "empty"])
def test_a_damaged_cache_is_ignored_and_replaced(project: Project, repo: GitRepo, tmp_path: Path,
                                                 damage: str) -> None:
    """A cache file that is cut short, garbled, for another key or holding unexpected values is not used."""
    xena(repo)
    expected = project.run("log", "--format", "json").stdout
    [file] = cache_files(tmp_path)
    data = file.read_bytes()
    key, walk = pickle.loads(data)
    if damage == "truncated":
        file.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        file.write_bytes(b"\x80\x05" + bytes(range(256)) * 10)
    elif damage == "other key":
        file.write_bytes(pickle.dumps((("another",), {**walk, "commits": []})))
    elif damage == "wrong types":
        rows = [list(row) for row in walk["commits"]]
        rows[0][8] = ((2, None, "status", "a", "b"),)  # an event without a path
        file.write_bytes(pickle.dumps((key, {**walk, "commits": [tuple(row) for row in rows]})))
    else:
        file.write_bytes(b"")
    assert project.run("log", "--format", "json").stdout == expected
    assert pickle.loads(file.read_bytes())[1]["commits"] == walk["commits"]


class Planted:
    """What a planted cache file would run if it were unpickled without restriction."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.write_text, (self.marker, "code ran"))


def test_a_planted_cache_runs_no_code(project: Project, repo: GitRepo, tmp_path: Path) -> None:
    """A cache file that would call a function when unpickled is refused: the function never runs."""
    xena(repo)
    expected = project.run("log", "--format", "json").stdout
    [file] = cache_files(tmp_path)
    key, walk = pickle.loads(file.read_bytes())
    marker = tmp_path / "marker"
    file.write_bytes(pickle.dumps((key, {**walk, "commits": [Planted(marker)]})))
    assert project.run("log", "--format", "json").stdout == expected
    assert not marker.exists()


def test_no_cache_writes_nothing(project: Project, repo: GitRepo, tmp_path: Path) -> None:
    """ADR_NO_CACHE=1: every run walks, and no cache file is written."""
    xena(repo)
    project.run("log", env=FRESH)
    project.run("list", "--git-dates", env=FRESH)
    assert cache_files(tmp_path) == []


def test_since_is_read_from_the_cache(project: Project, repo: GitRepo, started: list) -> None:
    """--since DATE and, on a history without merges, --since REV filter the cached walk: no `git log`."""
    s = xena(repo)
    project.run("log")
    started.clear()
    by_date = project.run("log", "--since", "2021-10-18", "--format", "json").stdout
    by_rev = project.run("log", "--since", s["accept"], "--format", "json").stdout
    assert started == []
    assert [(e["number"], e["event"]) for e in json.loads(by_date)] == [
        (2, "status"), (2, "superseded-by"), (3, "created"), (2, "revisit")]
    assert by_rev == by_date
    assert by_date == project.run("log", "--since", "2021-10-18", "--format", "json", env=FRESH).stdout
    assert by_rev == project.run("log", "--since", s["accept"], "--format", "json", env=FRESH).stdout


def test_one_records_timeline_and_dates_from_the_cache(project: Project, repo: GitRepo, started: list) -> None:
    """Once the directory's history is cached (and has no merges), `adr log REF`, `adr show` and
    `list --git-dates` read it, renames followed, exactly as git's walk of the file says."""
    xena(repo)
    repo.git("mv", LINUXBRIDGE, "decisions/0004-keep-linuxbridge.md")
    repo.commit("Renumber ADR 2 to 4", "2022-05-02T08:00:00+00:00", ANN)
    repo.remove("decisions/0001-record-decisions.md")
    repo.commit("Drop ADR 1", "2022-06-01T10:00:00+00:00", BOB)
    project.run("log")
    started.clear()
    asked = [("log", "4", "--format", "json"), ("log", "1", "--format", "json"), ("show", "4"),
             ("list", "--git-dates", "--format", "json"), ("log", "4", "--since", "2021-10-01")]
    cached = [project.run(*args) for args in asked]
    assert started == []
    for args, result in zip(asked, cached, strict=True):
        assert result.stdout == project.run(*args, env=FRESH).stdout, args
    assert [e["event"] for e in json.loads(cached[0].stdout)] == [
        "created", "status", "revisit", "status", "superseded-by", "renamed"]
    assert [e["event"] for e in json.loads(cached[1].stdout)] == ["created", "deleted"]
    assert cached[2].stdout.endswith(
        f"<!-- git: created 2021-04-19 by Jane Doe ({repo.head('HEAD~5')}); last changed 2022-05-02 by "
        f"Ann Lee ({repo.head('HEAD~1')}) -->\n")


def test_a_history_with_merges_follows_the_file_with_git(project: Project, repo: GitRepo, started: list) -> None:
    """With a merge behind HEAD, `adr log REF` keeps asking git to follow the file (`--follow`)."""
    xena(repo)
    repo.git("checkout", "-q", "-b", "ovn")
    repo.write("decisions/0004-use-ovn.md", record("proposed", "Use OVN"))
    repo.commit("Propose ADR 4", "2022-05-10T10:00:00+00:00", ANN)
    repo.git("checkout", "-q", "main")
    repo.write("decisions/0001-record-decisions.md", record("deprecated", "Record decisions", revisit="never"))
    repo.commit("Deprecate ADR 1", "2022-05-11T10:00:00+00:00", BOB)
    repo.merge("ovn", "Merge branch ovn", "2022-05-12T10:00:00+00:00", JANE)
    project.run("log")
    started.clear()
    same_as_fresh(project, "log", "2", "--format", "json")
    assert all("--follow" in call for call in started if call[0] == "log")
    assert len([call for call in started if call[0] == "log"]) == 2


EVERY_STEP = ("status", "status", "add", "rename", "delete", "amend", "reset", "merge", "body", "outside",
              "move out", "move in", "move back")


def _random_step(rng: random.Random, repo: GitRepo, day: int, kinds: tuple[str, ...] = EVERY_STEP) -> None:
    """One of: edit a record's status, add one, rename one, delete one, amend, reset, branch and merge, change
    only files outside the decision directory (one in `decisions-old/`, a sibling whose name starts alike),
    move a record out of it, or into it, or one moved out back in (edited there first, or not)."""
    records = sorted(path.name for path in (repo.root / "decisions").glob("0*.md"))
    date = f"2022-{1 + day // 28:02d}-{1 + day % 28:02d}T10:00:00+00:00"
    kind = rng.choice(kinds)
    if kind == "reset" and int(repo.git("rev-list", "--count", "HEAD")) > 2:
        repo.git("reset", "-q", "--hard", "HEAD~1")
        return
    if kind == "amend":
        repo.write("decisions/notes.txt", f"amended on day {day}\n")
        repo.git("add", "-A")
        repo.git("commit", "-q", "--amend", "--allow-empty", "-m", f"Amended {day}", date=date)
        return
    if kind == "merge":
        repo.git("checkout", "-q", "-b", f"side{day}")
        repo.write(f"decisions/{900 + day:04d}-side.md", record("proposed", f"Side {day}"))
        repo.commit(f"Side {day}", date, ANN)
        repo.git("checkout", "-q", "main")
        repo.merge(f"side{day}", f"Merge side {day}", date, JANE)
        return
    if kind == "outside":
        repo.write(f"decisions-old/{day:04d}-old.md", record("accepted", f"Old {day}"))
        repo.write("README.md", f"Changed on day {day}.\n")
    elif kind == "move out" and records:
        (repo.root / "archive").mkdir(exist_ok=True)
        repo.git("mv", f"decisions/{rng.choice(records)}", "archive/")
    elif kind == "move back" and (gone := sorted(path.name for path in (repo.root / "archive").glob("*.md"))):
        name = rng.choice(gone)
        if rng.random() < 0.5:
            repo.write(f"archive/{name}", record("deprecated", name[5:-3]))
            repo.commit(f"edit {name} on day {day}", date, rng.choice([JANE, ANN, BOB]))
        repo.git("mv", f"archive/{name}", f"decisions/{800 + day:04d}-{name[5:]}")
    elif kind == "move in" and (old := sorted(path.name for path in (repo.root / "decisions-old").glob("*.md"))):
        name = rng.choice(old)
        repo.git("mv", f"decisions-old/{name}", f"decisions/{700 + day:04d}-{name[5:]}")
    elif kind == "add" or not records:
        repo.write(f"decisions/{len(records) + 10 + day:04d}-new.md", record("proposed", f"New {day}"))
    elif kind == "rename":
        name = rng.choice(records)
        repo.git("mv", f"decisions/{name}", f"decisions/{500 + day:04d}-{name[5:]}")
    elif kind == "delete":
        repo.remove(f"decisions/{rng.choice(records)}")
    else:
        name = rng.choice(records)
        status = rng.choice(["proposed", "accepted", "deprecated"])
        repo.write(f"decisions/{name}", record(status, name[5:-3], revisit=rng.choice([None, "zed", "yoga"]),
                                                body=f"Edited on day {day}.\n" if kind == "body" else "Body.\n"))
    repo.commit(f"{kind} on day {day}", date, rng.choice([JANE, ANN, BOB]))


@pytest.mark.parametrize("seed", seeds(6))
def test_random_histories_match_a_fresh_walk(project: Project, repo: GitRepo, seed: int) -> None:
    """Random edits, renames, deletions, amends, resets and merges: after each, every history command answers
    with the cache exactly as without it."""
    rng = random.Random(seed)
    xena(repo)
    for day in range(12):
        _random_step(rng, repo, day)
        same_as_fresh(project, "log", "--format", "json")
        if day % 3 == 0:
            same_as_fresh(project, "list", "--git-dates", "--format", "json")
            numbers = sorted({int(path.name[:4]) for path in (repo.root / "decisions").glob("0*.md")})
            for number in numbers[:3]:
                same_as_fresh(project, "log", str(number), "--format", "json")
                same_as_fresh(project, "show", str(number))


def test_git_dates_of_a_symlinked_record_are_its_targets(project: Project, repo: GitRepo) -> None:
    """Paths are resolved once per directory, except a record that is itself a link: it is resolved whole,
    and its dates are those of the file it points to (outside the decision directory: `show` asks git,
    `list` reads the directory's history, which does not hold it)."""
    xena(repo)
    repo.write("drafts/use-ovn.md", record("proposed", "Use OVN"))
    repo.commit("Draft OVN", "2022-05-01T10:00:00+00:00", ANN)
    (repo.root / "decisions/0004-use-ovn.md").symlink_to("../drafts/use-ovn.md")
    repo.commit("Link the OVN draft", "2022-06-01T10:00:00+00:00", BOB)
    rows = json.loads(same_as_fresh(project, "list", "--git-dates", "--format", "json"))
    assert [(row["number"], row["created"]) for row in rows] == [
        (1, "2021-04-19"), (2, "2021-04-19"), (3, "2022-04-04"), (4, None)]
    assert same_as_fresh(project, "show", "4").endswith(f"created 2022-05-01 by Ann Lee ({repo.head('HEAD~1')}) -->\n")


def test_a_record_moved_in_from_elsewhere_is_followed_by_git(project: Project, repo: GitRepo,
                                                            started: list) -> None:
    """A record moved into the decision directory (`git mv doc/adr/... decisions/...`): git's `--follow` sees
    the move and goes on, and so does the directory's history (``adrtool.git.moves``). `show` and `adr log
    REF` say what they said without the cache, from it: the move, and the record's creation before it."""
    repo.write("doc/adr/0001-use-ovn.md", record("proposed", "Use OVN"))
    repo.commit("Propose OVN", "2021-04-19T10:00:00+00:00", ANN)
    (repo.root / "decisions").mkdir()
    repo.git("mv", "doc/adr/0001-use-ovn.md", "decisions/0001-use-ovn.md")
    repo.commit("Move the log", "2022-01-10T10:00:00+00:00", BOB)
    project.run("log")
    started.clear()
    project.run("log", "1")
    assert [call for call in started if call[0] == "log"] == []  # the move deletes its source alone: cached
    assert same_as_fresh(project, "show", "1").endswith(
        f"created 2021-04-19 by Ann Lee ({repo.head('HEAD~1')}); last changed 2022-01-10 by Bob Roy "
        f"({repo.head()}) -->\n")
    events = json.loads(same_as_fresh(project, "log", "1", "--format", "json"))
    assert [(e["event"], e["sha"][:7], e["from"], e["to"]) for e in events] == [
        ("created", repo.head("HEAD~1"), None, "proposed"),
        ("moved", repo.head(), "doc/adr/0001-use-ovn.md", "decisions/0001-use-ovn.md")]
    rows = json.loads(same_as_fresh(project, "list", "--git-dates", "--format", "json"))
    assert rows[0]["created"] == "2021-04-19"  # one record: followed like `show`


@pytest.mark.parametrize("parts", [1, 2, 3, 5])
def test_a_line_walked_in_parts_is_the_same_walk(project: Project, repo: GitRepo, parts: int) -> None:
    """The first walk of a long history without merges runs several `git log` at once on ranges of it:
    together they give exactly the commits, changes and order of one walk."""
    from adrtool.git.repo import open_repo
    from adrtool.project.workspace import locate

    rng = random.Random(parts)
    xena(repo)
    for day in range(14):
        _random_step(rng, repo, day, kinds=("status", "add", "rename", "delete", "body", "amend", "outside",
                                            "move out", "move in"))
    with open_repo(locate(project.root)) as git:
        line = git.line("HEAD")
        assert line is not None and len(line) > parts
        assert list(git.walk_line(line, parts)) == list(git.walk())
        assert list(git.walk_line(line, parts, changes=False)) == list(git.walk(changes=False))


def test_inside_a_git_hook(project: Project, repo: GitRepo, monkeypatch: pytest.MonkeyPatch) -> None:
    """A hook runs with GIT_DIR=.git relative to the work tree's top; git runs elsewhere here and still
    finds the repository."""
    xena(repo)
    expected = project.run("log", "--format", "json", env=FRESH).stdout
    monkeypatch.setenv("GIT_DIR", ".git")
    assert project.run("log", "--format", "json").stdout == expected
    assert project.run("log", "2", "--format", "json").exit_code == 0
