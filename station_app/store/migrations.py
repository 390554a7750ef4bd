"""Schema migrations, run in order after a backup; foreign keys are off while tables are rebuilt."""

from __future__ import annotations

from pathlib import Path

import peewee as pw
from playhouse.migrate import SqliteMigrator, migrate as run_ops

from station_app.store.errors import StoreError


def _v1_to_v2(db: pw.SqliteDatabase) -> None:
    """v2 adds the archive stamp fields: the station's 全宗号 and each dispute's 保管期限."""
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
    履行方式/地点/协议日期, 情况说明, 立卷人/检查人), numbers that never move (ItemNumber), settings, and the
    accounts' login throttle (failed_logins, locked_until)."""
    from station_app.store import disputes, org

    add_missing_columns(db, org.Station, ["mediation_org"])
    add_missing_columns(db, org.User, ["failed_logins", "locked_until"])
    forget_typed_login_names(db)
    add_missing_columns(db, disputes.Party, ["occupation", "legal_rep", "credit_code"])
    add_missing_columns(db, disputes.MediationSession, ["mediators", "recorder"])
    add_missing_columns(db, disputes.Dispute, [
        "agreement_no", "agreement_date", "fulfil_method", "fulfil_place", "recorder", "explanation",
        "filed_by", "filed_on", "checked_by"])
    create_missing_tables(db, [org.ItemNumber, org.Setting])


# from-version -> step that brings the schema to from-version + 1
STEPS = {1: _v1_to_v2, 2: _v2_to_v3}


def migrate(db: pw.SqliteDatabase, path: Path, from_version: int) -> Path:
    """Back up the file, then run every step; returns the path of the pre-migration backup."""
    from station_app.store import backup, seed
    from station_app.store.db import SCHEMA_VERSION, set_schema_version

    saved = backup.make_backup(db, Path(path).parent / "backups", label=f"before-migrate-v{from_version}")
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
    return saved
