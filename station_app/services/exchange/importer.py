"""Import packages at the receiving level: verify, register a new station after confirmation, then write
its rows in one transaction — newer revisions win, links turned into this database's ids by uuid."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from station_app.services import attachments, context, registry  # noqa: F401  (registry: the search index's sources)
from station_app.services.exchange import KINDS, PackageError, container, crypto, history, keys, rows
from station_app.store import dialect, fts, sync
from station_app.store.base import database_proxy, now
from station_app.store.migrations import SCHEMA_VERSION
from station_app.store.models import Attachment, AuditLog, Station

CHUNK = 500  # uuids per IN (…) query


@dataclass
class Inspection:
    """What a verified package says about itself, before anything is written."""

    path: Path
    station_uuid: str
    name: str
    cppcc: str
    fingerprint: str
    sequence: int
    full: bool
    made_at: str
    new_station: bool
    already: bool  # this very package was imported before
    counts: dict[str, int]


class NewStation(PackageError):
    """The first package of a station: its name and fingerprint must be confirmed before it is registered."""

    def __init__(self, inspection: Inspection):
        self.inspection = inspection
        super().__init__(f"首次收到工作站“{inspection.name}”的上报包（签名密钥指纹 {inspection.fingerprint}）："
                         "请与该工作站核对指纹，确认后登记并导入（命令行加 --accept-new）。")


@dataclass
class ImportResult:
    path: Path
    station: str
    fingerprint: str
    sequence: int
    registered: bool = False  # the station was registered with this package
    already: bool = False
    kinds: dict[str, dict[str, int]] = field(default_factory=dict)  # table -> {新增: n, 更新: n, 删除: n, 未变: n}
    gaps: list[int] = field(default_factory=list)
    unresolved: int = 0  # rows that link to rows not received yet (a missing package)
    files: int = 0
    without_files: int = 0  # attachments whose files the package does not carry (not imported)

    def total(self, kind: str) -> int:
        return sum(c.get(kind, 0) for c in self.kinds.values())

    @property
    def changed(self) -> bool:
        return any(self.total(k) for k in KINDS[:3])

    def lines(self) -> list[str]:
        head = f"{self.path.name}：{self.station} 第 {self.sequence} 号上报包"
        out = [head + ("（新登记的工作站）" if self.registered else "")]
        if self.already or not self.changed and not self.unresolved:
            out.append("  已导入过，无变化" if self.already else "  无变化")
        else:
            for table, c in self.kinds.items():
                if any(c.get(k) for k in KINDS[:3]):
                    label = rows.BY_NAME[table].label if table in rows.BY_NAME else table
                    out.append(f"  {label}：" + "，".join(f"{k} {c.get(k, 0)}" for k in KINDS))
            out.append("  合计：" + "，".join(f"{k} {self.total(k)}" for k in KINDS))
        if self.files:
            out.append(f"  附件文件：{self.files} 个")
        if self.without_files:
            out.append(f"  {self.without_files} 个附件的文件未随包，暂未导入"
                       "（请工作站导出“全部记录”并勾选“附带附件文件”）")
        if self.unresolved:
            out.append(f"  {self.unresolved} 行引用的记录尚未收到，暂未导入（补齐缺少的上报包后再导入本包即可）")
        out.extend(f"  缺少第 {n} 号上报包" for n in self.gaps)
        return out


def open_package(path) -> container.Package:
    return container.open_package(Path(path), keys.ensure_keys()["box"], schema_version=SCHEMA_VERSION)


def inspect(pkg: container.Package) -> Inspection:
    """Who sent *pkg*, and whether it may be imported; PackageError for a key that does not match."""
    m = pkg.manifest
    st = m.get("station") or {}
    uuid, name = str(st.get("uuid") or ""), str(st.get("name") or "")
    sequence = m.get("sequence")
    if not uuid or not name or not isinstance(sequence, int) or sequence < 1:
        raise PackageError(f"上报包 {pkg.path.name} 已损坏（清单缺少工作站或序号）。")
    fingerprint = crypto.fingerprint(pkg.signing_key)
    known = Station.get_or_none(Station.uuid == uuid)
    if known is not None and known.own:
        raise PackageError(f"上报包 {pkg.path.name} 是本单位（{known.name}）自己导出的，不能导入本单位。")
    if known is not None and known.public_key != keys.b64(pkg.signing_key):
        raise PackageError(
            f"上报包 {pkg.path.name} 的签名密钥与已登记的工作站“{known.name}”不符（登记的指纹 {known.fingerprint}，"
            f"本包 {fingerprint}）：可能不是该工作站签发的，或该工作站重新安装过程序。未导入。")
    done = history.imported(uuid).get(sequence)
    already = bool(done and done.get("digest") == pkg.digest and done.get("complete", True))
    return Inspection(pkg.path, uuid, name, str(st.get("cppcc") or ""), fingerprint, sequence,
                      bool(m.get("full")), str(m.get("made_at") or ""), known is None, already,
                      dict(m.get("counts") or {}))


# ---- writing ----
def _many(sql: str, params) -> None:
    """executemany, its driver errors turned into peewee's (an IntegrityError is a conflict, said in Chinese)."""
    with pw.__exception_wrapper__:
        database_proxy.cursor().executemany(dialect.marks(sql), params)


def _chunks(values: list):
    for i in range(0, len(values), CHUNK):
        yield values[i:i + CHUNK]


class _Writer:
    """One package's rows into the database (inside the caller's transaction)."""

    def __init__(self, pkg: container.Package, station_id: int):
        self.pkg, self.station_id = pkg, station_id
        self.start_seq = sync.current_seq()  # tombstones up to here are deletions known before this package
        self.ids: dict[str, dict[str, int]] = {}  # table -> uuid -> id (known rows of this station)
        self.unresolved = 0
        self.without_files = 0
        self._stored: set[str] = set()

    def _file_here(self, sha: str) -> bool:
        if sha in self._stored or self.pkg.has_file(sha):
            return True
        if (attachments.root() / sha[:2] / sha).is_file():
            self._stored.add(sha)
            return True
        return False

    def _station_clause(self, model) -> tuple[str, list]:
        expr = rows.station_sql(model)
        return (f" AND {expr} = ?", [self.station_id]) if expr else ("", [])

    def resolve(self, model, uuids: set[str]) -> dict[str, int]:
        table = model._meta.table_name
        known = self.ids.setdefault(table, {})
        todo = [u for u in uuids if u not in known]
        where, extra = self._station_clause(model)
        for chunk in _chunks(todo):
            marks = ",".join("?" * len(chunk))
            for u, rid in database_proxy.execute_sql(
                    f"SELECT t.uuid, t.id FROM {table} t WHERE t.uuid IN ({marks}){where}", [*chunk, *extra]):
                known[u] = rid
        return known

    def existing(self, table: rows.Table, uuids: list[str]) -> dict[str, tuple[int, int, object]]:
        expr = rows.station_sql(table.model) or "NULL"
        out = {}
        for chunk in _chunks(uuids):
            marks = ",".join("?" * len(chunk))
            for u, rid, rev, sid in database_proxy.execute_sql(
                    f"SELECT t.uuid, t.id, t.revision, {expr} FROM {table.name} t WHERE t.uuid IN ({marks})", chunk):
                out[u] = (rid, rev or 0, sid)
        return out

    def tombstoned(self, table: str, uuids: list[str]) -> set[str]:
        gone = set()
        for chunk in _chunks(uuids):
            marks = ",".join("?" * len(chunk))
            gone.update(u for (u,) in database_proxy.execute_sql(
                f"SELECT row_uuid FROM tombstone WHERE table_name = ? AND change_seq <= ? AND row_uuid IN ({marks})",
                [table, self.start_seq, *chunk]))
        return gone

    def table(self, table: rows.Table) -> dict[str, int]:
        counts = dict.fromkeys(KINDS, 0)
        items = list(self.pkg.rows(f"rows/{table.name}.jsonl"))
        if not items:
            return counts
        model = table.model
        # links -> ids of this database
        maps = {name: self.resolve(target, {r[name] for r in items if r.get(name)})
                for name, (_col, target) in table.links.items()}
        owners: dict[str, dict[str, int]] = {}
        if model is Attachment:
            for owner_table in {r["owner_table"] for r in items}:
                target = rows.BY_NAME.get(owner_table)
                if target is not None:
                    owners[owner_table] = self.resolve(target.model, {r["owner_uuid"] for r in items
                                                                      if r["owner_table"] == owner_table})
        names = [c for c in table.columns if c in items[0]]
        columns = [model._meta.fields[n].column_name for n in names]
        if model is Attachment:
            columns.append("owner_id")
        uuids = [r["uuid"] for r in items]
        have = self.existing(table, uuids)
        gone = self.tombstoned(table.name, [u for u in uuids if u not in have])
        inserts, updates = [], []
        for r in items:
            values = []
            ok = True
            for n in names:
                v = r.get(n)
                if n in maps and v is not None:
                    v = maps[n].get(v)
                    ok = ok and v is not None
                values.append(v)
            if model is Attachment:
                owner = owners.get(r["owner_table"], {}).get(r["owner_uuid"])
                ok = ok and owner is not None
                values.append(owner)
            if not ok:
                self.unresolved += 1
                continue
            if model is Attachment and not r.get("deleted") and not self._file_here(r["sha256"]):
                self.without_files += 1  # exported without its files: comes with a package that has them
                continue
            found = have.get(r["uuid"])
            deleted_now = bool(r.get("deleted"))
            if found is None:
                if r["uuid"] in gone:
                    counts["未变"] += 1  # removed here by a newer package: stays removed
                    continue
                inserts.append(values)
                counts["删除" if deleted_now else "新增"] += 1
                continue
            rid, revision, sid = found
            if sid is not None and sid != self.station_id:
                raise PackageError(f"上报包 {self.pkg.path.name} 中的{table.label}与另一工作站的记录重号"
                                   f"（uuid {r['uuid']}），未导入。")
            if (r.get("revision") or 0) <= revision:
                counts["未变"] += 1
                continue
            updates.append([*values, rid])
            was_deleted = self._was_deleted(table, rid) if deleted_now else True
            counts["删除" if deleted_now and not was_deleted else "更新"] += 1
        try:
            if updates:  # before the inserts: a row renamed frees its name for a new row of the same package
                sets = ", ".join(f"{c} = ?" for c in columns)
                _many(f"UPDATE {table.name} SET {sets} WHERE id = ?", updates)
            if inserts:
                cols = columns + (["station_id"] if table.is_record else [])
                marks = ",".join("?" * len(cols))
                extra = [self.station_id] if table.is_record else []
                _many(f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({marks})",
                      [v + extra for v in inserts])
        except pw.IntegrityError as exc:
            raise PackageError(f"上报包 {self.pkg.path.name} 中的{table.label}与本单位已有的数据冲突"
                               f"（{exc}），未导入。") from None
        if inserts:
            self.ids.pop(table.name, None)  # new ids are looked up when a later table links here
        return counts

    def _was_deleted(self, table: rows.Table, rid: int) -> bool:
        if "deleted" not in table.model._meta.fields:
            return False
        row = database_proxy.execute_sql(f"SELECT deleted FROM {table.name} WHERE id = ?", [rid]).fetchone()
        return bool(row and row[0])

    def tombstones(self, kinds: dict[str, dict[str, int]], touched: dict[str, set[int]]) -> None:
        """Delete for good what the station deleted for good; *touched* gets the search documents to redo."""
        doc_kind = {table: kind for kind, (table, *_r) in fts.SOURCES.items()}
        child_docs = {table: (owner, kind) for table, owner, kind in fts.CHILD_SOURCES}
        by_table: dict[str, list[str]] = {}
        for r in self.pkg.rows("rows/_deleted.jsonl"):
            by_table.setdefault(r["table"], []).append(r["uuid"])
        for name in reversed([t.name for t in rows.TABLES]):  # children before their owners
            uuids = by_table.get(name)
            if not uuids or name == "station":
                continue
            table = rows.BY_NAME[name]
            found = self.existing(table, uuids)
            ids = [rid for _u, (rid, _rev, sid) in found.items() if sid is None or sid == self.station_id]
            # a deletion of a row not here (yet): remembered, so an older package cannot bring the row back
            absent = [u for u in uuids if u not in found]
            if absent:  # (not a row the same package brings back, as an undone deletion does)
                again = {r["uuid"] for r in self.pkg.rows(f"rows/{name}.jsonl")}
                absent = [u for u in absent if u not in again]
            if absent:
                known = self.tombstoned(name, absent)
                _many(
                    "INSERT INTO tombstone (table_name, row_uuid, change_seq) VALUES (?, ?, ?)",
                    [(name, u, self.start_seq) for u in absent if u not in known])
            for chunk in _chunks(ids):
                marks = ",".join("?" * len(chunk))
                if name in doc_kind:
                    touched.setdefault(doc_kind[name], set()).update(chunk)
                if name in child_docs:
                    owner, kind = child_docs[name]
                    touched.setdefault(kind, set()).update(r[0] for r in database_proxy.execute_sql(
                        f"SELECT {owner} FROM {name} WHERE id IN ({marks})", chunk))
                database_proxy.execute_sql(f"DELETE FROM {name} WHERE id IN ({marks})", chunk)
            if ids:
                counts = kinds.setdefault(name, dict.fromkeys(KINDS, 0))
                counts["删除"] += len(ids)


STATION_INFO = [n for n in rows.BY_NAME["station"].columns if n != "uuid"]


def _station_row(pkg: container.Package) -> dict | None:
    return next(iter(pkg.rows("rows/station.jsonl")), None)


def _register(pkg: container.Package, info: Inspection) -> Station:
    """A new registered station (own = 0) with the package's station info, key and fingerprint."""
    row = _station_row(pkg) or {}
    values = {n: row[n] for n in STATION_INFO if n in row}
    values.update(name=info.name, cppcc=info.cppcc)
    fields = Station._meta.fields
    columns = {fields[n].column_name: v for n, v in values.items()}
    columns.update(uuid=info.station_uuid, own=0, public_key=keys.b64(pkg.signing_key),
                   fingerprint=info.fingerprint, registered_at=str(now()), last_seq=0)
    names = list(columns)
    database_proxy.execute_sql(f"INSERT INTO station ({', '.join(names)}) VALUES ({','.join('?' * len(names))})",
                               [columns[n] for n in names])
    return Station.get(Station.uuid == info.station_uuid)


def _update_station(pkg: container.Package, station: Station, sequence: int) -> int:
    """The station's info as its newest package says (the row's revision is this database's: it counts
    the bookkeeping below too, so the sequence number decides)."""
    row = _station_row(pkg)
    if not row or sequence < (station.last_seq or 0):
        return 0
    fields = Station._meta.fields
    names = [n for n in STATION_INFO if n in row and n != "revision"]
    current = database_proxy.execute_sql(
        f"SELECT {', '.join(fields[n].column_name for n in names)} FROM station WHERE id = ?", [station.id]).fetchone()
    if list(current) == [row[n] for n in names]:
        return 0
    sets = ", ".join(f"{fields[n].column_name} = ?" for n in names)
    database_proxy.execute_sql(f"UPDATE station SET {sets} WHERE id = ?", [row[n] for n in names] + [station.id])
    return 1


def _bookkeeping(station: Station, sequence: int, made_at: str | None) -> None:
    values = {}
    if sequence >= (station.last_seq or 0):
        values["last_seq"] = sequence
        if made_at:
            values["last_package_at"] = dt.datetime.fromisoformat(made_at)
    if values:
        Station.update(**values).where(Station.id == station.id).execute()


def _store_files(pkg: container.Package) -> int:
    """Copy the package's attachment files into the store (once per hash; temp name, then rename)."""
    stored = 0
    base = attachments.root()
    for name, info in pkg.manifest["parts"].items():
        if not name.startswith("files/"):
            continue
        sha = name[len("files/"):]
        final = base / sha[:2] / sha
        if final.is_file() and final.stat().st_size == info.get("size"):
            continue
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = final.with_name(f".incoming-{sha}")
        try:
            with open(tmp, "wb") as out:
                pkg.copy_file(sha, out)
                out.flush()
                os.fsync(out.fileno())
            if attachments.sha256_of(tmp) != sha:
                raise PackageError(f"上报包 {pkg.path.name} 中的附件 {sha[:12]}… 校验和不符，未导入。")
            os.replace(tmp, final)
        except OSError as exc:
            raise PackageError(f"无法保存附件文件 {final}：{exc.strerror or exc}") from None
        finally:
            tmp.unlink(missing_ok=True)
        stored += 1
    return stored


def import_package(pkg: container.Package, *, accept_new: bool = False, progress=None) -> ImportResult:
    """Write *pkg* (opened and verified) into the database, all or nothing; NewStation unless accepted."""
    context.require_edit()
    info = inspect(pkg)
    result = ImportResult(pkg.path, info.name, info.fingerprint, info.sequence)
    if info.already:
        result.already = True
        result.gaps = history.missing(history.imported(info.station_uuid))
        return result
    if info.new_station and not accept_new:
        raise NewStation(info)
    result.files = _store_files(pkg)
    steps = len(rows.TABLES) + 1
    try:
        with database_proxy.atomic():
            station = _register(pkg, info) if info.new_station else Station.get(Station.uuid == info.station_uuid)
            result.registered = info.new_station
            if not info.new_station and _update_station(pkg, station, info.sequence):
                result.kinds["station"] = {**dict.fromkeys(KINDS, 0), "更新": 1}
            writer = _Writer(pkg, station.id)
            # search documents once and change_seq stamps once, at the end (the per-row triggers are off inside)
            with fts.deferred(database_proxy.obj) as touched, \
                    sync.stamped_at_end(database_proxy.obj, [t.name for t in rows.TABLES if t.name != "station"]):
                # deletions first: a child row replaced at the station (deleted, then added again with the
                # same owner and member) must be gone before its successor comes in
                writer.tombstones(result.kinds, touched)
                for i, table in enumerate(rows.TABLES):
                    if progress:
                        progress(i, steps, f"导入{table.label}…")
                    if table.name == "station":
                        continue
                    counts = writer.table(table)
                    for kind, n in counts.items():
                        if n:
                            result.kinds.setdefault(table.name, dict.fromkeys(KINDS, 0))[kind] += n
            result.unresolved, result.without_files = writer.unresolved, writer.without_files
            made = pkg.manifest.get("made_at")
            _bookkeeping(station, info.sequence, made)
            history.record_import(info.station_uuid, info.sequence, {
                "digest": pkg.digest, "at": now().isoformat(), "full": info.full, "made_at": made,
                "complete": writer.unresolved == 0, "file": pkg.path.name})
            AuditLog.create(username=context.current().username, action="package_import", table="station",
                            record_id=station.id, record_uuid=station.uuid,
                            note=(f"导入上报包：{info.name} 第{info.sequence}号，"
                                  + "，".join(f"{k}{result.total(k)}" for k in KINDS))[:200])
    except pw.IntegrityError as exc:
        raise PackageError(f"上报包 {pkg.path.name} 与本单位已有的数据冲突（{exc}），未导入。") from None
    result.gaps = history.missing(history.imported(info.station_uuid))
    if progress:
        progress(steps, steps, "完成")
    return result


@dataclass
class Outcome:
    """One file of an import run: its result, or why it was refused (nothing of it written)."""

    path: Path
    result: ImportResult | None = None
    error: str = ""
    pending: Inspection | None = None  # a new station not confirmed

    def lines(self) -> list[str]:
        if self.result is not None:
            return self.result.lines()
        return [f"{self.path.name}：未导入。{self.error}"]


def import_files(paths, *, accept_new: bool | Callable[[Inspection], bool] = False, progress=None,
                 cancelled=None) -> list[Outcome]:
    """Import several package files: each verified first, then applied oldest first per station.

    *accept_new* True registers new stations; a callable is asked per new station (its name and fingerprint).
    A refused file does not stop the others."""
    opened: list[tuple[container.Package, Inspection]] = []
    outcomes: dict[Path, Outcome] = {}
    try:
        for n, path in enumerate(paths):
            path = Path(path)
            outcomes[path] = Outcome(path)
            if progress:
                progress(n, len(paths) * 2, f"检查 {path.name}…")
            try:
                pkg = open_package(path)
                opened.append((pkg, inspect(pkg)))
            except PackageError as exc:
                outcomes[path].error = exc.message
        opened.sort(key=lambda p: (p[1].station_uuid, p[1].sequence))
        asked: dict[str, bool] = {}
        for n, (pkg, info) in enumerate(opened):
            if cancelled and cancelled():
                raise container.Cancelled()
            if progress:
                progress(len(paths) + n, len(paths) * 2, f"导入 {info.name} 第 {info.sequence} 号…")
            accept = accept_new is True
            if info.new_station and callable(accept_new):
                if info.station_uuid not in asked:
                    asked[info.station_uuid] = bool(accept_new(info))
                accept = asked[info.station_uuid]
            try:
                outcomes[pkg.path].result = import_package(pkg, accept_new=accept)
            except NewStation as exc:
                outcomes[pkg.path].error, outcomes[pkg.path].pending = exc.message, exc.inspection
            except PackageError as exc:
                outcomes[pkg.path].error = exc.message
    finally:
        for pkg, _info in opened:
            pkg.close()
    return list(outcomes.values())
