"""The relative links of a Markdown file, found as they are written and written again where a file moved.

A link's destination is found where a reader follows one: an inline link or image (`[a](x.md)`, `![a](x.png)`), a
link reference definition (`[a]: x.md`, in a blockquote or a list item too), and the `href` or `src` of an HTML tag
(`<a href="x.md">`, `<img src="x.png">`); it counts only where markdown-it reads it as one (not in a code block, nor in
a code span unless the same destination is a link elsewhere). Its query and fragment start where markdown-it's start,
once escapes and character references are read (`0003&#45;x.md` has none). Each is written again as it was spelt: in
angle brackets or not, percent-encoded or not, its query and fragment as they were. A destination inside another
(an attribute's value holding `](`) is part of it; a text whose rewritten destinations would overlap, or read
otherwise, is refused.
"""

from __future__ import annotations

import html
import os
import posixpath
import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from adrtool.errors import WriteRefused
from adrtool.patterns import deferred

_UNSAFE = "its links cannot be rewritten safely ({why}); nothing was changed: make the move by hand and edit its links"

# Where an inline link's destination starts (`](`), or a link reference definition's (`[label]:` opening a line, or
# a blockquote's or list item's line: `> [label]:`, `- [label]:`, however deep; its destination on the next line, that
# line's quote marks before it).
_OPENING = deferred(r"\]\([ \t]*\n?[ \t]*"
                    r"|^(?:[ \t]*(?:>|(?:[-+*]|[0-9]{1,9}[.)])(?=[ \t])))*[ \t]*\[(?:[^\[\]\\\n]|\\.){1,999}\]:"
                    r"[ \t]*(?:\n(?:[ \t]*>)*[ \t]*)?", re.MULTILINE)
# An `href` or `src` attribute of an HTML tag, its value quoted or not.
_ATTRIBUTE = deferred(r"""\s(?:href|src)[ \t\n]*=[ \t\n]*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.IGNORECASE)
# Where a destination's query or fragment may start: at a `?` or `#` (a mark), or at an escape or character reference
# reading as one (`\#`, `&#35;`, `&num;`); any other reference is passed over whole (`&#45;` starts none).
_MARKDOWN_UNIT = deferred(r"(?P<mark>[?#]|\\[?#]|&#0*(?:35|63);|&#[xX]0*(?:23|3[fF]);|&(?:num|quest);)"
                          r"|&[A-Za-z#][A-Za-z0-9]{1,31};|\\[!-/:-@\[-`{-~]")
# (In an HTML attribute a numeric reference needs no `;`, and a backslash is itself.)
_HTML_UNIT = deferred(r"(?P<mark>[?#]|&#0*(?:35|63)(?![0-9]);?|&#[xX]0*(?:23|3[fF])(?![0-9A-Fa-f]);?|&(?:num|quest);)"
                      r"|&(?:#[0-9]+;?|#[xX][0-9A-Fa-f]+;?|[A-Za-z][A-Za-z0-9]*;?)")
_UNQUOTED = deferred(r"""[^\s"'=<>`&]+""")
_ENCODED = deferred(r"%[0-9A-Fa-f]{2}")
_MOST_PARENTHESES = 32  # open in a destination (markdown-it's limit)
_UNRESERVED = deferred(r"[A-Za-z0-9._~-]+")
# What a destination outside angle brackets cannot hold as it is.
_NOT_BARE = deferred(r"[\s<>\x00-\x1f\x7f]")
# Kept as they are when a path is percent-encoded: a path's separators and the characters a URL path holds as they are.
_SAFE_ENCODED = "/!$'()*+,;=:@~"


@dataclass(frozen=True)
class _Destination:
    """A link's destination as written in the text, between ``start`` and ``end``."""

    start: int
    end: int
    written: str  # as written, without angle brackets or quotes
    form: str  # "bare", "angle" (`<a b.md>`), or the quote of an HTML attribute's value ('"', "'", "" unquoted)

    @property
    def in_html(self) -> bool:
        return self.form not in ("bare", "angle")

    def path_and_rest(self) -> tuple[str, str]:
        """The path, and its query and fragment (`?x=1#f`) as written: they start at the first `?` or `#` read once
        escapes and character references are (the `#` of `&#45;` starts none; `&num;` starts a fragment)."""
        for match in (_HTML_UNIT if self.in_html else _MARKDOWN_UNIT).finditer(self.written):
            if match.group("mark") is not None:
                return self.written[:match.start()], self.written[match.start():]
        return self.written, ""

    def file_name(self) -> str | None:
        """The relative path of the file this destination leads to (escapes, entities and percent-encoding read);
        None when it leads to no file by a relative path: a page's own anchor, a path from the site's root, a URL,
        a Windows path (`.\\0002-x.md`, which no reader follows)."""
        path, _ = self.path_and_rest()
        if not path or path.startswith("/") or ":" in path.split("/", 1)[0]:
            return None
        name = self._decoded(path)
        return None if "\\" in name else name

    def _decoded(self, path: str) -> str:
        return unquote(self._unescaped(path))

    def _unescaped(self, written: str) -> str:
        """``written`` with its character references read, and its backslash escapes outside HTML."""
        from markdown_it.common.utils import unescapeAll

        return html.unescape(written) if self.in_html else unescapeAll(written)

    def written_to(self, relative: str) -> str:
        """This destination written to lead to ``relative`` (a plain path to a file of the name it names): its
        file's name as it was written, the folders before it spelt as it spells them, its query and fragment kept."""
        path, rest = self.path_and_rest()
        if path.startswith("./") and not relative.startswith("../"):
            relative = "./" + relative
        folders, _, name = relative.rpartition("/")
        written_name = path.rpartition("/")[2]
        if self._decoded(written_name) != name:
            return self.spelt(relative) + rest
        return (self.spelt(folders + "/") if folders else "") + written_name + rest

    def spelt(self, path: str) -> str:
        """``path`` (a plain file path) spelt as this destination spells its own: percent-encoded if it was (or
        if it cannot be read otherwise where it stands), escaped as its place needs."""
        written, _ = self.path_and_rest()
        if _ENCODED.search(written):
            path = quote(path, safe=_SAFE_ENCODED)
        if not self._holds(path):
            path = quote(path, safe=_SAFE_ENCODED.replace("(", "").replace(")", ""))
        if self.in_html:
            path = html.escape(path, quote=False)
            return path.replace(self.form, html.escape(self.form)) if self.form else path
        if self.form == "angle":
            return re.sub(r"([<>\\])", r"\\\1", path)
        return path

    def _holds(self, path: str) -> bool:
        """Whether ``path`` reads as itself written where this destination stands."""
        if self.form == "bare":
            return _bare(path)
        return self.form != "" or bool(_UNQUOTED.fullmatch(path))


def relinked(text: str, was_in: Path, now_in: Path, moved: Mapping[Path, Path]) -> str:
    """``text`` (a file that was in ``was_in`` and is now in ``now_in``) with each relative link and image written
    from ``now_in``, to the file's new place when ``moved`` moves it. Raises WriteRefused when the text written would
    not read with every destination leading there (two that overlap, a spelling that reads otherwise where it
    stands): no link is rewritten by guess."""
    leads_to: list[Path | str] = []
    edits = []
    for destination in destinations(text):
        was = _leads_to(destination, was_in)
        target = moved.get(was, was) if isinstance(was, Path) else was
        leads_to.append(target)
        if isinstance(target, Path) and target != _leads_to(destination, now_in):
            relative = posixpath.relpath(target.as_posix(), now_in.as_posix())
            edits.append((destination, destination.written_to(relative)))
    if not edits:
        return text
    pieces, at = [], 0
    for destination, written in edits:
        if destination.start < at:
            raise WriteRefused(_UNSAFE.format(why="one link's destination lies across another's"))
        pieces += [text[at:destination.start], written]
        at = destination.end
    result = "".join([*pieces, text[at:]])
    if [_leads_to(destination, now_in) for destination in destinations(result)] != leads_to:
        raise WriteRefused(_UNSAFE.format(why="written again, its links would read otherwise"))
    return result


def _leads_to(destination: _Destination, folder: Path) -> Path | str:
    """The file ``destination`` (in a file in ``folder``) leads to; one leading to no file by a relative path (an
    anchor, a URL) as written."""
    name = destination.file_name()
    return destination.written if name is None else Path(os.path.normpath(folder / name))


def linked(text: str, folder: Path, paths: Collection[Path]) -> list[Path]:
    """Which of ``paths`` the relative links of ``text`` (a file in ``folder``) lead to, in the order of ``paths``."""
    found = {Path(os.path.normpath(folder / name)) for name in map(_Destination.file_name, destinations(text))
             if name is not None}
    return [path for path in paths if path in found]


def may_link(data: bytes, name: str) -> bool:
    """Whether ``data`` may hold a link to a file named ``name``: its name as it is, or once escapes, character
    references (`0003&#45;x.md`) and percent-encoding are read (a quick look, before the links are read)."""
    if name.encode() in data:
        return True
    if not any(mark in data for mark in (b"%", b"&", b"\\")):
        return False
    from markdown_it.common.utils import unescapeAll

    text = data.decode("utf-8", "replace")
    return any(name in unquote(read) for read in (unescapeAll(text), html.unescape(text)))


def name_word(name: str) -> str:
    """The longest part of the file name ``name`` that every link to it holds as it is, percent-encoded or not (its
    letters, digits and `-._~`), to search files for first; ``name`` when it has none."""
    return max(_UNRESERVED.findall(name), key=len, default="") or name


def destinations(text: str) -> list[_Destination]:
    """The destinations of ``text``'s links, images and HTML `href`/`src` attributes, in the order written, but
    those markdown-it does not read as destinations."""
    from adrtool.records.markdown import parser

    tokens = parser().parse(text)
    read = set(_read_destinations(tokens))
    code = _code_lines(tokens)
    lines = _line_starts(text) if code else []
    keys: dict[tuple[str, bool], str] = {}
    found = []
    for destination in (*_markdown_destinations(text), *_html_destinations(text)):
        if code and _line_of(lines, destination.start) in code:
            continue
        seen = (destination.written, destination.in_html)
        if seen not in keys:
            keys[seen] = _key(destination)
        if keys[seen] in read:
            found.append(destination)
    return _outermost(sorted(found, key=lambda destination: (destination.start, -destination.end)))


def _outermost(found: list[_Destination]) -> list[_Destination]:
    """``found`` (in the order written, the longer first where two start together) but those lying inside another:
    an HTML attribute's value is one destination whatever `](` it holds, and a destination in angle brackets one
    whatever tag; markdown-it reads the one around."""
    kept: list[_Destination] = []
    reach = 0
    for destination in found:
        if destination.end <= reach:
            continue
        kept.append(destination)
        reach = destination.end
    return kept


def _read_destinations(tokens: list[Any]) -> Iterator[str]:
    """Every destination markdown-it reads in ``tokens``: a link's or image's (normalised as it normalises them),
    an HTML tag's `href` and `src` as written."""
    for token in tokens:
        if token.type == "html_block":
            yield from ("html:" + value for value in _attribute_values(token.content))
        for child in token.children or ():
            if child.type == "link_open":
                yield str(child.attrGet("href") or "")
            elif child.type == "image":
                yield str(child.attrGet("src") or "")
            elif child.type == "html_inline":
                yield from ("html:" + value for value in _attribute_values(child.content))


def _key(destination: _Destination) -> str:
    """``destination`` as ``_read_destinations`` gives it."""
    if destination.in_html:
        return "html:" + destination.written
    from markdown_it.common.utils import unescapeAll

    from adrtool.records.markdown import parser

    return str(parser().normalizeLink(unescapeAll(destination.written)))


def _attribute_values(tag: str) -> Iterator[str]:
    for match in _ATTRIBUTE.finditer(tag):
        yield next(value for value in match.groups() if value is not None)


def _markdown_destinations(text: str) -> Iterator[_Destination]:
    for opening in _OPENING.finditer(text):
        at = opening.end()
        if text.startswith("<", at):
            end = _angle_end(text, at + 1)
            if end is not None:
                yield _Destination(at + 1, end, text[at + 1:end], "angle")
        else:
            end = _bare_end(text, at)
            if end is not None and end > at:
                yield _Destination(at, end, text[at:end], "bare")


def _html_destinations(text: str) -> Iterator[_Destination]:
    if "<" not in text:
        return
    from adrtool.records.markdown import html_tag

    for tag in html_tag().finditer(text):
        for match in _ATTRIBUTE.finditer(tag.group()):
            group = next(index for index in (1, 2, 3) if match.group(index) is not None)
            form = {1: '"', 2: "'", 3: ""}[group]
            yield _Destination(tag.start() + match.start(group), tag.start() + match.end(group), match.group(group),
                               form)


def _angle_end(text: str, at: int) -> int | None:
    """Where a destination in angle brackets opened before ``at`` ends (its `>`); None when it does not close on
    its line."""
    while at < len(text):
        char = text[at]
        if char == "\\":
            at += 2
            continue
        if char == ">":
            return at
        if char in "<\n":
            return None
        at += 1
    return None


def _bare_end(text: str, at: int) -> int | None:
    """Where a destination written without angle brackets, from ``at``, ends: at a blank or a control character,
    or at the `)` that closes more than it opened; None past 32 parentheses open, as markdown-it reads none."""
    depth = 0
    while at < len(text):
        char = text[at]
        if char == "\\" and at + 1 < len(text) and not text[at + 1].isspace():
            at += 2
            continue
        if char.isspace() or ord(char) < 0x20 or char == "\x7f":
            return at
        if char == "(":
            depth += 1
            if depth > _MOST_PARENTHESES:
                return None
        elif char == ")":
            if depth == 0:
                return at
            depth -= 1
        at += 1
    return at


def _bare(path: str) -> bool:
    """Whether ``path`` reads as itself written without angle brackets."""
    depth = 0
    for char in path:
        depth += char == "("
        depth -= char == ")"
        if depth < 0:
            return False
    return depth == 0 and not _NOT_BARE.search(path) and "\\" not in path


def _code_lines(tokens: list[Any]) -> set[int]:
    """The lines (from 0) of ``tokens``' code blocks, fenced or indented."""
    lines: set[int] = set()
    for token in tokens:
        if token.type in ("fence", "code_block") and token.map is not None:
            lines.update(range(*token.map))
    return lines


def _line_starts(text: str) -> list[int]:
    return [0, *(match.end() for match in re.finditer("\n", text))]


def _line_of(starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return bisect_right(starts, offset) - 1
