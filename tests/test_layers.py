"""The house's floors, as docs/development/architecture.md draws them, held against the code's imports: every module
of the package stands on exactly one floor of the table, imports nothing from a floor above its own, and no modules
import each other in a circle (on one floor or inside one folder). Every import counts: at the top of a module,
inside a function, or under `TYPE_CHECKING`. The tour's file names are checked too: each one it names exists."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "leadiosa_async"
PAGE = ROOT / "docs" / "development" / "architecture.md"
BLOCK = re.compile(r"<!-- layers -->\n(?P<table>.*?)<!-- /layers -->", re.S)
ROW = re.compile(r"^\| (?P<floor>\d+) \| (?P<modules>[^|]+) \|", re.M)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py")) if "__pycache__" not in p.parts}


def floors() -> list[tuple[int, str]]:
    """(floor, pattern) for each module or folder the table names: `cli/` is a folder, `_client.py` a module."""
    match = BLOCK.search(PAGE.read_text(encoding="utf-8"))
    assert match is not None, f"{PAGE.name} has no <!-- layers --> table"
    found = []
    for row in ROW.finditer(match["table"]):
        for name in re.findall(r"`([^`]+)`", row["modules"]):
            found.append((int(row["floor"]), name))
    return found


def floor_of(module: str, table: list[tuple[int, str]]) -> list[int]:
    """The floors whose names cover `module` (one, for a table without gaps or overlaps)."""
    path = modules()[module].relative_to(PACKAGE).as_posix()
    return [floor for floor, name in table if path == name or (name.endswith("/") and path.startswith(name))]


def _resolve(name: str) -> str | None:
    """The module of the package that an imported dotted name lives in (None outside the package)."""
    while name and name not in modules():
        name = name.rpartition(".")[0]
    return name or None


def imports(module: str) -> set[str]:
    """The package's modules that `module` imports, wherever in it the import stands."""
    path = modules()[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str | None] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {_resolve(alias.name) for alias in node.names if alias.name.startswith("leadiosa_async")}
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            target = ".".join([*base, node.module] if node.module else base)
            if target.startswith("leadiosa_async"):
                found |= {_resolve(f"{target}.{alias.name}") for alias in node.names}
    return {name for name in found if name is not None and name != module}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def hand_written() -> list[str]:
    return [name for name in modules() if not name.startswith("leadiosa_async._generated.")]


def test_every_module_stands_on_exactly_one_floor_of_the_table() -> None:
    table = floors()
    assert table, "the table names no module"
    misplaced = {name: floor_of(name, table) for name in modules() if len(floor_of(name, table)) != 1}
    assert misplaced == {}, "each module needs one row of docs/development/architecture.md: {module: its floors}"
    named = {name for _, name in table}
    assert all((PACKAGE / name).exists() for name in named), [n for n in named if not (PACKAGE / n).exists()]


def test_no_import_runs_up_a_floor() -> None:
    table = floors()
    upward = [
        f"{name} (floor {floor_of(name, table)[0]}) imports {other} (floor {floor_of(other, table)[0]})"
        for name in modules()
        for other in sorted(imports(name))
        if floor_of(other, table)[0] > floor_of(name, table)[0]
    ]
    assert upward == []


def test_no_modules_import_each_other_in_a_circle() -> None:
    graph = {name: imports(name) for name in hand_written()}
    assert circles(graph) == []


def test_the_checks_see_what_they_must() -> None:
    """The graph reader on the package itself: an import inside a function, a relative one two levels up, one
    under TYPE_CHECKING, and a package's face all count; and the circle finder finds a circle of three."""
    assert "leadiosa_async._transport.rate_window" in imports("leadiosa_async._transport.raw_response")  # TYPE_CHECKING
    assert "leadiosa_async.testing.__main__" in imports("leadiosa_async.cli.jobs")  # inside a function
    assert "leadiosa_async._client" in imports("leadiosa_async.cli.calls")  # `from .._client import`
    assert "leadiosa_async._pagination.paginator" in imports("leadiosa_async._pagination")  # a face's re-export
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert floor_of("leadiosa_async.cli.jobs", floors()) == [8] and floor_of("leadiosa_async._client", floors()) == [6]


def test_the_tour_names_files_that_exist() -> None:
    text = PAGE.read_text(encoding="utf-8").split("## The life of one call", 1)[1]
    named = set(re.findall(r"`((?:[\w/]+/)?\w+\.py)`", text))
    where = [PACKAGE, PACKAGE / "_transport", PACKAGE / "_stacks", PACKAGE / "_pagination"]
    missing = [name for name in sorted(named) if not any((base / name).exists() for base in where)]
    assert named and missing == []
