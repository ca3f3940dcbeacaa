"""Status changes and revisit outcomes, as line-precise edits of the records involved.

Every operation computes all its edits from the log it is given (read under the directory's lock by the
caller, ``adrtool.records.changes``), each checked to read exactly as meant; they are then committed
together, all or nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from adrtool import fsio
from adrtool.calendar.cycles import Calendar
from adrtool.errors import AdrError, ExitCode, UsageError
from adrtool.model import IN_FORCE_STATUSES, STATUSES, Dialect, Record, RevisitPoint, date_problem, lifecycle_stage
from adrtool.project.config import Config
from adrtool.project.templates import yaml_scalar
from adrtool.records.changes import FileChange, commit
from adrtool.records.dialects import parse
from adrtool.records.edit import Editor
from adrtool.records.log import DecisionLog
from adrtool.records.relations import configured_keys, links_to, named_as
from adrtool.records.stages import follow_stages
from adrtool.records.values import read_status

OUTCOMES = ("kept", "changed", "superseded", "dropped")
ACTIVE = ("proposed", "accepted")


@dataclass(frozen=True)
class Move:
    """What one command may do to a record's status: the one table every lifecycle command asks."""

    command: str
    sets: str  # the status the record ends with
    start: tuple[str, ...]  # the statuses it may start from; any other is refused (on ``sets``: nothing to do)
    meaning: str


LIFECYCLE = (
    # `draft` as log4brains' template has it: a proposal not yet put to the team
    Move("accept", "accepted", ("draft", "proposed"), "the team agreed to a proposal"),
    Move("reject", "rejected", ("draft", "proposed"), "the team turned a proposal down"),
    Move("deprecate", "deprecated", ACTIVE, "no longer followed, and not replaced"),
    # a draft too: a proposal replaced before it was put to the team, as logs that keep drafts write it (dotADR's
    # `* Status: Draft - Superseded by [003](..)`); `adr new --supersedes` asks this row as `adr supersede` does
    Move("supersede", "superseded", ("draft", *ACTIVE), "replaced by a newer decision (OLD; NEW must be proposed "
         "or accepted and says it supersedes OLD)"),
    Move("revisit", "unchanged, or deprecated (dropped), or superseded", ACTIVE,
         "a revisit's outcome: kept, changed, dropped or superseded"),
    Move("status", "any configured status but superseded", ("any but superseded",),
         "a correction, e.g. back to proposed"),
)
_MOVES = {move.command: move for move in LIFECYCLE}


class NothingToDo(AdrError):
    """The record is already where the command would move it: said, and not an error."""

    exit_code = ExitCode.OK


def check_move(command: str, record: Record) -> None:
    """Whether LIFECYCLE lets ``command`` move ``record``: NothingToDo when it is there already, UsageError
    when it may not start from its status."""
    move = _MOVES[command]
    if record.status == move.sets:
        raise NothingToDo(f"{record.ref} is already {move.sets}; nothing to change")
    # another tool's word for a status of the table (`proposal`) or for a decision in force (`Approved`,
    # `experimental`) starts where that status does
    if lifecycle_stage(record.status) not in move.start:
        if record.status == "superseded":
            raise UsageError(f"cannot {command} {record.ref}: it is superseded by {_successors(record)}")
        raise UsageError(f"cannot {command} {record.ref}: it is {record.status or 'without a status'} (only a "
                         f"{_either(move.start)} decision can be; see `adr lifecycle`){_misspelt(record)}")


def _misspelt(record: Record) -> str:
    """What a refusal adds where ``record``'s status is a status of the table misspelt (wallchart's `Proprosed`):
    the command that corrects it; nothing otherwise."""
    import difflib

    known = (*STATUSES, "draft")
    if not record.status or record.status in known or record.status in IN_FORCE_STATUSES:
        return ""
    close = difflib.get_close_matches(record.status, known, n=1, cutoff=0.8)
    if not close:
        return ""
    named = record.number if record.number is not None else record.id
    return f"; if it is {close[0]} misspelt, run `adr status {named} {close[0]}` first"


def _either(statuses: Sequence[str]) -> str:
    """`draft or proposed`, `draft, proposed or accepted`."""
    return " or ".join(filter(None, (", ".join(statuses[:-1]), statuses[-1])))


Change = FileChange  # the name earlier callers know


def change_status(log: DecisionLog, ref: str, status: str, config: Config, *, lifecycle: bool = True,
                  day: date | None = None) -> list[Change]:
    """`adr accept|reject|deprecate` (``lifecycle``: only from the statuses that lead there) and `adr status`
    (any configured status, e.g. back to proposed): one record, one status line (or, on ``day``, one more entry
    of its status history)."""
    record = log.find(ref)
    status = status.strip().lower()  # (the log's case is the vocabulary's to choose)
    _check_transition(record, status, config, lifecycle)
    word = _word_for(log, record, status)
    return follow_stages(log, [_edit(record, f"{record.status or 'no status'} -> {status}",
                                     lambda editor: editor.set_scalar("status", status, written=word), day=day)])


def _word_for(log: DecisionLog, record: Record, status: str) -> str | None:
    """The word ``record``'s log writes ``status`` with (``adrtool.records.vocabulary``)."""
    from adrtool.records.vocabulary import status_word

    return status_word(status, record, *_words_of_its_log(log, record))


def _words_of_its_log(log: DecisionLog, record: Record) -> tuple[list[Record], Path | None]:
    """The records of ``record``'s log and its template: what says which words the log writes."""
    from adrtool.records.vocabulary import template_of

    return ([other for other in log.records if other.log == record.log],
            template_of(log.log_of(record.directory), log.templates))


def _relation_key(log: DecisionLog, key: str, record: Record) -> str | None:
    """The key ``record``'s log writes the relation ``key`` under (``adrtool.records.vocabulary``)."""
    from adrtool.records.vocabulary import relation_key

    return relation_key(key, record, _words_of_its_log(log, record)[0])


def link(log: DecisionLog, source_ref: str, relation: str, target_ref: str, config: Config) -> list[Change]:
    """`adr link SOURCE RELATION TARGET`: SOURCE gets RELATION TARGET, and TARGET the reverse relation."""
    from adrtool.records.relations import STATUS_RELATIONS, pairs_in_use, reverses

    pairs = reverses(config)
    if relation in STATUS_RELATIONS:
        raise UsageError(f"{relation} changes a status too: use `adr supersede OLD --by NEW`")
    if relation not in pairs:
        pairs = {**pairs_in_use(log.records), **pairs}  # the pairs the log already writes (`refines`)
    if relation not in pairs:
        raise UsageError(f"unknown relation {relation!r}; expected one of: "
                         f"{', '.join(sorted(set(pairs) - STATUS_RELATIONS))} (config `relations` adds more)")
    source, target = log.find(source_ref), log.find(target_ref)
    if source.path == target.path:
        raise UsageError(f"{source.ref} cannot be linked to itself")
    reverse = pairs[relation]
    changes = []
    for record, key, other in ((source, relation, target), (target, reverse, source)):
        change = _edit(record, f"{key} {other.ref}", functools.partial(
            Editor.add_link, key=key, target=other, key_word=_relation_key(log, key, record)), log)
        if change.after != change.before:
            changes.append(change)
    if not changes:
        raise NothingToDo(f"{source.ref} {relation} {target.ref} already, both ways; nothing to change")
    return changes


def supersede(log: DecisionLog, old_ref: str, new_ref: str, config: Config, day: date | None = None) -> list[Change]:
    """`adr supersede OLD --by NEW`: OLD becomes superseded by NEW (on ``day``, where its status is a dated
    history); NEW says it supersedes OLD, as the log writes it (``config``: the relations it adds are keys of
    adrtool's)."""
    return follow_stages(log, _superseding(log, old_ref, new_ref, config, day))


def _superseding(log: DecisionLog, old_ref: str, new_ref: str, config: Config, day: date | None = None
                 ) -> list[Change]:
    old, new = log.find(old_ref), log.find(new_ref)
    if old.path == new.path:
        raise UsageError(f"{old.ref} cannot supersede itself")
    if old.status == "superseded":
        by = _successors(old)
        if links_to(old, "superseded-by", new):
            raise NothingToDo(f"{old.ref} is already superseded by {by}; nothing to change")
        raise UsageError(f"{old.ref} is already superseded by {by}")
    check_move("supersede", old)
    if lifecycle_stage(new.status) not in ACTIVE:
        raise UsageError(f"{new.ref} is {new.status or 'without a status'}; only a proposed or accepted decision "
                         "can supersede another")
    if links_to(new, "superseded-by", old):
        raise UsageError(f"{new.ref} is itself superseded by {old.ref}")
    from adrtool.records.vocabulary import superseded_in_the_status, superseded_phrase, supersedes_key

    words = _words_of_its_log(log, old)
    phrase = superseded_phrase(old, *words)
    in_status = superseded_in_the_status(*words, old, configured_keys(config), configured=config.source is not None) \
        if old.format is Dialect.FRONTMATTER else None
    word = _word_for(log, old, "superseded")
    changes = [_edit(old, f"{old.status or 'no status'} -> superseded by {new.ref}",
                     lambda editor: editor.mark_superseded(new, phrase, in_status, word=word), log, day)]
    if in_status == "section" and new.format is Dialect.FRONTMATTER:  # Structured MADR: its Status section says it
        changes.append(_edit(new, f"supersedes {old.ref}", lambda editor: editor.state_the_predecessor(old), log))
    elif in_status is None or new.format is not Dialect.FRONTMATTER:  # MADR's front matter has no key for it
        word = supersedes_key(_relation_key(log, "supersedes", new), phrase)
        changes.append(_edit(new, f"supersedes {old.ref}", lambda editor: editor.add_link(
            "supersedes", old, key_word=word), log))
    return [change for change in changes if change.after != change.before]  # (NEW may name OLD already)


def _successors(record: Record) -> str:
    """How messages name the records ``record`` is superseded by."""
    return ", ".join(named_as(record, "superseded-by")) or "another record"


def record_revisit(log: DecisionLog, ref: str, calendar: Calendar, *, outcome: str, day: date,
                   next_point: str | None, note: str | None, by: str | None, config: Config) -> list[Change]:
    """`adr revisit`: append the outcome to `revisits` and move the revisit point (or end the decision). A GOV.UK
    tech-docs page whose point its review gives (``_PageReview``) has its `last_reviewed_on` moved instead."""
    record = log.find(ref)
    page = _PageReview.of(record)
    if outcome not in OUTCOMES:
        raise UsageError(f"unknown outcome {outcome!r}; expected one of: {', '.join(OUTCOMES)}")
    if outcome in ("kept", "changed") and next_point is None and page is None:
        raise UsageError(f"--outcome {outcome} needs --next: the cycle or date of the next revisit (or never)")
    if outcome in ("superseded", "dropped") and next_point is not None:
        raise UsageError(f"--outcome {outcome} ends the decision; it takes no --next")
    if outcome == "superseded" and by is None:
        raise UsageError("--outcome superseded needs --by N: the record that supersedes it")
    if outcome != "superseded" and by is not None:
        raise UsageError("--by goes with --outcome superseded")
    if lifecycle_stage(record.status) not in ACTIVE:
        raise UsageError(f"{record.ref} is {record.status or 'without a status'}; only a proposed or accepted "
                         f"decision is revisited (see `adr lifecycle`){_misspelt(record)}")
    point = _canonical_point(next_point, calendar) if next_point is not None else None
    if page is not None:
        page.check(record, outcome, day, point, note)
    reviewed = page is not None and outcome in ("kept", "changed")  # its `last_reviewed_on` moves
    if reviewed:
        assert page is not None
        point = page.due(day, point).text
    where = calendar.current(day) if _keeps_cycles(_words_of_its_log(log, record)[0], point) else None
    entry = {"date": day.isoformat(), "cycle": where.name if where else None, "outcome": outcome,
             "next": point, "note": note}
    entry = {key: value for key, value in entry.items() if value}
    item = "{" + ", ".join(f"{key}: {yaml_scalar(value)}" for key, value in entry.items()) + "}"
    # the history of revisits is a front matter's list; a record of other keys, a page of the gem's keys alone
    # (its `last_reviewed_on` moved), keeps its point and git the history
    kept = record.format in (Dialect.FRONTMATTER, Dialect.PLAIN)  # (a plain record's front matter begun for it)
    if note is not None and not kept:
        convert = "move its fields into its front matter" if record.body_line > 1 else "give it front matter"
        raise UsageError(f"{record.ref} keeps no list of revisits to hold a --note ({record.format.value} record); "
                         f"say it in the commit message, or run `adr convert` to {convert}")

    if outcome == "superseded":
        assert by is not None
        changes = _superseding(log, ref, by, config, day)
        if not kept:
            return follow_stages(log, changes)
        old_change = changes[0]
        assert old_change.after is not None
        updated = fsio.decode(record.path, old_change.after)
        editor = Editor(parse(updated), updated)
        editor.append_to_list("revisits", item, entry)
        # The first edit (superseded) was checked against the record; this one is checked against the first.
        return follow_stages(log, [editor.change(old_change.summary, before=old_change.before), *changes[1:]])

    def apply(editor: Editor) -> None:
        if reviewed:
            assert page is not None
            editor.move_page_review(page.key, day, page.due(day, point), page.period_to(day, point))
        elif point is not None:
            editor.set_scalar("revisit", point, key_word=_relation_key(log, "revisit", record))
        else:
            editor.set_scalar("status", "deprecated", written=_word_for(log, record, "deprecated"))
        if kept:
            editor.append_to_list("revisits", item, entry)

    if reviewed:
        assert page is not None
        summary = f"revisited ({outcome}); {page.key} {day.isoformat()}, next review {point}"
    else:
        summary = f"revisited ({outcome}); " + (f"next revisit {point}" if point else "status -> deprecated")
    return follow_stages(log, [_edit(record, summary, apply, day=day)])


def _keeps_cycles(records: Sequence[Record], point: str | None) -> bool:
    """Whether a log keeps to release cycles, so that a revisit notes the cycle it fell in: a record of it names
    a cycle (its `cycle`, a revisit point at one), or the next point is one. A log dated by days alone is not
    told of the shipped OpenStack calendar (`cycle: indri` in a .NET project's record)."""
    if point is not None and (parsed := RevisitPoint.parse(point)) is not None and parsed.kind == "cycle":
        return True
    return any(record.cycle or (record.revisit is not None and record.revisit.kind == "cycle") for record in records)


@dataclass(frozen=True)
class _PageReview:
    """A GOV.UK tech-docs page's review (`last_reviewed_on: 2025-07-16`, `review_in: 12 months`), where its
    revisit point is read from: a revisit moves `last_reviewed_on` to its day, the edit the teams that keep such
    pages make, and the next review is `review_in` after it."""

    key: str  # as the page writes it
    period: str
    meta: dict[str, object]
    period_key: str = "review_in"  # as the page writes it
    # Why its review gives no next day (``page_review_gap``: `review_in: -6 months`, ERB), with the key to look at:
    # `--next DATE` then gives the day, and a `review_in` is written that reaches it.
    gap: tuple[str, str] | None = None

    @classmethod
    def of(cls, record: Record) -> _PageReview | None:
        from adrtool.records.dialects.normalize import canonical_key, page_review, page_review_gap

        written = {canonical_key(key): str(key) for key in record.meta}
        found = page_review(record.meta)
        if found is not None and found[2] == record.revisit:
            return cls(found[0], found[1], dict(record.meta), written["review-in"])
        gap = page_review_gap(record.meta) if record.revisit is None else None
        if gap is None:
            return None
        period = record.meta[written["review-in"]]
        return cls(written["last-reviewed-on"], "" if period is None else str(period).strip(), dict(record.meta),
                   written["review-in"], gap)

    def due(self, day: date, wanted: str | None = None) -> RevisitPoint:
        """The next review once the page is reviewed on ``day``: `review_in` after it, or the day ``wanted``
        (`--next`) where `review_in` gives none (checked by ``check``)."""
        from adrtool.records.dialects.normalize import review_due_after

        point = review_due_after(self.meta, day) if self.gap is None else RevisitPoint.parse(wanted or "")
        if point is None:
            raise UsageError(f"a review on {day.isoformat()} and `review_in: {self.period}` give no day")
        return point

    def period_to(self, day: date, wanted: str | None) -> tuple[str, str] | None:
        """The `review_in` (key and value) to write so that a review on ``day`` is due on ``wanted``: where the
        page's own gives no day; None where it does (it stays)."""
        from adrtool.records.dialects.normalize import review_in_between

        if self.gap is None:
            return None
        due = self.due(day, wanted).on
        assert due is not None
        period = review_in_between(day, due)
        assert period is not None  # see check
        return self.period_key, period

    def check(self, record: Record, outcome: str, day: date, point: str | None, note: str | None) -> None:
        """Refuse what such a page cannot say: a next revisit other than `review_in` gives, one that no
        `review_in` reaches where the page's gives none, or (where the page holds the gem's keys alone) a note."""
        ended = outcome in ("superseded", "dropped")
        if self.gap is not None and not ended:
            self._check_gap(record, day, point)
        elif point is not None and not ended and point != self.due(day).text:
            raise UsageError(f"{record.path.name} is a GOV.UK tech-docs page: its next review is `review_in` "
                             f"({self.period}) after `{self.key}`, {self.due(day).text} for a review on "
                             f"{day.isoformat()}; leave out --next (or change `review_in` in the page by hand)")
        if note is not None and record.format is not Dialect.FRONTMATTER:
            raise UsageError(f"{record.path.name} is a GOV.UK tech-docs page, whose front matter keeps no "
                             f"revisits to note; `adr revisit` moves its `{self.key}` only: leave out --note (say "
                             "it in the commit message)")

    def _check_gap(self, record: Record, day: date, point: str | None) -> None:
        """A page whose review gives no next day: `--next DATE` must give one, after ``day``, that a `review_in`
        adr writes reaches; ERB in either key is the page's own code, edited by hand."""
        from adrtool.records.dialects.normalize import review_in_between

        assert self.gap is not None
        key, why = self.gap
        page = f"{record.path.name} is a GOV.UK tech-docs page whose review gives no next day ({why})"
        if "<%" in str(self.meta.get(key, "")):
            raise UsageError(f"{page}; write a day in `{self.key}` and a length of time in `{self.period_key}` "
                             "(`6 months`) by hand")
        if point is None:
            raise UsageError(f"{page}; give --next DATE: adr writes `{self.key}: {day.isoformat()}` and the "
                             f"`{self.period_key}` that reaches DATE")
        wanted = RevisitPoint.parse(point)
        due = wanted.on if wanted is not None and wanted.kind == "date" else None
        if due is None or due.isoformat() != point:
            raise UsageError(f"{page}; its next review is a day: give --next as YYYY-MM-DD")
        if due <= day:
            raise UsageError(f"--next {point} is not after the review on {day.isoformat()}")
        if review_in_between(day, due) is None:
            raise UsageError(f"{page}; no `{self.period_key}` of at most 999 days, weeks or months reaches "
                             f"{point} from {day.isoformat()}: write one by hand, or give another --next")


def apply_changes(directory: Path, changes: Sequence[FileChange]) -> None:
    """Write every change, all or nothing; a record changed on disk since it was read stops the write."""
    with fsio.locked(directory) as held:
        commit(held, changes)


def _check_transition(record: Record, status: str, config: Config, lifecycle: bool) -> None:
    if not config.allows_status(status):
        raise UsageError(f"unknown status {status!r}; expected one of: {', '.join(config.settable_statuses)}")
    if status == "superseded":
        raise UsageError("use `adr supersede OLD --by NEW`: a superseded decision needs its successor")
    command = next((move.command for move in LIFECYCLE if move.sets == status), None) if lifecycle else None
    if command is not None:
        check_move(command, record)
        return
    if record.status == status:
        raise NothingToDo(f"{record.ref} is already {status}; nothing to change")
    if record.status is not None and record.status == read_status(status).status:
        raise NothingToDo(f"{record.ref} is already {record.status}, as {status} reads; nothing to change")
    if record.status == "superseded":
        raise UsageError(f"cannot make {record.ref} {status}: it is superseded by {_successors(record)}")


def _canonical_point(text: str, calendar: Calendar) -> str:
    point = RevisitPoint.parse(text)
    if point is None:
        raise UsageError("--next must not be empty")
    problem = date_problem(text)
    if problem is not None:
        raise UsageError(f"--next {text.strip()!r} is not a date ({problem})")
    if point.kind == "cycle":
        from adrtool.calendar.points import locate

        return locate(calendar, point.text).canonical
    return point.text


def _edit(record: Record, summary: str, operation: Callable[[Editor], None], log: DecisionLog | None = None,
          day: date | None = None) -> FileChange:
    """Edit the record as it is on disk now (parsed afresh, so line numbers match what is written over),
    checked to read exactly as the record plus the edit; ``log``, for an edit of its relations: how the log
    writes them; ``day``, the day the edit is made on."""
    file = fsio.read_text(record.path)
    editor = Editor(parse(file), file, day=day)
    if log is not None:
        editor.follows(*_words_of_its_log(log, record))
    operation(editor)
    return editor.change(summary)
