"""The roster's month grid: a day with more duty slots than a cell holds lists the rest in a menu."""

from __future__ import annotations

import datetime as dt

from station_app.ui.widgets.month_calendar import MAX_SHOWN, MonthCalendar


def _rows(day: dt.date, n: int) -> list[dict]:
    return [{"id": 100 + i, "date": day, "half": "上午", "location": f"第{i + 1}工作站", "members": f"委员{i + 1}",
             "state": "计划"} for i in range(n)]


def test_a_crowded_day_shows_some_slots_and_the_rest_in_a_menu(app, qtbot):
    cal = MonthCalendar()
    qtbot.addWidget(cal)
    cal.show()
    day = dt.date(2026, 11, 27)
    cal.set_month(2026, 11, _rows(day, 7))
    cell = next(c for c in cal.cells if c.title.text().split()[:1] == ["27"])
    shown = [b for b in cell.slot_buttons if b.isVisibleTo(cal)]
    assert len(shown) == MAX_SHOWN - 1 and cell.more.isVisibleTo(cal)
    assert cell.more.text() == f"另有 {7 - (MAX_SHOWN - 1)} 次…"
    assert len(cal.slot_ids) == 7 and len(cal.buttons) == MAX_SHOWN - 1
    hidden = cell.hidden_rows[-1]["id"]
    with qtbot.waitSignal(cal.slot_selected) as picked:
        cal.select(hidden)  # what choosing it in the menu does
    assert picked.args == [hidden] and cal.selected_slot() is None

    cal.set_month(2026, 11, _rows(day, MAX_SHOWN))  # exactly as many as fit: no menu
    assert not cell.more.isVisibleTo(cal)
    assert sum(b.isVisibleTo(cal) for b in cell.slot_buttons) == MAX_SHOWN
