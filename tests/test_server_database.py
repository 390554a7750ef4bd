"""The station database on a PostgreSQL server (store/server.py): the same figures as a SQLite file, search,
revisions and refused stale saves, backups read back, attachments every PC sees, a dropped connection, and
two processes writing at once. Needs STATION_TEST_SERVER (CI starts a throw-away server; without one these
tests skip on a developer's machine and fail in CI)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import psycopg
import pytest

from station_app.cli import main
from station_app.services import accounts, attachments, context, disputes, edit_conflicts, records, search
from station_app.store import backup as store_backup
from station_app.store.models import Attachment, AuditLog, Dispute

ROOT = Path(__file__).resolve().parent.parent


def new_case(summary="两户因排水沟堵塞发生争执。", accepted="2026-03-05"):
    return disputes.create_dispute(
        {"accepted_on": accepted, "source": "当事人申请", "dispute_type": "邻里", "summary": summary},
        parties=[{"role": "申请人", "name": "王秀英"}, {"role": "被申请人", "name": "李建国"}])


def stats_json(capsys, *global_args) -> dict:
    capsys.readouterr()
    assert main([*global_args, "stats", "--year", "2026", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_demo_data_gives_the_same_figures_on_the_server_as_in_a_file(server_database, tmp_path, capsys,
                                                                     monkeypatch):
    url = server_database.url_for_tests
    monkeypatch.delenv("STATION_APP_DATABASE", raising=False)
    file_dir, server_dir = tmp_path / "file", tmp_path / "server"
    for args in (["--data-dir", str(file_dir)], ["--data-dir", str(server_dir), "--database", url]):
        assert main([*args, "init", "--name", "城关镇政协委员工作站"]) == 0
        assert main([*args, "demo", "--year", "2026", "--seed", "3"]) == 0
    in_file = stats_json(capsys, "--data-dir", str(file_dir))
    on_server = stats_json(capsys, "--data-dir", str(server_dir), "--database", url)
    assert in_file["disputes"]["cases"] > 20 and in_file["reception"]["visits"] > 100
    assert on_server == in_file
    assert not (server_dir / "station.db").exists()  # nothing was written to a file beside


def test_init_refuses_a_server_database_that_already_has_a_station(server_database, tmp_path, capsys):
    url = server_database.url_for_tests
    assert main(["--data-dir", str(tmp_path / "a"), "--database", url, "init", "--name", "城关镇工作站"]) == 0
    assert main(["--data-dir", str(tmp_path / "b"), "init", "--database", url, "--name", "另一个站"]) == 1
    err = capsys.readouterr().err
    assert "已初始化" in err and "城关镇工作站" in err and "postgresql://" in err


def test_a_wrong_address_is_said_in_chinese(tmp_path, capsys):
    code = main(["--data-dir", str(tmp_path), "--database", "postgresql://nobody@127.0.0.1:1/none", "stats"])
    assert code == 1
    assert "无法连接数据库服务器 postgresql://nobody@127.0.0.1:1/none" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path), "--database", "mysql://x", "stats"]) == 1
    assert "postgresql://用户@主机" in capsys.readouterr().err


def test_search_on_the_server_finds_long_and_short_words_and_not_the_recycle_bin(server_database):
    context.set_actor("tester", "管理员")
    case = new_case("村东头两户因宅基地排水沟堵塞争执")
    new_case("劳动报酬拖欠三个月", accepted="2026-04-01")
    assert [h.id for h in search.search("排水沟")["dispute"]] == [case.id]
    assert [h.id for h in search.search("宅基")["dispute"]] == [case.id]  # two characters
    assert {h.id for h in search.search("王秀英").get("dispute", [])} >= {case.id}  # a party's name
    assert search.count("拖欠") == 1
    records.soft_delete(case)
    assert "dispute" not in search.search("排水沟")


def test_every_save_moves_the_revision_and_a_stale_save_is_refused(server_database):
    accounts.create_user("zhangsan", "Zs-2026-pass", role="录入员", display_name="张三")
    case = new_case()
    base = edit_conflicts.Base.of(case)
    with context.acting_as("zhangsan", "录入员"):
        theirs = records.update(Dispute.get_by_id(case.id), {"summary": "张三补充：涉及三户。"})
    assert theirs.revision == base.revision + 1
    with pytest.raises(edit_conflicts.EditConflict) as caught, edit_conflicts.guard(base):
        records.update(case, {"summary": "我的说法"})
    assert caught.value.message.startswith("该记录已被 张三 于 ")
    assert Dispute.get_by_id(case.id).summary == "张三补充：涉及三户。"


def test_a_backup_of_the_server_is_read_back_by_restore(server_database, data_dir, tmp_path, capsys, monkeypatch):
    from station_app.services import backups

    context.set_actor("tester", "管理员")
    kept = new_case("排水沟堵塞，备份前")
    saved = store_backup.make_backup(server_database, data_dir.backups, label="manual")
    assert saved.suffix == ".stdump" and saved in store_backup.list_backups(data_dir.backups)
    assert store_backup.verify(saved)
    records.update(kept, {"summary": "备份之后改的"})
    later = new_case("备份之后新建的")
    revision = Dispute.get_by_id(kept.id).revision
    before = backups.restore_backup(data_dir, saved)
    assert before.suffix == ".stdump"  # the rows as they were, kept first
    back = Dispute.get_by_id(kept.id)
    assert back.summary == "排水沟堵塞，备份前" and back.revision == revision - 1
    assert Dispute.get_or_none(Dispute.id == later.id) is None
    assert [h.id for h in search.search("备份前")["dispute"]] == [kept.id]
    assert new_case("恢复之后新建").id > kept.id  # ids go on after the restored ones
    half = tmp_path / "station-20261204-101010-manual.stdump"
    half.write_bytes(saved.read_bytes()[:200])
    with pytest.raises(Exception, match="不是数据库服务器的备份文件"):
        backups.restore_backup(data_dir, half)
    assert Dispute.get_by_id(kept.id).summary == "排水沟堵塞，备份前"  # nothing changed by the refused one


def test_an_attachment_saved_from_one_pc_is_read_on_another(server_database, tmp_path):
    context.set_actor("tester", "管理员")
    case = new_case()
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 40)
    att = attachments.attach(case, photo, caption="现场")
    server_database.cache_dir = tmp_path / "other-pc"  # another PC: an empty cache
    there = attachments.path_of(Attachment.get_by_id(att.id))
    assert there.is_relative_to(tmp_path / "other-pc") and there.read_bytes() == photo.read_bytes()
    assert attachments.verify_all() == []


def test_a_dropped_connection_is_opened_again_and_a_lost_transaction_is_said(server_database):
    from station_app.store.errors import ServerUnreachableError, known_error

    context.set_actor("tester", "管理员")
    new_case()
    pid = server_database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]

    def cut():
        with psycopg.connect(server_database.url_for_tests, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))

    cut()
    assert Dispute.select().count() == 1  # outside a transaction: connected again, the read answered
    pid = server_database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    with pytest.raises(Exception) as caught, server_database.atomic():
        Dispute.select().count()
        cut()
        new_case("断线时保存的")
    known = known_error(caught.value, "保存")
    assert isinstance(known, ServerUnreachableError) and "连接中断" in known.message
    if not server_database.is_closed():
        server_database.close()
    assert [d.summary for d in Dispute.select()] == ["两户因排水沟堵塞发生争执。"]  # nothing half-saved


WRITER = textwrap.dedent("""
    import sys
    from station_app.services import context, disputes, edit_conflicts, records
    from station_app.store.models import Dispute
    from station_app.store.server import open_server_database
    import station_app.services.registry

    url, who, shared = sys.argv[1], sys.argv[2], [int(x) for x in sys.argv[3].split(",")]
    open_server_database(url)
    context.set_actor(who, "录入员")
    refused = saved = 0
    for i in range(100):
        disputes.create_dispute({"accepted_on": "2026-05-06", "source": "当事人申请", "dispute_type": "邻里",
                                 "summary": f"{who} 的第 {i} 件"}, parties=[{"role": "申请人", "name": "王秀英"}])
        if i % 5 == 0:
            record_id = shared[i // 5]
            base = edit_conflicts.Base.of(Dispute.get_by_id(record_id))
            try:
                with edit_conflicts.guard(base):
                    records.update(Dispute.get_by_id(record_id), {"location": f"{who} 改的"})
                saved += 1
            except edit_conflicts.EditConflict:
                refused += 1
    print(saved, refused)
""")


def test_two_processes_create_200_disputes_and_edit_the_same_20_without_losing_an_update(server_database,
                                                                                          tmp_path):
    context.set_actor("tester", "管理员")
    shared = [new_case(f"共用的第 {i} 件").id for i in range(20)]
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    url = server_database.url_for_tests
    procs = [subprocess.Popen([sys.executable, str(script), url, who, ",".join(map(str, shared))],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
             for who in ("clerk_a", "clerk_b")]
    results = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, results):
        assert p.returncode == 0, err
    saved = sum(int(out.split()[0]) for out, _ in results)
    numbers = [d.case_no for d in Dispute.select(Dispute.case_no)]
    assert len(numbers) == 220 and len(set(numbers)) == 220  # no case number twice
    edits = AuditLog.select().where((AuditLog.table == "dispute") & (AuditLog.action == "update")
                                    & AuditLog.record_id.in_(shared)).count()
    assert edits == saved  # every save that went through is in the log, no refused one is
    for record_id in shared:  # each shared record: its revision counts exactly the saves it took
        row = Dispute.get_by_id(record_id)
        logged = AuditLog.select().where((AuditLog.table == "dispute") & (AuditLog.record_id == record_id)
                                         & (AuditLog.action == "update")).count()
        assert row.revision == 1 + logged
