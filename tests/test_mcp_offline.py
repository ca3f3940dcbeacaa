"""`adr mcp` where the SDK is not installed, and the server's tools called in this process (no SDK needed):
argument checks, write refusal, what a withdrawn decision says."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import Project
from gitrepo import GitRepo, record


def test_adr_mcp_without_the_sdk_says_how_to_install_it(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the extra, `adr mcp` says in one line how to add it, and exits 2."""
    monkeypatch.setitem(sys.modules, "mcp", None)
    monkeypatch.delitem(sys.modules, "adrtool.mcp.server", raising=False)
    result = project.run("mcp")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "adr: adr mcp needs the MCP SDK, version 2: pip install 'mcp>=2.3,<3' (in adrtool's environment)\n"


def call(root: Path, name: str, allow_writes: bool = False, **arguments: Any) -> Any:
    from adrtool.mcp.session import Session
    from adrtool.mcp.tools import call as call_tool

    return call_tool(Session(root, allow_writes=allow_writes), name, arguments)


def test_a_chain_of_successors_ends_at_the_decision_in_force(project: Project) -> None:
    """A superseded decision names the end of its chain of successors; a chain ending in a withdrawn record says
    nothing replaces it; a deprecated one says it is no longer followed."""
    project.write("decisions/0001-a.md", record("superseded", "First", superseded_by=[2]))
    project.write("decisions/0002-b.md", record("superseded", "Second", superseded_by=[3], extra="supersedes: [1]"))
    project.write("decisions/0003-c.md", record("accepted", "Third", extra="supersedes: [2]"))
    project.write("decisions/0004-d.md", record("superseded", "Fourth", superseded_by=[5]))
    project.write("decisions/0005-e.md", record("deprecated", "Fifth", extra="supersedes: [4]"))
    records = {entry["number"]: entry for entry in call(project.root, "list")["records"]}
    assert records[1]["do_not_follow"] == ("ADR 0001 is superseded by ADR 0002, itself superseded by ADR 0003: do "
                                           "not follow ADR 0001; follow ADR 0003 (Third, accepted) instead.")
    assert (records[1]["successor"], records[2]["successor"]) == (3, 3)
    assert "do_not_follow" not in records[3]
    assert records[4]["do_not_follow"] == ("ADR 0004 is superseded by ADR 0005: do not follow ADR 0004; ADR 0005 "
                                           "(Fifth) is deprecated too, so no decision in the log replaces it.")
    assert "successor" not in records[4]
    assert records[5]["do_not_follow"] == ("ADR 0005 is deprecated: it is no longer followed, and nothing replaced "
                                           "it; do not follow it.")


def test_tools_check_their_arguments_and_writes_need_allow_writes(project: Project) -> None:
    """Unknown or missing arguments, values of the wrong type and write tools on a read-only server are refused
    with one line naming the problem; nothing is written."""
    from adrtool.errors import UsageError

    project.write("decisions/0001-a.md", record("proposed", "First", revisit="never"))
    before = project.read("decisions/0001-a.md")
    cases = {
        ("show", False, (("number", 1),)): "tool show has no argument 'number'; its arguments: ref",
        ("search", False, ()): "tool search needs the argument 'query': Words to look for, e.g. `linuxbridge` or "
                               "`why keep iptables`.",
        ("search", False, (("query", "?!"),)): "the query holds no word to search for",
        ("search", False, (("query", "first"), ("limit", 0))): "argument 'limit' must be 1 or more",
        ("validate", False, (("strict", "yes"),)): "argument 'strict' of tool validate must be true or false, not "
                                                   "'yes'",
        ("due", False, (("event", "ff"),)): "argument 'event' needs 'cycle': the cycle whose event it is (cycle xena, "
                                            "event ff)",
        ("due", False, (("as_of", "2021-13-01"),)): "argument 'as_of': '2021-13-01' is not a date in YYYY-MM-DD form",
        ("accept", False, (("ref", "1"),)): "tool accept writes, and this server is read-only: start it with `adr mcp "
                                            "--allow-writes` to write",
        ("revisit", True, (("ref", "1"), ("outcome", "forgotten"))): "argument 'outcome' of tool revisit must be one "
                                                                    "of: kept, changed, superseded, dropped; not "
                                                                    "'forgotten'",
        ("link", True, (("ref", "1"), ("to", "1"), ("relation", "supersedes"))): "supersedes changes a status too: "
                                                                                "use `adr supersede OLD --by NEW`",
        ("new", True, (("title", "Second"), ("revisit", " "))): "argument 'revisit' must not be empty: a cycle, an "
                                                                "event of one (xena:ff), a date or never",
    }
    for (name, writes, arguments), message in cases.items():
        with pytest.raises(UsageError) as raised:
            call(project.root, name, writes, **dict(arguments))
        assert str(raised.value) == message
    assert project.read("decisions/0001-a.md") == before
    assert call(project.root, "search", query="first")["results"][0]["number"] == 1


def test_a_server_keeps_no_log_it_read_once_it_answered(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """The console script lets a one-command process leave what it read out of garbage collection to its end;
    a server, which goes on answering, does not."""
    from adrtool.cache import process

    monkeypatch.setattr(process, "ONE_COMMAND", True)  # as the `adr` script sets it
    project.write("decisions/0001-a.md", record("accepted", "First", revisit="never"))
    for _ in range(3):
        assert [entry["number"] for entry in call(project.root, "list")["records"]] == [1]
    assert process.ONE_COMMAND is False


def test_date_named_records_are_named_by_their_id_and_keep_every_field(project: Project) -> None:
    """In a log that names records by date (log4brains), the tools and resources name a record by its id, as
    `adr show` does; every field of the CLI's JSON (id, log) comes through; `due` says no revisit point is set."""
    import json

    from adrtool.mcp import resources
    from adrtool.mcp.session import Session

    body = "\n## Context and Problem Statement\n\nWe need records.\n\n## Decision Outcome\n\nMarkdown.\n"
    project.write("docs/adr/20210114-use-markdown-records.md",
                  "# Use Markdown records\n\n- Status: accepted\n- Date: 2021-01-14\n" + body)
    project.write("docs/adr/20210201-use-log4brains.md",
                  "# Use log4brains\n\n- Status: proposed\n- Date: 2021-02-01\n" + body)
    listed = call(project.root, "list")["records"]
    assert listed == json.loads(project.run("list", "--format", "json").stdout)
    assert [(entry["number"], entry["id"]) for entry in listed] == [(None, "20210114-use-markdown-records"),
                                                                    (None, "20210201-use-log4brains")]
    shown = call(project.root, "show", ref="20210201-use-log4brains")
    assert (shown["title"], shown["revisit_due"], shown["links"], shown["links_both_ways"]) == (
        "Use log4brains", None, [], {"outgoing": [], "incoming": []})
    uris = [item.uri for item in resources.listing(Session(project.root).call())]
    assert uris == ["adr://index", "adr://decisions/20210114-use-markdown-records",
                    "adr://decisions/20210201-use-log4brains"]
    assert resources.read(Session(project.root).call(), uris[2]).startswith("# Use log4brains\n")
    due = call(project.root, "due")
    assert (due["due"], due["note"]) == ([], "No decision in this log has a revisit point, so none is ever due. A "
                                             "revisit point is a cycle (its PTG), a date or never: `adr new "
                                             "--revisit` gives a new record one, `adr revisit N --outcome kept "
                                             "--next POINT` any record.")


def test_writes_in_a_project_of_several_logs_are_the_cli_s(project: Project, tmp_path: Path) -> None:
    """With two logs, a write previewed then confirmed (in this process) changes what `adr` changes in a twin
    project, the shared index included, and the diff written is the one previewed."""
    import shutil

    from conftest import run_adr

    project.write(".adr.toml", 'dirs = ["a/docs/adr", "b/docs/adr"]\n')
    body = "Why.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nThen.\n"
    for log in ("a", "b"):
        for name, status in (("0001-first", "accepted"), ("0002-second", "proposed")):
            project.write(f"{log}/docs/adr/{name}-in-{log}.md", record(status, f"{name[5:]} in {log}", revisit="never",
                                                                       body=body).replace("## Decision", "## Context", 1))
    assert project.run("index").exit_code == 0
    assert project.run("validate").exit_code == 0
    twin = tmp_path / "twin"
    shutil.copytree(project.root, twin)
    before = {path: path.read_bytes() for path in project.root.rglob("*.md")}
    preview = call(project.root, "accept", True, ref="0002-second-in-b.md")
    assert [item["path"] for item in preview["files"]] == ["b/docs/adr/0002-second-in-b.md", "a/docs/adr/README.md"]
    written = call(project.root, "accept", True, ref="0002-second-in-b.md", confirm=True, plan=preview["plan"])
    assert written["diff"] == preview["diff"] and written["validate"]["errors"] == 0
    from adrtool.views.diff import file_diff

    assert preview["diff"] == "".join(file_diff(item["path"], before[project.root / item["path"]],
                                                (project.root / item["path"]).read_bytes())
                                      for item in preview["files"])  # the diff shown is the change made

    def in_twin() -> int:
        from adrtool.cli import run

        os.chdir(twin)
        try:
            return run(["accept", "0002-second-in-b.md"]).code
        finally:
            os.chdir(project.root)

    assert run_adr(in_twin).exit_code == 0
    for path in sorted(twin.rglob("*.md")):
        assert (project.root / path.relative_to(twin)).read_bytes() == path.read_bytes(), path


def test_the_new_tool_writes_in_the_log_it_is_given_and_says_when_it_takes_the_first(project: Project) -> None:
    """Two components' logs, the server started at the root: the `new` tool writes in the first and notes it,
    as `adr new` does, in the preview and the answer; given `log`, it writes there, numbered there, no note; started
    inside a log, it writes in that one (it wrote in the first); a label of no log is refused with the labels."""
    nygard = "# {0}. Use {1}\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n"
    GitRepo.init(project.root)  # the repository holds both logs: their labels are from its root
    project.write("api/docs/adr/0001-use-x.md", nygard.format(1, "X"))
    project.write("api/docs/adr/0002-use-z.md", nygard.format(2, "Z"))
    project.write("api/docs/adr/0003-use-q.md", nygard.format(3, "Q"))
    project.write("web/docs/adr/0001-use-y.md", nygard.format(1, "Y"))
    note = ("2 logs here (api/docs/adr, web/docs/adr), and the current directory is in none of them; writes in "
            "api/docs/adr, the first: give `log` to write in another")
    preview = call(project.root, "new", True, title="Use V")
    assert ([item["path"] for item in preview["files"]], preview["note"]) == (["api/docs/adr/0004-use-v.md"], note)
    written = call(project.root, "new", True, title="Use V", confirm=True, plan=preview["plan"])
    assert (written["diff"], written["note"]) == (preview["diff"], note)
    assert project.read("api/docs/adr/0004-use-v.md").startswith("# 4. Use V\n")
    project.write("api/docs/adr/README.md", "- [X](0001-use-x.md)\n- [Z](0002-use-z.md)\n- [Q](0003-use-q.md)\n")
    written = call(project.root, "new", True, title="Use S", confirm=True)
    assert written["not_listed_in"] == ["api/docs/adr/README.md"]  # what `adr new` says of a list kept by hand
    preview = call(project.root, "new", True, title="Use W", log="web/docs/adr/")
    assert ([item["path"] for item in preview["files"]], "note" in preview) == (["web/docs/adr/0002-use-w.md"], False)
    written = call(project.root, "new", True, title="Use W", log="web/docs/adr", confirm=True, plan=preview["plan"])
    assert (written["diff"], "note" in written) == (preview["diff"], False)
    assert project.read("web/docs/adr/0002-use-w.md").startswith("# 2. Use W\n")
    preview = call(project.root / "web", "new", True, title="Use T")
    assert ([item["path"] for item in preview["files"]], "note" in preview) == (["web/docs/adr/0003-use-t.md"], False)
    from adrtool.errors import UsageError

    with pytest.raises(UsageError, match=r"^no log 'docs/adr' here; the logs are api/docs/adr, web/docs/adr$"):
        call(project.root, "new", True, title="Use U", log="docs/adr")


def test_the_new_tool_refusing_a_number_another_log_holds_names_its_own_argument(project: Project) -> None:
    """Attack 56 (F11): where the first log's next number is another's (a course's logs by stage, numbered across
    them), the `new` tool's refusal said "pass --dir ..., or run `adr new` inside it", the CLI's way out; over MCP
    the log to write in is given as `log`, and so written there the record is created."""
    from adrtool.errors import UsageError

    stage = "# ADR-{n:03}: Chose {n}\n\n## Statut\n\nAccepté\n\n## Contexte\n\nC.\n"
    for folder, numbers in (("etape2/ADR", (3, 4)), ("etape3/ADR", (5, 6))):
        for n in numbers:
            project.write(f"{folder}/adr-{n:03}-chose-{n}.md", stage.format(n=n))
    with pytest.raises(UsageError) as refused:
        call(project.root, "new", True, title="Chose sept")
    assert refused.value.message == (
        "2 logs here (etape2/ADR, etape3/ADR), and the current directory is in none of them; the next number of "
        "etape2/ADR, 5, is taken in etape3/ADR: give `log` the log to write in")
    preview = call(project.root, "new", True, title="Chose sept", log="etape3/ADR")
    assert [item["path"] for item in preview["files"]] == ["etape3/ADR/adr-007-chose-sept.md"]


def test_the_new_tool_numbers_after_the_log_s_areas_and_supersedes_there(project: Project) -> None:
    """The `new` tool, previewed then confirmed, numbers after the highest number of the whole log (EdgeX keeps
    its working groups' records in subfolders of one sequence: `security/0003-x.md`), and marks the record it
    supersedes where it is, linked from its folder."""
    project.write("decisions/0001-a.md", record("accepted", "First"))
    project.write("decisions/security/0003-vault.md", "# Use Vault\n\n## Status\n\nAccepted\n")
    preview = call(project.root, "new", True, title="Use SPIFFE", supersedes=[3])
    assert [item["path"] for item in preview["files"]] == ["decisions/0004-use-spiffe.md",
                                                           "decisions/security/0003-vault.md"]
    written = call(project.root, "new", True, title="Use SPIFFE", supersedes=[3], confirm=True, plan=preview["plan"])
    assert written["diff"] == preview["diff"]
    assert project.read("decisions/security/0003-vault.md") == (
        "# Use Vault\n\n## Status\n\nSuperseded by [Use SPIFFE](../0004-use-spiffe.md)\n")  # its title's frame


def test_the_new_tool_confirmed_without_a_preview_says_the_log_is_missing(project: Project) -> None:
    """A confirmed `new` with no preview, `.adr-dir` naming a folder there is not: the line `adr new` prints, not a
    failure to lock a folder that does not exist."""
    from adrtool.errors import NotFound

    project.write(".adr-dir", "doc/adr\n")
    with pytest.raises(NotFound, match=r"^decision directory doc/adr does not exist \(named by .adr-dir\)"):
        call(project.root, "new", True, title="Use X", confirm=True)
    assert not (project.root / "doc").exists()


def test_the_new_tool_refuses_when_a_stage_s_folder_is_made_while_it_waits(project: Project,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A log kept by stage whose `proposed/` git did not keep: another command writes the first proposed record
    after the `new` tool found the log's folders, before it holds their locks. The tool refused saying its record "is
    not in a decision directory of the project", which is false; it says what happened, nothing written, as `adr
    new` does when folders keep coming."""
    from test_stage_folders import record as stage_record
    from test_stage_folders import stages

    from adrtool.errors import WriteRefused
    from adrtool.records import changes

    stages(project)
    for name in ("proposed/0003-use-z.md", "proposed/0004-use-w.md"):
        (project.root / "docs/adr" / name).unlink()
    (project.root / "docs/adr/proposed").rmdir()
    locked_logs = changes.locked_logs

    def after_another_command(*args: Any, **kwargs: Any) -> Any:
        stage_record(project, "docs/adr/proposed/0006-a.md", "Proposed")
        return locked_logs(*args, **kwargs)

    monkeypatch.setattr(changes, "locked_logs", after_another_command)
    with pytest.raises(WriteRefused, match=r"^another command made a folder of the log while this one waited"):
        call(project.root, "new", True, title="Use B", confirm=True)
    assert sorted(path.name for path in (project.root / "docs/adr/proposed").iterdir()) == ["0006-a.md"]
