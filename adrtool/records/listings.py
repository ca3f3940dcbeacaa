"""The files of a log that list its records without `adr index`: a README's table of contents kept by hand, the
`index.md` a docs site shows, adr-cli's `0000-index.md`. adr writes only the index `adr index` keeps (its marker
line); after it adds a record, it says which of these do not list it yet, for their authors to add it.

A file lists the log's records when it names most of them (``_SHARE``, and at least ``_AT_LEAST``) by their file
names or those without the extension, as links to them do; a README that names a few highlights lists none.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection
from pathlib import Path

from adrtool import fsio
from adrtool.errors import AdrError
from adrtool.records.log import written_by_adr_index

_AT_LEAST = 3
_SHARE = 0.6
_LISTING_BYTES = 1024 * 1024


def listings(directory: Path, names: Collection[str], new: str = "") -> list[tuple[Path, str, set[str]]]:
    """Each Markdown file of ``directory`` that lists most of its records (``names``, their file names there), with
    its text and its words (``_words``); not a record, nor the ``new`` one, not the index `adr index` keeps, not a
    link (what it points to is not the log's)."""
    stems = [_stem(name) for name in names]
    if len(stems) < _AT_LEAST:
        return []
    found = []
    try:
        with os.scandir(directory) as entries:
            candidates = sorted(entry.name for entry in entries if entry.name.lower().endswith(".md")
                                and entry.name not in names and entry.name != new and not entry.is_symlink()
                                and entry.is_file())
    except OSError:
        return []
    for name in candidates:
        path = directory / name
        try:
            text = _as_text(path, fsio.read_bytes(path, _LISTING_BYTES, "file"))
        except AdrError:
            continue
        if text is None:
            continue
        if written_by_adr_index(text):
            continue
        words = _words(text)
        listed = sum(1 for stem in stems if _named_in(text, words, stem))
        if listed >= max(_AT_LEAST, _SHARE * len(stems)):
            found.append((path, text, words))
    return found


_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


def _as_text(path: Path, raw: bytes) -> str | None:
    """The text of a file that may list the log's records: UTF-8, as adr reads records, else as an editor may have
    saved it (UTF-16 after its byte order mark, else Latin-1), read for the names of records alone, which such a
    file spells as UTF-8 does; None for a file that is no text (a NUL byte in it)."""
    try:
        return fsio.text_of(path, raw)
    except AdrError:
        pass
    try:
        text = raw.decode("utf-16") if raw[:2] in _UTF16_MARKS else raw.decode("latin-1")
    except UnicodeDecodeError:
        return None
    return None if "\x00" in text else text


def _named_in(text: str, words: set[str], stem: str) -> bool:
    """Whether ``text`` names the record file whose name without its extension is ``stem`` (`0003-use-x`, or a
    folder record's folder) as a word of its own, so `adr-001` is not read in `adr-0010`; its ``words`` read once
    for all the log's records: a stem of letters, digits, `-` and `_` is one of them, another (`0001 use x`) is
    looked for in the text."""
    if _WORD.fullmatch(stem):
        return stem in words
    return re.search(rf"(?<![\w-]){re.escape(stem)}(?![\w-])", text) is not None


def _words(text: str) -> set[str]:
    """The runs of letters, digits, `-` and `_` in ``text``: the words a record's name is one of where it is named."""
    return set(_WORD.findall(text))


_WORD = re.compile(r"[\w-]+")


def _stem(name: str) -> str:
    """A record file's name without its extensions (`0003-use-x.md`, `adr-001.html.md.erb`), or the folder of a
    record kept in a folder of its own (`0003-use-x/README.md`)."""
    first = name.split("/", 1)[0]
    return first.split(".", 1)[0] if "/" not in name else first.removesuffix(".md")


def not_listing(path: Path, names: Collection[str]) -> list[Path]:
    """The files of the log's directory that list its records (``names``, the new record's excluded) and do not name
    the new record at ``path``."""
    stem = _stem(path.name)
    return [listing for listing, text, words in listings(path.parent, [name for name in names if name != path.name],
                                                         path.name)
            if not _named_in(text, words, stem)]
