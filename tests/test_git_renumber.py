"""`adr renumber`: the file renamed and every reference rewritten, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import Project
from gitrepo import ANN, GitRepo, make_repo, record


@pytest.fixture
def repo(project: Project, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """The project directory, a git repository on branch main."""
    return make_repo(project.root, monkeypatch)

OVN = """\
---
status: accepted
date: 2021-04-19
supersedes: [2]
---
# Use OVN

## Decision

We use OVN, as [ADR-0002](0002-use-ovs.md) said we would one day.
"""
OVS = """\
---
status: superseded
date: 2019-04-01
superseded-by:
  - 3   # the OVN switch
---
# Use OVS

## Decision

OVS.
"""
ADR_TOOLS = """\
# 4. Keep Linuxbridge

Date: 2021-04-20

## Status

Accepted

Amended by [3. Use OVN](0003-use-ovn.md)

## Context

See ADR 3.
"""
MADR2 = """\
# Drop the OVS agent

* Status: superseded by [ADR-0003](0003-use-ovn.md)
* Date: 2021-04-21

## Context and Problem Statement

Plain.
"""
LINKS = """\
---
status: proposed
date: 2021-04-22
relates-to: [ADR-0003, 13, 0003-use-ovn.md]
---
# Tune OVN

## Decision

Follow [ADR-0003](0003-use-ovn.md#decision) and [the OVN record](./0003-use-ovn.md), not ADR 3 or 13.
See also `0003-use-ovn.md` [13. Other](0013-other.md).

[ovn]: 0003-use-ovn.md
"""


@pytest.fixture
def log(project: Project) -> Project:
    project.write("decisions/0002-use-ovs.md", OVS)
    project.write("decisions/0003-use-ovn.md", OVN)
    project.write("decisions/0004-keep-linuxbridge.md", ADR_TOOLS)
    project.write("decisions/0005-drop-the-ovs-agent.md", MADR2)
    project.write("decisions/0006-tune-ovn.md", LINKS)
    project.write("decisions/0013-other.md", record("accepted", "Other"))
    return project


def snapshot(directory: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir())}


def test_renumber_rewrites_every_reference(log: Project) -> None:
    """3 -> 8: the file is renamed; front matter lists, the MADR status, adr-tools links and body links follow."""
    result = log.run("renumber", "3", "--to", "8", "--no-git")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ("renamed decisions/0003-use-ovn.md -> decisions/0008-use-ovn.md\n"
                             "updated decisions/0002-use-ovs.md\n"
                             "updated decisions/0004-keep-linuxbridge.md\n"
                             "updated decisions/0005-drop-the-ovs-agent.md\n"
                             "updated decisions/0006-tune-ovn.md\n")
    assert not (log.decisions / "0003-use-ovn.md").exists()
    assert log.read("decisions/0008-use-ovn.md") == OVN
    assert log.read("decisions/0002-use-ovs.md") == OVS.replace("  - 3   #", "  - 8   #")
    assert log.read("decisions/0004-keep-linuxbridge.md") == ADR_TOOLS.replace(
        "[3. Use OVN](0003-use-ovn.md)", "[8. Use OVN](0008-use-ovn.md)")
    assert log.read("decisions/0005-drop-the-ovs-agent.md") == MADR2.replace(
        "[ADR-0003](0003-use-ovn.md)", "[ADR-0008](0008-use-ovn.md)")
    assert log.read("decisions/0006-tune-ovn.md") == """\
---
status: proposed
date: 2021-04-22
relates-to: [ADR-0008, 13, 0008-use-ovn.md]
---
# Tune OVN

## Decision

Follow [ADR-0008](0008-use-ovn.md#decision) and [the OVN record](./0008-use-ovn.md), not ADR 3 or 13.
See also `0003-use-ovn.md` [13. Other](0013-other.md).

[ovn]: 0008-use-ovn.md
"""
    listed = {r["number"]: r for r in __import__("json").loads(log.run("list", "--format", "json").stdout)}
    assert (listed[2]["superseded_by"], listed[6]["relates_to"], listed[8]["supersedes"]) == ([8], [8, 13], [2])


def test_renumber_rewrites_a_related_section_s_plain_references(log: Project) -> None:
    """`- ADR-0003: Use OVN` under `## Related` (a relation read without a link) takes the new number; a mention
    of ADR 3 in prose elsewhere stays as written."""
    log.write("decisions/0007-watch-ovn.md", "# 7. Watch OVN\n\nDate: 2021-04-23\n\n## Status\n\nAccepted\n\n"
              "## Related\n\n- ADR-0003: Use OVN\n\n## Context\n\nADR-0003 said so.\n")
    assert log.run("renumber", "3", "--to", "8", "--no-git").exit_code == 0
    assert log.read("decisions/0007-watch-ovn.md").split("## Related\n\n")[1] == \
        "- ADR-0008: Use OVN\n\n## Context\n\nADR-0003 said so.\n"


def test_renumber_keeps_the_index_in_step(log: Project) -> None:
    """An index written by `adr index` is rewritten with the new file name, and stderr says so."""
    assert log.run("index").exit_code == 0
    result = log.run("renumber", "3", "--to", "8", "--no-git")
    assert result.stderr == "adr: updated decisions/README.md\n"
    index = log.read("decisions/README.md")
    assert "(0008-use-ovn.md)" in index and "0003-use-ovn.md" not in index
    assert log.run("index", "--check").exit_code == 0


def test_renumber_an_adr_tools_record_renumbers_its_title(log: Project) -> None:
    """An adr-tools record's `# 4. Title` takes the new number too."""
    result = log.run("renumber", "0004-keep-linuxbridge.md", "--to", "14", "--no-git")
    assert result.stdout == "renamed decisions/0004-keep-linuxbridge.md -> decisions/0014-keep-linuxbridge.md\n"
    assert log.read("decisions/0014-keep-linuxbridge.md") == ADR_TOOLS.replace("# 4. Keep", "# 14. Keep")


def test_next_skips_numbers_of_other_branches(log: Project, repo: GitRepo) -> None:
    """--next: after the highest number in the directory and on every branch."""
    repo.commit("Start", "2021-04-19T10:00:00+00:00")
    repo.git("checkout", "-q", "-b", "later")
    repo.write("decisions/0014-later.md", record("proposed", "Later"))
    repo.commit("Later", "2021-04-20T10:00:00+00:00", ANN)
    repo.git("checkout", "-q", "main")
    result = log.run("renumber", "3", "--next")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == "renamed decisions/0003-use-ovn.md -> decisions/0015-use-ovn.md"
    assert result.stderr == "adr: number 14 is taken on later; skipped it\n"


def test_to_a_number_another_branch_uses_warns(log: Project, repo: GitRepo) -> None:
    """--to N where another branch has N: done, with a warning naming the branch."""
    repo.commit("Start", "2021-04-19T10:00:00+00:00")
    repo.git("checkout", "-q", "-b", "later")
    repo.write("decisions/0020-later.md", record("proposed", "Later"))
    repo.commit("Later", "2021-04-20T10:00:00+00:00", ANN)
    repo.git("checkout", "-q", "main")
    result = log.run("renumber", "3", "--to", "20")
    assert result.exit_code == 0
    assert result.stderr == "adr: number 20 is also used on later; that branch will collide with this one\n"


def test_a_branch_holding_the_same_record_is_no_collision(log: Project, repo: GitRepo) -> None:
    """A branch that holds the record being renumbered (made before the renumbering, or one where it was
    renumbered already) holds no other record: no warning, and --next skips nothing for it; another record
    at the number on that branch is still a collision."""
    repo.commit("Start", "2021-04-19T10:00:00+00:00")
    repo.git("checkout", "-q", "-b", "renumbered")
    repo.git("mv", "decisions/0003-use-ovn.md", "decisions/0020-use-ovn.md")
    repo.commit("Renumber OVN", "2021-04-20T10:00:00+00:00", ANN)
    repo.git("checkout", "-q", "main")
    to = log.run("renumber", "3", "--to", "20", "--dry-run")
    assert (to.exit_code, to.stderr) == (0, "")
    after = log.run("renumber", "3", "--next", "--dry-run")
    assert (after.exit_code, after.stderr) == (0, "")
    assert after.stdout.splitlines()[0] == "would rename decisions/0003-use-ovn.md -> decisions/0014-use-ovn.md"
    other = log.run("renumber", "13", "--to", "20", "--dry-run")
    assert other.stderr == "adr: number 20 is also used on renumbered; that branch will collide with this one\n"


def test_refusals_change_nothing(log: Project) -> None:
    """A number the directory uses, the same number, or neither option: exit 2 and no file touched."""
    before = snapshot(log.decisions)
    taken = log.run("renumber", "3", "--to", "13", "--no-git")
    assert (taken.exit_code, taken.stderr) == (2, "adr: --to 13: 0013-other.md already has that number\n")
    same = log.run("renumber", "3", "--to", "3", "--no-git")
    assert (same.exit_code, same.stderr) == (2, "adr: 0003-use-ovn.md already has number 3\n")
    assert log.run("renumber", "3").exit_code == 2
    assert log.run("renumber", "3", "--to", "9", "--next").exit_code == 2
    assert snapshot(log.decisions) == before


def test_a_number_past_what_a_reference_reads_is_refused(log: Project) -> None:
    """A reference in a record names numbers of at most nine digits, so no record is given a longer one: --to
    1000000000 (or twenty digits) and a --next past 999999999 are refused in one line, nothing touched; nine
    digits are taken, and the records that supersede it still name it."""
    before = snapshot(log.decisions)
    for number in ("1000000000", "99999999999999999999"):
        refused = log.run("renumber", "3", "--to", number, "--no-git")
        assert (refused.exit_code, refused.stderr) == (
            2, f"adr: --to {number}: a record number has at most 9 digits, as many as a reference to it is read by\n")
    assert snapshot(log.decisions) == before
    assert log.run("renumber", "3", "--to", "999999999", "--no-git").exit_code == 0
    assert "superseded-by:\n  - 999999999" in log.read("decisions/0002-use-ovs.md")
    assert log.run("show", "999999999").exit_code == 0
    after = snapshot(log.decisions)
    refused = log.run("renumber", "5", "--next", "--no-git")
    assert (refused.exit_code, refused.stderr) == (
        2, "adr: the next free number, 1000000000, has more than 9 digits: no reference to it would be read; give "
           "--to N\n")
    assert snapshot(log.decisions) == after


def test_dry_run_writes_nothing(log: Project) -> None:
    """--dry-run says what would change."""
    before = snapshot(log.decisions)
    result = log.run("renumber", "5", "--to", "9", "--no-git", "--dry-run")
    assert result.stdout == "would rename decisions/0005-drop-the-ovs-agent.md -> decisions/0009-drop-the-ovs-agent.md\n"
    assert snapshot(log.decisions) == before


def test_a_file_changed_midway_rolls_everything_back(log: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """If a record changes on disk between reading and writing (an editor, not adr: adr waits for the lock),
    nothing is written: the log is byte for byte as it was, with that edit."""
    from adrtool import fsio

    before = snapshot(log.decisions)
    original = fsio.Transaction.commit

    def commit(self: fsio.Transaction, verify: object = None) -> None:
        path = log.decisions / "0005-drop-the-ovs-agent.md"  # someone edits a referring record just now
        path.write_bytes(path.read_bytes() + b"\nA late edit.\n")
        before[path.name] = path.read_bytes()
        original(self, verify)  # type: ignore[arg-type]

    monkeypatch.setattr(fsio.Transaction, "commit", commit)
    result = log.run("renumber", "3", "--to", "8", "--no-git")
    assert result.exit_code == 2
    assert result.stderr == (f"adr: {log.decisions / '0005-drop-the-ovs-agent.md'}: changed on disk since it "
                             "was read; not overwriting (run the command again)\n")
    assert snapshot(log.decisions) == before


def test_a_failure_removing_the_old_file_rolls_back(log: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """The last step (removing the old file) failing undoes the rename and every rewrite."""
    import errno

    from adrtool import fsio

    before = snapshot(log.decisions)
    original = fsio.LockedDirectory.unlink

    def unlink(self: fsio.LockedDirectory, name: str) -> None:
        if name == "0003-use-ovn.md":
            raise PermissionError(errno.EPERM, "Operation not permitted")
        original(self, name)

    monkeypatch.setattr(fsio.LockedDirectory, "unlink", unlink)
    result = log.run("renumber", "3", "--to", "8", "--no-git")
    assert result.exit_code == 2
    assert result.stderr.endswith("cannot remove: Operation not permitted; nothing was changed\n")
    assert snapshot(log.decisions) == before
