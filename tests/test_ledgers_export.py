"""Exported ledgers, opened with openpyxl: print set-up, layout, masking, real dates and numbers, totals."""

from __future__ import annotations

import datetime as dt
import os
import stat

import openpyxl
import pytest

from ledgers_sample import ID_OK, populate
from station_app.outputs import Cancelled
from station_app.outputs.ledgers import LEDGER_KINDS, export_ledger, export_rows, write_template

YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


@pytest.fixture
def sample(db):
    return populate()


def _rows(ws):
    return [list(r) for r in ws.iter_rows(values_only=True)]


def _header(ws):
    return [c for c in _rows(ws)[3]]


def _column(ws, header):
    rows = _rows(ws)
    i = [str(h).replace("\n", "") for h in rows[3]].index(header)  # a header may print on two lines
    return [r[i] for r in rows[4:]]


@pytest.mark.parametrize("kind", [k for k in LEDGER_KINDS if k != "all"])
def test_every_kind_prints_like_a_ledger(sample, tmp_path, kind):
    path = export_ledger(kind, tmp_path / f"{kind}.xlsx", start=YEAR[0], end=YEAR[1])
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [LEDGER_KINDS[kind]]
    ws = wb.active
    assert ws["A1"].value == f"城关镇委员工作站{LEDGER_KINDS[kind]}"
    assert ws["A1"].font.b and ws["A1"].font.sz == 16
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert any(r.startswith("A1:") for r in merged) and any(r.startswith("A2:") for r in merged)
    assert ws["A2"].value in ("（2026年度）",) or ws["A2"].value.startswith("（截至")
    assert ws["A3"].value == "填报单位：城关镇委员工作站"
    assert ws.print_title_rows == "$4:$4"
    assert ws.freeze_panes == "A5"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"
    head = ws["A4"]
    assert head.value == "序号" and head.font.b and head.border.top.style == "thin"
    body = ws["B5"]
    assert body.border.left.style == "thin" and body.alignment.wrap_text
    texts = [r[0] for r in _rows(ws)]
    assert "填表人：" in texts
    sign_row = texts.index("填表人：")
    assert "审核人：" in _rows(ws)[sign_row]
    assert ws.row_dimensions[5].height and ws.row_dimensions[5].height >= 13


def test_dates_are_dates_numbers_are_numbers_and_totals_add_up(sample, tmp_path):
    ws = openpyxl.load_workbook(export_ledger("visits", tmp_path / "v.xlsx", start=YEAR[0], end=YEAR[1])).active
    dates = _column(ws, "来访日期")
    assert dates[0] == dt.datetime(2026, 3, 6) and ws["C5"].number_format == "yyyy-mm-dd"
    people = _column(ws, "人数")
    assert people[:2] == [3, 1]
    total_row = next(r for r in _rows(ws) if r[0] == "合计")
    assert total_row[1] == "共2条"
    assert total_row[_header(ws).index("人数")] == 4
    d = openpyxl.load_workbook(export_ledger("disputes", tmp_path / "d.xlsx", start=YEAR[0], end=YEAR[1])).active
    assert _column(d, "涉及金额")[0] == 3500 and d["I5"].number_format == "#,##0.00"
    assert _column(d, "当事人")[0] == "陈大爷（申请人）、孙某（被申请人）"
    assert _column(d, "调解员")[0] == "张建国、李秀英、司法所老周"


def test_personal_data_masked_by_default_and_full_on_request(sample, tmp_path):
    masked = openpyxl.load_workbook(export_ledger("visits", tmp_path / "m.xlsx", start=YEAR[0], end=YEAR[1])).active
    assert _column(masked, "联系电话")[0] == "139****5678"
    assert _column(masked, "身份证号")[0] == "110***********002X"
    members = openpyxl.load_workbook(export_ledger("members", tmp_path / "mm.xlsx", start=YEAR[0], end=YEAR[1]))
    assert _column(members.active, "联系电话")[0] == "138****0000"
    full = openpyxl.load_workbook(export_ledger("visits", tmp_path / "f.xlsx", start=YEAR[0], end=YEAR[1],
                                                unmasked=True)).active
    assert _column(full, "联系电话")[0] == "13912345678"
    assert _column(full, "身份证号")[0] == ID_OK


def test_roster_shows_swaps_and_attendance(sample, tmp_path):
    ws = openpyxl.load_workbook(export_ledger("roster", tmp_path / "r.xlsx", start=YEAR[0], end=YEAR[1])).active
    assert _column(ws, "星期")[:3] == ["星期五"] * 3
    assert _column(ws, "调剂情况")[1] == "王志强→刘洋（外出）"
    assert _column(ws, "实到委员")[0] == "张建国"
    assert _column(ws, "状态")[:2] == ["已完成", "计划"]


def test_performance_and_summary(sample, tmp_path):
    ws = openpyxl.load_workbook(export_ledger("performance", tmp_path / "p.xlsx", start=YEAR[0],
                                              end=YEAR[1], today=dt.date(2026, 12, 31))).active
    names = _column(ws, "姓名")
    assert set(names[:5]) == {"张建国", "李秀英", "王志强", "赵丽华", "刘洋"}
    flags = _column(ws, "指标完成")[:5]
    assert "未达标" in flags
    assert any("全年联系群众" in (r or "") for r in _column(ws, "未达标情况（亮牌提醒）")[:5])
    s = openpyxl.load_workbook(export_ledger("summary", tmp_path / "s.xlsx", start=YEAR[0], end=YEAR[1])).active
    items = dict(zip(_column(s, "项目"), _column(s, "数量")))
    assert items["来访登记"] == 2 and items["接待群众"] == 4 and items["受理纠纷"] == 1


def test_all_is_one_workbook_with_every_ledger(sample, tmp_path):
    wb = openpyxl.load_workbook(export_ledger("all", tmp_path / "all.xlsx", start=YEAR[0], end=YEAR[1]))
    assert wb.sheetnames == [v for k, v in LEDGER_KINDS.items() if k != "all"]
    for ws in wb:
        assert ws.print_title_rows == "$4:$4"


def test_period_filters_rows(sample, tmp_path):
    ws = openpyxl.load_workbook(export_ledger("visits", tmp_path / "v.xlsx", start=dt.date(2026, 4, 1),
                                              end=dt.date(2026, 4, 30))).active
    assert _column(ws, "来访人")[0] == "周女士"
    assert ws["A2"].value == "（2026年4月1日至2026年4月30日）"


def test_export_rows_holds_only_the_shown_records(sample, tmp_path):
    second = sample["visits"][1]
    ws = openpyxl.load_workbook(export_rows("visit", [second.id], tmp_path / "shown.xlsx")).active
    assert _column(ws, "来访人")[0] == "周女士"
    assert _column(ws, "序号")[:2] == [1, "合计"]


def test_export_rows_of_reception_days_holds_their_visits(sample, tmp_path):
    day_id = sample["visits"][0].reception_day_id
    ws = openpyxl.load_workbook(export_rows("reception_day", [day_id], tmp_path / "day.xlsx")).active
    assert _column(ws, "来访人")[0] == "陈大爷"
    assert _column(ws, "序号")[:2] == [1, "合计"]


def test_progress_and_cancel_leave_no_file(sample, tmp_path):
    tmp_path = tmp_path / "out"
    seen = []
    export_ledger("all", tmp_path / "ok.xlsx", start=YEAR[0], end=YEAR[1], progress=lambda d, t, m: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1]
    with pytest.raises(Cancelled):
        export_ledger("all", tmp_path / "no.xlsx", start=YEAR[0], end=YEAR[1], cancel=lambda: True)
    assert not (tmp_path / "no.xlsx").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["ok.xlsx"]


def test_template_offers_drop_downs(db, tmp_path):
    wb = openpyxl.load_workbook(write_template("visits", tmp_path / "t.xlsx"))
    ws = wb["接待登记台账"]
    assert wb["选项"].sheet_state == "hidden"
    names = [str(h).replace("\n", "") for h in _header(ws)]  # a header may print on two lines
    assert "诉求类别" in names and ws["A5"].value is None
    validations = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    letter = openpyxl.utils.get_column_letter(names.index("诉求类别") + 1)
    ref = validations[f"{letter}5:{letter}204"]
    col, count = ref.split("$")[1], int(ref.rsplit("$", 1)[1])
    options = [wb["选项"][f"{col}{i}"].value for i in range(1, count + 1)]
    assert "邻里纠纷" in options and "涉法涉诉" in options


def test_headers_with_a_unit_break_before_it_not_before_the_closing_bracket(sample, tmp_path):
    ws = openpyxl.load_workbook(export_ledger("performance", tmp_path / "p.xlsx", start=YEAR[0], end=YEAR[1])).active
    header = _header(ws)
    assert "值班接待\n（次）" in header and "联系群众\n（人次）" in header
    assert not any(str(h).endswith("\n）") or "（次\n）" in str(h) for h in header)
    assert ws.row_dimensions[4].height >= 2 * 13.5  # two lines of header fit
    topics = openpyxl.load_workbook(export_ledger("topics", tmp_path / "t.xlsx", start=YEAR[0], end=YEAR[1])).active
    assert {"建议\n条数", "是否\n转化"} <= set(_header(topics))  # not 建议条 / 数


def test_agreement_amount_is_blank_for_a_case_without_agreement(sample, tmp_path):
    from station_app.services import disputes

    disputes.create_dispute({"accepted_on": dt.date(2026, 8, 3), "source": "来访转入", "dispute_type": "邻里",
                             "summary": "围墙纠纷，调解中。", "amount": "800"},
                            parties=[{"role": "申请人", "name": "吴某"}])
    ws = openpyxl.load_workbook(export_ledger("disputes", tmp_path / "d.xlsx", start=YEAR[0], end=YEAR[1])).active
    rows = [r for r in _rows(ws)[4:] if isinstance(r[0], int)]
    agreed = _header(ws).index("协议涉及金额")
    by_summary = {r[_header(ws).index("简要情况")]: r[agreed] for r in rows}
    assert by_summary["围墙纠纷，调解中。"] is None  # not 0.00
    assert by_summary["楼上漏水致楼下墙面受损，双方就赔偿金额争执。"] == 3000


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_exported_files_are_readable_like_any_saved_file(sample, tmp_path):
    """Not private to the exporting account (mkstemp's 0600): a shared folder's users can open them."""
    mask = os.umask(0o022)
    os.umask(mask)
    path = export_ledger("visits", tmp_path / "v.xlsx", start=YEAR[0], end=YEAR[1])
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask
    path.chmod(0o640)
    export_ledger("visits", path, start=YEAR[0], end=YEAR[1])  # overwriting keeps the file's own mode
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
