"""The dependency rules of docs/architecture.md, read from the source with ast: arrows point down,
the registers stand beside each other on `core`, and no module of secdesk/ is part of an import
circle. A failure names every offending import, file and line."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "secdesk"
REGISTERS = ("roster", "incidents", "training", "audits")


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the imported module (a module of secdesk, or a third-party top name)
    line: int
    deferred: bool  # inside a function: runs when called, not when imported

    def __str__(self) -> str:
        return f"{self.source} → {self.target} (line {self.line})"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _resolve(module: str) -> str:
    """The secdesk module an import names (`a.b.c` may be module a.b's attribute c)."""
    if not module.startswith("secdesk"):
        return module
    while module not in MODULES and "." in module:
        module = module.rsplit(".", 1)[0]
    return module


def imports_of(name: str) -> list[Import]:
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    found: list[Import] = []

    def visit(node: ast.AST, deferred: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child):
                continue  # never runs: no arrow at run time
            inner = deferred or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.Import):
                for alias in child.names:
                    found.append(Import(name, _resolve(alias.name), child.lineno, inner))
            elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                for alias in child.names:
                    full = f"{child.module}.{alias.name}"
                    target = full if full in MODULES else _resolve(child.module)
                    found.append(Import(name, target, child.lineno, inner))
            visit(child, inner)

    visit(tree, False)
    return found


ALL = [i for name in sorted(MODULES) for i in imports_of(name)]


def _within(module: str, *prefixes: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def _offending(source: tuple[str, ...], forbidden: tuple[str, ...], allowed=()) -> list[str]:
    return [
        str(i)
        for i in ALL
        if _within(i.source, *source)
        and _within(i.target, *forbidden)
        and not _within(i.target, *allowed)
    ]


def test_the_import_reader_sees_the_imports():
    targets = {i.target for i in ALL if i.source == "secdesk.services.app"}
    assert "secdesk.services.core.accounts" in targets
    assert "secdesk.services.incidents.service" in targets  # a deferred one
    assert "PySide6.QtWidgets" in {i.target for i in ALL if i.source == "secdesk.gui.app"}


def test_no_import_circle_among_the_modules_of_secdesk():
    graph: dict[str, set[str]] = {name: set() for name in MODULES}
    for i in ALL:
        if i.target in MODULES and i.target != i.source:
            graph[i.source].add(i.target)
    assert _strongly_connected(graph) == []


def _strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative: every group of two or more modules that import each
    other, directly or around a loop."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        groups.append(sorted(group))
    return groups


def test_the_circle_finder_finds_a_circle():
    assert _strongly_connected({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [
        ["a", "b", "c"]
    ]


def test_core_imports_no_register():
    assert (
        _offending(
            ("secdesk.services.core",),
            ("secdesk.services",),
            allowed=("secdesk.services.core",),
        )
        == []
    )


def test_the_roster_stands_on_core_only():
    assert (
        _offending(
            ("secdesk.services.roster",),
            ("secdesk.services",),
            allowed=("secdesk.services.core", "secdesk.services.roster"),
        )
        == []
    )


def test_registers_do_not_import_each_other():
    problems = []
    for register in REGISTERS[1:]:
        own = f"secdesk.services.{register}"
        problems += _offending(
            (own,),
            ("secdesk.services",),
            allowed=("secdesk.services.core", "secdesk.services.roster", own),
        )
    assert problems == []


def test_links_and_reports_sit_above_the_registers():
    composition = ("secdesk.services.app", "secdesk.services.registers")
    assert _offending(("secdesk.services.links",), (*composition, "secdesk.services.reports")) == []
    assert _offending(("secdesk.services.reports", "secdesk.services.links"), composition) == []


def test_only_the_composition_point_imports_the_composition():
    composition = ("secdesk.services", "secdesk.services.app", "secdesk.services.registers")
    assert [
        str(i)
        for i in ALL
        if _within(i.source, "secdesk.services")
        and i.source not in composition
        and i.target in composition[1:]
    ] == []


def test_lower_layers_import_nothing_above_them():
    above = ("secdesk.services", "secdesk.gui", "secdesk.cli", "secdesk.demo")
    assert _offending(("secdesk.store", "secdesk.io", "secdesk.reports"), above) == []
    assert (
        _offending(
            ("secdesk.domain",),
            (*above, "secdesk.store", "secdesk.io", "secdesk.reports", "sqlalchemy"),
        )
        == []
    )


def test_gui_and_cli_open_registers_only_through_services():
    assert _offending(("secdesk.gui", "secdesk.cli"), ("secdesk.store",)) == []


def test_nothing_outside_the_gui_imports_qt():
    assert [
        str(i)
        for i in ALL
        if not _within(i.source, "secdesk.gui") and _within(i.target, "PySide6", "shiboken6")
    ] == []
