"""Records a docs site runs as code when it builds them, and what a write may add to them.

A tech-docs-gem page (`adr-001.html.md.erb`) runs every ERB tag `<% .. %>` in it as Ruby; an MDX page
(`0001-x.mdx`, Docusaurus, Fumadocs, Starlight) compiles every `{ .. }` in its text as JavaScript and every `<Tag>` as
a component, and fails to build on an HTML comment. A write may keep or move the code a page holds, never add
any: a title typed `Use <%= x %>` or `Use {x}`, or copied from another record into a link, would run when the site
is built. The pieces of code found are compared as a multiset, so a renumber (a new file, the old one removed)
or an edit elsewhere in the page keeps what was there.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from adrtool.errors import WriteRefused


def runs_code(path: Path) -> bool:
    """Whether the docs site runs code written in the page at ``path`` (ERB or MDX)."""
    suffix = path.name[-4:].lower()
    return suffix in (".erb", ".mdx")


def refuse_new_code(pages: Iterable[tuple[Path, bytes | None, bytes | None]]) -> None:
    """Refuse (WriteRefused, naming the page and the piece of code) a change of ``pages`` (path, bytes before,
    bytes after; None for a file created or removed) that adds code the site would run."""
    pages = [page for page in pages if runs_code(page[0])]
    held = Counter(piece for path, before, _ in pages for piece in _code(path, before or b""))
    for path, _, after in pages:
        for piece in _code(path, after or b""):
            if held[piece] > 0:
                held[piece] -= 1
                continue
            shown = piece.decode("utf-8", "replace")
            shown = shown if len(shown) <= 40 else shown[:39] + "…"
            if path.name[-4:].lower() == ".erb":
                raise WriteRefused(f"would write {shown!r} into a page the docs site runs as Ruby (ERB) when it is "
                                   "built; not writing it (write it as '<%%' to show it as text)", path=path)
            raise WriteRefused(f"would write {shown!r} into an MDX page, which the docs site runs as JavaScript "
                               "when it is built; not writing it (put it in backticks, or write '\\{' or '\\<' to "
                               "show it as text)", path=path)


def _code(path: Path, data: bytes) -> list[bytes]:
    return _erb_tags(data) if path.name[-4:].lower() == ".erb" else _mdx_code(data)


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


def as_mdx(text: str) -> str:
    """A new record's text as an MDX page compiles it: the template's hints, HTML comments (`<!-- hint -->`, an
    error in MDX), written as MDX's own (`{/* hint */}`). Any other comment, and one whose words would close MDX's
    early, is left, and refused as code by ``refuse_new_code``."""
    return _HTML_COMMENT.sub(lambda comment: comment.group(0) if "*/" in comment.group(2)
                             else f"{comment.group(1)}{{/*{comment.group(2)}*/}}", text)


# A template's hint: a comment that is a paragraph of its own (a comment in a line of text, a title's, stays).
_HTML_COMMENT = re.compile(r"^([ \t]*)<!--(.*?)-->(?=[ \t]*$)", re.DOTALL | re.MULTILINE)
# What an MDX page runs: an expression (`{x}`, to its first `}` on the line) or a tag (`<Note>`, `</div>`,
# `<!-- x -->`, `<https://x>`: MDX has no autolinks), outside code spans (each opened by a whole run of backticks
# and closed by a run as long) and escapes (`\{`); an MDX comment whose text cannot close it early
# (`{/* hint */}`) runs nothing.
_MDX_CODE = re.compile(rb"\\.|(?<!`)(`+)(?!`)(?:.*?[^`])?\1(?!`)|\{/\*(?:(?!\*/).)*\*/\}"
                       rb"|(\{[^}\n]*\}?|<[A-Za-z/>!][^>\n]*>?)")
_FENCE = re.compile(rb"^ {0,3}(`{3,}|~{3,})")


def _mdx_code(data: bytes) -> list[bytes]:
    """The pieces of code in an MDX page's text, in order: its front matter and fenced code blocks are no code."""
    pieces: list[bytes] = []
    lines = data.split(b"\n")
    start = 0
    if lines and lines[0].rstrip() == b"---":  # front matter: YAML, not MDX
        start = next((index + 1 for index in range(1, len(lines)) if lines[index].rstrip() == b"---"), 0)
    fence: bytes | None = None
    for line in lines[start:]:
        opening = _FENCE.match(line)
        if fence is not None:
            if opening is not None and opening.group(1)[:1] == fence[:1] and len(opening.group(1)) >= len(fence) \
                    and not line.strip().lstrip(b"`~"):
                fence = None
            continue
        if opening is not None:
            fence = opening.group(1)
            continue
        pieces.extend(match.group(2) for match in _MDX_CODE.finditer(line) if match.group(2))
    return pieces
