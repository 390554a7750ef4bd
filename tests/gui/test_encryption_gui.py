"""Encryption in the GUI: the login unlocks an encrypted folder, 忘记密码, the 设置 switch and its code."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox

from station_app.ui import app as app_module

CODE = re.compile(r"^[A-Z2-7]{5}(?:-[A-Z2-7]{5}){5}$")
plain_db = pytest.mark.skipif(bool(os.environ.get("STATION_TEST_ENCRYPTED")),
                              reason="turns encryption on: needs the plain database fixture")


@pytest.fixture
def encrypted(data_dir):
    """A data folder with two accounts, encrypted; closed. Returns the recovery code."""
    from station_app.services import accounts, context, encryption
    from station_app.store.db import close_database, open_database

    open_database(data_dir.db_path)
    context.set_actor("admin", "管理员")
    accounts.ensure_admin("secret1")
    accounts.create_user("小王", "secret2", "录入员")
    code, problems = encryption.enable(data_dir, "admin", "secret1")
    assert not problems
    close_database()
    return code


@pytest.fixture
def no_event_loop(monkeypatch):
    # one pass of the event loop instead of a session: what the window starts once it is up (today's
    # backup, the quick_check) begins, and run() returns
    monkeypatch.setattr(QApplication, "exec", lambda *a: QApplication.processEvents() or 0)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.Ok)


def test_login_unlocks_an_encrypted_folder(app, data_dir, encrypted, monkeypatch, no_event_loop):
    from station_app.services import context
    from station_app.store.base import database_proxy
    from station_app.ui import login

    assert data_dir.db_path.read_bytes()[:16] != b"SQLite format 3\x00"
    seen = {}

    def fake_exec(dialog):
        seen["forgot"] = dialog.forgot_button is not None and dialog.forgot_button.text()
        dialog.username.setText("小王")
        dialog.password.setText("wrong-one")
        dialog.accept()
        seen["wrong"] = dialog.error.text()
        seen["closed while wrong"] = database_proxy.obj is None or database_proxy.obj.is_closed()
        dialog.password.setText("secret2")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(login.LoginDialog, "exec", fake_exec)
    assert app_module.run(data_dir) == 0
    assert seen["forgot"] == "忘记密码"
    assert "不正确" in seen["wrong"] and seen["closed while wrong"]
    assert context.current().username == "小王" and context.current().role == "录入员"
    auto = [p for p in data_dir.backups.glob("*-auto.db")]  # the start-up checks' daily backup
    assert len(auto) == 1 and auto[0].with_suffix(".keys").exists()
    assert not auto[0].read_bytes().startswith(b"SQLite format 3")


def test_forgotten_password_is_reset_with_the_recovery_code(app, data_dir, encrypted, monkeypatch,
                                                            no_event_loop):
    from station_app.services import context
    from station_app.ui import login

    seen = {}

    def recover_exec(dialog):
        dialog.username.setText("admin")
        dialog.code.setText("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF")
        dialog.password.setText("newpass1")
        dialog.confirm.setText("newpass1")
        dialog.accept()
        seen["bad code"] = dialog.error.text()
        dialog.code.setText(encrypted.lower())
        dialog.accept()
        return dialog.result()

    def login_exec(dialog):
        dialog.forgot()
        seen["after"] = dialog.error.text()
        dialog.password.setText("newpass1")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(login.RecoverDialog, "exec", recover_exec)
    monkeypatch.setattr(login.LoginDialog, "exec", login_exec)
    assert app_module.run(data_dir) == 0
    assert "恢复码不正确" in seen["bad code"]
    assert "新密码" in seen["after"]
    assert context.current().username == "admin"


@plain_db
def test_settings_switch_encrypts_and_shows_the_code_once(app, db, data_dir, monkeypatch, qtbot):
    from station_app.services import accounts, context, encryption
    from station_app.ui.settings import encryption as box_module
    from station_app.ui.settings.backup import BackupTab

    accounts.ensure_admin("secret1")
    context.set_actor("admin", "管理员")
    tab = BackupTab(data_dir=data_dir)
    qtbot.addWidget(tab)
    tab.refresh()
    assert "未开启" in tab.encryption.status.text() and tab.encryption.enable_button.isEnabled()
    shown = {}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("secret1", True))

    def code_exec(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.Ok)
        shown["code"] = dialog.code_label.text()
        shown["ok before"] = ok.isEnabled()
        dialog.copy_code()
        shown["clipboard"] = QApplication.clipboard().text()
        dialog.show()
        dialog.reject()  # Esc or the close box before ticking: the code stays on screen
        shown["open after esc"] = dialog.isVisible()
        dialog.confirm.setChecked(True)
        shown["ok after"] = ok.isEnabled()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(box_module.RecoveryCodeDialog, "exec", code_exec)
    tab.encryption.enable_button.click()
    assert CODE.match(shown["code"]) and shown["clipboard"] == shown["code"]
    assert not shown["ok before"] and shown["open after esc"] and shown["ok after"]
    assert encryption.enabled(data_dir) and "已开启" in tab.encryption.status.text()
    assert not tab.encryption.enable_button.isVisibleTo(tab)
    assert accounts.get_user("admin") is not None  # the database is open again, with the key
    assert encryption.unlock_with_code(data_dir, shown["code"])


def test_settings_switch_is_for_administrators_only(app, db, data_dir, qtbot):
    from station_app.services import context
    from station_app.ui.settings.backup import BackupTab

    context.set_actor("小王", "录入员")
    tab = BackupTab(data_dir=data_dir)
    qtbot.addWidget(tab)
    tab.refresh()
    assert not tab.encryption.enable_button.isEnabled()


@plain_db
def test_wrong_password_for_the_switch_changes_nothing(app, db, data_dir, monkeypatch, qtbot):
    from station_app.services import accounts, context, encryption
    from station_app.ui.settings.backup import BackupTab

    accounts.ensure_admin("secret1")
    context.set_actor("admin", "管理员")
    tab = BackupTab(data_dir=data_dir)
    qtbot.addWidget(tab)
    warnings = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, x, *a: warnings.append(x))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("nope-nope", True))
    tab.encryption.enable_button.click()
    assert warnings and "密码" in warnings[0] and "不正确" in warnings[0]
    assert not encryption.enabled(data_dir)  # unchanged, still plain


def test_backups_left_plain_by_an_interrupted_run_can_be_encrypted_from_the_tab(app, data_dir, encrypted,
                                                                                 qtbot):
    from station_app.services import context, encryption
    from station_app.store.db import close_database, open_database
    from station_app.ui.settings.backup import BackupTab

    plain = data_dir.root.parent / "plain.db"
    con = sqlite3.connect(plain)
    con.execute("CREATE TABLE party(id_number)")
    con.execute("INSERT INTO party VALUES ('110101199003077777')")
    con.commit()
    con.close()
    shutil.copyfile(plain, data_dir.backups / "station-20260101-080000-auto.db")
    open_database(data_dir.db_path, key=encryption.unlock(data_dir, "admin", "secret1"))
    try:
        context.set_actor("admin", "管理员")
        tab = BackupTab(data_dir=data_dir)
        qtbot.addWidget(tab)
        tab.refresh()
        assert "1 份备份尚未加密" in tab.encryption.status.text()
        assert tab.encryption.enable_button.text() == "加密其余备份"
        tab.encryption.enable_button.click()
        assert not encryption.plain_backups(data_dir) and "均已加密" in tab.encryption.status.text()
        assert b"110101199003077777" not in (data_dir.backups / "station-20260101-080000-auto.db").read_bytes()
    finally:
        close_database()
