"""A record's Markdown body as safe HTML for the site, and as plain text for its search index.

markdown-it-py renders it with raw HTML turned off, so `<script>` in a record is shown as text. On top of
markdown-it's own link check, a link or image may only be relative, a fragment, or http(s)/mailto: anything
else (`javascript:`, `data:`, `vbscript:`, `file:`) is dropped to its text. Links to other records' files
go to their pages; an image the project holds is copied into the site; an image elsewhere on the web is shown
as a link to it, so that viewing a page never fetches anything.
"""

from __future__ import annotations

import functools
import os
import posixpath
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote, urlsplit

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
WEB_SCHEMES = frozenset({"http", "https", "mailto"})


@dataclass(frozen=True)
class Rendered:
    html: str
    text: str  # the words a reader sees, for the search index
    assets: tuple[str, ...] = ()  # the project's files it shows (absolute paths), each copied into the site


@dataclass(frozen=True)
class Place:
    """Where a body is rendered: the record file's directory, the page's path in the site, and how to
    reach other records' pages and the project's files."""

    directory: str  # the record file's directory (an absolute, normalised path)
    page: str  # the page's path in the site ("records/0003-x.html")
    pages: Mapping[str, str]  # normalised absolute record file path -> its page's path in the site
    asset: Callable[[str], str | None]  # absolute file path -> its path in the site (copied), or None


@functools.lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    md.add_render_rule("image", _render_image)
    return md


def scheme_of(url: str) -> str | None:
    match = _SCHEME.match(url)
    return match.group(1).lower() if match else None


def safe_url(url: str) -> bool:
    """Relative, a fragment, or a web or mail address; nothing a browser would run or read from disk."""
    scheme = scheme_of(url)
    return scheme is None or scheme in WEB_SCHEMES


def render(text: str, title: str | None, place: Place) -> Rendered:
    """The body's HTML (without its title heading, which the page shows) and its plain text."""
    md = parser()
    tokens = md.parse(text)
    _drop_title(tokens, title)
    words: list[str] = []
    assets: list[str] = []
    for token in tokens:
        if token.type == "inline" and token.children:
            for child in token.children:
                _rewrite(child, place, assets)
                if child.type in ("text", "code_inline"):
                    words.append(child.content)
            words.append("\n")
        elif token.type in ("fence", "code_block"):
            words.append(token.content)
    html = md.renderer.render(tokens, md.options, {})
    return Rendered(html, " ".join(words), tuple(assets))


def _drop_title(tokens: list[Token], title: str | None) -> None:
    """Remove the first level-1 heading when it is the first block and carries the title (`# 3. Title`)."""
    if len(tokens) < 3 or tokens[0].type != "heading_open" or tokens[0].tag != "h1" or not title:
        return
    if title.strip() in tokens[1].content:
        del tokens[:3]


def _rewrite(token: Token, place: Place, assets: list[str]) -> None:
    if token.type == "link_open":
        href = str(token.attrs.get("href", ""))
        if not safe_url(href):
            token.attrs["href"] = "#"
            token.attrSet("class", "unsafe-link")
            return
        token.attrs["href"] = _local_link(href, place)
    elif token.type == "image":
        src = str(token.attrs.get("src", ""))
        token.meta["site_src"] = _image_src(src, place, assets)
        token.meta["web"] = scheme_of(src) in WEB_SCHEMES


def _local_link(href: str, place: Place) -> str:
    """A link to a record file becomes a link to its page; any other link stays as written."""
    if scheme_of(href) is not None or href.startswith(("#", "/", "?")):
        return href
    parts = urlsplit(href)
    target = os.path.normpath(os.path.join(place.directory, unquote(parts.path)))
    page = place.pages.get(target)
    if page is None:
        return href
    fragment = f"#{parts.fragment}" if parts.fragment else ""
    return quote(relative_href(page, place.page)) + fragment


def _image_src(src: str, place: Place, assets: list[str]) -> str | None:
    """The image's path in the site when the project holds the file (noted in ``assets``); None otherwise (it
    is shown as text)."""
    if not src or scheme_of(src) is not None or src.startswith(("#", "/", "?")):
        return None
    target = os.path.normpath(os.path.join(place.directory, unquote(urlsplit(src).path)))
    copied = place.asset(target)
    if copied is None:
        return None
    assets.append(target)
    return quote(relative_href(copied, place.page))


def relative_href(target: str, page: str) -> str:
    """``target`` (a path in the site) as a link from ``page`` (another path in the site)."""
    return posixpath.relpath(target, posixpath.dirname(page) or ".")


def _render_image(self: Any, tokens: list[Token], idx: int, options: Any, env: Any) -> str:
    from markdown_it.common.utils import escapeHtml

    token = tokens[idx]
    alt = self.renderInlineAsText(token.children or [], options, env)
    src = token.meta.get("site_src")
    if src is not None:
        return f'<img src="{escapeHtml(src)}" alt="{escapeHtml(alt)}" loading="lazy">'
    original = str(token.attrs.get("src", ""))
    label = escapeHtml(alt or original)
    if token.meta.get("web"):  # a link, not an image: viewing the page fetches nothing from elsewhere
        return f'<a class="remote-image" href="{escapeHtml(original)}">[image: {label}]</a>'
    return f'<span class="missing-image">[image: {label}]</span>'
