"""履职活动, 社情民意 and 委员 through their pages: members, people served, photo thumbnails, a member's year."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from records_data import script_dialog, small_station, some_records, type_chinese
from station_app.services import records
from station_app.store import models as M

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]


@pytest.fixture
def station(db):
    s = small_station()
    s.update(some_records(s["members"]))
    return s


def _photo(path):
    img = QImage(320, 240, QImage.Format_RGB32)
    img.fill(QColor("#3c8d5a"))
    assert img.save(str(path))
    return path


def test_activity_with_members_and_photos(qtbot, station, monkeypatch, tmp_path):
    from station_app.services import attachments
    from station_app.ui.dialogs.activity import ActivityDialog
    from station_app.ui.pages.activities import ActivitiesPage

    page = ActivitiesPage()
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    photo = _photo(tmp_path / "现场.png")

    def create(dlg):
        dlg.ui.activity_type.setValue("委员讲堂")
        type_chinese(dlg.ui.title, "防范电信诈骗委员讲堂")
        dlg.ui.people_served.setValue(85)
        dlg.members.edit.setText("陈丽华、赵敏")
        dlg.add_photos([photo])
        assert dlg.photos.count() == 1 and dlg.photos.thumbnails_shown() == 1
        assert dlg.save()

    script_dialog(monkeypatch, ActivityDialog, create)
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    act = M.Activity.get(M.Activity.title == "防范电信诈骗委员讲堂")
    assert act.people_served == 85
    assert records.member_names(records.member_ids(act)) == ["陈丽华", "赵敏"]
    [att] = attachments.list_for(act)
    assert attachments.path_of(att).read_bytes() == photo.read_bytes()

    page.view.bar.category.setCurrentText("委员讲堂")
    assert page.view.model.total == 1 and page.view.model.row_data(0)["members"] == "陈丽华、赵敏"

    def reopen(dlg):
        assert dlg.photos.thumbnails_shown() == 1
        dlg.reject()

    script_dialog(monkeypatch, ActivityDialog, reopen)
    page.open_id(act.id)


def test_opinion_list_and_delete_to_recycle_bin(qtbot, station, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from station_app.ui.dialogs.simple_records import OpinionDialog
    from station_app.ui.pages.opinions import OpinionsPage

    page = OpinionsPage()
    qtbot.addWidget(page)
    page.show()
    page.refresh()

    def create(dlg):
        assert dlg.save() is False and dlg.ui.err_title.isVisible()
        type_chinese(dlg.ui.title, "关于规范农村集体资产管理的建议")
        dlg.ui.adoption.setValue("上级采用")
        assert dlg.save()

    script_dialog(monkeypatch, OpinionDialog, create)
    page.new_record()
    assert page.view.model.total == 2
    page.view.bar.set_status("上级采用")
    assert page.view.model.total == 1
    page.view.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    page.delete_selected()
    assert page.view.model.total == 0
    assert M.Opinion.get(M.Opinion.title == "关于规范农村集体资产管理的建议").deleted


def test_members_by_sector_and_team_and_their_year(qtbot, station, monkeypatch):
    from station_app.ui.dialogs.simple_records import MemberDialog
    from station_app.ui.pages.members import MembersPage

    page = MembersPage()
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.view.model.total == 6
    page.view.bar.category.setCurrentText("民革")
    assert page.view.model.total == 1
    page.view.bar.reset()
    page.view.bar.extra_team.setCurrentText("法律援助")
    assert {r["name"] for r in page.view.model._rows} == {"张建国", "王志强"}
    assert page.view.model.row_data(0)["teams"] == "法律援助"
    page.view.table.selectRow(page.view.model.row_of(station["members"][0].id))
    panel = page.year_panel
    assert panel.name.text() == "张建国（民革）"
    assert panel.values["mediations"].text() == "1"
    assert panel.values["activities"].text() == "1"
    assert panel.values["rank"].text() not in ("", "—")

    def bad_phone(dlg):
        type_chinese(dlg.ui.name, "黄海")
        dlg.ui.sector.setValue("科协")
        dlg.ui.phone.setText("0000")
        assert dlg.save() is False and dlg.ui.err_phone.isVisible()
        assert dlg.ui.name.text() == "黄海"
        dlg.ui.phone.setText("13912345678")
        assert dlg.save()

    script_dialog(monkeypatch, MemberDialog, bad_phone)
    page.new_record()
    m = M.Member.get(M.Member.name == "黄海")
    assert (m.sector, m.status, m.role) == ("科协", "在册", "驻室委员")
    assert dt.date.today()  # the year panel defaults to this year


def test_export_what_is_shown_and_print(qtbot, station, monkeypatch, tmp_path):
    import openpyxl
    from PySide6.QtWidgets import QMessageBox

    from station_app.ui.dialogs import pdf_preview
    from station_app.ui.dialogs.ledger_export import LedgerExportDialog
    from station_app.ui.pages.activities import ActivitiesPage

    records.create("activity", {"date": dt.date.today(), "activity_type": "走访调研", "title": "养老服务中心走访"})
    page = ActivitiesPage()
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.view.bar.category.setCurrentText("走访调研")
    assert page.view.model.total == 1 and page.export_button.isEnabled()
    target = tmp_path / "活动.xlsx"
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.Ok)
    seen = {}

    def run_dialog(dialog):  # the user keeps masking on, picks the file and presses OK
        seen["kind"], seen["masked"] = dialog.kind_key(), not dialog.unmasked.isChecked()
        dialog.path.setText(str(target))
        dialog.start_export()
        qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=30000)
        return 1

    monkeypatch.setattr(LedgerExportDialog, "exec", run_dialog)
    messages = []
    page.status_message.connect(messages.append)
    page.export_shown()
    qtbot.waitUntil(lambda: bool(messages), timeout=30000)
    cells = [c.value for row in openpyxl.load_workbook(target).active.iter_rows() for c in row]
    assert "养老服务中心走访" in cells and "民法典进社区宣讲" not in cells  # only what is shown
    assert seen == {"kind": "activities", "masked": True}

    printed = []
    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "__init__",
                        lambda self, parent, kind, ids, title="", **k: printed.append((kind, list(ids))) or
                        pdf_preview.QDialog.__init__(self, parent))
    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "exec", lambda self: 0)
    page.view.table.selectRow(0)
    page.print_current()
    assert printed == [("activity", [page.view.model.record_id(0)])]
