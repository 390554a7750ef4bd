"""Archive sheets: every kind renders with the record's values, the stamp, page numbers and embedded font."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

import sheetdata
from station_app.outputs.sheets import SHEET_KINDS, Coverage, SheetError, render_sheet


@pytest.fixture
def data(db, data_dir):
    return sheetdata.make(data_dir)


def pages_text(path) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(str(path)).pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def positioned(page) -> list[tuple[str, float]]:
    """(text, y on the page) of each text run: rows of a table share their y."""
    items = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            items.append((text.strip(), round(tm[5] * cm[3] + cm[5])))

    page.extract_text(visitor_text=visit)
    return items


def unembedded_fonts(path) -> list[str]:
    """Names of fonts used by any page that carry no embedded font program."""
    bad = []
    for page in PdfReader(str(path)).pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            descs = [font]
            if "/DescendantFonts" in font:
                descs = [d.get_object() for d in font["/DescendantFonts"]]
            for d in descs:
                fd = d.get("/FontDescriptor")
                fd = fd.get_object() if fd is not None else {}
                if not any(k in fd for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    bad.append(str(font.get("/BaseFont")))
    return bad


EXPECT = {
    "reception": ["接待日登记表", "医疗卫生界别接待日", "张秀兰", "欧阳明德", "王建国", "本次接待群众3批7人次"],
    "visit": ["来访登记处理单", "张秀兰", "138****8000", "110***********4514", "邻里纠纷", "转矛盾纠纷调解"],
    "dispute": ["人民调解卷宗", "卷内目录", "人民调解受理登记表", "人民调解记录", "人民调解协议书", "人民调解回访记录",
                "张秀兰与张德福邻里纠纷", "人调字第", "当事人身份证明", "卷内备考表"],
    "activity": ["活动记录表", "民法典进社区宣传活动", "120人次", "活动现场", "发放资料"],
    "topic": ["协商议事记录", "协商成果反馈单", "幸福村通组道路硬化", "由镇交通办列入年度计划", "院坝"],
    "roster": ["2026年3月委员值班表", "王建国", "赵丽华", "星期五", "0871-6543210"],
    "member": ["2026年度委员履职档案", "王建国", "经济界", "履职记录明细", "民法典进社区宣传活动"],
    "report": ["2026年度工作报告", "主要工作及成效", "分月情况", "矛盾纠纷类型", "提案和督办方面",
               "承办单位按时答复率"],
    "proposal": ["提案", "关于幸福村通组道路硬化的建议", "领衔", "王建国", "赵丽华", "具体建议", "交通运输所"],
    "board": ["回音壁", "2026年3月", "幸福村群众反映", "住建办", "2026年3月18日"],
}


@pytest.mark.parametrize("kind", list(SHEET_KINDS))
def test_every_kind_carries_its_values_stamp_and_page_numbers(data, tmp_path, kind):
    out = render_sheet(kind, None, tmp_path / f"{kind}.pdf", year=2026)
    texts = pages_text(out)
    whole = flat("".join(texts))
    for value in EXPECT[kind]:
        assert flat(value) in whole, f"{kind}: “{value}” missing"
    for text in texts:
        assert "城关镇政协委员工作站" in text  # station name on every page
        for label in ("全宗号", "年度", "保管期限", "件号", "Z108"):
            assert label in text
        assert re.search(r"第\s*\d+\s*页\s*共\s*\d+\s*页", text)
    assert unembedded_fonts(out) == []


def test_personal_data_masked_unless_asked(data, tmp_path):
    masked = flat("".join(pages_text(render_sheet("dispute", [data.disputes[0].id], tmp_path / "m.pdf"))))
    assert sheetdata.ID_1 not in masked and "13800138000" not in masked
    full = flat("".join(pages_text(render_sheet("dispute", [data.disputes[0].id], tmp_path / "f.pdf",
                                                unmasked=True))))
    assert sheetdata.ID_1 in full and "13800138000" in full


def test_each_sheet_of_a_file_is_numbered_on_its_own(data, tmp_path):
    texts = pages_text(render_sheet("visit", None, tmp_path / "v.pdf", year=2026))
    assert len(texts) == 2
    assert all(re.search(r"第\s*1\s*页\s*共\s*1\s*页", t) for t in texts)
    assert "来访-001" in texts[0] and "来访-002" in texts[1]


def test_dossier_catalogue_page_numbers_match_the_real_pages(data, tmp_path):
    """Page numbers are those of the bound file: the 告知书's signed original (2 pages) and the 身份证明
    (2 pages) are bound in as paper and counted, though not printed."""
    out = render_sheet("dispute", [data.disputes[0].id], tmp_path / "d.pdf")
    texts = pages_text(out)
    catalogue = texts[1]
    assert "卷内目录" in flat(catalogue)
    # bound page -> printed page
    number = {int(re.findall(r"第\s*(\d+)\s*页", t)[-1]): i for i, t in enumerate(texts)}
    bound_total = len(texts) + 2 + 2
    items = positioned(PdfReader(str(out)).pages[1])
    titles = {"人民调解受理登记表": "人民调解受理登记表", "当事人权利义务告知书": "当事人权利义务告知书",
              "当事人身份证明": "当事人身份证明", "调解记录": "人民调解记录", "调解协议书": "人民调解协议书",
              "回访记录": "人民调解回访记录", "卷内备考表（封底）": "卷内备考表"}
    found = 0
    for name, title in titles.items():
        row_y = [y for text, y in items if text == name]
        assert row_y, f"{name} not listed"
        pages = [t for t, y in items if abs(y - row_y[0]) <= 4 and re.fullmatch(r"\d+(-\d+)?", t)
                 and t != str(found + 1)]
        assert len(pages) == 1, f"{name}: page cell {pages}"
        first, _, last = pages[0].partition("-")
        first, last = int(first), int(last or first)
        assert first in number, f"{name}: page {first} is not a printed page"
        page = texts[number[first]]
        assert flat(page).startswith(title), f"{name}: page {first} does not hold it"
        assert re.search(rf"第\s*{first}\s*页\s*共\s*{bound_total}\s*页", page)
        found += 1
        if name == "调解协议书":  # one copy per party plus one for the mediation committee
            assert last - first + 1 == 3
            assert "第3份共3份" in flat(texts[number[last]])
        if name == "当事人身份证明":  # the insert page and the two paper pages
            assert last - first + 1 == 3 and f"为本卷第{first + 1}—{first + 2}页" in flat(page)
    assert found == len(titles)
    assert f"本卷共6件{bound_total}页" in flat(texts[-1])


def test_missing_required_papers_are_listed_and_block_archiving(data, tmp_path):
    from station_app.services import dossier
    from station_app.services.errors import ValidationError

    open_case = data.disputes[1]
    text = flat("".join(pages_text(render_sheet("dispute", [open_case.id], tmp_path / "o.pdf"))))
    assert "当事人身份证明—缺" in text
    with pytest.raises(ValidationError) as err:
        dossier.archive(open_case)
    assert "当事人身份证明" in str(err.value) and "调解记录" in str(err.value)


def test_a_character_the_font_lacks_is_reported_not_blank(data, tmp_path):
    from station_app.services import records

    visit = data.visits[1]
    records.update(visit, {"visitor_name": "欧阳\U000F0001德"})
    cov = Coverage()
    out = render_sheet("visit", [visit.id], tmp_path / "r.pdf", coverage=cov)
    assert "\U000F0001" in cov.missing
    assert "U+F0001" in cov.message()
    assert "欧阳□德" in flat(pages_text(out)[0])


def test_unknown_ids_and_empty_years_are_refused_in_chinese(data, tmp_path):
    with pytest.raises(SheetError, match="找不到编号为 999"):
        render_sheet("visit", [999], tmp_path / "x.pdf")
    with pytest.raises(SheetError, match="2019年没有"):
        render_sheet("activity", None, tmp_path / "y.pdf", year=2019)
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()


def test_cancel_leaves_no_file(data, tmp_path):
    from station_app.outputs import Cancelled

    with pytest.raises(Cancelled):
        render_sheet("visit", None, tmp_path / "out" / "c.pdf", year=2026, cancel=lambda: True)
    assert list((tmp_path / "out").iterdir()) == []


def test_text_too_wide_for_its_cell_wraps_instead_of_overflowing():
    from reportlab.platypus import Paragraph

    from station_app.outputs.sheets.blocks import Styles, cell

    st, cov = Styles(), Coverage()
    assert cell("张秀兰", 80, st.cell, cov) == "张秀兰"  # fits: drawn as plain text
    long_id = cell("110101199003074514", 60, st.cell, cov)  # an ID number in a narrow column
    assert isinstance(long_id, Paragraph) and long_id.style.wordWrap == "CJK"
    _, height = long_id.wrap(60, 1000)
    assert height > st.cell.leading  # wrapped onto more lines, within the width
    assert isinstance(cell("第一行\n第二行", 400, st.cell, cov), Paragraph)
