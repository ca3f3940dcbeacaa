"""Code whose subject is a fork, run from a process of one thread.

A test worker of pytest-xdist runs a thread beside the tests, and a process that forks while another thread
may hold a lock can leave its child stuck on that lock (Python 3.12 warns of it; adrtool, seeing the thread,
does not fork: ``adrtool.cache.sharing.may_fork``). So a test that needs adrtool to fork (its worker on a
second core) or forks itself (a command killed part way) runs that part through ``ForkServer.call``: a server
of one thread, started once per test process with that process's import path, forks a child for each call that
runs a module-level function of a test module, in the caller's working directory and environment, and hands
back what it returned, what it raised (with its traceback), or the signal that killed it. ``ForkServer.call_here``
runs a function in the server itself, so that what it loads (modules, the calendar) is loaded once for the
children forked after.

Run as a script, this module is the server: it reads requests on stdin and answers on stdout, each a pickle
after its length.
"""

from __future__ import annotations

import importlib
import json
import os
import pickle
import select
import signal
import subprocess
import sys
import traceback
from collections.abc import Callable
from typing import IO, Any

# The longest a call may take: past it the server is ended and the call fails (a test never hangs the run).
ANSWER_SECONDS = 120


class Killed(Exception):
    """The forked child was killed by a signal before it returned."""

    def __init__(self, signal_number: int) -> None:
        super().__init__(f"killed by signal {signal_number}")
        self.signal_number = signal_number


def send(stream: IO[bytes], message: object) -> None:
    data = pickle.dumps(message)
    stream.write(len(data).to_bytes(8, "little") + data)
    stream.flush()


def receive(stream: IO[bytes]) -> Any:
    header = stream.read(8)
    if len(header) < 8:
        raise EOFError
    return pickle.loads(stream.read(int.from_bytes(header, "little")))


def counted_forks() -> list[int]:
    """The process ids ``os.fork`` gives from now on, in this process (a child of the fork server) alone."""
    forks = []
    real_fork = os.fork

    def fork() -> int:
        pid = real_fork()
        forks.append(pid)
        return pid

    os.fork = fork
    return forks


class ForkServer:
    def __init__(self) -> None:
        self.process = self._start()

    @staticmethod
    def _start() -> subprocess.Popen[bytes]:
        path = [entry or os.getcwd() for entry in sys.path]  # this process's modules, not another install's
        return subprocess.Popen([sys.executable, __file__, json.dumps(path)], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, start_new_session=True)

    def call(self, function: Callable[..., Any], *args: Any) -> Any:
        """``function(*args)`` in a forked child of the server: its value, or its exception raised here as an
        AssertionError carrying its traceback, or ``Killed``."""
        return self.request("fork", function, args)

    def call_here(self, function: Callable[..., Any], *args: Any) -> Any:
        """``function(*args)`` in the server itself (what it changes there stays for every child after)."""
        return self.request("here", function, args)

    def request(self, where: str, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        if self.process.poll() is not None:  # ended by an earlier call's timeout
            self.process = self._start()
        assert self.process.stdin is not None and self.process.stdout is not None
        send(self.process.stdin, (where, (function.__module__, function.__qualname__, args, os.getcwd(),
                                          dict(os.environ))))
        if not select.select([self.process.stdout], [], [], ANSWER_SECONDS)[0]:
            os.killpg(self.process.pid, signal.SIGKILL)  # the server and every child it forked
            self.process.wait()
            raise AssertionError(f"the fork server gave no answer in {ANSWER_SECONDS} s")
        kind, value = receive(self.process.stdout)
        if kind == "killed":
            raise Killed(value)
        if kind == "raised":
            raise AssertionError(f"in the fork server:\n{value}")
        return value

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()


Request = tuple[str, str, tuple[Any, ...], str, dict[str, str]]


def run(request: Request) -> tuple[str, object]:
    """Run the request's function in its working directory and environment: ("returned", value) or ("raised",
    traceback)."""
    module, name, args, cwd, environment = request
    os.chdir(cwd)
    os.environ.clear()
    os.environ.update(environment)
    try:
        return "returned", getattr(importlib.import_module(module), name)(*args)
    except BaseException:  # whatever it raised is the test's failure, told to the caller
        return "raised", traceback.format_exc()


def pickled(outcome: tuple[str, object]) -> bytes:
    """``outcome`` pickled, or, when its value does not pickle, the failure that is."""
    try:
        return pickle.dumps(outcome)
    except Exception as error:  # a value a test cannot be given is its failure
        return pickle.dumps(("raised", f"the value returned does not pickle: {error!r}"))


def run_child(request: Request, answer: int) -> None:
    """In the forked child: run the request, write its outcome to ``answer``, never return. A process the function
    forked that returns up to here (and does not end as adrtool's workers do) writes nothing."""
    code = 1
    child = os.getpid()
    try:
        os.dup2(os.open(os.devnull, os.O_RDONLY), 0)  # the server's stdin carries its requests
        os.dup2(2, 1)  # and its stdout its answers
        outcome = run(request)
        if os.getpid() == child:
            with os.fdopen(answer, "wb") as stream:
                stream.write(pickled(outcome))
            code = 0
    finally:
        os._exit(code)


def run_forked(request: Request) -> tuple[str, object]:
    reading, writing = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(reading)
        run_child(request, writing)
    os.close(writing)
    with os.fdopen(reading, "rb") as stream:
        data = stream.read()
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return "killed", os.WTERMSIG(status)
    try:
        outcome: tuple[str, object] = pickle.loads(data)
    except Exception:  # nothing whole was written
        return "raised", f"the child exited with {os.WEXITSTATUS(status)} and said nothing whole"
    return outcome


def run_here(request: Request) -> tuple[str, object]:
    """In the server: its working directory and environment are restored after; its stdout carries the answers,
    and it must stay a process of one thread (the children it forks after would share a thread's locks)."""
    cwd, environment = os.getcwd(), dict(os.environ)
    stdout = sys.stdout
    sys.stdout = sys.stderr
    try:
        outcome = run(request)
    finally:
        sys.stdout = stdout
        os.chdir(cwd)
        os.environ.clear()
        os.environ.update(environment)
    from adrtool.cache.sharing import threads

    if threads() > 1:
        return "raised", "the function left a thread running in the fork server"
    return outcome


def serve() -> None:
    requests, answers = sys.stdin.buffer, sys.stdout.buffer
    while True:
        try:
            where, request = receive(requests)
        except EOFError:
            return
        importlib.import_module(request[0])  # loaded here once, shared by every child forked after
        outcome = run_forked(request) if where == "fork" else run_here(request)
        answers.write(len(data := pickled(outcome)).to_bytes(8, "little") + data)
        answers.flush()


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the test run's Ctrl-C ends it through its closed stdin
    sys.path[:] = json.loads(sys.argv[1])
    serve()
