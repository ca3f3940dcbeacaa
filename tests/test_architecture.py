"""docs/architecture.md is the truth about the layers: every import in adrtool/ runs downward or sideways,
never upward, and never in a circle."""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "adrtool"
ARCHITECTURE = ROOT / "docs" / "architecture.md"


def declared_layers() -> list[tuple[str, list[str]]]:
    """(layer, its packages and modules) from the table after the `<!-- layers -->` marker, in order."""
    table = ARCHITECTURE.read_text(encoding="utf-8").split("<!-- layers -->", 1)[1].strip().split("\n\n", 1)[0]
    layers = []
    for row in table.splitlines()[2:]:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        layers.append((cells[0], re.findall(r"`(adrtool[\w.]*)`", cells[1])))
    return layers


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@functools.cache
def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


@functools.cache
def syntax_tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def statements(node: ast.AST) -> Iterator[ast.AST]:
    """``node`` and every node under it except expressions and what they hold: all its statements, where every
    import is (an expression, a lambda's or a comprehension's too, holds none), without visiting the far more
    numerous nodes of expressions that `ast.walk` goes through."""
    todo = [node]
    while todo:
        node = todo.pop()
        yield node
        todo.extend(child for child in ast.iter_child_nodes(node) if not isinstance(child, ast.expr))


@functools.cache
def imports(path: Path, name: str) -> frozenset[str]:
    """The adrtool modules ``path`` imports anywhere (inside functions too), but only for type checking."""
    tree = syntax_tree(path)
    typing_only: set[int] = set()
    for node in statements(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            typing_only.update(id(child) for stmt in node.body for child in statements(stmt))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    known = modules()
    found: set[str] = set()
    for node in statements(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1], base]).strip(".")
            submodules = {f"{base}.{alias.name}" for alias in node.names} & known.keys()
            found.update(submodules)
            if len(submodules) < len(node.names):  # names defined in ``base`` itself
                found.add(base)
    return frozenset(target for target in found if target in known and target != name)


def layer_of(name: str, layers: list[tuple[str, list[str]]]) -> int:
    """The index of the layer that owns module ``name``: the longest declared prefix."""
    best, best_length = -1, -1
    for index, (_, owners) in enumerate(layers):
        for owner in owners:
            if (name == owner or name.startswith(owner + ".")) and len(owner) > best_length:
                best, best_length = index, len(owner)
    return best


def test_every_module_belongs_to_a_declared_layer_and_every_declared_name_exists() -> None:
    """The page names each package of adrtool/, and names nothing that is not there."""
    layers = declared_layers()
    known = modules()
    assert [name for name in known if layer_of(name, layers) < 0] == []
    declared = [owner for _, owners in layers for owner in owners]
    assert [owner for owner in declared if owner not in known] == []
    top_level = [name for name in known if name.count(".") == 1 and not (PACKAGE / name.split(".")[1]).is_dir()]
    subpackages = [path.name for path in PACKAGE.iterdir() if (path / "__init__.py").exists()]
    assert len(top_level) <= 10 and len(subpackages) >= 5


def test_no_import_runs_upward() -> None:
    """A module imports only its own layer and the layers before it in the table."""
    layers = declared_layers()
    upward = []
    for name, path in modules().items():
        own = layer_of(name, layers)
        for target in sorted(imports(path, name)):
            if layer_of(target, layers) > own:
                upward.append(f"{name} ({layers[own][0]}) imports {target} ({layers[layer_of(target, layers)][0]})")
    assert upward == []


def test_no_modules_import_each_other_in_a_circle() -> None:
    """The import graph of adrtool/ (a package counting as its __init__) has no cycle."""
    graph = {name: imports(path, name) for name, path in modules().items()}
    cycles = strongly_connected(graph)
    assert [sorted(cycle) for cycle in cycles if len(cycle) > 1] == []


def test_the_core_never_imports_click() -> None:
    """Only the front ends (the CLI) import click."""
    offenders = []
    for name, path in modules().items():
        if name.startswith(("adrtool.cli", "adrtool.console", "adrtool.__main__")):
            continue
        for node in statements(syntax_tree(path)):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            if any(found == "click" or found.startswith("click.") for found in names):
                offenders.append(name)
    assert offenders == []


def strongly_connected(graph: dict[str, frozenset[str]]) -> list[set[str]]:
    """Tarjan's strongly connected components of ``graph``."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            found.append(component)

    for node in graph:
        if node not in index:
            visit(node)
    return found
