"""File-name slugs from titles: lowercase words joined by `-`, never a path.

Latin letters lose their accents (`Größe` -> `grosse`, `café` -> `cafe`), as adr-tools and MADR
name files; letters of other scripts are kept as they are (`日本語のタイトル`), readable by whoever can read the
title, rather than transliterated by guesswork. Nothing else survives: no `/`, `\\`, `.`, control,
format or bidirectional characters, whatever the title.
"""

from __future__ import annotations

import unicodedata

from adrtool.errors import UsageError

MAX_SLUG = 60
# Latin letters that do not decompose into a base letter and an accent.
_FOLDED = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "þ": "th",
                         "ı": "i", "ŋ": "ng", "ħ": "h"})
_MARKS = ("Mn", "Mc")  # combining marks: part of the letter before them (Devanagari vowel signs, dakuten)


def words_of(title: str) -> list[str]:
    """The title's words, lowercase, accents dropped from Latin letters, other scripts kept."""
    text = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", title).lower().translate(_FOLDED))
    words: list[str] = []
    word: list[str] = []
    for char in text:
        if char.isalnum() and char != "_":
            word.append(char)
        elif word and unicodedata.category(char) in _MARKS:
            if not word[-1].isascii():  # an accent on a Latin letter is dropped; other scripts keep their marks
                word.append(char)
        elif word:
            words.append(unicodedata.normalize("NFC", "".join(word)))
            word = []
    if word:
        words.append(unicodedata.normalize("NFC", "".join(word)))
    return words


def slugify(title: str) -> str:
    """`Keep the Linuxbridge backend (Xena)` -> `keep-the-linuxbridge-backend-xena`; `Größe` -> `grosse`."""
    words = words_of(title)
    if not words:
        raise UsageError(f"title {title!r} has no letters or digits to make a file name from")
    slug = words[0][:MAX_SLUG]
    for word in words[1:]:
        if len(slug) + 1 + len(word) > MAX_SLUG:
            break
        slug = f"{slug}-{word}"
    return slug


def is_canonical_slug(slug: str) -> bool:
    """Whether ``slug`` is what ``slugify`` makes of it (the file-name rule's test for non-ASCII names)."""
    try:
        return slugify(slug) == slug
    except UsageError:
        return False


def record_filename(number: int, title: str) -> str:
    return f"{number:04d}-{slugify(title)}.md"
