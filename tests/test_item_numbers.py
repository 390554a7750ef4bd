"""Numbers that never move: 登记编号 / 件号 / 卷号 survive back-filled, deleted and restored records."""

from __future__ import annotations

import datetime as dt
import re

import openpyxl
import pytest
from pypdf import PdfReader

from station_app.outputs.ledgers import export_ledger, import_ledger
from station_app.outputs.sheets import render_sheet
from station_app.services import bulk, disputes, dossier, item_numbers, listing, reception, records, recycle
from station_app.store.models import CaseCounter, Dispute, DutySlot, ItemNumber, Station, Visit

D = dt.date
YEAR = (D(2026, 1, 1), D(2026, 12, 31))


@pytest.fixture
def station(db):
    return Station.name_own(name="城关镇政协委员工作站", fonds_no="Z108")


def add_visit(name: str, day: dt.date):
    return reception.add_visit(None, {"visit_date": day, "visitor_name": name, "mode": "电话", "category": "其他",
                                      "content": f"{name}反映的问题", "handling": "当场解答"})


def add_activity(title: str, day: dt.date):
    return records.create("activity", {"date": day, "activity_type": "普法宣传", "title": title,
                                       "location": "工作站"})


def sheet_numbers(path, names) -> dict[str, tuple[str, str]]:
    """name -> (登记编号 / 编号 printed on the sheet, 件号 printed in its archive stamp), one sheet a page."""
    out = {}
    for page in PdfReader(str(path)).pages:
        text = re.sub(r"\s+", "", page.extract_text() or "")
        name = next(n for n in names if n in text)
        printed = re.search(r"(?:登记编号|编号)：((?:来访|活动)-\d+)", text).group(1)
        stamp = re.search(r"件号((?:来访|活动)-\d+)", text).group(1)
        out[name] = (printed, stamp)
    return out


def ledger_numbers(path, number_header: str, name_header: str) -> dict[str, str]:
    rows = [list(r) for r in openpyxl.load_workbook(path).active.iter_rows(values_only=True)]
    head = [str(h or "").replace("\n", "") for h in rows[3]]  # headers may wrap onto two lines
    i, k = head.index(number_header), head.index(name_header)
    return {r[k]: r[i] for r in rows[4:] if r[k] and r[i]}


def test_visit_numbers_never_move_when_visits_are_back_filled_or_deleted(station, tmp_path):
    names = [f"来访人{i}" for i in range(1, 6)]
    visits = [add_visit(n, D(2026, 6, 10 + i)) for i, n in enumerate(names)]
    pdf1 = render_sheet("visit", None, tmp_path / "v1.pdf", year=2026)
    before = sheet_numbers(pdf1, names)
    assert before == {n: (f"来访-{i:03d}", f"来访-{i:03d}") for i, n in enumerate(names, start=1)}
    assert ledger_numbers(export_ledger("visits", tmp_path / "l1.xlsx", start=YEAR[0], end=YEAR[1]),
                          "登记编号", "来访人") == {n: p for n, (p, _) in before.items()}

    add_visit("补录人", D(2026, 1, 5))  # back-filled: an earlier date in the same year
    records.soft_delete(visits[2])  # 来访人3 (来访-003) to the recycle bin
    later = add_visit("新来访", D(2026, 7, 1))
    everyone = names + ["补录人", "新来访"]
    after = sheet_numbers(render_sheet("visit", None, tmp_path / "v2.pdf", year=2026), everyone)
    assert {n: after[n] for n in names if n != "来访人3"} == {n: before[n] for n in names if n != "来访人3"}
    assert after["补录人"] == ("来访-006", "来访-006") and after["新来访"] == ("来访-007", "来访-007")
    assert "来访人3" not in after and all(p != "来访-003" for p, _ in after.values())
    ledger = ledger_numbers(export_ledger("visits", tmp_path / "l2.xlsx", start=YEAR[0], end=YEAR[1]),
                            "登记编号", "来访人")
    assert ledger == {n: p for n, (p, _) in after.items()}

    recycle.restore("visit", visits[2].id)  # restored from the recycle bin: its own number again
    assert item_numbers.of_record(Visit.get_by_id(visits[2].id)).text == "来访-003"
    records.soft_delete(later)
    recycle.purge("visit", later.id)  # purged for good: 来访-007 is never given again
    assert item_numbers.of_record(add_visit("再来访", D(2026, 8, 1))).text == "来访-008"


def test_list_page_shows_the_stored_number(station):
    first = add_visit("甲", D(2026, 3, 1))
    add_visit("乙", D(2026, 2, 1))  # earlier date, later number
    rows = {r["visitor_name"]: r["item_no"] for r in listing.fetch("visit")}
    assert rows == {"甲": "来访-001", "乙": "来访-002"}
    assert listing.spec("visit").columns[0].label == "登记编号"
    found = listing.fetch("visit", listing.Filter(text="来访-002"))  # the clerk types the paper's number
    assert [r["visitor_name"] for r in found] == ["乙"]
    assert [r["visitor_name"] for r in listing.fetch("visit", listing.Filter(text="1"))] == ["甲"]
    records.soft_delete(first)
    assert [r["item_no"] for r in listing.fetch("visit")] == ["来访-002"]
    add_activity("普法讲座", D(2026, 4, 1))
    assert [r["item_no"] for r in listing.fetch("activity")] == ["活动-001"]


def test_activity_numbers_never_move(station, tmp_path):
    titles = ["讲座一", "讲座二", "讲座三"]
    acts = [add_activity(t, D(2026, 5, 1 + i)) for i, t in enumerate(titles)]
    before = sheet_numbers(render_sheet("activity", None, tmp_path / "a1.pdf", year=2026), titles)
    assert [before[t][0] for t in titles] == ["活动-001", "活动-002", "活动-003"]
    add_activity("补录讲座", D(2026, 1, 3))
    records.soft_delete(acts[0])
    after = sheet_numbers(render_sheet("activity", None, tmp_path / "a2.pdf", year=2026), titles + ["补录讲座"])
    assert after["讲座二"] == before["讲座二"] and after["讲座三"] == before["讲座三"]
    assert after["补录讲座"] == ("活动-004", "活动-004") and "讲座一" not in after
    assert ledger_numbers(export_ledger("activities", tmp_path / "a.xlsx", start=YEAR[0], end=YEAR[1]),
                          "编号", "活动名称") == {t: p for t, (p, _) in after.items()}


def test_a_record_moved_to_another_year_keeps_its_number_and_its_year(station, tmp_path):
    from station_app.services.validation import fixed_today

    with fixed_today(D(2027, 1, 5)):  # both dates have happened
        v = add_visit("跨年", D(2026, 12, 30))
        records.update(v, {"visit_date": D(2027, 1, 2)})
        _rest_of_the_year_move(v, tmp_path)


def _rest_of_the_year_move(v, tmp_path):
    assert item_numbers.of_record(v) == item_numbers.Number("visit", 2026, 1)
    text = re.sub(r"\s+", "", PdfReader(str(render_sheet("visit", [v.id], tmp_path / "x.pdf"))).pages[0].extract_text())
    assert "登记编号：来访-001" in text and "年度2026" in text  # the stamp shows the number's year
    assert item_numbers.of_record(add_visit("新年", D(2027, 1, 3))).text == "来访-001"  # 2027's own first


def test_bulk_path_numbers_in_row_order_without_moving_earlier_ones(station):
    add_visit("先", D(2026, 9, 1))
    rows = [{"visit_date": D(2026, 1, d), "visitor_name": f"批量{d}", "category": "其他", "content": "内容",
             "handling": "当场解答"} for d in (3, 2, 1)]
    ids = bulk.bulk_create("visit", rows)
    assert [item_numbers.of_record(Visit.get_by_id(i)).seq for i in ids] == [2, 3, 4]
    assert CaseCounter.get(kind="item:visit", year=2026).last == 4


def _archivable_case(day: dt.date):
    case = disputes.create_dispute({"accepted_on": day, "source": "当事人申请", "dispute_type": "邻里",
                                    "summary": "通道纠纷"}, [],
                                   [{"role": "申请人", "name": "张三"}, {"role": "被申请人", "name": "李四"}])
    disputes.add_session(case, {"date": day, "process": "调解"})
    for paper in ("当事人权利义务告知书", "当事人身份证明"):
        dossier.set_paper(case, paper)
    disputes.close_case(case, {"result": "调解成功", "agreement_form": "口头", "agreement_content": "当场和解",
                               "closed_on": day})
    return case


def test_dossier_number_is_given_at_archiving_and_kept(station, tmp_path):
    year = dt.date.today().year
    first, second = _archivable_case(D(2026, 3, 2)), _archivable_case(D(2026, 2, 1))
    dossier.archive(second)
    dossier.archive(first)
    assert Dispute.get_by_id(second.id).file_no == f"（{year}）人调字第001号"
    assert Dispute.get_by_id(first.id).file_no == f"（{year}）人调字第002号"
    dossier.unarchive(Dispute.get_by_id(second.id))
    dossier.archive(Dispute.get_by_id(second.id))  # archived again: the same 卷号
    assert Dispute.get_by_id(second.id).file_no == f"（{year}）人调字第001号"
    cover = PdfReader(str(render_sheet("dispute", [first.id], tmp_path / "d.pdf"))).pages[0].extract_text()
    assert f"（{year}）人调字第002号" in re.sub(r"\s+", "", cover)


def test_roster_month_number_is_stored_at_first_export(station, tmp_path):
    for month in (2, 3):
        DutySlot.create(date=D(2026, month, 6), half="上午", location="工作站")

    def stamp(month):
        page = PdfReader(str(render_sheet("roster", [month], tmp_path / f"r{month}.pdf", year=2026))).pages[0]
        return re.search(r"件号(值班-\d+)", re.sub(r"\s+", "", page.extract_text())).group(1)

    assert stamp(3) == "值班-001"  # March exported first
    assert stamp(2) == "值班-002"
    assert stamp(3) == "值班-001"  # and again: the same
    assert ItemNumber.get(kind="roster", key="2026-03").seq == 1


def test_import_keeps_a_free_number_and_reports_a_taken_one(station, tmp_path):
    add_visit("已有", D(2026, 3, 1))  # 来访-001
    path = export_ledger("visits", tmp_path / "v.xlsx", start=YEAR[0], end=YEAR[1], unmasked=True)
    exported = openpyxl.load_workbook(path).active
    head = [str(c.value or "").replace("\n", "") for c in exported[4]]
    base = [c.value for c in exported[5]]

    def ledger(rows, name):
        """A hand-kept sheet: the exported header row and the given rows (name, 登记编号)."""
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "接待登记台账"
        ws.append(head)
        for visitor, number in rows:
            row = dict(zip(head, base), 来访人=visitor, 登记编号=number, 记录标识=None)
            ws.append([row[h] for h in head])
        wb.save(tmp_path / name)
        return tmp_path / name

    # 丙 is a new record carrying the taken 来访-001; 甲 a free 来访-050; 乙 none
    bad = ledger([("丙", "来访-001"), ("甲", "来访-050"), ("乙", None)], "bad.xlsx")
    report = import_ledger("visits", bad)
    assert not report.ok and Visit.select().count() == 1
    problem = report.problems[0]
    assert (problem.row, problem.header) == (2, "登记编号") and "来访-001已被其他记录使用" in problem.reason
    assert problem.sheet == "接待登记台账" and problem.column == chr(ord("A") + head.index("登记编号"))
    assert "第2行" in str(problem) and "登记编号" in str(problem)
    good = import_ledger("visits", ledger([("甲", "来访-050"), ("乙", None)], "good.xlsx"))
    assert good.ok, good.text()
    numbers = {v.visitor_name: item_numbers.of_record(v).text for v in Visit.select()}
    assert numbers == {"已有": "来访-001", "甲": "来访-050", "乙": "来访-051"}
    assert item_numbers.of_record(add_visit("之后", D(2026, 4, 1))).text == "来访-052"


def test_number_cells_are_read_as_people_write_them():
    from station_app.outputs.ledgers.hooks import RowError, item_seq

    assert item_seq("来访-148", "visit") == (None, 148)
    assert item_seq("来访 0148", "visit") == (None, 148)
    assert item_seq(148.0, "visit") == (None, 148)
    assert item_seq("2025-007", "visit") == (2025, 7)
    assert item_seq("（2025）12号", "activity") == (2025, 12)
    for bad in ("活动-3", "第三号", "来访-0"):
        with pytest.raises(RowError, match="应写作“来访-148”"):
            item_seq(bad, "visit")


def test_package_index_names_the_stored_numbers(station, tmp_path):
    from station_app.outputs.package import build_package, item_runs

    assert item_runs(["来访-004", "来访-001", "来访-002", "来访-003", "来访-009"]) == "来访-001—来访-004、来访-009"
    for i in range(3):
        add_visit(f"六月{i}", D(2026, 6, 10 + i))
    add_visit("补录", D(2026, 6, 1))  # back-filled: 来访-004, the first sheet of June's file
    result = build_package(*YEAR, tmp_path / "p.zip", workers=0)
    note = next(note for name, _, note in result.entries if name.startswith("02_来访登记处理单/"))
    assert "（4 份：来访-001—来访-004）" in note
