"""The front-matter keys adr knows: its own, and those the common tools and site generators write.

A key outside them is, in a log adrtool keeps, most likely a typo (ADR310); held by most records of a log, the
schema of the tool the log is kept with (``conventions.written_by_adrtool``).
"""

from __future__ import annotations

import functools
from collections.abc import Collection

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
# The keys that give a record its own number (`nav_order: 13`, Eleventy's `order: 13`, `id: ADR-0013`,
# `sidebar_position: 13`), as ``canonical_key`` spells them: a new record's is its number. Any other key's number is
# the record's own only where it is written as the log writes its ids (``native._numbered_by``): `Technical Story:
# JIRA-2` names a ticket.
NUMBER_KEYS = frozenset({"nav-order", "order", "sidebar-position", "id", "adr", "number", "adr-number", "adr-id",
                         "eip"})


def is_known_key(name: str, relation_keys: Collection[str] = ()) -> bool:
    """Whether ``name``, a front-matter key in any case, is one adr knows: its own, the common tools', the reader's
    other names for them (``normalize.ALIASES``), a review day's, or a relation's, built in or among
    ``relation_keys`` (``relations.link_keys``: those the project's config adds). ADR310 and ``conventions`` ask
    the same question."""
    key = name.lower()
    return key in _WRITTEN or key in relation_keys or key in _read_otherwise()


_WRITTEN = frozenset(KNOWN_KEYS) | OTHER_TOOLS_KEYS


@functools.cache
def _read_otherwise() -> frozenset[str]:
    """The other keys adr knows whatever the config says, from the reader's tables (loaded only when a key is not
    one of ``_WRITTEN``)."""
    from adrtool.records.dialects.normalize import ALIASES, REVIEW_DAY_KEYS
    from adrtool.records.relations import BUILT_IN

    return frozenset({*ALIASES, *REVIEW_DAY_KEYS, *BUILT_IN, *BUILT_IN.values()})
