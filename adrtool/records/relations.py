"""Links between records that go both ways: each relation and its reverse, as `adr link` writes them.

supersedes / superseded-by is one (written by `adr supersede`, which also changes the status); relates-to
is its own reverse; amends / amended-by is adr-tools' own pair; a project adds more in config
(`relations = { extends = "extended-by" }`).
"""

from __future__ import annotations

from adrtool.errors import ReadError
from adrtool.project.config import Config

BUILT_IN = {"supersedes": "superseded-by", "relates-to": "relates-to", "amends": "amended-by"}
# Changed only with the status (adr supersede), never by `adr link` alone.
STATUS_RELATIONS = frozenset({"supersedes", "superseded-by"})
# The keys the reader takes a record's fields from (as ``canonical_key`` names them), which a relation of the
# config may not be written under: `adr link` would add a number to a record's status or date.
FIELD_KEYS = frozenset({"status", "date", "cycle", "revisit", "decision-makers", "consulted", "informed", "tags",
                        "title", "created", "decided-on", "accepted-on", "last-updated", "links", "relations", "id",
                        "number"})


def reverses(config: Config) -> dict[str, str]:
    """Every relation, both directions, mapped to its reverse."""
    _check_configured(config)
    pairs = {**BUILT_IN, **config.relations}
    found: dict[str, str] = {}
    for relation, reverse in pairs.items():
        found[relation] = reverse
        found[reverse] = relation
    return found


def link_keys(config: Config) -> frozenset[str]:
    """The metadata keys relations are written under (front matter)."""
    return frozenset(reverses(config))


def _check_configured(config: Config) -> None:
    """Refuse a configured relation, or its reverse, that the reader takes for a field, for a relation only a
    change of status writes, or for a built-in relation going another way (`status`, `deciders`, `replaces`,
    `amended-by`)."""
    if not config.relations:
        return
    from adrtool.records.dialects.normalize import canonical_key

    built_in = {**BUILT_IN, **{reverse: relation for relation, reverse in BUILT_IN.items()}}
    for relation, reverse in config.relations.items():
        both = ((relation, reverse), (reverse, relation))
        field = next((name for name, _ in both if canonical_key(name) in FIELD_KEYS), None)
        turned = next((name for name, other in both if built_in.get(canonical_key(name), canonical_key(other))
                       != canonical_key(other)), None)
        status = next((name for name, _ in both if canonical_key(name) in STATUS_RELATIONS), None)
        if field is not None:
            why = f"adrtool reads `{field}` as a record's {canonical_key(field)}"
        elif status is not None:
            why = f"`{status}` is read as {canonical_key(status)}, which `adr supersede` writes with the status"
        elif turned is not None:
            read_as = canonical_key(turned)
            why = f"`{turned}` is read as the relation {read_as}, whose reverse is {built_in[read_as]}"
        else:
            continue
        raise ReadError(f"`relations` cannot pair {relation} with {reverse}: {why}", path=config.source)
