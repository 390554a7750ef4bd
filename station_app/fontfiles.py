"""The bundled font files, both xz-packed and unpacked once: the main CJK font and the fallback for Ext-A/B.

They ship compressed to keep the program small (the fallback is Station Han Ext, a subset of Hanazono
Mincho); the first use unpacks it into the user's cache folder (a temporary name renamed, so two processes
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

MAIN_PACKED = "wqy-microhei.ttc.xz"  # the main CJK font, xz-packed too (5.2 MB → 1.5 MB in the bundle)
FALLBACK_PACKED = "StationHanExt.ttf.xz"
FALLBACK_FAMILY = "Station Han Ext"
_lock = threading.Lock()
_unpacked: dict[str, Path] = {}


class FontFileError(RuntimeError):
    """A bundled font file is missing or cannot be unpacked (a broken installation)."""


def packed_main_path() -> Path:
    return resources_dir() / "fonts" / MAIN_PACKED


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
    except Exception:  # best effort (e.g. no home folder): the temporary folder still works
        import logging

        logging.getLogger(__name__).debug("no user cache folder for the fonts", exc_info=True)
    dirs.append(Path(tempfile.gettempdir()) / "station-ledger-fonts")
    return dirs


def _unpacked_name(packed: Path) -> str:
    """The cached copy's file name for this version of *packed*: keyed on the packed file's size and
    modification time, so a start finds its copy without reading (or hashing) the 10 MB bundle; an updated
    or reinstalled font unpacks afresh."""
    stat = packed.stat()
    stem, _, suffix = packed.name[:-len(".xz")].rpartition(".")
    version = hashlib.sha256(f"{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:12]
    return f"{stem}-{version}.{suffix}"


def _sweep_older(folder: Path, name: str) -> None:
    """Remove copies of earlier versions of the font *name* from *folder* (one still open elsewhere stays)."""
    stem, _, suffix = name.rpartition(".")
    for old in folder.glob(f"{stem.rpartition('-')[0]}-*.{suffix}"):
        if old.name != name:
            try:
                old.unlink()
            except OSError:
                pass


def _unpacked_font(packed: Path, what: str) -> Path:
    """The unpacked copy of the xz-packed font *packed* (unpacked now if no cached copy of this version)."""
    with _lock:
        known = _unpacked.get(packed.name)
        if known is not None and known.exists():
            return known
        if not packed.is_file():
            raise FontFileError(f"找不到内置{what}文件：{packed}，请重新安装程序。")
        name = _unpacked_name(packed)
        data = None
        for folder in _cache_dirs():
            target = folder / name
            if target.is_file() and target.stat().st_size > 0:
                _unpacked[packed.name] = target
                return target
            try:
                if data is None:
                    data = lzma.decompress(packed.read_bytes())
                folder.mkdir(parents=True, exist_ok=True)
                part = folder / f".{name}.{os.getpid()}.{threading.get_ident()}.part"
                part.write_bytes(data)
                os.replace(part, target)
                _sweep_older(folder, name)
            except lzma.LZMAError as exc:
                raise FontFileError(f"内置{what}文件已损坏：{packed}（{exc}），请重新安装程序。") from None
            except OSError:
                continue  # not writable: try the next folder
            _unpacked[packed.name] = target
            return target
        raise FontFileError(f"无法解压内置{what}：用户缓存文件夹和临时文件夹都不可写。")


def main_font_path() -> Path:
    """The main CJK font (WenQuanYi Micro Hei), unpacked once into the user's cache folder."""
    return _unpacked_font(packed_main_path(), "中文字体")


def fallback_font_path() -> Path:
    """The fallback font for CJK Ext-A/B, unpacked once into the user's cache folder."""
    return _unpacked_font(packed_fallback_path(), "生僻字字体")
