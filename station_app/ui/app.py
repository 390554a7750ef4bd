"""Start the desktop application: Qt set-up, instance lock, database, login, main window, crash log."""

from __future__ import annotations

import datetime as dt
import gc
import importlib
import logging
import os
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import (
    QObject,
    QSettings,
    QTimer,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from station_app import APP_ID, APP_NAME, ORG_NAME, __version__
from station_app.logfile import RotatingLogFile
from station_app.paths import DataDir
from station_app.ui import crash
from station_app.ui.crash import write_crash_log

log = logging.getLogger("station_app")


# ---- logging and crashes ----
def setup_logging(data: DataDir) -> Path:
    """A rotating log file in the data folder's logs/ (1 MB × 5)."""
    data.logs.mkdir(parents=True, exist_ok=True)
    path = data.logs / "station.log"
    root = logging.getLogger("station_app")
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = RotatingLogFile(path, max_bytes=1_000_000, backups=5)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path


def install_crash_handler(data: DataDir) -> None:
    """Uncaught exceptions: a crash log and a dialog naming it, instead of a silent exit (and the folder
    where the dialogs and background jobs write theirs, see ui/crash.py)."""
    crash.use_data_dir(data)

    def handler(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            return sys.__excepthook__(exc_type, exc, tb)
        from station_app.store.errors import known_error

        known = known_error(exc, path=data.root) if exc is not None else None
        if known is not None and QApplication.instance() is not None:  # a full disk is not a bug
            log.warning("known fault: %s", known.message)
            from station_app.ui.i18n import translate

            QMessageBox.warning(None, translate("App", "无法完成"), known.message)
            return None
        try:
            path = write_crash_log(data, exc_type, exc, tb)
        except OSError:
            path = None
        log.error("uncaught exception", exc_info=(exc_type, exc, tb))
        if QApplication.instance() is not None:
            from station_app.ui.i18n import translate

            QMessageBox.critical(None, translate("App", "程序出错"), crash.where_text(path))

    sys.excepthook = handler


def _qt_messages(mode, context, message):
    log.warning("Qt: %s", message)


# ---- Qt set-up ----
def create_application(argv: list[str] | None = None, language: str = "zh_CN",
                       font_scale: int | None = None) -> QApplication:
    """The QApplication with the bundled font and the interface language's locale and translations.

    Chinese (default): Chinese locale and Qt's qtbase_zh_CN; English: resources/translations/*_en.qm.
    *font_scale*: 100 / 115 / 130 per cent (帮助 → 字体大小); None keeps the size set before (100 at first).
    """
    from station_app.ui import i18n, theme

    app = QApplication.instance()
    if app is None:
        app = QApplication([*(argv if argv is not None else sys.argv[:1]), *theme.STYLE_ARGS])
        app.setProperty("station_style", theme.STYLE)
    app.setApplicationName(APP_ID)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(theme.icon("app"))
    i18n.install(app, language)
    theme.apply(app, font_scale)
    return app


# ---- the data folder ----
def _message(kind, title: str, text: str) -> None:
    QMessageBox(kind, title, text, QMessageBox.Ok).exec()


def open_store(data: DataDir, key: bytes | None = None):
    """Open the database (encrypted: with its data *key*), answering the known faults with a dialog;
    returns the database or None.

    The store's own messages (exc.message) are Chinese service text; titles and questions are translated.
    """
    from station_app.store.backup import restore
    from station_app.store.db import open_database
    from station_app.store.errors import (
        BackupError,
        DatabaseCorruptError,
        DatabaseMissingError,
        DatabaseNewerError,
        StoreError,
    )
    from station_app.ui.i18n import translate

    try:
        return open_database(data.db_path, check=False, key=key)  # the full check runs after the window is shown
    except DatabaseNewerError as exc:
        _message(QMessageBox.Warning, translate("App", "需要升级程序"), exc.message)
    except (DatabaseCorruptError, DatabaseMissingError) as exc:
        missing = isinstance(exc, DatabaseMissingError)
        title = translate("App", "数据库文件丢失") if missing else translate("App", "数据库已损坏")
        if exc.backup is None:
            _message(QMessageBox.Critical, title, exc.message + translate("App", "\n\n请联系技术支持。"))
            return None
        when = dt.datetime.fromtimestamp(Path(exc.backup).stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        question = (translate("App", "数据库文件 {path} 不存在或是空文件（没有新建空数据库）。\n\n"
                                     "是否用最近一份完好的备份（{when}）恢复？\n{backup}") if missing else
                    translate("App", "数据库文件 {path} 已损坏，无法打开。\n\n"
                                     "是否用最近一份完好的备份（{when}）恢复？\n{backup}\n\n"
                                     "损坏的文件会另存一份，不会删除。"))
        answer = QMessageBox.question(None, title, question.format(path=data.db_path, when=when, backup=exc.backup))
        if answer != QMessageBox.Yes:
            return None
        try:
            saved = restore(data.db_path, exc.backup, key=key)
            log.warning("restored %s from %s (damaged file kept as %s)", data.db_path, exc.backup, saved)
            return open_database(data.db_path, key=key)
        except (BackupError, StoreError) as again:
            _message(QMessageBox.Critical, translate("App", "恢复失败"), again.message)
    except StoreError as exc:
        _message(QMessageBox.Critical, translate("App", "无法打开数据库"), exc.message)
    return None


def open_server_store(data: DataDir, url: str):
    """Open the PostgreSQL database at *url*, asking for the server's password when it wants one (three
    tries); a message and None when the server cannot be reached or refuses."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from station_app.store.errors import StoreError
    from station_app.store.server import PasswordNeeded, display_url, open_server_database
    from station_app.ui.i18n import translate

    password = None
    for _ in range(3):
        try:
            return open_server_database(url, password=password, cache_dir=data.root / "server-cache")
        except PasswordNeeded as exc:
            text, ok = QInputDialog.getText(
                None, translate("App", "连接数据库服务器"),
                exc.message + "\n" + translate("App", "请输入数据库服务器 {url} 的密码：").format(url=display_url(url)),
                QLineEdit.Password)
            if not ok:
                return None
            password = text
        except StoreError as exc:
            _message(QMessageBox.Critical, translate("App", "无法连接数据库服务器"), exc.message)
            return None
    _message(QMessageBox.Critical, translate("App", "无法连接数据库服务器"),
             translate("App", "三次输入的密码都不正确。"))
    return None


def sign_in() -> bool:
    """First run, then a login when the station has more than one account; sets the actor."""
    from station_app.services import accounts, context

    if not accounts.active_users().exists():
        from station_app.ui.login import FirstRunDialog

        first = FirstRunDialog()
        if first.exec() != QDialog.Accepted:
            return False
        context.set_actor(first.user.username, first.user.role)
        return True
    if accounts.login_required():
        from station_app.services import settings
        from station_app.ui.login import LoginDialog

        dialog = LoginDialog(station_name=settings.station_name())
        if dialog.exec() != QDialog.Accepted:
            return False
        context.set_actor(dialog.user.username, dialog.user.role)
        return True
    user = min(accounts.active_users(), key=lambda u: u.id)
    context.set_actor(user.username, user.role)
    return True


def unlock_and_sign_in(data: DataDir):
    """Encrypted data: the login comes first — its password unlocks the data key (key file), then the
    database is opened and the account checked. Returns the open database, or None (cancelled / failed)."""
    from station_app.services import context, encryption
    from station_app.store.db import close_database
    from station_app.ui.login import LoginDialog

    opened = []

    def sign_in(username: str, password: str):
        key = encryption.unlock(data, username, password)  # KeyFileError: wrong name or password
        if not opened:
            db = open_store(data, key)
            if db is None:
                raise LoginDialog.Abort()
            opened.append(db)
        from station_app.services.logins import login

        return login(username, password)  # LoginRefused: the dialog says why and applies the delay

    def recover(username: str, code: str, new_password: str) -> None:
        if opened:  # opened by an earlier attempt: recover opens it again
            close_database()
            opened.clear()
        encryption.recover(data, username, code, new_password)
        close_database()

    dialog = LoginDialog(sign_in=sign_in, recover=recover, names=encryption.login_names(data))
    if dialog.exec() != QDialog.Accepted:
        if opened:
            close_database()
        return None
    context.set_actor(dialog.user.username, dialog.user.role)
    return opened[0]


class BackgroundChecks(QObject):
    """After the window is shown: SQLite's quick_check and today's automatic backup, off the GUI thread."""

    finished = Signal(str, str)  # problem found by the check ("" if none), backup note

    def __init__(self, data: DataDir, db):
        super().__init__()
        self.data, self.db = data, db
        self.thread = threading.Thread(target=self._work, name="startup-checks", daemon=True)

    def start(self) -> BackgroundChecks:
        self.thread.start()
        return self

    def wait(self, seconds: float = 120) -> None:
        self.thread.join(seconds)

    def _work(self) -> None:
        from station_app.store.db import quick_check
        from station_app.ui.daily_backup import backup_today

        server = getattr(self.db, "is_server", False)  # the server checks its own files
        problem, note = ("" if server else quick_check(self.data.db_path) or ""), ""
        if not problem:
            note = backup_today(self.data, self.db)
        else:
            log.error("quick_check: %s", problem)
        self.finished.emit(problem, note)


def _report_checks(window, problem: str, note: str) -> None:
    from station_app.ui.i18n import translate

    if problem:
        QMessageBox.warning(
            window, translate("App", "数据库检查发现问题"),
            translate("App", "数据库文件检查发现问题：{problem}\n\n已保存的数据可能不完整。建议在“设置—备份与数据”中"
                             "用最近一份备份恢复；今天的自动备份已暂停，以免覆盖完好的备份。").format(problem=problem))
    elif note:
        window.show_status(note)


def window_settings(data: DataDir) -> QSettings:
    """Window size and layout, kept beside the data (each data folder remembers its own)."""
    return QSettings(str(data.root / "window.ini"), QSettings.IniFormat)


def interface_language(data: DataDir) -> str:
    """STATION_APP_LANG when set (zh_CN / en), else the language chosen in the window settings."""
    from station_app.ui.i18n import normalise, saved_language

    if os.environ.get("STATION_APP_LANG"):
        return normalise(os.environ["STATION_APP_LANG"])
    return saved_language(window_settings(data))


def interface_font_scale(data: DataDir) -> int:
    """The font size chosen in the window settings (帮助 → 字体大小), per cent."""
    from station_app.ui.theme import FONT_SCALE_KEY, normalise_scale

    return normalise_scale(window_settings(data).value(FONT_SCALE_KEY, 100))


_GC_THRESHOLDS = gc.get_threshold()


def _starting() -> None:
    """Start-up creates long-lived objects only (modules, model classes, Qt enums, widgets): collecting
    cycles among them is wasted work (≈ 15 ms of a start), so the young generation is collected rarely
    until the window is shown."""
    gc.set_threshold(max(_GC_THRESHOLDS[0], 50_000), *_GC_THRESHOLDS[1:])


def _started() -> None:
    gc.set_threshold(*_GC_THRESHOLDS)


def run(data_dir: DataDir, argv: list[str] | None = None, server: str | None = None) -> int:
    """The GUI from start to exit; returns the process exit status. *server*: a PostgreSQL URL to work on
    (several PCs at once) instead of the data folder's database file."""
    _starting()
    try:
        return _run(data_dir, argv, server)
    finally:
        gc.set_threshold(*_GC_THRESHOLDS)  # an early return (cancelled login, locked folder) too


def _run(data_dir: DataDir, argv: list[str] | None, server: str | None = None) -> int:
    from station_app.store.db import close_database
    from station_app.store.errors import DataDirLockedError
    from station_app.store.lock import InstanceLock
    from station_app.ui.theme import FontError

    data = data_dir.ensure()
    setup_logging(data)
    install_crash_handler(data)
    qInstallMessageHandler(_qt_messages)
    try:
        app = create_application(argv, interface_language(data), interface_font_scale(data))
    except FontError as exc:
        from station_app.ui.i18n import translate

        _message(QMessageBox.Critical, translate("App", "程序文件不完整"), str(exc))
        return 1
    log.info("start %s %s, data %s", APP_NAME, __version__, data.root)
    try:  # a server is shared by several PCs: the single-instance lock is the SQLite file's only
        guard = InstanceLock(data.lock_path).acquire() if server is None else None
    except DataDirLockedError as exc:
        from station_app.ui.i18n import translate

        _message(QMessageBox.Warning, translate("App", "程序已在运行"), exc.message)
        return 1
    try:
        from station_app.services.encryption import enabled

        encrypted = server is None and enabled(data)
        if server is not None:
            from station_app.store.server import display_url

            log.info("database server %s", display_url(server))
            db = open_server_store(data, server)
        else:
            db = unlock_and_sign_in(data) if encrypted else open_store(data)
        if db is None:
            return 0 if encrypted else 1
        try:
            if not encrypted and not sign_in():
                return 0
            from station_app.ui.main_window import MainWindow

            window = MainWindow(data, window_settings(data))
            window.show()
            _started()
            # the record-kind registry (≈ 40 ms) right after the first paint: it hands the search index its
            # sources (store.fts.configure), on the GUI thread before any list or dialog needs it
            QTimer.singleShot(0, lambda: importlib.import_module("station_app.services.registry"))
            background = []  # the daily backups and the start-up checks, begun from the event loop (the window is up)
            QTimer.singleShot(0, lambda: background.extend(_start_background(window, data, db)))
            if os.environ.get("STATION_APP_QUIT_AFTER_SHOWN"):  # start-up smoke test / benchmark
                QTimer.singleShot(0, app.quit)
            try:
                return app.exec()
            finally:
                from station_app.ui.jobs import stop_all

                stop_all()  # a sheet or export still running is cancelled and waited for
                if background:
                    later, checks = background
                    checks.wait()
                    later.pause()
                    later.wait()
        finally:
            close_database()
    finally:
        if guard is not None:
            guard.release()


def _start_background(window, data: DataDir, db):
    """Today's automatic backup (and the next days', the app may stay open for days) and SQLite's
    quick_check, off the GUI thread; returns both so the exit can wait for them."""
    from station_app.ui.daily_backup import DailyBackups

    later = DailyBackups(data, db, parent=window).start()
    later.made.connect(window.show_status)
    checks = BackgroundChecks(data, db)
    checks.finished.connect(lambda problem, note: _report_checks(window, problem, note))
    checks.finished.connect(lambda problem, note: problem and later.pause())
    return later, checks.start()


def _settle(app, window, timeout: float = 120.0) -> None:
    """Let the pages' background figures (首页, 统计) arrive, and any job end, before closing."""
    import time

    from station_app.ui.jobs import running_jobs, stop_all

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and (
            running_jobs() or any(getattr(p, "computing", False) for p in window.pages.values())):
        app.processEvents()
        time.sleep(0.01)
    stop_all()


def self_test(data_dir: DataDir) -> int:
    """Open the data folder, build the main window offscreen, visit every page, close; 0 when all went well."""
    from station_app.services import context
    from station_app.store.db import close_database, open_database
    from station_app.store.lock import InstanceLock

    data = data_dir.ensure()
    try:
        app = create_application()
        if not getattr(app, "_station_translator", None):
            print("自检失败：找不到 Qt 中文翻译 qtbase_zh_CN.qm（标准对话框会显示英文）", file=sys.stderr)
            return 1
        from station_app.ui import i18n

        if not i18n.install(app, "en"):  # the English interface must be bundled too
            print("自检失败：找不到英文界面翻译 resources/translations/*_en.qm", file=sys.stderr)
            return 1
        i18n.install(app, "zh_CN")
        from PySide6.QtGui import QRawFont

        from station_app.fontfiles import fallback_font_path
        from station_app.ui import theme

        if not theme.fallback_family() or not QRawFont(str(fallback_font_path()), 12).supportsCharacter(0x20BB7):
            print("自检失败：无法加载内置生僻字字体 resources/fonts/StationHanExt.ttf.xz（𠮷、䶮 会显示为方框）",
                  file=sys.stderr)
            return 1
        with InstanceLock(data.lock_path):
            open_database(data.db_path)
            try:
                context.set_actor("self-test", "只读检查")
                from station_app.ui.main_window import MainWindow

                settings = QSettings(str(data.root / "self-test.ini"), QSettings.IniFormat)
                window = MainWindow(data, settings)
                window.show()
                for key in window.keys():  # noqa: SIM118  (a method, not a dict)
                    window.show_page(key)
                    app.processEvents()
                _settle(app, window)
                window.close()
                window.deleteLater()
                app.processEvents()
            finally:
                close_database()
        return 0
    except Exception:  # noqa: BLE001  (any failure fails the self-test, with its traceback)
        print(traceback.format_exc(), file=sys.stderr)
        return 1
