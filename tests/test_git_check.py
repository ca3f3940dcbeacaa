"""`adr validate --against REV` (numbers two branches both took) and `--since REV` (accepted decisions edited)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import Project
from gitrepo import ANN, BOB, JANE, GitRepo, record


@pytest.fixture
def diverged(repo: GitRepo) -> GitRepo:
    """main and feature both added a record 0003 after they forked; feature is checked out."""
    repo.write("decisions/0001-record-decisions.md", record("accepted", "Record decisions"))
    repo.write("decisions/0002-keep-linuxbridge.md", record("accepted", "Keep Linuxbridge"))
    repo.commit("Start", "2021-04-19T10:00:00+00:00", JANE)
    repo.git("checkout", "-q", "-b", "feature")
    repo.write("decisions/0003-use-bgp.md", record("proposed", "Use BGP"))
    repo.commit("Propose ADR 3: BGP", "2021-04-21T10:00:00+00:00", ANN)
    repo.git("checkout", "-q", "main")
    repo.write("decisions/0003-use-ovn.md", record("proposed", "Use OVN"))
    repo.commit("Propose ADR 3: OVN", "2021-04-20T10:00:00+00:00", BOB)
    repo.git("checkout", "-q", "feature")
    return repo


def test_against_catches_a_number_both_branches_took(project: Project, diverged: GitRepo) -> None:
    """On feature, --against main reports 0003-use-bgp.md with the command that fixes it; exit 1."""
    result = project.run("validate", "--against", "main", "--select", "ADR5")
    assert result.exit_code == 1
    assert result.stdout == (
        "decisions/0003-use-bgp.md:1:1: ADR501 error: number 3 is already used on main by 0003-use-ovn.md; "
        "give this record the next free number: adr renumber 0003-use-bgp.md --next\n")


def test_against_catches_a_number_taken_in_an_area_of_the_log(project: Project, repo: GitRepo) -> None:
    """EdgeX numbers its working groups' records (`security/0020-spiffe.md`) in the log's one sequence: main's
    `security/0004-use-vault.md` and this branch's `0004-use-tls.md` at the top both take 4."""
    repo.write("decisions/0001-record-decisions.md", record("accepted", "Record decisions"))
    repo.write("decisions/security/0002-use-spiffe.md", record("accepted", "Use SPIFFE"))
    repo.write("decisions/0003-keep-linuxbridge.md", record("accepted", "Keep Linuxbridge"))
    repo.commit("Start", "2021-04-19T10:00:00+00:00", JANE)
    repo.git("checkout", "-q", "-b", "feature")
    repo.write("decisions/0004-use-tls.md", record("proposed", "Use TLS"))
    repo.commit("Propose ADR 4: TLS", "2021-04-21T10:00:00+00:00", ANN)
    repo.git("checkout", "-q", "main")
    repo.write("decisions/security/0004-use-vault.md", record("proposed", "Use Vault"))
    repo.commit("Propose ADR 4: Vault", "2021-04-20T10:00:00+00:00", BOB)
    repo.git("checkout", "-q", "feature")
    result = project.run("validate", "--against", "main", "--select", "ADR5")
    assert result.stdout == (
        "decisions/0004-use-tls.md:1:1: ADR501 error: number 4 is already used on main by 0004-use-vault.md; "
        "give this record the next free number: adr renumber 0004-use-tls.md --next\n")


def test_the_suggested_fix_clears_the_collision(project: Project, diverged: GitRepo) -> None:
    """`adr renumber 0003-use-bgp.md --next` takes 4 (main has 3), and --against is then clean."""
    fixed = project.run("renumber", "0003-use-bgp.md", "--next")
    assert fixed.stdout == "renamed decisions/0003-use-bgp.md -> decisions/0004-use-bgp.md\n"
    result = project.run("validate", "--against", "main", "--select", "ADR5")
    assert (result.exit_code, result.stdout) == (0, "")


def test_against_ignores_records_the_branch_did_not_add(project: Project, diverged: GitRepo) -> None:
    """Each side reports only the record it added; after merging main, main's 0003 is no longer reported."""
    diverged.git("checkout", "-q", "main")
    result = project.run("validate", "--against", "feature", "--select", "ADR5")
    assert result.stdout == (
        "decisions/0003-use-ovn.md:1:1: ADR501 error: number 3 is already used on feature by 0003-use-bgp.md; "
        "give this record the next free number: adr renumber 0003-use-ovn.md --next\n")
    diverged.git("checkout", "-q", "-b", "later", "feature")
    diverged.git("merge", "-q", "--no-edit", "main", date="2021-04-22T10:00:00+00:00")
    # `later` has both 0003s: against main, only the BGP record was added on this line of history.
    against_main = project.run("validate", "--against", "main", "--select", "ADR5").stdout
    assert against_main.startswith("decisions/0003-use-bgp.md:1:1: ADR501 error")
    assert against_main.count("\n") == 1


def test_against_in_a_shallow_detached_ci_clone(project: Project, diverged: GitRepo, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A --depth 1 clone, detached at feature's tip, with origin/main: no merge base is reachable, and the
    collision is still found (by file names alone)."""
    clone = tmp_path / "ci"
    diverged.git("clone", "-q", "--depth", "1", "--no-single-branch", f"file://{diverged.root}", str(clone))
    ci = GitRepo(clone)
    ci.git("checkout", "-q", "--detach", "origin/feature")
    monkeypatch.chdir(clone)
    result = project.run("validate", "--against", "origin/main", "--select", "ADR5")
    assert result.exit_code == 1
    assert result.stdout.startswith("decisions/0003-use-bgp.md:1:1: ADR501 error: number 3 is already used on "
                                    "origin/main by 0003-use-ovn.md")


def test_against_with_an_unknown_revision(project: Project, diverged: GitRepo) -> None:
    """A REV that does not exist (no remote in a fresh repository) is a usage error, exit 2."""
    result = project.run("validate", "--against", "origin/main", "--select", "ADR5")
    assert (result.exit_code, result.stderr) == (2, "adr: no commit 'origin/main' in this repository\n")


@pytest.fixture
def accepted(repo: GitRepo) -> GitRepo:
    """0001 accepted and 0002 proposed at tag `ptg`."""
    repo.write("decisions/0001-keep-linuxbridge.md", record("accepted", "Keep Linuxbridge", revisit="yoga",
                                                            body="We keep Linuxbridge for Xena.\n"))
    repo.write("decisions/0002-use-ovn.md", record("proposed", "Use OVN", body="Maybe.\n"))
    repo.commit("Xena PTG outcomes", "2021-04-23T10:00:00+00:00", JANE)
    repo.git("tag", "ptg")
    return repo


def test_since_flags_an_edited_accepted_decision(project: Project, accepted: GitRepo) -> None:
    """Editing an accepted decision's text is a warning (exit 0), an error under --strict (exit 1)."""
    accepted.write("decisions/0001-keep-linuxbridge.md", record(
        "accepted", "Keep Linuxbridge", revisit="yoga", body="We keep Linuxbridge for Xena and Yoga.\n"))
    result = project.run("validate", "--since", "ptg", "--select", "ADR5")
    assert result.exit_code == 0
    assert result.stdout == (
        "decisions/0001-keep-linuxbridge.md:10:1: ADR502 warning: ADR 0001 was accepted at ptg and its decision "
        "has changed since; supersede it instead (adr new --supersedes 1 TITLE), or undo the edit\n")
    assert project.run("validate", "--since", "ptg", "--select", "ADR5", "--strict").exit_code == 1


def test_since_flags_an_edited_accepted_record_kept_in_a_folder_of_its_own(project: Project, repo: GitRepo) -> None:
    """A record kept in a folder of its own (`0003-use-bgp/README.md`) is judged as a file of the log is; its
    attachments beside it (`0003-use-bgp/plan.md`) are not."""
    repo.write("decisions/0003-use-bgp/README.md", record("accepted", "Use BGP", body="We use BGP.\n"))
    repo.write("decisions/0003-use-bgp/plan.md", "# Plan\n\n## Status\n\nAccepted\n")
    repo.commit("Accept BGP", "2021-04-23T10:00:00+00:00", JANE)
    repo.git("tag", "ptg")
    repo.write("decisions/0003-use-bgp/README.md", record("accepted", "Use BGP", body="We use BGP and OSPF.\n"))
    repo.write("decisions/0003-use-bgp/plan.md", "# Plan\n\n## Status\n\nAccepted\n\nChanged.\n")
    result = project.run("validate", "--since", "ptg", "--select", "ADR5")
    assert (result.exit_code, result.stdout) == (0, (
        "decisions/0003-use-bgp/README.md:9:1: ADR502 warning: ADR 0003 was accepted at ptg and its decision has "
        "changed since; supersede it instead (adr new --supersedes 3 TITLE), or undo the edit\n"))


def test_since_allows_status_revisit_and_links(project: Project, accepted: GitRepo) -> None:
    """Status, revisit point, revisits and successor changes, committed or not, are not edits of the decision."""
    accepted.write("decisions/0001-keep-linuxbridge.md", record(
        "superseded", "Keep Linuxbridge", revisit="zed", superseded_by=[3], body="We keep Linuxbridge for Xena.\n",
        extra="revisits:\n  - {date: 2021-10-18, cycle: yoga, outcome: kept, next: zed}"))
    accepted.commit("Yoga PTG: kept, then superseded", "2021-10-20T10:00:00+00:00", ANN)
    accepted.write("decisions/0002-use-ovn.md", record("accepted", "Use OVN", body="Yes, OVN.\n"))
    result = project.run("validate", "--since", "ptg", "--select", "ADR5", "--strict")
    assert (result.exit_code, result.stdout) == (0, "")


def test_since_flags_a_changed_date_but_follows_a_renumbering(project: Project, accepted: GitRepo) -> None:
    """A renumbered accepted record is compared with its old file; its `date` is part of the decision."""
    project.run("renumber", "1", "--to", "7")
    accepted.commit("Renumber 1 to 7", "2021-05-01T10:00:00+00:00", BOB)
    result = project.run("validate", "--since", "ptg", "--select", "ADR5")
    assert (result.exit_code, result.stdout) == (0, "")
    path = accepted.root / "decisions/0007-keep-linuxbridge.md"
    path.write_text(path.read_text().replace("date: 2021-04-19", "date: 2021-04-20"))
    result = project.run("validate", "--since", "ptg", "--select", "ADR5")
    assert result.stdout.startswith("decisions/0007-keep-linuxbridge.md:3:1: ADR502 warning: ADR 0007 ")


def test_since_allows_links_rewritten_by_a_renumbering(project: Project, accepted: GitRepo) -> None:
    """Renumbering another record rewrites the links in an accepted one: that is not an edit of its decision."""
    accepted.write("decisions/0001-keep-linuxbridge.md", record(
        "accepted", "Keep Linuxbridge", body="We keep Linuxbridge, see [ADR-0002](0002-use-ovn.md).\n"))
    accepted.commit("Link 1 to 2", "2021-04-23T11:00:00+00:00", JANE)
    accepted.git("tag", "-f", "ptg")
    assert project.run("renumber", "2", "--to", "9").exit_code == 0
    assert "[ADR-0009](0009-use-ovn.md)" in project.read("decisions/0001-keep-linuxbridge.md")
    accepted.commit("Renumber 2 to 9", "2021-05-01T10:00:00+00:00", BOB)
    result = project.run("validate", "--since", "ptg", "--select", "ADR5", "--strict")
    assert (result.exit_code, result.stdout) == (0, "")


def test_git_checks_outside_git(project: Project, monkeypatch) -> None:
    """--against and --since need a repository: exit 2 with the reason."""
    from gitrepo import isolate_git

    isolate_git(monkeypatch)
    project.write("decisions/0001-a.md", record("accepted", "A"))
    result = project.run("validate", "--since", "HEAD", "--select", "ADR5")
    assert result.exit_code == 2
    assert "not in a git repository" in result.stderr


def test_the_git_rules_are_listed(project: Project) -> None:
    """`adr rules` lists ADR501 and ADR502 with their default severities."""
    listed = project.run("rules").stdout
    assert "ADR501" in listed and "number-taken-on-rev" in listed
    assert "ADR502" in listed and "accepted-decision-edited" in listed


def test_since_passes_over_a_version_too_large_for_a_record_unread(project: Project, repo: GitRepo,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A record's version at REV larger than a record may be is not compared (as an unreadable one is not),
    and is never read whole from git: its content is passed over a chunk at a time."""
    import git

    from adrtool.fsio import MAX_RECORD_BYTES

    big = record("accepted", "Big")
    repo.write("decisions/0001-big.md", big + "x" * (MAX_RECORD_BYTES + 100_000))
    repo.commit("A big ADR 1", "2021-04-23T10:00:00+00:00", JANE)
    repo.write("decisions/0001-big.md", record("accepted", "Big", body="Smaller now.\n"))
    asked: list[int] = []
    stream = git.cmd.Git.CatFileContentStream
    read = stream.read

    def spied(self: object, size: int = -1) -> bytes:
        asked.append(size)
        return read(self, size)

    monkeypatch.setattr(stream, "read", spied)
    result = project.run("validate", "--since", "HEAD", "--select", "ADR5")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert asked and max(asked) < MAX_RECORD_BYTES
