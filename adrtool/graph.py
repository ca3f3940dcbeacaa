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
    found: set[Edge] = set()
    for record in records:
        for old in record.supersedes:
            found.add(Edge(record.number, old, SUPERSEDES))
        for new in record.superseded_by:
            found.add(Edge(new, record.number, SUPERSEDES))
        for other in record.relates_to:
            if other != record.number:
                found.add(Edge(min(record.number, other), max(record.number, other), RELATES))
    return sorted(edge for edge in found if edge.source != edge.target)


def _titles(records: Iterable[Record]) -> dict[int, str]:
    titles: dict[int, str] = {}
    for record in records:
        titles.setdefault(record.number, record.title or "(no title)")
    return titles


def _nodes(found: list[Edge]) -> list[int]:
    return sorted({number for edge in found for number in (edge.source, edge.target)})


def _label(number: int, titles: dict[int, str]) -> str:
    title = titles.get(number)
    return f"{number:04d}: {title}" if title is not None else f"{number:04d} (missing)"


def mermaid(records: Iterable[Record]) -> str:
    """A Mermaid flowchart; empty string when no record links to another."""
    records = list(records)
    found = edges(records)
    if not found:
        return ""
    titles = _titles(records)
    lines = ["graph LR"]
    for number in _nodes(found):
        lines.append(f'  adr{number}["{_mermaid_text(_label(number, titles))}"]')
    for edge in found:
        if edge.kind == SUPERSEDES:
            lines.append(f"  adr{edge.source} -->|supersedes| adr{edge.target}")
        else:
            lines.append(f"  adr{edge.source} -.-|relates to| adr{edge.target}")
    return "\n".join(lines) + "\n"


def _mermaid_text(text: str) -> str:
    """Text safe inside a quoted Mermaid label: entity codes for what would end or mark it up."""
    return "".join(_MERMAID_ENTITIES.get(char, char) for char in " ".join(text.split()))


_MERMAID_ENTITIES = {'"': "#quot;", "<": "#lt;", ">": "#gt;", "#": "#35;", "`": "#96;"}


def dot(records: Iterable[Record]) -> str:
    """A Graphviz digraph; relates-to edges are dashed and undirected."""
    records = list(records)
    found = edges(records)
    titles = _titles(records)
    lines = ["digraph decisions {", "  rankdir=LR;", '  node [shape=box, fontname="sans-serif"];']
    for number in _nodes(found):
        lines.append(f'  adr{number} [label="{_dot_text(_label(number, titles))}"];')
    for edge in found:
        if edge.kind == SUPERSEDES:
            lines.append(f'  adr{edge.source} -> adr{edge.target} [label="supersedes"];')
        else:
            lines.append(f'  adr{edge.source} -> adr{edge.target} [label="relates to", style=dashed, dir=none];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def _dot_text(text: str) -> str:
    return " ".join(text.split()).replace("\\", "\\\\").replace('"', '\\"')
