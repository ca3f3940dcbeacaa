"""The front-matter keys adr knows: its own, and those the common tools and site generators write.

A key outside them is, in a log adrtool keeps, most likely a typo (ADR310); held by most records of a log, the
schema of the tool the log is kept with (``conventions.written_by_adrtool``).
"""

from __future__ import annotations

# adrtool's own keys, lower case, as its records write them.
KNOWN_KEYS = ("status", "date", "cycle", "revisit", "revisits", "decision-makers", "deciders", "consulted",
              "informed", "tags", "supersedes", "superseded-by", "relates-to")
# Front-matter keys other tools and site generators write (MADR and Jekyll's "Just the Docs", the adrs tool,
# EIP-style logs, Docusaurus, Hugo): known, whatever log they are in.
OTHER_TOOLS_KEYS = frozenset({
    "title", "parent", "grand_parent", "nav_order", "has_children", "nav_exclude", "layout", "permalink",
    "description", "categories", "category", "slug", "id", "sidebar_position", "sidebar_label", "keywords",
    "draft", "weight", "toc", "summary", "excerpt", "last_modified_date", "number", "links", "adr", "eip",
    "authors", "author", "type", "discussions-to", "created", "updated", "requires", "spdx-license",
    "deprecated-reason", "withdrawal-reason", "last-call-deadline", "technical-story",
    # who wrote it, in the languages the reader knows (`Auteur: Centre d'expertise ...`): no decider
    "auteur", "auteurs", "autor", "autores", "autoren", "autore", "autori",
})
# The keys naming people and topics (`Deciders:`): the author's to give a new record, however alike every record
# gives them.
NAME_KEYS = frozenset({"decision-makers", "consulted", "informed", "tags"})
