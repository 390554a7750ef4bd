"""`station-app export sheet …` and `export inspection`: files written, Chinese errors, exit codes."""

from __future__ import annotations

import zipfile

import pytest
from pypdf import PdfReader

import sheetdata
from station_app.cli import main


@pytest.fixture
def data(db, data_dir):
    return sheetdata.make(data_dir)


def run(data_dir, *args) -> int:
    return main(["--data-dir", str(data_dir.root), *map(str, args)])


def test_export_one_sheet_by_id(data, data_dir, tmp_path, capsys):
    out = tmp_path / "visit.pdf"
    assert run(data_dir, "export", "sheet", "visit", "--id", data.visits[0].id, "-o", out) == 0
    assert "已生成来访登记处理单" in capsys.readouterr().out
    assert "张秀兰" in PdfReader(str(out)).pages[0].extract_text()


def test_export_all_of_a_year_and_roster_by_month(data, data_dir, tmp_path):
    assert run(data_dir, "export", "sheet", "dispute", "--all", "--year", 2026, "-o", tmp_path / "d.pdf") == 0
    assert len(PdfReader(str(tmp_path / "d.pdf")).pages) > 10
    assert run(data_dir, "export", "sheet", "roster", "--id", 3, "--year", 2026, "-o", tmp_path / "r.pdf") == 0
    assert "2026年3月委员值班表" in PdfReader(str(tmp_path / "r.pdf")).pages[0].extract_text()


def test_bad_requests_exit_1_or_2_with_chinese_messages(data, data_dir, tmp_path, capsys):
    assert run(data_dir, "export", "sheet", "visit", "--id", 999, "-o", tmp_path / "x.pdf") == 1
    assert "找不到编号为 999" in capsys.readouterr().err
    assert run(data_dir, "export", "sheet", "roster", "--id", 13, "-o", tmp_path / "x.pdf") == 1
    assert "1–12" in capsys.readouterr().err
    assert run(data_dir, "export", "sheet", "visit", "--all", "-o", tmp_path / "x.txt") == 1
    with pytest.raises(SystemExit) as exc:
        run(data_dir, "export", "sheet", "visit", "-o", tmp_path / "x.pdf")  # neither --id nor --all
    assert exc.value.code == 2
    assert not list(tmp_path.glob("x.*"))


def test_export_inspection_zip(data, data_dir, tmp_path, capsys):
    out = tmp_path / "迎检.zip"
    assert run(data_dir, "export", "inspection", "--year", 2026, "-o", out) == 0
    printed = capsys.readouterr().out
    assert "已生成迎检材料" in printed
    assert "未归档案件 2 件" in printed and "03_未归档卷宗" in printed  # neither case of the data is archived
    with zipfile.ZipFile(out) as zf:
        assert "00_目录.pdf" in zf.namelist()
