"""iCalendar (RFC 5545) text, written by hand: a feed needs only VCALENDAR and all-day VEVENTs, and the rules
that matter for them fit here (CRLF line ends, lines folded at 75 octets, TEXT escaped, DATE values with an
exclusive DTEND), so no library is needed at run time. Tests read every feed back with the `icalendar` library.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from adrtool.model import days_after

CRLF = "\r\n"
LINE_OCTETS = 75  # a content line's length limit, line break excluded (RFC 5545 3.1)


@dataclass(frozen=True)
class AllDayEvent:
    uid: str
    first_day: date
    last_day: date  # included: DTEND is the day after (RFC 5545 3.6.1)
    summary: str
    description: str = ""
    tentative: bool = False  # STATUS:TENTATIVE (a projected date) rather than CONFIRMED
    categories: tuple[str, ...] = ()


def calendar(name: str, prodid: str, stamp: date, events: Iterable[AllDayEvent]) -> str:
    """The feed's text: one VCALENDAR, its events in the order given. DTSTAMP is ``stamp`` at midnight UTC, so
    the same inputs on the same day give the same bytes."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{prodid}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{escape(name)}"]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{date_value(stamp)}T000000Z",
            f"DTSTART;VALUE=DATE:{date_value(event.first_day)}",
            end(event),
            f"SUMMARY:{escape(event.summary)}",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{escape(event.description)}")
        if event.categories:
            lines.append(f"CATEGORIES:{','.join(escape(category) for category in event.categories)}")
        lines += [f"STATUS:{'TENTATIVE' if event.tentative else 'CONFIRMED'}", "TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)


def date_value(day: date) -> str:
    """A DATE value: YYYYMMDD, the year in four digits however small (strftime's `%Y` gives `1` for year 1)."""
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def end(event: AllDayEvent) -> str:
    """DTEND, the day after the last; for an event ending on the last day a date holds, whose next day no DATE
    can say, its length instead (DURATION, RFC 5545 3.8.2.5)."""
    after = days_after(event.last_day, 1)
    if after is None:
        return f"DURATION:P{(event.last_day - event.first_day).days + 1}D"
    return f"DTEND;VALUE=DATE:{date_value(after)}"


def escape(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as `\\n`; the control
    characters TEXT may not hold (all but tab: ESC, BEL, DEL, C1 ...) removed, so none reaches a terminal."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _NOT_TEXT.sub("", text)
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


_NOT_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def fold(line: str) -> str:
    """A content line folded into lines of at most 75 octets, each continuation starting with a space; never
    inside a UTF-8 sequence (RFC 5545 3.1). A feed goes to stdout too, where a CI runner reads each line: so
    a continuation never starts (after its space) with a blank or a `:` (no `::command` from a record's text
    can begin a line), and a `##[` is always folded between `##` and `[`. Unfolding gives the same value."""
    if len(line.encode("utf-8")) <= LINE_OCTETS and "##[" not in line:
        return line
    parts: list[str] = []
    current: list[str] = []
    size, limit = 0, LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        split_command = char == "[" and len(current) >= 2 and current[-1] == current[-2] == "#"
        if size + octets > limit or split_command:
            carried: list[str] = []
            if not split_command:  # move the fold back until the continuation starts with something harmless
                while len(current) > 1 and (char if not carried else carried[0]) in _NOT_FIRST:
                    carried.insert(0, current.pop())
                    if carried[0] not in _NOT_FIRST:
                        break
            parts.append("".join(current))
            current = carried
            size = sum(len(item.encode("utf-8")) for item in carried)
            limit = LINE_OCTETS - 1  # the leading space counts
        current.append(char)
        size += octets
    parts.append("".join(current))
    return (CRLF + " ").join(parts)


_NOT_FIRST = frozenset(": \t")
