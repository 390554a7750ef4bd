"""Long work off the GUI thread: closing a preview mid-render, asking before a big print, 统计 in a worker."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest

TODAY = dt.date(2026, 9, 14)


@pytest.fixture
def demo(app, db):
    from PySide6.QtGui import QFontDatabase

    from station_app.outputs.sheets.fonts import font_path
    from station_app.services import demo

    QFontDatabase.addApplicationFont(str(font_path()))
    demo.generate(2026, seed=3, today=TODAY)
    return db


def _dispute_ids():
    from station_app.store.models import Dispute

    return [d.id for d in Dispute.alive()]


def test_closing_a_preview_mid_render_returns_at_once_and_cleans_up(demo, qtbot):
    from station_app.ui.dialogs.pdf_preview import PdfPreviewDialog

    ids = _dispute_ids()  # 48 dossiers ≈ 590 pages: several seconds of rendering
    dialog = PdfPreviewDialog(None, "dispute", ids, title="全部卷宗")
    job, folder = dialog.job, dialog._dir
    dialog.show()
    qtbot.waitUntil(lambda: job.dialog.value() >= 1 or job.dialog.maximum() > 0, timeout=30000)
    assert job.running
    start = time.perf_counter()
    dialog.reject()
    took = time.perf_counter() - start
    assert took < 1.0, f"closing the preview took {took:.2f} s"
    assert not dialog.isVisible() and dialog.result() == 0
    dialog.deleteLater()  # the dialog is gone while its worker may still be running
    qtbot.waitUntil(lambda: not job.running, timeout=60000)
    qtbot.wait(50)  # the worker's end reaches the GUI thread: nothing touches the deleted dialog
    assert not folder.exists()  # its temporary folder is removed once the worker ended
    assert not dialog.pdf_path


def test_stop_all_at_exit_cancels_and_waits(demo, qtbot, tmp_path):
    from station_app.outputs import Cancelled
    from station_app.ui import jobs

    left = tmp_path / "left.part"
    left.write_text("x")
    steps = []

    def work(progress, cancel):
        for i in range(10000):
            if cancel():
                raise Cancelled()
            steps.append(i)
            time.sleep(0.01)

    job = jobs.Job(None, "长任务", work).start()
    job.abandon(lambda: left.unlink())
    assert jobs.stop_all(timeout=10)
    assert not job.running and not left.exists() and len(steps) < 10000


@pytest.fixture
def visits_page(demo, qtbot, monkeypatch):
    from station_app.ui.dialogs import pdf_preview
    from station_app.ui.pages.reception import ReceptionPage

    opened = []
    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "__init__",
                        lambda self, parent, kind, ids, title="", year=None: opened.append((kind, list(ids))))
    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "exec", lambda self: 0)
    page = ReceptionPage()
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    page.tabs.setCurrentIndex(1)  # 来访登记
    page.opened = opened
    return page


def _answer(monkeypatch, pick: str | None):
    """Stand in for the user at the 打印范围 question: record it, press the button whose text starts with *pick*."""
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def exec_(box):
        asked.append((box.text(), [b.text() for b in box.buttons()]))
        for b in box.buttons():
            if pick and b.text().startswith(pick) or pick is None and box.buttonRole(b) == QMessageBox.RejectRole:
                b.click()
                return 0
        raise AssertionError(f"no button {pick!r} in {asked[-1]}")

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def _select_rows(view, rows):
    from PySide6.QtCore import QItemSelectionModel

    sm = view.table.selectionModel()
    sm.clearSelection()
    for r in rows:
        sm.select(view.model.index(r, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)


def test_print_with_nothing_selected_asks_for_the_whole_list(visits_page, monkeypatch):
    page = visits_page
    shown = page.view.model.shown_ids()
    assert len(shown) == 232
    asked = _answer(monkeypatch, None)  # the clerk cancels: nothing is rendered
    page.print_current()
    text, buttons = asked[0]
    assert "没有选中记录" in text
    assert [b for b in buttons if b.startswith("全部")] == ["全部 232 条（约 232 页）"]
    assert not any(b.startswith("打印选中") for b in buttons)
    assert page.opened == []
    _answer(monkeypatch, "全部")
    page.print_current()
    assert page.opened == [("visit", shown)]


def test_print_with_several_selected_offers_selected_or_all(visits_page, monkeypatch):
    page = visits_page
    _select_rows(page.view, [0, 1, 2])
    chosen = page.view.selected_ids()
    asked = _answer(monkeypatch, "打印选中")
    page.print_current()
    assert "选中了 3 条" in asked[0][0]
    assert asked[0][1][:2] == ["打印选中的 3 条（约 3 页）", "全部 232 条（约 232 页）"]
    assert page.opened == [("visit", chosen)]


def test_print_one_selected_record_does_not_ask(visits_page, monkeypatch):
    page = visits_page
    _select_rows(page.view, [4])
    asked = _answer(monkeypatch, "打印选中")
    page.print_current()
    assert asked == [] and page.opened == [("visit", page.view.selected_ids())]


def test_dossier_pages_are_estimated_from_the_kind(demo, qtbot, monkeypatch):
    from station_app.ui.pages.list_page import print_scope

    asked = _answer(monkeypatch, None)
    ids = _dispute_ids()
    assert print_scope(None, "dispute", [], ids) is None
    assert asked[0][1][0] == f"全部 {len(ids)} 条（约 {len(ids) * 12} 页）"  # a dossier prints ≈ 12 pages


def test_stats_period_switched_while_computing_shows_the_latest(demo, qtbot):
    from station_app.services import stats
    from station_app.ui.pages.stats import StatsPage

    page = StatsPage(today=TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.period_bar.set_period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    page.period_bar.set_period(dt.date(2026, 4, 1), dt.date(2026, 4, 30))  # before the first is ready
    assert page.busy.isVisible()
    qtbot.waitUntil(lambda: not page.computing, timeout=60000)
    qtbot.waitUntil(lambda: not any(t.name == "figures" for t in threading.enumerate()), timeout=60000)
    qtbot.wait(50)  # the superseded year's result has come too, and was dropped
    april = stats.compute(dt.date(2026, 4, 1), dt.date(2026, 4, 30), today=TODAY)
    shown = page.findChild(type(page.period_bar.error), "figure:接待来访:来访登记")
    assert shown.text() == f"{april['reception']['visits']} 件"
    assert page.rank_model.rowCount() == len(stats.member_figures(dt.date(2026, 4, 1), dt.date(2026, 4, 30),
                                                                  today=TODAY))
