"""A strict parser for the flat front matter nearly every record has; None for anything else.

Loading YAML through PyYAML costs ~0.1 ms a record, most of a 10,000-record listing. Records almost always
hold `key: value` lines, which this reads directly: a plain value as people write it (`decision-makers: Ann
Lee, Bo Chen`, a URL), a quoted one, a flow list (`tags: [a, b]`), a block list (`authors:` and `  - name`
lines), an empty value, comments. It answers only where its answer is certainly PyYAML's (a property test
holds it to that): any construct it does not know (nesting, anchors, tags, multi-line or ambiguous scalars
such as `yes`, `1.0`, `0o17`, `2021-4-1`) makes it return None, and the caller falls back to PyYAML.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from typing import Any

from adrtool.patterns import deferred

# `key: value` or `key:`; the value's trailing spaces are stripped after the match (a lazy group followed by
# ` *$` would try the end of the line at every character of the value).
_KEY_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?")
_ITEM_LINE = deferred(r"( *)- +(.*)")  # a block list's item: `  - value`
# A plain scalar in a flow list: starts with a letter, no flow indicators, quotes, comment or mapping signs
# (`?` too: inside brackets, PyYAML takes it for a key anywhere).
_FLOW_PLAIN = re.compile(r"^[A-Za-z_][^#:?,\[\]{}\"'\t\\]*$")
# A plain scalar in block context (a value, a block list's item) may hold commas, brackets, quotes and a colon
# not followed by a blank; a blank and `#` open a comment, cut off before this is applied.
_BLOCK_PLAIN = re.compile(r"^[A-Za-z_/][^\t]*$")  # a path too (`/rfc/RFC-1`): no resolver starts with `/`
_INT = deferred(r"^(?:0|[1-9][0-9]{0,17}|0[0-7]{1,17})$")  # zero-padded: decimal, as frontmatter.loader reads it
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_QUOTED = deferred(r"^\"([^\"\\]*)\"$|^'([^']*)'$")
_COMMENT = re.compile(r" #")  # after a tab, `#` is an error to PyYAML
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


# What a line is, once read: a blank or comment line, `key: value`, `key:` (a block list or nothing follows),
# a block list's item (its indent and value), or None (only PyYAML can say).
_SKIP = ("", None)
_OPEN = object()  # the value of a `key:` line


class _Item:
    __slots__ = ("indent", "value")

    def __init__(self, indent: int, value: Any) -> None:
        self.indent = indent
        self.value = value


def parse_with_lines(lines: list[str]) -> tuple[dict[str, Any], dict[str, int]] | None:
    """The mapping, and the index in ``lines`` of each key, or None when only PyYAML can say."""
    result: dict[str, Any] = {}
    key_lines: dict[str, int] = {}
    memo = _LINES
    opened: str | None = None  # a `key:` whose block list (or nothing) is being read
    items: list[Any] = []
    indent = -1
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
        if type(outcome) is _Item:
            if opened is None or (items and outcome.indent != indent):
                return None
            indent = outcome.indent
            items.append(outcome.value)
            continue
        if opened is not None:
            result[opened] = items or None
            opened, items, indent = None, [], -1
        key, value = outcome
        if key in result:
            return None
        if value is _OPEN:
            opened = key
            result[key] = None
        else:
            result[key] = value.copy() if type(value) is list else value  # callers may change their lists
        key_lines[key] = index
    if opened is not None:
        result[opened] = items or None
    return result, key_lines


# The same lines recur across a log (`status: accepted`, `informed: []`, a team's names): each is read once
# a run. Values are immutable but for lists of immutable items, copied when handed out.
_LINES: dict[str, Any] = {}
_LINES_KEPT = 50_000
_MISSING = object()


def _line(line: str) -> Any:
    if not (line.isascii() and line.isprintable()) and (re.search(_NON_PRINTABLE, line) or re.search(_BREAKS, line)):
        return None
    if not line.strip(" ") or line.lstrip(" ").startswith("#"):  # a tab cannot start a YAML token
        return _SKIP
    item = _ITEM_LINE.fullmatch(line) if line.lstrip(" ").startswith("-") else None
    if item is not None:
        try:
            return _Item(len(item.group(1)), _block_value(item.group(2).rstrip(" ")))
        except _Unsure:
            return None
    match = _KEY_LINE.fullmatch(line)
    if match is None:
        return None
    key, value = sys.intern(match.group(1)), match.group(2)
    if key.lower() in _SPECIAL_WORDS:
        return None
    if value is not None:
        value = value.rstrip(" ")  # not tabs: PyYAML refuses a tab after a value (outside a comment)
    if not value or value.startswith("#"):  # `key:`, `key: # note`: a block list may follow, or nothing
        return key, _OPEN
    try:
        if value.startswith("["):
            return key, _flow_list(_uncommented(value))
        return key, _block_value(value)
    except _Unsure:
        return None


def _uncommented(text: str) -> str:
    """``text`` without a trailing comment (a blank, `#`, anything): for values that hold no quote."""
    comment = _COMMENT.search(text)
    return text[:comment.start()].rstrip(" ") if comment is not None else text


def _block_value(text: str) -> Any:
    """A value in block context: a quoted scalar (a comment may follow), or a plain one, up to a comment."""
    if text.startswith(("'", '"')):
        close = text.find(text[0], 1)
        if close < 0:
            raise _Unsure
        rest = text[close + 1:]
        if rest and not (rest[0] == " " and rest.lstrip(" ").startswith("#")):
            raise _Unsure
        return _scalar(text[:close + 1])
    text = _uncommented(text)
    if not text or text.startswith(("[", "{")):
        raise _Unsure
    return _scalar(text, block=True)


def _flow_list(text: str) -> list[Any]:
    if not text.endswith("]"):
        raise _Unsure
    inner = text[1:-1].strip()
    if not inner:
        return []
    return [_scalar(item.strip()) for item in inner.split(",")]


def _scalar(text: str, block: bool = False) -> Any:
    """A value's or a list item's scalar; the same words (tags, names, dates) recur across a log: each is read
    once a run."""
    memo = _BLOCK_SCALARS if block else _SCALARS
    found = memo.get(text, _MISSING)
    if found is _MISSING:
        try:
            found = _read_scalar(text, block)
        except _Unsure:
            found = _UNSURE
        if len(memo) >= _LINES_KEPT:
            memo.clear()
        memo[text] = found
    if found is _UNSURE:
        raise _Unsure
    return found


_SCALARS: dict[str, Any] = {}
_BLOCK_SCALARS: dict[str, Any] = {}
_UNSURE = object()


def _read_scalar(text: str, block: bool) -> Any:
    first = text[:1]
    if first.isalpha() or first == "_" or (block and first == "/"):  # the common case: a regex, the YAML 1.1 words
        plain = _BLOCK_PLAIN if block else _FLOW_PLAIN
        if not plain.match(text) or text.lower() in _SPECIAL_WORDS or text.endswith((" ", ":")) or "  " in text \
                or (block and ": " in text):
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
