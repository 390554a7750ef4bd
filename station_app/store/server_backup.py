"""Backups of a server database: every table's rows in one compressed file in the data folder's backups/.

A SQLite station copies its file (store/backup.py); a PostgreSQL database is written out table by table in
one repeatable-read transaction (a consistent snapshot while other PCs go on saving) as gzip-compressed
JSON lines: a header naming the format, the schema version and the tables, then one line per table with
its columns and one line per row. Values that JSON has no type for carry a tag (dates, timestamps, decimals,
bytes). `restore_dump` reads it back into the server database in one transaction: every table emptied,
the rows inserted with the triggers off (revisions and change counters as they were), the id sequences
moved past the largest id, the search documents rebuilt. Nothing is changed when the file does not read.
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import json
import os
from decimal import Decimal
from pathlib import Path

import peewee as pw

from station_app.store.errors import BackupError

FORMAT = "station-ledger-server-dump"
SUFFIX = ".stdump"
BATCH = 2000


def tables(db) -> list[str]:
    """The tables to keep, parents before children (foreign keys), the search documents left out."""
    from station_app.store.attachments import AttachmentBlob
    from station_app.store.models import ALL_MODELS
    from station_app.store.sync import SyncState, Tombstone

    ordered = pw.sort_models([*ALL_MODELS, SyncState, Tombstone, AttachmentBlob])
    return [m._meta.table_name for m in ordered]


def _plain(value):
    if isinstance(value, dt.datetime):
        return {"t": value.isoformat()}
    if isinstance(value, dt.date):
        return {"d": value.isoformat()}
    if isinstance(value, Decimal):
        return {"n": str(value)}
    if isinstance(value, (bytes, memoryview)):
        return {"b": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _typed(value):
    if isinstance(value, dict) and len(value) == 1:
        (tag, text), = value.items()
        if tag == "t":
            return dt.datetime.fromisoformat(text)
        if tag == "d":
            return dt.date.fromisoformat(text)
        if tag == "n":
            return Decimal(text)
        if tag == "b":
            return base64.b64decode(text)
    return value


def _columns(db, table: str) -> list[str]:
    return [r[0] for r in db.execute_sql(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = %s ORDER BY ordinal_position", (table,))]


def write_dump(db, dest: Path, schema_version: int) -> dict:
    """Write every table of *db* to *dest* (a temporary name, then renamed); returns rows per table."""
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.part")
    counts: dict[str, int] = {}
    names = tables(db)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        with db.atomic():
            db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            with gzip.open(tmp, "wt", encoding="utf-8") as out:
                header = {"format": FORMAT, "schema": schema_version, "tables": names,
                          "made_at": dt.datetime.now().replace(microsecond=0).isoformat()}
                out.write(json.dumps(header, ensure_ascii=False) + "\n")
                for table in names:
                    cols = _columns(db, table)
                    out.write(json.dumps({"table": table, "columns": cols}, ensure_ascii=False) + "\n")
                    quoted = ", ".join(f'"{c}"' for c in cols)
                    cursor = db.execute_sql(f'SELECT {quoted} FROM "{table}" ORDER BY 1')
                    n = 0
                    while rows := cursor.fetchmany(BATCH):
                        for row in rows:
                            out.write(json.dumps([_plain(v) for v in row], ensure_ascii=False) + "\n")
                        n += len(rows)
                    counts[table] = n
                out.write(json.dumps({"end": counts}) + "\n")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"备份失败，无法写入 {dest.parent}：{exc.strerror or exc}", path=dest) from exc
    return counts


def read_header(path: Path) -> dict | None:
    """The dump's header, or None when *path* is not a whole server backup of this program."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            header = json.loads(fh.readline())
            last = None
            for last in fh:
                pass
        end = json.loads(last) if last else {}
    except (OSError, EOFError, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(header, dict) or header.get("format") != FORMAT or "end" not in end:
        return None
    return header


def restore_dump(db, path: Path, schema_version: int) -> dict:
    """Replace every row of the server database *db* with the dump at *path*; returns rows per table."""
    from station_app.store import server_search

    header = read_header(Path(path))
    if header is None:
        raise BackupError(f"{path} 不是完整的数据库服务器备份文件（可能已损坏或不是本程序生成的），"
                          "未恢复，数据没有改动。", path=path)
    if header["schema"] > schema_version:
        raise BackupError(f"备份 {path} 由更新版本的程序生成（数据结构版本 {header['schema']}），请先升级程序。",
                          path=path)
    if header["schema"] < schema_version:
        raise BackupError(f"备份 {path} 的数据结构版本（{header['schema']}）早于本程序（{schema_version}），"
                          "请用生成它的程序版本恢复。未恢复，数据没有改动。", path=path)
    names = [t for t in tables(db) if t in header["tables"]]
    counts: dict[str, int] = {}
    with db.atomic():
        db.execute_sql("TRUNCATE " + ", ".join(f'"{t}"' for t in names) + " RESTART IDENTITY CASCADE")
        for t in names:
            db.execute_sql(f'ALTER TABLE "{t}" DISABLE TRIGGER USER')
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            fh.readline()
            table, cols, batch = None, [], []

            def flush():
                if batch:
                    marks = ", ".join(["%s"] * len(cols))
                    quoted = ", ".join(f'"{c}"' for c in cols)
                    db.cursor().executemany(f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})', batch)
                    counts[table] = counts.get(table, 0) + len(batch)
                    batch.clear()

            for line in fh:
                item = json.loads(line)
                if isinstance(item, dict):
                    flush()
                    if "end" in item:
                        break
                    table, cols = item["table"], item["columns"]
                    counts.setdefault(table, 0)
                    continue
                batch.append([_typed(v) for v in item])
                if len(batch) >= BATCH:
                    flush()
        for t in names:
            db.execute_sql(f'ALTER TABLE "{t}" ENABLE TRIGGER USER')
            if "id" in _columns(db, t):
                db.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{t}\"', 'id'), "
                               f'coalesce((SELECT max(id) FROM "{t}"), 0) + 1, false)')
        server_search.rebuild(db)
    return counts
