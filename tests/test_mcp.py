"""`adr mcp`: the decision log served over MCP on stdio, spoken to with the SDK's own stdio client.

The server runs as a subprocess (`python -m adrtool mcp`) in a copy of this repository's log (the Neutron Xena
PTG) made a git repository, where ADR 0021 supersedes ADR 0003 and ADR 0008 was rejected. Each read tool's
answer is held to what the CLI prints as JSON in the same project; each write is previewed, then confirmed,
and held to what the CLI writes in a twin project.

Where the SDK (the extra `adrtool[mcp]`) is not installed these tests are skipped, except under CI (`CI`
set), where that is a failure: .ci/run installs it.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from conftest import Result, adr
from gitrepo import GitRepo

ROOT = Path(__file__).resolve().parents[1]

# The SDK is imported by the tests that use it, not when the module is collected (by every worker: it takes
# the better part of a second).
if importlib.util.find_spec("mcp") is None:
    if os.environ.get("CI"):
        raise ImportError("the MCP SDK is not installed; under CI it must be (.ci/run installs the extra mcp)")
    pytest.skip("the MCP SDK (pip install '.[mcp]') is not installed", allow_module_level=True)

from adrtool.views.diff import file_diff  # noqa: E402

if TYPE_CHECKING:
    from mcp import ClientSession, StdioServerParameters

READ_TOOLS = ["list", "show", "search", "due", "cycles", "log", "validate"]
WRITE_TOOLS = ["new", "revisit", "accept", "supersede", "link"]
SUPERSEDING = "Move Neutron from eventlet to threading"


# -- the projects ------------------------------------------------------------------------------------------


def environment(root: Path) -> dict[str, str]:
    """What the server and the CLI run with besides the usual: git without the user's config, a cache of the
    test's own, and the adrtool these tests imported (whatever the environment has installed)."""
    import adrtool

    tested = str(Path(adrtool.__file__).resolve().parents[1])
    return {"GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull,
            "ADR_CACHE_DIR": str(root.parent / f"{root.name}-cache"),
            "PYTHONPATH": os.pathsep.join([tested, *filter(None, [os.environ.get("PYTHONPATH")])])}


def cli(root: Path, *args: str) -> Result:
    """`adr ARGS` in ``root``, in this process, on today's date."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        patch.delenv("ADR_TODAY", raising=False)
        for name, value in environment(root).items():
            patch.setenv(name, value)
        return adr(*args)


def cli_json(root: Path, *args: str) -> Any:
    result = cli(root, *args, "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def make_log(root: Path) -> Path:
    """This repository's log in a new git repository at ``root``, committed; then, in a second commit, ADR 0021
    superseding ADR 0003 (written by `adr new --supersedes`) and ADR 0008 rejected."""
    repo = GitRepo.init(root)
    shutil.copytree(ROOT / "decisions", root / "decisions")
    repo.commit("Record the outcomes of the Xena PTG", "2021-04-23T12:00:00+00:00")
    created = cli(root, "new", "--supersedes", "3", "--status", "accepted", "--date", "2021-10-20", "--cycle", "yoga",
                  "--revisit", "never", "--no-git", SUPERSEDING)
    assert created.exit_code == 0, created.stderr
    assert cli(root, "reject", "8").exit_code == 0
    repo.commit("Yoga PTG: move to threading, drop the L3 spec rule", "2021-10-22T09:00:00+00:00")
    return root


@pytest.fixture(scope="module")
def log_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_log(tmp_path_factory.mktemp("mcp") / "project")


# -- the client --------------------------------------------------------------------------------------------


class Connection:
    """`adr mcp` started as a subprocess by the SDK's stdio client, with a client session to it, on an event
    loop in a thread of its own: module-scoped fixtures share one server, tests call it synchronously."""

    def __init__(self, root: Path, *options: str, writes: bool = False) -> None:
        from mcp import StdioServerParameters

        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.stop = self.run(self._event())
        params = StdioServerParameters(command=sys.executable, args=["-m", "adrtool", *options, "mcp",
                                                                     *(["--allow-writes"] if writes else [])],
                                       cwd=str(root), env=environment(root))
        ready: asyncio.Future[ClientSession] = self.loop.create_future()
        self.held = asyncio.run_coroutine_threadsafe(self._hold(params, ready), self.loop)
        self.session = self.run(self._wait(ready))

    @staticmethod
    async def _event() -> asyncio.Event:
        return asyncio.Event()

    @staticmethod
    async def _wait(ready: asyncio.Future[ClientSession]) -> ClientSession:
        return await ready

    async def _hold(self, params: StdioServerParameters, ready: asyncio.Future[ClientSession]) -> None:
        from mcp import ClientSession, stdio_client

        async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
            self.initialized = await session.initialize()
            ready.set_result(session)
            await self.stop.wait()

    def run(self, coroutine: Coroutine[Any, Any, Any]) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=60)

    def tool(self, name: str, **arguments: Any) -> Any:
        """The tool's answer (its structured content); fails on an error result."""
        result = self.run(self.session.call_tool(name, arguments))
        assert not result.is_error, result.content[0].text
        assert json.loads(result.content[0].text) == result.structured_content
        return result.structured_content

    def error(self, name: str, **arguments: Any) -> str:
        """The one line of the tool's error result."""
        result = self.run(self.session.call_tool(name, arguments))
        assert result.is_error
        assert len(result.content) == 1
        return str(result.content[0].text)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.stop.set)
        self.held.result(timeout=60)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=60)
        self.loop.close()


@pytest.fixture(scope="module")
def server(log_root: Path) -> Iterator[Connection]:
    connection = Connection(log_root)
    yield connection
    connection.close()


def without_guidance(entry: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in entry.items() if key not in ("do_not_follow", "successor")}


# -- read tools --------------------------------------------------------------------------------------------


def test_a_read_only_server_lists_the_read_tools_and_says_how_to_treat_a_withdrawn_decision(
        server: Connection) -> None:
    """Without --allow-writes the seven read tools are listed; each says when to use it and that a superseded
    or rejected decision must not be followed; those that return records, that its successor is named."""
    listed = server.run(server.session.list_tools()).tools
    assert [tool.name for tool in listed] == READ_TOOLS
    for tool in listed:
        assert tool.annotations.read_only_hint is True
        assert tool.input_schema["type"] == "object" and tool.input_schema["additionalProperties"] is False
        assert "Use it" in (tool.description or "")
    for tool in listed:
        assert "must not be followed" in tool.description or "never follow it" in tool.description, tool.name
    for tool in listed[:3]:
        assert "superseded, rejected or deprecated: never follow it; follow its `successor`" in tool.description
    assert server.initialized.server_info.name == "adrtool"
    assert "never follow it" in (server.initialized.instructions or "")


def test_list_is_adr_list_and_names_what_replaced_a_superseded_decision(server: Connection,
                                                                       log_root: Path) -> None:
    """`list` gives `adr list --format json`'s records (filters too); a superseded record names its successor,
    a rejected one says not to follow it."""
    answer = server.tool("list")
    assert [without_guidance(entry) for entry in answer["records"]] == cli_json(log_root, "list")
    assert answer["unreadable"] == []
    by_number = {entry["number"]: entry for entry in answer["records"]}
    assert by_number[3]["successor"] == 21
    assert by_number[3]["do_not_follow"] == (f"ADR 0003 is superseded by ADR 0021: do not follow ADR 0003; follow "
                                             f"ADR 0021 ({SUPERSEDING}, accepted) instead.")
    assert by_number[8]["do_not_follow"] == "ADR 0008 was rejected: it was never adopted; do not follow it."
    assert "do_not_follow" not in by_number[7] and "successor" not in by_number[21]
    filtered = server.tool("list", status=["accepted"], tag=["OVN", "linuxbridge"])
    assert filtered["records"] == cli_json(log_root, "list", "--status", "accepted", "--tag", "OVN",
                                           "--tag", "linuxbridge")
    assert {entry["number"] for entry in filtered["records"]} == {7, 13, 14}


def test_show_is_adr_show_with_revisits_links_both_ways_and_when_it_is_due(server: Connection,
                                                                         log_root: Path) -> None:
    """`show` gives `adr show --format json` (git dates and body included), when the revisit point falls due,
    the revisits recorded, and the links both ways with the other record's title."""
    answer = server.tool("show", ref="0007")
    expected = cli_json(log_root, "show", "7")
    assert {key: answer[key] for key in expected} == expected
    assert expected["created"] == "2021-04-23" and "NASA uses the Linuxbridge driver" in expected["body"]
    assert answer["revisit_due"] == {"point": "yoga", "due_on": "2021-10-18", "at": "Yoga PTG", "projected": False}
    assert answer["revisits"] == []
    outgoing = [(link["relation"], link["number"], link["title"]) for link in answer["links_both_ways"]["outgoing"]]
    assert outgoing == [("relates-to", 6, "Keep the iptables_hybrid firewall driver"),
                        ("relates-to", 15, "No migration away from iptables needed with nftables")]
    incoming = [(link["relation"], link["number"]) for link in answer["links_both_ways"]["incoming"]]
    assert incoming == [("relates-to", 6), ("relates-to", 15)]
    old = server.tool("show", ref="ADR-3")
    assert old["successor"] == 21 and old["status"] == "superseded"
    assert [(link["relation"], link["number"], link["status"]) for link in old["links_both_ways"]["outgoing"]] == [
        ("superseded-by", 21, "accepted")]
    assert [(link["relation"], link["number"]) for link in old["links_both_ways"]["incoming"]] == [("supersedes", 21)]


def test_search_ranks_the_record_a_question_is_about_first(server: Connection) -> None:
    """`search` leaves the question words out, finds the words a query word begins, and ranks the record whose
    title holds the rare word first, with the line that matched."""
    answer = server.tool("search", query="Why was Linuxbridge kept?")
    assert answer["words"] == ["linuxbridge", "kept"]
    first = answer["results"][0]
    assert (first["number"], first["matched"]) == (7, ["linuxbridge"])
    assert first["excerpt"].startswith("The future of the Linuxbridge backend and ML2 driver")
    assert [hit["score"] for hit in answer["results"]] == sorted((hit["score"] for hit in answer["results"]),
                                                                 reverse=True)
    threading_hits = server.tool("search", query="eventlet threading", limit=1)
    assert [hit["number"] for hit in threading_hits["results"]] == [3]
    assert threading_hits["results"][0]["successor"] == 21 and threading_hits["more"] >= 1
    assert server.tool("search", query="linux", status=["rejected"])["results"] == []


def test_due_is_adr_due_at_a_cycle_an_event_a_day_and_within_a_window(server: Connection, log_root: Path) -> None:
    """`due` gives `adr due --format json` at the Yoga PTG, at an event (cycle and event, or CYCLE:EVENT), on a
    day, within a window, and at the coming PTG; `deadline` is what the CLI's heading says."""
    yoga = server.tool("due", cycle="yoga")
    assert yoga["due"] == cli_json(log_root, "due", "--cycle", "yoga")
    assert [item["number"] for item in yoga["due"]] == [4, 5, 6, 7, 9, 10, 11, 14, 17, 18]
    assert yoga["deadline"] == "at the Yoga PTG (2021-10-18 to 2021-10-22)"
    assert cli(log_root, "due", "--cycle", "yoga").stdout.startswith(f"10 decisions due {yoga['deadline']}:")
    event = server.tool("due", cycle="yoga", event="ff")
    assert event == server.tool("due", cycle="yoga:ff")
    assert event["due"] == cli_json(log_root, "due", "--cycle", "yoga:ff")
    assert event["deadline"].startswith("at the Yoga feature freeze (")
    assert server.tool("due", as_of="2021-10-17")["due"] == cli_json(log_root, "due", "--as-of", "2021-10-17") == []
    assert server.tool("due", within="4w")["due"] == cli_json(log_root, "due", "--within", "4w")
    assert server.tool("due", within=28) == server.tool("due", within="28d")
    assert server.tool("due")["due"] == cli_json(log_root, "due")
    assert server.tool("due", cycle="yoga", status=["accepted"], tag="linuxbridge")["due"] == cli_json(
        log_root, "due", "--cycle", "yoga", "-s", "accepted", "-t", "linuxbridge")


def test_cycles_is_adr_cycles(server: Connection, log_root: Path) -> None:
    """`cycles` gives `adr cycles --format json` (projected series marked), and one cycle's events."""
    assert server.tool("cycles")["cycles"] == cli_json(log_root, "cycles")
    assert server.tool("cycles", as_of="2021-09-01")["cycles"] == cli_json(log_root, "cycles", "--as-of", "2021-09-01")
    xena = server.tool("cycles", cycle="Xena")
    assert xena["events"] == cli_json(log_root, "cycles", "xena")
    assert (xena["cycle"], xena["projected"]) == ("xena", False)
    assert any(row["point"] == "xena:ff" for row in xena["events"])


def test_log_is_adr_log(server: Connection, log_root: Path) -> None:
    """`log` gives `adr log --format json`: a record's timeline from git, and the whole log's changes."""
    timeline = server.tool("log", ref="3")
    assert timeline["events"] == cli_json(log_root, "log", "3")
    assert [(event["event"], event["to"]) for event in timeline["events"]] == [("created", "proposed"),
                                                                               ("status", "superseded"),
                                                                               ("superseded-by", [21])]
    assert timeline["notes"] == [] and timeline["truncated"] is None
    assert server.tool("log", since="2021-10-01")["events"] == cli_json(log_root, "log", "--since", "2021-10-01")


def test_validate_is_adr_validate(server: Connection, log_root: Path) -> None:
    """`validate` gives `adr validate --format json`'s findings, with the counts and the verdict."""
    answer = server.tool("validate")
    assert answer["findings"] == cli_json(log_root, "validate")
    assert (answer["errors"], answer["passed"]) == (0, True)
    assert answer["warnings"] == len(answer["findings"]) > 0  # the template hints left in ADR 0021
    assert server.tool("validate", strict=True)["passed"] is False
    assert server.tool("validate", ignore=["ADR2"])["findings"] == []


def test_each_record_and_the_index_are_resources(server: Connection, log_root: Path) -> None:
    """Every record is a resource holding its Markdown, named by number; so is the index, as `adr index`
    writes it; an unknown record is an MCP error with the CLI's line."""
    listed = server.run(server.session.list_resources()).resources
    assert [str(item.uri) for item in listed][:3] == ["adr://index", "adr://decisions/1", "adr://decisions/2"]
    assert len(listed) == 22
    superseded = next(item for item in listed if str(item.uri) == "adr://decisions/3")
    assert "do not follow ADR 0003; follow ADR 0021" in (superseded.description or "")
    record = server.run(server.session.read_resource("adr://decisions/7")).contents[0]
    assert record.text == (log_root / "decisions/0007-keep-the-linuxbridge-backend-supported-for-xena.md").read_text()
    assert record.mime_type == "text/markdown"
    index = server.run(server.session.read_resource("adr://index")).contents[0]
    assert index.text == (log_root / "decisions/README.md").read_text()
    templates = server.run(server.session.list_resource_templates()).resource_templates
    assert [template.uri_template for template in templates] == ["adr://decisions/{ref}"]
    from mcp.shared.exceptions import MCPError

    with pytest.raises(MCPError) as raised:
        server.run(server.session.read_resource("adr://decisions/99"))
    assert raised.value.message == cli(log_root, "show", "99").stderr.rstrip("\n")


def test_errors_are_the_cli_s_lines(server: Connection, log_root: Path) -> None:
    """A failure is an error result of one line, the line the CLI prints; bad arguments say which."""
    assert server.error("show", ref="99") == cli(log_root, "show", "99").stderr.rstrip("\n")
    assert server.error("due", cycle="yogurt") == cli(log_root, "due", "--cycle", "yogurt").stderr.rstrip("\n")
    assert server.error("due", cycle="xena:fff") == cli(log_root, "due", "--cycle", "xena:fff").stderr.rstrip("\n")
    assert server.error("show", ref="7", format="json") == ("adr: tool show has no argument 'format'; its "
                                                            "arguments: ref")
    assert server.error("show") == ("adr: tool show needs the argument 'ref': The record: its number (7, 0007, "
                                    "ADR-7), its file name, or its path.")
    assert server.error("due", cycle="yoga", within="4w") == "adr: give one of cycle, as_of and within"
    assert server.error("due", within="soon") == "adr: 'soon' is not a number of days or weeks, like 30d or 4w"
    assert server.error("list", status=[3]) == ("adr: argument 'status' of tool list must be a list of strings, "
                                                "not [3]")
    assert server.error("lst") == ("adr: no such tool 'lst' (did you mean list?); the tools: " + ", ".join(READ_TOOLS))


def test_a_read_only_server_refuses_to_write(server: Connection, log_root: Path) -> None:
    """Without --allow-writes a write tool is refused, and nothing changes."""
    before = snapshot(log_root)
    assert server.error("accept", ref="4", confirm=True) == ("adr: tool accept writes, and this server is read-only: "
                                                             "start it with `adr mcp --allow-writes` to write")
    assert snapshot(log_root) == before


# -- writes ------------------------------------------------------------------------------------------------


def snapshot(root: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted((root / "decisions").iterdir()) if path.is_file()}


def test_writes_show_their_diff_then_write_what_the_cli_writes(log_root: Path, tmp_path: Path) -> None:
    """With --allow-writes each write tool first answers with the diff and writes nothing; confirmed (with the
    plan it answered), it writes what the CLI writes, the index kept in step, and the log still validates."""
    mine, twin = tmp_path / "mine", tmp_path / "twin"
    shutil.copytree(log_root, mine)
    shutil.copytree(log_root, twin)
    writer = Connection(mine, "--dir", "decisions", writes=True)
    try:
        listed = writer.run(writer.session.list_tools()).tools
        assert [tool.name for tool in listed] == READ_TOOLS + WRITE_TOOLS
        assert all("writes nothing unless `confirm` is true" in (tool.description or "") for tool in listed[7:])
        assert all("must not be followed" in (tool.description or "") for tool in listed[7:])
        steps: list[tuple[str, dict[str, Any], list[str]]] = [
            ("accept", {"ref": "4"}, ["accept", "4"]),
            ("revisit", {"ref": "7", "outcome": "kept", "next": "Zed", "note": "NASA still uses it",
                         "date": "2021-10-19"},
             ["revisit", "7", "--outcome", "kept", "--next", "zed", "--note", "NASA still uses it", "--date",
              "2021-10-19"]),
            ("supersede", {"old": "9", "by": "10"}, ["supersede", "9", "--by", "10"]),
            ("new", {"title": "Adopt the threading backend for the agents", "cycle": "yoga", "revisit": "zed:ff",
                     "date": "2021-10-21", "tags": ["threading"], "supersedes": [11]},
             ["new", "--cycle", "yoga", "--revisit", "zed:ff", "--date", "2021-10-21", "--tag", "threading",
              "--supersedes", "11", "Adopt the threading backend for the agents"]),
        ]
        for tool, arguments, command in steps:
            before = snapshot(mine)
            preview = writer.tool(tool, **arguments)
            assert preview["written"] is False and snapshot(mine) == before
            assert preview["next"].startswith(f"Nothing was written. To write exactly this diff, call {tool} again")
            assert preview["files"][-1] == {"path": "decisions/README.md", "change": "index brought in step"}
            written = writer.tool(tool, **arguments, confirm=True, plan=preview["plan"])
            assert (written["written"], written["diff"], written["files"]) == (True, preview["diff"],
                                                                               preview["files"])
            after = snapshot(mine)
            assert preview["diff"] == "".join(  # the diff shown is the change made
                file_diff(item["path"], before.get(Path(item["path"]).name), after[Path(item["path"]).name])
                for item in preview["files"])
            assert written["validate"]["errors"] == 0
            made = cli(twin, *command)
            assert made.exit_code == 0, made.stderr
            assert snapshot(mine) == snapshot(twin), tool
        assert "+status: accepted\n" in writer.tool("accept", ref="17", confirm=False)["diff"]
        new_diff = written["diff"]
        assert new_diff.startswith("--- /dev/null\n+++ b/decisions/0022-adopt-the-threading-backend-for-the-agents.md")
        assert '+revisit: "zed:ff"\n' in new_diff and "+supersedes: [11]\n" in new_diff
        assert writer.tool("show", ref="7")["revisits"] == [
            {"date": "2021-10-19", "cycle": "yoga", "outcome": "kept", "next": "zed", "note": "NASA still uses it"}]
        assert cli(mine, "validate").exit_code == 0
        assert cli(mine, "index", "--check").exit_code == 0
    finally:
        writer.close()


def test_link_writes_both_ways_and_a_stale_plan_is_refused(log_root: Path, tmp_path: Path) -> None:
    """`link` relates two records both ways; a link already there is refused; a confirmed write whose diff is
    no longer the preview's (the record was edited beside the line it changes) writes nothing."""
    mine = tmp_path / "mine"
    shutil.copytree(log_root, mine)
    writer = Connection(mine, writes=True)
    try:
        preview = writer.tool("link", ref="12", to="19")
        assert "-relates-to: [20]\n+relates-to: [20, 12]\n" in preview["diff"]
        assert preview["files"][:2] == [
            {"path": "decisions/0012-close-the-stale-blueprints-reviewed-at-the-ptg.md", "change": "relates-to ADR 0019"},
            {"path": "decisions/0019-agree-with-nova-on-guaranteed-minimum-packet-rate-qos.md",
             "change": "relates-to ADR 0012"}]
        assert writer.tool("link", ref="12", to="19", confirm=True, plan=preview["plan"])["written"] is True
        assert writer.tool("show", ref="12")["relates_to"] == [19]
        assert writer.tool("show", ref="19")["relates_to"] == [20, 12]
        assert cli(mine, "validate").exit_code == 0
        assert writer.tool("link", ref="19", to="12") == {  # as `adr link` says it, exit 0
            "written": False, "diff": "", "files": [],
            "nothing_to_do": "ADR 0019 relates-to ADR 0012 already, both ways; nothing to change"}
        assert writer.error("link", ref="19", to="19") == "adr: ADR 0019 cannot be linked to itself"
        assert writer.error("link", ref="19", relation="extends", to="12") == cli(
            mine, "link", "19", "extends", "12").stderr.rstrip("\n")
        amends = writer.tool("link", ref="19", relation="amends", to="20")
        assert "+amends: [20]\n" in amends["diff"] and "+amended-by: [19]\n" in amends["diff"]
        stale = writer.tool("accept", ref="17")
        path = next((mine / "decisions").glob("0017-*.md"))
        path.write_text(path.read_text().replace("date: 2021-04-22", "date: 2021-04-21"))  # beside the status
        edited = snapshot(mine)
        assert writer.error("accept", ref="17", confirm=True, plan=stale["plan"]) == (
            f"adr: the log changed since the preview: its diff is no longer plan {stale['plan']!r}; nothing was "
            "written (preview again, without confirm)")
        assert snapshot(mine) == edited
    finally:
        writer.close()


# -- the protocol channel and the extra ----------------------------------------------------------------------


def test_stdout_carries_the_protocol_alone(log_root: Path, tmp_path: Path) -> None:
    """Everything on the server's stdout is a JSON-RPC message, even when adrtool warns (a cache directory
    others can write to): the warning goes to stderr. (Started outside the project, it is named by --project.)"""
    cache = tmp_path / "shared-cache"
    cache.mkdir()
    cache.chmod(0o777)
    messages = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "raw", "version": "0"}}},
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "list", "arguments": {}}},
        {"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": {"name": "log", "arguments": {"ref": "7"}}},
    ]
    server = subprocess.Popen([sys.executable, "-m", "adrtool", "mcp", "--project", str(log_root)], cwd=tmp_path,
                              stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, **environment(log_root), "ADR_CACHE_DIR": str(cache)})
    assert server.stdin is not None and server.stdout is not None
    replies = []
    for message in messages:
        server.stdin.write(json.dumps(message) + "\n")
        server.stdin.flush()
        if "id" in message:
            replies.append(json.loads(server.stdout.readline()))
    _, errors = server.communicate(timeout=60)  # stdin closed: the server ends, having written nothing more
    assert (server.returncode, _) == (0, "")
    assert [reply["id"] for reply in replies] == [1, 2, 3]
    assert all(reply["jsonrpc"] == "2.0" and "result" in reply for reply in replies)
    assert len(replies[1]["result"]["structuredContent"]["records"]) == 21
    assert replies[2]["result"]["structuredContent"]["events"][0]["event"] == "created"
    assert f"adr: not using the cache at {cache}" in errors


OPENING = [
    {"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
        "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "raw", "version": "0"}}},
    {"jsonrpc": "2.0", "method": "notifications/initialized"},
]


def tool_call(request_id: int, name: str, **arguments: Any) -> dict[str, Any]:
    return {"jsonrpc": "2.0", "id": request_id, "method": "tools/call",
            "params": {"name": name, "arguments": arguments}}


def exchange(root: Path, *messages: dict[str, Any] | str) -> tuple[dict[Any, dict[str, Any]], subprocess.CompletedProcess[str]]:
    """The replies of `adr mcp` in ``root`` to the opening handshake and ``messages`` (a string is sent as the
    line it is), all written at once and followed by the end of input, by id; and the finished process."""
    lines = [json.dumps(message) for message in OPENING]
    lines += [message if isinstance(message, str) else json.dumps(message) for message in messages]
    server = subprocess.run([sys.executable, "-m", "adrtool", "mcp"], cwd=root, input="\n".join(lines) + "\n",
                            capture_output=True, text=True, timeout=120, env={**os.environ, **environment(root)})
    replies = [json.loads(line) for line in server.stdout.splitlines()]
    by_id = {reply["id"]: reply for reply in replies}
    assert len(by_id) == len(replies) or None in by_id, server.stdout
    return by_id, server


def test_file_names_that_are_not_utf8_come_back_with_replacement_characters(tmp_path: Path) -> None:
    """A record whose file name is not UTF-8 is listed, shown and validated with U+FFFD for each byte that is
    not, as one answer among others; its resource's URI keeps the byte percent-encoded, and reads it."""
    root = tmp_path / "project"
    root.mkdir()
    assert cli(root, "init").exit_code == 0
    record = "# {}\n\n## Status\n\nAccepted\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\nx\n"
    (root / "decisions" / os.fsdecode(b"0002-caf\xe9.md")).write_text(record.format("Latin"))
    (root / "decisions" / os.fsdecode(b"0003-th\xe9.md")).write_text(record.format("Tea"))
    (root / "decisions" / "0003-the.md").write_text(record.format("The"))
    replies, server = exchange(root, tool_call(1, "list"), tool_call(2, "show", ref="2"), tool_call(3, "validate"),
                               {"jsonrpc": "2.0", "id": 4, "method": "resources/list"},
                               {"jsonrpc": "2.0", "id": 5, "method": "resources/read",
                                "params": {"uri": "adr://decisions/0003-th%E9.md"}})
    assert (server.returncode, server.stderr) == (0, "")
    listed = replies[1]["result"]["structuredContent"]["records"]
    assert [entry["path"] for entry in listed] == ["decisions/0001-record-architecture-decisions.md",
                                                   "decisions/0002-caf\ufffd.md", "decisions/0003-the.md",
                                                   "decisions/0003-th\ufffd.md"]
    assert json.loads(replies[1]["result"]["content"][0]["text"]) == replies[1]["result"]["structuredContent"]
    assert replies[2]["result"]["structuredContent"]["path"] == "decisions/0002-caf\ufffd.md"
    assert {finding["path"] for finding in replies[3]["result"]["structuredContent"]["findings"]} >= {
        "decisions/0002-caf\ufffd.md", "decisions/0003-th\ufffd.md"}
    uris = [resource["uri"] for resource in replies[4]["result"]["resources"]]
    assert uris == ["adr://index", "adr://decisions/1", "adr://decisions/2", "adr://decisions/0003-the.md",
                    "adr://decisions/0003-th%E9.md"]
    assert replies[5]["result"]["contents"][0]["text"] == record.format("Tea")


def test_every_request_gets_an_answer_even_a_line_that_is_none(tmp_path: Path) -> None:
    """A line that is not JSON, JSON nested too deeply, a request holding a lone surrogate and JSON that is no
    request each get JSON-RPC's error (under the request's id when it has one), and the server goes on; every
    request written before the end of input is answered, the last one too."""
    root = tmp_path / "project"
    root.mkdir()
    assert cli(root, "init").exit_code == 0
    surrogate = '{"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": {"name": "search", ' \
                '"arguments": {"query": "\\ud800"}}}'
    replies, server = exchange(root, "not json", "[" * 100_000 + "]" * 100_000, surrogate,
                               {"jsonrpc": "2.0", "id": 4}, {"jsonrpc": "2.0", "id": 5, "method": "ping"},
                               tool_call(6, "list"), tool_call(7, "validate"))
    assert (server.returncode, server.stderr) == (0, "")
    assert sorted(replies, key=str) == [0, 3, 4, 5, 6, 7, None]
    assert [line for line in server.stdout.splitlines() if '"id":null' in line] == [
        '{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"adr: the line is not JSON: Expecting value: '
        'line 1 column 1 (char 0)"}}',
        '{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"adr: the line\'s JSON is nested too deeply"}}']
    assert replies[3]["error"] == {"code": -32600, "message": "adr: the request holds a lone surrogate (an escape "
                                   "from \\ud800 to \\udfff not in a pair), which is no character"}
    assert replies[4]["error"] == {"code": -32600, "message": 'adr: not a JSON-RPC 2.0 request: it needs jsonrpc '
                                   '"2.0", an id, a method and, if any, params that are an object'}
    assert replies[5]["result"] == {}
    assert replies[7]["result"]["structuredContent"]["passed"] is True


def test_a_blank_line_between_requests_is_passed_over(tmp_path: Path) -> None:
    """Round 50: a blank line got JSON-RPC's parse error naming "line 2" (of a line that has one). A blank line,
    or one of blanks alone, holds no message and gets no answer, as clients' transports pass it over; a line that is
    not JSON after it is still answered, as its own line 1."""
    root = tmp_path / "project"
    root.mkdir()
    assert cli(root, "init").exit_code == 0
    replies, server = exchange(root, "", "   \t", {"jsonrpc": "2.0", "id": 5, "method": "ping"}, "", "not json",
                               {"jsonrpc": "2.0", "id": 6, "method": "ping"})
    assert (server.returncode, server.stderr) == (0, "")
    assert server.stdout.splitlines()[1:] == [
        '{"jsonrpc":"2.0","id":5,"result":{}}',
        '{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"adr: the line is not JSON: Expecting value: '
        'line 1 column 1 (char 0)"}}',
        '{"jsonrpc":"2.0","id":6,"result":{}}']
    assert sorted(replies, key=str) == [0, 5, 6, None]


def test_a_request_whose_id_mcp_does_not_allow_is_answered_under_no_id(tmp_path: Path) -> None:
    """A request whose id is null, a fraction (4.5, 4.0), a boolean, a list or an object is no notification: each
    gets JSON-RPC's invalid request under the id null, in the order sent; a notification gets nothing, and a
    request after them is answered."""
    root = tmp_path / "project"
    root.mkdir()
    assert cli(root, "init").exit_code == 0
    ids = ["null", "4.5", "4.0", "true", "[1]", '{"a": 1}']
    requests = [f'{{"jsonrpc": "2.0", "id": {value}, "method": "ping"}}' for value in ids]
    _, server = exchange(root, *requests, {"jsonrpc": "2.0", "method": "notifications/ping"},
                         {"jsonrpc": "2.0", "id": 9, "method": "ping"})
    assert (server.returncode, server.stderr) == (0, "")
    kinds = ["null", *["a number with a fraction or an exponent"] * 2, "a boolean", "a list", "an object"]
    assert [json.loads(line) for line in server.stdout.splitlines()[1:]] == [
        *({"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": "adr: not a request MCP answers: its "
                                                    f"id must be a string or an integer, not {kind}"}}
          for kind in kinds),
        {"jsonrpc": "2.0", "id": 9, "result": {}}]


def test_a_closed_stdin_or_a_full_stdout_is_one_line(tmp_path: Path) -> None:
    """`adr mcp <&-` and `adr mcp >/dev/full` each end with one line and exit 2."""
    root = tmp_path / "project"
    root.mkdir()
    assert cli(root, "init").exit_code == 0
    env = {**os.environ, **environment(root)}
    closed = subprocess.run(["sh", "-c", 'exec "$0" -m adrtool mcp <&-', sys.executable], cwd=root,
                            capture_output=True, text=True, timeout=120, env=env)
    assert (closed.returncode, closed.stdout, closed.stderr) == (2, "", "adr: cannot read requests: stdin is closed\n")
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    with open("/dev/full", "w") as full:
        failed = subprocess.run([sys.executable, "-m", "adrtool", "mcp"], cwd=root, input=json.dumps(OPENING[0]) + "\n",
                                stdout=full, stderr=subprocess.PIPE, text=True, timeout=120, env=env)
    assert (failed.returncode, failed.stderr) == (2, "adr: cannot serve MCP on stdin and stdout: No space left on "
                                                     "device\n")


def test_a_request_the_client_cancelled_is_not_waited_for_at_the_end_of_input() -> None:
    """The end of input waits for the answers of the requests read, but not for one the client cancelled (which
    the server never answers), its id named as a string or a number."""
    from mcp import types

    from adrtool.mcp.channel import Channel

    channel = Channel(None, None)
    channel.read(types.JSONRPCRequest(jsonrpc="2.0", id=8, method="tools/call"))
    channel.read(types.JSONRPCRequest(jsonrpc="2.0", id="x", method="ping"))
    channel.read(types.JSONRPCNotification(jsonrpc="2.0", method="notifications/cancelled", params={"requestId": "8"}))
    channel.written(types.JSONRPCResponse(jsonrpc="2.0", id="x", result={}))
    waiting = channel.answered()
    with pytest.raises(StopIteration):  # it returns at once, never waiting
        waiting.send(None)
