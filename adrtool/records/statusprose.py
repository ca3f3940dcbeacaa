"""What a status paragraph says beside its status, which a change of status keeps.

`Accepted (2026-03-16). Phase 1 complete.` states a status, a remark only about it (its day, its cycle) and a
note. A new status takes the word's place and the remark goes with the old status (where it gave the record's
only day, the editor writes that to a `Date:` line first); the note stays, a paragraph of its own after the new
status, so that nobody reads it as part of it. Words that go on with the status's own sentence (`Accepted on
2026-02-25 after a long debate`) would then be said of the new status: the editor refuses, naming them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from adrtool.model import SAME_STATUSES
from adrtool.records.comments import without_comments
from adrtool.records.values import SHORTCODE, date_alone, lifecycle_word


@dataclass(frozen=True)
class Apart:
    """A status paragraph taken apart: its status's words from ``start`` to ``end`` (the emphasis closing them up
    to ``closed``), and after them the words it keeps (``kept``, from offset ``kept_at``) or the words that go on
    with the status's sentence (``goes_on``)."""

    start: int
    end: int
    closed: int
    remarked: int  # where a remark only about the status, which goes with it, ends (``closed`` where none)
    kept: str = ""
    kept_at: int = -1
    goes_on: str = ""
    attached: str = ""  # a remark attached to the status, about the old one: a new status cannot take it
    link: str = ""  # the address of the link whose text the status is


_WORD = re.compile(r"[^\W\d_]+")
_ANY_WORD = re.compile(r"[^\W_]")
# marks, emoji and their shortcodes (`:hourglass:`), blanks and comments before the word
_OPENING = re.compile(rf"(?:<!--.*?-->|{SHORTCODE}|[^\w(（<\n])*")
_KEY = re.compile(r"(?:\*\*|__)?[^\W\d_][^:：*_\n]{0,30}?(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*"
                  r"(?:\*\*|__)?")
_CLOSING = re.compile(r"(?:\*\*|__|[*_~`])*")
_PAIRED = re.compile(r"[ \t]*[(（][ \t]*([^\W\d_]+)[ \t]*[)）]")  # `승인됨 (Accepted)`
_REMARK = re.compile(r"[ \t]*[(（]([^()（）\n]*)[)）](?:\*\*|__|[*_])*")
# Where the status's sentence ends and the paragraph goes on apart from it; a bracket opens a remark kept whole.
_APART = re.compile(r"[ \t]*(?:[.;:!?]+(?=\s|$)[ \t]*|[-–—|]+[ \t]+|\n|(?=[(（]))\s*")
_HARD_BREAK = re.compile(r"(?:[ \t]{2,}|[ \t]*\\)\n\s*")  # two blanks or a backslash, then a line break
_ATTACHING = re.compile(r"[ \t]*(?:[:：]|[-–—]+[ \t])")  # `Accepted: by the CTO`, `Proposed — under review`
_ABOUT_THE_STATUS = re.compile(r"(?:by|since|until|pending|awaiting|under[ \t]+review)\b", re.IGNORECASE)
_SENTENCE_ENDED = re.compile(r"[ \t]*[.!?]")
_LINK_END = re.compile(r"\]\(([^()\s]*)\)")
_DAY_NEXT = re.compile(r"[ \t]*(?:,[ \t]*|on[ \t]+)?(?=\d)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;!?](?=\s|$)|\n")
_CYCLE = re.compile(r"\b(?:cycle|sprint|iteration)\s*#?\d+\b", re.IGNORECASE)


def apart(paragraph: str, status: str | None) -> Apart | None:
    """``paragraph`` (its lines joined by newlines), which states ``status``, taken apart; None where its first
    words are no such status. Nothing kept and nothing going on: all that follows them is marks, comments and a
    remark only about the status."""
    found = _status_words(paragraph, status)
    if found is None:
        return None
    start, end, closed = found
    at = closed
    remark = _REMARK.match(paragraph, at)
    if remark is not None and only_about_the_status(remark.group(1)):
        at = remark.end()
    elif (day := _DAY_NEXT.match(paragraph, at)) is not None:
        stop = _SENTENCE_END.search(paragraph, day.end())
        stop_at = stop.start() if stop is not None else len(paragraph)
        if date_alone(paragraph[day.end():stop_at]) is not None:
            at = stop_at  # `Accepted on 2026-02-25.`, `Accepted, 2026-03-04`
    remarked = at
    at = _CLOSING.match(paragraph, at).end()  # type: ignore[union-attr]
    linked = _LINK_END.match(paragraph, at) if "[" in paragraph[:start] else None
    if linked is not None:  # `[Accepted](http://x/accepted)`: its address names the old status
        after = " ".join(without_comments(paragraph[linked.end():]).split())
        return Apart(start, end, closed, remarked, goes_on=after, link=linked.group(1))
    if not _ANY_WORD.search(without_comments(paragraph[at:])):
        return Apart(start, end, closed, remarked)
    broken = _HARD_BREAK.match(paragraph, at)
    separated = broken or _APART.match(paragraph, at)
    if separated is None:
        return Apart(start, end, closed, remarked, goes_on=" ".join(paragraph[at:].split()).lstrip(",，、 "))
    kept = paragraph[separated.end():]
    if only_about_the_status(kept.strip()):
        return Apart(start, end, closed, len(paragraph))
    if broken or _ATTACHING.match(paragraph, at) or _ABOUT_THE_STATUS.match(kept.lstrip("(（ \t")) is not None or \
            (kept[:1] in ("(", "（") and _SENTENCE_ENDED.match(paragraph, at) is None):
        return Apart(start, end, closed, remarked, attached=" ".join(kept.split()))
    return Apart(start, end, closed, remarked, kept=kept, kept_at=separated.end())


def only_about_the_status(remark: str) -> bool:
    """Whether a remark on a status says no more than the status's day and cycle (`cycle 237, 2026-03-12`)."""
    rest = _CYCLE.sub("", remark).strip(" \t,;.")
    if rest[:3].lower() == "on ":
        rest = rest[3:]
    return not rest or date_alone(rest) is not None


def _status_words(paragraph: str, status: str | None) -> tuple[int, int, int] | None:
    """Where the words stating ``status`` open ``paragraph`` (after marks, comments and a key, `Status:`), a
    translation in brackets (`승인됨 (Accepted)`) with them: their start, their end and the end of the emphasis
    closing them."""
    if not status:
        return None
    at = _OPENING.match(paragraph).end()  # type: ignore[union-attr]
    found = _stating(paragraph, at, status)
    if found is None and (key := _KEY.match(paragraph, at)) is not None:
        found = _stating(paragraph, key.end(), status)
    if found is None:
        return None
    end = found[1]
    closed = _CLOSING.match(paragraph, end).end()  # type: ignore[union-attr]
    paired = _PAIRED.match(paragraph, closed)
    if paired is not None and _same(lifecycle_word(paired.group(1)), status):
        end = paired.end()
        closed = _CLOSING.match(paragraph, end).end()  # type: ignore[union-attr]
    return found[0], end, closed


def _stating(paragraph: str, at: int, status: str) -> tuple[int, int] | None:
    """The one or two words at ``at`` that state ``status`` (`Accepted`, `Not adopted`): where they start and end."""
    first = _WORD.match(paragraph, at)
    if first is None:
        return None
    if _same(lifecycle_word(first.group()), status):
        return first.start(), first.end()
    second = _WORD.match(paragraph, first.end() + 1) if paragraph[first.end():first.end() + 1] in (" ", "-") else None
    if second is not None and _same(lifecycle_word(paragraph[first.start():second.end()]), status):
        return first.start(), second.end()
    return None


def _same(word: str | None, status: str) -> bool:
    return word is not None and SAME_STATUSES.get(word, word) == SAME_STATUSES.get(status, status)
