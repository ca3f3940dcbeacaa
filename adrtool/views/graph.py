"""The graph of links between records, as Mermaid (rendered by GitHub, Gitea, GitLab) or dot.

Edges come from both ends: `A supersedes B` and `B superseded-by A` are one edge, and so are `A relates-to
B` and `B relates-to A`. Every other link an adr-tools Status section holds (`Amends`, `Clarifies`, any label
`adr link` was given) is drawn as adr-tools' own `adr generate graph` draws it: from the record that says it,
labelled as it says it, and not again from its `... by` side (an `Amended by` link only one side writes is
the other's `amends`; another `... by` link the other record does not echo, `Refined by [2](..)` where 2 says
nothing of 1, is drawn from the record that says it, as it says it). A record superseded in part (`Partly
superseded by`, read as amended by) by one that says it supersedes it is one edge, `amends`. Links name records
of their own log (a project may keep several), by number or by file name (a date-named record's,
`20240101-x.md` or `20240101-x`); a link into another log drawn with it (`../../../../docs/adr/0005-x.md`,
`/docs/adr/0005-x.md` from the project's root) names that log's record, and a link into a log not drawn is left
out. Only records with at least one link are drawn. Output is sorted: the same log gives the same text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from adrtool.model import Record
from adrtool.records.crosslog import leaves_directory, other_log
from adrtool.records.names import record_named_by_words, unnumbered_link_identity
from adrtool.records.relations import coded, linked_code

SUPERSEDES = "supersedes"
RELATES = "relates-to"
# The `... by` relations whose other side is known: drawn from it when only the `... by` record says so.
_ACTIVE = {"amended-by": "amends"}
_NOT_AN_ID = re.compile(r"[^A-Za-z0-9]+")

# A node: (the log's position among the project's logs, 0 numbered / 1 date-named, number, id): a numbered record's
# id is its series' code in a log numbered in named series (`ADR-CO-002`, beside `ADR-STR-002`), else "".
Node = tuple[int, int, int, str]


@dataclass(frozen=True, order=True)
class Edge:
    source: int
    target: int
    kind: str  # SUPERSEDES (source supersedes target) | RELATES (source < target)


def edges(records: Iterable[Record]) -> list[Edge]:
    """The supersede and relates-to edges between numbered records, by number (what the site draws)."""
    found: set[tuple[int, int, str]] = set()
    for record in records:
        number = record.number
        if number is None:
            continue
        for old in record.supersedes:
            found.add((number, old, SUPERSEDES))
        for new in record.superseded_by:
            found.add((new, number, SUPERSEDES))
        for other in record.relates_to:
            if other != number:
                found.add((min(number, other), max(number, other), RELATES))
    return [Edge(*key) for key in sorted(key for key in found if key[0] != key[1])]


class _Graph:
    def __init__(self, records: Iterable[Record], root: str | None = None) -> None:
        self.records = list(records)
        self.logs: dict[object, int] = {}
        directories: dict[str, int] = {}  # each drawn log by its directory as text: what a link into it names
        self.titles: dict[Node, str] = {}
        for record in self.records:
            log = self.logs.setdefault(record.log, len(self.logs))  # a log's areas are drawn with it
            node = _own_node(log, record)
            self.titles.setdefault(node, record.title or "(no title)")
            directories.setdefault(str(record.directory), log)
        found: set[tuple[Node, Node, str]] = set()
        self.superseded_as_said: set[tuple[Node, Node]] = set()  # (new, old): old says new supersedes it
        passive: list[tuple[Node, Node, str]] = []  # `Amended by`: drawn only when the other end says nothing
        for record in self.records:
            log = self.logs[record.log]
            here = _own_node(log, record)
            # a number a link into another log gave (`Relates to [ADR-0001](../../docs/adr/0001-x.md)`) is that
            # log's record, drawn by its link, not this log's
            elsewhere = {(link.label, link.target) for link in record.links
                         if link.href and "/" in link.href and leaves_directory(str(record.directory), link.href)}
            for old in coded(record, "supersedes", record.supersedes):
                if ("supersedes", old) not in elsewhere:
                    found.add((here, _node(log, old), SUPERSEDES))
            for new in coded(record, "superseded-by", record.superseded_by):
                if ("superseded-by", new) not in elsewhere:
                    found.add((_node(log, new), here, SUPERSEDES))
                    self.superseded_as_said.add((_node(log, new), here))
            for other in coded(record, RELATES, record.relates_to):
                if (RELATES, other) not in elsewhere:
                    there = _node(log, other)
                    found.add((min(here, there), max(here, there), RELATES))
            for link in record.links:
                linked_log = log
                if link.href and "/" in link.href and leaves_directory(str(record.directory), link.href):
                    into = other_log(str(record.directory), link.href, directories, root)
                    if into is None:
                        continue  # a record of a log not drawn (or no file of any log)
                    linked_log = directories[into]
                code = linked_code(record, link.href) if linked_log == log else None
                linked = _node(log, code) if code is not None else \
                    _linked_node(linked_log, link.target, link.href, by_words=record_named_by_words(record))
                if linked is None:
                    continue
                label = link.label
                if label == "superseded-by":
                    found.add((linked, here, SUPERSEDES))
                    self.superseded_as_said.add((linked, here))
                elif label == "supersedes":
                    found.add((here, linked, SUPERSEDES))
                elif label == RELATES:
                    found.add((min(here, linked), max(here, linked), RELATES))
                elif label in _ACTIVE:  # `Amended by [6. f](..)`: the edge `6 amends 5`, once if 6 says it too
                    found.add((linked, here, _ACTIVE[label]))
                elif label.endswith("-by"):
                    passive.append((here, linked, label))
                else:
                    found.add((here, linked, label))
        stated = {(source, target) for source, target, kind in found if kind not in (SUPERSEDES, RELATES)}
        found.update(edge for edge in passive if (edge[1], edge[0]) not in stated)
        self.edges = sorted(key for key in _in_part_once(found, self.superseded_as_said) if key[0] != key[1])

    def nodes(self) -> list[Node]:
        return sorted({node for source, target, _ in self.edges for node in (source, target)})

    def label(self, node: Node) -> str:
        title = self.titles.get(node)
        shown = f"{node[2]:04d}" if node[1] == 0 and not node[3] else node[3]
        return f"{shown}: {title}" if title is not None else f"{shown} (missing)"


def _in_part_once(found: set[tuple[Node, Node, str]], superseded_as_said: set[tuple[Node, Node]]
                  ) -> set[tuple[Node, Node, str]]:
    """``found`` with one edge where one record says it supersedes another and that one says it is superseded in
    part (adr-tools' `-l "3:Supersede:Partly superseded by"`: `Supersede [3. ..](..)` in 7, `Partly superseded by
    [7. ..](..)` in 3): the edge `amends`, as the record superseded says it. A record that says it is superseded
    too (``superseded_as_said``: an amended record superseded later by the one amending it) keeps both edges."""
    amended = {(source, target) for source, target, kind in found if kind == _ACTIVE["amended-by"]}
    if not amended:
        return found
    return {edge for edge in found if edge[2] != SUPERSEDES or (edge[0], edge[1]) not in amended
            or (edge[0], edge[1]) in superseded_as_said}


def _node(log: int, number: int | str | None, ident: str = "") -> Node:
    """The node of record ``number`` (a series' code: `ADR-CO-002`) of a log, or of the record ``ident`` names."""
    if isinstance(number, str):
        return (log, 0, _number_of_code(number), number)
    return (log, 0, number, "") if number is not None else (log, 1, 0, ident)


def _own_node(log: int, record: Record) -> Node:
    return _node(log, record.code or record.number, record.id)


def _number_of_code(code: str) -> int:
    """The number a series' code ends with (2 of `ADR-CO-002`): nodes of a log are in number order."""
    digits = code[len(code.rstrip("0123456789")):]
    return int(digits) if digits else 0


def _linked_node(log: int, target: int | None, href: str | None, *, by_words: bool) -> Node | None:
    """The node a link names: its record number, else the record its file names (a date-named record's, with
    or without `.md`); None when it names no record."""
    if target is not None:
        return _node(log, target)
    named = unnumbered_link_identity(href, by_words=by_words) if href else None
    return _node(log, None, named[1]) if named is not None else None


def _name(node: Node) -> str:
    """The node's name in the graph's text: `adr3` for record 3 of the project's first log."""
    log, dated, number, ident = node
    if not dated and not ident:
        return f"adr{number}" if log == 0 else f"adr{log}_{number}"
    return f"adr{log}_{_NOT_AN_ID.sub('_', ident).strip('_')}"


def mermaid(records: Iterable[Record], root: str | None = None) -> str:
    """A Mermaid flowchart; empty string when no record links to another. ``root``, the project's: what a link
    written from it (`/src/docs/adr/0005-x.md`) leads into."""
    graph = _Graph(records, root)
    if not graph.edges:
        return ""
    lines = ["graph LR"]
    for node in graph.nodes():
        lines.append(f'  {_name(node)}["{_mermaid_text(graph.label(node))}"]')
    for source, target, kind in graph.edges:
        if kind == SUPERSEDES:
            lines.append(f"  {_name(source)} -->|supersedes| {_name(target)}")
        elif kind == RELATES:
            lines.append(f"  {_name(source)} -.-|relates to| {_name(target)}")
        else:
            lines.append(f"  {_name(source)} -->|{_mermaid_text(_words(kind)).replace('|', '#124;')}| {_name(target)}")
    return "\n".join(lines) + "\n"


def _words(kind: str) -> str:
    return kind.replace("-", " ")


def _mermaid_text(text: str) -> str:
    """Text safe inside a quoted Mermaid label: entity codes for what would end or mark it up."""
    # `#` first: the codes the others become start with it (and none holds another's character)
    from adrtool.views.visible import one_line

    return (one_line(" ".join(text.split())).replace("#", "#35;").replace('"', "#quot;").replace("<", "#lt;")
            .replace(">", "#gt;").replace("`", "#96;"))


def dot(records: Iterable[Record], root: str | None = None) -> str:
    """A Graphviz digraph; relates-to edges are dashed and undirected."""
    graph = _Graph(records, root)
    lines = ["digraph decisions {", "  rankdir=LR;", '  node [shape=box, fontname="sans-serif"];']
    for node in graph.nodes():
        lines.append(f'  {_name(node)} [label="{_dot_text(graph.label(node))}"];')
    for source, target, kind in graph.edges:
        if kind == SUPERSEDES:
            lines.append(f'  {_name(source)} -> {_name(target)} [label="supersedes"];')
        elif kind == RELATES:
            lines.append(f'  {_name(source)} -> {_name(target)} [label="relates to", style=dashed, dir=none];')
        else:
            lines.append(f'  {_name(source)} -> {_name(target)} [label="{_dot_text(_words(kind))}"];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def _dot_text(text: str) -> str:
    from adrtool.views.visible import one_line

    return one_line(" ".join(text.split())).replace("\\", "\\\\").replace('"', '\\"')
