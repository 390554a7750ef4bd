"""The layers only look down: nothing below station_app/ui imports Qt, ui/ runs no SQL, and the import graph
of the whole package (module-level, inside functions and through importlib) has no cycle."""

from __future__ import annotations

import textwrap
from pathlib import Path

import import_graph as G

PKG = Path(__file__).resolve().parent.parent / "station_app"
LOWER = ("store", "services", "outputs")
ORDER = {"store": 0, "services": 1, "outputs": 2, "ui": 3, "commands": 3}
QT = ("PySide6", "shiboken6")


def qt_below_the_gui(root: Path) -> list[str]:
    found = {(mod, name.split(".")[0]) for mod, name in G.external_imports(root, LOWER)}
    return [f"{mod} imports {top}" for mod, top in sorted(found) if top in QT]


def upward_imports(root: Path) -> list[str]:
    """A lower layer importing a higher one (commands/ and ui/ are the top, side by side)."""
    top = root.name
    offenders = []
    for mod, targets in G.graph(root).items():
        parts = mod.split(".")
        if len(parts) < 2 or parts[1] not in ORDER:
            continue
        for name in sorted(targets):
            if any(t.startswith(name + ".") for t in targets):
                continue  # a package whose module is named: report the module
            other = name.split(".")
            if other[0] == top and len(other) > 1 and other[1] in ORDER and ORDER[other[1]] > ORDER[parts[1]]:
                offenders.append(f"{mod} imports {name}")
    return offenders


def test_no_qt_below_the_gui():
    assert not qt_below_the_gui(PKG)


def test_layers_only_look_down():
    assert not upward_imports(PKG)


def test_no_import_cycles():
    assert G.cycles(G.graph(PKG)) == []


def test_the_graph_sees_commands_the_cli_and_imports_inside_functions():
    edges = G.graph(PKG)
    assert "station_app.cli" in edges and "station_app.commands.core" in edges
    assert "station_app.commands.common" in edges["station_app.cli"]
    assert "station_app.ui.app" in edges["station_app.commands.core"]  # imported inside run_gui
    assert "station_app.outputs.sheets.kinds" in edges["station_app.outputs.sheets.registry"]  # import_module(f"…")
    # the entry point is imported by nobody (its sub-commands are loaded by name from commands.MODULES)
    assert not [m for m, targets in edges.items() if "station_app.cli" in targets and m != "station_app.__main__"]


def test_gui_contains_no_queries():
    offenders = [
        f"{mod} imports {name}" for mod, name in G.external_imports(PKG, ("ui",))
        if ".ui.forms" not in mod
        and (name.split(".")[0] in ("peewee", "playhouse", "sqlite3") or name.startswith("station_app.store.models"))
    ]
    assert not offenders, offenders


# ---- the checks themselves: a planted cycle and a planted Qt import are caught ----
def _plant(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "station_app"
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), "utf-8")
    for folder in [root, *[p for p in root.rglob("*") if p.is_dir()]]:
        (folder / "__init__.py").touch()
    return root


def test_a_planted_cycle_is_found_even_inside_a_function_or_through_importlib(tmp_path):
    root = _plant(tmp_path, {
        "store/a.py": "from station_app.store.b import thing\n",
        "store/b.py": "def thing():\n    from station_app.store import c\n",
        "store/c.py": "import importlib\nimportlib.import_module('station_app.store.a')\n",
        "store/d.py": "from station_app.store import a\n",  # depends on the cycle, not part of it
    })
    assert G.cycles(G.graph(root)) == [["station_app.store.a", "station_app.store.b", "station_app.store.c"]]


def test_a_cycle_through_a_package_init_is_found(tmp_path):
    root = _plant(tmp_path, {
        "outputs/ledgers/__init__.py": "from station_app.outputs.ledgers.export import export\n",
        "outputs/ledgers/export.py": "from station_app.outputs.ledgers import engine\n",
        "outputs/ledgers/engine.py": "X = 1\n",
    })
    assert G.cycles(G.graph(root)) == [["station_app.outputs.ledgers", "station_app.outputs.ledgers.export"]]


def test_a_cycle_through_the_init_an_import_runs_first_is_found(tmp_path):
    """package imports sheets.index, which runs sheets/__init__ first, which imports package: a real
    cycle (it fails at run time when package is imported first) though no line names sheets/__init__."""
    root = _plant(tmp_path, {
        "outputs/package.py": "import station_app.outputs.sheets.index as index_pdf\ndef build(): ...\n",
        "outputs/sheets/__init__.py": "from station_app.outputs.package import build\n",
        "outputs/sheets/index.py": "X = 1\n",
    })
    assert G.cycles(G.graph(root)) == [["station_app.outputs.package", "station_app.outputs.sheets"]]


def test_a_planted_qt_import_below_the_gui_is_found(tmp_path):
    root = _plant(tmp_path, {
        "services/nice.py": "import datetime\n",
        "services/sneaky.py": "def f():\n    from PySide6.QtWidgets import QMessageBox\n",
        "ui/fine.py": "from PySide6.QtWidgets import QWidget\n",
    })
    assert qt_below_the_gui(root) == ["station_app.services.sneaky imports PySide6"]


def test_a_planted_upward_import_is_found(tmp_path):
    root = _plant(tmp_path, {
        "store/check.py": "import importlib\nimportlib.import_module('station_app.services.attachments')\n",
        "services/attachments.py": "from station_app.store import check\n",
    })
    assert upward_imports(root) == ["station_app.store.check imports station_app.services.attachments"]
