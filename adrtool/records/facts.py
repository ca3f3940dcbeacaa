"""What the linter needs from a record's text, as plain data: computed once per file and kept in a cache.

``adrtool.records.body`` computes these facts from a file's text; the store that `adr validate` reads through
may keep them (``adrtool.cache.store``), next to the parse cache and under the same never-stale rules, so
that a run where nothing changed reads no record file at all. This module stays small and imports nothing
heavy: a warm run loads it to unpickle the cache and never needs the Markdown scanners.
"""

from __future__ import annotations

from dataclasses import dataclass

from adrtool.model import Dialect

# The headings MADR 3 and 4 give their required sections; a record with one of them is held to MADR's
# sections (Context and Problem Statement, Decision Outcome) rather than to Context, Decision, Consequences.
MADR_HEADINGS = ("Context and Problem Statement", "Decision Outcome")


@dataclass(frozen=True, slots=True)
class BodyLink:
    href: str  # as markdown-it normalised it (percent-encoded)
    line: int  # 1-based
    column: int  # 1-based, where the target starts


@dataclass(frozen=True, slots=True)
class Placeholder:
    text: str
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class EmptySection:
    """A level-2 section holding nothing but blank lines and HTML comments."""

    name: str  # normalised: lowercase, whitespace collapsed, comments dropped
    heading: str  # as written
    line: int  # 1-based line of its heading


# What a placeholder of adr-tools' title number says after its text (`n. (the title's number)`): ADR204 reports it,
# though the title is otherwise ADR201's.
TITLE_NUMBER = " (the title's number)"


@dataclass(frozen=True, slots=True)
class BodyFacts:
    """A record file's sections, placeholders and links, as the content and link rules look at them.

    A pure function of the file's text, the line its body starts on, its dialect and the template hints.
    The first two come from the record read with it: facts made for another reading (``body_line``,
    ``format``) are made again rather than trusted.
    """

    body_line: int
    format: Dialect
    madr_headings: bool  # some heading is one of MADR_HEADINGS
    sections: tuple[str, ...]  # normalised names of the level-2 sections, the first of each name, in file order
    empty: tuple[EmptySection, ...] = ()  # those of them that are empty
    placeholders: tuple[Placeholder, ...] = ()  # template text left unfilled, in file order
    links: tuple[BodyLink, ...] = ()  # Markdown links whose target mentions `.md`, in file order

    def fits(self, body_line: int, format: Dialect) -> bool:
        """Whether these facts were made for a record read this way."""
        return self.body_line == body_line and self.format is format

    def section(self, names: tuple[str, ...]) -> str | None:
        """The normalised name of the first level-2 section named one of ``names`` (any case)."""
        wanted = [name.lower() for name in names]
        for name in self.sections:
            if name in wanted:
                return name
        return None

    def empty_section(self, name: str) -> EmptySection | None:
        for section in self.empty:
            if section.name == name:
                return section
        return None


def comment_text(comment: str) -> str:
    """The words of an HTML comment, whitespace collapsed: what two copies of one hint have in common."""
    return " ".join(comment.split())
