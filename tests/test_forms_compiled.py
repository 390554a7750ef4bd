"""The committed station_app/ui/forms/ui_*.py are exactly what pyside6-uic makes of forms/*.ui."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _compile_forms():
    spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "scripts" / "compile_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _body(path: Path) -> list[str]:
    """The generated code without the line naming the uic version that made it."""
    return [line for line in path.read_text("utf-8").splitlines() if not line.startswith("## Created by:")]


def test_every_form_is_compiled_and_up_to_date(tmp_path):
    tool = _compile_forms()
    forms = sorted((ROOT / "forms").glob("*.ui"))
    assert forms, "no forms/*.ui"
    made = tool.compile_all(tmp_path)
    assert [p.name for p in made] == [f"ui_{f.stem}.py" for f in forms]
    stale = [p.name for p in made if _body(p) != _body(ROOT / "station_app" / "ui" / "forms" / p.name)]
    assert not stale, f"run scripts/compile_forms.py: {stale}"


@pytest.mark.gui
def test_forms_name_widgets_after_fields(qtbot):
    """Each record form names its inputs after the services.fields declaration, with an error label beside."""
    from PySide6.QtWidgets import QDialog

    from station_app.services.fields import kind_of
    from station_app.ui.forms import ui_dispute, ui_visit

    for module, kind in ((ui_visit, "visit"), (ui_dispute, "dispute")):
        cls = next(getattr(module, n) for n in dir(module) if n.startswith("Ui_"))
        ui, host = cls(), QDialog()
        qtbot.addWidget(host)
        ui.setupUi(host)
        for f in kind_of(kind).fields:
            if f.name in ("case_no",) or hasattr(ui, f.name):
                assert hasattr(ui, f"err_{f.name}"), f.name
        assert hasattr(ui, "buttonBox")
