"""Status sections written as lists: a history of dated entries (phodal/adr's `2024-01-02 proposed` then
`2024-01-09 accepted`) and a task list of boxes (`- [ ] Proposed` / `- [x] Accepted`). A status change adds the day's
entry to the one and moves the tick of the other, on the lines an ``Editor`` holds, as the reader reads them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from adrtool.errors import UsageError, quoted, shortened
from adrtool.records.comments import uncommented
from adrtool.records.values import after_shortcode, read_date

if TYPE_CHECKING:
    from collections.abc import Callable

    from adrtool.records.edit import Editor
    from adrtool.records.values import Option

_TASK_BOX = re.compile(r"(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?\[([ xX])\][ \t]+")  # a list's box, or a box alone
_ENTRY_BULLET = re.compile(r"(?:[-*+]|\d{1,3}[.)])[ \t]+")
_YEAR_FIRST_DAY = re.compile(r"(?<!\d)\d{4}([-/.])\d{1,2}\1\d{1,2}(?!\d)")  # `2024-01-09`, `2024/1/9`
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_NAMED_DAY = re.compile(rf"(?<![\w])(?:(\d{{1,2}}) ({_MONTH}) (\d{{4}})|({_MONTH}) (\d{{1,2}}), (\d{{4}}))(?![\w])")
_DAY_LAST = re.compile(r"(?<![\d./])\d{1,2}([./])\d{1,2}\1\d{4}(?![\d./])")  # `05.01.2026`: no order to copy
_WORDS_SPAN = re.compile(r"[^\W\d_](?:.*[^\W\d_])?")  # from the first letter to the last


def add_to_history(editor: Editor, status: str, written: str | None) -> bool:
    """A status change in a record whose Status section is a history of dated entries (phodal/adr's
    `2024-01-02 proposed` then `2024-01-09 accepted`; `- 2024-05-24: Accepted`): a new entry of the day, written
    as the record's latest one is (without a remark after its word, a comment, a line break), after the
    history's last line (as phodal/adr's `adr status` adds one; a dated note after the last entry stays above
    it), the history kept. False for any other record, and for one entry this cannot write another like (the
    status then replaced); a history of several such is refused."""
    found = _dated_history(editor)
    if found is None or editor.day is None:
        return False
    history, last = found
    if len(history) == 1 and any(_day_in(editor.lines[option.at]) is None
                                 for option in _offered(editor) or ()):
        return False  # `- **Accepted** (2026-01-01)` among `- Proposed`, `- Rejected`: its mark moves
    latest = editor.key_lines["status"] - 1
    model = _entry_alone(dict(history)[latest])
    entry = next_entry(model, written or status, editor.day, cased=written is not None)
    if entry is None and len(history) == 1:
        return False  # a status line, dated, and no history (`Accepted (cycle 237, 2026-03-12)`): it is replaced
    _refuse_an_entry_after(editor, history, editor.day)
    if entry is None:
        raise editor._refusal(f"its status history's latest entry (line {latest + 1}: "
                            f"{shortened(model.strip())}) is not one adr can write the next like (a day written "
                            "year first, before or after its word); add the day's entry by hand")
    editor._restate_status(status)
    # as its entries stand: paragraphs apart (phodal/adr's), or the lines of one paragraph or list
    apart = any(not editor.lines[index].strip() for index in range(history[-2][0] + 1, history[-1][0])) \
        if len(history) > 1 else _ENTRY_BULLET.match(model.lstrip()) is None
    at = _past_a_comment_left_open(editor, last)
    if apart:
        editor._insert(at, editor.newline)
        at += 1
    else:
        editor._break_the_last_line(last, last + 1)  # (broken as the lines before it are)
    editor._insert(at, f"{entry}{editor.newline}")
    if apart and at + 1 < len(editor.lines) and editor.lines[at + 1].strip():
        editor._insert(at + 1, editor.newline)
    editor.key_lines["status"] = at + 1
    editor.dated_by_its_history = "date" not in editor.key_lines
    return True

def add_below_the_key(editor: Editor, status: str, written: str | None) -> None:
    """The day's entry of a status change added to the history of dated entries a Status section keeps below its
    status key line (phodal/adr's `STATUS：accepted` over `2018-05-22 proposed` / `2018-05-23 accepted`), written as
    its latest entry is, after its last line; nothing where the section keeps no such history, or the status is
    read from one of its entries (``add_to_history``'s)."""
    placed = status_in_its_section(editor)
    if placed is None or editor.day is None:
        return
    start, end, stated = placed
    seen = list(uncommented(line.rstrip("\r\n") for line in editor.lines[start:end]))
    history = [(index, seen[index - start]) for index in range(stated + 1, end) if a_dated_entry(seen[index - start])]
    if not history:
        return
    # in the case of the history's entries (`2020-04-05 proposed` below `Status: Proposed on 2020-04-05`)
    entry = next_entry(_entry_alone(history[-1][1]), written or status, editor.day, cased=False)
    if entry is None:
        return
    _refuse_an_entry_after(editor, history, editor.day)
    last = history[-1][0]
    apart = len(history) < 2 or any(not editor.lines[index].strip() for index in range(history[-2][0] + 1, last))
    at = _past_a_comment_left_open(editor, last)
    if apart:
        editor._insert(at, editor.newline)
        at += 1
    editor._insert(at, f"{entry}{editor.newline}")
    if at + 1 < len(editor.lines) and editor.lines[at + 1].strip():
        editor._insert(at + 1, editor.newline)


def _refuse_an_entry_after(editor: Editor, history: list[tuple[int, str]], day: dt.date) -> None:
    """Refuse a new entry on ``day`` where the history holds a later one, which would stay its latest."""
    from adrtool.records.values import history_entry

    for index, text in history:
        entry = history_entry(text)
        if entry is not None and entry.day is not None and entry.day > day:
            raise editor._refusal(f"its status history has an entry dated after {day.isoformat()} (line "
                                f"{index + 1}: {text.strip()}), which would stay its latest; correct its day "
                                "first")

def _past_a_comment_left_open(editor: Editor, index: int) -> int:
    """The index after line ``index``, or after the line that closes a comment it leaves open."""
    start = editor._status_section_lines()[0]
    *_, probe = uncommented([*(line.rstrip("\r\n") for line in editor.lines[start:index + 1]), "-"])
    if probe == "-":
        return index + 1
    return next((after + 1 for after in range(index + 1, len(editor.lines)) if "-->" in editor.lines[after]),
                len(editor.lines))

def tick(editor: Editor, status: str) -> bool:
    """A status change in a record whose Status section is a task list (`- [ ] Proposed` / `- [x] Accepted`),
    read as the reader reads it: its status is its last ticked box. One box ticked is a choice: the `x` moves to
    the box of ``status``. Several ticked are the steps taken in turn (`- [x] Proposed`, `- [x] Accepted`): the
    box of ``status`` is ticked, the ticks of the boxes above it kept (the steps before it) and those below it
    cleared (steps it goes back on), so that it is the last ticked. Refused where the list has no box for
    ``status``. False for any other record."""
    from adrtool.records.values import read_status

    items = _task_list(editor)
    if items is None:
        return False
    wanted = [index for index, _, text in items if read_status(text).status == status]
    if not wanted:
        raise UsageError(f"{editor.record.path.name}: its status is a task list with no box for {status}; add one "
                         f"(`- [ ] {status.capitalize()}`) or edit it by hand")
    target = wanted[0]
    ticked = [index for index, tick, _ in items if tick]
    mark = next((editor.lines[index][editor.lines[index].index("[") + 1] for index in ticked), "x")
    for index in ticked:
        if len(ticked) == 1 or index > target:
            _box(editor, index, " ")
    _box(editor, target, mark)
    editor.key_lines["status"] = target + 1
    return True

def move_the_mark(editor: Editor, status: str, written: str | None) -> bool:
    """A status change in a record whose Status section offers the statuses as a list (hanaloop's template's
    `- 제안됨 (Proposed)`, `- 승인됨 (Accepted)`, ..), read as the reader reads it: the one chosen marked (in bold,
    ticked among items with no box, or the one standing where the others are struck through), else its first. The
    mark moves to the item of ``status`` (in bold where none was marked); where the list has none, an item of
    ``written`` (the log's word for it) or the status is added after its last, marked so. A task list whose every
    item has a box is ``tick``'s. False for any other record."""
    from adrtool.records.values import STRIKES, TICKS, chosen_option, read_status

    placed = status_in_its_section(editor)
    options = _offered(editor)
    if placed is None or options is None or all(option.mark in TICKS for option in options):
        return False
    stated = placed[2]
    chosen = chosen_option(options)
    if (chosen.at if chosen is not None else options[0].at) != stated:
        return False
    struck = chosen is not None and chosen.mark not in ("**", "__", "[x]")  # the others are: it is the one standing
    mark = next(option.mark for option in options if option.mark in STRIKES) if struck else \
        chosen.mark if chosen is not None else "**"
    unboxed = "[ ] " if any(option.mark == "[ ]" for option in options) else ""
    last = options[-1]
    line = editor.lines[last.at]  # (as it is before a mark moves on it)
    bullet, after = line[:last.start], line[last.end:] if line.endswith("\n") else f"{line[last.end:]}{editor.newline}"
    if chosen is not None:
        _mark(editor, chosen, f"{mark}{chosen.words}{mark}" if struck else f"{unboxed}{chosen.words}"
              if mark == "[x]" else chosen.words)
    marked = _marked_as(mark, struck)
    target = next((option for option in options if read_status(option.words).status == status), None)
    if target is not None:
        _mark(editor, target, marked(target.words))
        editor.key_lines["status"] = target.at + 1
        return True
    if not editor.lines[last.at].endswith("\n"):  # the file's last line
        editor.lines[last.at] += editor.newline
    editor._insert(last.at + 1, f"{bullet}{marked(written or status.capitalize())}{after}")
    editor.key_lines["status"] = last.at + 2
    return True


def _offered(editor: Editor) -> list[Option] | None:
    """The list of the statuses offered that holds the line the record's status is read from, in its Status section;
    None where there is none."""
    from adrtool.records.values import offered_options

    placed = status_in_its_section(editor)
    if placed is None:
        return None
    start, end, stated = placed
    return offered_options([line.rstrip("\r\n") for line in editor.lines], stated, start, end)


def _marked_as(mark: str, struck: bool) -> Callable[[str], str]:
    """How the item chosen is written: as it stands where the others are struck, boxed and ticked, or in bold."""
    if struck:
        return lambda words: words
    if mark == "[x]":
        return lambda words: f"[x] {words}"
    return lambda words: f"{mark}{words}{mark}"


def _mark(editor: Editor, option: Option, text: str) -> None:
    """The item ``option`` written as ``text``, its bullet and what follows it (a line break) kept."""
    line = editor.lines[option.at]
    editor.lines[option.at] = f"{line[:option.start]}{text}{line[option.end:]}"


def _box(editor: Editor, index: int, mark: str) -> None:
    """The task-list box of line ``index`` marked ``mark`` (`x`, or a blank to clear it)."""
    line = editor.lines[index]
    at = line.index("[") + 1
    editor.lines[index] = f"{line[:at]}{mark}{line[at + 1:]}"

def status_in_its_section(editor: Editor) -> tuple[int, int, int] | None:
    """The Status section's first and past-last line indexes and the index of the line its status is read from,
    where that line is in the section; None for a record whose status is read elsewhere, or has none."""
    if "status" not in editor.key_lines:
        return None
    try:
        start, end = editor._status_section_lines()
    except UsageError:
        return None
    stated = editor.key_lines["status"] - 1
    return (start, end, stated) if start <= stated < end else None

def _task_list(editor: Editor) -> list[tuple[int, bool, str]] | None:
    """The items of the task list in the Status section that holds the line the record's status is read from
    (``nygard._ticked``: its first item opens the section's text, its items run on to the first other line; a
    box in code above it is none of them): each one's line index, whether it is ticked, and its text; None for
    any other record."""
    placed = status_in_its_section(editor)
    if placed is None or _TASK_BOX.match(editor.lines[placed[2]].lstrip()) is None:
        return None
    start, end, stated = placed
    first = last = stated
    for step, bound in ((-1, start - 1), (1, end)):
        for index in range(stated + step, bound, step):
            text = editor.lines[index].strip()
            if not text:
                continue
            if _TASK_BOX.match(text) is None:
                break
            first, last = min(first, index), max(last, index)
    return [(index, box.group(1) != " ", text[box.end():].strip()) for index in range(first, last + 1)
            if (box := _TASK_BOX.match(text := editor.lines[index].strip())) is not None]

def _dated_history(editor: Editor) -> tuple[list[tuple[int, str]], int] | None:
    """The Status section's history of dated entries around the record's status line, when it is one of them:
    each entry's line index and its text as a reader sees it (a comment is none, nor an entry), and the index
    of the history's last line (an entry, or a note on it that opens with a day); None when the status is no
    such entry."""
    from adrtool.records.values import a_dated_note, history_line

    placed = status_in_its_section(editor) if editor._status_key_line() is None else None
    if placed is None:
        return None
    start, end, stated = placed
    seen = list(uncommented(line.rstrip("\r\n") for line in editor.lines[start:end]))
    if not a_dated_entry(seen[stated - start]):
        return None
    first = last = stated
    entries = {stated}
    for step, bound in ((-1, start - 1), (1, end)):
        for index in range(stated + step, bound, step):
            text = seen[index - start]
            if not text.strip():
                continue
            if a_dated_entry(text):
                entries.add(index)
            elif not a_dated_note(history_line(text)):
                break
            first, last = min(first, index), max(last, index)
    return [(index, seen[index - start]) for index in sorted(entries)], last


def a_dated_entry(text: str) -> bool:
    """Whether ``text`` (a line, its comments taken out) is an entry of a status history with a day, as the reader
    reads one (`2024-01-09 accepted`, `- **Accepted**: 2026-03-26`, `2024-01-09 accepted by [Bob](..)`), a bullet or
    a line of its own."""
    from adrtool.records.values import history_entry

    entry = history_entry(text)
    return entry is not None and entry.day is not None


def _entry_alone(text: str) -> str:
    """``text``, an entry of a status history, as the next entry is written like it: without the backslash of a
    line break after it, and without the remark after its status (`2024-01-09 accepted by [Bob](..) after
    review`: `2024-01-09 accepted`)."""
    from adrtool.records.values import history_entry

    text = text.rstrip()
    if text.endswith("\\"):
        text = text[:-1].rstrip()
    entry = history_entry(text)
    if entry is not None and entry.remark and (at := text.rfind(entry.remark)) > 0:
        text = text[:at].rstrip()
    return text


def next_entry(model: str, word: str, day: dt.date, *, cased: bool = True) -> str | None:
    """The entry of a status history written as ``model`` is (its bullet, marks and the place of its day, the day
    as it writes it: `2024-01-09`, `2024/01/09`) stating ``word`` (not ``cased``: in the case of the model's) on
    ``day``: `2026-12-07 deprecated` after `2024-01-09 accepted`; None where the model's day is written otherwise
    (`09/01/2024`), where its words are on both sides of its day, or name a record (`Superseded by [..](..)`),
    or where the day is in a remark after the status word (`Accepted (cycle 237, 2026-03-12)`), which another
    entry cannot copy."""
    dated = _day_in(model)
    if dated is None or "[" in model:
        return None
    found, spelled = dated
    lead = len(model) - len(model.lstrip())
    bullet = _ENTRY_BULLET.match(model, lead)
    opening = bullet.end() if bullet is not None else lead
    opening = len(model) - len(after_shortcode(model[opening:]))  # (`:hourglass: Proposed (2026-01-05)`: it stays)
    before, after = model[opening:found.start()], model[found.end():]
    said = [(at, part) for at, part in ((opening, before), (found.end(), after)) if _WORDS_SPAN.search(part)]
    if len(said) != 1:
        return None
    at, part = said[0]
    words = _WORDS_SPAN.search(part)
    assert words is not None
    if "(" in words.group() or "[" in words.group():
        return None  # the day in a remark on the status (`Accepted (cycle 237, 2026-03-12)`): no entry's
    if not cased:
        from adrtool.records.vocabulary import cased_like

        word = cased_like(word, words.group())
    start, end = at + words.start(), at + words.end()
    restated = f"{model[:start]}{word}{model[end:]}"
    if start > found.start():  # (the words after the day: it stays where it is)
        return f"{restated[:found.start()]}{spelled(day)}{restated[found.end():]}".rstrip()
    moved = len(word) - (end - start)
    return f"{restated[:found.start() + moved]}{spelled(day)}{restated[found.end() + moved:]}".rstrip()


def _day_in(text: str) -> tuple[re.Match[str], Callable[[dt.date], str]] | None:
    """The one day ``text`` states (a history's entry) and how another day is written like it: year first as it
    is (`2024-01-09`, `2024/1/9`), the month named as it is (`3 March 2026`, `Feb 29, 2024`), else year first
    (`05.01.2026`, whose order of day and month another entry could not be sure to copy); None where it states
    none, more than one, or one with slashes that could be read day first or month first (`09/01/2024`)."""
    found = [*_YEAR_FIRST_DAY.finditer(text), *_NAMED_DAY.finditer(text), *_DAY_LAST.finditer(text)]
    if len(found) != 1 or (found[0].re is _DAY_LAST and found[0].group(1) == "/"
                           and not read_date(found[0].group()).sure):
        return None  # (`09/01/2024`: read either way, as a status's only day is refused so)
    day = found[0]
    if day.re is _NAMED_DAY:
        return day, lambda other: _named_like(day, other)
    if day.re is _YEAR_FIRST_DAY:
        apart, (_, month, of_month) = day.group(1), day.group().split(day.group(1))
        padded = "0" if min(len(month), len(of_month)) == 2 else ""  # (`2026-1-15`: none padded)
        return day, lambda other: apart.join((str(other.year), _padded_as(padded, other.month),
                                              _padded_as(padded, other.day)))
    return day, lambda other: other.isoformat()


def _named_like(model: re.Match[str], day: dt.date) -> str:
    """``day`` written as ``model`` names its day's month (`3 March 2026`, `Mar 3, 2026`, `03 Mar. 2026`)."""
    of_month, name = (model.group(1), model.group(2)) if model.group(1) else (model.group(5), model.group(4))
    month = _MONTHS[day.month - 1]
    if name.rstrip(".") not in _MONTHS:
        month = f"{month[:3]}{'.' if name.endswith('.') else ''}"
    number = _padded_as(of_month, day.day)
    return f"{number} {month} {day.year}" if model.group(1) else f"{month} {number}, {day.year}"


def _padded_as(model: str, number: int) -> str:
    """``number`` in two digits where ``model`` (a month's or a day's number) opens with a zero, else as it is."""
    return f"{number:02d}" if model[:1] == "0" else str(number)


_KEYED = re.compile(r"(?:\*\*|__)?[^\W\d_][^:：*_|\n]{0,30}?(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*"
                    r"(?:\*\*|__)?[ \t]*")
_CHANGES = ("→", "->", "⇒", "=>")


def mark_on_the_line(editor: Editor, status: str) -> bool:
    """A status change in a record whose Status section states its status on a line of the statuses offered
    (`Proposed | **Accepted** | Rejected`, `~~Proposed~~ Accepted ~~Rejected~~`): the mark moves on the line (the
    old one unbolded and the new one bolded, or the old one struck and the new one unstruck), the line otherwise
    kept. Refused where the line offers no ``status``, marks none or two, or is a record of status changes
    (`Proposed → Accepted`), which no edit of one word keeps. False for any other record."""
    from adrtool.records.values import choices_on_a_line

    placed = status_in_its_section(editor)
    if placed is None:
        return False
    index = placed[2]
    line = editor.lines[index]
    text = line.rstrip("\r\n")
    at = _past_its_key(text)
    if any(change in text[at:] for change in _CHANGES):
        if choices_on_a_line(text, at) is None and not _a_change_of_status(text[at:]):
            return False
        raise editor._refusal(f"its status line is a record of status changes ({quoted(text.strip())}); add the new "
                              "status to it by hand")
    refuse_a_line_offering_none(editor, index)
    choices = choices_on_a_line(text, at)
    if choices is None:
        return False
    bold = [choice for choice in choices if choice.mark in ("**", "__")]
    standing = [choice for choice in choices if choice.mark != "~~"]
    struck = not bold and len(standing) == 1 and len(standing) < len(choices)
    chosen = bold[0] if len(bold) == 1 else standing[0] if struck else None
    if chosen is None:
        raise editor._refusal(f"its status line offers several statuses ({quoted(text.strip())}) and marks "
                              f"{'two' if bold else 'none'} of them; mark the one chosen by hand")
    from adrtool.records.values import lifecycle_word

    if lifecycle_word(chosen.words) != (editor.record.status or "").lower():
        raise editor._refusal(f"its status line marks {quoted(chosen.words)} among the statuses it offers, which is "
                              f"not its status as read ({editor.record.status or 'none'}); edit it by hand")
    target = next((choice for choice in choices if lifecycle_word(choice.words) == status), None)
    if target is None:
        raise editor._refusal(f"its status line offers the statuses ({quoted(text.strip())}) but not {status}; add it "
                              "by hand, or edit the line")
    mark = "~~" if struck else chosen.mark
    new = {chosen.start: (chosen.end, f"{mark}{chosen.words}{mark}" if struck else chosen.words + chosen.remark),
           target.start: (target.end, target.words if struck else f"{mark}{target.words}{mark}")}
    for start in sorted(new, reverse=True):
        end, words = new[start]
        text = f"{text[:start]}{words}{text[end:]}"
    editor.lines[index] = f"{text}{line[len(line.rstrip(chr(13) + chr(10))):]}"
    return True


def refuse_a_line_offering_none(editor: Editor, index: int) -> None:
    """Refused where line ``index`` offers several statuses and marks none (`**Current Status**: Proposed |
    Accepted`), which a new status in the place of the first would leave offering the others. A line the reader
    took a status from is that status and a remark (`Accepted, implemented`), not statuses offered."""
    from adrtool.records.values import choices_on_a_line, read_status

    text = editor.lines[index].rstrip("\r\n")
    if read_status(text[_past_its_key(text):]).status is not None:
        return
    choices = choices_on_a_line(text, _past_its_key(text), marked=False)
    if choices is not None and not any(choice.mark for choice in choices):
        raise editor._refusal(f"its status line offers several statuses ({quoted(text.strip())}) and marks none of "
                              "them; mark the one chosen by hand")


def _past_its_key(text: str) -> int:
    """Where the value of a status line keyed as `Status:` or `**Current Status**:` starts; 0 for a line with no key."""
    key = _KEYED.match(text)
    return key.end() if key is not None and "|" not in text[:key.end()] else 0


def _a_change_of_status(text: str) -> bool:
    """Whether ``text`` is statuses joined by arrows (`Proposed → Accepted`, `**Deprecated** -> Superseded`)."""
    from adrtool.records.values import lifecycle_word

    steps = re.split("|".join(map(re.escape, _CHANGES)), text)
    return len(steps) > 1 and all(lifecycle_word(step.strip(" \t*_~`")) is not None for step in steps)
