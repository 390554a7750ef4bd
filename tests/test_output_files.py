"""Writing ledgers and sheets: a destination that cannot be written gives a Chinese message, never a
traceback, and leaves the existing file and the folder as they were."""

from __future__ import annotations

import errno
import os

import pytest

from station_app.cli import main
from station_app.outputs import OutputError, atomic_path


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_a_file_open_in_excel_is_reported_and_kept(tmp_path, monkeypatch):
    dest = tmp_path / "接待登记台账.xlsx"
    dest.write_bytes(b"the ledger from last week")

    def refuse(src, dst):  # what Windows does while Excel holds the file open
        raise PermissionError(errno.EACCES, "Access is denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputError) as caught, atomic_path(dest) as tmp:
        tmp.write_bytes(b"the new ledger")
    assert str(dest) in caught.value.message and "Excel" in caught.value.message
    assert dest.read_bytes() == b"the ledger from last week"
    assert _leftovers(tmp_path) == []


def test_a_full_disk_while_writing_is_reported(tmp_path):
    dest = tmp_path / "全年台账.xlsx"
    with pytest.raises(OutputError) as caught, atomic_path(dest):
        raise OSError(errno.ENOSPC, "No space left on device")
    assert "磁盘空间不足" in caught.value.message
    assert not dest.exists() and _leftovers(tmp_path) == []


def test_other_errors_while_writing_are_not_blamed_on_the_destination(tmp_path):
    with pytest.raises(FileNotFoundError), atomic_path(tmp_path / "活动记录表.pdf"):
        raise FileNotFoundError(errno.ENOENT, "photo missing", "/data/attachments/ab/abcd")
    assert _leftovers(tmp_path) == []


def test_cli_export_onto_a_folder_says_so(data_dir, db, tmp_path, capsys):
    from station_app.store.db import close_database

    close_database()
    folder = tmp_path / "台账.xlsx"
    folder.mkdir()
    code = main(["--data-dir", str(data_dir.root), "export", "ledger", "members", "--year", "2026",
                 "-o", str(folder)])
    err = capsys.readouterr().err
    assert code == 1
    assert f"无法写入 {folder}" in err and "文件夹" in err and "Traceback" not in err
    assert folder.is_dir() and list(folder.iterdir()) == [] and _leftovers(tmp_path) == []


def test_cli_mentions_masking_only_for_ledgers_with_personal_data(data_dir, db, tmp_path, capsys):
    from station_app.store.db import close_database

    close_database()
    said = {}
    for kind in ("visits", "performance", "summary"):
        assert main(["--data-dir", str(data_dir.root), "export", "ledger", kind, "--year", "2026",
                     "-o", str(tmp_path / f"{kind}.xlsx")]) == 0
        said[kind] = capsys.readouterr().out
    assert "已脱敏" in said["visits"]
    assert "脱敏" not in said["performance"] and "脱敏" not in said["summary"]
