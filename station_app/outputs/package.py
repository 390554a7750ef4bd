"""迎检材料: one zip per period — the 全年台账 workbook, every archive sheet per kind, and an index (目录).

Sheets are rendered one file per record by a pool of worker processes (both cores); the workbook is
written meanwhile. The index PDF lists exactly the files in the zip, itself included. The zip is
written to a temporary name and renamed; cancelling leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import shutil
import tempfile
import threading
import zipfile
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook

import station_app.outputs.sheets.index as index_pdf
import station_app.outputs.sheets.precheck as precheck  # noqa: PLR0402  (not via the package: no cycle)
from station_app.outputs import Cancelled, Ticker, atomic_path
from station_app.outputs.ledgers.export import export_ledger
from station_app.outputs.sheets.fonts import Coverage
from station_app.outputs.sheets.registry import ORDER, SPECS
from station_app.outputs.sheets.render import make_context, render_records, station
from station_app.services.dossier import archive_problems_by_case
from station_app.services.privacy import allow_unmasked
from station_app.store.base import database_proxy
from station_app.store.db import open_database
from station_app.store.models import Station

LEDGER_NAME = "00_全年台账.xlsx"
INDEX_NAME = "00_目录.pdf"
STAGING_PREFIX = ".inspection-"  # staging folders in the data folder; store.backup.sweep_leftovers removes old ones
UNARCHIVED_FOLDER = "03_未归档卷宗"  # dossiers of cases not (yet) archived, apart from the 卷宗 folder
UNARCHIVED = "unarchived"
CHUNK = 30  # records per worker task: small enough to cancel quickly, large enough to amortise
COMBINED_KINDS = ("roster", "report", "board")  # sheets of a month or year of every station, not of records


class PackageError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class PackageResult:
    path: Path
    files: int = 0
    pages: int = 0
    entries: list = field(default_factory=list)  # index rows: (name, pages or None, note)
    notes: list = field(default_factory=list)  # warnings for the user (missing glyphs, no ledger)
    unarchived: int = 0  # mediation cases of the period whose dossier is not archived (in UNARCHIVED_FOLDER)


def _years(start: dt.date, end: dt.date) -> range:
    return range(start.year, end.year + 1)


def period_records(start: dt.date, end: dt.date, station: int | None = None):
    """(kind, year, records) of every sheet kind and year of the period, in package order.

    *station*: that station's records only; the kinds whose sheets sum up every station (值班表 by
    month, 年度工作报告, 回音壁) are left out of one station's package."""
    for key in ORDER:
        spec = SPECS[key]
        for year in _years(start, end):
            records = spec.select(None, year)
            if spec.date_of is not None:
                records = [r for r in records if start <= spec.date_of(r) <= end]
            if station is not None:
                if key in COMBINED_KINDS:
                    continue
                records = [r for r in records if getattr(r, "station_id", None) == station]
            yield key, year, records


def plan(start: dt.date, end: dt.date, station: int | None = None) -> list[tuple]:
    """Tasks (kind, ids, year[, "unarchived"]) covering every record of the period, in package order.

    Mediation cases not archived get tasks of their own, marked "unarchived": their dossiers go to
    UNARCHIVED_FOLDER and the index says what keeps each from being archived.
    """
    tasks = []
    for key, year, records in period_records(start, end, station):
        spec = SPECS[key]
        if spec.number is not None and records:  # 件号 stored here, so the workers only read them
            spec.number(records, year)
        if spec.group_of is not None:  # one task per file
            groups: dict = {}
            for r in records:
                groups.setdefault(spec.group_of(r), []).append(r.id)
            tasks += [(key, ids, year) for ids in groups.values()]
            continue
        if key == "dispute":  # cases not archived: tasks of their own, their dossiers apart (UNARCHIVED_FOLDER)
            apart = [r.id for r in records if r.archive_status != "已归档"]
            ids = [r.id for r in records if r.archive_status == "已归档"]
            tasks += [(key, apart[i:i + CHUNK], year, UNARCHIVED) for i in range(0, len(apart), CHUNK)]
        else:
            ids = [r.id for r in records]
        for i in range(0, len(ids), CHUNK):
            tasks.append((key, ids[i:i + CHUNK], year))
    return tasks


def item_runs(items: list[str]) -> str:
    """件号 of a file's sheets for the index, in number order with runs joined: 来访-001—来访-004、来访-009.

    Stored numbers follow the order records were saved, so a back-filled record's number sits apart."""
    def seq(item):
        head, _, tail = item.rpartition("-")
        return (head, int(tail)) if tail.isdigit() else (item, -1)

    runs: list[list] = []
    for item in sorted(dict.fromkeys(items), key=seq):
        head, n = seq(item)
        if runs and n >= 0 and runs[-1][0] == head and runs[-1][2] == n - 1:
            runs[-1][2:] = [n, item]
        else:
            runs.append([head, item, n, item])
    return "、".join(first if first == last else f"{first}—{last}" for _, first, _, last in runs)


def unprintable(start: dt.date, end: dt.date, station: int | None = None) -> list:
    """Before the package is built: the records of the period holding characters no bundled font has
    (see outputs/sheets/precheck.py); they print as □."""
    found = precheck.common_findings()
    seen: set = set()
    for _key, _year, records in period_records(start, end, station):
        fresh = [r for r in records if hasattr(r, "_meta") and (type(r), r.id) not in seen]
        seen.update((type(r), r.id) for r in fresh)
        found += precheck.check_records(fresh)
    return found


def unarchived_note(title: str, reasons: list[str]) -> str:
    """The index's 备注 for an unarchived dossier: what it is, and why it is not archived."""
    why = "；".join(reasons) if reasons else "归档条件已具备，尚未办理归档"
    return f"未归档：{why}。{title}"


# ---- worker side (runs in a child process, or in-process when workers == 0) ----

_worker_ready = False


def dossier_remark(tasks) -> str:
    """The index's line on the period's dossiers: how many are archived, how many are apart and why."""
    cases = [t for t in tasks if t[0] == "dispute"]
    if not cases:
        return ""
    apart = sum(len(t[1]) for t in cases if UNARCHIVED in t[3:])
    filed = sum(len(t[1]) for t in cases) - apart
    line = f"人民调解卷宗 {filed + apart} 件：已归档 {filed} 件"
    if apart:
        line += f"；未归档 {apart} 件，单独放在“{UNARCHIVED_FOLDER}”，备注写明每件缺少什么"
    return line + "。"


def _end_with_parent() -> None:
    """Exit this worker as soon as the process that started it is gone (killed, crashed): a daemon thread
    waits on the parent's sentinel (works on Windows and Linux), so no orphan keeps station.db open."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch():
        parent.join()
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _init_worker(db_path: str, key: bytes | None = None, server: tuple | None = None) -> None:
    """*server*: (URL, password, cache folder) of a PostgreSQL database, which the worker connects to."""
    global _worker_ready
    _end_with_parent()
    if server is not None:
        from station_app.store.server import open_server_database

        url, password, cache_dir = server
        open_server_database(url, password=password, create=False, cache_dir=cache_dir)
    else:
        open_database(db_path, create=False, migrate=False, key=key)  # key: encrypted data (the session's)
    _worker_ready = True


def render_task(task, staging: str, unmasked: bool = False, today: dt.date | None = None,
                ) -> list[tuple[str, str, int, dict]]:
    """Render the records of *task* under *staging*: one PDF per record, or per group for kinds that bind
    several small sheets in one file. Returns (name in zip, title, pages, missing glyphs) per file."""
    key, ids, year, *flags = task
    spec = SPECS[key]
    cov, cache, own = Coverage(), {}, station()
    rows: dict = {}  # station id -> its row: each record's sheets carry its own station's name
    apart = UNARCHIVED in flags
    folder = Path(staging) / (UNARCHIVED_FOLDER if apart else spec.folder)
    reasons = {}
    if apart:
        reasons = archive_problems_by_case(ids, today)
    folder.mkdir(parents=True, exist_ok=True)
    records = spec.select(ids, year)
    if spec.group_of is not None:
        files: dict = {}
        for r in records:
            files.setdefault(spec.group_of(r), []).append(r)
        units = [(stem + ".pdf", title, rs) for (stem, title), rs in files.items()]
    else:
        units = [(None, None, [r]) for r in records]
    out = []
    for name, title, rs in units:
        sid = getattr(rs[0], "station_id", None)
        if sid is not None and sid not in rows:
            rows[sid] = Station.get_or_none(Station.id == sid) or own
        st = rows.get(sid, own)
        ctx = make_context(spec, unmasked=unmasked, year=year, cov=cov, cache=cache, station_row=st)
        ctx.scope = records
        tmp = folder / f".{rs[0].id}.part"
        sheets, state = render_records(spec, rs, str(tmp), ctx)
        if name is None:
            name, title = sheets[0].file_name, sheets[0].title
            if apart:
                title = unarchived_note(title, reasons.get(rs[0].id, []))
        else:
            title = f"{title}（{len(sheets)} 份：{item_runs([sh.stamp.item for sh in sheets])}）"
        target = folder / name
        n = 2
        while target.exists():
            target = folder / f"{Path(name).stem}_{n}.pdf"
            n += 1
        tmp.rename(target)
        out.append((f"{folder.name}/{target.name}", title, sum(state.pages.values()), dict(cov.missing)))
    return out


# ---- coordinator ----

def _ledger(start, end, dest: Path, notes: list, cancel, station: int | None = None) -> bool:
    export_ledger("all", dest, start=start, end=end, cancel=cancel, station=station)
    return True


def _workbook_note(path: Path) -> str:
    try:
        wb = load_workbook(path, read_only=True)
        names = wb.sheetnames
        wb.close()
        return f"Excel 工作簿，{len(names)} 个工作表：{'、'.join(names)}"
    except Exception:  # noqa: BLE001  (the note is informative only)
        return "Excel 工作簿"


def build_package(start: dt.date, end: dt.date, path, *, progress=None, cancel=None, workers: int = 2,
                  unmasked: bool = False, reported=frozenset(), today: dt.date | None = None,
                  station: int | None = None) -> PackageResult:
    """Build the zip; characters in *reported* (already shown by `unprintable`) are not noted again.

    *station*: one station's package at the county (its ledgers and sheets only); None: every record."""
    if end < start:
        raise PackageError(f"截止日期 {end} 早于起始日期 {start}")
    if unmasked:  # full ID / phone numbers: administrators only, audited
        allow_unmasked(f"迎检材料 {start}—{end} → {path}")
    db = database_proxy.obj
    if db is None:
        raise PackageError("数据库未打开。")
    tasks = plan(start, end, station)
    total = sum(len(t[1]) for t in tasks) + 2
    ticker = Ticker(total, progress, cancel, every=1)
    result = PackageResult(Path(path), unarchived=sum(len(t[1]) for t in tasks if UNARCHIVED in t[3:]))
    # staged inside the data folder (hidden, swept at the next start if a kill leaves it), not beside the zip
    on_server = getattr(db, "is_server", False)
    folder = Path(db.cache_dir) if on_server else Path(db.database).parent
    folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))
    rendered: list[tuple[str, str, int, dict]] = []
    try:
        pool = None
        if workers > 0 and tasks:
            pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                       initializer=_init_worker,
                                       initargs=(str(db.database), getattr(db, "data_key", None),
                                                 (db.database, db.connect_params.get("password"), str(db.cache_dir))
                                                 if on_server else None))
        try:
            futures = {pool.submit(render_task, t, str(staging), unmasked, today): t for t in tasks} if pool else {}
            ticker.progress and ticker.progress(0, total, "正在生成全年台账…")
            has_ledger = _ledger(start, end, staging / LEDGER_NAME, result.notes, cancel, station)
            ticker.step(1, "全年台账已生成")
            if pool is None:
                for t in tasks:
                    part = render_task(t, str(staging), unmasked, today)
                    rendered += part
                    ticker.step(len(t[1]), part[-1][1] if part else "")
            pending = set(futures)
            while pending:
                done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                for fut in done:
                    part = fut.result()
                    rendered += part
                    ticker.step(len(futures[fut][1]), part[-1][1] if part else "")
                ticker.check()
        except BaseException:
            if pool:
                pool.shutdown(wait=True, cancel_futures=True)
            raise
        if pool:
            pool.shutdown(wait=True)
        rendered.sort(key=lambda r: r[0])
        missing: dict[str, str] = {}
        for *_, lost in rendered:
            for ch, where in lost.items():
                missing.setdefault(ch, where)
        if missing:
            cov = Coverage()
            cov.merge(missing)
            if cov.message(skip=reported):
                result.notes.append(cov.message(skip=reported))
        entries = []
        if has_ledger:
            entries.append((LEDGER_NAME, None, _workbook_note(staging / LEDGER_NAME)))
        entries += [(name, pages, title) for name, title, pages, _ in rendered]
        index_pages = index_pdf.write(staging / INDEX_NAME, entries, start, end, dossier_remark(tasks),
                                      Station.get_or_none(Station.id == station) if station else None)
        entries.insert(0, (INDEX_NAME, index_pages, "迎检材料目录"))
        ticker.step(1, "目录已生成")
        with (atomic_path(path) as tmp,
              zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf):
            for name, _, _ in entries:
                ticker.check()
                zf.write(staging / name, name)
        result.entries = entries
        result.files = len(entries)
        result.pages = sum(p or 0 for _, p, _ in entries)
        return result
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def build_inspection_package(start, end, path, *, progress=None, cancel=None, **kw) -> Path:
    """The contract entry point: builds the zip and returns its path (see build_package for details)."""
    return build_package(start, end, path, progress=progress, cancel=cancel, **kw).path


__all__ = [
    "UNARCHIVED_FOLDER",
    "Cancelled",
    "PackageError",
    "PackageResult",
    "build_inspection_package",
    "build_package",
    "plan",
]
