"""Full ID and phone numbers follow the role: only 管理员 exports or prints them — service, CLI and dialogs."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from ledgers_sample import ID_OK, populate
from station_app.cli import main
from station_app.services import audit, context
from station_app.services.errors import PermissionDenied

YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def phone_cell(ws, row: int = 5):
    """The 联系电话 cell of *row*, found by its header (columns move as the ledger gains columns)."""
    for header_row in ws.iter_rows(min_row=1, max_row=4):
        for cell in header_row:
            if cell.value and "电话" in str(cell.value):
                return ws.cell(row=row, column=cell.column)
    raise AssertionError("no phone column")


def test_an_inspectors_unmasked_ledger_is_refused_by_the_export_itself(db, tmp_path):
    from station_app.outputs.ledgers import export_ledger, export_rows

    sample = populate()
    path = tmp_path / "full.xlsx"
    with context.acting_as("检查员", "只读检查"):
        with pytest.raises(PermissionDenied, match="只有管理员"):
            export_ledger("visits", path, start=YEAR[0], end=YEAR[1], unmasked=True)
        with pytest.raises(PermissionDenied):
            export_rows("visits", [v.id for v in sample["visits"]], path, unmasked=True)
        assert not path.exists()
        export_ledger("visits", path, start=YEAR[0], end=YEAR[1])  # masked: allowed
    ws = openpyxl.load_workbook(path).active
    assert phone_cell(ws).value == "139****5678"
    with context.acting_as("录入员小王", "录入员"), pytest.raises(PermissionDenied):
        export_ledger("all", path, start=YEAR[0], end=YEAR[1], unmasked=True)
    assert not audit.fetch(audit.LogFilter(action="完整导出"))


def test_an_administrators_unmasked_export_is_written_and_audited(db, tmp_path):
    from station_app.outputs.ledgers import export_ledger

    populate()
    path = tmp_path / "full.xlsx"
    with context.acting_as("admin", "管理员"):
        export_ledger("visits", path, start=YEAR[0], end=YEAR[1], unmasked=True)
    ws = openpyxl.load_workbook(path).active
    assert phone_cell(ws).value == "13912345678"
    (entry,) = audit.fetch(audit.LogFilter(action="完整导出"))
    assert entry.username == "admin" and entry.kind_label == "导出"
    assert "接待登记台账" in entry.note and str(path) in entry.note


def test_sheets_and_packages_refuse_full_numbers_too(db, data_dir, tmp_path):
    import sheetdata
    from station_app.outputs.package import build_package
    from station_app.outputs.sheets import render_selection, render_sheet

    data = sheetdata.make(data_dir)
    pdf = tmp_path / "visit.pdf"
    with context.acting_as("检查员", "只读检查"):
        with pytest.raises(PermissionDenied):
            render_sheet("visit", [data.visits[0].id], pdf, unmasked=True)
        with pytest.raises(PermissionDenied):
            render_selection("roster", [data.slot.id], pdf, unmasked=True)
        with pytest.raises(PermissionDenied):
            build_package(*YEAR, tmp_path / "p.zip", unmasked=True, workers=0)
        assert not pdf.exists() and not (tmp_path / "p.zip").exists()
        render_sheet("visit", [data.visits[0].id], pdf)
    assert pdf.exists()


def test_unmasked_is_refused_on_the_command_line_for_others(db, data_dir, tmp_path, monkeypatch, capsys):
    from station_app.services import accounts

    monkeypatch.setattr(accounts, "SCRYPT_N", 2 ** 12)
    populate()
    accounts.ensure_admin("secret123")
    accounts.create_user("viewer", "ghijkl", "只读检查")
    accounts.create_user("clerk", "abcdef", "录入员")
    base = ["--data-dir", str(data_dir.root)]
    out = tmp_path / "v.xlsx"
    for name, password in (("viewer", "ghijkl"), ("clerk", "abcdef")):
        monkeypatch.setenv("STATION_APP_PASSWORD", password)
        assert main([*base, "--user", name, "export", "ledger", "visits", "--year", "2026", "--unmasked",
                     "-o", str(out)]) == 1
        assert "只有管理员" in capsys.readouterr().err and not out.exists()
        assert main([*base, "--user", name, "export", "sheet", "visit", "--all", "--year", "2026", "--unmasked",
                     "-o", str(tmp_path / "v.pdf")]) == 1
        assert "只有管理员" in capsys.readouterr().err and not (tmp_path / "v.pdf").exists()
    monkeypatch.setenv("STATION_APP_PASSWORD", "secret123")
    assert main([*base, "--user", "admin", "export", "ledger", "visits", "--year", "2026", "--unmasked",
                 "-o", str(out)]) == 0
    assert phone_cell(openpyxl.load_workbook(out).active).value == "13912345678"
    capsys.readouterr()
    assert main([*base, "--user", "admin", "log", "--action", "完整导出"]) == 0
    assert "admin" in capsys.readouterr().out


@pytest.mark.gui
def test_the_export_dialogs_check_box_is_for_administrators(qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from station_app.ui.dialogs.ledger_export import LedgerExportDialog

    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    populate()
    with context.acting_as("检查员", "只读检查"):
        dialog = LedgerExportDialog(None, kind="visits", start=YEAR[0], end=YEAR[1])
        qtbot.addWidget(dialog)
        assert not dialog.unmasked.isEnabled() and "只有管理员" in dialog.unmasked.toolTip()
        dialog.unmasked.setChecked(True)  # even ticked from code, the export stays masked
        dialog.path.setText(str(tmp_path / "v.xlsx"))
        dialog.start_export()
        qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=30000)
    ws = openpyxl.load_workbook(dialog.result_path).active
    assert phone_cell(ws).value == "139****5678" and ID_OK not in str([c.value for c in ws[5]])
    with context.acting_as("admin", "管理员"):
        admin = LedgerExportDialog(None, kind="visits")
        qtbot.addWidget(admin)
        assert admin.unmasked.isEnabled()


@pytest.mark.gui
def test_the_print_previews_check_box_is_for_administrators(qtbot, db, data_dir):
    import sheetdata
    from station_app.ui.dialogs.pdf_preview import PdfPreviewDialog

    data = sheetdata.make(data_dir)
    with context.acting_as("检查员", "只读检查"):
        dialog = PdfPreviewDialog(None, "visit", [data.visits[0].id])
        qtbot.addWidget(dialog)
        qtbot.waitUntil(dialog.save_btn.isEnabled, timeout=30000)
        assert not dialog.full.isEnabled() and "只有管理员" in dialog.full.toolTip()
