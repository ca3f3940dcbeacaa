"""`--at REV|DATE` (the log as it was, read from git without a checkout) and git dates in list and show."""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import Project, adr
from gitrepo import ANN, BOB, JANE, LINUXBRIDGE, GitRepo, record, xena


def test_list_at_a_revision_and_at_a_day(project: Project, repo: GitRepo) -> None:
    """list --at reads that commit's tree; a day means the last commit on or before it."""
    s = xena(repo)
    expected = ("NUMBER  STATUS    DATE        REVISIT  TITLE\n"
                "0001    accepted  2021-04-19  never    Record decisions\n"
                "0002    accepted  2021-04-19  yoga     Keep Linuxbridge\n")
    assert project.run("list", "--at", s["accept"]).stdout == expected
    assert project.run("list", "--at", "2021-10-17").stdout == expected
    assert project.run("list", "--at", "HEAD~2").stdout == expected
    now = project.run("list").stdout.splitlines()
    assert [line.split()[:2] for line in now[1:]] == [["0001", "accepted"], ["0002", "superseded"],
                                                       ["0003", "accepted"]]


def test_at_does_not_touch_the_work_tree(project: Project, repo: GitRepo) -> None:
    """Reading the log at an old commit changes no file and no ref, and sees no uncommitted edit."""
    s = xena(repo)
    repo.write(LINUXBRIDGE, record("rejected", "Keep Linuxbridge"))
    before = repo.git("status", "--porcelain"), repo.head()
    listed = json.loads(project.run("list", "--at", s["revisit"], "--format", "json").stdout)
    assert [(r["number"], r["status"], r["revisit"], r["path"]) for r in listed] == [
        (1, "accepted", "never", "decisions/0001-record-decisions.md"), (2, "accepted", "zed", LINUXBRIDGE)]
    assert (repo.git("status", "--porcelain"), repo.head()) == before


def test_what_was_due_at_the_yoga_ptg_by_the_log_of_october_2021(project: Project, repo: GitRepo) -> None:
    """due --at: by the log of 2021-10-01, ADR 2 was due at the Yoga PTG; by today's, it is not."""
    xena(repo)
    then = project.run("due", "--cycle", "yoga", "--at", "2021-10-01", "--format", "json")
    assert then.exit_code == 1, then.stderr
    assert [(item["number"], item["revisit"]) for item in json.loads(then.stdout)] == [(2, "yoga")]
    now = project.run("due", "--cycle", "yoga", "--format", "json")
    assert (now.exit_code, json.loads(now.stdout)) == (0, [])


def test_due_agenda_at_a_revision_quotes_the_old_text(project: Project, repo: GitRepo) -> None:
    """due --format markdown --at quotes each decision as it was written at that commit."""
    s = xena(repo)
    agenda = project.run("due", "--cycle", "yoga", "--at", s["accept"], "--format", "markdown").stdout
    assert "We decided." in agenda
    assert "We keep it." not in agenda


def test_show_at_a_revision(project: Project, repo: GitRepo) -> None:
    """show --at prints the file as it was, then git's dates up to that commit."""
    s = xena(repo)
    result = project.run("show", "2", "--at", s["accept"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == record("accepted", "Keep Linuxbridge", revisit="yoga") + (
        f"<!-- git: created 2021-04-19 by Jane Doe ({s['add']}); "
        f"last changed 2021-04-23 by Ann Lee ({s['accept']}) -->\n")


def test_unknown_revision_and_missing_record(project: Project, repo: GitRepo) -> None:
    """An unknown REV, a day before the first commit, and a record not yet there: exit 2, one clear line."""
    s = xena(repo)
    result = project.run("list", "--at", "no-such-branch")
    assert (result.exit_code, result.stderr) == (2, "adr: no commit 'no-such-branch' in this repository\n")
    early = project.run("list", "--at", "2020-01-01")
    assert (early.exit_code, early.stderr) == (2, "adr: no commit on or before 2020-01-01 (the history starts "
                                                  "later)\n")
    missing = project.run("show", "3", "--at", s["accept"])
    assert missing.exit_code == 2
    assert missing.stderr == "adr: no record number 3 in " + str(project.decisions) + "\n"


def test_at_outside_git(project: Project, monkeypatch) -> None:
    """--at outside a repository explains that it needs one."""
    from gitrepo import isolate_git

    isolate_git(monkeypatch)
    project.write("decisions/0001-a.md", record("accepted", "A"))
    result = project.run("list", "--at", "HEAD")
    assert result.exit_code == 2
    assert "not in a git repository" in result.stderr


def test_list_git_dates(project: Project, repo: GitRepo) -> None:
    """list --git-dates adds CREATED and CHANGED; a record without a date keeps none (git's creation day is
    CREATED), as a plain `list` shows it."""
    s = xena(repo)
    repo.write("decisions/0004-undated.md", record("proposed", "Undated", date=None))
    repo.commit("Add an undated record", "2022-05-01T10:00:00+00:00", BOB)
    repo.write("decisions/0005-draft.md", record("proposed", "Draft", date=None))
    assert project.run("list", "--git-dates").stdout == (
        "NUMBER  STATUS      DATE        REVISIT  CREATED     CHANGED     TITLE\n"
        "0001    accepted    2021-04-19  never    2021-04-19  2021-04-19  Record decisions\n"
        "0002    superseded  2021-04-19  zed      2021-04-19  2022-04-04  Keep Linuxbridge\n"
        "0003    accepted    2021-04-19  -        2022-04-04  2022-04-04  Deprecate Linuxbridge\n"
        "0004    proposed    -           -        2022-05-01  2022-05-01  Undated\n"
        "0005    proposed    -           -        -           -           Draft\n")
    rows = json.loads(project.run("list", "--git-dates", "--format", "json").stdout)
    assert [(r["number"], r["date"], r["created"], r["last_changed"]) for r in rows] == [
        (1, "2021-04-19", "2021-04-19", "2021-04-19"), (2, "2021-04-19", "2021-04-19", "2022-04-04"),
        (3, "2021-04-19", "2022-04-04", "2022-04-04"), (4, None, "2022-05-01", "2022-05-01"),
        (5, None, None, None)]
    assert "CREATED" not in project.run("list").stdout
    assert s


def test_git_dates_follow_a_rename(project: Project, repo: GitRepo) -> None:
    """A renumbered record's creation day is the original file's; CHANGED is the rename."""
    xena(repo)
    repo.git("mv", LINUXBRIDGE, "decisions/0007-keep-linuxbridge.md")
    repo.commit("Renumber 2 to 7", "2022-07-07T10:00:00+00:00", ANN)
    rows = json.loads(project.run("list", "--git-dates", "--format", "json").stdout)
    assert [(r["number"], r["created"], r["last_changed"]) for r in rows] == [
        (1, "2021-04-19", "2021-04-19"), (3, "2022-04-04", "2022-04-04"), (7, "2021-04-19", "2022-07-07")]
    shown = json.loads(project.run("show", "7", "--format", "json").stdout)
    assert (shown["created"], shown["last_changed"]) == ("2021-04-19", "2022-07-07")


def test_show_json_dates_an_undated_record_as_list_does(project: Project, repo: GitRepo) -> None:
    """Audit round 48 (lane d, class 3): `adr show --format json` gave a record that states no day git's first
    day as `date`, where `adr list --format json` gives null, so one record had two dates for scripts. `date` is
    what the record states in both; git's days are `created` and `last_changed`."""
    xena(repo)
    repo.write("decisions/0004-undated.md", record("proposed", "Undated", date=None))
    repo.commit("Add an undated record", "2022-05-01T10:00:00+00:00", BOB)
    shown = json.loads(project.run("show", "4", "--format", "json").stdout)
    assert (shown["date"], shown["created"], shown["last_changed"]) == (None, "2022-05-01", "2022-05-01")
    assert json.loads(project.run("list", "--format", "json").stdout)[3]["date"] is None


def test_show_adds_git_dates_in_git_only(project: Project, repo: GitRepo) -> None:
    """show ends with git's dates as an HTML comment; --no-git-dates leaves the file as it is."""
    s = xena(repo)
    text = project.read(LINUXBRIDGE)
    assert project.run("show", "2").stdout == text + (
        f"<!-- git: created 2021-04-19 by Jane Doe ({s['add']}); "
        f"last changed 2022-04-04 by Jane Doe ({s['supersede']}) -->\n")
    assert project.run("show", "2", "--no-git-dates").stdout == text
    repo.write("decisions/0004-draft.md", record("proposed", "Draft"))
    assert project.run("show", "4").stdout.endswith("<!-- git: not committed yet -->\n")


def test_show_in_a_shallow_clone(project: Project, repo: GitRepo, tmp_path, monkeypatch) -> None:
    """Where the clone's history does not reach a record's creation, show says so instead of a wrong day."""
    s = xena(repo)
    clone = tmp_path / "clone"
    repo.git("clone", "-q", "--depth", "2", f"file://{repo.root}", str(clone))
    monkeypatch.chdir(clone)
    assert project.run("show", "1").stdout.endswith(
        "<!-- git: created before the shallow clone's history starts -->\n")
    assert project.run("show", "2").stdout.endswith(
        "<!-- git: created before the shallow clone's history starts; "
        f"last changed 2022-04-04 by Jane Doe ({s['supersede']}) -->\n")
    assert project.run("show", "3").stdout.endswith(
        f"<!-- git: created 2022-04-04 by Jane Doe ({s['supersede']}) -->\n")


def test_index_at_a_revision_prints_and_writes_nothing(project: Project, repo: GitRepo) -> None:
    """index --at renders the index of the log at that commit to stdout; the index file is not touched."""
    s = xena(repo)
    readme = project.read("decisions/README.md")
    result = project.run("index", "--at", s["accept"])
    assert result.exit_code == 0, result.stderr
    table = [line for line in result.stdout.splitlines() if line.startswith("| ")][1:]
    assert table == ["| 0001 | [Record decisions](0001-record-decisions.md) | accepted | 2021-04-19 |  | never |  |",
                     "| 0002 | [Keep Linuxbridge](0002-keep-linuxbridge.md) | accepted | 2021-04-19 |  | yoga |  |"]
    assert project.read("decisions/README.md") == readme
    assert project.run("index", "--at", s["accept"], "--check").exit_code == 2


def test_the_log_s_areas_at_a_revision(project: Project, repo: GitRepo) -> None:
    """`list --at REV` reads the log's areas (EdgeX's `security/0020-spiffe.md`, numbered in its sequence) from
    that commit's tree too: a record added there later is not in it."""
    repo.write("decisions/0001-record-decisions.md", record("accepted", "Record decisions"))
    repo.write("decisions/security/0002-use-vault.md", record("proposed", "Use Vault"))
    start = repo.commit("Start", "2021-04-19T10:00:00+00:00", JANE)
    repo.write("decisions/security/0003-use-spiffe.md", record("proposed", "Use SPIFFE"))
    repo.commit("Propose ADR 3", "2021-04-20T10:00:00+00:00", JANE)
    result = project.run("list", "--at", start, "--format", "json")
    assert [row["path"] for row in json.loads(result.stdout)] == [
        "decisions/0001-record-decisions.md", "decisions/security/0002-use-vault.md"]


def test_index_json_with_git_dates(project: Project, repo: GitRepo) -> None:
    """index --format json --git-dates: each record with created and last_changed."""
    xena(repo)
    rows = json.loads(project.run("index", "--format", "json", "--git-dates").stdout)
    assert [(r["number"], r["created"], r["last_changed"]) for r in rows] == [
        (1, "2021-04-19", "2021-04-19"), (2, "2021-04-19", "2022-04-04"), (3, "2022-04-04", "2022-04-04")]


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The file names the reader parses from here on."""
    from adrtool.records import dialects as reader

    parsed: list[str] = []
    original = reader.parse_text

    def spy(text, directory, name, path=None):
        parsed.append(name)
        return original(text, directory, name, path)

    monkeypatch.setattr(reader, "parse_text", spy)
    return parsed


def test_records_at_a_revision_are_parsed_once_a_blob(project: Project, repo: GitRepo,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """`--at` keeps each record it read by file name and blob id: another run, or another revision where a
    file is unchanged, parses only the blobs it has not seen; a renamed file (same blob) is read under its
    new name. Every answer is the one read without the cache."""
    s = xena(repo)
    repo.git("mv", LINUXBRIDGE, "decisions/0004-keep-linuxbridge.md")
    renamed = repo.commit("Renumber ADR 2", "2022-05-01T10:00:00+00:00", BOB)
    parsed = _parses(monkeypatch)
    fresh = {rev: project.run("list", "--at", rev, "--format", "json", env={"ADR_NO_CACHE": "1"}).stdout
             for rev in (s["accept"], s["revisit"], s["supersede"], renamed)}
    parsed.clear()
    assert project.run("list", "--at", s["accept"], "--format", "json").stdout == fresh[s["accept"]]
    assert sorted(parsed) == ["0001-record-decisions.md", "0002-keep-linuxbridge.md"]
    parsed.clear()
    assert project.run("list", "--at", s["accept"], "--format", "json").stdout == fresh[s["accept"]]
    assert parsed == []
    assert project.run("list", "--at", s["revisit"], "--format", "json").stdout == fresh[s["revisit"]]
    assert parsed == ["0002-keep-linuxbridge.md"]  # 0001 is the same blob
    parsed.clear()
    assert project.run("list", "--at", s["supersede"], "--format", "json").stdout == fresh[s["supersede"]]
    assert sorted(parsed) == ["0002-keep-linuxbridge.md", "0003-deprecate-linuxbridge.md"]
    parsed.clear()
    assert project.run("list", "--at", renamed, "--format", "json").stdout == fresh[renamed]
    assert parsed == ["0004-keep-linuxbridge.md"]  # the blob 0002 had: read again under its new name
    assert json.loads(fresh[renamed])[-1]["number"] == 4


def test_an_unreadable_record_at_a_revision_is_reported_every_time(project: Project, repo: GitRepo) -> None:
    """Only records are kept: a file that fails to parse fails again on the next run, the same way."""
    xena(repo)
    repo.write("decisions/0005-broken.md", "---\nstatus: !status accepted\n---\n# Broken\n")
    broken = repo.commit("Add a broken record", "2022-05-01T10:00:00+00:00", BOB)
    first = project.run("list", "--at", broken)
    second = project.run("list", "--at", broken)
    assert (first.exit_code, first.stdout, first.stderr) == (second.exit_code, second.stdout, second.stderr)
    assert "0005-broken.md" in first.stderr and "invalid YAML front matter" in first.stderr


def test_a_planted_blob_cache_is_ignored_and_replaced(project: Project, repo: GitRepo) -> None:
    """A cache file holding anything but plain data and records (here: a call of os.system) builds nothing:
    it is ignored, and the run writes its own."""
    import pickle

    from adrtool.cache.blobs import BlobCache

    s = xena(repo)
    cache = BlobCache.for_directory(project.root / "decisions")
    assert cache.file is not None
    expected = project.run("list", "--at", s["accept"], env={"ADR_NO_CACHE": "1"}).stdout

    class Planted:
        def __reduce__(self):
            return (__import__("os").system, ("touch planted",))

    cache.file.parent.mkdir(parents=True, exist_ok=True)
    cache.file.write_bytes(pickle.dumps({"key": cache.key, "entries": Planted()}))
    assert project.run("list", "--at", s["accept"]).stdout == expected
    assert not (project.root / "planted").exists()
    assert set(BlobCache.for_directory(project.root / "decisions").entries) == {
        (name, repo.git("rev-parse", f"{s['accept']}:decisions/{name}").strip())
        for name in ("0001-record-decisions.md", "0002-keep-linuxbridge.md")}


def test_a_misshapen_blob_cache_entry_is_read_again(project: Project, repo: GitRepo) -> None:
    """An entry of the blob cache edited by hand (its key kept) is not served: the blob is read again and
    its record replaces the entry."""
    import pickle

    from adrtool.cache.blobs import BlobCache

    s = xena(repo)
    expected = project.run("list", "--at", s["accept"]).stdout
    cache = BlobCache.for_directory(project.root / "decisions")
    assert cache.file is not None and len(cache.entries) == 2
    good = dict(cache.entries)
    cache.file.write_bytes(pickle.dumps({"key": cache.key, "entries": dict.fromkeys(good, ("junk",))}))
    result = project.run("list", "--at", s["accept"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, expected, "")
    assert BlobCache.for_directory(project.root / "decisions").entries == good



NYGARD = "# 1. Use X\n\nDate: 2019-01-01\n\n## Status\n\nAccepted\n"
LISTED = "NUMBER  STATUS    DATE        REVISIT  TITLE\n0001    accepted  2019-01-01  -        Use X\n"


def moved_log(repo: GitRepo) -> str:
    """alphagov/whitehall's history: a log in `adr/` moved to `doc/adr/` by a later commit; the commit before."""
    repo.write("adr/0001-use-x.md", NYGARD)
    before = repo.commit("init", "2019-01-01T10:00:00+00:00")
    (repo.root / "doc").mkdir()
    repo.git("mv", "adr", "doc/adr")
    repo.commit("move", "2019-02-01T10:00:00+00:00")
    return before


def test_at_finds_a_log_where_it_was_before_it_moved(project: Project, repo: GitRepo) -> None:
    """A log found by its name is looked for in the tree at REV: before `git mv adr doc/adr` it was `adr/`, and
    list, show and a day read it there; a --dir or a config's dir keeps its meaning, and says it is not there."""
    before = moved_log(repo)
    for at in (before, "HEAD~1", "2019-01-15"):
        result = project.run("list", "--at", at)
        assert (result.exit_code, result.stdout, result.stderr) == (0, LISTED, "")
    listed = json.loads(project.run("list", "--at", "HEAD~1", "--format", "json").stdout)
    assert [row["path"] for row in listed] == ["adr/0001-use-x.md"]
    assert project.run("show", "1", "--at", "HEAD~1").stdout.startswith(NYGARD)
    assert project.run("list", "--at", "HEAD").stdout == LISTED
    named = project.run("--dir", "doc/adr", "list", "--at", "HEAD~1")
    assert (named.exit_code, named.stdout, named.stderr) == (
        2, "", "adr: the decision directory doc/adr/ does not exist at HEAD~1\n")
    project.write(".adr.toml", 'dir = "doc/adr"\n')
    configured = project.run("list", "--at", "HEAD~1")
    assert (configured.exit_code, configured.stderr) == (2, "adr: the decision directory doc/adr/ does not exist "
                                                            "at HEAD~1\n")


def test_at_finds_a_moved_log_on_todays_date(project: Project, repo: GitRepo) -> None:
    """The same, run on today's real date (no --today): the log before the move is read from `adr/`."""
    moved_log(repo)
    result = adr("list", "--at", "HEAD~1")
    assert (result.exit_code, result.stdout, result.stderr) == (0, LISTED, "")


def test_at_reads_the_adr_dir_of_that_revision(project: Project, repo: GitRepo) -> None:
    """crabzilla/crabzilla's history: `.adr-dir` named `doc/architecture/decisions`, and both were deleted
    later. --at an early commit reads the log `.adr-dir` named then; --at a commit with no log, neither named
    nor under a conventional name (a `doc/` of other notes), is one `adr:` line."""
    repo.write("doc/notes/0001-use-x.md", NYGARD)
    bare = repo.commit("notes", "2017-07-01T10:00:00+00:00")
    repo.write(".adr-dir", "doc/architecture/decisions\n")
    repo.write("doc/architecture/decisions/0001-use-x.md", NYGARD)
    named = repo.commit("log", "2017-07-23T10:00:00+00:00")
    repo.remove(".adr-dir")
    repo.git("rm", "-q", "-r", "doc/architecture")
    repo.commit("drop the log", "2021-11-20T10:00:00+00:00")
    result = project.run("list", "--at", named)
    assert (result.exit_code, result.stdout, result.stderr) == (0, LISTED, "")
    missing = project.run("list", "--at", bare)
    assert (missing.exit_code, missing.stdout, missing.stderr) == (
        2, "", f"adr: no decision log at {bare}: decisions/ does not exist there, and neither a file naming one "
               "(adrs.toml, .adr-dir, .adr.json, adr.config.json, dotadr.json, .log4brains.yml) nor a conventional "
               "directory (decisions/, doc/adr/, adr/ ...) names one there\n")


@pytest.mark.parametrize(("marker", "names"), [
    ("adr.config.json", '{{"Path": "{}"}}'), ("dotadr.json", '{{"directory": "./{}"}}'),
    ("adrs.toml", 'adr_dir = "{}"\n'), (".adr.json", '{{"path": "{}/", "digits": 4}}'),
    (".log4brains.yml", "project:\n  title: x\n  adrFolder: /{}\n")])
def test_at_reads_the_file_that_named_the_log_at_that_revision(project: Project, repo: GitRepo, marker: str,
                                                                 names: str) -> None:
    """The files other tools name their log in, read at REV as `.adr-dir` is: the .NET tools' `adr.config.json`
    named `records`, later `arch/records` after `git mv`; --at the early commit reads `records/` there (it said no
    log was there, having looked for `.adr-dir` alone), and HEAD the moved log. A file at REV that cannot be read
    is passed over (the conventional names are looked for next)."""
    repo.write(marker, names.format("records"))
    repo.write("records/0001-use-x.md", NYGARD)
    early = repo.commit("log", "2020-01-01T10:00:00+00:00")
    (repo.root / "arch").mkdir()
    repo.git("mv", "records", "arch/records")
    repo.write(marker, names.format("arch/records"))
    repo.commit("move", "2020-02-01T10:00:00+00:00")
    for at in (early, "HEAD"):
        result = project.run("list", "--at", at, "--format", "json")
        assert (result.exit_code, result.stderr) == (0, "")
        assert [row["path"] for row in json.loads(result.stdout)] == \
            ["records/0001-use-x.md" if at == early else "arch/records/0001-use-x.md"]
    repo.write(marker, "{ not read")
    repo.write("doc/adr/0001-use-x.md", NYGARD)
    repo.git("rm", "-q", "-r", "arch")
    broken = repo.commit("broken", "2020-03-01T10:00:00+00:00")
    repo.write(marker, names.format("doc/adr"))
    repo.commit("mended", "2020-04-01T10:00:00+00:00")
    result = project.run("list", "--at", broken, "--format", "json")
    assert [row["path"] for row in json.loads(result.stdout)] == ["doc/adr/0001-use-x.md"]


def test_a_log_numbered_after_its_letters_at_a_revision_and_in_its_history(project: Project, repo: GitRepo) -> None:
    """dapr's `docs/decision_records/api/API-001-x.md` (one log per area, named by `--dir`): `list --at` reads the
    records of that commit's tree as the work tree's are read, and `adr log` finds their changes."""
    nygard = "# API-00{n}: {title}\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n"
    repo.write("docs/decision_records/api/API-001-state-store.md", nygard.format(n=1, title="State store"))
    first = repo.commit("API-001", "2021-04-19T10:00:00+00:00")
    repo.write("docs/decision_records/api/API-002-actors.md", nygard.format(n=2, title="Actors"))
    repo.commit("API-002", "2021-04-20T10:00:00+00:00")
    area = ("--dir", "docs/decision_records/api")
    assert [(row["number"], row["title"]) for row in json.loads(
        project.run(*area, "list", "--at", first, "--format", "json").stdout)] == [(1, "State store")]
    assert len(json.loads(project.run(*area, "list", "--format", "json").stdout)) == 2
    assert [(event["event"], event["path"].rsplit("/", 1)[-1]) for event in json.loads(
        project.run(*area, "log", "--format", "json").stdout)] == [
        ("created", "API-002-actors.md"), ("created", "API-001-state-store.md")]


def test_at_reads_no_tree_but_the_log_s_own_in_this_process(project: Project, repo: GitRepo,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """This stop's attack: `list --at` walked to the log's folder through gitpython, which reads each tree on
    the way whole (a folder of a million files on the way held them all). Git finds the folder, and the root's
    `.adr-dir`, now: the only trees read here are the log's, and the log is the same."""
    from git.objects import tree

    parsed: list[int] = []
    entries_of = tree.tree_entries_from_data

    def noted(data: bytes) -> Any:
        parsed.append(len(data))
        return entries_of(data)

    monkeypatch.setattr(tree, "tree_entries_from_data", noted)
    for n in range(1000):
        repo.write(f"generated-page-{n:05d}-of-the-reference-manual.html", "")
    repo.write(".adr-dir", "docs/decisions\n")
    repo.write("docs/decisions/0001-record-decisions.md", record("accepted", "Record decisions"))
    repo.write("docs/decisions/0002-use-ovn.md", record("proposed", "Use OVN"))
    start = repo.commit("Start", "2021-04-19T10:00:00+00:00", JANE)
    repo.write("docs/decisions/0002-use-ovn.md", record("accepted", "Use OVN"))
    repo.commit("Accept OVN", "2021-05-03T10:00:00+00:00", ANN)
    listed = project.run("list", "--at", start, "--format", "json")
    assert (listed.exit_code, listed.stderr) == (0, "")
    assert [(r["number"], r["status"]) for r in json.loads(listed.stdout)] == [(1, "accepted"), (2, "proposed")]
    assert parsed and max(parsed) == int(repo.git("cat-file", "-s", f"{start}:docs/decisions"))
