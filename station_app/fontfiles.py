"""The bundled font files: the main CJK font, and the xz-packed fallback for CJK Ext-A/B, unpacked once.

The fallback (Station Han Ext, a subset of Hanazono Mincho) ships compressed to keep the program small;
the first use unpacks it into the user's cache folder (a temporary name renamed, so two processes
never see half a file), later uses find it there. Both PDF sheets (reportlab) and the GUI (Qt) use it.
"""

from __future__ import annotations

import hashlib
import lzma
import os
import tempfile
import threading
from pathlib import Path

from station_app.paths import resources_dir

MAIN_FILE = "wqy-microhei.ttc"
FALLBACK_PACKED = "StationHanExt.ttf.xz"
FALLBACK_FAMILY = "Station Han Ext"
_lock = threading.Lock()
_unpacked: Path | None = None


class FontFileError(RuntimeError):
    """A bundled font file is missing or cannot be unpacked (a broken installation)."""


def main_font_path() -> Path:
    return resources_dir() / "fonts" / MAIN_FILE


def packed_fallback_path() -> Path:
    return resources_dir() / "fonts" / FALLBACK_PACKED


def _cache_dirs() -> list[Path]:
    dirs = []
    env = os.environ.get("STATION_FONT_CACHE")
    if env:
        dirs.append(Path(env))
    try:
        from platformdirs import user_cache_dir

        from station_app import APP_ID

        dirs.append(Path(user_cache_dir(APP_ID, appauthor=False)) / "fonts")
    except Exception:  # no home folder: the temporary folder still works
        pass
    dirs.append(Path(tempfile.gettempdir()) / "station-ledger-fonts")
    return dirs


def fallback_font_path() -> Path:
    """The unpacked fallback font file (unpacked now if no cached copy of this version exists)."""
    global _unpacked
    with _lock:
        if _unpacked is not None and _unpacked.exists():
            return _unpacked
        packed = packed_fallback_path()
        if not packed.is_file():
            raise FontFileError(f"找不到内置生僻字字体文件：{packed}，请重新安装程序。")
        raw = packed.read_bytes()
        name = f"StationHanExt-{hashlib.sha256(raw).hexdigest()[:12]}.ttf"
        data = None
        for folder in _cache_dirs():
            target = folder / name
            if target.is_file() and target.stat().st_size > 0:
                _unpacked = target
                return target
            try:
                if data is None:
                    data = lzma.decompress(raw)
                folder.mkdir(parents=True, exist_ok=True)
                part = folder / f".{name}.{os.getpid()}.{threading.get_ident()}.part"
                part.write_bytes(data)
                os.replace(part, target)
            except lzma.LZMAError as exc:
                raise FontFileError(f"内置生僻字字体文件已损坏：{packed}（{exc}），请重新安装程序。") from None
            except OSError:
                continue  # not writable: try the next folder
            _unpacked = target
            return target
        raise FontFileError("无法解压内置生僻字字体：用户缓存文件夹和临时文件夹都不可写。")
