"""What a start reads: the font cache is found without reading the 10 MB bundle; the undo bar's marks read
only the audit entries since the last look; signing in loads none of the record services."""

from __future__ import annotations

import lzma
import os
import subprocess
import sys
from pathlib import Path

from station_app import fontfiles
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
from station_app.app import sign_in
assert sign_in()
loaded = [m for m in ("station_app.services.records", "playhouse.migrate", "cryptography", "station_app.ui.login")
          if m in sys.modules]
print(loaded)
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
