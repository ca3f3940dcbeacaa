"""File-name slugs from titles: lowercase words joined by `-`, never a path.

Latin letters lose their accents (`Größe` -> `grosse`, `café` -> `cafe`), as adr-tools and MADR
name files; letters of other scripts are kept as they are (`日本語のタイトル`), readable by whoever can read the
title, rather than transliterated by guesswork. Nothing else survives: no `/`, `\\`, `.`, control,
format or bidirectional characters, whatever the title.

A log that names its files otherwise gets its own style (``NameScheme.slug``): words joined by `_`
(`0003_use_redis.md`), capitals kept (`018-Dedicated-Ingress-Controllers.md`), or the title as written
(`003. Use Redis for caching.md`, ``as_written``).
"""

from __future__ import annotations

import unicodedata

from adrtool.errors import UsageError

MAX_SLUG = 60
# Latin letters that do not decompose into a base letter and an accent.
_FOLDED = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "þ": "th",
                         "ı": "i", "ŋ": "ng", "ħ": "h"})
_MARKS = ("Mn", "Mc")  # combining marks: part of the letter before them (Devanagari vowel signs, dakuten)


def words_of(title: str, *, cased: bool = False) -> list[str]:
    """The title's words, lowercase (``cased``: capitals kept), accents dropped from Latin letters, other
    scripts kept."""
    text = unicodedata.normalize("NFKC", title)
    text = unicodedata.normalize("NFD", (text if cased else text.lower()).translate(_FOLDED))
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


def slugify(title: str, joint: str = "-", *, cased: bool = False) -> str:
    """`Keep the Linuxbridge backend (Xena)` -> `keep-the-linuxbridge-backend-xena`; `Größe` -> `grosse`.
    ``joint`` between the words; ``cased``: capitals kept (`Keep-the-Linuxbridge-backend-Xena`)."""
    words = words_of(title, cased=cased)
    if not words:
        raise UsageError(f"title {title!r} has no letters or digits to make a file name from")
    slug = words[0][:MAX_SLUG]
    for word in words[1:]:
        if len(slug) + len(joint) + len(word) > MAX_SLUG:
            break
        slug = f"{slug}{joint}{word}"
    return slug


# What a title written as a file name loses: path separators, and what Windows refuses in a name (a log kept in
# git is checked out there too).
_NOT_IN_NAMES = frozenset('/\\:*?"<>|')
MAX_WRITTEN = 120


def as_written(title: str) -> str:
    """The title as a log of `001. Use Redis for caching.md` names its files: letters, case and accents kept,
    without characters no file name may hold (separators, control, format and bidirectional characters),
    blanks collapsed, opening with a letter or a digit, no dot or blank at the end, cut at a word within
    ``MAX_WRITTEN`` characters."""
    kept = "".join(" " if char in _NOT_IN_NAMES or char.isspace() else char
                   for char in unicodedata.normalize("NFC", title)
                   if unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Co"))
    text = " ".join(kept.split()).rstrip(". ")
    opening = next((index for index, char in enumerate(text) if char.isalnum()), len(text))
    text = text[opening:]  # `../../x`, `.NET`: a name opens with a letter or a digit, as such a log's names are read
    if len(text) > MAX_WRITTEN:
        cut = text[:MAX_WRITTEN + 1]
        text = (cut.rsplit(" ", 1)[0] if " " in cut else cut[:MAX_WRITTEN]).rstrip(". ")
    if not any(char.isalnum() for char in text):
        raise UsageError(f"title {title!r} has no letters or digits to make a file name from")
    return text


def is_canonical_slug(slug: str) -> bool:
    """Whether ``slug`` is what ``slugify`` makes of it (the file-name rule's test for non-ASCII names)."""
    try:
        return slugify(slug) == slug
    except UsageError:
        return False


def record_filename(number: int, title: str) -> str:
    return f"{number:04d}-{slugify(title)}.md"
