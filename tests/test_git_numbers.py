"""`adr new` takes a number no local or remote-tracking branch uses yet."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import Project
from gitrepo import ANN, JANE, GitRepo, record


@pytest.fixture
def two_branches(repo: GitRepo) -> GitRepo:
    """main has 0001-0002; branch `ovn` (not merged) added 0003 and 0004."""
    repo.write("decisions/0001-record-decisions.md", record("accepted", "Record decisions"))
    repo.write("decisions/0002-keep-linuxbridge.md", record("accepted", "Keep Linuxbridge"))
    repo.commit("Start", "2021-04-19T10:00:00+00:00", JANE)
    repo.git("checkout", "-q", "-b", "ovn")
    repo.write("decisions/0003-use-ovn.md", record("proposed", "Use OVN"))
    repo.write("decisions/0004-drop-ovs.md", record("proposed", "Drop OVS"))
    repo.commit("Propose ADR 3 and 4", "2021-04-20T10:00:00+00:00", ANN)
    repo.git("checkout", "-q", "main")
    return repo


def test_new_skips_numbers_another_branch_took(project: Project, two_branches: GitRepo) -> None:
    """On main, `adr new` takes 0005 and says that branch ovn holds 0003 and 0004."""
    result = project.run("new", "Use BGP")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "decisions/0005-use-bgp.md\n"
    assert result.stderr == ("adr: number 3 is taken on ovn; skipped it\n"
                             "adr: number 4 is taken on ovn; skipped it\n")


def test_no_git_uses_the_work_tree_alone(project: Project, two_branches: GitRepo) -> None:
    """--no-git: the next number after the work tree's highest."""
    result = project.run("new", "--no-git", "Use BGP")
    assert (result.stdout, result.stderr) == ("decisions/0003-use-bgp.md\n", "")


def test_remote_tracking_branches_count(project: Project, two_branches: GitRepo, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """In a clone, origin/ovn holds 0003-0004 without any local branch: new takes 0005."""
    clone = GitRepo(tmp_path / "clone")
    two_branches.git("clone", "-q", str(two_branches.root), str(clone.root))
    monkeypatch.chdir(clone.root)
    result = project.run("new", "Use BGP")
    assert result.stdout == "decisions/0005-use-bgp.md\n"
    assert result.stderr == ("adr: number 3 is taken on origin/ovn; skipped it\n"
                             "adr: number 4 is taken on origin/ovn; skipped it\n")


def test_several_branches_named(project: Project, two_branches: GitRepo) -> None:
    """A number used on several branches names them."""
    two_branches.git("branch", "ovn-copy", "ovn")
    two_branches.git("branch", "ovn-again", "ovn")
    result = project.run("new", "Use BGP")
    assert result.stderr.splitlines()[0] == "adr: number 3 is taken on ovn, ovn-again and 1 more; skipped it"


def test_detached_head_still_scans_branches(project: Project, two_branches: GitRepo) -> None:
    """On a detached HEAD (a CI checkout), every branch is still read."""
    two_branches.git("checkout", "-q", "--detach", "main")
    assert project.run("new", "Use BGP").stdout == "decisions/0005-use-bgp.md\n"


def test_a_branch_without_the_decision_directory(project: Project, repo: GitRepo) -> None:
    """A branch that has no decisions/ (e.g. gh-pages) is not an error."""
    repo.write("decisions/0001-a.md", record("accepted", "A"))
    repo.commit("Start", "2021-04-19T10:00:00+00:00")
    repo.git("checkout", "-q", "--orphan", "gh-pages")
    repo.git("rm", "-rq", "--cached", ".")
    repo.write("index.html", "<p>docs</p>\n")
    repo.git("add", "index.html")
    repo.commit("Pages", "2021-04-20T10:00:00+00:00")
    repo.git("checkout", "-q", "-f", "main")
    assert project.run("new", "B").stdout == "decisions/0002-b.md\n"


def test_numbers_in_the_work_tree_are_not_reported_as_skipped(project: Project, two_branches: GitRepo) -> None:
    """Numbers the work tree itself has are not 'taken elsewhere', even if branches have them too."""
    two_branches.git("merge", "-q", "ovn")
    result = project.run("new", "Use BGP")
    assert (result.stdout, result.stderr) == ("decisions/0005-use-bgp.md\n", "")


def test_new_skips_a_number_another_branch_took_in_an_area_of_the_log(project: Project, repo: GitRepo) -> None:
    """EdgeX numbers its working groups' records (`security/0020-spiffe.md`) in the log's one sequence: a branch
    that added `security/0005-x.md` holds number 5 as much as one that added `0005-x.md` at the top."""
    repo.write("decisions/0001-record-decisions.md", record("accepted", "Record decisions"))
    repo.write("decisions/0002-keep-linuxbridge.md", record("accepted", "Keep Linuxbridge"))
    repo.write("decisions/security/0003-use-vault.md", record("accepted", "Use Vault"))
    repo.commit("Start", "2021-04-19T10:00:00+00:00", JANE)
    repo.git("checkout", "-q", "-b", "tls")
    repo.write("decisions/security/0005-use-tls.md", record("proposed", "Use TLS"))
    repo.commit("Propose ADR 5", "2021-04-20T10:00:00+00:00", ANN)
    repo.git("checkout", "-q", "main")
    result = project.run("new", "Use BGP")
    assert (result.stdout, result.stderr) == ("decisions/0006-use-bgp.md\n",
                                              "adr: number 5 is taken on tls; skipped it\n")


def test_new_skips_a_number_another_branch_took_in_a_log_named_after_its_letters(project: Project,
                                                                                 repo: GitRepo) -> None:
    """dapr's logs by area (`docs/decision_records/api/API-001-x.md`): a branch that added `API-003-x.md` holds
    number 3 as the log's listing reads it, so `adr new` on main takes `API-004-x.md` (it took 3, the name the
    branch has). A note of other letters on a branch (`step7-notes.md`) holds no number."""
    area = "docs/decision_records/api"
    nygard = "# API-00{n}: {title}\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n"
    repo.write(f"{area}/API-001-state-store.md", nygard.format(n=1, title="State store"))
    repo.write(f"{area}/API-002-actors.md", nygard.format(n=2, title="Actors"))
    repo.commit("Start", "2021-04-19T10:00:00+00:00", JANE)
    repo.git("checkout", "-q", "-b", "bindings")
    repo.write(f"{area}/API-003-bindings.md", nygard.format(n=3, title="Bindings"))
    repo.write(f"{area}/step7-notes.md", "# Notes\n")
    repo.commit("Propose API-003", "2021-04-20T10:00:00+00:00", ANN)
    repo.git("checkout", "-q", "main")
    result = project.run("--dir", area, "new", "Content type")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, f"{area}/API-004-content-type.md\n", "adr: number 3 is taken on bindings; skipped it\n")
