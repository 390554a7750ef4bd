"""撤销 in the main window: the notice bar after a delete, Ctrl+Z, and the refusal after a later change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from station_app.services import context, records
from station_app.store import models as M


@pytest.fixture
def window(app, db, data_dir, window_settings, qtbot):
    from station_app.ui.main_window import MainWindow

    context.set_actor("setup", "管理员")
    records.create("member", {"name": "张建国", "sector": "民革"})
    context.set_actor("tester", "管理员")
    w = MainWindow(data_dir, window_settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _delete_member(window, monkeypatch):
    page = window.show_page("members")
    member = M.Member.get(M.Member.name == "张建国")
    page.refresh()
    assert page.view.select_id(member.id)
    table = page.view.table
    table.selectionModel().select(table.model().index(page.view.model.row_of(member.id), 0),
                                  QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
    assert page.view.selected_ids() == [member.id]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    page.delete_selected()
    assert M.Member.get_by_id(member.id).deleted
    return member


def test_delete_offers_undo_and_ctrl_z_restores(window, qtbot, monkeypatch, tmp_path):
    member = _delete_member(window, monkeypatch)
    bar = window.undo_bar
    assert bar.isVisible() and "删除" in bar.label.text() and bar.undo_button.text() == "撤销"
    window.grab().save(str(tmp_path / "undo-bar.png"))
    window.nav.setFocus()
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert not M.Member.get_by_id(member.id).deleted
    assert not bar.isVisible()
    assert M.AuditLog.select().where(M.AuditLog.action == "undo", M.AuditLog.username == "tester").count() == 1
    assert "已撤销" in window.statusBar().currentMessage()


def test_undo_refused_after_a_later_change(window, qtbot, monkeypatch):
    member = _delete_member(window, monkeypatch)
    context.set_actor("other", "管理员")
    records.restore(M.Member.get_by_id(member.id))
    context.set_actor("tester", "管理员")
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a: said.append(text))
    qtbot.mouseClick(window.undo_bar.undo_button, Qt.LeftButton)
    assert said and "不能撤销" in said[0]
    assert not M.Member.get_by_id(member.id).deleted
