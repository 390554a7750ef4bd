"""The export dialog and the import wizard, driven like a user would (offscreen Qt, real files, real SQLite)."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from ledgers_sample import populate

pytestmark = [pytest.mark.gui]


@pytest.fixture
def quiet_boxes(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, _n=name, **k: said.append((_n, a[2]))))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.Yes))
    return said


def _first_row(ws) -> dict:
    """The first data row of an exported ledger by header text (row 4 holds the header)."""
    return {ws.cell(4, c).value: ws.cell(5, c).value for c in range(1, ws.max_column + 1)}


def test_export_dialog_writes_the_chosen_ledger(qtbot, db, tmp_path, quiet_boxes):
    from station_app.ui.dialogs.ledger_export import LedgerExportDialog

    populate()
    dialog = LedgerExportDialog(None, kind="visit", start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31))
    qtbot.addWidget(dialog)
    assert dialog.kind.currentText() == "接待登记台账"
    dialog.path.setText(str(tmp_path / "接待.xlsx"))
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=30000)
    ws = openpyxl.load_workbook(dialog.result_path).active
    assert ws["A1"].value == "城关镇委员工作站接待登记台账"
    assert _first_row(ws)["联系电话"] == "139****5678"
    assert quiet_boxes[-1][0] == "information"


def test_export_dialog_for_shown_rows_unmasked(qtbot, db, tmp_path, quiet_boxes):
    from station_app.ui.dialogs.ledger_export import LedgerExportDialog

    sample = populate()
    dialog = LedgerExportDialog(None, kind="visits", ids=[sample["visits"][0].id])
    qtbot.addWidget(dialog)
    assert dialog.kind.findData("all") == -1
    dialog.unmasked.setChecked(True)
    dialog.path.setText(str(tmp_path / "shown.xlsx"))
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=30000)
    ws = openpyxl.load_workbook(dialog.result_path).active
    first = _first_row(ws)
    assert first["来访人"] == "陈大爷" and first["联系电话"] == "13912345678" and ws["A6"].value == "合计"


def _sheet(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["来访登记表"])
    ws.append(["日期", "姓名", "人数", "问题类别", "反映问题", "处理方式"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_import_wizard_marks_problem_cells_and_imports_only_clean_files(qtbot, db, tmp_path, quiet_boxes):
    from PySide6.QtCore import Qt

    from station_app.store.models import Visit
    from station_app.ui.dialogs.ledger_import import LedgerImportWizard

    populate()
    before = Visit.select().count()
    wizard = LedgerImportWizard(None, kind="visits")
    qtbot.addWidget(wizard)
    wizard.path.setText(str(_sheet(tmp_path / "bad.xlsx", [
        ["2025-03-05", "陈一", 1, "邻里纠纷", "楼道堆放杂物", "当场解答"],
        ["2025-03-06", "陈二", "两个", "邻里纠纷", "楼道堆放杂物", "当场解答"],
    ])))
    wizard.start_check()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1, timeout=30000)
    model = wizard.table.model()
    assert model.rowCount() == 2
    bad = model.index(1, 3)  # 行号, 日期, 姓名, 人数
    assert model.data(bad) == "两个"
    assert "应为整数" in model.data(bad, Qt.ToolTipRole)
    assert model.data(bad, Qt.BackgroundRole) is not None
    assert model.data(model.index(0, 3), Qt.BackgroundRole) is None
    assert not wizard.import_button.isEnabled()
    assert "第4行 C列「人数」" in wizard.problem_list.item(0).text()
    assert Visit.select().count() == before

    wizard.back_button.click()
    wizard.path.setText(str(_sheet(tmp_path / "good.xlsx", [
        ["2025-03-05", "陈一", 1, "邻里纠纷", "楼道堆放杂物", "当场解答"]])))
    wizard.start_check()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1 and wizard.import_button.isEnabled(), timeout=30000)
    assert Visit.select().count() == before  # checking writes nothing
    wizard.start_import()
    qtbot.waitUntil(lambda: wizard.result() == wizard.DialogCode.Accepted, timeout=30000)
    assert Visit.select().count() == before + 1
    assert "导入完成" in quiet_boxes[-1][1]
