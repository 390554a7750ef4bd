"""The list pages' queries: filters, sorting, paging, counts and per-page member names."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.services import listing, records
from station_app.services.listing import Filter


@pytest.fixture
def people(db):
    a = records.create("member", {"name": "张建国", "sector": "民革"})
    b = records.create("member", {"name": "李秀英", "sector": "农业界", "status": "退出"})
    return a, b


def _visit(day, name, members, category="邻里纠纷", content="楼上漏水", status="待办"):
    return records.create("visit", {
        "visit_date": day, "visitor_name": name, "category": category, "content": content,
        "handling": "当场解答", "people_count": 2, "status": status}, members=members)


def test_filters_count_and_page_agree(people):
    a, b = people
    for i in range(25):
        _visit(dt.date(2026, 3, 1) + dt.timedelta(days=i), f"来访人{i:02d}", [a.id] if i % 2 else [a.id, b.id],
               category="婚姻家庭" if i < 5 else "邻里纠纷", status="已办结" if i % 5 == 0 else "待办")
    assert listing.count("visit") == 25
    assert listing.count("visit", Filter(category="婚姻家庭")) == 5
    assert listing.count("visit", Filter(status="已办结")) == 5
    assert listing.count("visit", Filter(member_id=b.id)) == 13
    assert listing.count("visit", Filter(start=dt.date(2026, 3, 10), end=dt.date(2026, 3, 14))) == 5
    assert listing.count("visit", Filter(text="来访人1")) == 10
    assert listing.count("visit", Filter(text="李秀英")) == 13  # a receiving member's name matches too
    assert listing.count("visit", Filter(text="%")) == 0  # LIKE wildcards are taken literally
    page1 = listing.fetch("visit", limit=10)
    page3 = listing.fetch("visit", offset=20, limit=10)
    assert [r["visitor_name"] for r in page1][:2] == ["来访人24", "来访人23"]  # newest first
    assert len(page3) == 5
    assert page1[0]["members"] == "张建国、李秀英" and page1[1]["members"] == "张建国"
    asc = listing.fetch("visit", sort="visitor_name", descending=False, limit=3)
    assert [r["visitor_name"] for r in asc] == ["来访人00", "来访人01", "来访人02"]
    assert listing.ids("visit", Filter(category="婚姻家庭"), "visit_date", False) == [
        r["id"] for r in listing.fetch("visit", Filter(category="婚姻家庭"), sort="visit_date", descending=False)]


def test_deleted_rows_are_not_listed(people):
    a, _ = people
    v = _visit(dt.date(2026, 3, 1), "王五", [a.id])
    records.soft_delete(v)
    assert listing.count("visit") == 0
    assert listing.fetch("visit") == []


def test_dispute_deadline_states(db):
    from station_app.services import disputes

    old = disputes.create_dispute({"accepted_on": dt.date(2026, 1, 2), "source": "当事人申请", "dispute_type": "邻里",
                                   "summary": "院墙"},
                                  parties=[{"role": "申请人", "name": "赵甲"}, {"role": "被申请人", "name": "钱乙"}])
    disputes.create_dispute({"accepted_on": dt.date(2026, 1, 25), "source": "当事人申请", "dispute_type": "合同",
                             "summary": "货款"})
    today = dt.date(2026, 2, 5)
    assert listing.count("dispute", Filter(status="已超期", today=today)) == 1
    assert listing.count("dispute", Filter(status="办理中", today=today)) == 2
    assert listing.count("dispute", Filter(text="钱乙")) == 1  # parties are searched
    rows = {r["id"]: r for r in listing.fetch("dispute", Filter(today=today))}
    assert rows[old.id]["_state"] == "overdue"
    assert rows[old.id]["deadline"] == dt.date(2026, 2, 2)
    assert rows[old.id]["parties"] == "赵甲、钱乙"


def test_member_list_filters_and_choices(people):
    assert listing.count("member", Filter(status="在册")) == 1
    assert listing.count("member", Filter(category="农业界")) == 1
    assert [c.name for c in listing.member_choices()] == ["张建国"]
    assert [c.name for c in listing.member_choices(include_retired=True)] == ["张建国", "李秀英"]


def test_topic_steps_filter(db):
    from station_app.services import topics

    t = topics.create_topic({"title": "老旧小区加装电梯", "proposed_on": dt.date(2026, 3, 1)})
    topics.advance(t, 2, dt.date(2026, 3, 5))
    assert listing.count("topic", Filter(status="确定议题")) == 1
    assert listing.count("topic", Filter(status="收集议题")) == 0
    assert listing.fetch("topic")[0]["step"] == 2


def test_one_query_per_computed_column(people):
    """Member names for a whole page come from one query, not one per row (no N+1)."""
    from station_app.store.base import database_proxy

    a, b = people
    for i in range(30):
        _visit(dt.date(2026, 4, 1), f"群众{i}", [a.id, b.id])
    db = database_proxy.obj
    seen = []
    original = db.execute_sql

    def counting(sql, params=None, *args, **kw):
        seen.append(sql)
        return original(sql, params, *args, **kw)

    db.execute_sql = counting
    try:
        rows = listing.fetch("visit", limit=30)
    finally:
        db.execute_sql = original
    assert len(rows) == 30 and all(r["members"] for r in rows)
    assert len(seen) == 2


def test_followups_due_listed_and_marked(db):
    from station_app.services import disputes

    case = disputes.create_dispute({"accepted_on": dt.date(2026, 1, 2), "source": "当事人申请", "dispute_type": "邻里",
                                    "summary": "院墙"}, parties=[{"role": "申请人", "name": "赵甲"}])
    for paper in ("当事人权利义务告知书", "当事人身份证明"):
        disputes.set_paper(case, paper)
    disputes.add_session(case, {"date": dt.date(2026, 1, 5), "process": "调解"})
    disputes.close_case(case, {"result": "调解成功", "agreement_form": "口头", "agreement_content": "当场和解",
                               "closed_on": dt.date(2026, 1, 20)})
    today = dt.date(2026, 3, 1)
    assert listing.count("dispute", Filter(status="应回访", today=today)) == 1
    [row] = listing.fetch("dispute", Filter(today=today))
    assert row["_state"] == "followup" and row["deadline"] == dt.date(2026, 2, 4)
    disputes.add_followup(case, {"date": dt.date(2026, 2, 10), "visitor": "王志强", "content": "已履行"})
    assert listing.count("dispute", Filter(status="应回访", today=today)) == 0
    assert listing.fetch("dispute", Filter(today=today))[0]["_state"] == ""
