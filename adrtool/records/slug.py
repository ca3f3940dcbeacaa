"""File-name slugs from titles: lowercase ASCII words joined by `-`, never a path."""

from __future__ import annotations

import re
import unicodedata

from adrtool.errors import UsageError

MAX_SLUG = 60
_WORD = re.compile(r"[a-z0-9]+")


def slugify(title: str) -> str:
    """`Keep the Linuxbridge backend (Xena)` -> `keep-the-linuxbridge-backend-xena`.

    Accents are folded to ASCII and everything else that is not a letter or digit separates words, so a
    slug can hold no `/`, `\\`, `..`, control or bidirectional characters whatever the title.
    """
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii").lower()
    words: list[str] = _WORD.findall(ascii_text)
    if not words:
        raise UsageError(f"title {title!r} has no letters or digits to make a file name from")
    slug = words[0][:MAX_SLUG]
    for word in words[1:]:
        if len(slug) + 1 + len(word) > MAX_SLUG:
            break
        slug = f"{slug}-{word}"
    return slug


def record_filename(number: int, title: str) -> str:
    return f"{number:04d}-{slugify(title)}.md"
