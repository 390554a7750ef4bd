"""Shared helpers of the record pages' GUI tests: a small realistic station and Chinese typing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from station_app.services import records


def type_chinese(widget, text: str) -> None:
    """Commit *text* through the input method, as a Chinese IME does (never keyClicks with Chinese)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


MEMBERS = (("张建国", "民革", "县人民医院 副院长"), ("李秀英", "农业界", "红星村 党支部书记"),
           ("王志强", "经济界", "县工商联 副主席"), ("陈丽华", "教育界", "实验小学 校长"),
           ("刘洋", "社会福利和社会保障界", "县民政局 科长"), ("赵敏", "医药卫生界", "中医院 主任医师"))


def small_station(today: dt.date | None = None) -> dict:
    """Members, a weekly Friday rule, today's duty slot and a few records of each kind."""
    from station_app.services import duty
    from station_app.store.models import ReceptionRule, WorkTeam

    today = today or dt.date.today()
    members = [records.create("member", {"name": n, "sector": s, "employer": e, "role": "驻室委员"})
               for n, s, e in MEMBERS]
    team = records.create("work_team", {"name": "法律援助"}, members=[members[0].id, members[2].id])
    records.save_raw(ReceptionRule(name="每周五上午", kind="weekly", weekdays=[4], half="上午", members_per_session=2,
                                   location="镇委员工作站"))
    slot = duty.create_slot(today, "上午", "镇委员工作站", [members[0].id, members[1].id])
    return {"members": members, "team": team, "slot": slot, "today": today,
            "rule": ReceptionRule.get(), "work_team": WorkTeam.get()}


def some_records(members) -> dict:
    from station_app.services import disputes, reception, topics

    d0 = dt.date.today() - dt.timedelta(days=40)
    day = reception.open_day(date=d0, half="上午", location="镇委员工作站", member_ids=[members[2].id, members[3].id])
    v1 = reception.add_visit(day, {"visitor_name": "周桂芳", "category": "邻里纠纷",
                                   "content": "邻居违建挡光，多次协商未果", "handling": "转交部门办理"})
    v2 = reception.add_visit(day, {"visitor_name": "吴大海", "category": "交通出行",
                                   "content": "村口道路破损，雨天积水严重", "handling": "政策咨询", "people_count": 3})
    v3 = reception.add_visit(day, {"visitor_name": "郑小红", "category": "交通出行", "content": "学校门口缺少减速带",
                                   "handling": "当场解答"})
    case = disputes.create_dispute({"accepted_on": d0, "source": "当事人申请", "dispute_type": "邻里",
                                    "summary": "宅基地界址争议，双方各执一词"},
                                   [members[0].id], [{"role": "申请人", "name": "孙立"},
                                                     {"role": "被申请人", "name": "钱明"}])
    topic = topics.create_topic({"title": "老旧小区加装电梯", "proposed_on": d0, "source": "群众反映"})
    act = records.create("activity", {"date": d0, "activity_type": "普法宣传", "title": "民法典进社区宣讲",
                                      "people_served": 120, "location": "幸福社区"},
                         members=[members[0].id, members[4].id])
    op = records.create("opinion", {"title": "关于加强农村道路养护的建议", "reporter": "王志强", "submitted_on": d0})
    return {"day": day, "visits": [v1, v2, v3], "dispute": case, "topic": topic, "activity": act, "opinion": op}


def script_dialog(monkeypatch, cls, script):
    """Replace the modal `exec()` of *cls* by *script(dialog)* acting on the real widgets; returns the dialogs."""
    opened = []

    def fake_exec(self):
        opened.append(self)
        self.show()
        script(self)
        self.hide()
        return self.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return opened
