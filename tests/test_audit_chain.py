"""The audit log's hash chain: deleting, changing or cutting off entries with the sqlite3 shell is reported."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from station_app.cli import main
from station_app.services import bulk, records
from station_app.services.health import run_checks
from station_app.store import audit_chain
from station_app.store.db import close_database, open_database


def add_visits(n: int, start: int = 0) -> None:
    for i in range(n):
        records.create("visit", {"visit_date": dt.date(2026, 3, 6), "visitor_name": f"群众{start + i}",
                                 "category": "社会保障", "content": "咨询养老保险", "handling": "政策咨询",
                                 "people_count": 1})


@pytest.fixture
def logged(data_dir, db):
    """A folder whose log holds entries from single saves and from the bulk path, then closed normally."""
    add_visits(5)
    bulk.bulk_create("visit", [{"visit_date": "2026-03-13", "visitor_name": f"批量{i}", "category": "其他",
                                "content": "反映道路破损", "handling": "当场解答", "people_count": 1}
                               for i in range(30)])
    add_visits(3, start=100)
    close_database()
    return data_dir


def shell(path, sql: str) -> None:
    con = sqlite3.connect(path)
    con.execute(sql)
    con.commit()
    con.close()


def entries(path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    finally:
        con.close()


def test_a_normal_log_checks_clean_and_the_head_follows_it(logged):
    assert run_checks(logged) == []
    head = json.loads(audit_chain.head_path(logged.db_path).read_text(encoding="utf-8"))
    assert head["count"] == entries(logged.db_path) >= 38
    open_database(logged.db_path)
    add_visits(2, start=200)
    close_database()
    assert run_checks(logged) == []
    assert json.loads(audit_chain.head_path(logged.db_path).read_text())["count"] == head["count"] + 2


def test_deleting_most_entries_is_reported_with_the_first_that_no_longer_fits(logged):
    total = entries(logged.db_path)
    shell(logged.db_path, f"DELETE FROM audit_log WHERE id > 3 AND id <= {total - 2}")
    problems = run_checks(logged)
    assert len(problems) == 1 and "校验链" in problems[0]
    assert f"第 {total - 1} 号记录" in problems[0]  # the first survivor after the cut


def test_cutting_off_the_end_is_reported_against_the_head(logged):
    total = entries(logged.db_path)
    shell(logged.db_path, f"DELETE FROM audit_log WHERE id > {total - 4}")
    problems = run_checks(logged)
    assert any("截短" in p and f"第 {total} 号" in p for p in problems)
    # opening and closing the folder again must not cover the cut up by moving the head
    open_database(logged.db_path)
    add_visits(1, start=300)
    close_database()
    assert any("截短" in p for p in run_checks(logged))


def test_changing_one_entry_or_writing_one_past_the_chain_is_reported(logged):
    shell(logged.db_path, "UPDATE audit_log SET username = 'nobody' WHERE id = 7")
    problems = run_checks(logged)
    assert problems and "第 7 号记录" in problems[0]


def test_an_entry_inserted_with_the_shell_has_no_chain_and_is_reported(logged):
    shell(logged.db_path, "INSERT INTO audit_log (uuid, at, username, action, \"table\", note) "
                          "VALUES ('x-1', '2026-03-06 10:00:00', 'admin', 'update', 'visit', '')")
    problems = run_checks(logged)
    assert problems and "未经校验" in problems[0]


def test_a_deleted_head_file_is_reported(logged):
    audit_chain.head_path(logged.db_path).unlink()
    assert any("校验文件" in p for p in run_checks(logged))


def test_check_command_fails_on_a_damaged_log(logged, capsys):
    assert main(["--data-dir", str(logged.root), "check"]) == 0
    shell(logged.db_path, "DELETE FROM audit_log WHERE id BETWEEN 2 AND 30")
    assert main(["--data-dir", str(logged.root), "check"]) == 1
    assert "校验链" in capsys.readouterr().out


def test_the_migration_seals_an_existing_log(data_dir, db):
    add_visits(4)
    close_database()
    con = sqlite3.connect(data_dir.db_path)
    con.execute("ALTER TABLE audit_log DROP COLUMN chain")
    con.execute("PRAGMA user_version = 2")
    con.commit()
    con.close()
    audit_chain.head_path(data_dir.db_path).unlink()
    open_database(data_dir.db_path)
    close_database()
    assert run_checks(data_dir) == []
    assert json.loads(audit_chain.head_path(data_dir.db_path).read_text())["count"] == entries(data_dir.db_path)


def test_a_backup_carries_its_head_and_checks_on_its_own(logged):
    from station_app.store import backup

    db = open_database(logged.db_path)
    made = backup.make_backup(db, logged.backups)
    close_database()
    con = sqlite3.connect(made)
    try:
        embedded = audit_chain.embedded_head(con)
        assert embedded["count"] == entries(logged.db_path)
        assert audit_chain.verify(con, embedded).ok
        con.execute(f"DELETE FROM audit_log WHERE id > {embedded['id'] - 3}")
        assert "截短" in audit_chain.verify(con, audit_chain.embedded_head(con)).problem
    finally:
        con.close()
