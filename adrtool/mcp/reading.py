"""The read tools: each answers from the core function the matching CLI command calls, in the shape of that
command's JSON, with what an agent needs besides (whether a decision stands, its links, its revisits)."""

from __future__ import annotations

from typing import Any

from adrtool.errors import UsageError
from adrtool.mcp.arguments import iso_date
from adrtool.mcp.guidance import guidance
from adrtool.mcp.session import Call
from adrtool.model import Record
from adrtool.records.values import statuses_as_read


def record_entry(call: Call, record: Record) -> dict[str, Any]:
    """A record's data as `adr list --format json` gives it, and whether it stands (``guidance``)."""
    from adrtool.views.output import record_data

    return {**record_data(record, call.workspace), **guidance(record, call.log)}


def unreadable(call: Call) -> list[str]:
    """The record files that could not be read, as `adr list` names them on stderr."""
    return [str(failure) for failure in call.log.failures]


def list_records(call: Call, args: dict[str, Any]) -> dict[str, Any]:
    """`adr list --status --tag --format json`."""
    from adrtool.records.filters import filtered

    records = filtered(call.log.records, call.workspace.config, args["status"] or (), args["tag"] or ())
    return {"records": [record_entry(call, record) for record in records], "unreadable": unreadable(call)}


def show_record(call: Call, args: dict[str, Any]) -> dict[str, Any]:
    """`adr show REF --format json`, with the record's revisits, its links both ways and when it falls due."""
    from adrtool.fsio import read_text
    from adrtool.git.history import dates_for
    from adrtool.views import detail

    workspace = call.workspace
    found = call.log.find(args["ref"])
    file = read_text(found.path)
    dates = dates_for(workspace, [file.path], call.store).get(file.path)
    record, data = detail.record_json(file, workspace, dates, found)
    data["revisit_due"] = detail.revisit_due(record, call.calendar)
    data["links_both_ways"] = detail.links(record, call.log, workspace)  # beside the record's own `links`
    return {**data, **guidance(record, call.log)}


def search_records(call: Call, args: dict[str, Any]) -> dict[str, Any]:
    """Records whose title, tags or body hold the query's words, best first."""
    from adrtool.fsio import read_text
    from adrtool.records.filters import filtered
    from adrtool.records.search import search, search_words
    from adrtool.views.detail import body

    limit = args["limit"]
    if limit < 1:
        raise UsageError("argument 'limit' must be 1 or more")
    records = filtered(call.log.records, call.workspace.config, args["status"] or ())
    hits = search(records, args["query"], lambda record: body(record, read_text(record.path).text))
    return {"words": list(search_words(args["query"])),
            "results": [{**record_entry(call, hit.record), "score": hit.score, "matched": list(hit.words),
                         "excerpt": hit.excerpt} for hit in hits[:limit]],
            "more": max(0, len(hits) - limit), "unreadable": unreadable(call)}


def due(call: Call, args: dict[str, Any]) -> dict[str, Any]:
    """`adr due --cycle C[:EVENT] | --as-of DATE | --within N --format json`, with what the deadline is."""
    from adrtool.calendar.due import coming_deadline, deadline_for, due_decisions, parse_window
    from adrtool.records.filters import filtered
    from adrtool.views import due_report

    cycle, event, as_of, within = args["cycle"], args["event"], args["as_of"], args["within"]
    if sum(value is not None for value in (cycle, as_of, within)) > 1:
        raise UsageError("give one of cycle, as_of and within")
    if event is not None:
        if cycle is None:
            raise UsageError("argument 'event' needs 'cycle': the cycle whose event it is (cycle xena, event ff)")
        cycle = f"{cycle}:{event}"
    days = parse_window(within) if isinstance(within, str) else within
    if days is not None and days < 0:
        raise UsageError("argument 'within' must be 0 days or more")
    calendar = call.calendar
    deadline = deadline_for(calendar, call.today, point=cycle, on=iso_date("as_of", as_of), within=days) \
        or coming_deadline(calendar, call.today, call.log.records, call.workspace.config.calendar is not None)
    records = filtered(call.log.records, call.workspace.config, args["status"] or (), args["tag"] or ())
    active = statuses_as_read(call.workspace.config.due_statuses)
    found, unplaceable = due_decisions(records, calendar, deadline, active)
    answer = {"deadline": deadline.describe(), "due": due_report.as_data(found, call.workspace),
              "not_placed": [{"path": call.workspace.relative(item.record.path), "reason": item.reason}
                             for item in unplaceable],
              "unreadable": unreadable(call)}
    if not any(record.revisit is not None for record in call.log.records):
        # what `adr due` says of such a log
        answer["note"] = due_report.no_revisit_points(call.workspace.relative(call.log.directory),
                                                      bool(call.log.records), bool(call.log.failures),
                                                      call.workspace.labels)
    return answer


def cycles(call: Call, args: dict[str, Any]) -> dict[str, Any]:
    """`adr cycles [CYCLE] [--as-of DATE] --format json`."""
    from adrtool.views import cycles_report

    if args["cycle"] is not None:
        found = call.calendar.find(args["cycle"])
        return {"cycle": found.name, "projected": found.projected, "events": cycles_report.event_rows(found)}
    day = iso_date("as_of", args["as_of"]) or call.today
    return {"cycles": cycles_report.calendar_view(call.calendar, day, call.today).rows()}


def log(call: Call, args: dict[str, Any]) -> dict[str, Any]:
    """`adr log [REF] [--since DATE|REV] --format json`, with what the CLI says on stderr."""
    from adrtool.views.timeline import timeline

    found = timeline(call.workspace, call.store, args["ref"], args["since"])
    return {"events": found.data(), "notes": found.notes, "truncated": found.truncation()}


def validate(call: Call, args: dict[str, Any]) -> dict[str, Any]:
    """`adr validate [--select] [--ignore] [--strict] --format json`, with the counts and the verdict."""
    from adrtool.rules import report
    from adrtool.rules import validate as run_rules

    result = run_rules(call.workspace, call.log, call.calendar, call.today, call.store,
                       select=tuple(args["select"] or ()), ignore=tuple(args["ignore"] or ()))
    return {"findings": report.as_data(result.findings, call.workspace), "errors": result.errors,
            "warnings": result.warnings, "passed": not result.failed(bool(args["strict"]))}
