"""Markdown structure: headings and sections fast, paragraphs and links through markdown-it.

Listing 10,000 records must not run a full Markdown parser over each one, so headings come from a line
scanner that knows the block constructs that can hide a `#` line (code fences, indented code, HTML
comments and blocks). The scanner is held to markdown-it's answer by a property test; its known differences
are a heading nested in a list item or block quote, which it reports as top level, and two rare setext
underlines: under a paragraph of link reference definitions alone (a heading here, none there), and under a
line of Unicode blanks such as U+00A0 (a blank line here, text there). Everything inside
a section (paragraphs, links) is parsed by markdown-it itself, on that section's text only, except plain text
with simple links (an adr-tools Status section), which `simple_paragraphs` reads to the same answer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import takewhile
from typing import TYPE_CHECKING, Any, NamedTuple

from adrtool.patterns import deferred
from adrtool.records.comments import left_open

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_ATX_OPENING = re.compile(r" {0,3}(#{1,6})[ \t]")
_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")
_SETEXT = deferred(r"^ {0,3}(=+|-+)[ \t]*$")
_BLOCK_START = deferred(r"^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|^ {0,3}>|^ {0,3}(?:[-*_][ \t]*){3,}$")
_HTML_BLOCK = deferred(
    r"^ {0,3}<(?:/?(?:address|article|aside|blockquote|body|details|dialog|div|dl|fieldset|figure|footer|"
    r"form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|th|thead|tr|ul)"
    r"(?:[ \t/>]|$))",
    re.IGNORECASE,
)


# A key line, as records state their fields under the title (`- **Status**: Accepted`, `**Status:** Accepted`,
# `Date: 2024-01-01`): its key and its value.
KEY_LINE = deferred(r"[ \t]*(?:[*+-][ \t]+)?(?P<mark>\*\*|__)?(?P<key>[^\W\d_][^:：*_\r\n]{0,30}?)(?P=mark)?"
                      r"[ \t]*[:：][ \t]*(?P=mark)?[ \t]*(?P<value>(?:.*\S)?)[ \t]*$")  # (the value greedy: linear)
KEY_LINES_BELOW = 12  # the lines under a title its key lines are looked for in
# A key line's value that is a word alone, as a status is (`Accepted`, `*accepted*`).
WORD_ALONE = deferred(r"(?P<em>\*\*|__|[*_`])?(?P<word>[^\W\d_]+)(?P=em)?")


# A template's variable left in a record (dotADR's `{{SUPERSEDES}}`, `{{DATE}}`; `{{ADR_NUM}}`): a name in capitals
# inside double braces, not code's (`${{ secrets.TOKEN }}`, Liquid's `{{ page.title }}`).
TEMPLATE_VARIABLE = deferred(r"(?<![$\w{])\{\{[ \t]*[A-Z][A-Z0-9_]+[ \t]*\}\}(?!\})")
# A template's variable in any case, its name the group (dotADR matches `{{supersedes}}` as `{{SUPERSEDES}}`): where
# a whole value or line is looked at for one.
ANY_CASE_VARIABLE = deferred(r"\{\{[ \t]*(?P<name>[A-Za-z][A-Za-z0-9_]*)[ \t]*\}\}")


def variable_hint(variable: str) -> str:
    """A template's variable as the linter's hints name it: `{{DATE}}` for `{{ date }}` (dotADR matches variables in
    any case)."""
    return "{{" + variable.strip("{} \t").upper() + "}}"


# How a bullet list's item opens (`- `, `* `, `+ `), its first two characters.
LIST_MARKS = ("- ", "* ", "+ ")


# The characters a line may open with to be anything but a line of text (a digit too: an ordered list's, in any
# script, as `\d` reads it): a fence, an HTML block or comment, a setext underline, a list item, a quote, a
# thematic break.
_OPENS_A_BLOCK = frozenset("`~<=-+*_>")


class Heading(NamedTuple):  # a tuple: made for every heading scanned, at a fifth of a frozen dataclass's cost
    level: int
    text: str
    line: int  # 1-based line of the heading text


@dataclass(frozen=True)
class Section:
    heading: Heading
    start: int  # 0-based index of the first line after the heading
    end: int  # 0-based index one past the last line of the section

    def text(self, lines: list[str]) -> str:
        return "\n".join(lines[self.start:self.end])


@dataclass(frozen=True)
class Paragraph:
    text: str  # inline content as plain text (link labels kept, markup dropped)
    line: int  # 1-based
    links: tuple[tuple[str, str], ...]  # (label, href)


def scan_headings(lines: list[str], first: int = 0, *, stop_at_level: int | None = None) -> list[Heading]:
    """ATX and setext headings in ``lines[first:]``; with ``stop_at_level``, stop at the first such one."""
    headings: list[Heading] = []
    for heading in iter_headings(lines, first):
        headings.append(heading)
        if stop_at_level is not None and heading.level <= stop_at_level:
            break
    return headings


def iter_headings(lines: list[str], first: int = 0, last: int | None = None) -> Iterator[Heading]:
    """The headings ``scan_headings`` finds, one at a time, so that a caller can stop scanning early; with
    ``last``, only those whose text starts at line index ``last`` or before, scanning no further than it
    takes to know them (a setext heading's paragraph that starts by then is read to its end)."""
    if last is None:
        return _headings(lines, first, None)
    return takewhile(lambda heading: heading.line <= last + 1, _headings(lines, first, last))


def _headings(lines: list[str], first: int, last: int | None) -> Iterator[Heading]:
    fence: tuple[str, int] | None = None
    in_comment = in_html = False
    paragraph = False
    paragraph_start = first
    for index in range(first, len(lines)):
        if last is not None and index > last and not (paragraph and paragraph_start <= last):
            return
        line = lines[index]
        if fence is not None:
            match = _FENCE.match(line)
            if match and match.group(2)[0] == fence[0] and len(match.group(2)) >= fence[1] \
                    and not match.group(3).strip():
                fence = None
            continue
        if in_comment:
            in_comment = "-->" not in line
            continue
        if in_html:
            in_html = bool(line.strip())
            continue
        # Shortcuts for the common lines: of the constructs below, none opens with a letter, a table's `|`, a
        # link's `[` or any other character outside _OPENS_A_BLOCK, and only an ATX heading opens with `#`; any
        # other line that opens so is a line of text.
        if not line:
            paragraph = False
            continue
        opening = line[0]
        atx = atx_heading(line) if opening == "#" else None
        if atx:
            paragraph = False
            yield Heading(atx[0], atx[1], index + 1)
            continue
        if opening == "#" or opening.isalpha() or (opening not in _OPENS_A_BLOCK and not opening.isspace()
                                                   and not opening.isdecimal()):
            if not paragraph:
                paragraph_start = index
            paragraph = True
            continue
        stripped = line.strip()
        if not stripped:
            paragraph = False
            continue
        if not paragraph and line.startswith(("    ", "\t")):
            continue  # indented code
        match = _FENCE.match(line)
        if match and not (match.group(2)[0] == "`" and "`" in match.group(3)):
            fence = (match.group(2)[0], len(match.group(2)))
            paragraph = False
            continue
        if stripped.startswith("<!--") and len(line) - len(line.lstrip(" ")) < 4:
            in_comment = left_open(stripped)
            paragraph = False
            continue
        if _HTML_BLOCK.match(line):
            in_html = True
            paragraph = False
            continue
        atx = atx_heading(line)
        if atx:
            paragraph = False
            yield Heading(atx[0], atx[1], index + 1)
            continue
        setext = _SETEXT.match(line)
        if paragraph and setext:  # the whole paragraph above is the heading's text
            level = 1 if setext.group(1)[0] == "=" else 2
            paragraph = False
            yield Heading(level, "\n".join(lines[paragraph_start:index]).strip(), paragraph_start + 1)
            continue
        if not paragraph:
            paragraph_start = index
        paragraph = not _BLOCK_START.match(line)


def atx_heading(line: str) -> tuple[int, str] | None:
    """The level and text of ``line`` as an ATX heading: up to three spaces, one to six `#`, a blank or the line's
    end, the text, and a closing run of `#` after a blank, which is no part of it (`## Status ##`).

    Read by hand, not by one expression: a lazy text group before an optional closing sequence tries the rest of
    the line from each of its characters, quadratic in a long run of blanks inside a title. A line that ends in
    anything but a space, a tab or `#` cannot end in a closing sequence, so its text runs to the end (the common
    case, read first).
    """
    if line[-1:] not in ("", " ", "\t", "#") and "\n" not in line:
        if line[:1] == "#":  # no indent: the hashes and a blank after them, as _ATX_OPENING would find them
            level = len(line) - len(line.lstrip("#"))
            if level <= 6 and line[level:level + 1] in (" ", "\t"):
                return level, line[level + 1:].strip()
        opening = _ATX_OPENING.match(line)
        return (len(opening.group(1)), line[opening.end():].strip()) if opening else None
    if "\n" in line:  # a line read with its end: the heading ends before it, and a line holds one
        if line.find("\n") != len(line) - 1:
            return None
        line = line[:-1]
    text = line.lstrip(" ")
    if len(line) - len(text) > 3 or text[:1] != "#":
        return None
    level = len(text) - len(text.lstrip("#"))
    rest = text[level:]
    if level > 6 or rest[:1] not in ("", " ", "\t"):
        return None
    rest = rest.strip(" \t")
    unclosed = rest.rstrip("#")
    if unclosed != rest and unclosed[-1:] in (" ", "\t"):
        rest = unclosed  # `## Status ##`: the closing sequence (`# #` keeps its `#`, as ever)
    return level, rest.strip()


Fence = tuple[str, int]  # a code fence's character and length


def fence_opening(line: str) -> Fence | None:
    """The code fence ``line`` opens (```` ```yaml ````, `~~~`), as the heading scanner reads one; None for any
    other line (a cheap look at its first character first: `` `2021-04-12` `` opens none)."""
    if line[:1] not in ("`", "~", " "):
        return None
    match = _FENCE.match(line)
    if match is None or (match.group(2)[0] == "`" and "`" in match.group(3)):
        return None
    return match.group(2)[0], len(match.group(2))


def closes_fence(line: str, fence: Fence) -> bool:
    """Whether ``line`` closes ``fence``: the same character, at least as many, nothing after."""
    match = _FENCE.match(line) if line[:1] in ("`", "~", " ") else None
    return match is not None and match.group(2)[0] == fence[0] and len(match.group(2)) >= fence[1] \
        and not match.group(3).strip()


def unfenced(lines: list[str], start: int, end: int | None = None) -> Iterator[int]:
    """The indexes of ``lines[start:end]`` outside code fences: what a field reader that scans lines may read."""
    fence: Fence | None = None
    for index in range(start, len(lines) if end is None else min(end, len(lines))):
        line = lines[index]
        if fence is not None:
            if closes_fence(line, fence):
                fence = None
        elif line[:1] not in ("`", "~", " ") or (fence := fence_opening(line)) is None:
            yield index


def first_content(lines: list[str], start: int) -> int:
    """The index of the first line from ``start`` on that is neither blank nor part of an HTML comment
    (``len(lines)`` when there is none)."""
    open_comment = False
    for index in range(start, len(lines)):
        line = lines[index].strip()
        if open_comment:
            open_comment = "-->" not in line
        elif line.startswith("<!--"):
            open_comment = left_open(line)
        elif line:
            return index
    return len(lines)


def leading_heading(lines: list[str], first: int, level: int) -> Heading | None:
    """The heading of ``level`` that ``first_heading`` finds when it is the first line with text from line
    index ``first`` on, as a title usually is; None otherwise (whatever ``first_heading`` would find)."""
    index = first
    while index < len(lines) and not lines[index]:
        index += 1
    if index < len(lines) and lines[index][:1] == "#":
        atx = atx_heading(lines[index])
        if atx is not None and atx[0] == level:
            return Heading(level, atx[1], index + 1)
    return None


def first_heading(lines: list[str], first: int, level: int) -> Heading | None:
    leading = leading_heading(lines, first, level)
    if leading is not None:
        return leading
    for heading in scan_headings(lines, first, stop_at_level=level):
        if heading.level == level:
            return heading
    return None


def sections(lines: list[str], first: int = 0, level: int = 2) -> list[Section]:
    """The sections opened by headings of ``level``; each runs to the next heading of that level or above."""
    found = [heading for heading in scan_headings(lines, first) if heading.level <= level]
    result = []
    for position, heading in enumerate(found):
        if heading.level != level:
            continue
        end = end_before(lines, found[position + 1]) if position + 1 < len(found) else len(lines)
        result.append(Section(heading, heading.line, end))
    return result


def end_before(lines: list[str], heading: Heading) -> int:
    """Where a section ends when ``heading`` comes next."""
    return heading.line - 1 - _is_setext(lines, heading)


def _is_setext(lines: list[str], heading: Heading) -> bool:
    return heading.line < len(lines) and bool(_SETEXT.match(lines[heading.line]))


def find_section(lines: list[str], names: tuple[str, ...], first: int = 0) -> Section | None:
    """The first of ``sections(lines, first)`` named one of ``names``; headings are scanned only until it ends."""
    return find_section_in(lines, names, iter_headings(lines, first))


def find_section_in(lines: list[str], names: tuple[str, ...], headings: Iterable[Heading],
                    named: Callable[[str], bool] | None = None, kept: list[Heading] | None = None
                    ) -> Section | None:
    """``find_section`` over ``headings`` as ``iter_headings`` yields them, read only until the section ends;
    ``named``, when given, tells whether a heading's text names the section (``names`` are not looked at);
    ``kept``, when given, gets each heading read (every one when no such section is found)."""
    wanted = {name.lower() for name in names}
    opened: Heading | None = None
    for heading in headings:
        if kept is not None:
            kept.append(heading)
        if heading.level > 2:
            continue
        if opened is not None:
            return Section(opened, opened.line, end_before(lines, heading))
        if heading.level == 2 and (heading.text.lower() in wanted if named is None else named(heading.text)):
            opened = heading
    return Section(opened, opened.line, len(lines)) if opened is not None else None


@functools.lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


@functools.lru_cache(maxsize=1)
def _inline_parser() -> MarkdownIt:
    """markdown-it's parser with escapes and entities left as tokens of their own (text_join off)."""
    from markdown_it import MarkdownIt

    inline = MarkdownIt("commonmark")
    inline.core.ruler.disable("text_join")
    return inline


_SHOWN_AS_WRITTEN = frozenset({"text", "html_inline"})
_MARKUP_ONLY = frozenset({"em_open", "em_close", "strong_open", "strong_close"})


def shown_inline(text: str) -> str:
    """A line of Markdown as a reader sees it: emphasis markers gone (`*Use X*`, `les _Domain Events_`), entities
    decoded (`Result&lt;T&gt;`), escapes read (`ldt\\_\\_` is `ldt__`) and code spans kept as written; ``text``
    unchanged when it holds anything else (an image, a link), or no emphasis but `snake_case` or `2 * 3`."""
    tokens = _inline_parser().parseInline(text)[0].children or []
    shown = []
    for token in tokens:
        if token.type in _SHOWN_AS_WRITTEN:
            shown.append(token.content)
        elif token.type == "text_special":  # an entity decoded, an escape read
            shown.append(token.content)  # `&lt;` as `<`, `\\_` as `_`
        elif token.type == "code_inline":
            shown.append(f"{token.markup}{token.content}{token.markup}")
        elif token.type in ("softbreak", "hardbreak"):
            shown.append(" ")
        elif token.type not in _MARKUP_ONLY:
            return text
    return "".join(shown).strip()


# What a text must have for ``literal_inline`` to change it.
_MARKUP_CHARACTER = deferred(r"[\\\[\]<>*_]")
_LITERAL = str.maketrans({"\\": "\\\\", "[": "\\[", "]": "\\]", "<": "&lt;", ">": "&gt;"})
_EMPHASIS_MARK = deferred(r"\*|(?<![^\W_])_|_(?![^\W_])")
_CODE_SPAN = deferred(r"(`+).+?(?<!`)\1(?!`)")


def literal_inline(text: str) -> str:
    """``text`` written as Markdown inline text that reads as itself, as ``shown_inline`` reads it: no link (`\\[`),
    no raw HTML (`&lt;`), no emphasis (`\\*`, a `_` but one inside a word), no escape (`\\\\`); its code spans kept
    as written, as they are shown."""
    if not _MARKUP_CHARACTER.search(text):
        return text
    shown, at = [], 0
    for span in _CODE_SPAN.finditer(text) if "`" in text else ():
        shown += [_literal(text[at:span.start()]), span.group()]
        at = span.end()
    shown.append(_literal(text[at:]))
    return "".join(shown)


def _literal(text: str) -> str:
    text = text.translate(_LITERAL)
    return _EMPHASIS_MARK.sub(r"\\\g<0>", text) if "*" in text or "_" in text else text


@functools.lru_cache(maxsize=1)
def _block_parser() -> MarkdownIt:
    """markdown-it's block parse alone: link reference definitions are read there, and the inline parse,
    which costs as much again, is not needed for them."""
    from markdown_it import MarkdownIt

    blocks = MarkdownIt("commonmark")
    blocks.core.ruler.enableOnly(["normalize", "block"])
    return blocks


def reference_labels(text: str) -> frozenset[str]:
    """The labels that the link reference definitions of ``text`` define, each as ``reference_label`` gives it."""
    env: dict[str, Any] = {}
    _block_parser().parse(text, env)
    return frozenset(env.get("references", {}))


def reference_label(label: str) -> str:
    """``label`` (the text between a link's brackets) as CommonMark matches labels: Unicode case fold,
    whitespace collapsed."""
    from markdown_it.common.utils import normalizeReference

    return normalizeReference(label)


def link_definitions(lines: Iterable[str]) -> dict[str, str]:
    """The link reference definitions of a record's ``lines`` (`[adr-0002]: 0002-two.md`), each label as
    ``reference_label`` gives it, to its destination; the first definition of a label is the one that holds."""
    found: dict[str, str] = {}
    for line in lines:
        if "]:" in line and (definition := _LINK_DEFINITION.match(line)) is not None:
            found.setdefault(reference_label(definition.group(1)), definition.group(2) or definition.group(3))
    return found


def with_inline_links(line: str, definitions: dict[str, str]) -> str:
    """``line`` with its full and collapsed reference links (`[ADR-0002][adr-0002]`, `[ADR-0002][]`) written inline
    (`[ADR-0002](0002-two.md)`) where ``definitions`` define their labels: what a renderer links, for readers of
    inline links alone."""
    def inline(match: re.Match[str]) -> str:
        text, label = match.groups()
        destination = definitions.get(reference_label(label or text))
        return match.group(0) if destination is None or " " in destination else f"[{text}]({destination})"

    return _REFERENCE_LINK.sub(inline, line) if "][" in line else line


_LINK_DEFINITION = deferred(r" {0,3}\[([^\[\]]{1,999})\]:[ \t]*(?:<([^<>\n]*)>|(\S+))")
_REFERENCE_LINK = deferred(r"\[([^\[\]]*)\]\[([^\[\]]*)\]")


@functools.lru_cache(maxsize=1)
def html_tag() -> re.Pattern[str]:
    """An inline HTML open or closing tag (`<see cref="Func{Message, Type}"/>`, `</b>`), as markdown-it reads
    one: its attributes are markup, no text a reader sees."""
    from markdown_it.common.html_re import close_tag, open_tag

    return re.compile(f"{open_tag}|{close_tag}")


def paragraphs(text: str, first_line: int = 1) -> list[Paragraph]:
    """Top-level and nested paragraphs of ``text``, with their links; ``first_line`` numbers its first line."""
    tokens = parser().parse(text)
    result = []
    for position, token in enumerate(tokens):
        if token.type != "paragraph_open" or token.map is None:
            continue
        inline = tokens[position + 1]
        plain, links = _flatten(inline.children or [])
        result.append(Paragraph(plain.strip(), first_line + token.map[0], tuple(links)))
    return result


# The fast path of `simple_paragraphs`: a link whose label and href markdown-it reads as written, a line
# opening that could start a block construct (or indentation), and characters that could start inline markup.
_SIMPLE_LINK = deferred(r"\[([^\[\]]*)\]\((?!//)([-\w./#]+)\)", re.ASCII)
_BLOCK_OPENING = deferred(r"[ #>+=~-]|\d+[.)]")
_INLINE_MARKUP = deferred(r"[`*_\\<>&!\[\]]")


def simple_paragraphs(text: str, first_line: int = 1) -> list[Paragraph] | None:
    """What ``paragraphs`` gives, without markdown-it; None when ``text`` needs markdown-it after all.

    An adr-tools Status section is a word and a few `Supersedes [2. Title](0002-title.md)` lines, and a
    full markdown-it parse of it costs most of reading such a record. This path takes only text whose
    lines are unindented plain text with `[label](href)` links (href of letters, digits and `-_./#`):
    any character that could open inline markup, any tab or other non-space whitespace or control
    character, and any line that could open a block (`#`, `>`, `-`, `+`, `=`, `~`, `1.`, `1)`) send
    the caller to ``paragraphs``. A property test holds it to the same answer as ``paragraphs``.
    """
    result: list[Paragraph] = []
    parts: list[str] = []
    found: list[tuple[str, str]] = []
    for index, line in enumerate(text.split("\n") + [""]):
        if not line.isprintable():
            return None
        line = line.rstrip(" ")
        if not line:
            if parts:
                result.append(Paragraph(" ".join(parts).strip(), first_line + index - len(parts), tuple(found)))
                parts, found = [], []
            continue
        if _BLOCK_OPENING.match(line):
            return None
        if "[" in line:
            pieces = _SIMPLE_LINK.split(line)  # text, label, href, text, label, href, ..., text
            hrefs = pieces[2::3]
            del pieces[2::3]
            found.extend(zip(pieces[1::2], hrefs))
            line = "".join(pieces)
        if _INLINE_MARKUP.search(line):
            return None
        parts.append(line)
    return result


def _flatten(children: list[Any]) -> tuple[str, list[tuple[str, str]]]:
    parts: list[str] = []
    links: list[tuple[str, str]] = []
    href: str | None = None
    label: list[str] = []
    for child in children:
        if child.type == "link_open":
            href = str(child.attrGet("href") or "")
            if "%5C" in href:  # a Windows path (`.\0002-x`, as adr-cli links records): as written
                href = href.replace("%5C", "\\")
            label = []
        elif child.type == "link_close":
            if href is not None:
                links.append(("".join(label), href))
            href = None
        elif child.type in ("text", "code_inline"):
            parts.append(child.content)
            if href is not None:
                label.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "html_inline" and child.content[:3].lower() == "<br" and child.content[3:4] in " \t/>":
            parts.append(" ")  # `Accepted<br/>Final`: an HTML line break, the next line's words apart
        elif child.type == "image":  # a badge, `![Accepted](https://img.shields.io/...)`: its text is its alt
            parts.append(child.content)
            if href is not None:
                label.append(child.content)
    return "".join(parts), links


def links(text: str, first_line: int = 1) -> list[tuple[str, str, int]]:
    """Every inline link in ``text`` as (label, href, line); link reference definitions resolved."""
    tokens = parser().parse(text)
    found = []
    for token in tokens:
        if token.type != "inline" or token.map is None:
            continue
        for label, href in _flatten(token.children or [])[1]:
            found.append((label, href, first_line + token.map[0]))
    return found


_SENTENCE_END = deferred(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(\[`*_])")


def first_sentence(text: str) -> str:
    """The first sentence of the first paragraph of ``text`` ("" when there is none)."""
    found = paragraphs(text)
    if not found:
        return ""
    return _SENTENCE_END.split(found[0].text, maxsplit=1)[0].strip()
