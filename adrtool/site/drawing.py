"""The relation graph drawn as SVG at build time: no script, no network, readable with JavaScript off.

The edges are ``adrtool.views.graph``'s (supersedes, relates-to; each link once, from either end). Each
connected group of records is one small drawing, so the page lays them out as wide as the screen allows.
In a drawing, records stand in columns by how many records they supersede in a chain (the oldest decision
on the left, its successors to the right); a column is ordered by record number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from adrtool.views.graph import SUPERSEDES, Edge

NODE_WIDTH = 200
NODE_HEIGHT = 44
COLUMN_GAP = 60
ROW_GAP = 16
MARGIN = 8
LABEL_CHARACTERS = 24


@dataclass(frozen=True)
class Node:
    number: int
    label: str  # "0007"
    title: str
    href: str | None  # the record's page, relative to the graph page; None for a record that is not there


@dataclass(frozen=True)
class Drawing:
    svg: str  # markup: every text in it escaped
    numbers: tuple[int, ...]


def drawings(edges: Sequence[Edge], node: Callable[[int], Node]) -> list[Drawing]:
    """One drawing per connected group of linked records, in the order of each group's lowest number."""
    neighbours: dict[int, set[int]] = {}
    for edge in edges:
        neighbours.setdefault(edge.source, set()).add(edge.target)
        neighbours.setdefault(edge.target, set()).add(edge.source)
    seen: set[int] = set()
    groups: list[list[int]] = []
    for start in sorted(neighbours):
        if start in seen:
            continue
        group, todo = [], [start]
        seen.add(start)
        while todo:
            number = todo.pop()
            group.append(number)
            for other in neighbours[number]:
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
        groups.append(sorted(group))
    by_group: dict[int, list[Edge]] = {}
    first = {number: group[0] for group in groups for number in group}
    for edge in edges:
        by_group.setdefault(first[edge.source], []).append(edge)
    return [_draw(group, by_group[group[0]], node) for group in groups]


def _columns(numbers: list[int], edges: list[Edge]) -> dict[int, int]:
    """Each record's column: one more than the highest column of a record it supersedes."""
    older: dict[int, list[int]] = {number: [] for number in numbers}
    for edge in edges:
        if edge.kind == SUPERSEDES:
            older[edge.source].append(edge.target)
    column: dict[int, int] = {}
    for start in numbers:
        stack = [(start, False)]
        visiting: set[int] = set()
        while stack:
            number, expanded = stack.pop()
            if number in column:
                continue
            if expanded:
                visiting.discard(number)
                column[number] = 1 + max((column.get(old, 0) for old in older[number]), default=-1)
                continue
            visiting.add(number)
            stack.append((number, True))
            # a cycle of supersedes links (a mistake in the log) is cut where it closes
            stack.extend((old, False) for old in older[number] if old not in column and old not in visiting)
    return column


def _draw(numbers: list[int], edges: list[Edge], node: Callable[[int], Node]) -> Drawing:
    column = _columns(numbers, edges)
    by_column: dict[int, list[int]] = {}
    for number in numbers:
        by_column.setdefault(column[number], []).append(number)
    place: dict[int, tuple[int, int]] = {}
    for index, members in by_column.items():
        for row, number in enumerate(members):
            place[number] = (MARGIN + index * (NODE_WIDTH + COLUMN_GAP), MARGIN + row * (NODE_HEIGHT + ROW_GAP))
    width = MARGIN * 2 + (max(by_column) + 1) * NODE_WIDTH + max(by_column) * COLUMN_GAP
    height = MARGIN * 2 + max(len(members) for members in by_column.values()) * (NODE_HEIGHT + ROW_GAP) - ROW_GAP
    parts = [(f'<svg xmlns="http://www.w3.org/2000/svg" class="graph" width="{width}" height="{height}" '
              f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="g{numbers[0]}">'),
             f'<title id="g{numbers[0]}">Decisions {", ".join(f"{n:04d}" for n in numbers)}</title>']
    for edge in edges:
        parts.append(_edge(edge, place))
    for number in numbers:
        parts.append(_node(node(number), *place[number]))
    parts.append("</svg>")
    return Drawing("".join(parts), tuple(numbers))


def _edge(edge: Edge, place: dict[int, tuple[int, int]]) -> str:
    (sx, sy), (tx, ty) = place[edge.source], place[edge.target]
    half = NODE_HEIGHT // 2
    if edge.kind == SUPERSEDES:  # from the newer record's left side to the older one's right side
        x1, y1, x2, y2 = sx, sy + half, tx + NODE_WIDTH, ty + half
        if x2 >= x1:  # the same column (a cycle cut): go round the right
            x1 = sx + NODE_WIDTH
        middle = (x1 + x2) // 2
        return (f'<path class="supersedes" d="M{x1} {y1} C{middle} {y1} {middle} {y2} {x2} {y2}" '
                'marker-end="url(#arrow)"><title>supersedes</title></path>')
    x1, y1, x2, y2 = sx + NODE_WIDTH // 2, sy + NODE_HEIGHT, tx + NODE_WIDTH // 2, ty
    if sy > ty:
        y1, y2 = sy, ty + NODE_HEIGHT
    if sx != tx:
        x1, y1 = (sx + NODE_WIDTH, sy + half) if tx > sx else (sx, sy + half)
        x2, y2 = (tx, ty + half) if tx > sx else (tx + NODE_WIDTH, ty + half)
    return f'<path class="relates" d="M{x1} {y1} L{x2} {y2}"><title>relates to</title></path>'


def _node(node: Node, x: int, y: int) -> str:
    title = node.title if len(node.title) <= LABEL_CHARACTERS else node.title[: LABEL_CHARACTERS - 1] + "…"
    box = (f'<rect x="{x}" y="{y}" width="{NODE_WIDTH}" height="{NODE_HEIGHT}" rx="6"/>'
           f'<text x="{x + 8}" y="{y + 18}" class="number">{escape(node.label)}</text>'
           f'<text x="{x + 8}" y="{y + 35}">{escape(title)}</text>'
           f"<title>{escape(node.label)}: {escape(node.title)}</title>")
    if node.href is None:
        return f'<g class="node missing">{box}</g>'
    return f'<a class="node" href="{escape(node.href)}">{box}</a>'


ARROW_DEFS = ('<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0" aria-hidden="true" class="defs">'
              '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" '
              'orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z"/></marker></defs></svg>')
