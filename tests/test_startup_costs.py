"""What a start reads: the font cache is found without reading the 10 MB bundle; the undo bar's marks read
only the audit entries since the last look; signing in loads none of the record services; when the main window
first shows, only its first page is built (in its place in the stack), with no record services, charts, PDF or
spreadsheet libraries, logging.handlers or ctypes loaded; the log file rotates by itself."""

from __future__ import annotations

import lzma
import os
import subprocess
import sys
from pathlib import Path

from station_app import fontfiles
from station_app.logfile import RotatingLogFile
from station_app.services import audit_marks, context, records


def _packed(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "bundle" / "Demo.ttf.xz"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(lzma.compress(data))
    return path


def test_font_cache_found_again_without_reading_the_bundle(tmp_path, monkeypatch):
    monkeypatch.setenv("STATION_FONT_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(fontfiles, "_unpacked", {})
    packed = _packed(tmp_path, b"font v1" * 1000)
    first = fontfiles._unpacked_font(packed, "字体")
    assert first.parent == tmp_path / "cache" and first.read_bytes() == b"font v1" * 1000

    monkeypatch.setattr(fontfiles, "_unpacked", {})  # a new start
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda p: (_ for _ in ()).throw(AssertionError(f"read {p}"))
                        if p == packed else real(p))
    assert fontfiles._unpacked_font(packed, "字体") == first


def test_an_updated_font_unpacks_afresh_and_the_old_copy_goes(tmp_path, monkeypatch):
    monkeypatch.setenv("STATION_FONT_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(fontfiles, "_unpacked", {})
    packed = _packed(tmp_path, b"font v1" * 1000)
    old = fontfiles._unpacked_font(packed, "字体")
    packed.write_bytes(lzma.compress(b"font v2, longer" * 1000))  # an update of the program
    stat = packed.stat()
    os.utime(packed, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    monkeypatch.setattr(fontfiles, "_unpacked", {})
    new = fontfiles._unpacked_font(packed, "字体")
    assert new != old and new.read_bytes() == b"font v2, longer" * 1000
    assert not old.exists()
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()) == [new.name]


def test_marks_see_the_users_new_entries_only(db):
    context.set_actor("clerk", "录入员")
    before = audit_marks.last_entry_id()
    assert audit_marks.newest_entry_id("clerk", after=before) == 0
    context.set_actor("other", "管理员")
    records.create("member", {"name": "张建国", "sector": "民革"})
    assert audit_marks.newest_entry_id("clerk", after=before) == 0  # someone else's change
    context.set_actor("clerk", "录入员")
    records.create("member", {"name": "李红", "sector": "民盟"})
    mine = audit_marks.newest_entry_id("clerk", after=before)
    assert mine == audit_marks.last_entry_id() > before
    assert audit_marks.newest_entry_id("clerk", after=mine) == 0


def test_signing_in_loads_no_record_services(db, data_dir):
    """Opening a current database and signing in as the only account (what a start does before the main
    window) imports neither the record services nor peewee's migrator nor cryptography."""
    from station_app.services import accounts

    accounts.ensure_admin("Station-2026")  # one account: no login dialog
    from station_app.store.db import close_database

    close_database()
    code = f"""
import sys
from pathlib import Path
from station_app.paths import DataDir
from station_app.store.db import open_database
from station_app.services.encryption import enabled
data = DataDir(Path({str(data_dir.root)!r}))
assert not enabled(data)
open_database(data.db_path, check=False)
from station_app.ui.app import sign_in
assert sign_in()
loaded = [m for m in ("station_app.services.records", "playhouse.migrate", "cryptography", "station_app.ui.login")
          if m in sys.modules]
print(loaded)
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
                         check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def _run_child(code: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
                         check=False)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().splitlines()[-1]


# loaded by pages, dialogs and outputs when first opened: none of them is needed to show the window
NOT_AT_START = ("station_app.services.records", "station_app.services.registry", "station_app.services.fields",
                "station_app.services.listing", "station_app.services.dashboard",
                "station_app.ui.pages.reception", "station_app.ui.charts", "PySide6.QtCharts", "PySide6.QtPdf",
                "openpyxl", "reportlab", "pypinyin", "holidays", "chinese_calendar", "playhouse.migrate",
                "cryptography", "logging.handlers", "ctypes")


def test_the_window_shows_with_its_first_page_only_and_light_imports(db, data_dir):
    """The start as the benchmark sees it (ui.app.run up to the event loop): the restored page (首页) is the
    only one built, built in the stack (not moved there: a move re-styles all it holds), and the modules of
    the other pages, the record services, QtCharts/QtPdf, openpyxl/reportlab and the date libraries are not
    loaded yet. logging.handlers (socket, pickle, queue) and ctypes are not loaded at all."""
    from station_app.services import accounts

    accounts.ensure_admin("Station-2026")  # one account: no login dialog
    from station_app.store.db import close_database

    close_database()
    code = f"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from station_app.paths import DataDir
from station_app.ui.app import run
from station_app.ui.pages import base

built, make = [], base.Page.__init__

def watched(self, parent=None, *args, **kwargs):  # the parent each page is built under
    built.append((type(self).__name__, type(parent).__name__))
    make(self, parent, *args, **kwargs)

base.Page.__init__ = watched

def shown(*args):
    window = [w for w in QApplication.topLevelWidgets() if hasattr(w, "pages") and w.isVisible()][0]
    loaded = [m for m in {NOT_AT_START!r} if m in sys.modules]
    print([sorted(window.pages), built, window.stack.currentWidget() is window.pages["home"], loaded])
    return 0

QApplication.exec = shown
sys.exit(run(DataDir(Path({str(data_dir.root)!r}))))
"""
    assert _run_child(code) == "[['home'], [('HomePage', 'QStackedWidget')], True, []]"


def test_the_log_file_rotates_past_its_size_keeping_the_newest_files(tmp_path):
    import logging

    path = tmp_path / "station.log"
    handler = RotatingLogFile(path, max_bytes=2000, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("test-rotation")
    log.propagate = False
    log.addHandler(handler)
    try:
        for i in range(100):
            log.warning("第%03d条记录 %s", i, "x" * 40)
    finally:
        log.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["station.log", "station.log.1", "station.log.2"]  # the oldest beyond 2 are gone
    for p in tmp_path.iterdir():
        assert 0 < p.stat().st_size <= 2000
    newest = path.read_text("utf-8").splitlines()
    assert newest[-1].startswith("第099条记录")
    older = (tmp_path / "station.log.1").read_text("utf-8").splitlines()
    assert int(older[-1][1:4]) + 1 == int(newest[0][1:4])  # nothing lost between the files
