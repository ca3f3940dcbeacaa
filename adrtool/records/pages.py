"""Records a docs site runs as code when it builds them, and what a write may add to them.

A tech-docs-gem page (`adr-001.html.md.erb`) runs every ERB tag `<% .. %>` in it as Ruby; an MDX page
(`0001-x.mdx`, Docusaurus, Fumadocs, Starlight) compiles every `{ .. }` in its text as JavaScript and every `<Tag>` as
a component, and fails to build on an HTML comment or a stray `<`. A write may keep or move the code a page holds,
never add any: a title typed `Use <%= x %>` or `Use {x}`, or copied from another record into a link, would run when
the site is built. The pieces of code found are compared as a multiset, so a renumber (a new file, the old one
removed) or an edit elsewhere in the page keeps what was there.

MDX's parser is not guessed at: where a `{` or `<` is live depends on code spans, fences, links, line endings and
Unicode rules that a scan of lines gets wrong both ways. Every `{` and `<` of an MDX page is a piece of code, in a
code span too; only an MDX comment whose text cannot close it early (`{/* hint */}`, as ``as_page`` writes a
template's hints) is none. So adr never writes a `{` or `<` of its own into an MDX page: a title holding one is
refused there, even in backticks (the author can write it by hand, as the page's own text is kept).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from adrtool.errors import WriteRefused


def _runs_code(path: Path) -> bool:
    """Whether the docs site runs code written in the page at ``path`` (ERB or MDX)."""
    return path.name[-4:].lower() in (".erb", ".mdx")


def _is_erb(path: Path) -> bool:
    return path.name[-4:].lower() == ".erb"


def refuse_new_code(pages: Iterable[tuple[Path, bytes | None, bytes | None]]) -> None:
    """Refuse (WriteRefused, naming the page and the piece of code) a change of ``pages`` (path, bytes before,
    bytes after; None for a file created or removed) that adds code the site would run."""
    pages = [page for page in pages if _runs_code(page[0])]
    held = Counter(piece for path, before, _ in pages for piece in _code(path, before or b""))
    for path, _, after in pages:
        for piece in _code(path, after or b""):
            if held[piece] > 0:
                held[piece] -= 1
                continue
            shown = piece.decode("utf-8", "replace").split("\n", 1)[0].split("\r", 1)[0]
            shown = shown if len(shown) <= 40 else shown[:39] + "…"
            if _is_erb(path):
                raise WriteRefused(f"would write {shown!r} into a page the docs site runs as Ruby (ERB) when it is "
                                   "built; not writing it (write it as '<%%' to show it as text)", path=path)
            raise WriteRefused(f"would write {shown!r} into an MDX page, which the docs site runs as JavaScript "
                               "when it is built; not writing it (adr writes no '{' or '<' into MDX pages; write "
                               "that text into the page yourself)", path=path)


def _code(path: Path, data: bytes) -> list[bytes]:
    return _erb_tags(data) if _is_erb(path) else _mdx_code(data)


def _erb_tags(data: bytes) -> list[bytes]:
    """The ERB tags of ``data``, each from its `<%` to its `%>` (to the end when it is never closed), in order;
    found in one pass whatever the text (no search runs from every opening to the end). `<%%` is ERB's literal
    `<%`, no tag."""
    tags: list[bytes] = []
    start = data.find(b"<%")
    while start != -1:
        if data[start + 2:start + 3] == b"%":  # `<%%`: a literal `<%`
            start = data.find(b"<%", start + 3)
            continue
        end = data.find(b"%>", start + 2)
        if end == -1:
            tags.append(data[start:])
            break
        tags.append(data[start:end + 2])
        start = data.find(b"<%", end + 2)
    return tags


def as_page(path: Path, text: str) -> str:
    """A new record's ``text`` as the page at ``path`` is built from it: for an MDX page, the template's hints,
    HTML comments that are a paragraph of their own (`<!-- hint -->`, an error in MDX), written as MDX's own
    (`{/* hint */}`); any other comment, and one whose words would close MDX's early, is left, and refused as code
    by ``refuse_new_code``. Any other page's text as it is."""
    if path.name[-4:].lower() != ".mdx":
        return text
    parts: list[str] = []
    done = 0
    start = text.find("<!--")
    while start != -1:
        end = text.find("-->", start + 4)
        if end == -1:
            break  # no comment closes after this one: none is left to convert
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end + 3)
        line_end = len(text) if line_end == -1 else line_end
        words = text[start + 4:end]
        if not text[line_start:start].strip(" \t") and not text[end + 3:line_end].strip(" \t") \
                and "*/" not in words:
            parts += [text[done:start], "{/*", words, "*/}"]
            done = end + 3
        start = text.find("<!--", end + 3)
    return "".join(parts) + text[done:] if parts else text


# How far a piece of code is shown and compared: to the `}` or `>` that closes it, or so many bytes.
_PIECE = 80


def _mdx_code(data: bytes) -> list[bytes]:
    """The pieces of code in an MDX page's bytes, in order: from each `{` to its `}`, from each `<` to its `>`
    (or ``_PIECE`` bytes, the next piece after them), anywhere in the page (its front matter and code too); not an
    MDX comment that cannot close early (`{/* hint */}`). Found in one pass whatever the text."""
    pieces: list[bytes] = []
    brace, angle = data.find(b"{"), data.find(b"<")
    comment_end = 0  # where the next `*/` is, once looked for (-1: none is left)
    while brace != -1 or angle != -1:
        start = brace if angle == -1 or (brace != -1 and brace < angle) else angle
        if start == brace and data[start + 1:start + 3] == b"/*":
            if comment_end != -1 and comment_end < start + 3:
                comment_end = data.find(b"*/", start + 3)
            if comment_end != -1 and data[comment_end + 2:comment_end + 3] == b"}":
                at = comment_end + 3  # `{/* hint */}`: its first `*/` closes it, nothing runs
                brace, angle = data.find(b"{", at), angle if angle == -1 or angle >= at else data.find(b"<", at)
                continue
        close = data.find(b"}" if start == brace else b">", start + 1, start + _PIECE)
        piece = data[start:close + 1] if close != -1 else data[start:start + _PIECE]
        pieces.append(piece)
        at = start + len(piece)
        if brace != -1 and brace < at:  # each search runs once past each byte: no rescan of the rest
            brace = data.find(b"{", at)
        if angle != -1 and angle < at:
            angle = data.find(b"<", at)
    return pieces
