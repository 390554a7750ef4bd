"""Texts that look like formulas (=1+2, +86…, -3, @all) are written with Excel's quote prefix and read back as text."""

from __future__ import annotations

import datetime as dt
import zipfile

import openpyxl

from ledgers_sample import populate
from station_app.outputs.ledgers import export_ledger, import_ledger
from station_app.store.models import Station, Visit

YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
TEXTS = {"=1+2": "content", "+86 139 1234 5678 打过电话": "result", "-3号楼漏水": "visitor_address",
         "@王主任 请回复": "followup_note"}


def test_formula_like_texts_get_the_quote_prefix_and_import_back_as_text(db, data_dir, tmp_path):
    from station_app.services import records

    populate()
    visit = Visit.alive().order_by(Visit.id).first()
    records.update(visit, {field: text for text, field in TEXTS.items()})
    path = export_ledger("visits", tmp_path / "v.xlsx", start=YEAR[0], end=YEAR[1], unmasked=True)

    ws = openpyxl.load_workbook(path).active
    cells = {c.value: c for row in ws.iter_rows() for c in row if c.value in TEXTS}
    assert set(cells) == set(TEXTS)
    for text, cell in cells.items():
        assert cell.data_type == "s" and cell.quotePrefix, text  # stays text when edited in Excel
    plain = next(c for row in ws.iter_rows() for c in row if c.value == "陈大爷")
    assert not plain.quotePrefix and plain.font.name == cells["=1+2"].font.name  # same look otherwise
    with zipfile.ZipFile(path) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet  # no cell is written as a formula

    from station_app.paths import DataDir
    from station_app.services import context
    from station_app.store.db import close_database, open_database

    members = export_ledger("members", tmp_path / "m.xlsx", start=YEAR[0], end=YEAR[1], unmasked=True)
    close_database()
    open_database(DataDir(tmp_path / "other").ensure().db_path)
    context.set_actor("tester", "管理员")
    Station.name_own(name="城关镇委员工作站")
    assert import_ledger("members", members).ok
    report = import_ledger("visits", path)
    assert report.ok, report.text()
    back = Visit.get(Visit.visitor_name == visit.visitor_name)
    for text, field in TEXTS.items():
        assert getattr(back, field) == text
