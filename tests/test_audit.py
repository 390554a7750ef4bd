"""操作日志 read back: filters, paging, Chinese descriptions with field labels, masking, who may read, CLI."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.cli import main
from station_app.services import accounts, audit, context, disputes, logins, records
from station_app.services.errors import PermissionDenied
from station_app.services.normalize import id_check_digit
from station_app.store.models import AuditLog, Member

ID17 = "11010519491231002"
ID_NUMBER = ID17 + id_check_digit(ID17)


def visit_data(**kw):
    data = {"visit_date": dt.date(2026, 11, 6), "visitor_name": "王大爷", "visitor_phone": "13800138000",
            "category": "社会保障", "content": "咨询城乡居民养老保险补缴政策", "handling": "政策咨询",
            "people_count": 1}
    data.update(kw)
    return data


@pytest.fixture
def changed(db):
    """A visit created by 张三, updated (status, phone, ID number) by 李四, deleted and restored by admin."""
    with context.acting_as("zhangsan", "录入员"):
        visit = records.create("visit", visit_data())
    with context.acting_as("lisi", "录入员"):
        records.update(visit, {"status": "已办结", "visitor_phone": "13912345678", "visitor_id_number": ID_NUMBER})
    records.soft_delete(visit)
    records.restore(visit)
    return visit


def test_update_is_described_with_field_labels_old_and_new_values_masked(changed):
    entries = audit.history("visit", changed.id)
    assert [e.action_label for e in entries] == ["恢复", "删除", "修改", "新建"]  # newest first
    update = entries[2]
    assert update.username == "lisi" and update.record_text == "来访登记「王大爷」"
    texts = [c.text() for c in update.changes]
    assert "办理状态：待办 → 已办结" in texts
    assert "联系电话：138****8000 → 139****5678" in texts
    assert f"身份证号：（空） → {ID_NUMBER[:3]}{'*' * 11}{ID_NUMBER[-4:]}" in texts
    assert not any("13912345678" in t or ID_NUMBER in t for t in texts)
    assert "更新时间" not in update.summary() and "updated" not in update.summary()


def test_create_lists_the_values_and_delete_restore_say_only_what_happened(changed):
    create = audit.history("visit", changed.id)[-1]
    assert create.action_label == "新建" and create.username == "zhangsan"
    texts = [c.text() for c in create.changes]
    assert "来访人：王大爷" in texts and "诉求类别：社会保障" in texts
    assert "联系电话：138****8000" in texts
    deleted, restored = audit.history("visit", changed.id)[1], audit.history("visit", changed.id)[0]
    assert (deleted.action_label, deleted.changes) == ("删除", [])
    assert (restored.action_label, restored.changes) == ("恢复", [])


def test_filters_by_user_kind_action_text_and_period(changed):
    Member.create(name="张建国", sector="经济界")
    records.create("member", {"name": "刘海燕", "sector": "经济界", "phone": "13700001111"})
    everything = audit.count()
    assert everything >= 5
    assert audit.count(audit.LogFilter(username="lisi")) == 1
    assert audit.count(audit.LogFilter(kind="visit")) == 4
    assert audit.count(audit.LogFilter(kind="member")) == 1
    assert audit.count(audit.LogFilter(kind="visit", action="删除")) == 1
    assert audit.count(audit.LogFilter(action="update")) == 1
    assert audit.count(audit.LogFilter(text="刘海燕")) == 1
    assert audit.count(audit.LogFilter(text="100%_")) == 0  # LIKE wildcards are plain text
    by_name = audit.fetch(audit.LogFilter(text="王大爷"))  # the updates hold only changed fields, still found
    assert [e.action_label for e in by_name] == ["恢复", "删除", "修改", "新建"]
    today = dt.date.today()
    assert audit.count(audit.LogFilter(start=today, end=today)) == everything
    assert audit.count(audit.LogFilter(end=today - dt.timedelta(days=1))) == 0
    assert audit.count(audit.LogFilter(start=today + dt.timedelta(days=1))) == 0
    assert "zhangsan" in audit.users() and ("visit", "来访登记") in audit.kinds()


def test_pages_come_newest_first_without_gaps_or_repeats(db):
    for i in range(25):
        records.create("member", {"name": f"委员{i:02d}", "sector": "经济界"})
    flt = audit.LogFilter(kind="member")
    first, second = audit.fetch(flt, 0, 10), audit.fetch(flt, 10, 20)
    assert first[0].title == "委员24" and len(first) == 10 and len(second) == 15
    ids = [e.id for e in first + second]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 25 == audit.count(flt)


def test_history_includes_the_rows_a_case_owns(db):
    case = disputes.create_dispute({"accepted_on": dt.date(2026, 11, 2), "source": "当事人申请", "dispute_type": "邻里",
                                    "summary": "相邻宅基地排水沟引发争执"},
                                   parties=[{"role": "申请人", "name": "赵老三", "id_number": ID_NUMBER}])
    party = case.parties[0]
    records.soft_delete(party)  # a child row: deleted outright, still in the history
    texts = [(e.action_label, e.kind_label) for e in audit.history("dispute", case.id)]
    assert ("新建", "矛盾纠纷调解案件") in texts and ("新建", "当事人") in texts and ("删除", "当事人") in texts
    party_entry = next(e for e in audit.history("dispute", case.id) if e.kind_label == "当事人")
    assert party_entry.title == "赵老三"
    assert all(ID_NUMBER not in c.text() for c in party_entry.changes)


def test_passwords_and_hashes_are_never_shown(db):
    user = accounts.create_user("clerk1", "secret123", "录入员")
    accounts.change_password(user, "another456")
    logins.authenticate("clerk1", "wrong-password")
    text = " ".join(e.summary() + " ".join(c.text() for c in e.changes) for e in audit.fetch())
    assert "scrypt" not in text and "another456" not in text and "secret123" not in text
    labels = [e.action_label for e in audit.fetch(audit.LogFilter(kind="user"))]
    assert labels == ["登录失败", "修改", "新建"]
    assert "密码：已修改" in audit.fetch(audit.LogFilter(action="修改"))[0].summary()


def test_who_may_read_the_log(changed):
    with context.acting_as("inspector", "只读检查"):
        assert audit.count() > 0
    with context.acting_as("clerk", "录入员"):
        with pytest.raises(PermissionDenied, match="只有管理员和只读检查"):
            audit.fetch()
        with pytest.raises(PermissionDenied):
            audit.count()
        assert len(audit.history("visit", changed.id)) == 4  # a clerk still sees a record's history


def test_a_row_of_an_unknown_table_or_action_still_reads(db):
    AuditLog.create(username="system", action="rebuild", table="search_doc", note="重建检索")
    entry = audit.fetch()[0]
    assert (entry.action_label, entry.kind_label, entry.summary()) == ("rebuild", "search_doc", "重建检索")


# ---- command line ----
@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "data"
    assert main(["--data-dir", str(path), "init", "--name", "城关镇委员工作站", "--admin-password", "secret123"]) == 0
    from station_app.store.db import close_database, open_database

    open_database(path / "station.db")
    with context.acting_as("lisi", "录入员"):
        visit = records.create("visit", visit_data())
        records.update(visit, {"status": "已办结"})
    close_database()
    return path


def test_cli_log_prints_aligned_chinese_lines(folder, capsys):
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "log", "--kind", "来访登记"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "共 2 条操作记录"
    assert "lisi" in out[0] and "修改" in out[0] and "来访登记「王大爷」" in out[0]
    assert "办理状态：待办 → 已办结" in out[0]
    from station_app.commands.audit import width

    starts = {width(line[: line.index("来访登记")]) for line in out[:2]}
    assert len(starts) == 1  # the record column starts at the same place on every line


def test_cli_log_filters_limit_and_history(folder, capsys):
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "log", "--user", "lisi", "--limit", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and out[-1] == "共 2 条操作记录，显示最新 1 条"
    today = dt.date.today().isoformat()
    assert main(["--data-dir", str(folder), "log", "--from", today, "--to", today, "--action", "新建"]) == 0
    assert "共 2 条操作记录" in capsys.readouterr().out  # the administrator and the visit
    # init names the station the database always has (schema v5: the own station, id 1): a change of it
    assert main(["--data-dir", str(folder), "log", "--kind", "station"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(" 修改 " in line and "工作站信息「城关镇委员工作站」" in line for line in lines)
    assert main(["--data-dir", str(folder), "log", "--kind", "visit", "--id", "1"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "来访登记 #1：共 2 条修改记录"


def test_cli_log_errors(folder, capsys):
    assert main(["--data-dir", str(folder), "log", "--kind", "天气"]) == 1
    assert "未知的记录类别“天气”" in capsys.readouterr().err
    assert main(["--data-dir", str(folder), "log", "--action", "吃饭"]) == 1
    assert "未知的操作" in capsys.readouterr().err
    assert main(["--data-dir", str(folder), "log", "--id", "3"]) == 1
    assert main(["--data-dir", str(folder), "log", "--from", "2026-13-01"]) == 1
    with pytest.raises(SystemExit) as stop:
        main(["--data-dir", str(folder), "log", "--limit", "many"])
    assert stop.value.code == 2


def test_on_a_demo_database_a_workflow_step_reads_as_the_fields_it_changed(db):
    from station_app.services import demo, topics
    from station_app.store.models import Dispute, Topic

    demo.generate(2026, seed=1, today=dt.date(2026, 9, 14))
    case = Dispute.select().order_by(Dispute.id).first()
    kinds = {e.kind_label for e in audit.history("dispute", case.id)}
    assert {"矛盾纠纷调解案件", "当事人", "调解记录"} <= kinds  # the case and the rows it owns
    assert audit.count(audit.LogFilter(kind="dispute")) == Dispute.select().count()
    topic = Topic.select().where((Topic.concluded == False) & (Topic.step < 3)).first()
    with context.acting_as("wangwu", "录入员"):
        topics.advance(topic, 3, dt.date(2026, 10, 8), note="征求部门意见")
    entries = audit.history("topic", topic.id)
    own = next(e for e in entries if e.table == "topic" and e.action == "update")
    assert own.username == "wangwu" and own.note.startswith("进入「")
    assert [c.label for c in own.changes] == ["当前环节"]  # the full snapshot on both sides: only the change
    step_rows = [e for e in entries if e.kind_label == "议题环节" and e.username == "wangwu"]
    assert step_rows and all(e.action_label == "新建" for e in step_rows)
