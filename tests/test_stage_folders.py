"""A log kept in folders by stage (`accepted/`, `proposed/`, `retired/`): a status change moves the record into the
folder of its new status, and every link to it follows."""

from __future__ import annotations

import json
import os
import stat

import pytest

from conftest import Project
from gitrepo import GitRepo


def record(project: Project, path: str, status: str, body: str = "") -> None:
    number = int(path.rsplit("/", 1)[-1][:4])
    title = path.rsplit("/", 1)[-1][5:-3].replace("-", " ").capitalize()
    project.write(path, f"# {number}. {title}\n\nDate: 2021-01-0{number}\n\n## Status\n\n{status}\n\n## Context\n\nc\n"
                  + body)


def stages(project: Project) -> None:
    """phalcom-lang's layout: records by stage, a hand-kept README index at the top."""
    record(project, "docs/adr/accepted/0001-use-x.md", "Accepted", "\nSee [3](../proposed/0003-use-z.md).\n")
    record(project, "docs/adr/accepted/0002-use-y.md", "Accepted")
    record(project, "docs/adr/proposed/0003-use-z.md", "Proposed",
           "\nAfter [X](../accepted/0001-use-x.md), before [W](0004-use-w.md), see [me](0003-use-z.md#context).\n")
    record(project, "docs/adr/proposed/0004-use-w.md", "Proposed")
    record(project, "docs/adr/retired/0005-use-v.md", "Deprecated")
    project.write("docs/adr/README.md", "# Decisions\n\n- [Z](proposed/0003-use-z.md)\n- [X](accepted/0001-use-x.md)\n")


def test_accept_moves_the_record_to_accepted_and_links_follow(project: Project) -> None:
    """Round 50 (lifecycle): `adr accept` in a log kept by stage changed the status and left the file in
    `proposed/`, which the log's README says to move. It moves to `accepted/`; the links to it (from another
    folder's record, from the hand-kept index at the top) follow, and its own links are written from its new folder
    where they no longer lead where they did."""
    stages(project)
    result = project.run("accept", "3")
    assert (result.exit_code, result.stdout, result.stderr) == (0, (
        "docs/adr/accepted/0003-use-z.md: proposed -> accepted (moved from proposed/)\n"
        "docs/adr/proposed/0003-use-z.md: moved to accepted/\n"
        "docs/adr/accepted/0001-use-x.md: links to 0003-use-z.md follow it\n"
        "docs/adr/README.md: links to 0003-use-z.md follow it\n"), "")
    assert not (project.root / "docs/adr/proposed/0003-use-z.md").exists()
    assert project.read("docs/adr/accepted/0003-use-z.md").endswith(
        "## Status\n\nAccepted\n\n## Context\n\nc\n\nAfter [X](../accepted/0001-use-x.md), before "
        "[W](../proposed/0004-use-w.md), see [me](0003-use-z.md#context).\n")
    assert project.read("docs/adr/accepted/0001-use-x.md").endswith("\nSee [3](0003-use-z.md).\n")
    assert project.read("docs/adr/README.md") == \
        "# Decisions\n\n- [Z](accepted/0003-use-z.md)\n- [X](accepted/0001-use-x.md)\n"
    assert project.run("validate").exit_code == 0


def test_an_ended_status_moves_the_record_to_retired(project: Project) -> None:
    """A `retired/` folder (phalcom-lang's) takes the records whose decision ended: `adr supersede` moves the old
    record there, and the successor's new link to it is written to its new place."""
    stages(project)
    result = project.run("supersede", "1", "--by", "2")
    assert (result.exit_code, result.stdout) == (0, (
        "docs/adr/retired/0001-use-x.md: accepted -> superseded by ADR 0002 (moved from accepted/)\n"
        "docs/adr/accepted/0001-use-x.md: moved to retired/\n"
        "docs/adr/accepted/0002-use-y.md: supersedes ADR 0001; links to 0001-use-x.md follow it\n"
        "docs/adr/proposed/0003-use-z.md: links to 0001-use-x.md follow it\n"
        "docs/adr/README.md: links to 0001-use-x.md follow it\n"))
    assert "Supersedes [1. Use x](../retired/0001-use-x.md)" in project.read("docs/adr/accepted/0002-use-y.md")
    assert "After [X](../retired/0001-use-x.md)" in project.read("docs/adr/proposed/0003-use-z.md")
    assert project.read("docs/adr/retired/0001-use-x.md").endswith("\nSee [3](../proposed/0003-use-z.md).\n")
    assert project.run("validate").exit_code == 0


def test_a_record_at_the_top_moves_into_the_folder_of_its_status(project: Project) -> None:
    """BargLabs/cejel keeps its records at the top and proposals in `proposed/`: `adr status N proposed` moves a
    record there, its links written one folder down; accepting a proposal leaves it where it is, as the log has
    no `accepted/` folder."""
    record(project, "docs/adr/0001-use-x.md", "Accepted", "\nSee [2](0002-use-y.md) and [spec](../spec.md).\n")
    record(project, "docs/adr/0002-use-y.md", "Accepted", "\nAfter [1](0001-use-x.md).\n")
    record(project, "docs/adr/proposed/0003-use-z.md", "Proposed")
    result = project.run("status", "1", "proposed")
    assert (result.exit_code, result.stdout) == (0, (
        "docs/adr/proposed/0001-use-x.md: accepted -> proposed (moved from the log's top folder)\n"
        "docs/adr/0001-use-x.md: moved to proposed/\n"
        "docs/adr/0002-use-y.md: links to 0001-use-x.md follow it\n"))
    assert project.read("docs/adr/proposed/0001-use-x.md").endswith(
        "\nSee [2](../0002-use-y.md) and [spec](../../spec.md).\n")
    assert project.read("docs/adr/0002-use-y.md").endswith("\nAfter [1](proposed/0001-use-x.md).\n")
    result = project.run("accept", "3")
    assert (result.exit_code, result.stdout) == (0, "docs/adr/proposed/0003-use-z.md: proposed -> accepted\n")


def test_a_move_never_writes_over_a_file_in_the_new_folder(project: Project) -> None:
    """A file of the record's name already in the folder of its new status: the change is refused in one line,
    exit 2, and nothing is written."""
    stages(project)
    project.write("docs/adr/accepted/0004-use-w.md", "# 4. Use w\n\nDate: 2021-01-04\n\n## Status\n\nAccepted\n")
    before = project.read("docs/adr/proposed/0004-use-w.md")
    result = project.run("accept", "docs/adr/proposed/0004-use-w.md")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"adr: {project.root}/docs/adr/accepted/0004-use-w.md: a file of this name is there "
                             "already, where ADR 0004 would move with its new status; nothing was changed\n")
    assert project.read("docs/adr/proposed/0004-use-w.md") == before
    assert project.read("docs/adr/accepted/0004-use-w.md").endswith("Accepted\n")


def test_a_log_without_stage_folders_keeps_its_records_where_they_are(project: Project) -> None:
    """A log whose subfolders are no stages (EdgeX's `security/`) moves nothing."""
    record(project, "docs/adr/0001-use-x.md", "Proposed")
    record(project, "docs/adr/security/0002-use-y.md", "Proposed")
    result = project.run("accept", "2")
    assert (result.exit_code, result.stdout) == (0, "docs/adr/security/0002-use-y.md: proposed -> accepted\n")


def test_a_stage_s_first_record_moves_into_its_folder_holding_none_yet(project: Project) -> None:
    """thyags/method-ceip keeps `rejected/` and `deprecated/` holding a README alone: a rejected record stayed in
    `proposed/` (only folders holding records were taken), and a move that emptied a folder said it went to "the
    log's top folder". It moves into the empty stage folder, locked with the log, and says so."""
    record(project, "docs/adr/accepted/0001-use-x.md", "Accepted")
    record(project, "docs/adr/proposed/0002-use-y.md", "Proposed")
    project.write("docs/adr/rejected/README.md", "# Rejected\n")
    result = project.run("reject", "2")
    assert (result.exit_code, result.stdout, result.stderr) == (0, (
        "docs/adr/rejected/0002-use-y.md: proposed -> rejected (moved from proposed/)\n"
        "docs/adr/proposed/0002-use-y.md: moved to rejected/\n"), "")
    result = project.run("list", "--format", "csv")
    assert [line.split(",")[:3] for line in result.stdout.splitlines()[1:]] == [["1", "Use x", "accepted"],
                                                                                ["2", "Use y", "rejected"]]


def test_a_move_refused_in_one_folder_writes_nothing_in_another(project: Project) -> None:
    """Round 50's attack: a record of `retired/` that is a link (into another folder of the project) and links the
    moving record: `adr accept` said it refused, yet had written `accepted/`, removed the record from `proposed/` and
    relinked `accepted/0001`. Whatever a folder would refuse stops the change before any folder is written."""
    stages(project)
    project.write("docs/store/0005-use-v.md", (project.root / "docs/adr/retired/0005-use-v.md").read_text()
                  + "\nAfter [Z](../proposed/0003-use-z.md).\n")
    (project.root / "docs/adr/retired/0005-use-v.md").unlink()
    (project.root / "docs/adr/retired/0005-use-v.md").symlink_to("../../store/0005-use-v.md")
    before = {path: path.read_bytes() for path in (project.root / "docs/adr").rglob("*.md")}
    result = project.run("accept", "3")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"adr: {project.root}/docs/adr/retired/0005-use-v.md: is a symbolic link; adrtool does "
                             "not write through links\n")
    assert {path: path.read_bytes() for path in (project.root / "docs/adr").rglob("*.md")} == before


@pytest.mark.parametrize("config", ['dir = "docs/adr"\n', 'dirs = ["docs/adr", "services/x/doc/adr"]\n'])
def test_a_stage_log_named_in_config_is_one_log(project: Project, config: str) -> None:
    """Round 50's attack (F2): with config `dir = "docs/adr"` the stages were three logs, `accept` moved nothing and
    `adr new` wrote a proposed record numbered 3 (taken) into `accepted/`; with `dirs` the log listed nothing and
    `adr new` wrote 0001 again. A log named in config is read as `--dir` reads it."""
    stages(project)
    project.write("services/x/doc/adr/0001-s.md", "# 1. S\n\nDate: 2021-01-01\n\n## Status\n\nAccepted\n")
    project.write(".adr.toml", config)
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["path"]) for row in rows if row["path"].startswith("docs/")] == [
        (1, "docs/adr/accepted/0001-use-x.md"), (2, "docs/adr/accepted/0002-use-y.md"),
        (3, "docs/adr/proposed/0003-use-z.md"), (4, "docs/adr/proposed/0004-use-w.md"),
        (5, "docs/adr/retired/0005-use-v.md")]
    assert project.run("accept", "3").stdout.splitlines()[0] == \
        "docs/adr/accepted/0003-use-z.md: proposed -> accepted (moved from proposed/)"
    assert project.run("new", "Six").stdout == "docs/adr/proposed/0006-six.md\n"


def test_a_page_a_docs_site_runs_moves_with_the_code_it_holds(project: Project) -> None:
    """Round 50's attack (F4): an MDX record in a stage folder could never change status: the moved file was taken
    for a new page, so the `<Tabs>` it already held was refused as code adr would add. Near miss: code the change
    would add is still refused."""
    page = "---\nstatus: {status}\ndate: 2021-01-01\n---\n# {title}\n\n<Tabs>hello</Tabs>\n"
    project.write("docs/adr/accepted/0001-a.mdx", page.format(status="accepted", title="A"))
    project.write("docs/adr/proposed/0002-b.mdx", page.format(status="proposed", title="B"))
    result = project.run("accept", "2")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adr/accepted/0002-b.mdx") == page.format(status="accepted", title="B")
    result = project.run("revisit", "2", "--outcome", "kept", "--next", "2030-01-01", "--note", "<Danger />")
    assert result.exit_code == 2 and "adr writes no '{' or '<' into MDX pages" in result.stderr


def moved_to_records(project: Project) -> None:
    """``stages`` under a folder not named for decisions (`records/`), found by the search."""
    stages(project)
    (project.root / "docs/adr").rename(project.root / "records")


def test_a_stage_folder_of_one_record_is_read_under_any_name(project: Project) -> None:
    """Round 50's attack (F8): under `records/`, the search found `accepted/` and `proposed/` (two records each)
    but not `retired/` (one): 0005 went unlisted, `adr new` wrote `proposed/0005-another.md` again, and ADR101 said
    records were read from `records/` itself. Every stage folder of a stage log is read, however many it holds."""
    moved_to_records(project)
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["status"], row["path"]) for row in rows] == [
        (1, "accepted", "records/accepted/0001-use-x.md"), (2, "accepted", "records/accepted/0002-use-y.md"),
        (3, "proposed", "records/proposed/0003-use-z.md"), (4, "proposed", "records/proposed/0004-use-w.md"),
        (5, "deprecated", "records/retired/0005-use-v.md")]
    result = project.run("validate")
    assert (result.exit_code, result.stdout) == (0, "")
    assert project.run("new", "Another").stdout == "records/proposed/0006-another.md\n"


def test_adr101_names_the_stage_folders_a_log_is_read_from(project: Project) -> None:
    """A folder of a stage log that is no stage (`team/`) stays unread: ADR101 says the log is read from its
    directory and its stage folders, not that its subfolders are all unread."""
    moved_to_records(project)
    record(project, "records/team/0007-team.md", "Accepted")
    result = project.run("validate")
    assert (result.exit_code, result.stdout) == (0, (
        "records/team/0007-team.md:1:1: ADR101 warning: team/ holds a record file adr does not read: records are "
        "read from records/ itself and its folders accepted/, proposed/, retired/, not its other subfolders; move "
        "them up, or name the subfolder a log of its own (config `dirs`)\n"))


def test_a_new_record_of_an_ended_status_goes_where_that_status_lives(project: Project) -> None:
    """Round 50's attack (F11): `adr new --status rejected` wrote at the top of a log kept by stage; it goes where a
    move would put it, the log's `retired/` (which takes any ended status)."""
    stages(project)
    result = project.run("new", "--status", "rejected", "Six")
    assert (result.exit_code, result.stdout) == (0, "docs/adr/retired/0006-six.md\n")
    assert "\nrejected\n" in project.read("docs/adr/retired/0006-six.md").lower()


def test_a_stage_folder_git_did_not_keep_is_made_again(project: Project) -> None:
    """Round 50's attack (F10): once the last proposal is accepted, git keeps no `proposed/`, and in a clone `adr
    new` wrote the proposal at the top of the log. It makes `proposed/` (locked with the log) and writes there; the
    index the log keeps lists it, and `accept` moves it."""
    stages(project)
    for name in ("proposed/0003-use-z.md", "proposed/0004-use-w.md"):
        (project.root / "docs/adr" / name).unlink()
    (project.root / "docs/adr/proposed").rmdir()
    project.write("docs/adr/README.md", "")
    assert project.run("index", "--force").exit_code == 0
    result = project.run("new", "Six")
    assert (result.exit_code, result.stdout) == (0, "docs/adr/proposed/0006-six.md\n")
    assert "| 0006 | [Six](proposed/0006-six.md) | proposed |" in project.read("docs/adr/README.md")
    assert project.run("index", "--check").exit_code == 0
    assert project.run("accept", "6").stdout.splitlines()[0] == \
        "docs/adr/accepted/0006-six.md: proposed -> accepted (moved from proposed/)"


@pytest.mark.parametrize("named", [(), ("--dir", "docs/adr"), ("config",)])
def test_a_lone_accepted_folder_is_a_log_kept_by_stage(project: Project, named: tuple[str, ...]) -> None:
    """Round 50's attack (F10): `docs/adr/accepted/` alone (its log's proposals all accepted, and `proposed/` not
    kept by git) was read as a log of its own: `adr new` wrote a proposal into `accepted/`, and `accept` left it
    there (`--dir docs/adr` refused the log). The folder is the log's stage, found or named: the proposal goes
    into a new `proposed/`, and moves when accepted."""
    record(project, "docs/adr/accepted/0001-use-x.md", "Accepted")
    if named == ("config",):
        project.write(".adr.toml", 'dir = "docs/adr"\n')
        named = ()
    result = project.run(*named, "new", "Two")
    assert (result.exit_code, result.stdout) == (0, "docs/adr/proposed/0002-two.md\n")
    assert project.run(*named, "accept", "2").stdout == ("docs/adr/accepted/0002-two.md: proposed -> accepted (moved from "
                                                 "proposed/)\ndocs/adr/proposed/0002-two.md: moved to accepted/\n")
    assert sorted(path.name for path in (project.root / "docs/adr/accepted").iterdir()) == \
        ["0001-use-x.md", "0002-two.md"]


def test_a_move_makes_the_folder_of_its_status_spelt_as_the_others(project: Project) -> None:
    """A log kept by stage without a folder of the new status (`Proposed/` and `Retired/` only): `accept` left the
    record in `Proposed/`; it moves into a new `Accepted/`, spelt as the log's folders are."""
    record(project, "docs/adr/Proposed/0001-use-x.md", "Proposed")
    record(project, "docs/adr/Retired/0002-use-y.md", "Deprecated")
    result = project.run("accept", "1")
    assert (result.exit_code, result.stdout) == (0, (
        "docs/adr/Accepted/0001-use-x.md: proposed -> accepted (moved from Proposed/)\n"
        "docs/adr/Proposed/0001-use-x.md: moved to Accepted/\n"))


def test_a_refused_move_leaves_no_folder_made_for_it(project: Project) -> None:
    """A move into a folder the log has not yet, refused (a record linking the moving one is a symbolic link):
    nothing is written, and the folder made for it is gone again."""
    record(project, "docs/adr/proposed/0001-use-x.md", "Proposed")
    project.write("docs/store/0002-use-y.md", "# 2. Use y\n\nDate: 2021-01-02\n\n## Status\n\nDeprecated\n\n"
                  "After [X](../proposed/0001-use-x.md).\n")
    (project.root / "docs/adr/retired").mkdir()
    (project.root / "docs/adr/retired/0002-use-y.md").symlink_to("../../store/0002-use-y.md")
    result = project.run("accept", "1")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"adr: {project.root}/docs/adr/retired/0002-use-y.md: is a symbolic link; adrtool does "
                             "not write through links\n")
    assert sorted(path.name for path in (project.root / "docs/adr").iterdir()) == ["proposed", "retired"]


def test_a_moved_record_s_images_and_files_beside_it_are_linked_from_its_new_folder(project: Project) -> None:
    """Round 50's attack (F3): a moved record's own image (`![...](0003-context.png)`, `<img src>`) kept its path and
    pointed at nothing in `accepted/`. Every relative link and image of the moved record is written from its new
    folder, as it was spelt (title, `./`, a reference definition, an HTML attribute); one in a code block is left."""
    stages(project)
    own = ("\n![Context](0003-context.png \"the context\")\n<img src=\"0003-context.png\" alt=\"c\">\n"
           "See [the spec](./spec.pdf#page=2) and [the diagram][d].\n\n[d]: <./0003-context.png>\n\n"
           "```\n![Context](0003-context.png)\n```\n")
    path = project.root / "docs/adr/proposed/0003-use-z.md"
    path.write_text(path.read_text() + own)
    for name in ("0003-context.png", "spec.pdf"):
        (project.root / "docs/adr/proposed" / name).write_bytes(b"")
    result = project.run("accept", "3")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adr/accepted/0003-use-z.md").endswith(
        "\n![Context](../proposed/0003-context.png \"the context\")\n"
        "<img src=\"../proposed/0003-context.png\" alt=\"c\">\n"
        "See [the spec](../proposed/spec.pdf#page=2) and [the diagram][d].\n\n[d]: <../proposed/0003-context.png>\n\n"
        "```\n![Context](0003-context.png)\n```\n")


def test_links_to_a_moved_record_follow_it_however_they_are_written(project: Project) -> None:
    """Round 50's attack (F5 a-d): a link with a query, a percent-encoded name (`0003-use%20z.md`,
    `0004-us%C3%A9-w.md`), a name with blanks in angle brackets and an HTML `<a href>` were left leading to the old
    folder (validate: ADR403). Each follows the record, spelt as it was: encoded stays encoded, `<...>` stays."""
    stages(project)
    folder = project.root / "docs/adr/proposed"
    (folder / "0003-use-z.md").rename(folder / "0003-use z (v2).md")
    (folder / "0004-use-w.md").rename(folder / "0004-usé-w.md")
    project.write("docs/adr/proposed/0003-use z (v2).md", project.read("docs/adr/proposed/0003-use z (v2).md").replace(
        "[W](0004-use-w.md), see [me](0003-use-z.md#context)", "[W](0004-us%C3%A9-w.md), see [me](#context)"))
    project.write("docs/adr/accepted/0001-use-x.md", project.read("docs/adr/accepted/0001-use-x.md").replace(
        "[3](../proposed/0003-use-z.md)", "[3](../proposed/0003-use%20z%20%28v2%29.md?plain=1#context)"))
    project.write("docs/adr/README.md", (
        "# Decisions\n\n- [Z](<proposed/0003-use z (v2).md>)\n- <a href=\"proposed/0003-use%20z%20(v2).md\">Z</a>\n"
        "- [W](proposed/0004-us%C3%A9-w.md) and [W](proposed/0004-usé-w.md#decision)\n"))
    assert project.run("accept", "3").exit_code == 0
    result = project.run("accept", "4")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adr/accepted/0001-use-x.md").endswith(
        "\nSee [3](0003-use%20z%20%28v2%29.md?plain=1#context).\n")
    assert project.read("docs/adr/README.md") == (
        "# Decisions\n\n- [Z](<accepted/0003-use z (v2).md>)\n- <a href=\"accepted/0003-use%20z%20(v2).md\">Z</a>\n"
        "- [W](accepted/0004-us%C3%A9-w.md) and [W](accepted/0004-usé-w.md#decision)\n")
    assert "[W](0004-us%C3%A9-w.md)" in project.read("docs/adr/accepted/0003-use z (v2).md")
    assert project.run("validate").exit_code == 0


def test_a_move_names_the_files_outside_the_log_that_still_link_the_record(project: Project, repo: GitRepo) -> None:
    """Round 50's attack (F5 e): Markdown outside the log (the repository's README, `docs/other.md`) that links a
    moved record was neither rewritten nor mentioned. adr writes no file outside the log: after the move, each tracked
    Markdown file still linking the record where it was gets one line on stderr; one linking another record, or
    not tracked, gets none."""
    stages(project)
    project.write("README.md", "# Project\n\nSee [Z](docs/adr/proposed/0003-use-z.md) and [X](docs/adr/accepted/0001-use-x.md).\n")
    project.write("docs/other.md", "<a href=\"adr/proposed/0003-use-z.md#context\">Z</a>\n")
    project.write("docs/unrelated.md", "Names 0003-use-z.md in words, links [W](adr/proposed/0004-use-w.md).\n")
    repo.commit("Start", "2021-01-02T00:00:00+00:00")
    project.write("docs/untracked.md", "[Z](adr/proposed/0003-use-z.md)\n")
    result = project.run("accept", "3")
    assert (result.exit_code, result.stderr) == (0, (
        "adr: README.md links docs/adr/proposed/0003-use-z.md, which moved to docs/adr/accepted/0003-use-z.md; left "
        "as it is (adr writes only the decision log's files): edit its link by hand\n"
        "adr: docs/other.md links docs/adr/proposed/0003-use-z.md, which moved to docs/adr/accepted/0003-use-z.md; "
        "left as it is (adr writes only the decision log's files): edit its link by hand\n"))
    assert project.read("docs/other.md") == "<a href=\"adr/proposed/0003-use-z.md#context\">Z</a>\n"
    assert project.run("accept", "4").stderr == (
        "adr: docs/unrelated.md links docs/adr/proposed/0004-use-w.md, which moved to docs/adr/accepted/0004-use-w.md; "
        "left as it is (adr writes only the decision log's files): edit its link by hand\n")


def test_a_moved_record_keeps_its_file_s_permissions(project: Project) -> None:
    """Round 50's attack (F12): a moved record was written 0644, a 0600 record becoming readable by all and a 0755 one
    losing its exec bit, where an edit in place keeps the file's mode. A move keeps it too."""
    stages(project)
    proposed = project.root / "docs/adr/proposed"
    (proposed / "0003-use-z.md").chmod(0o600)
    (proposed / "0004-use-w.md").chmod(0o755)
    assert project.run("accept", "3").exit_code == 0
    assert project.run("reject", "4").exit_code == 0
    assert stat.S_IMODE(os.stat(project.root / "docs/adr/accepted/0003-use-z.md").st_mode) == 0o600
    assert stat.S_IMODE(os.stat(project.root / "docs/adr/retired/0004-use-w.md").st_mode) == 0o755


def test_a_move_a_folder_record_links_is_refused_saying_why(project: Project) -> None:
    """Round 50's attack (F16): a record kept in a folder of its own (`retired/0006-use-u/README.md`, which adr reads
    but does not write) that links the moving record made `accept` refuse without saying that link was the reason.
    The one line says so, and which link to write by hand; written so, the move goes through."""
    stages(project)
    project.write("docs/adr/retired/0006-use-u/README.md",
                  "# 6. Use u\n\nDate: 2021-01-06\n\n## Status\n\nDeprecated\n\n## Context\n\nAfter "
                  "[Z](../../proposed/0003-use-z.md).\n")
    before = {path: path.read_bytes() for path in (project.root / "docs/adr").rglob("*.md")}
    result = project.run("accept", "3")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"adr: {project.root}/docs/adr/retired/0006-use-u/README.md: links ADR 0003, which would move to accepted/ "
        "with its new status, and is a record kept in a folder of its own (0006-use-u/), which adr reads but does not "
        "write; nothing written: write that link as ../../accepted/0003-use-z.md by hand, then run the command again\n")
    assert {path: path.read_bytes() for path in (project.root / "docs/adr").rglob("*.md")} == before
    project.write("docs/adr/retired/0006-use-u/README.md", project.read("docs/adr/retired/0006-use-u/README.md")
                  .replace("../../proposed/0003-use-z.md", "../../accepted/0003-use-z.md"))
    assert project.run("accept", "3").exit_code == 0
    assert project.run("validate").exit_code == 0


@pytest.mark.parametrize("template", ["0000-plantilla.md", "0000-modele.md", "0000-vorlage.md"])
def test_a_stage_log_with_a_template_kept_by_hand_at_its_top_is_read(project: Project, template: str) -> None:
    """Round 51's attack (M4): a template named in another language at the top of a stage log counted as a record of
    the top folder; the stages were not read (list: nothing) and adr new wrote docs/adr/0001-x.md, a second 1."""
    stages(project)
    project.write(f"docs/adr/{template}", "# ADR-NNNN — Título\n\n**Estado:** Propuesto | Aceptado\n"
                  "**Fecha:** AAAA-MM-DD\n\n## Contexto\n")
    assert sorted(row["number"] for row in json.loads(project.run("list", "--format", "json").stdout)) == [1, 2, 3, 4, 5]
    result = project.run("new", "--date", "2021-04-01", "Nueva")
    assert (result.exit_code, result.stdout) == (0, "docs/adr/proposed/0006-nueva.md\n")


def test_new_supersedes_moves_the_record_it_supersedes_as_supersede_does(project: Project) -> None:
    """Round 51's attack (M7): `adr new --supersedes 1` left the superseded 0001 in accepted/, where `adr supersede`
    moves it to retired/; links to it follow, the new record's own among them."""
    stages(project)
    result = project.run("new", "--date", "2021-04-01", "--supersedes", "1", "Six")
    assert (result.exit_code, result.stdout) == (0, "docs/adr/proposed/0006-six.md\n")
    assert "marked docs/adr/retired/0001-use-x.md superseded" in result.stderr
    assert not (project.root / "docs/adr/accepted/0001-use-x.md").exists()
    assert "Superseded by [6. Six](../proposed/0006-six.md)" in project.read("docs/adr/retired/0001-use-x.md")
    assert "(../retired/0001-use-x.md)" in project.read("docs/adr/proposed/0006-six.md")
    assert "- [X](retired/0001-use-x.md)" in project.read("docs/adr/README.md")
    assert project.run("validate").exit_code == 0


@pytest.mark.parametrize(("own", "moved"), [
    ('<a href="see](notes.md)">n</a> and [notes](notes.md)',
     '<a href="../proposed/see](notes.md)">n</a> and [notes](../proposed/notes.md)'),
    ('<img src="x](y.png)"> ![y](y.png)', '<img src="../proposed/x](y.png)"> ![y](../proposed/y.png)'),
    ('[a](<b href="x.md">) <b href="x.md">', '[a](<../proposed/b href="x.md">) <b href="../proposed/x.md">'),
])
def test_a_destination_inside_another_is_part_of_it(project: Project, own: str, moved: str) -> None:
    """Round 51's attack (M3): an HTML attribute's value holding `](`, or a destination in angle brackets holding a
    tag, was read as two destinations, one inside the other, and the move pasted both edits over the same text
    (`"../proposed/see](notes.md)../proposed/notes.md)"`), exit 0. The one around is the destination, written once."""
    stages(project)
    project.write("docs/adr/proposed/0003-use-z.md", project.read("docs/adr/proposed/0003-use-z.md") + f"\n{own}\n")
    result = project.run("accept", "3")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adr/accepted/0003-use-z.md").endswith(f"\n{moved}\n")


@pytest.mark.parametrize(("own", "why"), [
    ("<a href='x](y.md'>)n</a> [z](y.md'>)", "one link's destination lies across another's"),
    ("<a href='http://h/x](y.md'>)n</a> [z](y.md'>)", "written again, its links would read otherwise"),
])
def test_a_move_whose_destinations_overlap_is_refused(project: Project, own: str, why: str) -> None:
    """Round 51's attack (M3): where two destinations overlap without one holding the other, writing either again
    changes the other. The move is refused in one line and nothing is written, rather than a record corrupted."""
    stages(project)
    project.write("docs/adr/proposed/0003-use-z.md", project.read("docs/adr/proposed/0003-use-z.md") + f"\n{own}\n")
    before = {path: path.read_bytes() for path in (project.root / "docs/adr").rglob("*.md")}
    result = project.run("accept", "3")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", (
        f"adr: {project.root}/docs/adr/proposed/0003-use-z.md: its links cannot be rewritten safely ({why}); nothing "
        "was changed: make the move by hand and edit its links\n"))
    assert {path: path.read_bytes() for path in (project.root / "docs/adr").rglob("*.md")} == before


def test_a_reference_definition_in_a_blockquote_or_list_item_follows_the_move(project: Project) -> None:
    """Round 51's attack (M8): a link reference definition was looked for only at a line's start, so one in a
    blockquote (`> [q]: ...`), a nested list item, or a quote in a list item with its destination on the next line
    kept leading to the old folder (validate: ADR403). Each follows the record, as markdown-it reads them."""
    stages(project)
    project.write("docs/adr/accepted/0002-use-y.md", project.read("docs/adr/accepted/0002-use-y.md") + (
        "\n> [q]: ../proposed/0003-use-z.md\n\n> See [quoted][q].\n\n- a\n  - b\n\n    [n]: ../proposed/0003-use-z.md\n"
        "\n[nested][n]\n\n1. x\n\n   > [r]:\n   > ../proposed/0003-use-z.md\n\n[next line][r]\n"))
    result = project.run("accept", "3")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adr/accepted/0002-use-y.md").endswith(
        "\n> [q]: 0003-use-z.md\n\n> See [quoted][q].\n\n- a\n  - b\n\n    [n]: 0003-use-z.md\n"
        "\n[nested][n]\n\n1. x\n\n   > [r]:\n   > 0003-use-z.md\n\n[next line][r]\n")
    assert project.run("validate").exit_code == 0


def test_a_destination_spelt_with_character_references_follows_the_move(project: Project) -> None:
    """Round 51's attack (L1): a destination was cut at its first `#` before its character references were read, so
    `0003&#45;use-z.md` was the path `0003&` and `..&#47;proposed&#47;...` in an href a path of no folder; an escaped
    `\\-` was not seen as the record's name. Each follows the record; `&num;` starts a fragment, as markdown-it reads."""
    stages(project)
    project.write("docs/adr/accepted/0002-use-y.md", project.read("docs/adr/accepted/0002-use-y.md") + (
        "\n[ent](../proposed/0003&#45;use-z.md) [esc](../proposed/0003\\-use-z.md)\n"
        "[part](../proposed/0003-use-z.md&num;context) <a href=\"..&#47;proposed&#47;0003-use-z.md\">html</a>\n"))
    result = project.run("accept", "3")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adr/accepted/0002-use-y.md").endswith(
        "\n[ent](0003&#45;use-z.md) [esc](0003\\-use-z.md)\n"
        "[part](0003-use-z.md&num;context) <a href=\"0003-use-z.md\">html</a>\n")
    assert project.run("validate").exit_code == 0


def test_a_move_names_markdown_files_of_any_extension_and_case(project: Project, repo: GitRepo) -> None:
    """Round 51's attack (L10): the files outside the log still linking a moved record were looked for in `*.md`
    only, case-sensitively: `README.MD`, an MDX page and a `.markdown` file were not named. They are; a text file
    linking it is not Markdown and gets no line."""
    stages(project)
    for name in ("README.MD", "guide.mdx", "site/page.Markdown", "notes.txt"):
        up = "../" * name.count("/")
        project.write(name, f"[Z]({up}docs/adr/proposed/0003-use-z.md)\n")
    repo.commit("Start", "2021-01-02T00:00:00+00:00")
    result = project.run("accept", "3")
    assert (result.exit_code, result.stderr) == (0, "".join(
        f"adr: {name} links docs/adr/proposed/0003-use-z.md, which moved to docs/adr/accepted/0003-use-z.md; left "
        "as it is (adr writes only the decision log's files): edit its link by hand\n"
        for name in ("README.MD", "guide.mdx", "site/page.Markdown")))


def test_a_stage_folder_made_while_new_waits_for_the_lock_is_read(project: Project, monkeypatch: pytest.MonkeyPatch
                                                                   ) -> None:
    """Round 51's attack (L7): two `adr new` at once into a log whose `proposed/` git did not keep. The second found
    the log's folders before the first made `proposed/`, then refused saying `proposed/0006-b.md` "is not in a
    decision directory of the project", which is false. The folders are found again under the lock: the second is
    numbered after the first. Folders made on every attempt end in one line saying so; nothing is written."""
    from adrtool.records import changes

    stages(project)
    for name in ("proposed/0003-use-z.md", "proposed/0004-use-w.md"):
        (project.root / "docs/adr" / name).unlink()
    (project.root / "docs/adr/proposed").rmdir()
    locked_logs = changes.locked_logs
    made = iter(["proposed/0006-a.md"])

    def after_another_command(*args, **kwargs):  # type: ignore[no-untyped-def]
        name = next(made, None)  # what another command wrote after this one found the folders
        if name is not None:
            record(project, f"docs/adr/{name}", "Proposed")
        return locked_logs(*args, **kwargs)

    monkeypatch.setattr(changes, "locked_logs", after_another_command)
    result = project.run("new", "B")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "docs/adr/proposed/0007-b.md\n", "")
    made = iter(["draft/0008-d.md", "rejected/0009-r.md", "deprecated/0010-x.md"])
    result = project.run("new", "C")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", (
        "adr: other commands kept making folders of the log while this one waited for it; nothing written: run the "
        "command again\n"))
    assert not (project.root / "docs/adr/proposed/0011-c.md").exists()


def test_links_in_the_log_s_mdx_and_markdown_files_follow_a_move(project: Project) -> None:
    """Round 51's notes: a hand-kept index written as `README.markdown`, or an MDX page of a docs site, in the log's
    folders was named on stderr and left linking where the record was; it is rewritten as a `.md` index is. A text
    file there is not Markdown, and is left."""
    stages(project)
    project.write("docs/adr/README.md", "# Decisions\n")
    project.write("docs/adr/INDEX.Markdown", "- [Z](proposed/0003-use-z.md)\n")
    project.write("docs/adr/proposed/overview.mdx", "import X from './x';\n\n- [Z](0003-use-z.md)\n")
    project.write("docs/adr/notes.txt", "[Z](proposed/0003-use-z.md)\n")
    result = project.run("accept", "3")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adr/INDEX.Markdown") == "- [Z](accepted/0003-use-z.md)\n"
    assert project.read("docs/adr/proposed/overview.mdx") == "import X from './x';\n\n- [Z](../accepted/0003-use-z.md)\n"
    assert project.read("docs/adr/notes.txt") == "[Z](proposed/0003-use-z.md)\n"


def test_a_move_names_an_mkdocs_nav_entry_that_still_names_the_record(project: Project, repo: GitRepo) -> None:
    """Round 51's notes: a MkDocs site's nav names each page by its path under `docs_dir` (`docs/` unless set); after
    a move its entry named a page no longer there, and the site's build warned of it. The configuration is named
    on stderr, as a Markdown file still linking the record is; an entry of another page and a site whose pages are
    elsewhere are not."""
    stages(project)
    project.write("mkdocs.yml", "site_name: X\nmarkdown_extensions:\n  - pymdownx.emoji:\n"
                  "      emoji_index: !!python/name:material.extensions.emoji.twemoji\nnav:\n  - Decisions:\n"
                  "    - Z: adr/proposed/0003-use-z.md\n    - W: 'adr/proposed/0004-use-w.md'\n")
    project.write("handbook/mkdocs.yml", "docs_dir: pages\nnav:\n  - adr/proposed/0003-use-z.md\n")
    repo.commit("Start", "2021-01-02T00:00:00+00:00")
    result = project.run("accept", "3")
    assert (result.exit_code, result.stderr) == (0, (
        "adr: mkdocs.yml names docs/adr/proposed/0003-use-z.md in its nav, and it moved to "
        "docs/adr/accepted/0003-use-z.md; left as it is (adr writes only the decision log's files): edit the entry "
        "by hand\n"))
    project.write("mkdocs.yml", "docs_dir: 'docs'\nnav:\n  - adr/proposed/0004-use-w.md\n")
    repo.commit("W only", "2021-01-03T00:00:00+00:00")
    assert project.run("accept", "4").stderr == (
        "adr: mkdocs.yml names docs/adr/proposed/0004-use-w.md in its nav, and it moved to "
        "docs/adr/accepted/0004-use-w.md; left as it is (adr writes only the decision log's files): edit the entry "
        "by hand\n")


def test_a_page_named_in_an_mkdocs_comment_is_in_no_nav(project: Project) -> None:
    """Round 52's attack (L2): a page named only in a comment of mkdocs.yml was said to be named in its nav."""
    from adrtool.records.stages import nav_entries_left

    project.write("mkdocs.yml", "nav:\n  # - adr/proposed/0003-use-z.md (retired)\n  - Old: x.md  # adr/proposed/0003-use-z.md\n")
    old = project.root / "docs/adr/proposed/0003-use-z.md"
    assert nav_entries_left({old: project.root / "docs/adr/accepted/0003-use-z.md"}, [project.root / "mkdocs.yml"]) == []
    project.write("mkdocs.yml", "nav:\n  - adr/proposed/0003-use-z.md\n")
    assert nav_entries_left({old: project.root / "docs/adr/accepted/0003-use-z.md"}, [project.root / "mkdocs.yml"]) == [
        (project.root / "mkdocs.yml", old)]


def archived(project: Project) -> None:
    """slifebr/sagnus-erp's layout: the live records at the top, and `archive/` holding an earlier baseline under a
    number the current one took again; every record says Accepted."""
    for number in (1, 2, 3):
        project.write(f"docs/adr/ADR-000{number}-d{number}.md",
                      f"# ADR-000{number}: Decision {number}\n\n## Status\n\nAccepted\n\n## Context\n\nc\n")
    project.write("docs/adr/archive/ADR-0001-old-baseline.md",
                  "# ADR-0001: Old baseline\n\n## Status\n\nACCEPTED\n\n## Context\n\nc\n")


def test_an_archived_record_under_a_live_number_is_no_duplicate(project: Project) -> None:
    """Round 56 (sagnus-erp): a record in the log's `archive/` under a number a live record took again made two
    ADR103 errors and `show 1` refused. The archived one is the log's retired record: validate finds nothing, and
    the number names the live one."""
    archived(project)
    result = project.run("validate")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert project.run("show", "1").stdout.startswith("# ADR-0001: Decision 1\n")


def test_a_number_two_live_records_hold_is_still_a_duplicate_beside_an_archived_one(project: Project) -> None:
    """Two live records of one number are reported as ever, the archived one not named beside them."""
    archived(project)
    project.write("docs/adr/ADR-0001-d1b.md", "# ADR-0001: Decision 1b\n\n## Status\n\nAccepted\n")
    result = project.run("validate")
    assert (result.exit_code, result.stdout) == (1, (
        "docs/adr/ADR-0001-d1.md:1:1: ADR103 error: number 1 is also used by ADR-0001-d1b.md; give one of them the "
        "next free number (0004)\n"
        "docs/adr/ADR-0001-d1b.md:1:1: ADR103 error: number 1 is also used by ADR-0001-d1.md; give one of them the "
        "next free number (0004)\n"))


def test_the_index_says_where_an_archived_record_is_and_leaves_it_off_the_agenda(project: Project) -> None:
    """The archived record, which says Accepted, is listed as kept in `archive/`, and is no active decision."""
    archived(project)
    assert project.run("index").exit_code == 0
    index = project.read("docs/adr/README.md")
    assert "| 0001 | [Old baseline](archive/ADR-0001-old-baseline.md) | accepted (in archive/) |" in index
    assert "- [0001](ADR-0001-d1.md) Decision 1 (accepted)\n- [0002](ADR-0002-d2.md)" in index
    assert "Old baseline (accepted)" not in index


def test_supersede_moves_no_record_into_an_archive_of_decisions_in_force(project: Project) -> None:
    """Round 56 (sagnus-erp): `adr supersede 2 --by 3` moved the live record into `archive/`, though every record
    there says Accepted: nothing in the log says superseded records go there. The record stays where it is."""
    archived(project)
    result = project.run("supersede", "2", "--by", "3")
    assert (result.exit_code, result.stdout) == (0, (
        "docs/adr/ADR-0002-d2.md: accepted -> superseded by ADR 0003\n"
        "docs/adr/ADR-0003-d3.md: supersedes ADR 0002\n"))
    assert sorted(path.name for path in (project.root / "docs/adr/archive").iterdir()) == ["ADR-0001-old-baseline.md"]
