"""A strict parser for the flat front matter nearly every record has; None for anything else.

Loading YAML through PyYAML costs ~0.1 ms a record, most of a 10,000-record listing. Records almost always
hold `key: scalar` and `key: [a, b]` lines, which this reads directly. It answers only where its answer is
certainly PyYAML's (a property test holds it to that): any construct it does not know (block lists,
nesting, anchors, tags, multi-line or ambiguous scalars such as `yes`, `1.0`, `0o17`, `2021-4-1`) makes it
return None, and the caller falls back to PyYAML.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from typing import Any

# `key: value`; the value's trailing blanks are stripped after the match (a lazy group followed by `[ \t]*$`
# would try the end of the line at every character of the value).
_KEY_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?")
_PLAIN = re.compile(r"^[A-Za-z_][^#:,\[\]{}\"'\t\\]*$")  # starts with a letter; no indicators inside
_INT = re.compile(r"^(?:0|[1-9][0-9]{0,17})$")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_QUOTED = re.compile(r"^\"([^\"\\]*)\"$|^'([^']*)'$")
# Plain words PyYAML (YAML 1.1) resolves to something other than a string.
_SPECIAL_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}
# Characters YAML reads as line breaks ("\n" too: a caller may hand over a line holding one), so that a line
# holding one is more than one line to PyYAML, and characters PyYAML refuses anywhere in a stream. Compiled
# when first needed: the second costs 4 ms.
_BREAKS = "[\n\r\x85\u2028\u2029]"
_NON_PRINTABLE = "[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]"


class _Unsure(Exception):
    pass


def parse(lines: list[str]) -> dict[str, Any] | None:
    """The mapping of the front-matter ``lines``, or None when only PyYAML can say."""
    parsed = parse_with_lines(lines)
    return parsed[0] if parsed is not None else None


def parse_with_lines(lines: list[str]) -> tuple[dict[str, Any], dict[str, int]] | None:
    """The mapping, and the index in ``lines`` of each key, or None when only PyYAML can say."""
    result: dict[str, Any] = {}
    key_lines: dict[str, int] = {}
    memo = _LINES
    for index, line in enumerate(lines):
        outcome = memo.get(line, _MISSING)
        if outcome is _MISSING:
            outcome = _line(line)
            if len(memo) >= _LINES_KEPT:
                memo.clear()
            memo[line] = outcome
        if outcome is None:
            return None
        if outcome is _SKIP:
            continue
        key, value = outcome
        if key in result:
            return None
        result[key] = value.copy() if type(value) is list else value  # callers may change their lists
        key_lines[key] = index
    return result, key_lines


# The same lines recur across a log (`status: accepted`, `informed: []`, a team's names): each is read once
# a run. Entries are ("", None) for a blank or comment line, None for a line only PyYAML can read, else
# (key, value); the values are immutable but for lists of immutable items, copied when handed out.
_LINES: dict[str, Any] = {}
_LINES_KEPT = 50_000
_MISSING = object()
_SKIP = ("", None)


def _line(line: str) -> Any:
    if not (line.isascii() and line.isprintable()) and (re.search(_NON_PRINTABLE, line) or re.search(_BREAKS, line)):
        return None
    if not line.strip(" ") or line.lstrip(" ").startswith("#"):  # a tab cannot start a YAML token
        return _SKIP
    match = _KEY_LINE.fullmatch(line)
    if match is None:
        return None
    key, value = sys.intern(match.group(1)), match.group(2)
    if value is not None:
        stripped = value.rstrip(" \t")
        if "\t" in value[len(stripped):]:  # PyYAML refuses a tab after a value: it decides what that means
            return None
        value = stripped
    if key.lower() in _SPECIAL_WORDS:
        return None
    try:
        return key, _value(value)
    except _Unsure:
        return None


def _value(text: str | None) -> Any:
    if text is None or text == "":
        raise _Unsure  # `key:` may open a block on the next lines
    if text.startswith("["):
        if not text.endswith("]"):
            raise _Unsure
        inner = text[1:-1].strip()
        if not inner:
            return []
        return [_scalar(item.strip()) for item in inner.split(",")]
    return _scalar(text)


def _scalar(text: str) -> Any:
    """A list item's or a value's scalar; the same words (tags, names, dates) recur across a log: each is
    read once a run."""
    found = _SCALARS.get(text, _MISSING)
    if found is _MISSING:
        try:
            found = _read_scalar(text)
        except _Unsure:
            found = _UNSURE
        if len(_SCALARS) >= _LINES_KEPT:
            _SCALARS.clear()
        _SCALARS[text] = found
    if found is _UNSURE:
        raise _Unsure
    return found


_SCALARS: dict[str, Any] = {}
_UNSURE = object()


def _read_scalar(text: str) -> Any:
    first = text[:1]
    if first.isalpha() or first == "_":  # the common case: one regex, then the YAML 1.1 words
        if not _PLAIN.match(text) or text.lower() in _SPECIAL_WORDS or text.endswith(" ") or "  " in text:
            raise _Unsure
        return _short(text)
    if first in ("'", '"'):
        quoted = _QUOTED.match(text)
        if quoted is None:
            raise _Unsure
        return _short(quoted.group(1) if quoted.group(1) is not None else quoted.group(2))
    if _INT.match(text):
        return int(text)
    dated = _DATE.match(text)
    if dated:
        try:
            return date(int(dated.group(1)), int(dated.group(2)), int(dated.group(3)))
        except ValueError:
            raise _Unsure from None
    raise _Unsure


def _short(text: str) -> str:
    """Statuses, cycles, tags and names recur across thousands of records: one object each (the parse
    cache then stores each once)."""
    return sys.intern(text) if len(text) <= 40 else text
