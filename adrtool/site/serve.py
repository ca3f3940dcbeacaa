"""`adr site --serve`: the built site on localhost, built again when what it is built from changes.

A plain ``http.server`` serves the output directory (which each build replaces whole, so a page is never
read half-written), and only to requests addressed to it by its own name: a page elsewhere whose DNS name
is pointed at 127.0.0.1 (DNS rebinding) is refused, so it cannot read a private log while the server runs.
What the site is built from (``Inputs``: every log and area, records kept in folders, the config, the
calendar, templates) is looked at once a second, by the name, size and time of each file.
"""

from __future__ import annotations

import functools
import http.server
import io
import os
import threading
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from adrtool.errors import AdrError

if TYPE_CHECKING:
    from adrtool.project.workspace import Workspace

POLL_SECONDS = 1.0
# How often the server's loop looks for a request to stop: Ctrl-C waits this long at most (the standard
# library's default is half a second).
STOP_POLL_SECONDS = 0.05
HOST = "127.0.0.1"


@dataclass(frozen=True)
class Inputs:
    """What a site is built from: ``folders`` whose files are looked at (each entry's size and time, and its
    subfolders' entries: records kept in folders of their own), folders whose ``names`` alone are (where a
    log or a template would appear: what a build writes beside them changes their time, not their names), and
    single ``files``, which may be missing. Nothing in ``output`` (the site, should it be written into a log)
    counts."""

    folders: tuple[Path, ...]
    names: tuple[Path, ...] = ()
    files: tuple[Path, ...] = ()
    output: Path | None = None


def inputs(workspace: Workspace, output: Path | None = None) -> Inputs:
    """What ``workspace``'s site is built from: every log and area, the project's templates, the folders
    searched to find the logs, the files that name them (config, `.adr-dir` ...), the calendar, and the
    template the log's topics share."""
    from adrtool.project.discovery import topic_folders, topic_template
    from adrtool.project.workspace import DISCOVERY_FILES

    config = workspace.config
    logs = [log.directory for log in workspace.logs]
    folders = [*logs, *([config.templates] if config.templates is not None else [])]
    names = [*workspace.watched, *(folder for log in logs for folder in topic_folders(log, workspace.root))]
    files = [workspace.root / name for name in DISCOVERY_FILES]
    files += [path for path in (config.source, config.calendar) if path is not None]
    files += [template for log in logs if (template := topic_template(log, workspace.root)) is not None]
    return Inputs(_distinct(folders), _distinct(names), _distinct(files), output)


def _distinct(paths: list[Path]) -> tuple[Path, ...]:
    return tuple(dict.fromkeys(paths))


Signature = tuple[tuple[str, int, int], ...]


def fingerprint(watched: Inputs) -> Signature:
    """What changes when a record, a log, the config or a template is added, removed or edited."""
    found: list[tuple[str, int, int]] = []
    besides = str(watched.output) if watched.output is not None else None
    for folder in watched.folders:
        _listed(str(folder), found, 1, besides)
    for folder in watched.names:
        _listed(str(folder), found, 0, besides, stat=False)
    for path in watched.files:
        try:
            stat = os.stat(path)
        except OSError:
            continue
        found.append((str(path), stat.st_size, stat.st_mtime_ns))
    return tuple(sorted(found))


def _listed(folder: str, found: list[tuple[str, int, int]], depth: int, besides: str | None,
            stat: bool = True) -> None:
    """Each entry of ``folder`` (with its size and time, if ``stat``), and ``depth`` levels of its
    subfolders', but ``besides``."""
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.path == besides:
                    continue
                if not stat:
                    found.append((entry.path, 0, 0))
                    continue
                try:
                    status = entry.stat()
                except OSError:
                    continue
                found.append((entry.path, status.st_size, status.st_mtime_ns))
                if depth and entry.is_dir():
                    _listed(entry.path, found, depth - 1, besides)
    except OSError:
        pass


class _Handler(http.server.SimpleHTTPRequestHandler):
    """The site's files, to a request that names this server as its host; quietly (no line per request)."""

    def send_head(self) -> io.BytesIO | BinaryIO | None:
        refusal = self._refusal()
        if refusal is not None:
            self.send_error(*refusal)
            return None
        return super().send_head()

    def _refusal(self) -> tuple[HTTPStatus, str] | None:
        """Why the request is not answered, if it is not: HTTP/1.1's rules on the Host header broken (RFC 9112
        section 3.2), or a host named (by the request target, else by the Host header) that is not this
        server's. A target naming this server is made the path it names."""
        hosts = self.headers.get_all("Host") or []
        if len(hosts) > 1:
            return HTTPStatus.BAD_REQUEST, "A request has one Host header"
        if not hosts and self.request_version == "HTTP/1.1":
            return HTTPStatus.BAD_REQUEST, "An HTTP/1.1 request has a Host header"
        named = hosts[0] if hosts else ""
        if not self.path.startswith("/"):  # the absolute form, http://host/path: its host, not the header's
            target = urllib.parse.urlsplit(self.path)
            if target.scheme.lower() != "http" or not target.netloc:
                return HTTPStatus.BAD_REQUEST, "The request target is neither a path nor an http URL"
            named = target.netloc
            self.path = urllib.parse.urlunsplit(("", "", target.path or "/", target.query, ""))
        if named.strip(" \t").lower() not in own_hosts(self.server.server_address):
            return HTTPStatus.MISDIRECTED_REQUEST, "This server answers to 127.0.0.1 and localhost only"
        return None

    def log_message(self, format: str, *args: object) -> None:
        pass


def own_hosts(address: object) -> frozenset[str]:
    """The Host headers of a request addressed to the server bound at ``address`` (host, port)."""
    port = address[1] if isinstance(address, tuple) else None
    names = (HOST, "localhost")
    return frozenset([*(f"{name}:{port}" for name in names), *(names if port == 80 else ())])


def start_server(root: Path, port: int) -> http.server.ThreadingHTTPServer:
    """A server of ``root`` on 127.0.0.1 (never another interface), in a background thread."""
    handler = functools.partial(_Handler, directory=str(root))
    server = http.server.ThreadingHTTPServer((HOST, port), handler)
    threading.Thread(target=server.serve_forever, args=(STOP_POLL_SECONDS,), daemon=True).start()
    return server


def watch(watched: Callable[[], Inputs], rebuild: Callable[[], object], stop: threading.Event,
          announce: Callable[[str], None], poll: float = POLL_SECONDS) -> None:
    """Call ``rebuild`` each time the fingerprint of what ``watched`` names changes, until ``stop`` is set;
    after a rebuild, what it names is asked again (a log may have been added)."""
    places = watched()
    seen = fingerprint(places)
    while not stop.wait(poll):
        now = fingerprint(places)
        if now == seen:
            continue
        try:
            rebuild()
        except AdrError as error:  # a record saved half-way through an edit: say so, keep serving
            announce(f"adr: the site was not rebuilt: {error}")
        else:
            announce("adr: rebuilt the site")
        try:
            renewed = watched()
        except AdrError:  # the config is broken now: the places it named are watched until it is fixed
            renewed = places
        # A change made while the site was being built is seen at the next look, unless what is watched changed
        seen = now if renewed == places else fingerprint(renewed)
        places = renewed


def serve(root: Path, port: int, watched: Callable[[], Inputs], rebuild: Callable[[], object],
          announce: Callable[[str], None], stop: threading.Event | None = None, poll: float = POLL_SECONDS) -> None:
    """Serve ``root`` and rebuild it as what ``watched`` names changes, until interrupted (or ``stop`` is
    set)."""
    server = start_server(root, port)
    host, bound = server.server_address[:2]
    shown = host.decode() if isinstance(host, bytes) else host
    announce(f"adr: serving http://{shown}:{bound}/ (Ctrl-C stops)")
    try:
        watch(watched, rebuild, stop or threading.Event(), announce, poll)
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()
