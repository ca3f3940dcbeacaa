"""HTML comments in Markdown text (`<!-- optional -->`, a template's hints), found in time linear in the text
whatever it holds. Kept apart from ``markdown`` so that a warm run, which reads a template's hints and no record,
imports no more than this. (The readers' own patterns for a comment after a status or in front matter,
`values._COMMENT` and `normalize._HTML_COMMENT`, match one left open too, to the end of its short value: linear as
they are.)"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

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


def uncommented(lines: Iterable[str]) -> Iterator[str]:
    """Each of ``lines`` without the HTML comments in it, a comment taking in the lines it spans (one left open, the
    rest): the text a reader sees of each. Linear in the lines, whatever they hold."""
    inside = False
    for line in lines:
        kept: list[str] = []
        at = 0
        while True:
            if inside:
                close = line.find("-->", at)
                if close < 0:
                    break
                inside, at = False, close + 3
            opening = line.find("<!--", at)
            if opening < 0:
                kept.append(line[at:])
                break
            kept.append(line[at:opening])
            at = opening + 4
            if line.startswith(">", at) or line.startswith("->", at):  # `<!-->`, `<!--->`: closed where they stand
                at += 1 if line[at] == ">" else 2
            else:
                inside = True
        yield "".join(kept)


def left_open(text: str) -> bool:
    """Whether ``text``, which opens an HTML comment (`<!--`), leaves it open past its end: CommonMark closes
    `<!-->` and `<!--->` where they stand, any other comment at its first `-->`."""
    return not (text[4:5] == ">" or text[4:6] == "->" or "-->" in text[4:])


def after_opening_comments(line: str) -> int:
    """Where the text ``line`` shows after the HTML comments that open it begins (`<!-- one of .. --> Accepted`: at
    `Accepted`; CommonMark makes the line an HTML block, whose text after the comments a reader sees); 0 where no
    comment opens it, where one is left open, or where nothing follows them. Linear in the line, whatever it
    holds."""
    at = len(line) - len(line.lstrip(" "))
    if at > 3 or not line.startswith("<!--", at):
        return 0
    while line.startswith("<!--", at):
        if line.startswith("<!-->", at):
            at += 5
        elif line.startswith("<!--->", at):
            at += 6
        else:
            close = line.find("-->", at + 4)
            if close < 0:
                return 0
            at = close + 3
        while at < len(line) and line[at] in " \t":
            at += 1
    return at if line[at:].strip() else 0


def trailing_comments(text: str) -> int:
    """Where the HTML comments that end ``text`` begin, blanks between them, the last of them maybe left open to
    the end (`[ADR-XXXX] <!-- optional -->`, `<!-- e.g. [ADR-0009](0009-x.md)` over a line that closes it): at the
    first `<!--` after which nothing but such comments follows; ``len(text)`` where no comment ends it. Linear in the
    text, whatever it holds."""
    start = text.find("<!--")
    while start >= 0:
        at = start
        while text.startswith("<!--", at):
            if text.startswith("<!-->", at) or text.startswith("<!--->", at):
                at = text.index(">", at + 4) + 1
            else:
                close = text.find("-->", at + 4)
                if close < 0:
                    return start  # left open: it runs past the text's end
                at = close + 3
            while at < len(text) and text[at] in " \t":
                at += 1
        if at == len(text):
            return start
        start = text.find("<!--", at)
    return len(text)
