"""The layers only look down: nothing below station_app/ui imports Qt, and ui/ runs no SQL."""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "station_app"
LOWER = ("store", "services", "outputs")
ORDER = {"store": 0, "services": 1, "outputs": 2, "ui": 3, "commands": 3}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _modules(layer: str):
    return sorted((PKG / layer).rglob("*.py"))


def test_no_qt_below_the_gui():
    offenders = [
        f"{path.relative_to(PKG)} imports {name}"
        for layer in LOWER for path in _modules(layer)
        for name in _imports(path) if name.split(".")[0] in ("PySide6", "shiboken6")
    ]
    assert not offenders, offenders


def test_layers_only_look_down():
    offenders = []
    for layer in LOWER:
        for path in _modules(layer):
            for name in _imports(path):
                parts = name.split(".")
                if (parts[0] == "station_app" and len(parts) > 1 and parts[1] in ORDER
                        and ORDER[parts[1]] > ORDER[layer]):
                    offenders.append(f"{path.relative_to(PKG)} imports {name}")
    assert not offenders, offenders


def test_gui_contains_no_queries():
    offenders = []
    for path in _modules("ui"):
        if "/forms/" in str(path):
            continue
        for name in _imports(path):
            if name.split(".")[0] in ("peewee", "playhouse", "sqlite3") or name.startswith("station_app.store.models"):
                offenders.append(f"{path.relative_to(PKG)} imports {name}")
    assert not offenders, offenders
