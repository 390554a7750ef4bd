"""年度报告文字… dialog: opened from the 统计 page, counts characters, saves per year, asks before losing text."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from station_app.services import report_text


@pytest.fixture
def open_dialog(qtbot):
    """Opens the dialog; at the end its text counts as saved, so closing it asks nothing (no modal box)."""
    from station_app.ui.dialogs.report_text import ReportTextDialog

    made = []

    def make(year=2026):
        dialog = ReportTextDialog(year=year)  # closed here, not by qtbot (which closes before fixtures end)
        dialog.show()
        made.append(dialog)
        return dialog
    yield make
    for dialog in made:
        dialog._saved = dialog.current()
        dialog.close()
        dialog.deleteLater()


def test_dialog_saves_the_texts_of_the_year(app, db, open_dialog, type_text):
    report_text.save(2025, problems="去年的问题")
    dialog = open_dialog()
    problems, plans = dialog.boxes["problems"], dialog.boxes["plans"]
    assert problems.toPlainText() == "" and dialog.counters["problems"].text() == "0 / 3000 字"
    type_text(problems, "一是宣传不够。")
    problems.appendPlainText("二是回访不及时。")
    type_text(plans, "加强宣传。")
    assert dialog.counters["problems"].text() == "15 / 3000 字"  # the line break is not counted
    assert dialog.counters["plans"].text() == "5 / 3000 字"
    dialog.buttons.button(QDialogButtonBox.Save).click()
    assert report_text.texts(2026) == {"problems": "一是宣传不够。\n二是回访不及时。", "plans": "加强宣传。"}
    assert "已保存2026年" in dialog.status.text()
    dialog.year.setValue(2025)  # nothing unsaved: the other year loads without a question
    assert problems.toPlainText() == "去年的问题" and plans.toPlainText() == ""


def test_switching_year_with_unsaved_text_asks(app, db, open_dialog, monkeypatch):
    dialog = open_dialog()
    dialog.boxes["plans"].setPlainText("还没保存")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Cancel)
    dialog.year.setValue(2027)
    assert dialog.year.value() == 2026 and dialog.boxes["plans"].toPlainText() == "还没保存"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Save)
    dialog.year.setValue(2027)
    assert report_text.texts(2026)["plans"] == "还没保存" and dialog.boxes["plans"].toPlainText() == ""


def test_too_long_text_is_marked_and_not_saved(app, db, open_dialog, monkeypatch):
    dialog = open_dialog()
    dialog.boxes["problems"].setPlainText("问" * 3002)
    assert "超出 2 字" in dialog.counters["problems"].text()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    dialog.buttons.button(QDialogButtonBox.Save).click()
    assert warned and "「存在问题」最多3000字" in warned[0]
    assert report_text.texts(2026)["problems"] == ""


def test_read_only_inspector_cannot_edit(app, db, open_dialog):
    from station_app.services import context

    context.set_actor("inspector", "只读检查")
    dialog = open_dialog()
    assert dialog.boxes["problems"].isReadOnly()
    assert not dialog.buttons.button(QDialogButtonBox.Save).isEnabled()


def test_stats_page_opens_the_dialog_for_its_year(app, db, qtbot, monkeypatch):
    from station_app.ui.dialogs import report_text as dialog_module
    from station_app.ui.pages.stats import StatsPage

    opened = []
    monkeypatch.setattr(dialog_module.ReportTextDialog, "exec", lambda self: opened.append(self.year.value()))
    page = StatsPage(today=dt.date(2026, 9, 14))
    qtbot.addWidget(page)
    page.period_bar.set_period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert page.report_text_button.text() == "年度报告文字…"
    page.report_text_button.click()
    assert opened == [2025]


def test_ledger_export_dialog_offers_the_mediation_ledger(app, db, qtbot):
    from station_app.ui.dialogs.ledger_export import LedgerExportDialog

    dialog = LedgerExportDialog(kind="mediation")
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "mediation"
    assert dialog.kind.currentText() == "人民调解工作统计表"


def test_stats_page_shows_agreement_amount_and_prevented_cases(app, db, qtbot):
    from PySide6.QtWidgets import QLabel

    from station_app.store.models import Dispute
    from station_app.ui.pages.stats import StatsPage

    Dispute.create(case_no="〔2026〕调字第001号", case_year=2026, case_seq=1, accepted_on=dt.date(2026, 3, 2),
                   result="调解成功", agreement_amount=8000, prevented_petition_cases=1, prevented_petition_people=12)
    page = StatsPage(today=dt.date(2026, 9, 14))
    qtbot.addWidget(page)
    page.period_bar.set_period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    page.load_now()  # the figures are computed off the GUI thread; here at once
    shown = {w.objectName(): w.text() for w in page.findChildren(QLabel) if w.objectName().startswith("figure:")}
    assert shown["figure:矛盾纠纷调解:协议涉及金额"] == "8,000.00 元"
    assert shown["figure:矛盾纠纷调解:防止群体性上访"] == "1 件 / 12 人"
    assert shown["figure:矛盾纠纷调解:防止民转刑"] == "0 件 / 0 人"
