"""The search index the home page's script reads: every word of each record's title, tags and body.

An inverted index: the sorted list of words, and for each word the rows of the table (by position) whose
record holds it. The script finds the words a typed word starts with by binary search, so answering takes
time in the number of matching words, not in the size of the log. It is written as a script that sets a
global (`search-index.js`), because a browser will not `fetch` a JSON file from a `file://` page.

The words are those of `\\w+` in lower case; the script splits what is typed the same way
(`[\\p{L}\\p{N}_]+`). Words are sorted by their UTF-16 code units, the order JavaScript compares strings in.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

_WORD = re.compile(r"\w+")
MAX_WORD = 40  # longer runs (hashes, base64) are not what people type


def words(text: str) -> set[str]:
    return {word for word in _WORD.findall(text.lower()) if len(word) <= MAX_WORD}


def _utf16(word: str) -> bytes:
    return word.encode("utf-16-be")


def index_script(documents: Iterable[str]) -> bytes:
    """`search-index.js` for the documents (one per table row, in row order)."""
    postings: dict[str, list[int]] = {}
    count = 0
    for row, text in enumerate(documents):
        count += 1
        for word in words(text):
            found = postings.get(word)
            if found is None:
                postings[word] = [row]
            else:
                found.append(row)
    terms = sorted(postings, key=_utf16) if any(not word.isascii() for word in postings) else sorted(postings)
    # Each word's rows as gaps from the one before: smaller numbers, a smaller file.
    gaps = [_gaps(postings[term]) for term in terms]
    data = json.dumps({"rows": count, "terms": terms, "postings": gaps}, ensure_ascii=False,
                      separators=(",", ":"))
    return f"window.adrSearchIndex={data};\n".encode()


def _gaps(rows: list[int]) -> list[int]:
    previous = 0
    out = []
    for row in rows:
        out.append(row - previous)
        previous = row
    return out
