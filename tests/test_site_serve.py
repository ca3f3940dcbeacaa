"""`adr site --serve`: the site on localhost, built again when a record changes."""

from __future__ import annotations

import datetime
import threading
import time
import urllib.request
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
    server = threading.Thread(target=serve.serve, args=(output, 0, workspace.decision_dir, make, said.append, stop),
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
