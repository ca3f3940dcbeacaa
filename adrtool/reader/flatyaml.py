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

_KEY_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*?))?[ \t]*$")
_PLAIN = re.compile(r"^[A-Za-z_][^#:,\[\]{}\"'\t\\]*$")  # starts with a letter; no indicators inside
_INT = re.compile(r"^(?:0|[1-9][0-9]{0,17})$")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_QUOTED = re.compile(r"^\"([^\"\\]*)\"$|^'([^']*)'$")
# Plain words PyYAML (YAML 1.1) resolves to something other than a string.
_SPECIAL_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}
# Characters PyYAML refuses anywhere in a stream.
_NON_PRINTABLE = re.compile("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")


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
    try:
        for index, line in enumerate(lines):
            if not (line.isascii() and line.isprintable()) and _NON_PRINTABLE.search(line):
                return None
            if not line.strip(" ") or line.lstrip(" ").startswith("#"):  # a tab cannot start a YAML token
                continue
            match = _KEY_LINE.match(line)
            if match is None:
                return None
            key, value = sys.intern(match.group(1)), match.group(2)
            if key in result or key.lower() in _SPECIAL_WORDS:
                return None
            result[key] = _value(value)
            key_lines[key] = index
    except _Unsure:
        return None
    return result, key_lines


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
