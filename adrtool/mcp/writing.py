"""The write tools (`adr mcp --allow-writes`): new, revisit, accept, supersede, link.

Each plans its changes with the core function its CLI command calls and answers with the exact diff, writing
nothing; called again with `confirm: true` it writes them as the CLI does (`adr new` plans and writes under the
directory's lock; the others write under it, refusing a record changed since it was read), then brings the
index in step. Given the `plan` a preview returned, a confirmed call writes only if its diff is still that one.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from adrtool.errors import UsageError, WriteRefused
from adrtool.mcp.arguments import iso_date
from adrtool.mcp.session import Call
from adrtool.records.changes import FileChange
from adrtool.records.log import DecisionLog

if TYPE_CHECKING:
    from adrtool.project.workspace import Workspace


@dataclass(frozen=True)
class Planned:
    """What a write would change: record files, and the indexes the logs keep that must follow."""

    changes: tuple[FileChange, ...]
    indexes: tuple[FileChange, ...]

    @classmethod
    def of(cls, call: Call, log: DecisionLog, changes: Sequence[FileChange]) -> Planned:
        from adrtool.records.changes import log_after
        from adrtool.views.index import following_indexes

        indexes = following_indexes(call.workspace, log_after(log, changes), call.calendar)
        return cls(tuple(changes), tuple(index for index in indexes if index.before != index.after))

    def diff(self, call: Call) -> str:
        from adrtool.views.diff import file_diff

        return "".join(file_diff(call.workspace.relative(change.path), change.before, change.after)
                       for change in self.all())

    def files(self, call: Call) -> list[dict[str, str]]:
        return [{"path": call.workspace.relative(change.path),
                 "change": "index brought in step" if change in self.indexes else change.summary}
                for change in self.all()]

    def all(self) -> list[FileChange]:
        return [*self.changes, *self.indexes]


def plan_id(diff: str) -> str:
    """A short name of the diff, to confirm exactly what was previewed."""
    return hashlib.sha256(diff.encode("utf-8")).hexdigest()[:12]


def _preview(tool: str, call: Call, planned: Planned) -> dict[str, Any]:
    diff = planned.diff(call)
    plan = plan_id(diff)
    return {"written": False, "diff": diff, "files": planned.files(call), "plan": plan,
            "next": f"Nothing was written. To write exactly this diff, call {tool} again with the same arguments, "
                    f"confirm: true and plan: {plan!r}."}


def _approve(call: Call, planned: Planned, plan: str | None) -> str:
    """The diff about to be written; refused when it is not the one the preview named ``plan``."""
    diff = planned.diff(call)
    if plan is not None and plan_id(diff) != plan:
        raise UsageError(f"the log changed since the preview: its diff is no longer plan {plan!r}; nothing was "
                         "written (preview again, without confirm)")
    return diff


def _written(call: Call, planned: Planned, diff: str) -> dict[str, Any]:
    """What a confirmed write reports: the diff written, the files, and what `adr validate` says of them now."""
    from adrtool.records.logs import load_logs
    from adrtool.rules import report, validate
    from adrtool.views.index import refresh_index

    workspace = call.workspace
    log = load_logs(workspace)
    refresh_index(workspace, log, call.calendar)  # as the CLI does after a write
    paths = [change.path for change in (*planned.changes, *planned.indexes)]
    result = validate(workspace, log, call.calendar, call.today, call.store, paths=paths)
    return {"written": True, "diff": diff, "files": planned.files(call),
            "validate": {"errors": result.errors, "warnings": result.warnings,
                         "findings": report.as_data(result.findings, workspace)}}


def _edit(tool: str, call: Call, args: dict[str, Any], plan: Callable[[DecisionLog], list[FileChange]]
          ) -> dict[str, Any]:
    """A lifecycle write: planned from the log, committed under the logs' locks once confirmed."""
    from adrtool.records.changes import commit_all, locked_logs
    from adrtool.records.lifecycle import NothingToDo

    log = call.log
    try:
        changes = plan(log)
    except NothingToDo as done:  # the CLI says so and exits 0
        return {"written": False, "diff": "", "files": [], "nothing_to_do": str(done)}
    planned = Planned.of(call, log, changes)
    if not args["confirm"]:
        return _preview(tool, call, planned)
    diff = _approve(call, planned, args["plan"])
    # Every log of the project locked, as the CLI locks them: a change may touch records of several logs; each
    # target is checked again against what was read (a record changed since the preview stops the write).
    with locked_logs([part.directory for part in call.workspace.logs], lambda: log) as (held, _):
        commit_all(held, planned.changes)
    return _written(call, planned, diff)


def new(call: Call, args: dict[str, Any]) -> dict[str, Any]:
    """`adr new`: the next record from the project's template; records it supersedes marked."""
    from adrtool.git.numbers import numbers_on_other_branches
    from adrtool.records.changes import commit_all, locked_logs
    from adrtool.records.create import new_request, plan_new
    from adrtool.records.listings import not_listing
    from adrtool.records.log import record_names
    from adrtool.records.logs import load_logs, locked_folders
    from adrtool.rules.admission import admission

    if args["log"] is not None:
        call = Call(call.session, home=args["log"])
    workspace = call.workspace
    if args["revisit"] is not None and not args["revisit"].strip():
        raise UsageError("argument 'revisit' must not be empty: a cycle, an event of one (xena:ff), a date or never")
    request = new_request(workspace.config, lambda: call.calendar, call.today, args["title"],
                          status=args["status"], decided=iso_date("date", args["date"]), cycle=args["cycle"],
                          revisit=args["revisit"], tags=args["tags"] or (),
                          decision_makers=args["decision_makers"] or (), supersedes=args["supersedes"] or (),
                          relates_to=args["relates_to"] or ())
    numbers = functools.partial(numbers_on_other_branches, workspace)
    admit = admission(workspace, call.calendar, call.today)  # what validate would call an error is not written
    if not args["confirm"]:
        # Planned from every log, as `adr new` plans: in the log the call names or the server started in, else
        # the first, numbered there (and in its areas)
        _, changes = plan_new(call.log, workspace, request, numbers, admit, _NAME_THE_LOG)
        return _first_of_peers(workspace, _preview("new", call, Planned.of(call, call.log, changes)))
    # Planned again under the locks, from the logs as they are then: another writer may have taken the number
    workspace.require_dir()
    folders = locked_folders(workspace)

    def read() -> DecisionLog:
        if not set(locked_folders(workspace)) <= set(folders):  # a stage's first folder, made while this waited
            raise WriteRefused("another command made a folder of the log while this one waited for it; nothing "
                               "written: call new again")
        return load_logs(workspace, call.store)

    with locked_logs(folders, read) as (held, log):
        created, changes = plan_new(log, workspace, request, numbers, admit, _NAME_THE_LOG)
        planned = Planned.of(call, log, changes)
        diff = _approve(call, planned, args["plan"])
        commit_all(held, changes)
    answer = _written(call, planned, diff)
    lacking = not_listing(created.path, record_names(created.path.parent))
    if lacking:  # what `adr new` says: files listing the log's records by hand, to add the new one to
        answer["not_listed_in"] = [workspace.relative(path) for path in lacking]
    return _first_of_peers(workspace, answer)


_NAME_THE_LOG = "give `log` the log to write in"  # (the CLI's `--dir`)


def _first_of_peers(workspace: Workspace, answer: dict[str, Any]) -> dict[str, Any]:
    """``answer`` with the note `adr new` prints where nothing the user did singles out one of several logs: which
    it writes in, and why."""
    if (taken := workspace.taken_line("writes in", "give `log` to write in another")) is not None:
        answer["note"] = taken
    return answer


def revisit(call: Call, args: dict[str, Any]) -> dict[str, Any]:
    """`adr revisit REF --outcome ...`."""
    from adrtool.records.lifecycle import record_revisit

    day = iso_date("date", args["date"]) or call.today
    return _edit("revisit", call, args, lambda log: record_revisit(
        log, args["ref"], call.calendar, outcome=args["outcome"], day=day, next_point=args["next"],
        note=args["note"], by=args["by"], config=call.workspace.config))


def accept(call: Call, args: dict[str, Any]) -> dict[str, Any]:
    """`adr accept REF`."""
    from adrtool.records.lifecycle import change_status

    return _edit("accept", call, args,
                 lambda log: change_status(log, args["ref"], "accepted", call.workspace.config, day=call.today))


def supersede(call: Call, args: dict[str, Any]) -> dict[str, Any]:
    """`adr supersede OLD --by NEW`."""
    from adrtool.records.lifecycle import supersede as supersede_records

    return _edit("supersede", call, args, lambda log: supersede_records(log, args["old"], args["by"],
                                                                         call.workspace.config, call.today))


def link(call: Call, args: dict[str, Any]) -> dict[str, Any]:
    """`adr link REF RELATION TO`."""
    from adrtool.records.lifecycle import link as link_records

    return _edit("link", call, args, lambda log: link_records(log, args["ref"], args["relation"], args["to"],
                                                              call.workspace.config))
