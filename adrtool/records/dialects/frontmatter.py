"""YAML front matter (adrtool's canonical form, MADR 3 and 4), loaded safely and with limits."""

from __future__ import annotations

import re
import sys
from typing import Any

from adrtool.errors import ReadError
from adrtool.model import parse_iso_date
from adrtool.records.dialects import flatyaml

_TOP_LEVEL_KEY = re.compile(r"^([^\s#\-?:][^:]*?)\s*:(?:\s|$)")
_DATE_LIKE = re.compile(r"\b(\d{4})-(\d\d?)-(\d\d?)\b")
_FENCES = ("---", "...")
MAX_NODES = 10_000  # bounds alias expansion ("billion laughs") and absurd nesting
MAX_DEPTH = 50


def split(lines: list[str]) -> tuple[int, int] | None:
    """(first, end) line indexes of the YAML between the `---` fences, or None without front matter."""
    if not lines or lines[0].rstrip() != "---":
        return None
    for index in range(1, len(lines)):
        if lines[index].rstrip() in _FENCES:  # rstrip makes no new string for a line it leaves as it is
            return 1, index
    return 1, -1


def load(lines: list[str], bounds: tuple[int, int] | None = None) -> tuple[dict[str, Any], dict[str, int], int]:
    """(meta, line of each top-level key, index of the first body line); ``bounds`` as ``split`` gave them.
    A ReadError names the line, not the file (the caller knows it)."""
    bounds = bounds or split(lines)
    assert bounds is not None
    first, end = bounds
    if end < 0:
        raise ReadError("front matter opened on line 1 is never closed with '---'", line=1)
    flat = flatyaml.parse_with_lines(lines[first:end])
    if flat is not None:
        meta, offsets = flat
        return meta, {key: first + offset + 1 for key, offset in offsets.items()}, end + 1
    meta = _safe_load("\n".join(lines[first:end]), first)
    key_lines: dict[str, int] = {}
    for index in range(first, end):
        match = _TOP_LEVEL_KEY.match(lines[index])
        if match:
            key_lines.setdefault(sys.intern(match.group(1).strip().strip("'\"")), index + 1)
    return meta, key_lines, end + 1


def _safe_load(source: str, first: int) -> dict[str, Any]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(source, Loader=loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = first + 1 + mark.line if mark is not None else None
        problem = error.problem or error.context or "invalid YAML"
        raise ReadError(f"invalid YAML front matter: {problem}", line=line) from None
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
        raise ReadError(f"front matter must be a mapping of keys to values, not {kind}", line=first + 1)
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
