"""Export a package (上报包): the own station's rows changed since the last package (or all), signed, sealed
for the receiving level and written to a temporary name, then renamed."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from station_app import __version__
from station_app.services import context, settings
from station_app.services.exchange import PackageError, container, crypto, history, keys, rows
from station_app.store import sync
from station_app.store.base import database_proxy, now
from station_app.store.migrations import SCHEMA_VERSION
from station_app.store.models import Attachment, AuditLog


@dataclass
class ExportResult:
    path: Path
    sequence: int
    full: bool
    counts: dict[str, int]  # table -> rows in the package
    deleted: int  # tombstones (rows removed for good)
    files: int  # attachment files carried
    missing_files: list[str] = field(default_factory=list)
    recipient: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _station_filter(table: rows.Table, own_id: int) -> tuple[str, list]:
    expr = rows.station_sql(table.model)
    if expr is None:
        return "", []
    return f" AND {expr} = ?", [own_id]


def _owner_uuids(owner_ids: dict[str, set[int]]) -> dict[tuple[str, int], str]:
    out = {}
    for table, ids in owner_ids.items():
        if table not in rows.BY_NAME:
            continue
        ids = sorted(ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for rid, uuid in database_proxy.execute_sql(
                    f"SELECT id, uuid FROM {table} WHERE id IN ({marks})", chunk).fetchall():
                out[(table, rid)] = uuid
    return out


def _serialise(table: rows.Table, since: int, until: int, own_id: int) -> list[dict]:
    where, params = _station_filter(table, own_id)
    if table.name == "station":
        where, params = " AND t.id = ?", [own_id]  # only this database's own station travels
        cursor = database_proxy.execute_sql(rows.select_sql(table) + " WHERE 1 = 1" + where, params)
    else:
        cursor = database_proxy.execute_sql(
            rows.select_sql(table) + " WHERE t.change_seq > ? AND t.change_seq <= ?" + where, [since, until, *params])
    names = list(table.columns)
    if table.model is not Attachment:
        return [dict(zip(names, r)) for r in cursor.fetchall()]
    found = [(dict(zip(names, r[:-1])), r[-1]) for r in cursor.fetchall()]
    owners: dict[str, set[int]] = {}
    for row, owner_id in found:
        owners.setdefault(row["owner_table"], set()).add(owner_id)
    uuids = _owner_uuids(owners)
    out = []
    for row, owner_id in found:
        row.pop("owner_id", None)
        row["owner_uuid"] = uuids.get((row["owner_table"], owner_id))
        if row["owner_uuid"] is not None:
            out.append(row)
    return out


def _tombstones(since: int, until: int) -> list[dict]:
    names = [t.name for t in rows.TABLES if t.name != "station"]
    marks = ",".join("?" * len(names))
    return [{"table": t, "uuid": u} for t, u in database_proxy.execute_sql(
        f"SELECT table_name, row_uuid FROM tombstone WHERE change_seq > ? AND change_seq <= ?"
        f" AND table_name IN ({marks}) ORDER BY change_seq", [since, until, *names]).fetchall()]


def _lines(items: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in items).encode("utf-8")


def export_package(path, *, full: bool = False, with_attachments: bool = False, progress=None,
                   cancelled=None) -> ExportResult:
    """Write the next package to *path*. *full*: every row (else those changed since the last package).

    progress(done, total, text) and cancelled() are optional (GUI jobs); a cancelled export leaves no file
    and does not count as sent.
    """
    context.require_edit()
    own = settings.station()
    if own is None:
        raise PackageError("尚未填写工作站信息，不能导出上报包。")
    upper = keys.trusted()
    if upper is None:
        raise PackageError("尚未导入上级下发的公钥文件，不知道上报包发给谁：请先导入公钥文件"
                           "（命令行：station-app exchange trust 文件；程序中：设置 → 上报）。")
    own_keys = keys.ensure_keys()
    path = Path(path)
    if not path.parent.is_dir():
        raise PackageError(f"保存上报包的文件夹不存在：{path.parent}")
    last = history.last_export()
    full = full or last is None
    since = 0 if full else int(last["until_seq"])
    sequence = (int(last["sequence"]) if last else 0) + 1
    steps = len(rows.TABLES) + 2

    def tick(done, text):
        if cancelled and cancelled():
            raise container.Cancelled()
        if progress:
            progress(done, steps, text)

    writer = container.PackageWriter()
    counts: dict[str, int] = {}
    files, missing = 0, []
    try:
        with database_proxy.atomic():  # one snapshot: the mark and the rows agree
            until = sync.current_seq()
            station_row = None
            for i, table in enumerate(rows.TABLES):
                tick(i, f"读取{table.label}…")
                items = _serialise(table, since, until, own.id)
                if table.name == "station":
                    station_row = items[0]
                if items:
                    writer.add_bytes(f"rows/{table.name}.jsonl", _lines(items), rows=len(items))
                    counts[table.name] = len(items)
                if table.model is Attachment and with_attachments:
                    from station_app.services import attachments

                    for sha in sorted({r["sha256"] for r in items if not r["deleted"]}):
                        source = attachments.root() / sha[:2] / sha
                        if not source.is_file():
                            missing.append(sha)
                            continue
                        writer.add_file(f"files/{sha}", source, sha)
                        files += 1
            gone = _tombstones(since, until)
            if gone:
                writer.add_bytes("rows/_deleted.jsonl", _lines(gone), rows=len(gone))
        tick(len(rows.TABLES), "签名并加密…")
        made = now()
        manifest = {
            "schema_version": SCHEMA_VERSION, "app_version": __version__,
            "station": {"uuid": own.uuid, "name": own.name, "kind": own.kind, "cppcc": own.cppcc or "",
                        "signing_key": keys.b64(crypto.signing_public(own_keys["sign"])),
                        "fingerprint": keys.signing_fingerprint()},
            "recipient": {"name": upper.name, "fingerprint": upper.fingerprint},
            "sequence": sequence, "full": full, "since_seq": since, "until_seq": until,
            "period": {"from": None if full or not last else last["made_at"], "to": made.isoformat()},
            "made_at": made.isoformat(), "counts": counts, "deleted": len(gone),
            "attachments": with_attachments, "missing_files": missing,
            "station_revision": station_row.get("revision") if station_row else None,
        }

        def sealing(done, total):
            if progress:
                progress(len(rows.TABLES) + (done / total if total else 1), steps, "签名并加密…")

        writer.finish(path, manifest, own_keys["sign"], upper.box_key, progress=sealing, cancelled=cancelled)
    except BaseException:
        writer.discard()
        raise
    with database_proxy.atomic():
        history.record_export({"sequence": sequence, "since_seq": since, "until_seq": until, "full": full,
                               "made_at": made.isoformat(), "file": path.name, "rows": sum(counts.values()),
                               "deleted": len(gone), "to": upper.fingerprint})
        AuditLog.create(username=context.current().username, action="package_export", table="station",
                        record_id=own.id, record_uuid=own.uuid,
                        note=(f"导出上报包第{sequence}号（{'全部记录' if full else '变动'}）给{upper.name}："
                              f"{sum(counts.values())}行，删除{len(gone)}行")[:200])
    if progress:
        progress(steps, steps, "完成")
    return ExportResult(path, sequence, full, counts, len(gone), files, missing, upper.name)


def default_name(station_name: str, sequence: int, when: dt.date | None = None) -> str:
    when = when or dt.date.today()
    return f"{station_name}_上报包第{sequence}号_{when:%Y%m%d}{container.SUFFIX}"


def next_sequence() -> int:
    last = history.last_export()
    return (int(last["sequence"]) if last else 0) + 1
