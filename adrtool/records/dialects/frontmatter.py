"""YAML front matter (adrtool's canonical form, MADR 3 and 4), loaded safely and with limits.

Front matter YAML refuses for one value written on one line (`decision-makers: @ann @bo`: `@` cannot start a
YAML value) is read around it: the other keys as YAML reads them without that line, the value as the text it
is, noted as unread (``Unread``) for the linter to report. Anything less certain stays a ReadError.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from adrtool.errors import ReadError
from adrtool.model import Unread, parse_iso_date
from adrtool.records import markdown
from adrtool.records.dialects import flatyaml

_TOP_LEVEL_KEY = re.compile(r"^([^\s#\-?:][^:]*?)\s*:(?:\s|$)")
# A top-level key written plainly, and its value on the line (comment and all).
_PLAIN_KEY_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):[ \t]+(\S.*)")
# The first character of a value that may run on over the next lines (a quoted or flow scalar, a block
# scalar), or that depends on another line (an alias, an anchor) or on a tag: a value starting so is never
# read around.
_OPENERS = frozenset("\"'[{|>*&!")
_DATE_LIKE = re.compile(r"\b(\d{4})-(\d\d?)-(\d\d?)\b")
_FENCES = ("---", "...")
MAX_NODES = 10_000  # bounds alias expansion ("billion laughs") and absurd nesting
MAX_DEPTH = 50


def split(lines: list[str]) -> tuple[int, int] | None:
    """(first, end) line indexes of the YAML between the `---` fences (or the TOML between `+++` ones), or None
    without front matter. The fences open the file, or follow an HTML comment that does (a licence header:
    REUSE's SPDX lines) or blank lines, when a key follows them."""
    if not lines:
        return None
    opening = 0
    first = lines[0]
    if first[:3] != "---":  # most records that have none: no fence, no comment before one
        if first[:1] == "#":  # a title: the usual first line of a record without front matter
            return None
        if first[:4] == "<!--" or not first.strip():
            # front matter after a licence comment, or after blank lines (which site generators refuse)
            opening = markdown.first_content(lines, 0)
            # there, `---` may be a thematic break: front matter only when a key follows it
            if opening + 1 >= len(lines) or _TOP_LEVEL_KEY.match(lines[opening + 1]) is None:
                return None
        elif first[:3] != TOML_FENCE:
            return None
    if opening >= len(lines):
        return None
    fence = lines[opening].rstrip()
    if fence != "---":
        return _toml_split(lines, opening) if fence == TOML_FENCE else None
    for index in range(opening + 1, len(lines)):
        if lines[index].rstrip() in _FENCES:  # rstrip makes no new string for a line it leaves as it is
            return opening + 1, index
    return (opening + 1, -1) if opening == 0 else None  # after a comment or blank lines: a rule, and text


TOML_FENCE = "+++"  # Hugo's and Zola's TOML front matter, between `+++` lines


def _toml_split(lines: list[str], opening: int) -> tuple[int, int]:
    for index in range(opening + 1, len(lines)):
        if lines[index].rstrip() == TOML_FENCE:
            return opening + 1, index
    return opening + 1, -1


def is_toml(lines: list[str], bounds: tuple[int, int]) -> bool:
    """Whether the front matter ``split`` found is TOML (`+++`), which adr reads but does not edit."""
    return lines[bounds[0] - 1].rstrip() == TOML_FENCE



def load(lines: list[str], bounds: tuple[int, int] | None = None
         ) -> tuple[dict[str, Any], dict[str, int], int, tuple[Unread, ...]]:
    """(meta, line of each top-level key, index of the first body line, the lines read around); ``bounds`` as
    ``split`` gave them. A ReadError names the line, not the file (the caller knows it)."""
    bounds = bounds or split(lines)
    assert bounds is not None
    first, end = bounds
    if lines[first - 1][:3] == TOML_FENCE:
        if end < 0:
            raise ReadError(f"front matter opened on line {first} is never closed with '+++'", line=first)
        return _toml_load(lines, first, end), _toml_key_lines(lines, first, end), end + 1, ()
    if end < 0:
        raise ReadError(f"front matter opened on line {first} is never closed with '---'", line=first)
    flat = flatyaml.parse_with_lines(lines[first:end])
    if flat is not None:
        meta, offsets = flat
        return meta, {key: first + offset + 1 for key, offset in offsets.items()}, end + 1, ()
    unread: tuple[Unread, ...] = ()
    try:
        meta = _safe_load("\n".join(lines[first:end]), first)
    except _Refused as refused:
        around = _read_around(lines, first, end, refused.error)
        if around is None:
            raise refused.error from None
        meta, unread = around
    except _NotAMapping as other:  # `tag:Web Client` (no space: one string): no key to read, the body is read
        return {}, {}, end + 1, (Unread("", first + 1, other.message),)
    key_lines: dict[str, int] = {}
    for index in range(first, end):
        match = _TOP_LEVEL_KEY.match(lines[index])
        if match:
            key_lines.setdefault(sys.intern(match.group(1).strip().strip("'\"")), index + 1)
    return meta, key_lines, end + 1, unread


_TOML_KEY = re.compile(r"^([A-Za-z0-9_-]+|\"[^\"]*\")\s*=")


def _toml_load(lines: list[str], first: int, end: int) -> dict[str, Any]:
    if sys.version_info >= (3, 11):  # a version check, unlike try/except ImportError, type-checks on both
        import tomllib
    else:
        import tomli as tomllib
    try:
        return tomllib.loads("\n".join(lines[first:end]))
    except tomllib.TOMLDecodeError as error:
        line = getattr(error, "lineno", None)
        raise ReadError(f"invalid TOML front matter: {str(error).split(' (at line', 1)[0]}",
                        line=first + line if isinstance(line, int) else first + 1) from None
    except RecursionError:
        raise ReadError("front matter is nested too deeply", line=first + 1) from None


def _toml_key_lines(lines: list[str], first: int, end: int) -> dict[str, int]:
    """The line of each top-level key of TOML front matter (up to its first table)."""
    key_lines: dict[str, int] = {}
    for index in range(first, end):
        line = lines[index]
        if line.lstrip().startswith("["):
            break
        match = _TOML_KEY.match(line)
        if match:
            key_lines.setdefault(sys.intern(match.group(1).strip('"')), index + 1)
    return key_lines


class _NotAMapping(Exception):
    """The front matter is YAML, but a list or a string, not keys and values: none of it can be read."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class _Refused(Exception):
    """YAML's syntax refused the front matter (``error`` says where and why): it may be read around."""

    def __init__(self, error: ReadError) -> None:
        super().__init__(error.message)
        self.error = error


def _read_around(lines: list[str], first: int, end: int, error: ReadError
                 ) -> tuple[dict[str, Any], tuple[Unread, ...]] | None:
    """The front matter ``lines[first:end]`` read around the values YAML refuses, when that is certain; None
    otherwise (``error``, YAML's refusal of the whole, then stands).

    A line is read around when it is a top-level `key: value` line that YAML refuses on its own, for the value
    written on it (not one that may run on, such as a quoted or flow value, nor one followed by indented
    lines), and YAML's own error is on one of them. The rest is read by YAML without those lines, and must
    hold every other key of the front matter, each once: a line that belonged to another value (inside a
    flow list left open) would show there. Each value read around is kept as the text it is."""
    refused: dict[int, tuple[str, str, str]] = {}  # index: key, value's text, why YAML refuses it
    keys: list[tuple[int, str]] = []  # every top-level key, with its index
    for index in range(first, end):
        line = lines[index]
        key = _TOP_LEVEL_KEY.match(line)
        if key is not None:
            keys.append((index, key.group(1).strip().strip("'\"")))
        if key is None or flatyaml.parse([line]) is not None:  # no key, or a line read as YAML reads it
            continue
        plain = _PLAIN_KEY_LINE.fullmatch(line.rstrip(" \t"))
        why = _refusal(line) if plain is not None else None
        if plain is None or why is None:  # YAML reads it on its own, or it is no plain `key: value` line
            continue
        if (plain.group(2)[0] in _OPENERS and not _closed_flow(plain.group(2))) or _runs_on(lines, index + 1, end):
            return None
        refused[index] = (plain.group(1), plain.group(2), why)
    if not refused or error.line is None or not (error.line - 1 in refused or _cut_short(refused, error.line - 2)):
        return None
    names = [name for _, name in keys]
    if len(set(names)) != len(names):
        return None
    rest = "\n".join("" if index in refused else lines[index] for index in range(first, end))
    try:
        read = _safe_load(rest, first)
    except (_Refused, _NotAMapping, ReadError):
        return None
    if set(read) != {name for index, name in keys if index not in refused}:
        return None
    meta: dict[str, Any] = {}
    unread = []
    for index, name in keys:
        if index in refused:
            plain_key, text, why = refused[index]
            meta[plain_key] = text
            message = error.message if index + 1 == error.line else f"invalid YAML front matter: {why}"
            unread.append(Unread(plain_key, index + 1, message))
        else:
            meta[name] = read[name]
    return meta, tuple(unread)


def _refusal(line: str) -> str | None:
    """Why YAML refuses ``line`` on its own for its syntax; None when it reads it (or refuses it otherwise)."""
    import yaml

    try:
        yaml.load(line, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (yaml.scanner.ScannerError, yaml.parser.ParserError) as error:
        return error.problem or error.context or "invalid YAML"
    except (yaml.YAMLError, ValueError, OverflowError, RecursionError):
        return None
    return None


def _cut_short(refused: dict[int, tuple[str, str, str]], index: int) -> bool:
    """Whether line ``index`` is a refused flow value that a comment cut short: YAML then says so at the next
    line, where it looked for the rest of the list."""
    return index in refused and refused[index][1][0] in "[{"


def _closed_flow(value: str) -> bool:
    """Whether ``value`` is a flow list or mapping opened and closed on its line, with no quotes that could
    carry it on (`[#788, #782]`, which YAML refuses: `#` opens a comment there)."""
    return (value[0] in "[{" and value.rstrip()[-1:] == ("]" if value[0] == "[" else "}")
            and value.count("[") == value.count("]") and value.count("{") == value.count("}")
            and '"' not in value and "'" not in value)


def _runs_on(lines: list[str], start: int, end: int) -> bool:
    """Whether the next line of ``lines[start:end]`` (blank and comment lines aside) is anything but a top-level
    key's (an indented line, a list item): the line before ``start`` would hold a value that runs on."""
    for index in range(start, end):
        line = lines[index]
        if not line.strip() or line.startswith("#"):
            continue
        return _TOP_LEVEL_KEY.match(line) is None
    return False


def _safe_load(source: str, first: int) -> dict[str, Any]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(source, Loader=loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = first + 1 + mark.line if mark is not None else None
        problem = error.problem or error.context or "invalid YAML"
        refusal = ReadError(f"invalid YAML front matter: {problem}", line=line)
        if isinstance(error, (yaml.scanner.ScannerError, yaml.parser.ParserError)):
            raise _Refused(refusal) from None
        raise refusal from None
    except yaml.YAMLError as error:
        raise ReadError(f"invalid YAML front matter: {error}", line=first + 1) from None
    except RecursionError:
        raise ReadError("front matter is nested too deeply", line=first + 1) from None
    except (ValueError, OverflowError) as error:  # PyYAML builds `2021-13-01` as a date and fails
        data = _lenient_load(source)  # the date stays text (the linter reports it); the other keys are read
        if data is _FAILED:
            raise ReadError(f"invalid YAML front matter: {error}", line=_value_line(source, first)) \
                from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else "a string" if isinstance(data, str) else type(data).__name__
        raise _NotAMapping(f"front matter must be a mapping of keys to values, not {kind}")
    _check_size(data, first + 1)
    return {str(key): value for key, value in data.items()}


_FAILED: Any = object()


def _lenient_load(source: str) -> Any:
    """``source`` loaded with impossible dates (`2020-01-45`) kept as the text they are; ``_FAILED`` when it
    still cannot be loaded."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class LenientLoader(base):  # type: ignore[misc,valid-type]
        pass

    def timestamp(loader: Any, node: Any) -> Any:
        try:
            return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
        except (ValueError, OverflowError):
            return loader.construct_scalar(node)

    LenientLoader.add_constructor("tag:yaml.org,2002:timestamp", timestamp)
    try:
        return yaml.load(source, Loader=LenientLoader)  # a safe loader: builds no Python objects
    except (yaml.YAMLError, ValueError, OverflowError, RecursionError):
        return _FAILED


def _value_line(source: str, first: int) -> int | None:
    """The line of the first impossible date in ``source`` (PyYAML does not say where it failed)."""
    for offset, line in enumerate(source.split("\n")):
        for match in _DATE_LIKE.finditer(line):
            year, month, day = match.groups()
            if parse_iso_date(f"{year}-{int(month):02d}-{int(day):02d}") is None:
                return first + 1 + offset
    return first + 1


def _check_size(data: Any, line: int) -> None:
    """Refuse structures that alias expansion or nesting make huge, before anything walks them."""
    budget = MAX_NODES
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        budget -= 1
        if budget < 0:
            raise ReadError(f"front matter is too large (more than {MAX_NODES} values, aliases expanded)", line=line)
        if depth > MAX_DEPTH:
            raise ReadError(f"front matter is nested more than {MAX_DEPTH} levels deep", line=line)
        if isinstance(value, dict):
            stack.extend((item, depth + 1) for pair in value.items() for item in pair)
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)
