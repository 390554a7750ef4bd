"""Start-up: font and Chinese dialogs, first run, login, locked / corrupt / newer databases, crash log."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from station_app.ui import app as app_module


class Shown(list):
    answers: list


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes shown (title, text) instead of blocking; questions answered from a list."""
    shown, answers = Shown(), []

    def exec_(self):
        shown.append((self.windowTitle() or self.text(), self.text()))
        return QMessageBox.Ok

    def question(parent, title, text, *a, **k):
        shown.append((title, text))
        return answers.pop(0) if answers else QMessageBox.No

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "critical", lambda p, t, x, *a: shown.append((t, x)))
    # one pass of the event loop: what the window starts once it is up (today's backup) begins
    monkeypatch.setattr(QApplication, "exec", lambda *a: QApplication.processEvents() or 0)
    shown.answers = answers
    return shown




def test_application_has_the_chinese_font_locale_and_dialog_texts(app):
    from station_app.ui import theme

    family = theme.register_font()
    assert family in QFontDatabase.families()
    assert QApplication.font().family() == family and QApplication.font().pointSizeF() >= 10.5
    assert QLocale().language() == QLocale.Chinese
    box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    assert box.button(QDialogButtonBox.Cancel).text() == "取消"


def test_self_test_builds_every_page(app, data_dir):
    assert app_module.self_test(data_dir) == 0


def test_first_run_asks_station_and_password_then_opens(app, data_dir, monkeypatch, boxes, type_text):
    from station_app.ui import login

    seen = {}

    def fake_exec(dialog):
        type_text(dialog.station, "城关镇政协委员工作站")
        dialog.password.setText("abc")
        dialog.confirm.setText("abc")
        dialog.accept()
        seen["short"] = dialog.error.text()
        dialog.password.setText("secret1")
        dialog.confirm.setText("secret1")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(login.FirstRunDialog, "exec", fake_exec)
    assert app_module.run(data_dir) == 0
    assert "6" in seen["short"]
    from station_app.services import logins, settings
    from station_app.store.db import open_database

    open_database(data_dir.db_path)
    assert settings.station_name() == "城关镇政协委员工作站"
    assert logins.authenticate("admin", "secret1") is not None
    assert any(p.name.endswith("-auto.db") for p in data_dir.backups.iterdir())


class StepClock:
    """logins.clock for tests: moves only when told."""

    def __init__(self):
        import datetime as dt

        self.at = dt.datetime(2026, 3, 6, 9, 0)

    def __call__(self):
        return self.at

    def advance(self, seconds: float) -> None:
        import datetime as dt

        self.at += dt.timedelta(seconds=seconds)


def test_login_is_asked_when_there_are_two_accounts(app, db, data_dir, monkeypatch, boxes):
    from station_app.services import accounts, context, logins
    from station_app.store.db import close_database
    from station_app.ui import login

    accounts.ensure_admin("secret1")
    accounts.create_user("小王", "secret2", "只读检查")
    close_database()
    messages = []
    clock = StepClock()
    monkeypatch.setattr(logins, "clock", clock)

    def fake_exec(dialog):
        dialog.username.setText("小王")
        dialog.password.setText("wrong!")
        dialog.accept()
        messages.append(dialog.error.text())
        dialog.password.setText("secret2")
        dialog.accept()  # at once: the delay after a wrong password refuses it unchecked
        messages.append(dialog.error.text())
        clock.advance(logins.delay_after(1))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(login.LoginDialog, "exec", fake_exec)
    assert app_module.run(data_dir) == 0
    assert "不正确" in messages[0] and "请稍候" in messages[1]
    assert context.current().username == "小王" and context.current().role == "只读检查"


def test_locked_data_folder_gives_a_message_not_a_traceback(app, data_dir, boxes):
    from station_app.store.lock import InstanceLock

    with InstanceLock(data_dir.lock_path):
        assert app_module.run(data_dir) == 1
    assert any("另一个" in text for _t, text in boxes)


def test_newer_database_is_refused_with_a_message(app, data_dir, boxes):
    con = sqlite3.connect(data_dir.db_path)
    con.execute("CREATE TABLE x(a)")
    con.execute("PRAGMA user_version = 99")
    con.close()
    assert app_module.run(data_dir) == 1
    assert any("更新版本" in text for _t, text in boxes)


def test_corrupt_database_offers_the_latest_backup(app, db, data_dir, boxes, monkeypatch):
    from station_app.services import accounts, settings
    from station_app.store.backup import make_backup
    from station_app.store.db import close_database, open_database

    accounts.ensure_admin("secret1")
    settings.save_station({"name": "备份里的工作站"})
    make_backup(db, data_dir.backups, label="auto")
    close_database()
    data_dir.db_path.write_bytes(b"this is not a database" * 100)
    boxes.answers.append(QMessageBox.Yes)
    assert app_module.run(data_dir) == 0
    assert any("损坏" in title for title, _x in boxes)
    open_database(data_dir.db_path)
    assert settings.station_name() == "备份里的工作站"


def test_an_empty_database_file_beside_backups_offers_the_backup_not_a_first_run(app, db, data_dir, boxes):
    from station_app.services import accounts, settings
    from station_app.store.backup import make_backup
    from station_app.store.db import close_database, open_database

    accounts.ensure_admin("secret1")
    settings.save_station({"name": "备份里的工作站"})
    make_backup(db, data_dir.backups, label="auto")
    close_database()
    for side in ("-wal", "-shm"):
        Path(str(data_dir.db_path) + side).unlink(missing_ok=True)
    data_dir.db_path.write_bytes(b"")
    assert app_module.run(data_dir) == 1  # declined: nothing is created over the lost file
    assert any("丢失" in title for title, _x in boxes) and data_dir.db_path.stat().st_size == 0
    boxes.answers.append(QMessageBox.Yes)
    assert app_module.run(data_dir) == 0
    open_database(data_dir.db_path)
    assert settings.station_name() == "备份里的工作站"


def test_uncaught_exception_writes_a_crash_log_and_names_it(app, data_dir, boxes, monkeypatch):
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app_module.install_crash_handler(data_dir)
    try:
        raise RuntimeError("测试崩溃")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    logs = list(data_dir.logs.glob("crash-*.log"))
    assert len(logs) == 1 and "测试崩溃" in logs[0].read_text("utf-8")
    assert any(str(logs[0]) in text for _t, text in boxes)


def test_log_file_rotates(data_dir):
    import logging

    path = app_module.setup_logging(data_dir)
    handler = next(h for h in logging.getLogger("station_app").handlers if getattr(h, "baseFilename", "") == str(path))
    assert handler.maxBytes > 0 and handler.backupCount >= 3
    logging.getLogger("station_app").removeHandler(handler)
    handler.close()


def test_login_dialog_refuses_a_wrong_password(app, db, qtbot, monkeypatch):
    from station_app.services import accounts, logins
    from station_app.ui.login import LoginDialog

    clock = StepClock()
    monkeypatch.setattr(logins, "clock", clock)
    accounts.ensure_admin("secret1")
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    dialog.password.setText("nope")
    dialog.accept()
    assert dialog.result() != QDialog.Accepted and dialog.error.isVisibleTo(dialog)
    assert not dialog.ok_button.isEnabled()  # the 登录 button rests for the delay
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=5000)
    clock.advance(logins.delay_after(1))
    dialog.password.setText("secret1")
    dialog.accept()
    assert dialog.result() == QDialog.Accepted and dialog.user.username == "admin"


def test_login_dialog_names_the_end_of_a_lock(app, db, qtbot, monkeypatch):
    from station_app.services import accounts, logins
    from station_app.store.models import User
    from station_app.ui.login import LoginDialog

    clock = StepClock()
    monkeypatch.setattr(logins, "clock", clock)
    accounts.ensure_admin("secret1")
    until = clock.at + logins.LOCK_TIME
    User.update(failed_logins=logins.MAX_FAILURES, locked_until=until).execute()
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    dialog.password.setText("secret1")
    dialog.accept()
    assert dialog.result() != QDialog.Accepted
    assert "锁定" in dialog.error.text() and f"{until:%Y-%m-%d %H:%M:%S}" in dialog.error.text()
    assert not dialog.ok_button.isEnabled()
