"""Known faults are chosen by SQLite's result code (not the message text) and shown in Chinese; anything
else — in a dialog's save or a background job — goes to the crash log and the dialog says where it is."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from sqlite_faults import busy_error, not_a_database_error, read_only_error
from station_app.store.errors import (
    DatabaseBusyError,
    DatabaseCorruptError,
    DiskFullError,
    ReadOnlyError,
    known_error,
)


@pytest.fixture
def shown(monkeypatch):
    said = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, _n=name, **k: said.append((_n, a[1], a[2]))))
    return said


@pytest.fixture
def crash_folder(data_dir, monkeypatch):
    from station_app.ui import crash

    monkeypatch.setattr(crash, "_data", [data_dir])
    return data_dir


def test_sqlites_own_errors_are_recognised_by_their_code(tmp_path):
    assert isinstance(known_error(busy_error(tmp_path), "保存"), DatabaseBusyError)
    assert isinstance(known_error(read_only_error(tmp_path), "保存"), ReadOnlyError)
    corrupt = known_error(not_a_database_error(tmp_path), "检查")
    assert isinstance(corrupt, DatabaseCorruptError) and "已损坏" in corrupt.message and "检查" in corrupt.message


def test_the_message_text_alone_decides_nothing():
    for text in ("database is locked", "database or disk is full", "attempt to write a readonly database",
                 "file is not a database"):
        assert known_error(sqlite3.OperationalError(text)) is None  # no result code: not taken for a fault
    assert known_error(OSError("No space left on device")) is None  # no errno either


def test_a_backup_onto_a_read_only_disk_says_so(tmp_path):
    from station_app.store.backup import _explain

    assert _explain(read_only_error(tmp_path), tmp_path / "b.db") == "目标文件夹只读或没有写入权限"
    assert "占用" in _explain(busy_error(tmp_path), tmp_path / "b.db")


def test_settings_name_a_busy_database(tmp_path):
    from station_app.ui.settings import is_known, message_of

    exc = busy_error(tmp_path)
    assert is_known(exc) and "数据库正被占用" in message_of(exc)
    assert not is_known(RuntimeError("database is locked"))  # a bug: the crash log, not a message box


def test_a_bug_in_a_save_goes_to_the_crash_log_and_the_dialog_names_it(qtbot, db, crash_folder, shown, monkeypatch):
    from station_app.services import records
    from station_app.ui.dialogs.simple_records import MemberDialog

    dlg = MemberDialog(None)
    qtbot.addWidget(dlg)
    dlg.ui.name.setText("周强")

    def broken(*a, **k):
        raise KeyError("a bug, not the user's fault")

    monkeypatch.setattr(records, "create", broken)
    assert dlg.save() is False
    logs = list(crash_folder.logs.glob("crash-*.log"))
    assert len(logs) == 1 and "a bug, not the user's fault" in logs[0].read_text("utf-8")
    (_kind, title, text), = shown
    assert title == "保存失败" and str(logs[0]) in text and "KeyError" not in text
    assert dlg.ui.name.text() == "周强"  # what was typed stays


def test_a_background_job_that_fails_by_a_bug_writes_the_crash_log(qtbot, crash_folder, shown):
    from station_app.ui.jobs import report_failure

    try:
        raise ZeroDivisionError("division by zero in a job")
    except ZeroDivisionError as exc:
        report_failure(None, "导出失败", exc)
    logs = list(crash_folder.logs.glob("crash-*.log"))
    assert len(logs) == 1 and "division by zero in a job" in logs[0].read_text("utf-8")
    assert shown == [("critical", "程序出错", shown[0][2])] and str(logs[0]) in shown[0][2]


def test_a_background_job_that_meets_a_known_fault_shows_its_message(qtbot, crash_folder, shown, tmp_path):
    from station_app.outputs import OutputError
    from station_app.ui.jobs import report_failure

    report_failure(None, "导出失败", OutputError(tmp_path / "台账.xlsx", "磁盘空间不足。"))
    report_failure(None, "导出失败", read_only_error(tmp_path))
    assert [(k, t) for k, t, _x in shown] == [("critical", "导出失败")] * 2
    assert "磁盘空间不足" in shown[0][2] and "只读" in shown[1][2]
    assert not list(crash_folder.logs.glob("crash-*.log"))  # a known fault is not a crash


def test_disk_full_is_still_recognised(tmp_path):
    exc = sqlite3.OperationalError("database or disk is full")
    exc.sqlite_errorcode = 13  # SQLITE_FULL, as the driver sets it (a full disk cannot be made here)
    assert isinstance(known_error(exc), DiskFullError)
