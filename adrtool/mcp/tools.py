"""The tools the server offers: their names, what they tell an agent, their parameters, and the function that
answers each. ``call`` runs one by name; every failure is an ``AdrError`` whose line the CLI would print."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from adrtool.errors import UsageError
from adrtool.mcp import reading, writing
from adrtool.mcp.arguments import Param, check, input_schema
from adrtool.mcp.guidance import FOLLOW_RULE
from adrtool.mcp.session import Call, Session

# Answers one call: its arguments checked (``arguments.check``), its answer a JSON object.
Handler = Callable[[Call, dict[str, Any]], dict[str, Any]]

INSTRUCTIONS = (
    "This server answers from the project's architecture decision log (adrtool): numbered Markdown records of "
    "what the team decided and why, each with a status and a revisit point (a release cycle's PTG, an event of "
    "a cycle, a date, or never). Before changing code or design that a decision may govern, look it up "
    "(search, then show) and follow the decisions that stand. " + FOLLOW_RULE + " A decision taken 'for now' "
    "names when it is to be looked at again: `due` says which are due at a PTG, an event, a date or within a "
    "window; a due decision stands until it is revisited. Record numbers are refs: 7, 0007, ADR-7, or a file "
    "name.")

REF = Param("ref", "string", "The record: its number (7, 0007, ADR-7), its file name, or its path.", required=True)
CONFIRM = Param("confirm", "boolean", "false (the default): write nothing, answer with the exact diff. true: write "
                "it, after the user has seen it.", default=False)
PLAN = Param("plan", "string", "With confirm: the `plan` the preview answered; the write is refused if the diff "
             "is no longer that one (the log changed in between).")
STATUSES = Param("status", "strings", "Only records with one of these statuses (proposed, accepted, rejected, "
                 "deprecated, superseded, or the project's own).")
WRITE_RULE = ("It writes nothing unless `confirm` is true: call it without `confirm` first, show the user the "
              "`diff` it answers, and only then call it again with the same arguments, confirm: true and the "
              "`plan` it answered. The result reports what `adr validate` says of the written files.")


@dataclass(frozen=True)
class Tool:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    handler: Handler
    writes: bool = False

    def input_schema(self) -> dict[str, Any]:
        return input_schema(self.params)


READ_TOOLS = (
    Tool("list", "List decisions",
         "List the decisions of the project's decision log, as `adr list --format json` does: number, title, "
         "status, date, the cycle decided in, revisit point, tags, people, links, path. Use it for an overview of "
         "what was decided, or the decisions with some statuses or tags, before changing code or design. "
         + FOLLOW_RULE,
         (STATUSES, Param("tag", "strings", "Only records with one of these tags.")), reading.list_records),
    Tool("show", "Show one decision",
         "Read one decision in full: its metadata, its Markdown body (context, decision, consequences: why it "
         "was decided), when its revisit point falls due (`revisit_due`), the outcomes of earlier revisits "
         "(`revisits`) and its links both ways (`links_both_ways`: what it supersedes or relates to, and the "
         "records that name it; `links` is the record's own list, as `list` gives it). Use it before acting on "
         "a decision, and to answer why something is the way it is. "
         + FOLLOW_RULE,
         (REF,), reading.show_record),
    Tool("search", "Search decisions",
         "Find decisions by the words of their titles, tags and bodies, best first, each with the line that "
         "matched (`excerpt`). A word finds the words it begins (`linux` finds Linuxbridge); question words are "
         "left out. Use it when you do not know a decision's number: before touching a component, search its "
         "name; to answer `why ...?`, search the subject, then `show` the best result. " + FOLLOW_RULE,
         (Param("query", "string", "Words to look for, e.g. `linuxbridge` or `why keep iptables`.", required=True),
          STATUSES, Param("limit", "integer", "At most this many results.", default=10)),
         reading.search_records),
    Tool("due", "Decisions due for a revisit",
         "Which active (proposed or accepted) decisions are due for a revisit, as `adr due --format json` lists "
         "them: taken `for now` and to be looked at again at a cycle's PTG, at an event of a cycle (feature "
         "freeze, a milestone), on a date, or within a window from today; overdue ones too. Without arguments: "
         "at the coming PTG (today, in a log none of whose decisions names a cycle). Use it to plan a PTG, and "
         "before building on a decision that may soon change: a due decision stands until it is revisited. "
         "`deadline` says what was asked; `due_at` names each one's event; `projected` marks dates estimated "
         "from the release cadence. A superseded or rejected decision is "
         "never due, and must not be followed: `show` names what replaced it.",
         (Param("cycle", "string", "Due at this cycle's PTG: a name or number (yoga, 2023.1), or CYCLE:EVENT "
                "(xena:ff) for one of its events."),
          Param("event", "string", "With `cycle`: an event of that cycle instead of its PTG (ff, m2, rc1; "
                "`cycles` with the cycle lists them)."),
          Param("as_of", "string", "Due on this day (YYYY-MM-DD)."),
          Param("within", "days", "Due from today to this many days ahead (30, `30d`, `4w`), and overdue."),
          STATUSES, Param("tag", "strings", "Only records with one of these tags.")),
         reading.due),
    Tool("cycles", "Release calendar",
         "The release calendar the revisit points are judged by (OpenStack's series, and the project's own): "
         "each cycle's release day and PTG, marking the current cycle, the next PTG, and projected cycles (dates "
         "estimated from the cadence, not yet published). Given a cycle: its events, the revisit points it "
         "offers (`xena:ff`), with their weeks. Use it to turn a cycle into dates, or to choose a revisit point. "
         "Whatever its revisit point, a superseded or rejected decision must not be followed.",
         (Param("cycle", "string", "A cycle (name or number): list its events instead of the calendar."),
          Param("as_of", "string", "Mark the current cycle and next PTG as of this day (YYYY-MM-DD).")),
         reading.cycles),
    Tool("log", "Git history of decisions",
         "What git knows about the decisions, as `adr log --format json` gives it: one decision's timeline, "
         "oldest first (created, status and revisit changes, superseded, renamed; date, author, commit), or "
         "every change to the log, newest first. Use it to learn when and by whom a decision was made or "
         "changed. A decision whose timeline ends superseded or rejected must not be followed: `show` names "
         "its successor.",
         (Param("ref", "string", "One record (number, file name or path); without it, the whole log."),
          Param("since", "string", "Only changes on or after this day (YYYY-MM-DD), or since this git revision.")),
         reading.log),
    Tool("validate", "Check the decision log",
         "Check the decision log against adrtool's rules, as `adr validate --format json` does: each finding's "
         "code, severity, path, line and message, the counts, and whether it passes. Use it after a record was "
         "edited, before committing. (ADR302 finds a superseded decision that names no successor: a superseded "
         "or rejected decision must not be followed, and readers need to know what to follow instead.)",
         (Param("select", "strings", "Only these rules: codes, prefixes (ADR3) or names."),
          Param("ignore", "strings", "Never these rules."),
          Param("strict", "boolean", "Warnings fail too.", default=False)),
         reading.validate),
)

WRITE_TOOLS = (
    Tool("new", "Create a decision record",
         "Create the next decision record from the project's template, as `adr new` does (the number after the "
         "highest used here and on other git branches); records it supersedes are marked superseded. "
         + WRITE_RULE + " Fill in the new record's sections (context, decision, consequences) by editing its "
         "file. To replace a decision, give `supersedes`: a superseded or rejected decision must not be "
         "followed, and its record then names the new one.",
         (Param("title", "string", "The decision, as a short sentence: `Keep the Linuxbridge backend for Xena`.",
                required=True),
          Param("status", "string", "Initial status (default: the project's default status, proposed)."),
          Param("date", "string", "When it was decided (YYYY-MM-DD; default: today)."),
          Param("cycle", "string", "The release cycle it is decided in (xena)."),
          Param("revisit", "string", "When to look at it again: a cycle (its PTG), CYCLE:EVENT, a date, or "
                "never."),
          Param("tags", "strings", "Tags."), Param("decision_makers", "strings", "Who decided."),
          Param("supersedes", "integers", "Numbers of records it replaces (marked superseded, linked back)."),
          Param("relates_to", "integers", "Numbers of related records."),
          Param("log", "string", "The log to write in, as the `list` tool labels its records' `log`, when "
                "the project keeps several (default: the one the server was started in, else the first)."),
          CONFIRM, PLAN),
         writing.new, writes=True),
    Tool("revisit", "Record a revisit's outcome",
         "Record the outcome of revisiting a decision, as `adr revisit` does, so it stops being due: kept or "
         "changed (it stays, to be revisited at `next`), superseded (by the record `by`), or dropped (it becomes "
         "deprecated). The outcome is appended to the record's `revisits`. Only a decision that stands is "
         "revisited: a superseded or rejected one must not be followed. " + WRITE_RULE,
         (REF, Param("outcome", "string", "What was decided about it.", required=True,
                     choices=("kept", "changed", "superseded", "dropped")),
          Param("next", "string", "With kept or changed: the next revisit point (a cycle, CYCLE:EVENT, a date or "
                "never)."),
          Param("by", "string", "With superseded: the record that replaces it."),
          Param("note", "string", "What was said, in one line."),
          Param("date", "string", "When it was revisited (YYYY-MM-DD; default: today)."),
          CONFIRM, PLAN),
         writing.revisit, writes=True),
    Tool("accept", "Accept a proposed decision",
         "Mark a proposed decision accepted, as `adr accept` does; a superseded or rejected decision cannot be, "
         "and must not be followed. " + WRITE_RULE,
         (REF, CONFIRM, PLAN), writing.accept, writes=True),
    Tool("supersede", "Supersede a decision",
         "Mark the decision `old` superseded by the decision `by` (`by` linking back where its format has a place "
         "for it), as `adr supersede OLD "
         "--by NEW` does; from then on `old` must not be followed, and names `by` as its successor. " + WRITE_RULE,
         (Param("old", "string", "The record replaced.", required=True),
          Param("by", "string", "The record that replaces it.", required=True), CONFIRM, PLAN),
         writing.supersede, writes=True),
    Tool("link", "Link two decisions",
         "Link two decisions both ways, as `adr link REF RELATION TO` does: `ref` gets the relation to `to`, and "
         "`to` the reverse relation back (relates-to is its own reverse; amends / amended-by; the project's own "
         "pairs from config `relations`). Superseding is not a link (use supersede): a related decision that is "
         "superseded or rejected still must not be followed. " + WRITE_RULE,
         (REF, Param("to", "string", "The other record.", required=True),
          Param("relation", "string", "How `ref` relates to `to`: relates-to, amends, amended-by, or a relation "
                "of the project's config.", default="relates-to"),
          CONFIRM, PLAN),
         writing.link, writes=True),
)


def as_text(answer: Mapping[str, Any]) -> str:
    """An answer as the JSON text a model reads: a key a line, and a list of objects an object a line (indented
    JSON spends a line on every tag and name)."""
    import json

    def compact(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    lines = []
    for key, value in answer.items():
        if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            items = ",\n".join(f"    {compact(item)}" for item in value)
            lines.append(f"  {compact(key)}: [\n{items}\n  ]")
        else:
            lines.append(f"  {compact(key)}: {compact(value)}")
    return "{\n" + ",\n".join(lines) + "\n}"


def offered(allow_writes: bool) -> tuple[Tool, ...]:
    """The tools a server lists: the write tools only when it was started with --allow-writes."""
    return READ_TOOLS + WRITE_TOOLS if allow_writes else READ_TOOLS


def call(session: Session, name: str, arguments: Mapping[str, Any] | None) -> dict[str, Any]:
    """The answer of the tool ``name`` to ``arguments``."""
    tool = next((tool for tool in offered(True) if tool.name == name), None)
    if tool is None:
        import difflib

        names = [tool.name for tool in offered(session.allow_writes)]
        close = difflib.get_close_matches(name, names, n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise UsageError(f"no such tool {name!r}{hint}; the tools: {', '.join(names)}")
    if tool.writes and not session.allow_writes:
        raise UsageError(f"tool {name} writes, and this server is read-only: start it with "
                         "`adr mcp --allow-writes` to write")
    return tool.handler(session.call(), check(name, tool.params, arguments))
