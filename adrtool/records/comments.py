"""HTML comments in Markdown text (`<!-- optional -->`, a template's hints), found in time linear in the text
whatever it holds. Kept apart from ``markdown`` so that a warm run, which reads a template's hints and no record,
imports no more than this. (The readers' own patterns for a comment after a status or in front matter,
`values._COMMENT` and `normalize._HTML_COMMENT`, match one left open too, to the end of its short value: linear as
they are.)"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A closed HTML comment; its text the group.
HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)


def comments_end(text: str) -> int:
    """Where ``text``'s last `-->` ends (0 when it has none): the end of the part a search for HTML comments (or
    for text inside one) needs to read. Past it no `<!--` is closed, and a search from each of them would run to
    the end of the text: quadratic in a run of `<!--`, as a hostile record writes."""
    end = text.rfind("-->")
    return end + 3 if end >= 0 else 0


def html_comments(text: str) -> Iterator[re.Match[str]]:
    """The closed HTML comments of ``text``, in order."""
    return HTML_COMMENT.finditer(text, 0, comments_end(text))


def without_comments(text: str, *, blank: bool = False) -> str:
    """``text`` without its closed HTML comments (``blank``: each a run of blanks as long, columns kept)."""
    end = comments_end(text)
    if not end:
        return text
    return HTML_COMMENT.sub((lambda match: " " * len(match.group(0))) if blank else "", text[:end]) + text[end:]
