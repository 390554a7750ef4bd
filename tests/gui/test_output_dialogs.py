"""The output dialogs' shared base (ui/dialogs/output_dialog.py): the folder each remembers, the overwrite
question, inputs held while the job runs, the saved report's 打开 (the folder), the import's refusal."""

from __future__ import annotations

import datetime as dt
import threading

import openpyxl
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from ledgers_sample import populate

YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


class Window(QWidget):
    """Stands in for the main window: the dialogs find its `settings` up their parent chain."""

    def __init__(self, path):
        super().__init__()
        self.settings = QSettings(str(path), QSettings.IniFormat)


@pytest.fixture
def window(qtbot, tmp_path):
    w = Window(tmp_path / "window.ini")
    qtbot.addWidget(w)
    return w


class Said(list):
    """The message boxes shown (kind, text); `answers` says what each kind returns."""

    answers: dict


@pytest.fixture
def boxes(monkeypatch):
    said, answers = Said(), {"question": QMessageBox.Yes, "information": QMessageBox.Ok}
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda *a, _n=name, **k: said.append((_n, a[2])) or answers.get(_n)))
    said.answers = answers
    return said


def _export(qtbot, dialog, path):
    dialog.path.setText(str(path))
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=30000)


def test_each_dialog_starts_in_the_folder_it_last_wrote_to(db, qtbot, window, tmp_path, boxes):
    from station_app.ui.dialogs.inspection import InspectionDialog
    from station_app.ui.dialogs.ledger_export import LedgerExportDialog

    populate()
    (tmp_path / "usb").mkdir()
    first = LedgerExportDialog(window, kind="visits", start=YEAR[0], end=YEAR[1])
    _export(qtbot, first, tmp_path / "usb" / "接待.xlsx")
    again = LedgerExportDialog(window, kind="visits", start=YEAR[0], end=YEAR[1])
    assert again.path.text() == str(tmp_path / "usb" / "接待登记台账2026.xlsx")
    assert str(tmp_path / "usb") not in InspectionDialog(window, year=2026).path.text()  # its own folder
    alone = LedgerExportDialog(None, kind="visits")  # no window settings: 文档 as before
    assert str(tmp_path / "usb") not in alone.path.text()


def test_an_existing_file_is_replaced_only_when_the_user_says_so(db, qtbot, window, tmp_path, boxes):
    from station_app.ui.dialogs.ledger_export import LedgerExportDialog

    populate()
    out = tmp_path / "接待.xlsx"
    out.write_bytes(b"keep me")
    boxes.answers["question"] = QMessageBox.No
    dialog = LedgerExportDialog(window, kind="visits", start=YEAR[0], end=YEAR[1])
    dialog.path.setText(str(out))
    dialog.start_export()
    assert dialog.job is None and out.read_bytes() == b"keep me"
    assert boxes[-1] == ("question", f"{out} 已存在，是否覆盖？")
    boxes.answers["question"] = QMessageBox.Yes
    _export(qtbot, dialog, out)
    assert openpyxl.load_workbook(out).active["A1"].value.endswith("接待登记台账")


def test_inputs_are_held_while_the_job_runs_and_a_box_kept_off_stays_off(db, qtbot, window, tmp_path, boxes,
                                                                          monkeypatch):
    from station_app.services import context
    from station_app.ui.dialogs import ledger_export

    release = threading.Event()

    def slow(kind, path, **_k):
        release.wait(30)
        path.write_bytes(b"x")
        return path

    monkeypatch.setattr(ledger_export, "export_ledger", slow)
    with context.acting_as("录入", "录入员"):
        dialog = ledger_export.LedgerExportDialog(window, kind="visits", start=YEAR[0], end=YEAR[1])
    assert not dialog.unmasked.isEnabled()
    held = (dialog.kind, dialog.year, dialog.start, dialog.end, dialog.path, dialog.file.browse,
            dialog.buttons)
    dialog.path.setText(str(tmp_path / "v.xlsx"))
    dialog.start_export()
    assert dialog.job is not None and not any(w.isEnabled() for w in held)
    release.set()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=30000)
    assert all(w.isEnabled() for w in held) and not dialog.unmasked.isEnabled()


def test_the_saved_report_opens_the_folder_on_request(db, qtbot, window, tmp_path, boxes, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from station_app.ui.dialogs.ledger_export import LedgerExportDialog

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    boxes.answers["information"] = QMessageBox.Open
    dialog = LedgerExportDialog(window, kind="visits", start=YEAR[0], end=YEAR[1])
    _export(qtbot, dialog, tmp_path / "v.xlsx")
    assert opened == [str(tmp_path)]
    assert boxes[-1] == ("information", f"已保存到 {tmp_path / 'v.xlsx'}")


def test_the_import_says_why_a_file_is_refused_and_gives_the_inputs_back(db, qtbot, window, tmp_path, boxes):
    from station_app.ui.dialogs.ledger_import import LedgerImportWizard

    bad = tmp_path / "不是台账.xlsx"
    bad.write_bytes(b"not a workbook")
    wizard = LedgerImportWizard(window, kind="visits")
    wizard.path.setText(str(bad))
    wizard.start_check()
    qtbot.waitUntil(lambda: wizard.buttons.isEnabled(), timeout=30000)
    assert boxes[-1][0] == "warning" and wizard.pages.currentIndex() == 0
    assert wizard.kind.isEnabled() and wizard.file.isEnabled()
