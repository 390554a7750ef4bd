"""The import graph of a package read from its source: every `import`, `from … import` (module level or
inside a function) and `importlib.import_module("…")` / `import_module(f"pkg.{x}")` call, as module → modules.

Used by tests/test_architecture.py; it works on any package folder, so the test can plant a cycle or a Qt
import in a temporary package and show the checks catch it.
"""

from __future__ import annotations

import ast
from pathlib import Path


def module_name(root: Path, path: Path) -> str:
    """station_app/outputs/ledgers/engine.py -> station_app.outputs.ledgers.engine (root = the package)."""
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _dynamic_target(call: ast.Call) -> str | None:
    """The module an import_module call names: a literal, or an f-string's fixed prefix (its package)."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
    if name not in ("import_module", "__import__") or not call.args:
        return None
    arg = call.args[0]
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return arg.value
    if isinstance(arg, ast.JoinedStr) and arg.values and isinstance(arg.values[0], ast.Constant):
        prefix = str(arg.values[0].value)
        return prefix.rstrip(".") if prefix.endswith(".") else None
    return None


def imports_of(path: Path, module: str, is_package: bool) -> set[str]:
    """Every module name *path* (module *module*) imports, relative imports resolved."""
    tree = ast.parse(path.read_text("utf-8"))
    base = module.split(".") if is_package else module.split(".")[:-1]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parent = base[: len(base) - (node.level - 1)]
                target = ".".join(parent + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names.add(target)
            names.update(f"{target}.{alias.name}" for alias in node.names)  # kept only if a module
        elif isinstance(node, ast.Call):
            target = _dynamic_target(node)
            if target:
                names.add(target)
    return names


def graph(root: Path) -> dict[str, set[str]]:
    """module -> the package's own modules it imports. `from pkg import sub` is an edge to pkg and to
    pkg.sub, and any import of pkg.sub is an edge to pkg too (its __init__ runs first), except when pkg
    holds the importing module itself."""
    paths = {module_name(root, p): p for p in sorted(root.rglob("*.py"))}
    out: dict[str, set[str]] = {}
    for mod, path in paths.items():
        targets = set()
        ancestors = {".".join(mod.split(".")[:i]) for i in range(1, len(mod.split(".")))}
        for name in imports_of(path, mod, path.name == "__init__.py"):
            if name in paths and name != mod:
                targets.add(name)
                # importing a.b.c runs a.b's __init__ first (unless a.b holds the importer: it is already running)
                parts = name.split(".")
                targets.update(p for p in (".".join(parts[:i]) for i in range(2, len(parts)))
                               if p in paths and p not in ancestors and p != mod)
        out[mod] = targets
    return out


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return sorted(found)


def external_imports(root: Path, layer_dirs: tuple[str, ...]) -> list[tuple[str, str]]:
    """(module, imported top-level name) for every import in the given sub-packages of *root*."""
    out = []
    for layer in layer_dirs:
        for path in sorted((root / layer).rglob("*.py")):
            mod = module_name(root, path)
            for name in imports_of(path, mod, path.name == "__init__.py"):
                out.append((mod, name))
    return out
