"""The store under stress: migrations, newer and corrupt files, backups and rotation, power cuts, the lock."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from station_app.store import backup
from station_app.store.db import SCHEMA_VERSION, close_database, open_database
from station_app.store.errors import BackupError, DatabaseCorruptError, DatabaseNewerError, DataDirLockedError
from station_app.store.lock import InstanceLock
from station_app.store.models import (
    Dispute,
    DisputeMediator,
    DossierPaper,
    MediationSession,
    Member,
    Party,
    Station,
    Topic,
    TopicStep,
    Visit,
)

ROOT = Path(__file__).resolve().parent.parent


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fill(n_disputes: int = 3) -> None:
    Station.name_own(name="城关镇委员工作站")
    m = Member.create(name="王建国", sector="中共")
    v = Visit.create(visit_date=dt.date(2026, 3, 6), visitor_name="群众甲")
    for i in range(1, n_disputes + 1):
        d = Dispute.create(case_no=f"〔2026〕调字第{i:03d}号", case_year=2026, case_seq=i,
                           accepted_on=dt.date(2026, 3, 1) + dt.timedelta(days=i), source_visit=v)
        Party.create(dispute=d, name=f"当事人{i}甲")
        Party.create(dispute=d, name=f"当事人{i}乙", role="被申请人")
        MediationSession.create(dispute=d, date=d.accepted_on + dt.timedelta(days=1), process="调解经过")
        DossierPaper.create(dispute=d, name="调解记录")
        DisputeMediator.create(dispute=d, member=m)
    t = Topic.create(code="YT-2026-001", title="停车难", proposed_on=dt.date(2026, 2, 1))
    TopicStep.create(topic=t, step=1, date=dt.date(2026, 2, 1))


def counts() -> dict[str, int]:
    return {m.__name__: m.select().count() for m in (Dispute, Party, MediationSession, DossierPaper, TopicStep,
                                                      Member, Visit, Station)}


def triggers(db) -> set[str]:
    return {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()}


V4_SQL = ROOT / "tests" / "data" / "schema_v4.sql"


def make_v4(path: Path) -> None:
    """Turn a (closed, current) database into schema 4: its rows copied into v4's tables (the DDL a v4
    database was created with), so the stations, revisions and change tracking of v5 are gone."""
    newer = path.with_name(path.name + ".v5")
    path.rename(newer)
    con = sqlite3.connect(path)
    con.executescript(V4_SQL.read_text(encoding="utf-8"))
    con.execute("ATTACH DATABASE ? AS newer", (str(newer),))
    for (table,) in con.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'").fetchall():
        have = {r[1] for r in con.execute(f'PRAGMA newer.table_info("{table}")')}
        cols = ", ".join(f'"{r[1]}"' for r in con.execute(f'PRAGMA main.table_info("{table}")') if r[1] in have)
        con.execute(f'INSERT INTO main."{table}" ({cols}) SELECT {cols} FROM newer."{table}"')
    # the search index and its triggers as they were (v5's change-tracking triggers left out)
    search = con.execute("SELECT type, name, sql FROM newer.sqlite_master WHERE name LIKE 'search%' AND sql "
                         "IS NOT NULL AND (type <> 'table' OR name = 'search_doc' OR sql LIKE 'CREATE VIRTUAL%')"
                         ).fetchall()
    for kind, _name, sql in search:
        if kind in ("table", "index"):
            con.execute(sql)
    con.execute("INSERT INTO main.search_doc SELECT * FROM newer.search_doc")
    con.execute("INSERT INTO main.search_fts(search_fts) VALUES ('rebuild')")
    for kind, _name, sql in search:
        if kind == "trigger":  # as v4 wrote them: before change_seq
            con.execute(sql.replace(" WHEN new.change_seq IS old.change_seq", "").replace("search_marker_v4",
                                                                                         "search_marker_v3"))
    con.commit()
    con.execute("DETACH DATABASE newer")
    con.execute("PRAGMA user_version = 4")
    con.execute("PRAGMA application_id = 1398033479")
    con.commit()
    con.close()
    newer.unlink()


def make_v1(path: Path) -> tuple[dict[str, int], set[str]]:
    """A schema-1 database with data: v2's station.fonds_no and dispute.retention removed."""
    open_database(path)
    fill()
    before = counts()
    close_database()
    make_v4(path)
    con = sqlite3.connect(path)
    trig = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    con.execute("ALTER TABLE station DROP COLUMN fonds_no")
    con.execute("ALTER TABLE dispute DROP COLUMN retention")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    return before, trig


def test_migration_from_v1_keeps_every_child_row(data_dir):
    before, trig = make_v1(data_dir.db_path)
    db = open_database(data_dir.db_path)
    try:
        # the triggers set aside for the table rebuilds are back (the search index's marker moved on a version)
        assert trig and {t for t in trig if not t.startswith("search_marker")} <= triggers(db)
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert counts() == before
        assert {c.name for c in db.get_columns("dispute")} >= {"retention"}
        assert Dispute.get(Dispute.case_seq == 2).retention == "10年"
        assert Station.get().fonds_no == ""
        assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        close_database()
    saved = [p for p in backup.list_backups(data_dir.backups) if "before-migrate-v1" in p.name]
    assert len(saved) == 1
    con = sqlite3.connect(saved[0])
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1  # the backup is the untouched v1 file
    assert con.execute("SELECT count(*) FROM party").fetchone()[0] == before["Party"]
    con.close()


V3_COLUMNS = {
    "station": ["mediation_org"],
    "user": ["failed_logins", "locked_until"],
    "party": ["occupation", "legal_rep", "credit_code"],
    "mediation_session": ["mediators", "recorder"],
    "audit_log": ["chain"],
    "dispute": ["agreement_no", "agreement_date", "fulfil_method", "fulfil_place", "recorder", "explanation",
                "filed_by", "filed_on", "checked_by"],
}


def schema_of(path: Path) -> dict[str, set[tuple]]:
    """Every table's columns (name, type, not-null, default), indexes (name, unique) and foreign keys,
    every index's columns in order, and the triggers' names."""
    con = sqlite3.connect(path)
    try:
        out = {}
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        for table in tables:
            out[table] = {tuple(r[1:5]) for r in con.execute(f'PRAGMA table_info("{table}")')}
            out["unique:" + table] = {(r[1], r[2]) for r in con.execute(f'PRAGMA index_list("{table}")')}
            out["fk:" + table] = {tuple(r[2:5]) + (r[6],) for r in con.execute(f'PRAGMA foreign_key_list("{table}")')}
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"):
            out["index:" + name] = {(r[0], r[2]) for r in con.execute(f'PRAGMA index_info("{name}")')}
        out["triggers"] = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        return out
    finally:
        con.close()


def test_migration_from_v2_gives_the_fresh_schema_and_keeps_the_data(tmp_path, data_dir):
    from station_app.paths import DataDir

    fresh = DataDir(tmp_path / "fresh").ensure()
    open_database(fresh.db_path)
    close_database()
    open_database(data_dir.db_path)
    fill()
    before = counts()
    close_database()
    make_v2(data_dir.db_path)
    db = open_database(data_dir.db_path)
    try:
        assert schema_version_of(db) == SCHEMA_VERSION
        assert counts() == before
        assert Party.get().occupation == "" and Dispute.get(Dispute.case_seq == 1).agreement_date is None
    finally:
        close_database()
    assert schema_of(data_dir.db_path) == schema_of(fresh.db_path)


V4_TABLES = ("referral_follow", "referral", "proposal_source", "proposal_member", "proposal", "reply_class")


def make_v3(path: Path) -> None:
    """Turn a database into schema 3: v4's tables and Opinion.instruction_unit removed, and the rules and
    lookups v4 seeds taken out."""
    make_v4(path)
    con = sqlite3.connect(path)
    for table in V4_TABLES:
        con.execute(f"DROP TABLE {table}")
    con.execute("ALTER TABLE opinion DROP COLUMN instruction_unit")
    con.execute("DELETE FROM lookup WHERE kind IN ('department', 'proposal_source', 'proposal_level')")
    con.execute("DELETE FROM quota WHERE metric = 'proposals'")
    con.execute("DELETE FROM point_rule WHERE metric LIKE 'proposals%'")
    con.execute("PRAGMA user_version = 3")
    con.commit()
    con.close()


def test_migration_from_v3_adds_proposals_and_keeps_the_typed_departments(tmp_path, data_dir):
    from station_app.paths import DataDir
    from station_app.store.models import Lookup, PointRule, Quota, ReplyClass

    fresh = DataDir(tmp_path / "fresh").ensure()
    open_database(fresh.db_path)
    close_database()
    open_database(data_dir.db_path)
    fill()
    Visit.create(visit_date=dt.date(2026, 4, 1), visitor_name="群众乙", handling="转交部门办理",
                 handling_dept="县水务局")
    before = counts()
    close_database()
    make_v3(data_dir.db_path)
    db = open_database(data_dir.db_path)
    try:
        assert schema_version_of(db) == SCHEMA_VERSION
        assert counts() == before
        departments = {r.name for r in Lookup.select().where(Lookup.kind == "department")}
        assert {"县水务局", "司法所", "派出所"} <= departments
        assert Quota.get(Quota.metric == "proposals").target == 1
        assert {r.metric for r in PointRule.select()} >= {"proposals_lead", "proposals_joint"}
        assert [r.code for r in ReplyClass.select().order_by(ReplyClass.sort_order)] == ["A", "B", "C"]
    finally:
        close_database()
    assert schema_of(data_dir.db_path) == schema_of(fresh.db_path)


def test_migration_from_v4_gives_every_record_to_the_own_station(tmp_path, data_dir):
    import peewee as pw

    from station_app.paths import DataDir
    from station_app.store import sync
    from station_app.store.models import CaseCounter, Lookup

    fresh = DataDir(tmp_path / "fresh").ensure()
    open_database(fresh.db_path)
    close_database()
    open_database(data_dir.db_path)
    fill()
    before = counts()
    close_database()
    make_v4(data_dir.db_path)
    db = open_database(data_dir.db_path)
    try:
        assert schema_version_of(db) == SCHEMA_VERSION
        assert counts() == before
        own = Station.get_by_id(1)
        assert own.own and own.name == "城关镇委员工作站" and Station.select().count() == 1
        for model in (Dispute, Visit, Member, Topic, Lookup):
            assert {r.station_id for r in model.select()} == {1}, model.__name__
        assert CaseCounter.create(kind="dispute", year=2026, last=3).station_id == 1
        # change tracking: an update bumps the revision and the counter; a hard delete leaves a tombstone
        visit = Visit.get()
        assert visit.revision == 1
        start = sync.current_seq(db)
        Visit.update(content="改了").where(Visit.id == visit.id).execute()
        visit = Visit.get_by_id(visit.id)
        assert visit.revision == 2 and visit.change_seq == start + 1
        party = Party.get()
        party.delete_instance()
        assert db.execute_sql("SELECT table_name, row_uuid FROM tombstone").fetchall() == [("party", party.uuid)]
        # numbers are unique per station: another station may hold the same case number, this one not twice
        other = Station.create(name="某某镇委员工作站")
        case = Dispute.get(Dispute.case_seq == 1)
        Dispute.create(station=other, case_no=case.case_no, case_year=2026, case_seq=1, accepted_on=case.accepted_on)
        with pytest.raises(pw.IntegrityError), db.atomic():
            Dispute.create(case_no=case.case_no, case_year=2026, case_seq=1, accepted_on=case.accepted_on)
    finally:
        close_database()
    saved = [p for p in backup.list_backups(data_dir.backups) if "before-migrate-v4" in p.name]
    assert len(saved) == 1
    fresh_schema, migrated = schema_of(fresh.db_path), schema_of(data_dir.db_path)
    assert migrated == fresh_schema


def make_v2(path: Path) -> None:
    """Turn a database into schema 2: v3's columns and tables (ItemNumber, Setting) removed (and v4's)."""
    make_v3(path)
    con = sqlite3.connect(path)
    for table, columns in V3_COLUMNS.items():
        for column in columns:
            con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    con.execute("DROP TABLE item_number")
    con.execute("DROP TABLE setting")
    con.execute("DELETE FROM case_counter WHERE kind LIKE 'item:%'")
    con.execute("PRAGMA user_version = 2")
    con.commit()
    con.close()


def test_migration_from_v2_numbers_every_record_once_in_todays_order(data_dir):
    from station_app.services import context, item_numbers, reception
    from station_app.store.models import Activity, CaseCounter, ItemNumber, ReceptionDay

    open_database(data_dir.db_path)
    fill(3)  # visit 2026-03-06, three cases, topic 2026-02-01
    D = dt.date
    late = Visit.create(visit_date=D(2026, 5, 2), visitor_name="群众乙")
    early = Visit.create(visit_date=D(2026, 1, 9), visitor_name="群众丙", deleted=True)  # in the recycle bin
    same_day = Visit.create(visit_date=D(2026, 3, 6), visitor_name="群众丁")
    old = Visit.create(visit_date=D(2025, 12, 30), visitor_name="群众戊")
    acts = [Activity.create(date=D(2026, m, 1), activity_type="普法宣传", title=f"活动{m}") for m in (4, 2)]
    day = ReceptionDay.create(date=D(2026, 3, 6), half="上午", location="工作站")
    for seq, no in ((1, "（2026）人调字第007号"), (2, "(2026)人调字第8号"), (3, "归档待编")):
        Dispute.update(archive_status="已归档", file_no=no).where(Dispute.case_seq == seq).execute()
    close_database()
    make_v2(data_dir.db_path)

    open_database(data_dir.db_path)
    try:
        def number(rec):
            return item_numbers.of_record(rec)
        first = Visit.get(Visit.visitor_name == "群众甲")
        # today's order: date, then id, per year — the deleted visit keeps a number too
        assert [number(v).seq for v in (early, first, same_day, late)] == [1, 2, 3, 4]
        assert number(old) == item_numbers.Number("visit", 2025, 1)
        assert [number(a).seq for a in acts] == [2, 1] and number(day).seq == 1
        assert number(Topic.get()).seq == 1
        cases = {d.case_seq: item_numbers.lookup("dossier", d.uuid) for d in Dispute.select()}
        assert cases[1].text == "（2026）人调字第007号" and cases[2].text == "（2026）人调字第008号"
        assert cases[3] is None  # a file_no that does not parse gets no 卷号 record
        assert CaseCounter.get(kind="item:visit", year=2026).last == 4
        assert CaseCounter.get(kind="item:dossier", year=2026).last == 8
        # a record saved after the migration takes the next free number; none moves
        context.set_actor("tester", "管理员")
        new = reception.add_visit(None, {"visit_date": "2026-01-02", "visitor_name": "补录", "mode": "电话",
                                         "category": "其他", "content": "补录", "handling": "当场解答"})
        assert number(new).seq == 5 and number(first).seq == 2
        assert ItemNumber.select().where(ItemNumber.kind == "visit").count() == 6
    finally:
        close_database()


def schema_version_of(db) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def test_newer_database_is_refused_and_left_unchanged(data_dir):
    open_database(data_dir.db_path)
    fill(1)
    close_database()
    con = sqlite3.connect(data_dir.db_path)
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    digest = sha(data_dir.db_path)
    with pytest.raises(DatabaseNewerError, match="更新版本"):
        open_database(data_dir.db_path)
    assert sha(data_dir.db_path) == digest


@pytest.mark.parametrize("damage", ["truncate", "garbage"])
def test_corrupt_file_names_the_latest_good_backup(data_dir, damage):
    db = open_database(data_dir.db_path)
    fill(40)
    good = backup.make_backup(db, data_dir.backups, label="auto")
    close_database()
    (data_dir.backups / "station-29991231-000000-auto.db").write_bytes(b"broken backup")  # newer, bad
    raw = data_dir.db_path.read_bytes()
    if damage == "truncate":
        data_dir.db_path.write_bytes(raw[: len(raw) // 2])
    else:
        data_dir.db_path.write_bytes(b"\x00garbage" * 512)
    digest = sha(data_dir.db_path)
    with pytest.raises(DatabaseCorruptError) as err:
        open_database(data_dir.db_path)
    assert err.value.backup == good
    assert str(good) in err.value.message and "损坏" in err.value.message
    assert sha(data_dir.db_path) == digest


def test_backup_and_restore_round_trip(data_dir):
    db = open_database(data_dir.db_path)
    fill(2)
    copy = backup.make_backup(db, data_dir.backups)
    assert backup.verify(copy) and not list(data_dir.backups.glob("*.part"))
    Member.create(name="备份后新增", sector="民盟")
    Dispute.delete().where(Dispute.case_seq == 1).execute()
    close_database()
    saved = backup.restore(data_dir.db_path, copy)
    open_database(data_dir.db_path)
    try:
        assert not Member.select().where(Member.name == "备份后新增").exists()
        assert Dispute.select().count() == 2 and Party.select().count() == 4
    finally:
        close_database()
    con = sqlite3.connect(saved)  # the replaced state was kept aside
    assert con.execute("SELECT count(*) FROM member WHERE name = '备份后新增'").fetchone()[0] == 1
    con.close()


def test_restore_refuses_a_damaged_backup(data_dir):
    open_database(data_dir.db_path)
    fill(1)
    close_database()
    bad = data_dir.root / "bad.db"
    bad.write_bytes(b"not sqlite at all" * 100)
    digest = sha(data_dir.db_path)
    with pytest.raises(BackupError, match="已损坏"):
        backup.restore(data_dir.db_path, bad)
    assert sha(data_dir.db_path) == digest


def test_restore_over_a_corrupt_database(data_dir):
    db = open_database(data_dir.db_path)
    fill(1)
    copy = backup.make_backup(db, data_dir.backups)
    close_database()
    data_dir.db_path.write_bytes(b"\x00garbage" * 512)
    saved = backup.restore(data_dir.db_path, copy)
    assert saved.read_bytes() == b"\x00garbage" * 512  # the broken file is kept, byte for byte
    open_database(data_dir.db_path)
    try:
        assert Dispute.select().count() == 1
    finally:
        close_database()


def test_daily_backup_once_a_day_and_rotation(data_dir, db):
    assert backup.daily_backup(db, data_dir.backups) is not None
    assert backup.daily_backup(db, data_dir.backups) is None
    folder = data_dir.backups
    today = dt.datetime.now().replace(hour=9, minute=0, second=0, microsecond=0)
    for back in range(1, 500):
        when = today - dt.timedelta(days=back)
        for hour in (9, 17):  # two automatic backups some days
            (folder / f"station-{when.replace(hour=hour):%Y%m%d-%H%M%S}-auto.db").write_bytes(b"x")
    manual = folder / "station-20200101-000000-manual.db"
    manual.write_bytes(b"x")
    backup.rotate(folder)
    autos = [p for p in backup.list_backups(folder) if "-auto" in p.name]
    times = sorted((backup.backup_time(p) for p in autos), reverse=True)
    days = {t.date() for t in times}
    months = {(t.year, t.month) for t in times}
    assert len(days) == len(autos)  # at most one per day
    newest_30 = sorted({t.date() for t in times}, reverse=True)[:30]
    assert newest_30[-1] == (today - dt.timedelta(days=29)).date()
    assert len(months) == 12
    assert all(t.hour == 17 for t in times if t.date() != today.date())  # the newest of each day is kept
    assert len(autos) <= 30 + 12
    assert manual.exists()  # rotation never touches manual backups


def test_backup_that_cannot_be_written_leaves_no_half_file(data_dir, db, tmp_path):
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("I am a file")
    with pytest.raises(BackupError, match="备份失败"):
        backup.make_backup(db, not_a_folder / "backups")
    with pytest.raises(BackupError):
        backup.make_backup(db, data_dir.backups, target=not_a_folder / "x.db")
    assert not_a_folder.read_text() == "I am a file"
    assert not list(tmp_path.rglob("*.part"))


def test_backup_into_a_read_only_folder(data_dir, db, tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        if os.access(ro, os.W_OK):
            pytest.skip("running as root: permissions are not enforced")
        with pytest.raises(BackupError, match="只读或没有写入权限"):
            backup.make_backup(db, ro)
        assert list(ro.iterdir()) == []
    finally:
        ro.chmod(0o700)


WRITER = textwrap.dedent("""
    import sys
    from station_app.store.db import open_database
    from station_app.store.models import Member, AuditLog
    from station_app.store.base import database_proxy
    db = open_database(sys.argv[1])
    for i in range(100000):
        with database_proxy.atomic():
            m = Member.create(name=f"委员{i}", sector="中共", note="批量写入" * 20)
            AuditLog.create(action="create", table="member", record_id=m.id)
        print(i, flush=True)
""")


def test_power_cut_mid_bulk_write_loses_nothing_committed(data_dir):
    open_database(data_dir.db_path)
    close_database()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir.db_path)], stdout=subprocess.PIPE,
                            text=True, cwd=ROOT)
    last = -1
    for line in proc.stdout:
        last = int(line)
        if last >= 300:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    db = open_database(data_dir.db_path)
    try:
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = {m.name for m in Member.select(Member.name)}
        assert all(f"委员{i}" in names for i in range(last + 1))  # every reported commit is there
        n = Member.select().count()
        assert db.execute_sql("SELECT count(*) FROM audit_log WHERE \"table\" = 'member'").fetchone()[0] == n
    finally:
        close_database()


HOLDER = textwrap.dedent("""
    import sys, time
    from station_app.store.lock import InstanceLock
    lock = InstanceLock(sys.argv[1]).acquire()
    print("held", flush=True)
    time.sleep(60)
""")


@pytest.fixture
def held_lock(data_dir):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir.lock_path)], stdout=subprocess.PIPE,
                            text=True, cwd=ROOT)
    assert proc.stdout.readline().strip() == "held"
    yield data_dir
    proc.kill()
    proc.wait()


def test_second_process_on_one_folder_is_refused(held_lock):
    with pytest.raises(DataDirLockedError, match="正被另一个正在运行的本程序使用"):
        InstanceLock(held_lock.lock_path).acquire()


def test_second_lock_in_one_process_is_refused_until_released(data_dir):
    first = InstanceLock(data_dir.lock_path).acquire()
    with pytest.raises(DataDirLockedError):
        InstanceLock(data_dir.lock_path).acquire()
    assert first.acquire() is first  # already held by this one
    first.release()
    with InstanceLock(data_dir.lock_path) as again:
        assert again.is_locked
    assert not again.is_locked
    InstanceLock(data_dir.lock_path).acquire().release()


def test_lock_released_when_the_process_is_killed(data_dir):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir.lock_path)], stdout=subprocess.PIPE,
                            text=True, cwd=ROOT)
    assert proc.stdout.readline().strip() == "held"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.time() + 5
    while True:
        try:
            lock = InstanceLock(data_dir.lock_path).acquire()
            break
        except DataDirLockedError:
            assert time.time() < deadline
            time.sleep(0.1)
    lock.release()


def test_failed_migration_changes_nothing(data_dir, monkeypatch):
    from station_app.store import migrations
    from station_app.store.errors import StoreError

    before, trig = make_v1(data_dir.db_path)

    def broken_step(db):
        migrations._v1_to_v2(db)
        raise StoreError("模拟的升级故障")

    monkeypatch.setitem(migrations.STEPS, 1, broken_step)
    with pytest.raises(StoreError, match="模拟的升级故障"):
        open_database(data_dir.db_path)
    close_database()
    con = sqlite3.connect(data_dir.db_path)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == 1
        cols = {r[1] for r in con.execute("PRAGMA table_info(dispute)")}
        assert "retention" not in cols  # the half-done step was rolled back
        assert con.execute("SELECT count(*) FROM party").fetchone()[0] == before["Party"]
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert names == trig
    finally:
        con.close()
    monkeypatch.undo()
    open_database(data_dir.db_path)  # the real migration still works afterwards
    try:
        assert counts() == before
    finally:
        close_database()


def test_planner_statistics_make_a_days_visits_use_the_day_index(data_dir):
    """Once the visits have grown, opening the database analyzes it, so listing one reception day's visits
    reads that day's rows instead of walking every visit through the date index."""
    import datetime as dt

    from station_app.services import listing
    from station_app.store.base import database_proxy, new_uuid
    from station_app.store.db import refresh_planner_statistics
    from station_app.store.models import ReceptionDay, Visit

    open_database(data_dir.db_path)
    days = [ReceptionDay.create(uuid=new_uuid(), date=dt.date(2026, 1, 1) + dt.timedelta(days=7 * i))
            for i in range(40)]
    rows = [{"uuid": new_uuid(), "reception_day": days[i % 40].id, "visitor_name": f"来访人{i}",
             "visit_date": days[i % 40].date, "content": "咨询"} for i in range(2400)]
    with database_proxy.atomic():
        for start in range(0, len(rows), 400):
            Visit.insert_many(rows[start:start + 400]).execute()
    close_database()

    db = open_database(data_dir.db_path)  # 2,400 visits and no statistics yet: analyzed now
    assert db.execute_sql("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'visit'").fetchone()[0] > 0
    assert refresh_planner_statistics(db) is False  # not again until the visits have doubled
    spec = listing.SPECS["visit"]
    query = (spec.model.select(spec.model.id).where(listing.where(spec, listing.Filter(day_id=days[3].id)))
             .order_by(*listing._order(spec, None, None)).limit(100))
    sql, params = query.sql()
    plan = " ".join(str(r[-1]) for r in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    assert "visit_reception_day_id" in plan, plan
    assert len(listing.fetch("visit", listing.Filter(day_id=days[3].id))) == 60
    close_database()


def test_backup_to_a_folder_names_the_file_inside_it(data_dir, tmp_path):
    from station_app.cli import main

    open_database(data_dir.db_path)
    fill(1)
    close_database()
    stick = tmp_path / "U盘"
    stick.mkdir()
    assert main(["--data-dir", str(data_dir.root), "backup", "-o", str(stick)]) == 0
    (copy,) = list(stick.iterdir())
    assert copy.suffix == ".db" and backup.verify(copy)
