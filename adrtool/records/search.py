"""Finding records the way a person names them: one by its number, its file name or words of its title
(`adr edit`); and the records holding the words of a query, ranked (the MCP server's `search`)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from adrtool.errors import NotFound, UsageError
from adrtool.model import Record
from adrtool.records.log import DecisionLog


def find_record(log: DecisionLog, words: tuple[str, ...]) -> Record:
    """The record ``words`` name: one word that is a number, file name or path (as `adr show` takes them),
    else the one record whose title holds every word (any case)."""
    if len(words) == 1:
        try:
            return log.find(words[0])
        except NotFound:
            if words[0].strip().upper().removeprefix("ADR").lstrip("-_ ").isdigit():
                raise  # a number names no title
    wanted = [word.lower() for word in " ".join(words).split()]
    if not wanted:
        raise UsageError("name a record: its number, file name or words of its title")
    found = [record for record in log.records if all(word in (record.title or "").lower() for word in wanted)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFound(f"no record number, file or title matches {' '.join(words)!r}")
    listed = "; ".join(f"{record.number:04d} {record.title}" for record in found[:5])
    more = f" and {len(found) - 5} more" if len(found) > 5 else ""
    raise UsageError(f"{len(found)} records match {' '.join(words)!r}: {listed}{more}; name one by number")


# -- ranked search -------------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")  # letters and digits: `iptables_hybrid` and `ML2/OVN` are two words each
# Words a question is made of that say nothing of what it asks about; dropped unless nothing else is left.
STOP_WORDS = frozenset({"a", "about", "an", "and", "are", "as", "at", "be", "by", "did", "do", "does", "for", "from",
    "had", "has", "have", "how", "i", "if", "in", "is", "it", "its", "of", "on", "or", "should", "so", "that", "the",
    "their", "there", "this", "to", "was", "we", "were", "what", "when", "where", "which", "who", "why", "will",
    "with"})
TITLE_WEIGHT, TAG_WEIGHT = 3.0, 2.0  # a word of the title (or a tag) counts as this many in the body


@dataclass(frozen=True)
class Hit:
    record: Record
    score: float
    words: tuple[str, ...]  # the query's words the record holds
    excerpt: str | None  # from the first line of the body that holds one of them, to the end of its paragraph


def search_words(query: str) -> tuple[str, ...]:
    """The words of ``query`` searched for: lowercased, each once, without the question words unless the query
    holds nothing else."""
    found = tuple(dict.fromkeys(words_of(query)))
    if not found:
        raise UsageError("the query holds no word to search for")
    meaningful = tuple(word for word in found if word not in STOP_WORDS)
    return meaningful or found


def search(records: Sequence[Record], query: str, body_of: Callable[[Record], str]) -> list[Hit]:
    """The records holding any word of ``query`` in their title, tags or body (a word matches the words it
    begins: `linux` finds `Linuxbridge`), best first.

    A record's score adds up, for each query word it holds, the word's weight (rarer across the log weighs
    more: log(1 + records / records holding it)) times where it is found: TITLE_WEIGHT in the title, TAG_WEIGHT
    in a tag, plus log(1 + times in the body). Ties keep the log's order."""
    wanted = search_words(query)
    found: list[tuple[Record, dict[str, float], list[str]]] = []
    for record in records:
        title = words_of(record.title or "")
        tags = [word for tag in record.tags for word in words_of(tag)]
        lines = body_of(record).split("\n")
        body = [words_of(line) for line in lines]
        weights: dict[str, float] = {}
        for term in wanted:
            in_body = sum(1 for line in body for word in line if word.startswith(term))
            weight = TITLE_WEIGHT * _holds(title, term) + TAG_WEIGHT * _holds(tags, term) + math.log1p(in_body)
            if weight:
                weights[term] = weight
        if weights:
            found.append((record, weights, lines))
    held_by = {term: sum(term in weights for _, weights, _ in found) for term in wanted}
    hits = []
    for record, weights, lines in found:
        score = sum(math.log1p(len(records) / held_by[term]) * weight for term, weight in weights.items())
        hits.append(Hit(record, round(score, 3), tuple(weights), _excerpt(lines, tuple(weights))))
    hits.sort(key=lambda hit: -hit.score)
    return hits


def words_of(text: str) -> list[str]:
    """The words of ``text``, lowercased."""
    return _WORD.findall(text.casefold())


def _holds(found: list[str], term: str) -> bool:
    return any(word.startswith(term) for word in found)


def _excerpt(lines: list[str], terms: tuple[str, ...], width: int = 240) -> str | None:
    """From the first line of text (not a heading) holding one of ``terms`` to the end of its paragraph, its
    lines joined, cut to about ``width`` characters at a word."""
    for index, line in enumerate(lines):
        text = line.strip()
        if text and not text.startswith("#") and any(_holds(words_of(text), term) for term in terms):
            end = index
            while end + 1 < len(lines) and lines[end + 1].strip() and not lines[end + 1].lstrip().startswith("#"):
                end += 1
            found = " ".join(part.strip() for part in lines[index:end + 1])
            if len(found) <= width:
                return found
            return found[:width].rsplit(" ", 1)[0].rstrip(",;:") + " …"
    return None
