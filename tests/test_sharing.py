"""Work shared out with a forked worker gives what one process gives, in order, whatever the worker does."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from adrtool.cache.sharing import may_fork, share_out

from forking import ForkServer


def squares(chunk: Sequence[int]) -> list[tuple[int, int, int]]:
    return [(item, item * item, os.getpid()) for item in chunk]


def test_the_results_come_in_the_items_order_from_both_processes(tmp_path: Path, fork_server: ForkServer) -> None:
    """Both processes take chunks (each waits, at its first, until the other has taken one too, so that neither
    can empty the queue alone), and the results come in the items' order."""
    fork_server.call(the_results_come_in_the_items_order_from_both_processes, tmp_path)


def the_results_come_in_the_items_order_from_both_processes(tmp_path: Path) -> None:
    taken = tmp_path / "taken"

    def both(chunk: Sequence[int]) -> list[tuple[int, int, int]]:
        with taken.open("a") as file:
            file.write(f"{os.getpid()}\n")
        waited = time.monotonic()
        while len(set(taken.read_text().split())) < 2 and time.monotonic() - waited < 10:
            time.sleep(0.005)
        return squares(chunk)

    items = list(range(2_000))
    results = list(share_out(both, items, 10))
    assert [(item, square) for item, square, _ in results] == [(item, item * item) for item in items]
    assert len({pid for _, _, pid in results}) == 2 and os.getpid() in {pid for _, _, pid in results}


def test_a_chunk_the_worker_took_and_never_sent_is_done_here(fork_server: ForkServer) -> None:
    """The worker dies (killed, out of memory) holding its first chunk: every item is still done, once."""
    fork_server.call(a_chunk_the_worker_took_and_never_sent_is_done_here)


def a_chunk_the_worker_took_and_never_sent_is_done_here() -> None:
    parent = os.getpid()

    def dying(chunk: Sequence[int]) -> list[int]:
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return [item + 1 for item in chunk]

    assert list(share_out(dying, list(range(500)), 7)) == [item + 1 for item in range(500)]


def test_an_error_in_the_work_is_raised_here(fork_server: ForkServer) -> None:
    """Work that fails on an item fails the same way in this process (the worker's chunk is done again here)."""
    fork_server.call(an_error_in_the_work_is_raised_here)


def an_error_in_the_work_is_raised_here() -> None:
    def failing(chunk: Sequence[int]) -> list[int]:
        if 300 in chunk:
            raise ValueError("item 300")
        return list(chunk)

    with pytest.raises(ValueError, match="item 300"):
        list(share_out(failing, list(range(600)), 20))


def test_results_larger_than_the_pipe_arrive_whole(fork_server: ForkServer) -> None:
    """A chunk's results of several megabytes (a site's pages) cross the pipe in pieces and arrive whole."""
    fork_server.call(results_larger_than_the_pipe_arrive_whole)


def results_larger_than_the_pipe_arrive_whole() -> None:
    def pages(chunk: Sequence[int]) -> list[bytes]:
        return [bytes([item % 256]) * 400_000 for item in chunk]

    results = list(share_out(pages, list(range(60)), 5))
    assert [(len(page), page[:1]) for page in results] == [(400_000, bytes([item])) for item in range(60)]


def test_results_no_longer_wanted_end_the_worker(fork_server: ForkServer) -> None:
    """The caller stops taking results (an error while writing them, say): the worker is ended then, not left
    to do the rest of the queue (here it would take half a minute)."""
    fork_server.call(results_no_longer_wanted_end_the_worker)


def results_no_longer_wanted_end_the_worker() -> None:
    parent = os.getpid()
    taken: list[int] = []  # in each process, the chunks it took

    def slow_there(chunk: Sequence[int]) -> list[int]:
        taken.append(chunk[0])
        if os.getpid() != parent and len(taken) > 1:  # the worker's second chunk on
            time.sleep(30)
        return list(chunk)

    results = share_out(slow_there, list(range(100)), 1)
    assert next(results) == 0
    started = time.monotonic()
    results.close()
    assert time.monotonic() - started < 10


def test_a_thread_unknown_to_the_threading_module_stops_the_fork(fork_server: ForkServer) -> None:
    """adrtool forks its worker only where no other thread runs, also one that Python's threading module does
    not count (started by a C library, or by `_thread`): at the fork it might hold a lock the worker needs."""
    assert fork_server.call(may_fork_beside_a_thread_threading_does_not_count) == (True, False, 1, False)


def may_fork_beside_a_thread_threading_does_not_count() -> tuple[bool, bool, int, bool]:
    import _thread
    import threading

    alone = may_fork(2), may_fork(1)
    held = _thread.allocate_lock()
    held.acquire()
    _thread.start_new_thread(held.acquire, ())  # waits for ever (the child ends without joining it)
    return *alone, threading.active_count(), may_fork(2)
