"""How archive sheets break across pages and inside cells, as an inspector reading the printout sees it."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader

import sheetdata
from station_app.outputs.sheets import render_sheet
from station_app.outputs.sheets.blocks import Styles, header_text
from station_app.services import reception

D = dt.date
_FURNITURE = re.compile(r"^(第 \d+ 页 共 \d+ 页|全宗号.*|年度.*|保管期限.*|件号.*|Z108.*|城关镇政协委员工作站)$")


@pytest.fixture
def data(db, data_dir):
    return sheetdata.make(data_dir)


def page_lines(path) -> list[list[str]]:
    """Each page's text lines without the page furniture (station name, archive stamp, page number)."""
    out = []
    for page in PdfReader(str(path)).pages:
        lines = [ln.strip() for ln in (page.extract_text() or "").splitlines() if ln.strip()]
        out.append([ln for ln in lines if not _FURNITURE.match(ln)])
    return out


def _signature_only(lines: list[str]) -> bool:
    return bool(lines) and all("签字" in ln or re.fullmatch(r"日期[：:\s　年月日]*", ln) for ln in lines)


def _long_day(data, visits: int):
    day = reception.open_day(None, date=D(2026, 6, 5), half="上午", location="工作站接待室", theme="常规接待")
    for n in range(visits):
        reception.add_visit(day, {
            "visit_date": D(2026, 6, 5), "visit_time": f"{9 + n // 4:02d}:{(n % 4) * 15:02d}",
            "visitor_name": f"来访人{n + 1}", "visitor_phone": "13800138000", "people_count": 1,
            "visitor_address": "城关镇幸福村三组18号院内东侧平房", "category": "邻里纠纷",
            "content": "反映邻居在两家之间的通道上堆放建筑材料，影响出行，雨天积水流入自家院内，多次协商未果。",
            "handling": "转矛盾纠纷调解",
        }, [m.id for m in data.members])
    return day


@pytest.mark.parametrize("visits", range(2, 10))
def test_a_reception_day_never_leaves_its_signatures_or_summary_heading_alone(data, tmp_path, visits):
    day = _long_day(data, visits)
    pages = page_lines(render_sheet("reception", [day.id], tmp_path / "day.pdf"))
    for n, lines in enumerate(pages, start=1):
        assert not _signature_only(lines), f"{visits} visits: page {n} holds only signature lines: {lines}"
    heading_page = next(n for n, lines in enumerate(pages) if "接待小结" in lines)
    sign_page = next(n for n, lines in enumerate(pages) if any("值班委员（签字）" in ln for ln in lines))
    assert heading_page == sign_page  # the summary heading, its box and the signatures stay together


def test_a_group_visitor_reads_name_then_head_count(data, tmp_path):
    pages = page_lines(render_sheet("reception", [data.day.id], tmp_path / "d.pdf"))
    lines = [ln for page in pages for ln in page]
    assert any(ln.endswith("（5人）") for ln in lines)  # 张秀兰 / （5人）, not 张秀兰（5 / 人）
    assert not any(ln.endswith("（5") or ln.startswith("人）") for ln in lines)


def test_party_table_keeps_roles_ids_and_phones_on_one_line(data, tmp_path):
    pages = page_lines(render_sheet("dispute", [data.disputes[0].id], tmp_path / "d.pdf"))
    acceptance = next(lines for lines in pages if lines[0] == "人民调解受理登记表")
    text = "\n".join(acceptance)
    for whole in ("被申请人", "110***********3028", "137****7000", "110***********4514"):
        assert any(whole in ln for ln in acceptance), f"“{whole}” is broken across lines:\n{text}"


def test_headers_break_before_their_unit_or_in_the_middle():
    pst = Styles().label
    assert header_text("值班接待（次）", 50, pst) == "值班接待\n（次）"
    assert header_text("值班接待", 45, pst) == "值班\n接待"
    assert header_text("参加协商会", 45, pst) == "参加\n协商会"
    assert header_text("值班接待", 200, pst) == "值班接待"  # fits: unchanged


def test_long_signature_labels_keep_their_colon(data, tmp_path):
    pages = page_lines(render_sheet("topic", [data.topic.id], tmp_path / "t.pdf"))
    lines = [ln for page in pages for ln in page]
    assert any("承办单位（盖章）（签字）：" in ln for ln in lines)
    assert "：" not in lines  # no colon wrapped onto a line of its own


def test_the_annual_report_is_not_titled_twice_a_year(data, tmp_path):
    from pypdf import PdfReader as R

    out = render_sheet("report", [2026], tmp_path / "r.pdf")
    assert R(str(out)).metadata.title == "2026年度工作报告"


def test_report_charts_count_every_category(data, tmp_path):
    """The 来访诉求类别 chart had room for 12 bars and silently dropped the 13th category."""
    from station_app.services.validation import lookup_values

    categories = lookup_values("visit_category")
    assert len(categories) > 12
    for n, category in enumerate(categories):
        reception.add_visit(None, {"visit_date": D(2026, 7, 1 + n % 28), "visitor_name": f"群众{n}",
                                   "mode": "电话", "category": category, "content": "咨询。",
                                   "handling": "政策咨询"})
    text = "".join(p.extract_text() for p in PdfReader(str(render_sheet("report", [2026], tmp_path / "r.pdf"))).pages)
    chart = text[text.index("各月接待群众人次"):text.index("来访诉求类别")]  # a chart's labels precede its title
    missing = [c for c in categories if c not in chart]
    assert not missing, missing


def test_chart_ticks_are_round_numbers():
    from station_app.outputs.sheets.kinds.report import nice_step

    assert [nice_step(n) for n in (1, 4, 6, 7, 13, 52, 55, 120, 372)] == [1, 1, 1, 2, 5, 10, 10, 20, 100]


def test_wall_roster_keeps_each_member_and_the_swap_mark_on_one_line(data, tmp_path):
    from station_app.services import duty, records

    sub = records.create("member", {"name": "欧阳晓明", "sector": "教育界"})
    duty.swap(data.slot, data.members[1].id, sub.id, "外出")
    [lines] = page_lines(render_sheet("roster", [3], tmp_path / "r.pdf", year=2026))
    assert any(ln.endswith("欧阳晓明（调剂）") for ln in lines), lines
    assert not any(ln.endswith("（") for ln in lines)


LONG = ("反映邻居在两家之间的通道上堆放建筑材料，影响出行，雨天积水流入自家院内，多次协商未果。" * 45)[:1990]


def test_a_visit_with_the_longest_allowed_texts_prints_over_several_pages(data, tmp_path):
    """A 2,000-character 诉求内容 was taller than a page: reportlab gave up and no sheet (nor package) came out."""
    visit = reception.add_visit(None, {"visit_date": D(2026, 8, 1), "mode": "电话", "visitor_name": "长诉求",
                                       "category": "其他", "content": LONG, "handling": "政策咨询", "result": LONG})
    pages = page_lines(render_sheet("visit", [visit.id], tmp_path / "v.pdf"))
    assert len(pages) >= 2
    text = "".join("".join(lines) for lines in pages)
    assert "诉求内容（续）" in text
    for label in ("诉求内容（续）", "办理结果（续）", "诉求内容", "办理结果"):  # labels print beside the text
        text = text.replace(label, "")
    assert text.count("雨天积水流入自家院内") == 2 * LONG.count("雨天积水流入自家院内")  # nothing lost at the breaks


def test_a_reception_day_with_a_very_long_request_prints(data, tmp_path):
    reception.add_visit(data.day, {"visit_date": data.day.date, "visitor_name": "长诉求", "category": "其他",
                                   "content": LONG, "handling": "政策咨询"})
    pages = page_lines(render_sheet("reception", [data.day.id], tmp_path / "d.pdf"))
    assert len(pages) >= 2
    text = "".join("".join(lines) for lines in pages)
    assert text.count("雨天积水流入自家院内") == LONG.count("雨天积水流入自家院内")


def test_an_agreement_has_a_signature_line_for_every_party(data, tmp_path):
    from station_app.services import disputes, records

    case = disputes.create_dispute({"accepted_on": D(2026, 6, 1), "dispute_type": "婚姻家庭", "source": "来访转入",
                                    "summary": "赡养纠纷。"}, [data.members[0].id],
                                   [{"role": "申请人", "name": "傅磊"}, {"role": "被申请人", "name": "孙有福"},
                                    {"role": "第三人", "name": "杜军"}])
    disputes.add_session(case, {"date": D(2026, 6, 3), "process": "释法明理。", "result": "达成协议"})
    records.update(case, {"result": "调解成功", "agreement_form": "书面", "closed_on": D(2026, 6, 3),
                          "agreement_content": "孙有福每月支付抚养费800元。"})  # as recorded: this test is about print
    pages = page_lines(render_sheet("dispute", [case.id], tmp_path / "d.pdf"))
    agreements = [lines for lines in pages if "人民调解协议书" in lines]
    assert len(agreements) == 4  # one copy per party plus the mediation committee's
    for lines in agreements:
        text = "".join(lines)
        for name in ("申请人傅磊（签名）：", "被申请人孙有福（签名）：", "第三人杜军（签名）："):
            assert name in text


def test_a_member_file_lists_only_duties_held_as_its_figures_count_them(data, tmp_path):
    """Planned future shifts and shifts the member missed were listed as 值班接待 beside a smaller figure."""
    from station_app.store.models import DutyMember, DutySlot

    m1, m2 = data.members
    future = DutySlot.create(date=D(2026, 12, 18), half="上午", location="工作站接待室", state="计划")
    DutyMember.create(slot=future, member=m1, planned=True, active=True)
    missed = DutySlot.create(date=D(2026, 4, 10), half="下午", location="工作站接待室", state="已完成")
    DutyMember.create(slot=missed, member=m1, planned=True, active=True, present=False)
    DutyMember.create(slot=missed, member=m2, planned=True, active=True, present=True)
    pages = page_lines(render_sheet("member", [m1.id], tmp_path / "m.pdf", year=2026))
    text = re.sub(r"\s+", "", "".join(ln for lines in pages for ln in lines))
    assert "2026年3月6日值班接待" in text  # held
    assert "2026年12月18日" not in text and "2026年4月10日" not in text


@pytest.mark.parametrize("visits", range(2, 17))
def test_a_reception_day_never_ends_on_a_page_with_only_the_summary_and_signatures(data, tmp_path, visits):
    day = _long_day(data, visits)
    pages = page_lines(render_sheet("reception", [day.id], tmp_path / "day.pdf"))
    last = pages[-1]
    assert any("接待小结" in ln for ln in last) and any("召集人（签字）" in ln for ln in last)
    assert any(re.search(r"来访人\d+", ln) for ln in last), f"{visits} visits: last page {last}"


def test_an_index_row_is_never_split_over_two_pages(db, tmp_path):
    """A row of the package index moves whole to the next page: its 序号 and 页数 are not left behind alone
    at the foot of one page while its file name and 备注 start the next (as row 80 of the demo's index did)."""
    from station_app.outputs.sheets import index

    note = "未归档：书面调解协议尚无回访记录。人民调解卷宗（〔2026〕调字第055号 曹燕与林兰英邻里纠纷）"
    for shift in range(4):  # rows of varied heights, so that some row meets the foot of a page
        entries = [(f"03_未归档卷宗/〔2026〕调字第{i:03d}号_曹燕与林兰英邻里纠纷{'物业' * ((i + shift) % 5)}.pdf", 7,
                    note[:10 + 8 * ((i * (shift + 1)) % 8)]) for i in range(120)]
        index.write(tmp_path / "i.pdf", entries, D(2026, 1, 1), D(2026, 12, 31))
        pages = [p.extract_text() for p in PdfReader(str(tmp_path / "i.pdf")).pages]
        assert len(pages) > 5
        for i, (name, _pages, _note) in enumerate(entries):  # 序号 and the start of its file name on one page
            assert any(re.search(rf"^{i + 2}\n" + re.escape(name[:22]), p, re.MULTILINE) for p in pages), (shift, name)
