"""Schema migrations, run in order after a backup; foreign keys are off while tables are rebuilt.

This module owns the schema's version: SCHEMA_VERSION is the version the last step brings a database to.
"""

from __future__ import annotations

import re
from pathlib import Path

import peewee as pw

from station_app.store import audit_chain, disputes, models, org, proposals, referrals, seed, work
from station_app.store.base import new_uuid
from station_app.store.choices import POINT_SEEDS, QUOTA_SEEDS
from station_app.store.errors import StoreError

APPLICATION_ID = 0x53544C47  # "STLG": PRAGMA application_id of every database this app creates


def schema_version(db: pw.SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def set_schema_version(db: pw.SqliteDatabase, version: int) -> None:
    db.execute_sql(f"PRAGMA user_version = {int(version)}")


def _v1_to_v2(db: pw.SqliteDatabase) -> None:
    """v2 adds the archive stamp fields: the station's 全宗号 and each dispute's 保管期限."""
    from playhouse.migrate import SqliteMigrator  # lazy: ≈ 9 ms, only when migrating
    from playhouse.migrate import migrate as run_ops

    migrator = SqliteMigrator(db)
    cols = {c.name for c in db.get_columns("station")}
    ops = []
    if "fonds_no" not in cols:
        ops.append(migrator.add_column("station", "fonds_no", pw.CharField(max_length=30, default="")))
    cols = {c.name for c in db.get_columns("dispute")}
    if "retention" not in cols:
        ops.append(migrator.add_column("dispute", "retention", pw.CharField(max_length=4, default="10年")))
    run_ops(*ops)


def add_missing_columns(db: pw.SqliteDatabase, model, names) -> None:
    """Add *model*'s fields *names* that the table lacks, as the model declares them (idempotent)."""
    from playhouse.migrate import SqliteMigrator  # lazy: ≈ 9 ms, only when migrating
    from playhouse.migrate import migrate as run_ops

    migrator = SqliteMigrator(db)
    table = model._meta.table_name
    have = {c.name for c in db.get_columns(table)}
    ops = []
    for name in names:
        field = model._meta.fields[name]
        if field.column_name not in have:
            ops.append(migrator.add_column(table, field.column_name, field))
    run_ops(*ops)


def create_missing_tables(db: pw.SqliteDatabase, models) -> None:
    db.create_tables(models, safe=True)


def forget_typed_login_names(db: pw.SqliteDatabase) -> None:
    """Earlier versions logged a failed login as 登录失败：<whatever was typed as the user name> — at times a
    password. Keep the name only where it is an account's; the rest become 未知账号 (idempotent)."""
    db.execute_sql(
        "UPDATE audit_log SET note = '登录失败：未知账号' WHERE action = 'login_failed' "
        "AND note LIKE '登录失败：%' AND instr(note, '（') = 0 AND note <> '登录失败：未知账号' "
        "AND substr(note, 6) NOT IN (SELECT username FROM user)")


def _v2_to_v3(db: pw.SqliteDatabase) -> None:
    """v3: the mediation dossier to the MoJ formats (人民调解组织, party and session details, agreement
    履行方式/地点/协议日期, 情况说明, 立卷人/检查人), numbers that never move (ItemNumber), settings, the
    accounts' login throttle (failed_logins, locked_until) and the audit log's hash chain."""
    add_missing_columns(db, org.Station, ["mediation_org"])
    add_missing_columns(db, org.User, ["failed_logins", "locked_until"])
    forget_typed_login_names(db)
    add_missing_columns(db, disputes.Party, ["occupation", "legal_rep", "credit_code"])
    add_missing_columns(db, disputes.MediationSession, ["mediators", "recorder"])
    add_missing_columns(db, disputes.Dispute, [
        "agreement_no", "agreement_date", "fulfil_method", "fulfil_place", "recorder", "explanation",
        "filed_by", "filed_on", "checked_by"])
    create_missing_tables(db, [org.ItemNumber, org.Setting])
    add_missing_columns(db, org.AuditLog, ["chain"])
    db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    audit_chain.seal_all(db)
    number_existing(db)


# (table, date column, ItemNumber kind) of the records numbered when saved (services.item_numbers)
NUMBERED = (("visit", "visit_date", "visit"), ("activity", "date", "activity"),
            ("reception_day", "date", "reception"), ("topic", "proposed_on", "topic"))
_FILE_NO = re.compile(r"^\s*[（(〔\[]\s*(\d{4})\s*[）)〕\]]\s*人调字\s*第?\s*0*(\d+)\s*号?\s*$")


def _counter(db, kind: str, year: int, last: int) -> None:
    """Counter "item:<kind>" of *year* at least *last* (counters never go down)."""
    row = db.execute_sql("SELECT id, last FROM case_counter WHERE kind = ? AND year = ?",
                         (f"item:{kind}", year)).fetchone()
    if row is None:
        db.execute_sql("INSERT INTO case_counter (uuid, kind, year, last) VALUES (?, ?, ?, ?)",
                       (new_uuid(), f"item:{kind}", year, last))
    elif row[1] < last:
        db.execute_sql("UPDATE case_counter SET last = ? WHERE id = ?", (last, row[0]))


def number_existing(db: pw.SqliteDatabase) -> None:
    """Give every existing record (alive or in the recycle bin) its 登记编号 / 件号 once, in today's order —
    date, then id — per year and kind, and set the counters after them; an archived case gets the 卷号
    its file_no already shows, where it parses and is free. Records already numbered keep theirs."""
    for table, column, kind in NUMBERED:
        have = {k for (k,) in db.execute_sql("SELECT key FROM item_number WHERE kind = ?", (kind,))}
        last = dict(db.execute_sql("SELECT year, MAX(seq) FROM item_number WHERE kind = ? GROUP BY year", (kind,)))
        rows = []
        for uuid, day in db.execute_sql(f'SELECT uuid, "{column}" FROM "{table}" ORDER BY "{column}", id').fetchall():
            if uuid in have or not day:
                continue
            year = int(str(day)[:4])
            last[year] = last.get(year, 0) + 1
            rows.append((new_uuid(), kind, year, uuid, last[year]))
        db.cursor().executemany("INSERT INTO item_number (uuid, kind, year, key, seq) VALUES (?, ?, ?, ?, ?)", rows)
        for year, seq in last.items():
            _counter(db, kind, year, seq)
    taken = {(y, s) for y, s in db.execute_sql("SELECT year, seq FROM item_number WHERE kind = 'dossier'")}
    have = {k for (k,) in db.execute_sql("SELECT key FROM item_number WHERE kind = 'dossier'")}
    archived = db.execute_sql("SELECT uuid, file_no FROM dispute WHERE archive_status = '已归档' "
                              "ORDER BY id").fetchall()
    for uuid, file_no in archived:
        m = _FILE_NO.match(file_no or "")
        if uuid in have or not m or (int(m.group(1)), int(m.group(2))) in taken:
            continue
        year, seq = int(m.group(1)), int(m.group(2))
        taken.add((year, seq))
        db.execute_sql("INSERT INTO item_number (uuid, kind, year, key, seq) VALUES (?, ?, ?, ?, ?)",
                       (new_uuid(), "dossier", year, uuid, seq))
        _counter(db, "dossier", year, seq)


def _v3_to_v4(db: pw.SqliteDatabase) -> None:
    """v4: proposals (提案) with their authors, sources and reply classes; the 督办 list (交办 items and
    督办记录); the unit an opinion's 批示 hands it to. The departments already typed on visits and topics
    join the new 承办单位 list, and the proposal quota and points rules join the station's rules."""
    add_missing_columns(db, work.Opinion, ["instruction_unit"])
    # the services build the 交办 items of the records already handed over (services.referrals.backfill)
    db.execute_sql("INSERT OR REPLACE INTO setting (uuid, key, value) VALUES (?, 'referrals_backfill_pending', 'true')",
                   (new_uuid(),))
    create_missing_tables(db, [proposals.ReplyClass, proposals.Proposal, proposals.ProposalMember,
                               proposals.ProposalSource, referrals.Referral, referrals.ReferralFollow])
    typed = db.execute_sql(
        "SELECT DISTINCT trim(handling_dept) FROM visit WHERE trim(handling_dept) <> '' "
        "UNION SELECT DISTINCT trim(undertaker) FROM topic WHERE trim(undertaker) <> ''").fetchall()
    have = {n for (n,) in db.execute_sql("SELECT name FROM lookup WHERE kind = 'department'")}
    for i, (name,) in enumerate(sorted(typed)):
        if name not in have and len(name) <= 50:
            db.execute_sql("INSERT INTO lookup (uuid, kind, name, sort_order, note, active, created_at, "
                           "updated_at, deleted) VALUES (?, 'department', ?, ?, '', 1, datetime('now', "
                           "'localtime'), datetime('now', 'localtime'), 0)", (new_uuid(), name, 100 + i))
    if db.execute_sql("SELECT count(*) FROM quota").fetchone()[0]:
        for key, label, metric, period, target in QUOTA_SEEDS:
            if metric == "proposals" and not db.execute_sql("SELECT 1 FROM quota WHERE key = ?", (key,)).fetchone():
                db.execute_sql("INSERT INTO quota (uuid, key, label, metric, period, target, active, created_at, "
                               "updated_at, deleted) VALUES (?, ?, ?, ?, ?, ?, 1, datetime('now', 'localtime'), "
                               "datetime('now', 'localtime'), 0)", (new_uuid(), key, label, metric, period, target))
    if db.execute_sql("SELECT count(*) FROM point_rule").fetchone()[0]:
        for metric, label, points in POINT_SEEDS:
            if metric.startswith("proposals") and not db.execute_sql(
                    "SELECT 1 FROM point_rule WHERE metric = ?", (metric,)).fetchone():
                db.execute_sql("INSERT INTO point_rule (uuid, metric, label, points, created_at, updated_at, "
                               "deleted) VALUES (?, ?, ?, ?, datetime('now', 'localtime'), "
                               "datetime('now', 'localtime'), 0)", (new_uuid(), metric, label, points))


# unique keys that were database-wide before v5 and are per station since (peewee's index names)
V4_UNIQUE_INDEXES = ("lookup_kind_name", "topic_grade_code", "work_team_name", "quota_key", "point_rule_metric",
                     "case_counter_kind_year", "item_number_kind_year_key", "item_number_kind_year_seq",
                     "dispute_case_no", "reply_class_code", "proposal_number", "topic_code")


def _add_column(db, table: str, name: str, ddl: str) -> None:
    if name not in {c.name for c in db.get_columns(table)}:
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{name}" {ddl}')


def own_station_first(db: pw.SqliteDatabase) -> None:
    """Make the station row the database had (the first alive one) id 1 and its own; add an empty one
    (filled by the first-run set-up) where there was none. Nothing pointed at station rows before v5."""
    own = db.execute_sql("SELECT id FROM station WHERE deleted = 0 ORDER BY id LIMIT 1").fetchone()
    if own is None:
        if db.execute_sql("SELECT 1 FROM station WHERE id = 1").fetchone():
            db.execute_sql("UPDATE station SET id = (SELECT max(id) + 1 FROM station) WHERE id = 1")
        db.execute_sql("INSERT INTO station (id, uuid, name, created_at, updated_at, deleted) "
                       "VALUES (1, ?, '', datetime('now', 'localtime'), datetime('now', 'localtime'), 0)",
                       (new_uuid(),))
    elif own[0] != 1:
        if db.execute_sql("SELECT 1 FROM station WHERE id = 1").fetchone():  # a deleted row holds id 1
            db.execute_sql("UPDATE station SET id = (SELECT max(id) + 1 FROM station) WHERE id = 1")
        db.execute_sql("UPDATE station SET id = 1 WHERE id = ?", (own[0],))
    db.execute_sql("UPDATE station SET own = (id = 1)")


def _v4_to_v5(db: pw.SqliteDatabase) -> None:
    """v5: many stations in one database (a county receives its stations' 上报包). The station table holds
    the own station (id 1) and registered ones; every record names its station (the own one for all that
    exists); case numbers, topic codes, team names, counters and lookups are unique per station; every
    exchanged row has a revision and a change counter kept by triggers (store/sync.py)."""
    add_missing_columns(db, org.Station, ["own", "public_key", "fingerprint", "registered_at", "last_seq",
                                          "last_package_at"])
    own_station_first(db)
    for model in models.ALL_MODELS:
        table, fields = model._meta.table_name, model._meta.fields
        if "station" in fields and model is not org.Station:
            _add_column(db, table, "station_id",
                        f"INTEGER NOT NULL DEFAULT {org.OWN_STATION_ID} REFERENCES station (id) ON DELETE RESTRICT")
        if "revision" in fields:
            _add_column(db, table, "revision", "INTEGER NOT NULL DEFAULT 1")
        if "change_seq" in fields:
            _add_column(db, table, "change_seq", "INTEGER NOT NULL DEFAULT 0")
    for name in V4_UNIQUE_INDEXES:
        db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
    v5_columns = {"station_id", "revision", "change_seq"}
    for model in models.ALL_MODELS:
        # an earlier step's create_tables(safe=True) on an existing table may have made these indexes
        # before their columns existed, where SQLite reads the unknown "station_id" as a string: remake them
        for index in model._meta.fields_to_index():
            if v5_columns & {getattr(e, "column_name", None) for e in index._expressions}:
                db.execute_sql(f'DROP INDEX IF EXISTS "{index._name}"')
        model._schema.create_indexes(safe=True)


# from-version -> step that brings the schema to from-version + 1
STEPS = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5}
SCHEMA_VERSION = max(STEPS) + 1  # the version a new database is created at


def migrate(db: pw.SqliteDatabase, from_version: int, saved: Path) -> None:
    """Run every step from *from_version* on, all or none; *saved* is the backup the caller made first
    (named in the messages when a step fails)."""
    db.execute_sql("PRAGMA foreign_keys = OFF")  # a table rebuild must not cascade-delete children
    try:
        with db.atomic():  # all steps or none
            # triggers and views naming a table make SQLite refuse the rename at the end of a table
            # rebuild, and a rebuild drops the table's own triggers: set them aside, put them back after
            saved_sql = db.execute_sql(
                "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view') AND sql IS NOT NULL"
            ).fetchall()
            for kind, name, _sql in saved_sql:
                db.execute_sql(f'DROP {kind.upper()} IF EXISTS "{name}"')
            for version in range(from_version, SCHEMA_VERSION):
                step = STEPS.get(version)
                if step is None:
                    raise StoreError(f"无法从数据结构版本 {version} 升级。备份在：{saved}")
                with db.atomic():
                    step(db)
                    problems = db.execute_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise StoreError(
                            f"升级到版本 {version + 1} 后外键检查失败：{problems[:3]}。备份在：{saved}")
                    set_schema_version(db, version + 1)
            for kind, _name, sql in sorted(saved_sql, key=lambda row: row[0] != "view"):
                db.execute_sql(sql)
            seed.seed_defaults()
    finally:
        db.execute_sql("PRAGMA foreign_keys = ON")
