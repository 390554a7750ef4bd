"""导出 → 上报包 and 导入上报包 with real widgets: trust the county's key file, export in the background,
import two packages at the county (the new station confirmed by its fingerprint), read the report."""

from __future__ import annotations

import contextlib
import io
import os

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from station_app.cli import main

SHOTS = os.environ.get("STATION_SHOTS")  # a folder: save screenshots there to look at


def ok(*argv):
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert main([str(a) for a in argv]) == 0


@pytest.fixture
def folders(tmp_path):
    county, station = tmp_path / "county", tmp_path / "station"
    ok("--data-dir", county, "init", "--name", "景泰县政协委员联络委", "--role", "county")
    ok("--data-dir", county, "exchange", "key", "-o", tmp_path / "county.slkey")
    ok("--data-dir", station, "init", "--name", "三塬镇委员工作室")
    ok("--data-dir", station, "demo", "--seed", 4, "--year", 2026)
    return county, station


@contextlib.contextmanager
def opened(folder):
    from station_app.services import context
    from station_app.store.db import close_database, open_database

    open_database(folder / "station.db")
    context.set_actor("tester", "管理员")
    try:
        yield
    finally:
        close_database()


def test_export_then_import_with_the_report(app, qtbot, folders, tmp_path, monkeypatch):
    from station_app.ui.dialogs.exchange_export import ExchangeExportDialog
    from station_app.ui.dialogs.exchange_import import ExchangeImportDialog

    county, station = folders
    asked, told = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, title, text, *a, **k: asked.append(text) or QMessageBox.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a, **k: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: told.append(text))
    package = tmp_path / "第1号.slpkg"
    with opened(station):
        dialog = ExchangeExportDialog()
        qtbot.addWidget(dialog)
        assert not dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()  # no upper level yet
        if SHOTS:
            dialog.show()
            qtbot.waitExposed(dialog)
            dialog.grab().save(os.path.join(SHOTS, "exchange_export_untrusted.png"))
        assert dialog.trust_file(tmp_path / "county.slkey")
        assert "景泰县政协委员联络委" in dialog.upper.text() and "指纹" in asked[-1]
        assert dialog.everything.isChecked() and not dialog.since_last.isEnabled()  # the first package: all
        dialog.path.setText(str(package))
        dialog.show()
        if SHOTS:
            dialog.grab().save(os.path.join(SHOTS, "exchange_export.png"))
        dialog.start_export()
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=60000)
        assert package.exists() and "已导出第 1 号上报包" in told[-1]
    # a second package from the same station, with nothing new
    second = tmp_path / "第2号.slpkg"
    ok("--data-dir", station, "exchange", "export", "-o", second)
    with opened(county):
        dialog = ExchangeImportDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.import_paths([second, package, tmp_path / "county.slkey"])
        qtbot.waitUntil(lambda: len(dialog.outcomes) == 3, timeout=60000)
        assert any("三塬镇委员工作室" in q and "签名密钥指纹" in q for q in asked)
        model = dialog.model
        texts = {model.item(r, 0).text(): model.item(r, 1).text() for r in range(model.rowCount())}
        assert texts["第1号.slpkg"].startswith("三塬镇委员工作室 第 1 号（新登记）")
        assert texts["第2号.slpkg"] == "三塬镇委员工作室 第 2 号"
        second_row = next(r for r in range(model.rowCount()) if model.item(r, 0).text() == "第2号.slpkg")
        assert model.item(second_row, 0).child(0, 0).text() == "无变化" and model.item(second_row, 2).text() == "0"
        first = next(r for r in range(model.rowCount()) if model.item(r, 0).text() == "第1号.slpkg")
        assert int(model.item(first, 2).text()) > 1000  # 新增
        kinds = {model.item(first, 0).child(i, 0).text() for i in range(model.item(first, 0).rowCount())}
        assert {"来访登记", "纠纷案件", "当事人"} <= kinds
        refused = next(r for r in range(model.rowCount()) if model.item(r, 0).text() == "county.slkey")
        assert "不是上报包文件" in model.item(refused, 0).child(0, 0).text()
        assert "导入 2 个" in dialog.summary.text() and "1 个未导入" in dialog.summary.text()
        if SHOTS:
            dialog.resize(900, 620)
            dialog.grab().save(os.path.join(SHOTS, "exchange_import.png"))
        # the same files again: nothing changes, and it says so
        dialog.import_paths([package])
        qtbot.waitUntil(lambda: len(dialog.outcomes) == 1, timeout=60000)
        assert dialog.model.item(0, 0).child(0, 0).text() == "已导入过，无变化"


def test_cancelling_an_export_leaves_no_file_and_sends_nothing(app, qtbot, folders, tmp_path, monkeypatch):
    from station_app.services.exchange import container, export, keys
    from station_app.ui.dialogs.exchange_export import ExchangeExportDialog

    _county, station = folders
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a, **k: told.append(text))
    with opened(station):
        keys.trust(keys.read_key_file(tmp_path / "county.slkey"))
        dialog = ExchangeExportDialog()
        qtbot.addWidget(dialog)
        dialog.path.setText(str(tmp_path / "x.slpkg"))
        real = container.PackageWriter.add_bytes

        def slow(self, name, data, **info):  # the user presses 取消 while the rows are read
            dialog.job.cancel_flag.set()
            return real(self, name, data, **info)

        monkeypatch.setattr(container.PackageWriter, "add_bytes", slow)
        dialog.start_export()
        qtbot.waitUntil(lambda: bool(told), timeout=60000)
        assert "已取消导出" in told[-1]
        assert not list(tmp_path.glob("*.slpkg")) and not list(tmp_path.glob(".*.part"))
        assert export.next_sequence() == 1
