"""关联记录 in record dialogs: shown on both sides, a click opens the other record, deleted targets marked."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from station_app.services import conversions, reception, records
from station_app.store import models as M

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]


@pytest.fixture
def converted(db):
    visit = reception.add_visit(None, {"visit_date": dt.date(2026, 3, 5), "visitor_name": "王桂兰",
                                       "content": "邻居占用楼道堆放杂物", "category": "邻里纠纷",
                                       "handling": "转矛盾纠纷调解", "mode": "来信"}, [])
    case = conversions.visit_to_dispute(visit)
    return M.Visit.get_by_id(visit.id), case


def test_link_shown_on_both_sides_and_a_click_opens_the_other(qtbot, app, converted, monkeypatch, tmp_path):
    from station_app.ui.dialogs.dispute import DisputeDialog
    from station_app.ui.dialogs.visit import VisitDialog

    visit, case = converted
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    dlg = VisitDialog(None, visit)
    qtbot.addWidget(dlg)
    label = dlg.links_box.label
    assert dlg.links_box.title() == "关联记录"
    assert case.case_no in label.text() and f"href='dispute:{case.id}'" in label.text()
    label.linkActivated.emit(f"dispute:{case.id}")
    assert isinstance(opened[-1], DisputeDialog) and opened[-1].record.id == case.id
    other = opened[-1]
    qtbot.addWidget(other)
    assert "王桂兰" in other.links_box.label.text() and f"href='visit:{visit.id}'" in other.links_box.label.text()
    other.links_box.label.linkActivated.emit(f"visit:{visit.id}")
    assert isinstance(opened[-1], VisitDialog) and opened[-1].record.id == visit.id
    qtbot.addWidget(opened[-1])
    dlg.show()
    dlg.grab().save(str(tmp_path / "visit-links.png"))


def test_a_deleted_target_is_marked_and_not_clickable(qtbot, app, converted):
    from station_app.ui.dialogs.visit import VisitDialog

    visit, case = converted
    records.soft_delete(case)
    dlg = VisitDialog(None, visit)
    qtbot.addWidget(dlg)
    text = dlg.links_box.label.text()
    assert "（已删除）" in text and "href" not in text


def test_visit_dialog_shows_the_state_of_its_closed_case(qtbot, app, converted):
    from station_app.services import disputes
    from station_app.ui.dialogs.visit import VisitDialog

    visit, case = converted
    from tests.test_visit_follow import ready_to_close

    ready_to_close(case)
    disputes.close_case(case, {"result": "调解成功", "closed_on": dt.date(2026, 3, 20),
                               "agreement_content": "双方同意清理楼道", "agreement_form": "口头"})
    dlg = VisitDialog(None, M.Visit.get_by_id(visit.id))
    qtbot.addWidget(dlg)
    assert dlg.ui.status.value() == "已办结"
