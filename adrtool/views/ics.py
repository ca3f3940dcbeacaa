"""iCalendar (RFC 5545) text, written by hand: a feed needs only VCALENDAR and all-day VEVENTs, and the rules
that matter for them fit here (CRLF line ends, lines folded at 75 octets, TEXT escaped, DATE values with an
exclusive DTEND), so no library is needed at run time. Tests read every feed back with the `icalendar` library.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

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
            f"DTSTAMP:{stamp.strftime('%Y%m%d')}T000000Z",
            f"DTSTART;VALUE=DATE:{event.first_day.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(event.last_day + timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{escape(event.summary)}",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{escape(event.description)}")
        if event.categories:
            lines.append(f"CATEGORIES:{','.join(escape(category) for category in event.categories)}")
        lines += [f"STATUS:{'TENTATIVE' if event.tentative else 'CONFIRMED'}", "TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)


def escape(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as `\\n`."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """A content line folded into lines of at most 75 octets, each continuation starting with a space; never
    inside a UTF-8 sequence (RFC 5545 3.1)."""
    if len(line.encode("utf-8")) <= LINE_OCTETS:
        return line
    parts: list[str] = []
    current: list[str] = []
    size, limit = 0, LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, LINE_OCTETS - 1  # the leading space counts
        current.append(char)
        size += octets
    parts.append("".join(current))
    return (CRLF + " ").join(parts)
