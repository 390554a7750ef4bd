"""Print preview (QtPdf) and the inspection package dialog, offscreen with real widgets and files."""

from __future__ import annotations

import zipfile

import pytest

import sheetdata

pytestmark = pytest.mark.gui


@pytest.fixture
def data(db, data_dir, qapp):
    from PySide6.QtGui import QFontDatabase

    from station_app.outputs.sheets.fonts import font_path

    QFontDatabase.addApplicationFont(str(font_path()))
    return sheetdata.make(data_dir)


def _preview(qtbot, kind, ids, **kw):
    from station_app.ui.dialogs.pdf_preview import PdfPreviewDialog

    dialog = PdfPreviewDialog(None, kind, ids, title="测试预览", **kw)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.save_btn.isEnabled(), timeout=30000)
    return dialog


def test_preview_shows_pages_and_saves_a_copy(data, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    dialog = _preview(qtbot, "dispute", [data.disputes[0].id])
    assert dialog.doc.pageCount() == 12  # printed pages: the paper originals are bound in, not printed
    assert dialog.pages.text() == "共 12 页"
    assert dialog.warning.isHidden()
    dest = tmp_path / "卷宗.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    assert dialog.save_as()
    assert dest.read_bytes() == dialog.pdf_path.read_bytes()
    assert "已保存到" in shown[0]
    preview_dir = dialog._dir
    dialog.reject()
    assert not preview_dir.exists()  # temporary files cleaned up


def test_print_paints_every_page_to_the_printer(data, qtbot, tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    dialog = _preview(qtbot, "visit", [v.id for v in data.visits])
    out = tmp_path / "printed.pdf"

    def fake_exec(self):
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    assert dialog.print_document()
    assert len(PdfReader(str(out)).pages) == 2


def test_roster_preview_prints_the_months_of_selected_slots(data, qtbot):
    dialog = _preview(qtbot, "roster", [data.slot.id])
    assert dialog.doc.pageCount() == 1


def test_unmasking_needs_an_administrator(data, qtbot):
    from station_app.services import context

    context.set_actor("clerk", "录入员")
    dialog = _preview(qtbot, "visit", [data.visits[0].id])
    assert not dialog.full.isEnabled()


def test_missing_glyph_warning_is_shown(data, qtbot):
    from station_app.services import records

    records.update(data.visits[0], {"visitor_name": "张\U000F0001兰"})
    dialog = _preview(qtbot, "visit", [data.visits[0].id])
    assert not dialog.warning.isHidden()
    assert "U+F0001" in dialog.warning.text()


def test_inspection_dialog_builds_the_zip(data, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from station_app.ui.dialogs.inspection import InspectionDialog

    dialog = InspectionDialog(None, year=2026)
    qtbot.addWidget(dialog)
    assert dialog.start.date().toString("yyyy-MM-dd") == "2026-01-01"
    dialog.year.setValue(2025)
    assert dialog.end.date().toString("yyyy-MM-dd") == "2025-12-31"
    assert dialog.path.text().endswith("迎检材料2025.zip")
    dialog.year.setValue(2026)
    out = tmp_path / "迎检材料2026.zip"
    dialog.path.setText(str(out))
    messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: messages.append(a[2]))
    dialog.start_build()
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=60000)
    assert "迎检材料已生成" not in messages[0] and "共" in messages[0]
    assert "未归档案件 2 件" in messages[0] and "03_未归档卷宗" in messages[0]  # said after the run
    with zipfile.ZipFile(out) as zf:
        assert "00_目录.pdf" in zf.namelist()
    assert dialog.result_info.path == out


def test_inspection_dialog_refuses_reversed_dates(data, qtbot, monkeypatch):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QMessageBox

    from station_app.ui.dialogs.inspection import InspectionDialog

    dialog = InspectionDialog(None, year=2026)
    qtbot.addWidget(dialog)
    dialog.start.setDate(QDate(2026, 6, 1))
    dialog.end.setDate(QDate(2026, 5, 1))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    dialog.start_build()
    assert "早于起始日期" in warned[0] and dialog.job is None


def test_preview_names_the_record_with_unprintable_characters_before_rendering(data, qtbot):
    from station_app.services import records

    records.update(data.visits[1], {"content": "咨询\U000F0001事项"})
    dialog = _preview(qtbot, "visit", [data.visits[1].id])
    text = dialog.warning.text()
    assert f"来访登记（编号 {data.visits[1].id}，欧阳明德）的“诉求内容”" in text and "U+F0001" in text
    assert text.count("U+F0001") == 1  # said once: before, not again after the render


@pytest.mark.parametrize("answer", ["yes", "no"])
def test_inspection_dialog_asks_before_building_with_unprintable_characters(data, qtbot, tmp_path, monkeypatch,
                                                                            answer):
    from PySide6.QtWidgets import QMessageBox

    from station_app.services import records
    from station_app.ui.dialogs.inspection import InspectionDialog

    records.update(data.visits[0], {"visitor_address": "幸福村\U000F0001号"})
    dialog = InspectionDialog(None, year=2026)
    qtbot.addWidget(dialog)
    out = tmp_path / "p.zip"
    dialog.path.setText(str(out))
    asked, told = [], []
    reply = QMessageBox.Yes if answer == "yes" else QMessageBox.No
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or reply)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    dialog.start_build()
    assert "来访登记（编号" in asked[0] and "住址或单位" in asked[0] and "U+F0001" in asked[0]
    if answer == "no":
        assert dialog.job is None and not out.exists()
        return
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=60000)
    assert out.exists() and "U+F0001" not in told[0]  # the export went on; the record was named before
