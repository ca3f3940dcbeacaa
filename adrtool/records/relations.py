"""Links between records that go both ways: each relation and its reverse, as `adr link` writes them.

supersedes / superseded-by is one (written by `adr supersede`, which also changes the status); relates-to
is its own reverse; amends / amended-by is adr-tools' own pair; a project adds more in config
(`relations = { extends = "extended-by" }`).
"""

from __future__ import annotations

from adrtool.project.config import Config

BUILT_IN = {"supersedes": "superseded-by", "relates-to": "relates-to", "amends": "amended-by"}
# Changed only with the status (adr supersede), never by `adr link` alone.
STATUS_RELATIONS = frozenset({"supersedes", "superseded-by"})


def reverses(config: Config) -> dict[str, str]:
    """Every relation, both directions, mapped to its reverse."""
    pairs = {**BUILT_IN, **config.relations}
    found: dict[str, str] = {}
    for relation, reverse in pairs.items():
        found[relation] = reverse
        found[reverse] = relation
    return found


def link_keys(config: Config) -> frozenset[str]:
    """The metadata keys relations are written under (front matter)."""
    return frozenset(reverses(config))
