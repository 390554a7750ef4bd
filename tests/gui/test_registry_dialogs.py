"""Record dialogs read the registry at run time: labels and "*" from services.fields, child-table columns
from services.registry, and 保存并登记下一位 clearing every field not kept for the next visitor."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from station_app.services import records
from station_app.services.fields import KINDS, kind_of
from station_app.services.normalize import id_check_digit
from station_app.services.registry import DIALOG_OF, ENTRIES

pytestmark = [pytest.mark.gui]


@pytest.mark.parametrize("kind", [k for k in DIALOG_OF if k != "referral"])
def test_dialog_labels_and_required_marks_come_from_the_registry(qtbot, db, kind):
    from station_app.ui.dialogs.open_record import dialog_for

    dlg = dialog_for(None, kind, None)
    qtbot.addWidget(dlg)
    k = KINDS[kind]
    checked = 0
    for f in k.fields:
        label = getattr(dlg.ui, f"label_{f.name}", None)
        if label is None and isinstance(getattr(dlg.ui, f.name, None), QCheckBox):
            label = getattr(dlg.ui, f.name)
        if label is None:
            continue
        if kind == "dispute" and f.name == "occupation":
            continue
        assert label.text() == f.label + ("*" if f.required else ""), f"{kind}.{f.name}"
        checked += 1
    assert checked >= len(k.fields) - 2
    members = getattr(dlg.ui, "label_members", None)
    if members is not None:
        assert members.text() == k.members_label + ("*" if k.members_required else "")


def test_child_tables_show_the_registry_columns(qtbot, db):
    from station_app.ui.dialogs.dispute import DisputeDialog
    from station_app.ui.dialogs.topic import TopicDialog

    dlg = DisputeDialog(None, None)
    qtbot.addWidget(dlg)
    for relation, table in (("parties", dlg.parties), ("sessions", dlg.sessions), ("followups", dlg.followups)):
        expected = [label for _k, label in ENTRIES["dispute"].child(relation).column_labels()]
        model = table.model
        assert [model.headerData(i, Qt.Horizontal) for i in range(model.columnCount())] == expected
    assert ENTRIES["dispute"].child("parties").column_labels()[1] == ("name", kind_of("party").field("name").label)
    topic = TopicDialog(None, None)
    qtbot.addWidget(topic)
    model = topic.meetings.model
    assert [model.headerData(i, Qt.Horizontal) for i in range(model.columnCount())] == [
        "协商日期", "形式", "地点", "参加委员", "协商要点", "形成共识"]


SAMPLE = {"text": "某值", "longtext": "一段文字", "phone": "13912345678",
          "id_number": "11010119900307777" + id_check_digit("11010119900307777"), "department": "镇民政办", "int": 7}


def _fill(dlg) -> None:
    """A value in every field of the visit dialog (what the previous visitor left)."""
    from station_app.ui.dialogs.record_dialog import write_widget

    for f in dlg.fields:
        w = getattr(dlg.ui, f.name)
        if f.type == "date":
            value = dt.date.today() - dt.timedelta(days=1)
        elif f.type == "time":
            value = "09:30"
        elif f.choices:
            value = f.choices[-1]
        elif f.type == "lookup":
            value = w.itemData(w.count() - 1) or w.itemText(w.count() - 1)
        else:
            value = SAMPLE.get(f.type, "某值")
        write_widget(w, value)


def _shown(dlg, name):
    from station_app.ui.widgets.date_edit import DateEdit

    w = getattr(dlg.ui, name)
    if isinstance(w, DateEdit):
        return w.value()
    for getter in ("value", "toPlainText", "text"):
        if hasattr(w, getter):
            return getattr(w, getter)()
    raise AssertionError(name)


def test_save_and_next_clears_every_field_not_kept_for_the_next_visitor(qtbot, db):
    from station_app.ui.dialogs.visit import VisitDialog

    records.create("member", {"name": "张建国", "sector": "民革"})
    blank = VisitDialog(None)  # what a new registration shows
    qtbot.addWidget(blank)
    fresh = {f.name: _shown(blank, f.name) for f in blank.fields}
    dlg = VisitDialog(None)
    qtbot.addWidget(dlg)
    _fill(dlg)
    dlg.ui.status.setValue("")  # 办结 needs a result; any status is cleared anyway
    dlg.ui.followup_date.setValue(None)
    dlg.ui.satisfaction.setValue("")
    dlg.ui.followup_note.setPlainText("")
    filled = {f.name: _shown(dlg, f.name) for f in dlg.fields}
    dlg.save_and_next()
    errors = {n: w.text() for n, w in vars(dlg.ui).items() if n.startswith("err_") and w.text()}
    assert dlg.saved_count == 1, (dlg.general_error.text(), errors)
    for f in kind_of("visit").fields:
        now = _shown(dlg, f.name)
        if f.keep_for_next:
            assert now == filled[f.name], f"{f.name} should be kept"
        else:
            expected = fresh[f.name] if f.name not in ("status",) else ""
            assert now in (expected, "", None, f.default), f"{f.name} carried {now!r} into the next visitor"
            if filled[f.name] not in ("", None, 0, f.default):
                assert now != filled[f.name], f"{f.name} carried {now!r} into the next visitor"
