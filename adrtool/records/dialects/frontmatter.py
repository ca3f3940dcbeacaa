"""YAML front matter (adrtool's canonical form, MADR 3 and 4), loaded safely and with limits.

Front matter YAML's syntax refuses (`decision-makers: @ann @bo`: `@` cannot start a YAML value; `rfc pr:
[#335](https://..)`: `#` opens a comment inside a flow list) is read a key at a time: each key YAML reads on its
own as YAML reads it, the others as the text they are, noted as unread (``Unread``) for the linter to report.
What YAML reads but cannot build (an unknown tag) or would build too big stays a ReadError.
"""

from __future__ import annotations

import functools
import re
import sys
from typing import Any

from adrtool.errors import ReadError
from adrtool.model import Unread, parse_iso_date
from adrtool.patterns import deferred
from adrtool.records import markdown
from adrtool.records.dialects import flatyaml

# The key before the line's first colon (stripped where it is used): a lazy key before `\s*:` would be quadratic.
_TOP_LEVEL_KEY = re.compile(r"^([^\s#\-?:][^:]*):(?:\s|$)")
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
            if len(lines) < 4 or (lines[1] or lines[2])[:1] not in ("`", "", "<"):
                return None  # a title, then text or a heading: no code block under it (a cheap look first)
            return _fenced(lines, markdown.first_content(lines, 1))
        if first[:3] == "```":
            return _fenced(lines, 0)
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
    if opening == 0 and len(lines) > 1 and not lines[1].strip():
        # a blank line under the fence: front matter when a key comes first, else a thematic break over the title
        # (18F/identity-pki's template: `---`, a blank line, `# Architecture Decision Record 12: ..`)
        content = markdown.first_content(lines, 1)
        if content >= len(lines) or _TOP_LEVEL_KEY.match(lines[content]) is None:
            return None
    for index in range(opening + 1, len(lines)):
        if lines[index].rstrip() in _FENCES:  # rstrip makes no new string for a line it leaves as it is
            return opening + 1, index
    return (opening + 1, -1) if opening == 0 else None  # after a comment or blank lines: a rule, and text


TOML_FENCE = "+++"  # Hugo's and Zola's TOML front matter, between `+++` lines
_YAML_CODE_FENCES = ("```yaml", "```yml")


def _fenced(lines: list[str], opening: int) -> tuple[int, int] | None:
    """The bounds of front matter written inside a ```yaml code block that opens the record or follows its
    title (external-secrets' design records, KEP-like: ```yaml / `---` / `status: implemented` / `---` / ```),
    when the block is only a `---`-delimited mapping with a `status:` key; None otherwise (any other code
    block stays unread)."""
    if opening + 2 >= len(lines) or lines[opening][:3] != "```" \
            or lines[opening].rstrip().lower() not in _YAML_CODE_FENCES \
            or lines[opening + 1].rstrip() != "---":
        return None
    for index in range(opening + 2, len(lines)):
        line = lines[index].rstrip()
        if line == "---":
            if index + 1 < len(lines) and lines[index + 1].strip() == "```" \
                    and any(lines[key][:7].lower() == "status:" for key in range(opening + 2, index)):
                return opening + 2, index
            return None
        if line[:3] == "```":
            return None
    return None


def is_fenced(lines: list[str], bounds: tuple[int, int]) -> bool:
    """Whether the front matter ``split`` found is inside a ```yaml code block (``_fenced``)."""
    return bounds[0] >= 2 and lines[bounds[0] - 2][:3] == "```"


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
    body = end + 2 if is_fenced(lines, bounds) else end + 1  # a code block's closing fence is not the body's
    flat = flatyaml.parse_with_lines(lines[first:end])
    if flat is not None:
        meta, offsets = flat
        flat_lines = {key: first + offset + 1 for key, offset in offsets.items()}
        if type(meta.get(NESTING_KEY)) is dict and "status" not in meta:
            return (*_lifted(meta, flat_lines, lines, first, end), body, ())
        return meta, flat_lines, body, ()
    unread: tuple[Unread, ...] = ()
    try:
        meta = _safe_load("\n".join(lines[first:end]), first)
    except _Refused as refused:
        meta, unread = _read_loosely(lines, first, end, refused.error)
    except _NotAMapping as other:
        unspaced = _unspaced_keys(lines, first, end)
        if unspaced is not None:
            return *unspaced, body, ()
        return {}, {}, body, (Unread("", first + 1, other.message),)
    key_lines: dict[str, int] = {}
    for index in range(first, end):
        match = _TOP_LEVEL_KEY.match(lines[index])
        if match:
            key_lines.setdefault(sys.intern(match.group(1).strip().strip("'\"")), index + 1)
    if type(meta.get(NESTING_KEY)) is dict and "status" not in meta:
        meta, key_lines = _lifted(meta, key_lines, lines, first, end)
    return meta, key_lines, body, unread


# The key some logs nest a record's own fields under, the rest of the front matter being a site generator's
# (input-output-hk/catalyst-voices: `title:` and `tags:` beside `adr:` / `  status: accepted` / `  created:` /
# `  author:` / `  extends: [0009-x]`). Its `author` is who decided, `extends` names a related record.
NESTING_KEY = "adr"
_NESTED_NAMES = {"author": "decision-makers", "authors": "decision-makers", "extends": "relates-to"}


def _lifted(meta: dict[str, Any], key_lines: dict[str, int], lines: list[str], first: int, end: int
            ) -> tuple[dict[str, Any], dict[str, int]]:
    """``meta`` with the fields nested under ``NESTING_KEY`` read as the record's own, when they state its
    status (a map under `adr:` without one, `adr: {id: 7}`, is another tool's and stays as it is); the keys the
    front matter writes beside it win. Each lifted key's line is where it is written, indented under `adr:`."""
    nested: dict[str, Any] = meta[NESTING_KEY]
    if not any(type(key) is str and key.lower() == "status" for key in nested):
        return meta, key_lines
    renamed = {} if "decision-makers" in nested or "deciders" in nested else _NESTED_NAMES
    lifted = {renamed.get(key, key) if type(key) is str else key: value for key, value in nested.items()}
    outer = {key: value for key, value in meta.items() if key != NESTING_KEY}
    lines_of = {key: line for key, line in key_lines.items() if key != NESTING_KEY}
    opening = next((index for index in range(first, end) if lines[index].lstrip().startswith(NESTING_KEY + ":")),
                   None)
    if opening is not None:
        depth = len(lines[opening]) - len(lines[opening].lstrip())
        for index in range(opening + 1, end):
            line = lines[index]
            stripped = line.lstrip()
            if not stripped or stripped[0] == "#":
                continue
            if len(line) - len(stripped) <= depth:
                break
            key = stripped.split(":", 1)[0].strip()
            if ":" in stripped and key in nested:
                lines_of.setdefault(renamed.get(key, key), index + 1)
    return {**lifted, **outer}, lines_of


_TOML_KEY = deferred(r"^([A-Za-z0-9_-]+|\"[^\"]*\")\s*=")


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


# A key written with no blank after its colon (Ensembl/decisions' `tag:Web Client` over each adr-tools record): YAML
# reads the line as one string, a person (and adr-viewer, which renders that log) as a key and its value. Not a
# URL's scheme (`https://x`).
_UNSPACED_KEY = deferred(r"([^\W\d][\w.-]*):(?=[^\s/])(.*)$")


def _unspaced_keys(lines: list[str], first: int, end: int) -> tuple[dict[str, Any], dict[str, int]] | None:
    """The front matter ``lines[first:end]`` as keys and their texts when every line of it is a key written
    with no blank after its colon; None otherwise (prose, a list: front matter that says nothing to read)."""
    meta: dict[str, Any] = {}
    key_lines: dict[str, int] = {}
    for index in range(first, end):
        line = lines[index].strip()
        if not line or line[0] == "#":
            continue
        match = _UNSPACED_KEY.match(line)
        if match is None:
            return None
        key = sys.intern(match.group(1))
        meta[key] = match.group(2).strip()
        key_lines.setdefault(key, index + 1)
    return (meta, key_lines) if meta else None


class _NotAMapping(Exception):
    """The front matter is YAML, but a list or a string, not keys and values: none of it can be read."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class _Refused(Exception):
    """YAML's syntax refused the front matter (``error`` says where and why; an alias never defined, as
    `*Accepted*` is to YAML, too): it is read a key at a time."""

    def __init__(self, error: ReadError) -> None:
        super().__init__(error.message)
        self.error = error


def _read_loosely(lines: list[str], first: int, end: int, error: ReadError
                  ) -> tuple[dict[str, Any], tuple[Unread, ...]]:
    """The front matter ``lines[first:end]``, which YAML refuses (``error``), read a key at a time, as a person
    reads it: each top-level `key: value` line (a key of a few words: `rfc pr`, `decision-makers`), with the
    indented or list lines under it, is read by YAML alone when YAML reads it, else as the text it is (a
    list of its items' texts under an empty value) and noted as unread for the linter. A line that is no such
    key (prose, `The plan: do X`) belongs to the key before it. When every key reads alone, YAML's refusal of
    the whole is noted where it says."""
    starts = [index for index in range(first, end) if _LOOSE_KEY.match(lines[index])]
    meta: dict[str, Any] = {}
    unread: list[Unread] = []
    for position, start in enumerate(starts):
        stop = starts[position + 1] if position + 1 < len(starts) else end
        chunk = lines[start:stop]
        read = flatyaml.parse(chunk)
        why = None
        if read is None:
            try:
                read = _safe_load("\n".join(chunk), start)
            except _Refused as refused:
                why = refused.error.message
            except (_NotAMapping, ReadError) as other:
                why = other.message
        if read is not None and why is None:
            meta.update(read)
            continue
        match = _LOOSE_KEY.match(chunk[0])
        assert match is not None
        key = sys.intern(match.group(1))
        meta[key] = _loose_value((match.group(2) or "").rstrip(" \t"), chunk[1:])
        unread.append(Unread(key, start + 1, why or error.message))
    if not unread:  # every key reads alone, the whole does not (a line before the first key, say)
        unread.append(Unread("", error.line or first + 1, error.message))
    return meta, tuple(unread)


# A key as people write one in front matter: a word, or a few (`rfc pr`, `tracking issue`), then a colon and a
# blank or the line's end; what follows is its value.
# The value's trailing blanks are stripped after the match: a lazy value before `[ \t]*$` would try the end of the
# line at every character of it.
_LOOSE_KEY = deferred(r"([^\W\d][\w.-]*(?: [\w.-]+){0,2}):(?:[ \t]+(.*))?$")


def _loose_value(text: str, under: list[str]) -> Any:
    """The value written ``text`` on its key's line, with the lines ``under`` it: the text, its indented lines
    run on (as YAML runs a plain value on), or under an empty value, its list items' texts."""
    rest = [line.strip() for line in under if line.strip() and not line.lstrip().startswith("#")]
    if not text and rest and all(line[:2] == "- " or line == "-" for line in rest):
        return [line[2:].strip() for line in rest]
    folded = [line for line in rest if line[:2] != "- "] if text else rest
    return " ".join([text, *folded]).strip() or None


@functools.cache
def loader() -> Any:
    """The YAML loader front matter is read with: PyYAML's safe loader (its C one where built), a number written
    with zeros before it decimal (`supersedes: 021` is record 21, as its author means, not YAML 1.1's octal 17)."""
    import yaml

    class FrontMatterLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        pass

    def integer(loader: Any, node: Any) -> Any:
        if len(node.value) <= _LONGEST_NUMBER and _ZERO_PADDED.fullmatch(node.value) is not None:
            return int(node.value.replace("_", ""), 10)
        return yaml.constructor.SafeConstructor.construct_yaml_int(loader, node)

    FrontMatterLoader.add_constructor("tag:yaml.org,2002:int", integer)
    return FrontMatterLoader


_ZERO_PADDED = re.compile(r"[-+]?0[0-7_]+")  # what YAML 1.1 reads as octal
_LONGEST_NUMBER = 20  # digits of a number read so: a longer one names no record (and stays YAML's)


def _safe_load(source: str, first: int) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.load(source, Loader=loader())
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = first + 1 + mark.line if mark is not None else None
        problem = error.problem or error.context or "invalid YAML"
        refusal = ReadError(f"invalid YAML front matter: {problem}", line=line)
        if isinstance(error, (yaml.scanner.ScannerError, yaml.parser.ParserError, yaml.composer.ComposerError)):
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

    class LenientLoader(loader()):  # type: ignore[misc]
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
