"""The supersede / relates-to graph of a decision log, as Mermaid (rendered by GitHub, Gitea, GitLab) or dot.

Edges come from both ends: `A supersedes B` and `B superseded-by A` are one edge, and so are `A relates-to
B` and `B relates-to A`. Only records with at least one link are drawn. Output is sorted: the same log
gives the same text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from adrtool.model import Record

SUPERSEDES = "supersedes"
RELATES = "relates-to"


@dataclass(frozen=True, order=True)
class Edge:
    source: int
    target: int
    kind: str  # SUPERSEDES (source supersedes target) | RELATES (source < target)


def edges(records: Iterable[Record]) -> list[Edge]:
    return [Edge(*key) for key in _edge_keys(records)]


def _edge_keys(records: Iterable[Record]) -> list[tuple[int, int, str]]:
    """The edges as (source, target, kind): Edge's fields in its sort order, so the same list, sorted in C."""
    found: set[tuple[int, int, str]] = set()
    for record in records:
        number = record.number
        for old in record.supersedes:
            found.add((number, old, SUPERSEDES))
        for new in record.superseded_by:
            found.add((new, number, SUPERSEDES))
        for other in record.relates_to:
            if other != number:
                found.add((min(number, other), max(number, other), RELATES))
    return sorted(key for key in found if key[0] != key[1])


def _titles(records: Iterable[Record]) -> dict[int, str]:
    titles: dict[int, str] = {}
    for record in records:
        titles.setdefault(record.number, record.title or "(no title)")
    return titles


def _nodes(found: list[tuple[int, int, str]]) -> list[int]:
    return sorted({number for source, target, _ in found for number in (source, target)})


def _label(number: int, titles: dict[int, str]) -> str:
    title = titles.get(number)
    return f"{number:04d}: {title}" if title is not None else f"{number:04d} (missing)"


def mermaid(records: Iterable[Record]) -> str:
    """A Mermaid flowchart; empty string when no record links to another."""
    records = list(records)
    found = _edge_keys(records)
    if not found:
        return ""
    titles = _titles(records)
    lines = ["graph LR"]
    for number in _nodes(found):
        lines.append(f'  adr{number}["{_mermaid_text(_label(number, titles))}"]')
    for source, target, kind in found:
        if kind == SUPERSEDES:
            lines.append(f"  adr{source} -->|supersedes| adr{target}")
        else:
            lines.append(f"  adr{source} -.-|relates to| adr{target}")
    return "\n".join(lines) + "\n"


def _mermaid_text(text: str) -> str:
    """Text safe inside a quoted Mermaid label: entity codes for what would end or mark it up."""
    # `#` first: the codes the others become start with it (and none holds another's character)
    return (" ".join(text.split()).replace("#", "#35;").replace('"', "#quot;").replace("<", "#lt;")
            .replace(">", "#gt;").replace("`", "#96;"))


def dot(records: Iterable[Record]) -> str:
    """A Graphviz digraph; relates-to edges are dashed and undirected."""
    records = list(records)
    found = _edge_keys(records)
    titles = _titles(records)
    lines = ["digraph decisions {", "  rankdir=LR;", '  node [shape=box, fontname="sans-serif"];']
    for number in _nodes(found):
        lines.append(f'  adr{number} [label="{_dot_text(_label(number, titles))}"];')
    for source, target, kind in found:
        if kind == SUPERSEDES:
            lines.append(f'  adr{source} -> adr{target} [label="supersedes"];')
        else:
            lines.append(f'  adr{source} -> adr{target} [label="relates to", style=dashed, dir=none];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def _dot_text(text: str) -> str:
    return " ".join(text.split()).replace("\\", "\\\\").replace('"', '\\"')
