"""Work shared out with a forked worker on a second core: the parse of many record files (``reading``) and any
list of independent items a command hands the store (``share_out``: the site's pages).

The two processes take chunks from one queue until it is empty, so the faster one does more (the worker
starts out slower: every page of memory it touches is copied first). The queue is a pipe of chunk numbers,
read four bytes at a time (a pipe hands each read whole to one reader). The worker sends each chunk's
results back pickled; a chunk it took but never sent (it was killed) is done here.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def may_fork(cores: int | None = None) -> bool:
    """A second core, a platform with fork, and no other thread (a thread holding a lock at the fork would
    leave the worker stuck on it)."""
    if not hasattr(os, "fork") or threads() > 1:
        return False
    if cores is None:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return cores > 1


def threads() -> int:
    """The threads of this process: every one where the system lists them (Linux), those started by a C
    library or by ``_thread`` included; elsewhere those Python's threading module knows (without that module
    loaded, no thread was started from Python)."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        import sys

        threading = sys.modules.get("threading")
        return threading.active_count() if threading is not None else 1


def chunk_queue(count: int) -> int:
    """A pipe holding the numbers 0 .. ``count`` - 1 (at most 4,096: they fit in the pipe at once); its reading
    end."""
    queue_read, queue_write = os.pipe()
    os.write(queue_write, b"".join(index.to_bytes(4, "little") for index in range(count)))
    os.close(queue_write)
    return queue_read


def next_chunk(queue: int) -> int | None:
    token = os.read(queue, 4)
    return int.from_bytes(token, "little") if token else None


def widen_pipe(pipe: int) -> None:
    """A worker that gets ahead need not wait for this process to read: room for 1 MB (Linux)."""
    try:
        import fcntl

        fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, 1 << 20)  # Linux only
    except (ImportError, AttributeError, OSError):
        pass


def write_all(stream: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(stream, view):]


def send(stream: int, message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    write_all(stream, len(data).to_bytes(4, "little") + data)


def receive(stream: int, received: bytearray) -> tuple[list[object], bool]:
    """The messages whole in what the worker has sent so far (all of it, once its pipe blocks), and whether
    the stream goes on."""
    try:
        data = os.read(stream, 1 << 20)
    except BlockingIOError:
        data = None
    if data:
        received += data
    messages = []
    while len(received) >= 4:
        length = int.from_bytes(received[:4], "little")
        if len(received) < 4 + length:
            break
        messages.append(pickle.loads(received[4:4 + length]))
        del received[:4 + length]
    return messages, data != b""


def fork_worker(queue: int, message_for: Callable[[int], object]) -> tuple[int, int]:
    """Fork a worker that takes chunk numbers from ``queue`` and sends ``message_for(number)`` for each, until
    the queue is empty: (its process id, the reading end of its messages)."""
    results_read, results_write = os.pipe()
    widen_pipe(results_write)
    pid = os.fork()
    if pid == 0:  # the worker: never returns, never runs the parent's exit handlers or flushes its streams
        code = 1
        try:
            os.close(results_read)
            while (index := next_chunk(queue)) is not None:
                send(results_write, message_for(index))
            code = 0
        finally:
            os._exit(code)
    os.close(results_write)
    return pid, results_read


def share_out(work: Callable[[Sequence[T]], list[R]], items: Sequence[T], chunk: int) -> Iterator[R]:
    """``work`` over ``items``, ``chunk`` items at a time, in this process and a forked worker; the results in
    the items' order, each chunk's as soon as it and those before it are done. ``work`` must not depend on
    what it did to this process before (in the worker, that is lost); what it returns must pickle."""
    size = max(chunk, -(-len(items) // 4096))
    chunks = [items[start:start + size] for start in range(0, len(items), size)]
    queue = chunk_queue(len(chunks))
    pid, results_read = fork_worker(queue, lambda index: (index, work(chunks[index])))
    done: dict[int, list[R]] = {}
    given = 0
    received = bytearray()
    ended = False
    try:
        os.set_blocking(results_read, False)
        while (index := next_chunk(queue)) is not None:
            done[index] = work(chunks[index])
            messages, _ = receive(results_read, received)
            done.update(messages)  # type: ignore[arg-type]
            while given in done:
                yield from done.pop(given)
                given += 1
        os.set_blocking(results_read, True)
        going = True
        while going and given < len(chunks):
            messages, going = receive(results_read, received)
            done.update(messages)  # type: ignore[arg-type]
            while given in done:
                yield from done.pop(given)
                given += 1
        ended = True
    finally:
        if not ended:  # an error here, or the results no longer wanted: the worker's are not either
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        os.close(queue)
        os.close(results_read)
        os.waitpid(pid, 0)
    for index in range(given, len(chunks)):  # what the worker took and never sent back
        yield from done.pop(index) if index in done else work(chunks[index])
