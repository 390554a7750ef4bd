"""The clerk's week: today's reception day in the header once opened, one photo once, photos removable."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from station_app.services import attachments, reception, records
from station_app.store import models as M

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]


def _photo(path, color="#3366aa"):
    image = QImage(64, 48, QImage.Format_RGB32)
    image.fill(QColor(color))
    image.save(str(path))
    return path


def test_reception_header_follows_a_day_opened_without_a_roster_slot(qtbot, app, db):
    from station_app.ui.pages.reception import ReceptionPage

    member = records.create("member", {"name": "张建国", "sector": "民革"})
    page = ReceptionPage()
    qtbot.addWidget(page)
    page.refresh()
    assert "没有今天的接待安排" in page.today_label.text()
    day = reception.open_day(date=dt.date.today(), half="上午", location="工作站", member_ids=[member.id])
    page.show_record("reception_day", day.id)  # as the home page's 「开始今天的接待日」 does
    text = page.today_label.text()
    assert "已开启" in text and "张建国" in text and "没有今天的接待安排" not in text
    assert page.open_today_button.isEnabled() and page.open_today_button.text() == "转到今日接待日"
    assert page.days.current_id() == day.id


def test_same_photo_twice_is_refused_and_a_photo_can_be_removed(qtbot, app, db, tmp_path, monkeypatch):
    from station_app.ui.dialogs.activity import ActivityDialog

    act = records.create("activity", {"date": "2026-03-15", "activity_type": "普法宣传", "title": "送法进社区"})
    photo = _photo(tmp_path / "现场.png")
    copy = tmp_path / "现场副本.png"
    copy.write_bytes(photo.read_bytes())
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: said.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    dlg = ActivityDialog(None, act)
    qtbot.addWidget(dlg)
    dlg.add_photos([photo])
    dlg.add_photos([copy])
    assert dlg.photos.count() == 1 and len(attachments.list_for(act)) == 1
    assert said and "已经添加过" in said[-1]
    assert not dlg.remove_photo_button.isEnabled()
    dlg.photos.item(0).setSelected(True)
    assert dlg.remove_photo_button.isEnabled()
    assert dlg.remove_selected_photo() is True
    assert dlg.photos.count() == 0 and attachments.list_for(act) == []
    assert M.Attachment.get().deleted  # in the recycle bin, restorable


def test_new_record_does_not_take_the_same_photo_twice(qtbot, app, db, tmp_path, monkeypatch):
    from station_app.ui.dialogs.activity import ActivityDialog

    photo = _photo(tmp_path / "合影.png", "#aa3333")
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    dlg = ActivityDialog(None)
    qtbot.addWidget(dlg)
    dlg.add_photos([photo])
    dlg.add_photos([photo])
    assert dlg.pending_photos == [photo] and dlg.photos.count() == 1
    dlg.photos.item(0).setSelected(True)
    dlg.remove_selected_photo()
    assert dlg.pending_photos == [] and dlg.photos.count() == 0
