"""A record's whole text, read once, for the checks that need more than its metadata.

The reader gives every command what it needs from a line scan. The linter also looks at a record's
sections, its links to other Markdown files and the template placeholders left in it; ``Body`` computes
each of these on first use, from one read of the file. Links are found by markdown-it, but only in the
chunks of the text (the part before the first section, then section by section) that mention `.md` at all:
parsing every body of a 10,000-record log in full would cost seconds.

``Body.facts`` sums up what the linter needs as plain data (``adrtool.records.facts``), which `adr validate` keeps
in a cache: a record is scanned here only when its file changed.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from pathlib import Path
from typing import Any

from adrtool.errors import AdrError, ReadError
from adrtool.fsio import read_text
from adrtool.model import Dialect, Record
from adrtool.patterns import deferred
from adrtool.records import comments, markdown
from adrtool.records.facts import (
    MADR_HEADINGS,
    TITLE_NUMBER,
    BodyFacts,
    BodyLink,
    EmptySection,
    Placeholder,
    comment_text,
)

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_RAW_TAGS = ("pre", "script", "style", "textarea")
_RAW_OPENING = deferred(r" {0,3}<(pre|script|style|textarea)(?=[\s>]|$)", re.IGNORECASE)
# Line starts that can hide a `#` line or open a block the fast heading scan does not follow.
_UNSAFE_STARTS = frozenset("<`~\t")
_LOOK_CLOSER = frozenset(" \t#<`~=-")  # and "" (an empty line) is skipped as well
_CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
# MADR 3 and 4: `{short title of solved problem and solution}`: braces around words, at least two of them; not
# glued to a name (`Func{Message, Type}` is code: no template writes a placeholder so), nor after a path's `::`.
# Or the choices a template offers (`{Deprecated|Proposed|Accepted}`).
_BRACES = re.compile(r"(?<![{$%\\A-Za-z0-9_])(?<!::)"
                     r"\{(?:[A-Za-z][^{}\s]*\s[^{}\n]*|[A-Za-z][\w-]*(?:\|[A-Za-z][\w-]*)+)\}(?!\})")
# MADR 2, log4brains: `[option 1]`, `[YYYY-MM-DD when the decision was last updated]`; not a link or a task box (a
# `[label]` that a link reference definition in the file defines is a link too: `Body._defines`).
# In front matter a placeholder is a key's whole value (`date: {YYYY-MM-DD when ...}`, quoted or not, or a list
# item): braces inside a longer value, or a YAML flow mapping (`- {date: 2021-10-18, outcome: kept}`, what
# `adr revisit` writes), are data.
_FRONT_MATTER_VALUE = re.compile(r"""^\s*(?:-\s+|[^\s:#][^:#]*:\s+(?:-\s+)?)(["']?)(\{[^{}\n]*\})\1\s*$""")
# Not glued to a name: `ZIO[R, E, A]`, `Map[String, Int]` are code. The words before its first blank are read
# one way only, so that a long run of blanks inside is not tried at each of its places.
_SQUARE = re.compile(r"(?<![\]\\!\w])\[[A-Za-z][^\[\]\s]*\s[^\[\]\n]*\](?![(\[:])")
# A `[...]` that opens a line's text (after a block quote, a list marker, a task box, heading hashes or emphasis)
# and is followed by the author's own text is a label they filled in (`* [Related to] ADR-0001 - System
# Architecture`, `### [option 1] - Expose the UI`). In the templates such a line holds nothing else but more
# placeholders, comments and punctuation: `* [Link type] [Link to ADR] <!-- example: ... -->`.
_LINE_OPENING = re.compile(r"[ \t]*(?:>[ \t]*)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?(?:#{1,6}[ \t]+)?"
                           r"(?:\*\*|__|\*|_)?")
_BRACKETED = re.compile(r"\[[^\[\]\n]*\](?!\()")  # bracketed text that is not a link's
_RECORD_REFERENCE = re.compile(r"\[(?:ADR|adr)[-_ ]?\d{1,6}\]")  # `[ADR 006]`, `[ADR-12]`
_OWN_TEXT = re.compile(r"\w")
_HEADING_MARKS = re.compile(r"[# \t]*")  # what opens a heading's line before its words
# A key's whole value written as a flow list of single words is data (`- Tags: [identity-platform, cip, groups]`),
# as in front matter; the template describes the value in words (`- Tags: [space and/or comma separated list of
# tags]`). A list standing alone as a line of text (`[Positive, Neutral, Negative]`), or as the value of a key
# that holds one value (`* Status: [proposed, approved, rejected, deprecated]`), is a template's choices.
_KEY_OPENING = re.compile(r"[ \t]*(?:[-*+][ \t]+)?([^\s:\[\]][^:\[\]]*):[ \t]*")
_ONE_VALUE_KEYS = frozenset({"status", "date"})
_TAGS_AT_MOST = 4  # words in the brackets of a tags key: more are its template's hint, `[space and/or comma ...]`
# A key's value written as a list of names (`[Knut, Atle, Geir André]`): an item of a few words each.
_FLOW_LIST = re.compile(r"\[[^\s,\[\]]+(?: [^\s,\[\]]+){0,3}(?:,[ \t]*[^\s,\[\]]+(?: [^\s,\[\]]+){0,3})+\]")
# A key's whole value written as bracketed names, each a link to a reference (`* Deciders: [Jane Doe], [John
# Roe]`, defined at the foot or not): the author's list, not the template's one bracketed hint.
_BRACKETED_LIST = re.compile(r"\[[^\[\]\n]+\](?:[ \t]*,[ \t]*\[[^\[\]\n]+\])+[ \t]*")
# `[label]:` written on one line: where a link reference definition may be (the cheap look before markdown-it's).
_DEFINITION = re.compile(r"\[([^\[\]\n]*)\]:")
# The body text adr-tools' template puts under each heading, left as it is in an unedited record.
ADR_TOOLS_HINTS = frozenset({
    "The issue motivating this decision, and any context that influences or constrains the decision.",
    "The change that we're proposing or have agreed to implement.",
    "What becomes easier or more difficult to do and any risks introduced by the change that will need "
    "to be mitigated.",
})

__all__ = ["ADR_TOOLS_HINTS", "Body", "BodyLink", "Placeholder", "comment_text", "normalise_heading", "simple_links"]

# Facts equal between records (most records of a log are laid out alike and have no links) are one object,
# which the cache then stores once.
_SHARED: dict[object, Any] = {}


def _shared(value: Any) -> Any:
    return _SHARED.setdefault(value, value)


def normalise_heading(text: str) -> str:
    """`Decision Drivers <!-- optional -->` -> `decision drivers`."""
    if "<!--" in text:
        text = comments.without_comments(text)
    return " ".join(text.split()).lower()


# What makes braces after it a value the author asks a reader to fill in, as code does: an assignment's
# (`AUTH_URL={auth url for the intg environment}`), an interpolation's (`#{issue number}`, `${region}`).
_CODE_MARKS = ("=", "#", "$")


class Body:
    """The lines of one record file; sections, links and placeholders computed on first use."""

    def __init__(self, path: Path, text: str, body_line: int) -> None:
        self.path = path
        self.text = text
        self.lines = text.split("\n")
        self.first = body_line - 1  # 0-based index of the first line after the front matter

    @classmethod
    def read(cls, path: Path, body_line: int) -> Body:
        return cls(path, read_text(path).text, body_line)

    @functools.cached_property
    def headings(self) -> list[markdown.Heading]:
        """ATX and setext headings after the front matter, as ``markdown.scan_headings`` finds them.

        Most records hold no construct that can hide or make a heading other than a `#` line (code
        fences, HTML blocks and comments, setext underlines, indented code); for those, the `#` lines
        are the headings, and the full scanner is not needed.
        """
        found = self._simple_headings()
        return found if found is not None else markdown.scan_headings(self.lines, self.first)

    def _simple_headings(self) -> list[markdown.Heading] | None:
        """The `#` lines, or None when some line could hide or make a heading another way."""
        found = []
        lines = self.lines
        for index in range(self.first, len(lines)):
            line = lines[index]
            if line[:1] not in _LOOK_CLOSER:
                continue  # a line starting with a letter, `*`, `|` ...: text, whatever it holds
            text = line.lstrip(" ")
            if not text:
                continue
            if len(line) - len(text) >= 4 or text[0] in _UNSAFE_STARTS:
                return None  # indented code, a fence, HTML
            if text[0] in "-=" and not text.strip("-= \t"):
                return None  # a setext underline or a thematic break
            if text[0] == "#" and (heading := markdown.atx_heading(line)) is not None:
                found.append(markdown.Heading(*heading, index + 1))
        return found

    @functools.cached_property
    def sections(self) -> list[markdown.Section]:
        """Level-2 sections; each runs to the next heading of level 1 or 2."""
        found = [heading for heading in self.headings if heading.level <= 2]
        result = []
        for position, heading in enumerate(found):
            if heading.level != 2:
                continue
            end = self._chunk_start(found[position + 1]) if position + 1 < len(found) else len(self.lines)
            result.append(markdown.Section(heading, heading.line, end))
        return result

    @functools.cached_property
    def _sections_by_name(self) -> dict[str, markdown.Section]:
        found: dict[str, markdown.Section] = {}
        for section in self.sections:
            found.setdefault(normalise_heading(section.heading.text), section)
        return found

    def section(self, names: tuple[str, ...]) -> markdown.Section | None:
        """The first level-2 section named one of ``names`` (any case, comments ignored)."""
        found = [self._sections_by_name[name.lower()] for name in names if name.lower() in self._sections_by_name]
        return min(found, key=lambda section: section.start) if found else None

    @functools.cached_property
    def _heading_names(self) -> frozenset[str]:
        return frozenset(normalise_heading(heading.text) for heading in self.headings)

    def has_heading(self, names: tuple[str, ...]) -> bool:
        return any(name.lower() in self._heading_names for name in names)

    def is_empty(self, section: markdown.Section) -> bool:
        """True when the section holds nothing but blank lines and HTML comments."""
        return not comments.without_comments(section.text(self.lines)).strip()

    def facts(self, format: Dialect, hints: frozenset[str]) -> BodyFacts:
        """What the content and link rules look at, for a record of dialect ``format``; ``hints`` as for
        ``placeholders``."""
        firsts = self._sections_by_name
        empty = tuple(EmptySection(name, section.heading.text, section.heading.line)
                      for name, section in firsts.items() if self.is_empty(section))
        found = self.placeholders(hints, square=format is Dialect.MADR2, adr_tools=format is Dialect.NYGARD)
        names = _shared(tuple(sys.intern(name) for name in firsts))
        facts: BodyFacts = _shared(BodyFacts(self.first + 1, format, self.has_heading(MADR_HEADINGS), names, empty,
                                             tuple(found), tuple(self.markdown_links)))
        return facts

    @functools.cached_property
    def indented_code(self) -> frozenset[int]:
        """0-based indexes of the lines of indented code blocks: four columns past the text they are in (the
        margin, or a list item's text), after a blank line; less indented, a line is the item's paragraph."""
        if "    " not in self.text and "\t" not in self.text:
            return frozenset()
        inside: set[int] = set()
        in_code = False
        base = 0  # the column the text the lines are in starts at: a list item's, else the margin
        blank = True
        for index in range(self.first, len(self.lines)):
            line = self.lines[index]
            if not line.strip():
                blank = True
                continue
            indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
            if indent >= base + 4 and (in_code or blank) and index not in self.fenced:
                inside.add(index)
                in_code = True
            else:
                in_code = False
                item = _LIST_ITEM.match(line)
                if item is not None:
                    base = item.end()
                elif blank and indent == 0:  # a paragraph at the margin ends the list
                    base = 0
            blank = False
        return frozenset(inside)

    @functools.cached_property
    def fenced(self) -> frozenset[int]:
        """0-based indexes of the lines of fenced code blocks, fences included."""
        if "```" not in self.text and "~~~" not in self.text:
            return frozenset()
        inside: set[int] = set()
        fence: str | None = None
        for index in range(self.first, len(self.lines)):
            match = _FENCE.match(self.lines[index])
            if fence is None:
                if match:
                    fence = match.group(1)
                    inside.add(index)
            else:
                inside.add(index)
                if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence) \
                        and not self.lines[index][match.end():].strip():
                    fence = None
        return frozenset(inside)

    @functools.cached_property
    def raw_html(self) -> frozenset[int]:
        """0-based indexes of the lines of the HTML blocks whose text Markdown passes on raw, shown as code or
        drawn (`<pre class="mermaid">` .. `</pre>`, `<script>`, `<style>`, `<textarea>`): up to the line that closes
        the tag, as CommonMark ends them."""
        lowered = self.text.lower()
        if not any(f"<{tag}" in lowered for tag in _RAW_TAGS):
            return frozenset()
        inside: set[int] = set()
        closing: str | None = None
        for index in range(self.first, len(self.lines)):
            line = self.lines[index]
            if closing is None:
                if index in self.fenced or "<" not in line[:4] or (opening := _RAW_OPENING.match(line)) is None:
                    continue
                closing = f"</{opening.group(1).lower()}>"
            inside.add(index)
            if closing in line.lower():
                closing = None
        return frozenset(inside)

    # Links

    @functools.cached_property
    def markdown_links(self) -> list[BodyLink]:
        """Links (inline, reference definitions) whose target mentions `.md`, in file order."""
        if ".md" not in self.text.lower():
            return []
        found: list[BodyLink] = []
        for start, end in self._chunks():
            if not any(".md" in self.lines[index].lower() for index in range(start, end)):
                continue
            found.extend(self._chunk_links(start, end))
        return found

    def _chunk_start(self, heading: markdown.Heading) -> int:
        """The 0-based line where the chunk of ``heading`` starts (a setext heading's text line)."""
        return heading.line - 1

    def _chunks(self) -> list[tuple[int, int]]:
        """Line ranges: the text before the first level-1/2 heading, then one per such heading."""
        starts = [self.first] + [self._chunk_start(h) for h in self.headings if h.level <= 2]
        starts = sorted(set(starts))
        return [(start, end) for start, end in zip(starts, [*starts[1:], len(self.lines)]) if start < end]

    def _chunk_links(self, start: int, end: int) -> list[BodyLink]:
        simple = simple_links(self.lines, start, end)
        if simple is not None:
            return [link for link in simple if ".md" in link.href.lower()]
        end = self._through_last_mention(start, end)
        env: dict[str, Any] = {}
        tokens = markdown.parser().parse("\n".join(self.lines[start:end]), env)
        found: list[BodyLink] = []
        defined = {str(reference.get("href", "")) for reference in env.get("references", {}).values()}
        for token in tokens:
            if token.type != "inline" or token.map is None:
                continue
            block = (start + token.map[0], start + token.map[1])
            for child in token.children or []:
                if child.type != "link_open":
                    continue
                href = str(child.attrGet("href") or "")
                if ".md" in href.lower() and href not in defined:
                    found.append(self._locate(href, *block))
        for href in sorted(defined, key=lambda h: self._locate(h, start, end, definition=True).line):
            if ".md" in href.lower():
                found.append(self._locate(href, start, end, definition=True))
        found.sort(key=lambda link: (link.line, link.column))
        return found

    def _through_last_mention(self, start: int, end: int) -> int:
        """Where markdown-it may stop reading the chunk ``start``-``end`` for its links: after the paragraph of
        its last line that mentions `.md`. No later line can make an earlier one a link to a `.md` file or
        take one away (a definition that names a `.md` file mentions it itself); markdown-it costs as much as
        the text it reads."""
        last = next(index for index in range(end - 1, start - 1, -1) if ".md" in self.lines[index].lower())
        return next((index for index in range(last + 1, end) if not self.lines[index].strip()), end)

    def _locate(self, href: str, start: int, end: int, definition: bool = False) -> BodyLink:
        """Where ``href`` is written between lines ``start`` and ``end``; its block's first line if unsure."""
        from urllib.parse import unquote

        candidates = dict.fromkeys((href, unquote(href)))
        for index in range(start, end):
            line = self.lines[index]
            if definition and "]:" not in line:
                continue
            for candidate in candidates:
                column = line.find(candidate)
                if column >= 0:
                    return BodyLink(href, index + 1, column + 1)
        return BodyLink(href, start + 1, 1)

    # Placeholders

    def placeholders(self, hints: frozenset[str], *, square: bool = False,
                     adr_tools: bool = False) -> list[Placeholder]:
        """Template text left unfilled, anywhere in the file except fenced code and code spans.

        ``hints``: the HTML comments of adrtool's record template (whitespace collapsed); always checked,
        like MADR 3/4's `{...}`. ``square``: MADR 2's `[...]`. ``adr_tools``: adr-tools' template sentences.
        """
        found: list[Placeholder] = []
        if hints and "<!--" in self.text:
            found.extend(self._comment_placeholders(hints))
        check_braces = "{" in self.text
        check_square = square and "[" in self.text
        code = self.indented_code | self.raw_html if check_braces or check_square else frozenset()
        spans = (check_braces or check_square) and "`" in self.text
        open_span = ""  # the backticks of a code span a line leaves open, closed on a later line of its paragraph
        spans_over_lines = False
        hidden = self._hidden_by_comments_over_lines if (check_braces or check_square) and "<!--" in self.text \
            else {}
        titled = False  # the title seen (adr-tools' `# NUMBER. TITLE`, its number left as `n.`: a placeholder)
        for index, line in enumerate(self.lines):
            if index in self.fenced or index in code:
                open_span = ""
                continue
            if index in hidden:  # `<!-- * [option 1]` .. `* [option 3] -->`: template text the author hid
                line = _blanked(line, hidden[index])
            if open_span and _ends_a_paragraph(line):
                open_span = ""  # a code span never runs past its paragraph
            if adr_tools and line.strip() in ADR_TOOLS_HINTS:
                found.append(Placeholder(line.strip(), index + 1, len(line) - len(line.lstrip()) + 1))
                continue
            if adr_tools and line[:2] == "# " and not titled:
                titled = True
                if (left := _number_left_as_placeholder(line)) is not None:
                    found.append(Placeholder(left + TITLE_NUMBER, index + 1, 3))
            if ":" in line and _NUMBER_LETTERS.search(line) is not None \
                    and (relation := _relation_left(line)) is not None:  # `- **Supersedes:** (optional, ADR-XXXX)`
                found.append(Placeholder(relation[0], index + 1, relation[1]))
                continue
            if open_span and "`" not in line:
                continue  # inside a code span that runs over lines (`use\nfoo::bar::{mod, baz};`)
            if not (check_braces and "{" in line) and not (check_square and "[" in line) \
                    and not (spans and "`" in line):
                continue
            shown = comments.without_comments(line, blank=True) if "<!--" in line else line
            if open_span:
                end = _closing_run(shown, open_span)
                shown, open_span = " " * end + shown[end:], ""
            visible = _blank_code_spans(shown)
            if "`" in visible:
                start = visible.index("`")
                run = visible[start:len(visible) - len(visible[start:].lstrip("`"))]
                open_span = run
                spans_over_lines = True
                visible = visible[:start] + " " * (len(visible) - start)
            if not (check_braces and "{" in line) and not (check_square and "[" in line):
                continue
            match = self._placeholder_in(visible, shown, check_braces, check_square, hints)
            if match and "<" in visible:  # one inside an HTML tag is markup, seen by no reader
                shown, visible = _blank_html_tags(shown), _blank_html_tags(visible)
                match = self._placeholder_in(visible, shown, check_braces, check_square, hints)
            if index < self.first and match is None and check_braces:
                match = _padded_front_matter_placeholder(line)  # `decision-makers: { list everyone .. }`
            if match and index < self.first and not _front_matter_placeholder(line, match.group(0)):
                continue
            if match:
                found.append(Placeholder(match.group(0), index + 1, match.start() + 1))
        if spans_over_lines and found:
            # Where a paragraph ends for a code span left open (a quote's lazy lines, a table's) takes a Markdown
            # parser to say: a placeholder is kept only if it is in the text markdown-it shows.
            seen = _text_a_reader_sees("\n".join(self.lines[self.first:]))
            found = [item for item in found if item.line <= self.first or any(item.text in block for block in seen)]
        found.sort(key=lambda item: (item.line, item.column))
        return found

    @functools.cached_property
    def _hidden_by_comments_over_lines(self) -> dict[int, list[tuple[int, int]]]:
        """The columns of each line that an HTML comment running over several lines hides, by line index (a
        comment on one line is blanked where the line is read)."""
        hidden: dict[int, list[tuple[int, int]]] = {}
        line_starts: list[int] = []
        offset = 0
        for line in self.lines:
            line_starts.append(offset)
            offset += len(line) + 1
        for match in comments.html_comments(self.text):
            start, end = match.span()
            index = bisect.bisect_right(line_starts, start) - 1
            if end <= line_starts[index] + len(self.lines[index]):
                continue  # on one line
            while index < len(self.lines) and line_starts[index] < end:
                line_start = line_starts[index]
                hidden.setdefault(index, []).append(
                    (max(start, line_start) - line_start, min(end, line_start + len(self.lines[index])) - line_start))
                index += 1
        return hidden

    def _placeholder_in(self, visible: str, shown: str, braces: bool, square: bool,
                        hints: frozenset[str]) -> re.Match[str] | None:
        """The first placeholder of a line: ``visible`` is the line with its comments and code spans blanked,
        ``shown`` with its comments only (a code span is the author's text); ``hints`` as for ``placeholders``."""
        match = None
        if braces and "{" in visible:
            data: list[tuple[int, int]] = []  # code or data: no `[...]` inside it is a placeholder either
            for found in _BRACES.finditer(visible):  # (`{name: x, ports[port == 5000]}`)
                if _template_braces(found.group(0)) and visible[found.start() - 1:found.start()] not in _CODE_MARKS:
                    match = found
                    break
                data.append(found.span())
            if data and match is None:
                visible = _blanked(visible, data)
        if match is None and square and not _a_row_of_words(shown):
            match = next((found for found in _SQUARE.finditer(visible) if not self._filled(found, visible, shown)),
                         None)
        if braces and "{{" in visible and (variable := _variable_left(visible, hints)) is not None \
                and (match is None or variable.start() < match.start()):
            match = variable  # `* Supersedes: {{SUPERSEDES}}`: a variable the template's tool fills, left in
        return match

    def _filled(self, found: re.Match[str], visible: str, shown: str) -> bool:
        """Whether the `[...]` ``found`` is the author's: a label their own text follows, a key's value written
        as a list, a link to a reference definition."""
        if "`" in shown[found.start():found.end()]:
            return True  # ``[the `reqwest` crate]``: code in it, which no template's placeholder holds
        if "://" in found.group(0) and "e.g" not in found.group(0):
            return True  # `Technical Story: [Apollo module | https://...]`: filled in with the author's address (a
            # template's example is none: `[e.g. https://jira.example.com/PROJ-123 or a description]`)
        if shown[:1] == "#" and (found.start() > _HEADING_MARKS.match(shown).end()  # type: ignore[union-attr]
                                 or _OWN_TEXT.search(_BRACKETED.sub("", shown[found.end():]))):
            return True  # a heading's words around it (`# Sign in on [device, recovery, PDS]`): not the template's
            # `# [short title of solved problem and solution]`, or `### [option 1] - [description of option 1]`
        if _RECORD_REFERENCE.fullmatch(found.group(0)):
            return True  # `conforme a [ADR 006]`: a record named, as no template's placeholder is
        before = shown[:found.start()]
        if _LINE_OPENING.fullmatch(before):
            after = shown[found.end():]
            if _OWN_TEXT.search(_BRACKETED.sub("", after)):
                return True
            if "[" in after and any("://" in bracket or _RECORD_REFERENCE.fullmatch(bracket)
                                    for bracket in _BRACKETED.findall(after)):
                return True  # `* [Golang Webseite] [https://golang.org/]`, `* [Refined by] [ADR 12]`: MADR 2's
                # `* [Link type] [Link to ADR]` filled in with the author's label and address or record
        key = _KEY_OPENING.fullmatch(before) if _FLOW_LIST.fullmatch(found.group(0)) else None
        if key and key.group(1).strip().lower() not in _ONE_VALUE_KEYS and not visible[found.end():].strip():
            return True
        if before[-1:] in (":", " ") and len(found.group(0).split()) <= _TAGS_AT_MOST \
                and (tags := _KEY_OPENING.fullmatch(before)) is not None \
                and tags.group(1).strip(" *_").lower() in ("tags", "tag") and not visible[found.end():].strip():
            return True  # `- Tags: [Deployment CICD]`: the tags, space-separated as log4brains' template asks
        if before[-2:] in (": ", ":") and (status := _KEY_OPENING.fullmatch(before)) is not None \
                and status.group(1).strip(" *_").lower() == "status" and not visible[found.end():].strip() \
                and _lifecycle_word(found.group(0)[1:-1].strip()) is not None:
            return True  # `* Status: [accepted ]`: the template's choices cut to the one chosen, its brackets kept
        if "," in visible and (opening := _KEY_OPENING.match(visible)) is not None \
                and _BRACKETED_LIST.fullmatch(visible, opening.end()):
            return True
        return self._defines(found.group(0)[1:-1]) or self._an_option_named(found.group(0)[1:-1]) \
            or self._an_item_labelled(found.group(0))

    def _an_item_labelled(self, bracketed: str) -> bool:
        """Whether a list item of the record opens with ``bracketed`` as a label its own text follows (`- [option
        3]: Specify the endpoints ..`): a label the author defined, which a later `Chosen option: "[option 3]"`
        names."""
        if self.text.count(bracketed) < 2:
            return False
        labelled = re.compile(rf"[ \t]*[-*+][ \t]+{re.escape(bracketed)}[ \t]*[:：\-–—][ \t]*\w")
        return any(labelled.match(line) is not None and _OWN_TEXT.search(line[line.index(bracketed) + len(bracketed):])
                   for line in self.lines if bracketed in line)

    def _an_option_named(self, label: str) -> bool:
        """Whether a heading of the record is ``label`` unbracketed: the option chosen, its name in the brackets
        the template had around it (Sylius: `Chosen option: "[Explicitly declare, ...]"` under `### Explicitly
        declare, ...`); the template's own `### [option 1]` keeps its brackets."""
        wanted = label.strip()
        return bool(wanted) and wanted in self._heading_texts and f" {wanted}" in self.text

    @functools.cached_property
    def _heading_texts(self) -> frozenset[str]:
        """The text of each of the record's `#` lines, as written: read once for every bracket that asks."""
        return frozenset(line.lstrip("#").strip() for line in self.lines if line[:1] == "#")

    def _defines(self, label: str) -> bool:
        """Whether a link reference definition in the body defines ``label``, so that `[label]` (and `[label][]`)
        is a link. markdown-it decides, on the body's block structure, and is asked only when a line could
        define the label (`_definition_labels`)."""
        if not self._may_define:
            return False
        key = markdown.reference_label(label)
        possible = self._definition_labels
        if possible is not None and key not in possible:
            return False
        return key in self._reference_labels

    @functools.cached_property
    def _may_define(self) -> bool:
        """Whether the text holds a `]:` at all: looked for once, not for every bracket that asks."""
        return "]:" in self.text

    @functools.cached_property
    def _definition_labels(self) -> frozenset[str] | None:
        """Every label a definition in the body may define, as ``markdown.reference_label`` gives it: those of
        the `[label]:` written on one line; None when some `]:` follows no `[` of its line (a label that runs
        over lines, or holds brackets), and only markdown-it can tell."""
        found: set[str] = set()
        for line in self.lines[self.first:]:
            if "]:" not in line:
                continue
            labels = _DEFINITION.findall(line)
            if len(labels) != line.count("]:"):
                return None
            found.update(markdown.reference_label(label) for label in labels)
        return frozenset(found)

    @functools.cached_property
    def _reference_labels(self) -> frozenset[str]:
        """The labels markdown-it reads definitions of in the body. It reads from the last `#` heading before
        the first `]:` (such a heading closes every block before it) to the end of the paragraph of the last
        one (no later line can make an earlier one a definition or take one away): markdown-it costs as much
        as the text it reads, and definitions are usually kept at the end."""
        marked = [index for index in range(self.first, len(self.lines)) if "]:" in self.lines[index]]
        if not marked:
            return frozenset()
        start = max((heading.line - 1 for heading in self.headings if heading.line - 1 <= marked[0]
                     and _opens_with_atx(self.lines[heading.line - 1])), default=self.first)
        stop = next((index for index in range(marked[-1] + 1, len(self.lines)) if not self.lines[index].strip()),
                    len(self.lines))
        return markdown.reference_labels("\n".join(self.lines[start:stop]))

    def _comment_placeholders(self, hints: frozenset[str]) -> list[Placeholder]:
        found = []
        offsets = _line_offsets(self.text)
        for match in comments.html_comments(self.text):
            if comment_text(match.group(1)) not in hints:
                continue
            line = _line_of(offsets, match.start())
            if line - 1 in self.fenced:
                continue
            found.append(Placeholder(match.group(0), line, match.start() - offsets[line - 1] + 1))
        return found


# The template's letters for a record's number, looked for before a line is read as a relation's key line.
_NUMBER_LETTERS = re.compile(r"XXX|NNN|xxx|nnn|###")


def _relation_left(line: str) -> tuple[str, int] | None:
    """The value of a relation's key line that names its record by the template's letters for its number, left as
    its template wrote it (flyby's `- **Supersedes:** (optional, ADR-XXXX)`), and its column; None for any other
    line."""
    from adrtool.records.dialects.normalize import canonical_key, left_as_template

    found = markdown.KEY_LINE.fullmatch(line)
    if found is None or canonical_key(found.group("key").strip()) not in _RELATIONS \
            or not left_as_template(found.group("value")):
        return None
    return found.group("value"), found.start("value") + 1


_RELATIONS = frozenset({"supersedes", "superseded-by", "relates-to"})


def _lifecycle_word(text: str) -> str | None:
    """``values.lifecycle_word``, imported when a bracketed status asks (the body's facts seldom need the reader's
    values, which a warm run does not load)."""
    from adrtool.records.values import lifecycle_word

    return lifecycle_word(text)


def _padded_front_matter_placeholder(line: str) -> re.Match[str] | None:
    """A key's whole value in braces padded with blanks inside them, as MADR 4's template writes one
    (`decision-makers: { list everyone involved in the decision }`): its words are a placeholder's as they would be
    written unpadded. A name in padded braces (semantic-kernel's `contact: { Tao Chen }`) is the author's, not the
    template's words, which open in lower case."""
    whole = _FRONT_MATTER_VALUE.match(line)
    if whole is None or whole.group(2)[1:2] not in (" ", "\t"):
        return None
    unpadded = "{" + whole.group(2)[1:-1].strip() + "}"
    if not unpadded[1:2].islower():
        return None
    if _BRACES.fullmatch(unpadded) is None or not _template_braces(unpadded):
        return None
    return _PADDED_BRACES.search(line, whole.start(2))


_PADDED_BRACES = re.compile(r"\{[ \t][^{}\n]*\}")


def _front_matter_placeholder(line: str, found: str) -> bool:
    """Whether ``found``, matched on front-matter ``line``, is the whole value of a key or list item and not
    a YAML mapping (`key: value` pairs)."""
    whole = _FRONT_MATTER_VALUE.match(line)
    return whole is not None and whole.group(2) == found and ": " not in found


_INLINE_LINK = re.compile(r"\[([^\[\]\n]*)\]\(([A-Za-z0-9;/?:@=+$,\-_.!~*'#]+)\)")
# Anywhere in a chunk: what can make a bracket line something else than text (fenced code, HTML, indented
# code, an escaped backtick that leaves the next one to open a code span on another line).
_NOT_SIMPLE_BLOCK = ("```", "~~~", "<", "\n    ", "\t", "\\`")
# On a line with brackets: escapes, entities, images, reference definitions.
_NOT_SIMPLE_INLINE = ("\\", "&", "![", "]:")


def simple_links(lines: list[str], start: int, end: int) -> list[BodyLink] | None:
    """The inline links of ``lines[start:end]`` when every bracket in it belongs to a plain one-line
    `[text](target)`, code spans closed on their own line set aside; None when markdown-it must decide (the
    property test holds the two together)."""
    text = "\n" + "\n".join(lines[start:end])
    if any(marker in text for marker in _NOT_SIMPLE_BLOCK):
        return None
    found: list[BodyLink] = []
    brackets = 0
    for index in range(start, end):
        line = lines[index]
        if "`" in line:  # code spans blanked, columns kept; one that runs on to another line: markdown-it
            line = _blank_code_spans(line)
            if "`" in line:
                return None
        if "[" not in line and "]" not in line:
            continue
        if any(marker in line for marker in _NOT_SIMPLE_INLINE):
            return None
        brackets += line.count("[") + line.count("]")
        for match in _INLINE_LINK.finditer(line):
            found.append(BodyLink(match.group(2), index + 1, match.start(2) + 1))
    if brackets != 2 * len(found):
        return None
    return found


def _a_row_of_words(line: str) -> bool:
    """Whether ``line`` is a table's row holding words besides its brackets (`| [exit status] | Pass (0), .. |`, a
    row copied from a specification): the author's, no template's placeholder."""
    return line.lstrip()[:1] == "|" and _OWN_TEXT.search(_BRACKETED.sub("", line)) is not None


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the parts at ``spans`` (in order, apart) as blanks: built once, however many there are."""
    pieces, last = [], 0
    for start, end in spans:
        pieces += [text[last:start], " " * (end - start)]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def _variable_left(visible: str, hints: frozenset[str]) -> re.Match[str] | None:
    """The first template variable of the line ``visible`` that stands where a template puts one (``_in_place``),
    or that the log's template has (``hints``: `{{DATE}}`, ``Conventions.variables``); not one in the author's prose
    (`greet users with {{FIRST_NAME}} from the merge tags`)."""
    return next((found for found in markdown.TEMPLATE_VARIABLE.finditer(visible)
                 if _in_place(visible, found) or markdown.variable_hint(found.group()) in hints), None)


def _in_place(visible: str, variable: re.Match[str]) -> bool:
    """Whether ``variable`` stands where a template puts one: in a heading (`# {{ID}} {{TITLE}}`), as a key's value
    (`* Date: {{DATE}}`), a table's cell or a line of its own (`{{SUPERSEDES}}`), none of the author's words
    beside it."""
    opening = visible.lstrip()[:1]
    if opening == "#":
        return True
    if opening == "|":
        end = visible.find("|", variable.end())
        part = visible[visible.rfind("|", 0, variable.start()) + 1:end if end >= 0 else len(visible)]
    elif (key := markdown.KEY_LINE.fullmatch(visible)) is not None and variable.start() >= key.start("value"):
        part = key.group("value")
    else:
        part = visible
    return not any(character.isalnum() for character in markdown.TEMPLATE_VARIABLE.sub("", part))


def _template_braces(text: str) -> bool:
    """Whether `{...}` ``text`` is written as templates write a placeholder (`{reference link}`,
    `{Deprecated|Proposed|Accepted}`, MADR's `{list everyone ...; and with whom ...}`), not as code or data: a
    map (`{name: demo-app, ...}`), a statement (`{let x: T;}`), TeX (`{r \\cdot 60}`), string fragments
    (`{p", "er", "son", "}`)."""
    inner = text[1:-1]
    if inner.rstrip().endswith(";") or "\\" in inner or inner.count('"') % 2:
        return False
    if "," in inner and _SET.fullmatch(inner) is not None:
        return False  # `status in {PLANNED, ACTIVE}`, `{red, green, blue}`: a set of words, as code and maths write one
    if _FORMULA.search(inner) is not None:
        return False  # `{D_i + V_i}`, `{Planner → Retrieval → Synthesis}`: a formula or a flow, no template's words
    return _MAP_KEY.match(inner) is None


_MAP_KEY = re.compile(r"[A-Za-z_][\w.-]*:\s")
_FORMULA = re.compile(r"[+=^→←↔⇒]|->|(?<=[A-Za-z])_[A-Za-z0-9]")
_SET = re.compile(r"\s*[\w.'\"-]+(?:\s*,\s*[\w.'\"-]+)+\s*")  # a word each (a template's are phrases)


def _text_a_reader_sees(text: str) -> list[str]:
    """The text of each inline block of ``text`` as markdown-it reads it: without markup, code or HTML."""
    seen = []
    for token in markdown.parser().parse(text):
        if token.type == "inline":
            seen.append("".join(child.content if child.type == "text" else "\n" if child.type == "softbreak"
                                else "" for child in token.children or []))
    return seen


def _ends_a_paragraph(line: str) -> bool:
    """Whether ``line`` is blank, opens a block of its own (a heading, a list item, a quote, a table row) or ends
    the paragraph before it (a setext heading's underline, a thematic break), so that no code span of the lines
    before runs on into or past it."""
    stripped = line.strip()
    return not stripped or stripped[0] in "#>|" or _LIST_ITEM.match(line) is not None \
        or (len(set(stripped.replace(" ", ""))) == 1 and stripped[0] in "-=*_")


def _closing_run(line: str, run: str) -> int:
    """Where the code span a line before opened with backticks ``run`` ends on ``line``: past its closing run of
    as many backticks; the line's length when it does not close there."""
    start = 0
    while (found := line.find(run, start)) >= 0:
        end = found + len(run)
        if line[end:end + 1] != "`" and (found == 0 or line[found - 1] != "`"):
            return end
        start = end + len(line[end:]) - len(line[end:].lstrip("`"))
    return len(line)


def _blank_code_spans(line: str) -> str:
    if "`" not in line:
        return line
    return _CODE_SPAN.sub(lambda match: " " * len(match.group(0)), line)


def _opens_with_atx(line: str) -> bool:
    """Whether ``line`` is an ATX heading with no indent: one markdown-it reads as a heading outside any list
    item or block quote, which closes every block before it."""
    return line[:1] == "#" and markdown.atx_heading(line) is not None


def _blank_html_tags(line: str) -> str:
    return markdown.html_tag().sub(lambda match: " " * len(match.group(0)), line)


def _line_offsets(text: str) -> list[int]:
    offsets = [0]
    position = text.find("\n")
    while position >= 0:
        offsets.append(position + 1)
        position = text.find("\n", position + 1)
    return offsets


def _line_of(offsets: list[int], position: int) -> int:
    from bisect import bisect_right

    return bisect_right(offsets, position)


def read_facts(directory: Path, record: Record, hints: frozenset[str]) -> tuple[BodyFacts | ReadError, bytes]:
    """The facts of ``record``'s file (in ``directory``) as it is now, or why it cannot be read, with the
    bytes they were made from."""
    path = directory / record.filename
    try:
        file = read_text(path)
    except AdrError as error:
        return (error if isinstance(error, ReadError) else ReadError(error.message, path=path)), b""
    return Body(path, file.text, record.body_line).facts(record.format, hints), file.raw


def _number_left_as_placeholder(title_line: str) -> str | None:
    """The placeholder an adr-tools title's number was left as (`n.` of `# n. Django Templates`,
    cisagov/manage.get.gov), as the reader leaves it out of the title; None for a numbered title."""
    from adrtool.records.values import without_number_placeholder

    heading = title_line[2:].strip()
    rest = without_number_placeholder(heading)
    return heading[:len(heading) - len(rest)].strip() if rest is not None else None
