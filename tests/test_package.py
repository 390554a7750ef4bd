"""The inspection package (迎检材料): workbook, sheets per kind, and an index that matches the zip."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import pytest
from pypdf import PdfReader

import sheetdata
from station_app.outputs import Cancelled
from station_app.outputs.package import INDEX_NAME, LEDGER_NAME, UNARCHIVED_FOLDER, build_package
from station_app.outputs.sheets import SPECS
from station_app.services import dossier

D = dt.date


@pytest.fixture
def data(db, data_dir):
    return sheetdata.make(data_dir)


def index_text(zf: zipfile.ZipFile) -> str:
    reader = PdfReader(io.BytesIO(zf.read(INDEX_NAME)))
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in reader.pages))


@pytest.mark.parametrize("workers", [0, 2])
def test_zip_holds_workbook_sheets_per_kind_and_a_matching_index(data, tmp_path, workers):
    dossier.archive(data.disputes[0])
    out = tmp_path / "迎检材料2026.zip"
    seen = []
    result = build_package(D(2026, 1, 1), D(2026, 12, 31), out, workers=workers,
                           progress=lambda d, t, m="": seen.append((d, t)))
    assert out.exists() and result.path == out
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        text = index_text(zf)
        assert len(re.findall(r"\.(?:pdf|xlsx)", text)) == len(names)  # no row for a file not in the zip
        assert [e[0] for e in result.entries] == names
        last = -1
        for n, (name, pages, note) in enumerate(result.entries, start=1):
            row = re.sub(r"\s+", "", f"{n}{name}{pages or '—'}{note}")
            assert row in text, f"index row {row} missing"
            assert text.index(row) > last  # rows in zip order
            last = text.index(row)
            if name.endswith(".pdf"):
                assert pages == len(PdfReader(io.BytesIO(zf.read(name))).pages), name
        assert LEDGER_NAME in names and INDEX_NAME in names
        folders = {n.split("/")[0] for n in names if "/" in n}
        assert folders == {spec.folder for spec in SPECS.values()} | {UNARCHIVED_FOLDER}
        disputes = [n for n in names if n.startswith("03_")]
        assert len(disputes) == 2
        visit_texts = "".join(PdfReader(io.BytesIO(zf.read(n))).pages[0].extract_text()
                              for n in names if n.startswith("02_"))
        assert "张秀兰" in visit_texts and "13800138000" not in visit_texts  # masked in the package
    assert seen and seen[-1][0] == seen[-1][1]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no staging or temp left


def test_a_period_takes_only_its_records(data, tmp_path):
    result = build_package(D(2026, 3, 1), D(2026, 3, 31), tmp_path / "march.zip", workers=0)
    names = [e[0] for e in result.entries]
    assert sum(n.startswith("03_") for n in names) == 1  # the April case is outside
    assert not any(n.startswith("04_") for n in names)  # the activity is in April


def test_cancel_writes_nothing(data, tmp_path):
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        build_package(D(2026, 1, 1), D(2026, 12, 31), tmp_path / "x.zip", workers=2, cancel=cancel)
    assert list(tmp_path.glob("*")) == [tmp_path / "data"]


def test_unarchived_cases_are_apart_and_the_index_says_why(data, tmp_path):
    dossier.archive(data.disputes[0])
    result = build_package(D(2026, 1, 1), D(2026, 12, 31), tmp_path / "p.zip", workers=0,
                           today=D(2026, 6, 1))
    assert result.unarchived == 1
    by_folder = {}
    for name, _pages, note in result.entries:
        by_folder.setdefault(name.split("/")[0], []).append((name, note))
    [(_archived, _)] = by_folder["03_人民调解卷宗"]
    [(open_case, note)] = by_folder[UNARCHIVED_FOLDER]
    assert "刘强" in open_case or "劳动争议" in open_case
    assert "未归档" in note and "尚未结案" in note and "当事人权利义务告知书" in note
    assert "超过一个月仍未结案" in note  # accepted 2026-04-02, still open on 2026-06-01
    with zipfile.ZipFile(result.path) as zf:
        text = index_text(zf)
        assert re.sub(r"\s+", "", note) in text
        assert f"{UNARCHIVED_FOLDER}/" in "".join(zf.namelist())
        # the index's heading counts them: an inspector sees at once how many dossiers are not archived
        assert f"人民调解卷宗2件：已归档1件；未归档1件，单独放在“{UNARCHIVED_FOLDER}”" in text


def test_a_case_taken_back_out_of_the_archive_is_named_by_its_case_number(data, tmp_path):
    case = dossier.archive(data.disputes[0])
    file_no = case.file_no
    assert "人调字" in file_no
    dossier.unarchive(case)
    result = build_package(D(2026, 1, 1), D(2026, 12, 31), tmp_path / "p.zip", workers=0, today=D(2026, 6, 1))
    apart = [name for name, _pages, _note in result.entries if name.startswith(f"{UNARCHIVED_FOLDER}/")]
    assert len(apart) == 2 and not [n for n in apart if file_no in n]  # not filed under a 卷号 it no longer holds
    assert any(n.startswith(f"{UNARCHIVED_FOLDER}/{case.case_no}_") for n in apart)
