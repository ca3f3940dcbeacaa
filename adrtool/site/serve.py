"""`adr site --serve`: the built site on localhost, built again when a record changes.

A plain ``http.server`` serves the output directory (which each build replaces whole, so a page is never
read half-written); the decision directory is looked at once a second, by the name, size and time of each
file in it.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Callable
from pathlib import Path

from adrtool.errors import AdrError

POLL_SECONDS = 1.0
# How often the server's loop looks for a request to stop: Ctrl-C waits this long at most (the standard
# library's default is half a second).
STOP_POLL_SECONDS = 0.05


def fingerprint(directory: Path) -> tuple[tuple[str, int, int], ...]:
    """What changes when a record is added, removed or edited."""
    found = []
    try:
        for entry in directory.iterdir():
            try:
                stat = entry.stat()
            except OSError:
                continue
            found.append((entry.name, stat.st_size, stat.st_mtime_ns))
    except OSError:
        return ()
    return tuple(sorted(found))


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def start_server(root: Path, port: int) -> http.server.ThreadingHTTPServer:
    """A server of ``root`` on 127.0.0.1 (never another interface), in a background thread."""
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, args=(STOP_POLL_SECONDS,), daemon=True).start()
    return server


def watch(directory: Path, rebuild: Callable[[], object], stop: threading.Event,
          announce: Callable[[str], None], poll: float = POLL_SECONDS) -> None:
    """Call ``rebuild`` each time the directory's fingerprint changes, until ``stop`` is set."""
    seen = fingerprint(directory)
    while not stop.wait(poll):
        now = fingerprint(directory)
        if now == seen:
            continue
        seen = now
        try:
            rebuild()
        except AdrError as error:  # a record saved half-way through an edit: say so, keep serving
            announce(f"adr: the site was not rebuilt: {error}")
        else:
            announce("adr: rebuilt the site")


def serve(root: Path, port: int, directory: Path, rebuild: Callable[[], object],
          announce: Callable[[str], None], stop: threading.Event | None = None, poll: float = POLL_SECONDS) -> None:
    """Serve ``root`` and rebuild it as ``directory`` changes, until interrupted (or ``stop`` is set)."""
    server = start_server(root, port)
    host, bound = server.server_address[:2]
    shown = host.decode() if isinstance(host, bytes) else host
    announce(f"adr: serving http://{shown}:{bound}/ (Ctrl-C stops)")
    try:
        watch(directory, rebuild, stop or threading.Event(), announce, poll)
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()
