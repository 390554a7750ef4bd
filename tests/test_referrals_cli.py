"""`station-app due`: overdue and soon-due 交办 items by department, as text and JSON (exit 0)."""

from __future__ import annotations

import datetime as dt
import json

from station_app.cli import main


def _fill(folder):
    from station_app.services import context, reception
    from station_app.services.validation import fixed_today
    from station_app.store.db import close_database, open_database

    open_database(folder / "station.db")
    context.set_actor("tester", "管理员")
    base = {"visitor_name": "王桂兰", "category": "邻里纠纷", "handling": "转交部门办理", "mode": "来信"}
    with fixed_today(dt.date(2026, 12, 3)):
        reception.add_visit(None, {**base, "visit_date": dt.date(2026, 9, 28), "handling_dept": "司法所",
                                   "content": "宅基地边界纠纷"}, [])  # due 2026-10-23
        reception.add_visit(None, {**base, "visit_date": dt.date(2026, 10, 12), "handling_dept": "派出所",
                                   "content": "夜间噪音扰民"}, [])  # due 2026-11-02
        reception.add_visit(None, {**base, "visit_date": dt.date(2026, 10, 20), "handling_dept": "司法所",
                                   "content": "赡养费"}, [])  # due 2026-11-10
    close_database()


def test_due_lists_overdue_and_due_soon_by_department(tmp_path, capsys):
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "init", "--name", "城关镇委员工作站"]) == 0
    _fill(folder)
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "due", "--today", "2026-10-30", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["today"], data["days"], data["overdue"], data["due"]) == ("2026-10-30", 7, 1, 1)
    by_dept = {d["department"]: d for d in data["departments"]}
    assert [x["due_on"] for x in by_dept["司法所"]["overdue"]] == ["2026-10-23"]
    assert by_dept["司法所"]["overdue"][0]["days_left"] == -7 and by_dept["司法所"]["overdue"][0]["kind"] == "visit"
    assert [x["matter"] for x in by_dept["派出所"]["due"]] == ["夜间噪音扰民"]
    assert [d["department"] for d in data["departments"]] == ["司法所", "派出所"]  # most overdue first
    assert main(["--data-dir", str(folder), "due", "--days", "14", "--today", "2026-10-30"]) == 0
    text = capsys.readouterr().out
    assert "已逾期 1 件，14 天内到期 2 件" in text and "【司法所】已逾期 1 件，即将到期 1 件" in text
    assert "逾期7天" in text and "宅基地边界纠纷" in text
    assert main(["--data-dir", str(folder), "due", "--today", "2026-09-01"]) == 0
    assert "没有已逾期或即将到期的交办事项" in capsys.readouterr().out
