"""English interface of the dialogs and 设置 tabs: no Chinese interface text in English; Chinese stays the default."""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

HAN = re.compile(r"[\u4e00-\u9fff]")
TODAY = dt.date(2026, 9, 14)
SHOTS = Path(os.environ.get("STATION_SHOTS_EN", "/tmp/shots_en"))


@pytest.fixture(autouse=True)
def _shots_in_tmp(tmp_path, monkeypatch):
    """Screenshots go to the test's tmp_path (pytest removes it) unless STATION_SHOTS_EN names a folder to keep them."""
    if "STATION_SHOTS_EN" not in os.environ:
        monkeypatch.setattr(sys.modules[__name__], "SHOTS", tmp_path / "shots")


@pytest.fixture
def english(app):
    from station_app.ui import i18n

    i18n.install(app, "en")
    yield app
    i18n.install(app, "zh_CN")


@pytest.fixture
def demo(db):
    from station_app.services import demo

    demo.generate(2026, seed=3, today=TODAY)
    return db


def _texts_of(w: QWidget) -> list[tuple[str, str]]:
    name = type(w).__name__
    if isinstance(w, QLabel):
        return [(name, w.text())]
    if isinstance(w, QAbstractButton):
        return [(name, w.text()), (name + " tip", w.toolTip())]
    if isinstance(w, QGroupBox):
        return [(name, w.title())]
    if isinstance(w, QTabWidget):
        return [(name, w.tabText(i)) for i in range(w.count())]
    if isinstance(w, QLineEdit):
        return [(name + " placeholder", w.placeholderText())]
    out = []
    if isinstance(w, QAbstractItemView) and w.model() is not None:
        header = getattr(w, "horizontalHeader", None)
        if header is not None and header().isVisible():
            model = w.model()
            out += [
                (name + " header", str(model.headerData(c, Qt.Horizontal) or ""))
                for c in range(model.columnCount())
            ]
    return out


def chinese_texts(root: QWidget, data: tuple[QWidget, ...] = ()) -> list[tuple[str, str]]:
    """(where, text) of interface texts with Han characters under *root*, every tab page visited.

    *data*: widgets that show the station's own data (names, places, choice values), left out. The part of
    a window title after " — " names the record (data) and is left out too.
    """
    found = [("window title", root.windowTitle().split(" — ")[0])]
    tab_widgets = [root] if isinstance(root, QTabWidget) else []
    tab_widgets += root.findChildren(QTabWidget)
    pages = [(None, -1)] + [(t, i) for t in tab_widgets for i in range(t.count())]
    for tabs, index in pages:
        if tabs is not None:
            if not tabs.isVisibleTo(root) and tabs is not root:
                continue
            tabs.setCurrentIndex(index)
        for w in [root, *root.findChildren(QWidget)]:
            if w is not root and not w.isVisibleTo(root):
                continue
            if any(w is d or d.isAncestorOf(w) for d in data if d is not None):
                continue
            found += _texts_of(w)
    return sorted({(where, text) for where, text in found if text and HAN.search(text)})


def clipped(root: QWidget, skip: tuple[QWidget, ...] = ()) -> list[tuple[str, str]]:
    """Visible buttons, one-line labels and placeholders whose text is wider than the room they get."""
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or any(w is d or d.isAncestorOf(w) for d in skip if d is not None):
            continue
        if isinstance(w, QAbstractButton) and w.text() and w.width() < w.sizeHint().width() - 1:
            out.append((type(w).__name__, w.text()))
        elif isinstance(w, QLabel) and w.text() and not w.wordWrap() and w.width() < w.sizeHint().width() - 1:
            out.append(("QLabel", w.text()))
        elif isinstance(w, QLineEdit) and w.placeholderText() and not w.text():
            room = w.width() - 12  # frame and text margins
            if w.fontMetrics().horizontalAdvance(w.placeholderText()) > room:
                out.append(("placeholder", w.placeholderText()))
    return out


def shoot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _open(qtbot, dialog: QDialog, width: int | None = None) -> QDialog:
    qtbot.addWidget(dialog)
    if width:
        dialog.resize(width, dialog.sizeHint().height())
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _record_data(dlg) -> tuple[QWidget, ...]:
    """What a record dialog shows of the data: member names, photos, linked records, source visits, team names."""
    names = ("members", "photos", "visit_list", "day_label", "links_label", "deadline_label", "steps_view", "teams")
    found = [getattr(dlg, n, None) or getattr(dlg.ui, n, None) for n in names]
    if hasattr(dlg, "dossier"):  # "Archived, file number （2026）人调字第001号."
        found.append(dlg.dossier.missing)
    links = getattr(dlg, "links_box", None)  # 关联记录: the linked records' names and numbers are data
    if links is not None:
        found.append(links.label)
    return tuple(found)


def test_every_record_dialog_in_english(english, demo, qtbot):
    from station_app.services import duty
    from station_app.store import models as M
    from station_app.ui.dialogs.activity import ActivityDialog
    from station_app.ui.dialogs.dispute import DisputeDialog, FollowUpDialog, PartyDialog, SessionDialog
    from station_app.ui.dialogs.roster import AttendanceDialog, HolidayDialog, RosterPreviewDialog, SwapDialog
    from station_app.ui.dialogs.simple_records import MemberDialog, OpinionDialog, ReceptionDayDialog
    from station_app.ui.dialogs.topic import MeetingDialog, TopicDialog, TopicStepDialog
    from station_app.ui.dialogs.visit import VisitDialog

    first = {
        m: m.select().order_by(m.id).first()
        for m in (M.Visit, M.Dispute, M.Activity, M.Topic, M.Opinion, M.Member, M.ReceptionDay)
    }
    slot = duty.slots_between(dt.date(2026, 1, 1), dt.date(2026, 12, 31))[0]
    dispute, topic = first[M.Dispute], first[M.Topic]
    dialogs = {
        "visit new": VisitDialog(None), "visit": VisitDialog(None, first[M.Visit]),
        "visit on a day": VisitDialog(None, day=first[M.ReceptionDay]),
        "dispute new": DisputeDialog(None, today=TODAY), "dispute": DisputeDialog(None, dispute, today=TODAY),
        "party": PartyDialog(None, dispute=dispute), "session": SessionDialog(None, dispute=dispute),
        "follow-up": FollowUpDialog(None, dispute=dispute),
        "activity new": ActivityDialog(None), "activity": ActivityDialog(None, first[M.Activity]),
        "topic new": TopicDialog(None), "topic": TopicDialog(None, topic),
        "topic step": TopicStepDialog(None, topic=topic), "meeting": MeetingDialog(None, topic=topic),
        "opinion": OpinionDialog(None, first[M.Opinion]), "member": MemberDialog(None, first[M.Member]),
        "reception day": ReceptionDayDialog(None, first[M.ReceptionDay]),
        "swap": SwapDialog(None, slot=slot), "attendance": AttendanceDialog(None, slot=slot),
        "roster preview": RosterPreviewDialog(None, start=dt.date(2026, 10, 1), end=dt.date(2026, 10, 31)),
        "holidays 2026": HolidayDialog(None, year=2026), "holidays 2031": HolidayDialog(None, year=2031),
    }
    problems = {}
    for name, dlg in dialogs.items():
        _open(qtbot, dlg)
        data = (
            _record_data(dlg)
            if hasattr(dlg, "ui")
            else (getattr(dlg, "table", None), getattr(dlg, "list", None))
        )
        found = chinese_texts(dlg, data)  # (visits every tab page)
        cut = clipped(dlg, (getattr(dlg, "members", None),))  # the member picker is a shared widget
        if found or cut:
            problems[name] = found + cut
    assert not problems
    assert dialogs["visit new"].save_button.text() == "Save"
    assert dialogs["visit new"].windowTitle() == "Visit record"
    assert [dialogs["dispute"].ui.tabs.tabText(i) for i in range(1, 4)] == ["Parties", "Mediation sessions",
                                                                          "Follow-ups"]
    assert dialogs["dispute new"].deadline_label.text() == "To be concluded within one month of acceptance."
    dialogs["visit new"].ui.tabs.setCurrentIndex(0)
    shoot(dialogs["visit new"], "dialog_visit")
    dialogs["dispute"].ui.tabs.setCurrentIndex(0)
    shoot(dialogs["dispute"], "dialog_dispute")
    dialogs["topic"].ui.tabs.setCurrentIndex(0)
    shoot(dialogs["topic"], "dialog_topic")
    shoot(dialogs["roster preview"], "dialog_roster_preview")


def test_output_dialogs_in_english(english, demo, qtbot, tmp_path):
    from station_app.store.models import Visit
    from station_app.ui.dialogs.inspection import InspectionDialog
    from station_app.ui.dialogs.ledger_export import LedgerExportDialog
    from station_app.ui.dialogs.ledger_import import LedgerImportWizard
    from station_app.ui.dialogs.pdf_preview import PdfPreviewDialog

    export = _open(qtbot, LedgerExportDialog(None, kind="visits"))
    shown = _open(qtbot, LedgerExportDialog(None, kind="visits", ids=[1, 2, 3]))
    wizard = _open(qtbot, LedgerImportWizard(None, kind="visits"))
    inspection = _open(qtbot, InspectionDialog(None, year=2026))
    visit = Visit.select().order_by(Visit.id).first()
    preview = _open(qtbot, PdfPreviewDialog(None, "visit", [visit.id], title="Visit 1"))
    qtbot.waitUntil(lambda: preview.save_btn.isEnabled(), timeout=30000)
    # the page count label is filled in once the document has loaded: wait for it before measuring
    qtbot.waitUntil(lambda: clipped(preview) == [], timeout=3000)
    for dlg in (export, shown, wizard, inspection, preview):
        assert chinese_texts(dlg) == [], dlg.windowTitle()
        assert clipped(dlg) == [], dlg.windowTitle()
    for combo in (export.kind, wizard.kind):  # ledger names: fixed, not data
        assert not [combo.itemText(i) for i in range(combo.count()) if HAN.search(combo.itemText(i))]
    assert export.windowTitle() == "Export ledger" and preview.pages.text() == "Pages: 1"
    assert export.year.text() == "2026"  # no Chinese year suffix
    shoot(export, "dialog_ledger_export")
    shoot(wizard, "dialog_ledger_import")
    shoot(inspection, "dialog_inspection")
    qtbot.wait(300)  # let QPdfView paint the page before the screenshot
    shoot(preview, "dialog_pdf_preview")


def test_import_wizard_check_page_in_english(english, db, qtbot, tmp_path):
    import openpyxl

    from station_app.ui.dialogs.ledger_import import LedgerImportWizard

    path = tmp_path / "visits.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["日期", "姓名", "人数", "问题类别", "反映问题", "处理方式"])
    wb.active.append(["2025-03-06", "陈二", "两个", "邻里纠纷", "楼道堆放杂物", "当场解答"])
    wb.save(path)
    wizard = _open(qtbot, LedgerImportWizard(None, kind="visits"))
    wizard.path.setText(str(path))
    wizard.start_check()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1, timeout=30000)
    # the sheet's own headings, the cells, the report (services) and the sheet names are the file's data
    found = chinese_texts(wizard, (wizard.table, wizard.summary, wizard.sheet_box))
    assert found == []
    assert wizard.table.model().headerData(0, Qt.Horizontal) == "Row"
    assert wizard.problem_list.item(0).text().startswith("Error: ")
    assert [b.text() for b in (wizard.back_button, wizard.import_button)] == ["Back", "Import"]


def settings_data(page) -> tuple[QWidget, ...]:
    """The tabs' lists and tables of the station's own data (lookup values, teams, rules, backups, users)."""
    return (page.lookups.values, page.teams.list, page.teams.members, page.rules.list, page.backup.list,
            page.backup.folder)


def test_every_settings_tab_in_english(english, demo, data_dir, qtbot):
    from station_app.ui.pages.settings import SettingsPage

    page = SettingsPage()
    page.backup.data_dir = data_dir
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitExposed(page)
    problems = {}
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
        tab = page.tabs.widget(i)
        found = chinese_texts(tab, settings_data(page)) + clipped(tab, (page.teams.members,))
        if found:
            problems[page.tabs.tabText(i)] = found
        shoot(page, f"settings_{type(tab).__name__}")
    assert not problems
    page.holidays.year.setValue(2031)  # no built-in schedule: the warning is English too
    assert page.holidays.warning.text().startswith("There is no built-in")
    rules = [page.rules.kind.itemText(i) for i in range(page.rules.kind.count())]
    assert not [t for t in rules if HAN.search(t)]
    assert [page.rules.half.itemData(i) for i in range(page.rules.half.count())] == ["上午", "下午", "全天"]


def test_unsaved_question_in_english(english, db, qtbot, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from station_app.ui.pages.settings import SettingsPage

    page = SettingsPage()
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.station.inputs["name"].setText("Station 7")
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.windowTitle(), box.text(), sorted(b.text() for b in box.buttons())))
            next(b for b in box.buttons() if b.text() == "Cancel").click()
        else:
            QTimer.singleShot(10, answer)

    QTimer.singleShot(10, answer)
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: bool(seen))
    title, text, buttons = seen[0]
    assert title == "Unsaved changes" and buttons == ["Cancel", "Discard", "Save"]
    assert "has unsaved changes" in text and not HAN.search(text)


def test_chinese_stays_the_default(app, demo, qtbot):
    from station_app.store.models import Dispute
    from station_app.ui.dialogs.dispute import DisputeDialog
    from station_app.ui.dialogs.ledger_export import LedgerExportDialog
    from station_app.ui.pages.settings import SettingsPage

    dlg = _open(qtbot, DisputeDialog(None, Dispute.select().first(), today=TODAY))
    assert dlg.save_button.text() == "保存" and dlg.ui.tabs.tabText(1) == "当事人"
    assert dlg.windowTitle().startswith("矛盾纠纷调解案件")
    export = _open(qtbot, LedgerExportDialog(None, kind="visits"))
    assert export.windowTitle() == "导出台账" and export.year.suffix() == " 年"
    page = SettingsPage()
    qtbot.addWidget(page)
    assert page.tabs.tabText(0) == "工作站信息"
    assert page.rules.buttons["new"].text() == "新建规则"
    assert page.users.model.horizontalHeaderItem(0).text() == "用户名"

