"""The crash log: an unexpected error (a bug, not a known fault) is written to logs/crash-<time>.log in the
data folder, and the user is told where it is — by the uncaught-exception hook (ui/app.py) and by the dialogs
and background jobs that catch a failure themselves (report_unexpected)."""

from __future__ import annotations

import datetime as dt
import logging
import traceback
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from station_app import APP_NAME, __version__
from station_app.paths import DataDir
from station_app.store.errors import known_error
from station_app.ui.i18n import translate

log = logging.getLogger("station_app")
KEEP_CRASH_LOGS = 20
_data: list[DataDir] = []  # the data folder of the running application (set by app.install_crash_handler)


def use_data_dir(data: DataDir) -> None:
    _data[:] = [data]


def write_crash_log(data: DataDir, exc_type, exc, tb) -> Path:
    """Write the traceback and the environment to logs/crash-<time>.log; keep the newest 20."""
    data.logs.mkdir(parents=True, exist_ok=True)
    path = data.logs / f"crash-{dt.datetime.now():%Y%m%d-%H%M%S-%f}.log"
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    import platform  # only when a crash is written: ≈ 3 ms of every start otherwise

    path.write_text(f"{APP_NAME} {__version__}\n{platform.platform()} Python {platform.python_version()}\n"
                    f"{dt.datetime.now().isoformat()}\n\n{text}", "utf-8")
    for old in sorted(data.logs.glob("crash-*.log"))[:-KEEP_CRASH_LOGS]:
        old.unlink(missing_ok=True)
    return path


def record(exc: BaseException) -> Path | None:
    """The crash log of *exc* (None when there is no data folder to write it to, or it cannot be written)."""
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    if not _data:
        return None
    try:
        return write_crash_log(_data[0], type(exc), exc, exc.__traceback__)
    except OSError:
        return None


def where_text(path: Path | None) -> str:
    """The crash dialog's text naming the log file."""
    return translate("App", "程序遇到意外错误。已保存的数据不受影响。\n\n错误报告已保存到：\n{path}\n\n"
                            "如问题反复出现，请把这个文件发给技术支持。").format(
        path=path or translate("App", "（无法写入日志文件夹）"))


def known_message(exc: BaseException) -> str | None:
    """The Chinese message of a known condition, or None for a bug: a storage fault (chosen by SQLite's
    result code or the OS errno: busy, full, read-only, damaged …) or one of the application's own errors,
    which carry their message as `.message` (bad input, no right, a file that cannot be written …)."""
    known = known_error(exc)
    if known is not None:
        return known.message
    message = getattr(exc, "message", None)
    return message if isinstance(message, str) and message else None


def failure_text(exc: BaseException) -> str:
    """What to tell the user about a failure: its known message, else (a bug) where its crash log is."""
    return known_message(exc) or where_text(record(exc))


def report_unexpected(parent: QWidget | None, exc: BaseException) -> Path | None:
    """A bug caught by a dialog or a job: its crash log, and a dialog saying where it is."""
    path = record(exc)
    QMessageBox.critical(parent, translate("App", "程序出错"), where_text(path))
    return path
