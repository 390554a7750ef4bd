"""Search across kinds: short and long Chinese queries, recycle bin excluded, index kept in sync."""

from __future__ import annotations

import datetime as dt

from station_app.services import disputes, records
from station_app.services.search import count, search
from station_app.store import fts
from station_app.store.db import close_database, open_database


def _visit(name="李秀英", content="邻居在公共通道堆放柴草杂物，影响通行", day="2026-03-06"):
    return records.create("visit", {"visit_date": day, "visitor_name": name, "category": "邻里纠纷",
                                    "content": content, "handling": "当场解答"})


def _ids(found, kind):
    return [h.id for h in found.get(kind, [])]


def test_one_two_and_longer_queries_find_records(db):
    v = _visit()
    m = records.create("member", {"name": "王芳", "sector": "社会科学界", "employer": "某某律师事务所 律师"})
    d = disputes.create_dispute({"accepted_on": "2026-03-10", "source": "当事人申请", "dispute_type": "房屋宅基地",
                                 "summary": "双方因宅基地界址不清发生争议"},
                                parties=[{"role": "申请人", "name": "赵德明", "address": "东风村3组"}])
    a = records.create("activity", {"date": "2026-04-02", "activity_type": "普法宣传", "title": "民法典进乡村集市"})
    assert _ids(search("秀"), "visit") == [v.id]  # one character: LIKE
    assert _ids(search("芳"), "member") == [m.id]
    assert _ids(search("杂物"), "visit") == [v.id]  # two characters: LIKE
    assert _ids(search("宅基地"), "dispute") == [d.id]  # three+: trigram MATCH
    assert _ids(search("赵德明"), "dispute") == [d.id]  # a party's name finds its case
    assert _ids(search("民法典进乡村"), "activity") == [a.id]
    assert _ids(search("律师事务所"), "member") == [m.id]
    hit = search("柴草杂物")["visit"][0]
    assert hit.title == "李秀英" and hit.date == dt.date(2026, 3, 6) and "柴草杂物" in hit.snippet
    assert hit.kind_label == "来访登记"
    assert search("火星基地") == {} and search("  ") == {}


def test_several_words_must_all_match(db):
    _visit("张三", "反映路灯损坏")
    b = _visit("李四", "反映路灯损坏，夜间出行不安全")
    assert _ids(search("路灯损坏 出行"), "visit") == [b.id]
    assert _ids(search("路灯损坏 夜间出行"), "visit") == [b.id]
    assert count("路灯损坏") == 2 and count("路灯") == 2


def test_deleted_records_are_not_found_until_restored(db):
    v = _visit()
    records.soft_delete(v)
    assert search("杂物") == {} and search("柴草杂物") == {}
    records.restore(v)
    assert _ids(search("柴草杂物"), "visit") == [v.id]


def test_index_follows_updates_and_party_changes(db):
    v = _visit()
    records.update(v, {"content": "小区电动车飞线充电存在安全隐患"})
    assert search("柴草杂物") == {}
    assert _ids(search("飞线充电"), "visit") == [v.id] and _ids(search("飞线"), "visit") == [v.id]
    d = disputes.create_dispute({"accepted_on": "2026-03-10", "source": "当事人申请", "dispute_type": "邻里",
                                 "summary": "排水沟纠纷"})
    party = disputes.add_party(d, {"role": "被申请人", "name": "钱玉山"})
    assert _ids(search("钱玉山"), "dispute") == [d.id]
    records.soft_delete(party)  # a child row is deleted outright
    assert search("钱玉山") == {}
    v.delete_instance()
    assert search("飞线充电") == {}


def test_user_input_is_quoted(db):
    v = _visit(content='他说"必须当天解决" 100% 完成 a_b')
    for text in ('"必须当天', "100%", "a_b", "AND OR", "*", "NEAR(", "%", "_"):
        search(text)  # never an FTS syntax error
    assert _ids(search('"必须当天解决"'), "visit") == [v.id]
    assert _ids(search("100%"), "visit") == [v.id]
    assert search("a%b") == {}


def test_newest_first_and_limit_per_kind(db):
    for day in range(1, 10):
        _visit(f"来访人{day}", "咨询低保申请条件", f"2026-05-{day:02d}")
    found = search("低保申请", limit=4)["visit"]
    assert [h.title for h in found] == ["来访人9", "来访人8", "来访人7", "来访人6"]
    assert len(search("低保", limit=3)["visit"]) == 3


def test_index_rebuilt_after_version_change(db, data_dir):
    _visit()
    db.execute_sql(f"DROP TRIGGER {fts.MARKER}")
    db.execute_sql("DELETE FROM search_doc")  # an outdated index
    close_database()
    reopened = open_database(data_dir.db_path)
    assert fts.is_current(reopened)
    assert search("柴草杂物")["visit"][0].title == "李秀英"
    reopened.execute_sql("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")


def test_short_words_at_the_very_end_and_any_case(db):
    v = _visit(content="咨询办理低保")
    w = _visit("Tom", "WiFi信号差")
    assert _ids(search("低保"), "visit") == [v.id] and _ids(search("保"), "visit") == [v.id]
    assert _ids(search("wifi"), "visit") == [w.id] and _ids(search("Fi"), "visit") == [w.id]
    assert count("低保") == 1 and count("债") == 0


def test_like_fallback_gives_the_same_answers(db, monkeypatch):
    from station_app.services import search as service

    v = _visit()
    m = records.create("member", {"name": "王芳", "sector": "中共"})
    expected = {q: search(q) for q in ("秀", "杂物", "柴草杂物", "王芳", "芳 中共")}
    assert _ids(expected["芳 中共"], "member") == [m.id] and _ids(expected["杂物"], "visit") == [v.id]
    monkeypatch.setattr(service, "MAX_TOKENS", 0)  # short terms: too many trigrams → LIKE
    assert {q: search(q) for q in expected} == expected
    monkeypatch.setattr(service.fts, "available", lambda db: False)  # SQLite without FTS5
    assert {q: search(q) for q in expected} == expected
    assert count("杂物") == 1
