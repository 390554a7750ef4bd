"""Rare characters (CJK Ext-A 䶮 㙟, Ext-B 𠮷 𡒄) print in every PDF, name the zip's files as the index does,
and a character no bundled font has is reported with its record before the export writes."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import pytest
from pypdf import PdfReader

import sheetdata
from station_app.outputs.sheets import Coverage, render_sheet

RARE = "䶮𠮷㙟𡒄"
ODD = "\U000F0001"  # a private-use code point: no bundled font has it


@pytest.fixture
def data(db, data_dir):
    return sheetdata.make(data_dir)


def text_of(pdf) -> str:
    reader = PdfReader(pdf if not isinstance(pdf, bytes) else io.BytesIO(pdf))
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in reader.pages))


def font_names(pdf) -> set[str]:
    reader = PdfReader(pdf if not isinstance(pdf, bytes) else io.BytesIO(pdf))
    return {str(f.get_object()["/BaseFont"]).split("+")[-1]
            for page in reader.pages for f in ((page.get("/Resources") or {}).get("/Font") or {}).values()}


def test_ext_a_and_b_characters_print_in_a_visit_sheet_and_the_fallback_only_when_needed(data, tmp_path):
    from station_app.services import records

    rare, plain = data.visits
    records.update(rare, {"visitor_name": "刘䶮", "content": "与𠮷野家因㙟地界和𡒄字门牌发生纠纷。"})
    cov = Coverage()
    out = render_sheet("visit", [rare.id], tmp_path / "rare.pdf", coverage=cov)
    text = text_of(out)
    assert "刘䶮" in text and "与𠮷野家因㙟地界和𡒄字门牌" in text
    assert "□" not in text and not cov.missing
    assert "StationHanExt-Regular" in font_names(out)
    ordinary = render_sheet("visit", [plain.id], tmp_path / "plain.pdf")
    assert "欧阳明德" in text_of(ordinary)
    assert font_names(ordinary) == {"WenQuanYiMicroHei-0"}  # no fallback font in a document without rare chars


def test_ext_a_and_b_characters_print_in_a_dossier(data, tmp_path):
    from station_app.store.models import Party

    dsp = data.disputes[0]
    Party.update(name="刘䶮").where((Party.dispute == dsp) & (Party.role == "申请人")).execute()
    Party.update(name="𠮷野", address="幸福村㙟子湾𡒄号").where(
        (Party.dispute == dsp) & (Party.role == "被申请人")).execute()
    out = render_sheet("dispute", [dsp.id], tmp_path / "dossier.pdf")
    text = text_of(out)
    assert "刘䶮" in text and "𠮷野" in text and "幸福村㙟子湾𡒄号" in text
    assert "□" not in text
    assert "StationHanExt-Regular" in font_names(out)


def test_station_name_in_the_header_and_stamp_use_the_fallback(data, tmp_path):
    data.station.name = "𠮷祥镇䶮山委员工作站"
    data.station.save()
    out = render_sheet("visit", [data.visits[1].id], tmp_path / "v.pdf")
    assert "𠮷祥镇䶮山委员工作站" in text_of(out)


def test_zip_names_equal_the_index_rows_with_rare_names(data, tmp_path):
    from station_app.outputs.package import INDEX_NAME, build_package
    from station_app.services import records
    from station_app.store.models import Party

    dsp = data.disputes[0]
    Party.update(name="刘䶮").where((Party.dispute == dsp) & (Party.role == "申请人")).execute()
    Party.update(name="𠮷野").where((Party.dispute == dsp) & (Party.role == "被申请人")).execute()
    records.update(data.activity, {"title": "䶮山村𠮷祥文化广场普法宣传活动"})
    result = build_package(dt.date(2026, 1, 1), dt.date(2026, 12, 31), tmp_path / "p.zip", workers=0)
    assert not result.notes or all("□" not in n for n in result.notes)
    with zipfile.ZipFile(tmp_path / "p.zip") as zf:
        names = zf.namelist()
        index = text_of(zf.read(INDEX_NAME))
        assert any("刘䶮与𠮷野" in n for n in names), names
        assert any("䶮山村𠮷祥" in n for n in names), names
        assert "□" not in index and "刘䶮与𠮷野" in index
        assert len(re.findall(r"\.(?:pdf|xlsx)", index)) == len(names)  # one row per file, no other row
        assert [e[0] for e in result.entries] == names
        for name in names:  # each file of the zip is listed under its exact name
            assert re.sub(r"\s+", "", name) in index, name


def test_a_character_no_font_has_is_reported_with_its_record_before_the_cli_writes(data, data_dir, tmp_path,
                                                                                     capsys):
    from station_app.cli import main
    from station_app.services import records

    records.update(data.visits[1], {"visitor_name": f"欧阳{ODD}德"})
    out = tmp_path / "v.pdf"
    code = main(["--data-dir", str(data_dir.root), "export", "sheet", "visit", "--id", str(data.visits[1].id),
                 "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 0 and out.exists()  # the export still goes on, with □
    assert f"来访登记（编号 {data.visits[1].id}，欧阳{ODD}德）的“来访人”" in err
    assert "U+F0001" in err and "印为“□”" in err
    assert "欧阳□德" in text_of(out)


def test_package_names_the_records_with_unprintable_characters(data):
    from station_app.outputs.package import unprintable
    from station_app.outputs.sheets import precheck
    from station_app.store.models import Party

    Party.update(address=f"幸福村{ODD}号").where(Party.dispute == data.disputes[0]).execute()
    found = unprintable(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    text = precheck.message(found)
    assert "矛盾纠纷调解案件（编号" in text and "当事人（编号" in text and "U+F0001" in text
    assert "䶮" not in text  # characters the fallback font has are not reported


def test_clip_ends_a_cut_text_with_an_ellipsis():
    from station_app.outputs.sheets.fonts import clip
    from station_app.outputs.sheets.kinds import safe_name

    assert clip("一二三四五", 5) == "一二三四五"
    assert clip("一二三四五六", 5) == "一二三四…"
    assert safe_name("很长的活动名称" * 10, 24).endswith("…") and len(safe_name("很长的活动名称" * 10, 24)) == 24
