"""`adr site --serve`: the site on localhost, built again when what it is built from changes."""

from __future__ import annotations

import datetime
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from conftest import Project
from gitrepo import record


def test_serve_builds_again_when_a_record_changes(project: Project, tmp_path: Path) -> None:
    """The server answers on 127.0.0.1 with the built pages; editing a record rebuilds the site, and the next
    request gets the new page."""
    from adrtool.calendar.cycles import load_calendar
    from adrtool.project.workspace import locate
    from adrtool.records.log import read_log
    from adrtool.site import build, serve

    project.write("decisions/0001-use-adrs.md", record("accepted", "Use ADRs"))
    workspace = locate(project.root)
    output = tmp_path / "site"

    def make() -> None:
        log = read_log(workspace.require_dir())
        source = build.gather(workspace, log, load_calendar(None), datetime.date(2021, 5, 1),
                              lambda r: r.path.read_text(encoding="utf-8"), use_git=False)
        build.write_site(source, output)

    make()
    said: list[str] = []
    stop = threading.Event()
    server = threading.Thread(target=serve.serve, args=(output, 0, lambda: serve.inputs(workspace), make, said.append,
                                                        stop),
                              kwargs={"poll": 0.05})
    server.start()
    try:
        deadline = time.monotonic() + 20
        while not said and server.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)
        address = said[0].split()[2]
        assert said[0] == f"adr: serving {address} (Ctrl-C stops)" and address.startswith("http://127.0.0.1:")
        page = urllib.request.urlopen(address + "records/0001-use-adrs.html", timeout=10).read().decode()
        assert "<h1>Use ADRs</h1>" in page
        project.write("decisions/0001-use-adrs.md", record("accepted", "Use architecture decision records"))
        deadline = time.monotonic() + 20
        while "adr: rebuilt the site" not in said and time.monotonic() < deadline:
            time.sleep(0.02)
        assert said[1:] == ["adr: rebuilt the site"]
        page = urllib.request.urlopen(address + "records/0001-use-adrs.html", timeout=10).read().decode()
        assert "<h1>Use architecture decision records</h1>" in page
    finally:
        stop.set()
        server.join(timeout=10)
    assert not server.is_alive()


class Steps:
    """A stop event for ``serve.watch`` whose every wait runs the next step (no time passes), and that is set
    once the steps are done."""

    def __init__(self, *steps: Callable[[], object]) -> None:
        self.steps = list(steps)

    def wait(self, timeout: float | None = None) -> bool:
        if not self.steps:
            return True
        self.steps.pop(0)()
        return False


def test_what_the_site_is_built_from_is_watched(project: Project, tmp_path: Path) -> None:
    """Every log and area of the project, the config, the calendar and the templates are watched: the files
    of the logs (and of records kept in folders of their own), the names in the folders where a log or a
    template would appear, and the files that name or configure the logs; nothing of the site itself."""
    from adrtool.project.workspace import locate
    from adrtool.site import serve

    project.write(".adr.toml", 'dirs = ["one/adr", "two/adr"]\ncalendar = "cycles.toml"\ntemplates = "tpl"\n')
    project.write("one/adr/0001-a.md", record("accepted", "A"))
    project.write("two/adr/0001-b.md", record("accepted", "B"))
    project.write("two/adr/0002-c/README.md", record("accepted", "C"))
    project.write("cycles.toml", "")
    project.write("tpl/record.md.j2", "x")
    root = project.root.resolve()
    watched = serve.inputs(locate(project.root), root / "two/adr/site")
    assert watched == serve.Inputs(
        folders=(root / "one/adr", root / "two/adr", root / "tpl"),
        names=(root / "one", root, root / "two"),
        files=(root / "adrs.toml", root / ".adr-dir", root / ".adr.json", root / "adr.config.json",
               root / "dotadr.json", root / ".log4brains.yml", root / ".adr.toml",
               root / "cycles.toml"),
        output=root / "two/adr/site")
    before = serve.fingerprint(watched)
    project.write("two/adr/site/index.html", "<p>the site, written into a log</p>")
    assert serve.fingerprint(watched) == before
    for path, text in (("two/adr/0001-b.md", "changed"), ("two/adr/0002-c/README.md", "changed"),
                       (".adr.toml", 'dirs = ["one/adr"]\n'), ("cycles.toml", "# changed"),
                       ("tpl/record.md.j2", "changed"), ("one/adr-template.md", "# a template for the topic")):
        project.write(path, text)
        after = serve.fingerprint(watched)
        assert after != before, path
        before = after


def test_a_change_in_any_log_rebuilds_and_a_log_the_config_adds_is_watched_after(project: Project) -> None:
    """The server rebuilds once for an edit in its second log, once for the config that adds a third log,
    and then once for an edit in that log: what it watches is asked again after each rebuild."""
    from adrtool.records.logs import locate_logs
    from adrtool.site import serve

    project.write(".adr.toml", 'dirs = ["one/adr", "two/adr"]\n')
    project.write("one/adr/0001-a.md", record("accepted", "A"))
    project.write("two/adr/0001-b.md", record("accepted", "B"))
    built: list[str] = []
    said: list[str] = []

    def third_log() -> None:
        project.write("three/adr/0001-c.md", record("accepted", "C"))
        project.write(".adr.toml", 'dirs = ["one/adr", "two/adr", "three/adr"]\n')

    steps = Steps(lambda: None, lambda: project.write("two/adr/0001-b.md", record("accepted", "B, edited")),
                  lambda: None, third_log, lambda: project.write("three/adr/0001-c.md", record("accepted", "C, edited")))
    serve.watch(lambda: serve.inputs(locate_logs(project.root, None)), lambda: built.append("built"),
                steps, said.append)
    assert (built, said) == (["built"] * 3, ["adr: rebuilt the site"] * 3)


def test_a_request_addressed_to_another_host_is_refused(tmp_path: Path) -> None:
    """The server answers a request for 127.0.0.1 or localhost at its port; one whose Host names another site
    (a DNS name pointed at 127.0.0.1: DNS rebinding) gets 421, not the page."""
    from adrtool.site import serve

    (tmp_path / "index.html").write_text("<p>a private log</p>", encoding="utf-8")
    server = serve.start_server(tmp_path, 0)
    port = server.server_address[1]
    try:
        for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST:{port}"):
            request = urllib.request.Request(f"http://127.0.0.1:{port}/index.html", headers={"Host": host})
            assert urllib.request.urlopen(request, timeout=10).read() == b"<p>a private log</p>"
        for host in (f"attacker.example:{port}", "localhost", f"127.0.0.1:{port + 1}", f"localhost.attacker.example:{port}"):
            request = urllib.request.Request(f"http://127.0.0.1:{port}/index.html", headers={"Host": host})
            try:
                urllib.request.urlopen(request, timeout=10)
            except urllib.error.HTTPError as refused:
                assert refused.code == 421
                assert b"a private log" not in refused.read()
            else:
                raise AssertionError(f"{host} was answered")
    finally:
        server.shutdown()
        server.server_close()


def status_of(port: int, head: str) -> str:
    """The status line the server at ``port`` answers the request ``head`` (its lines, without the blank line
    that ends them) with, sent as it is."""
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(head.encode("ascii") + b"\r\n\r\n")
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    return answer.split(b"\r\n", 1)[0].decode("ascii")


def test_the_host_is_taken_as_http_1_1_says(tmp_path: Path) -> None:
    """Two Host headers (the first its own, or both), or none in an HTTP/1.1 request, get 400 (RFC 9112 section
    3.2); the blanks around a Host's value are no part of it; a request target in the absolute form names the
    host in place of the Host header: another host gets 421, this one the page; an empty Host gets 421."""
    from adrtool.site import serve

    (tmp_path / "index.html").write_text("<p>a private log</p>", encoding="utf-8")
    server = serve.start_server(tmp_path, 0)
    port = server.server_address[1]
    own = f"127.0.0.1:{port}"
    refused = "421 This server answers to 127.0.0.1 and localhost only"
    close = "\r\nConnection: close"
    cases = [
        (f"GET /index.html HTTP/1.1\r\nHost: {own}\r\nHost: evil.example{close}", "400 A request has one Host header"),
        (f"HEAD /index.html HTTP/1.1\r\nHost: {own}\r\nhost: {own}{close}", "400 A request has one Host header"),
        (f"GET /index.html HTTP/1.1{close}", "400 An HTTP/1.1 request has a Host header"),
        (f"GET /index.html HTTP/1.1\r\nHost: {own} \t{close}", "200 OK"),
        (f"GET http://evil.example/index.html HTTP/1.1\r\nHost: {own}{close}", refused),
        (f"GET http://localhost:{port}/index.html HTTP/1.1\r\nHost: evil.example{close}", "200 OK"),
        (f"GET ftp://{own}/index.html HTTP/1.1\r\nHost: {own}{close}",
         "400 The request target is neither a path nor an http URL"),
        (f"GET /index.html HTTP/1.1\r\nHost:{close}", refused),
        ("GET /index.html HTTP/1.0", refused),
    ]
    try:
        assert [(request, status_of(port, request)) for request, _ in cases] == [
            (request, f"HTTP/1.0 {status}") for request, status in cases]
    finally:
        server.shutdown()
        server.server_close()
