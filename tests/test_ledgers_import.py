"""Importing ledgers: the app's own exports read back unchanged; hand-kept sheets come in; bad rows stop all."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from ledgers_sample import ID_OK, populate
from station_app.outputs.ledgers import ImportFileError, export_ledger, import_ledger
from station_app.store.models import Dispute, DutySlot, Party, Station, Visit

YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
RECORD_KINDS = ("members", "roster", "visits", "disputes", "activities", "topics", "opinions", "proposals",
                "referrals")


def _cells(path):
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in openpyxl.load_workbook(path)}


def _reopen_empty(data_dir, tmp_path):
    """Close the sample database and open a fresh, empty one in another folder."""
    from station_app.paths import DataDir
    from station_app.services import context
    from station_app.store.db import close_database, open_database

    close_database()
    other = DataDir(tmp_path / "other").ensure()
    open_database(other.db_path)
    context.set_actor("tester", "管理员")
    Station.name_own(name="城关镇委员工作站")


@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_export_import_export_gives_the_same_cells(db, data_dir, tmp_path, kind):
    populate()
    members = export_ledger("members", tmp_path / "members.xlsx", start=YEAR[0], end=YEAR[1], unmasked=True)
    first = export_ledger(kind, tmp_path / "first.xlsx", start=YEAR[0], end=YEAR[1], unmasked=True)
    _reopen_empty(data_dir, tmp_path)
    if kind != "members":
        assert import_ledger("members", members).ok
    report = import_ledger(kind, first)
    assert report.ok, report.text()
    assert report.total_imported > 0 and not report.duplicates
    second = export_ledger(kind, tmp_path / "second.xlsx", start=YEAR[0], end=YEAR[1], unmasked=True)
    assert _cells(second) == _cells(first)
    again = import_ledger(kind, first)  # the same file twice: reported as duplicates, not doubled
    assert again.ok and again.total_imported == 0 and len(again.duplicates) == report.total_imported


def test_whole_year_workbook_round_trips(db, data_dir, tmp_path):
    populate()
    first = export_ledger("all", tmp_path / "all.xlsx", start=YEAR[0], end=YEAR[1], unmasked=True)
    _reopen_empty(data_dir, tmp_path)
    report = import_ledger("all", first)
    assert report.ok, report.text()
    assert report.imported["委员名册"] == 5 and report.imported["接待登记台账"] == 2
    second = export_ledger("all", tmp_path / "again.xlsx", start=YEAR[0], end=YEAR[1], unmasked=True)
    a, b = _cells(first), _cells(second)
    for title in a:
        if title != "年度工作统计汇总表":  # reception days are not a ledger, so 接待日 counts differ
            assert a[title] == b[title], title
    assert Party.select().count() == 2 and DutySlot.select().count() == 3


def test_masked_export_imports_without_the_masked_numbers(db, data_dir, tmp_path):
    populate()
    members = export_ledger("members", tmp_path / "m.xlsx", start=YEAR[0], end=YEAR[1])
    visits = export_ledger("visits", tmp_path / "v.xlsx", start=YEAR[0], end=YEAR[1])
    _reopen_empty(data_dir, tmp_path)
    assert import_ledger("members", members).ok
    report = import_ledger("visits", visits)
    assert report.ok and report.imported == {"接待登记台账": 2}
    assert any("脱敏" in w for w in report.warnings)
    assert {v.visitor_phone for v in Visit.select()} == {""}


def _hand_sheet(path, rows, header=("序 号", "日期", "姓名", "电话", "身份证号码", "来访人数", "问题类别", "反映问题",
                                   "处理方式", "接待人")):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2025年接待登记"
    ws["A1"] = "某某镇委员工作站群众来访接待登记表"
    ws.merge_cells("A1:J1")
    ws["A2"] = "填报单位：某某镇　　　　　　　　　　时间：2025年"
    ws.merge_cells("A2:F2")
    ws.append([])
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def test_hand_kept_sheet_with_titles_synonyms_and_mixed_formats(db, tmp_path):
    populate()
    path = _hand_sheet(tmp_path / "hand.xlsx", [
        (1, dt.datetime(2025, 3, 5), "陈 一", "13912345678", ID_OK, 1, "邻里纠纷", "楼道堆放杂物", "当场解答",
         "张建国"),
        (2, "2025-03-06", "陈二", "１３９１２３４５６７８", None, "２", " 社会保障 ", "医保报销", "政策咨询",
         "张建国、李秀英"),
        (None, None, None, None, None, None, None, None, None, None),
        (3, "2025/3/7", "陈三", None, None, "3人", "教育", "入学咨询", "政策咨询", None),
        (4, "2025.3.8", "陈四", None, None, 1, "其他", "其他咨询", "当场解答", None),
        (5, "2025年3月9日", "陈五", None, None, 1, "其他", "其他咨询", "当场解答", None),
        (6, "２０２５年３月１０日", "陈六", None, None, 1, "其他", "其他咨询", "当场解答", None),
        ("合计", None, None, None, None, 9, None, None, None, None),
        ("填表人：王某", None, None, None, "审核人：", None, None, None, None, None),
    ])
    report = import_ledger("visits", path)
    assert report.ok, report.text()
    assert report.imported == {"接待登记台账": 6}
    got = {v.visitor_name: v for v in Visit.select().where(Visit.visit_date < dt.date(2026, 1, 1))}
    assert [got[n].visit_date.day for n in ("陈 一", "陈二", "陈三", "陈四", "陈五", "陈六")] == [5, 6, 7, 8, 9, 10]
    assert got["陈二"].visitor_phone == "13912345678" and got["陈二"].people_count == 2
    assert got["陈二"].category == "社会保障" and got["陈三"].people_count == 3
    assert got["陈 一"].visitor_id_number == ID_OK
    assert [m.member.name for m in got["陈二"].members] == ["张建国", "李秀英"]


@pytest.mark.parametrize("cells, column, reason", [
    ({2: None}, "B", "不能为空"),
    ({1: "2025-02-30"}, "A", "日期不存在"),
    ({4: "110105194912310021"}, "D", "校验位"),
    ({6: "扯皮"}, "F", "不在可选列表"),
    ({5: "三个"}, "E", "应为整数"),
    ({9: "不存在的委员"}, "I", "不在委员名册"),
])
def test_each_kind_of_bad_row_is_reported_and_nothing_written(db, tmp_path, cells, column, reason):
    populate()
    good = [1, "2025-03-05", "陈一", "13912345678", ID_OK, 1, "邻里纠纷", "楼道堆放杂物", "当场解答", "张建国"]
    bad = list(good)
    bad[0] = 2
    for i, value in cells.items():
        bad[i] = value
    path = _hand_sheet(tmp_path / "bad.xlsx", [good, bad, [3] + good[1:]],
                       header=("序号", "日期", "姓名", "电话", "身份证号码", "来访人数", "问题类别", "反映问题",
                               "处理方式", "接待人"))
    # drop the 序号 column so letters shift: the sheet's own letters must be reported
    wb = openpyxl.load_workbook(path)
    wb.active.delete_cols(1)
    wb.save(path)
    before = Visit.select().count()
    report = import_ledger("visits", path)
    assert not report.ok and report.total_imported == 0
    assert Visit.select().count() == before
    [problem] = report.problems
    assert (problem.sheet, problem.row, problem.column) == ("2025年接待登记", 6, column)
    assert reason in problem.reason
    assert f"第6行 {column}列" in report.text() and "未导入任何记录" in report.text()


def test_dry_run_reports_but_writes_nothing(db, tmp_path):
    populate()
    path = _hand_sheet(tmp_path / "ok.xlsx", [
        (1, "2025-03-05", "陈一", None, None, 1, "邻里纠纷", "楼道堆放杂物", "当场解答", "张建国")])
    before = Visit.select().count()
    report = import_ledger("visits", path, dry_run=True)
    assert report.ok and report.imported == {"接待登记台账": 1}
    assert Visit.select().count() == before
    assert "试运行" in report.text()


def test_natural_key_duplicates_are_not_doubled(db, tmp_path):
    populate()
    row = (1, "2026-03-06", "陈大爷", None, None, 3, "邻里纠纷",
           "反映楼上住户长期漏水，多次协商未果，希望委员帮助协调。", "转矛盾纠纷调解", "张建国")
    report = import_ledger("visits", _hand_sheet(tmp_path / "dup.xlsx", [row, row[:2] + ("新人",) + row[3:]]))
    assert report.ok and report.imported == {"接待登记台账": 1}
    assert len(report.duplicates) == 1 and report.duplicates[0].row == 5


def test_not_an_excel_file(db, tmp_path):
    bad = tmp_path / "x.xlsx"
    bad.write_text("hello")
    with pytest.raises(ImportFileError, match="不是有效的 Excel"):
        import_ledger("visits", bad)
    empty = openpyxl.Workbook()
    empty.active.append(["毫无关系", "的表"])
    empty.save(tmp_path / "e.xlsx")
    with pytest.raises(ImportFileError, match="找不到"):
        import_ledger("visits", tmp_path / "e.xlsx")


def test_numbers_clash_and_children(db, tmp_path, data_dir):
    populate()
    path = export_ledger("disputes", tmp_path / "d.xlsx", start=YEAR[0], end=YEAR[1], unmasked=True)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws["S5"] = None  # no uuid: matched by case number instead
    ws["B5"] = "〔2026〕调字第1号"
    ws.insert_rows(6)
    for col in "CDEFGHJ":
        ws[f"{col}6"] = ws[f"{col}5"].value
    ws["B6"] = None
    ws["G6"] = "另一起纠纷"
    ws["F6"] = "甲（申请人）、乙公司（被申请人）"
    wb.save(path)
    report = import_ledger("disputes", path)
    assert report.ok, report.text()
    assert report.imported == {"矛盾纠纷调解台账": 1} and len(report.duplicates) == 1
    new = Dispute.get(Dispute.summary == "另一起纠纷")
    assert new.case_no == "〔2026〕调字第002号"
    assert [(p.name, p.role) for p in new.parties] == [("甲", "申请人"), ("乙公司", "被申请人")]


def test_cli_import_reports_and_exits_nonzero(db, data_dir, tmp_path, capsys):
    from station_app.cli import main
    from station_app.store.db import close_database

    populate()
    path = _hand_sheet(tmp_path / "bad.xlsx",
                       [(1, "2025-13-01", "陈一", None, None, 1, "邻里纠纷", "x", "当场解答", None)])
    close_database()
    code = main(["--data-dir", str(data_dir.root), "import", "visits", str(path)])
    out = capsys.readouterr().out
    assert code == 1 and "第5行 B列「日期」" in out and "未导入任何记录" in out
    target = tmp_path / "cli.xlsx"
    assert main(["--data-dir", str(data_dir.root), "export", "ledger", "visits", "--year", "2026", "-o",
                 str(target)]) == 0
    assert openpyxl.load_workbook(target).active["A1"].value == "城关镇委员工作站接待登记台账"
    tpl = tmp_path / "tpl.xlsx"
    assert main(["--data-dir", str(data_dir.root), "template", "disputes", "-o", str(tpl)]) == 0
    assert "矛盾纠纷调解台账" in openpyxl.load_workbook(tpl).sheetnames


def test_dates_merged_over_several_rows_and_note_lines(db, tmp_path):
    populate()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2025年来访登记"])
    ws.merge_cells("A1:E1")
    ws.append(["来访日期", "来访群众", "类别", "主要诉求", "处理方式"])
    ws.append([dt.datetime(2025, 5, 9), "甲", "教育", "入学", "政策咨询"])
    ws.append([None, "乙", "教育", "转学", "政策咨询"])
    ws.append([None, "丙", "其他", "其他", "当场解答"])
    ws.merge_cells("A3:A5")
    ws.append(["2025/5/16", "丁", "其他", "其他", "当场解答"])
    ws.append(["备注：本表由工作站联络员填写"])
    ws.merge_cells("A7:E7")
    wb.save(tmp_path / "merged.xlsx")
    report = import_ledger("visits", tmp_path / "merged.xlsx")
    assert report.ok, report.text()
    got = {v.visitor_name: v.visit_date for v in Visit.select().where(Visit.visit_date < dt.date(2026, 1, 1))}
    assert got == {"甲": dt.date(2025, 5, 9), "乙": dt.date(2025, 5, 9), "丙": dt.date(2025, 5, 9),
                   "丁": dt.date(2025, 5, 16)}


def test_a_filled_in_template_imports(db, tmp_path):
    from station_app.outputs.ledgers import write_template

    populate()
    path = write_template("activities", tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["履职活动台账"]
    header = [str(c.value).replace("\n", "") for c in ws[4]]  # a header may print on two lines
    row = {"活动日期": "2025-06-01", "活动类型": "委员讲堂", "活动名称": "委员讲堂第一讲", "参加委员": "张建国、赵丽华",
           "服务群众人次": "８０"}
    for name, value in row.items():
        ws.cell(row=5, column=header.index(name) + 1, value=value)
    wb.save(path)
    report = import_ledger("activities", path)
    assert report.ok and report.imported == {"履职活动台账": 1}, report.text()
    from station_app.store.models import Activity

    act = Activity.get(Activity.title == "委员讲堂第一讲")
    assert act.people_served == 80 and sorted(m.member.name for m in act.members) == ["张建国", "赵丽华"]


def test_public_reading_path_gives_the_same_rows(db, tmp_path, monkeypatch):
    """If openpyxl's parser ever changes, reading falls back to iter_rows with the same result."""
    from station_app.outputs.ledgers import LEDGERS, reader

    populate()
    path = export_ledger("visits", tmp_path / "v.xlsx", start=YEAR[0], end=YEAR[1], unmasked=True)
    wb = reader.open_book(path)
    quick = reader.read_ledger(wb, LEDGERS["visits"])

    def broken(*args):
        raise AttributeError("no parser")

    monkeypatch.setattr(reader, "fast_rows", broken)
    slow = reader.read_ledger(reader.open_book(path), LEDGERS["visits"])
    assert [(n, v[:22]) for n, v in quick.rows] == [(n, v[:22]) for n, v in slow.rows]
    assert len(quick.rows) == 2


def test_cancelled_import_saves_nothing(db, tmp_path):
    from station_app.outputs import Cancelled

    populate()
    path = _hand_sheet(tmp_path / "ok.xlsx", [
        (1, "2025-03-05", "陈一", None, None, 1, "邻里纠纷", "楼道堆放杂物", "当场解答", "张建国")])
    before = Visit.select().count()
    with pytest.raises(Cancelled):
        import_ledger("visits", path, cancel=lambda: True)
    assert Visit.select().count() == before


def _topics_at_steps():
    """Topics through the service: one at 收集议题, one advanced to 协商议事, one concluded (B 类)."""
    from station_app.services import topics

    populate()
    d = dt.date
    mid = topics.create_topic({"title": "农贸市场占道经营治理", "source": "群众反映", "proposed_on": d(2026, 5, 3)})
    topics.advance(mid, 2, d(2026, 5, 10))
    topics.advance(mid, 4, d(2026, 6, 2))  # 议前调研 skipped
    done = topics.create_topic({"title": "背街小巷路灯维修", "source": "委员荐题", "proposed_on": d(2026, 2, 1),
                                "suggestions_count": 4})
    topics.add_meeting(done, {"date": d(2026, 3, 10), "consensus": "分批维修"}, [])  # needed past 协商议事
    topics.conclude(done, "B", {"date": d(2026, 3, 20), "undertaker": "县住建局", "handling_result": "已列入计划",
                                "feedback_on": d(2026, 4, 1), "converted": True})
    return {t.title: t.step for t in (mid, done)}


def test_imported_topics_get_their_step_ledger(db, data_dir, tmp_path):
    from station_app.services.topics import step_table
    from station_app.store.models import Topic

    steps = _topics_at_steps()
    first = export_ledger("topics", tmp_path / "t1.xlsx", start=YEAR[0], end=YEAR[1])
    _reopen_empty(data_dir, tmp_path)
    report = import_ledger("topics", first)
    assert report.ok, report.text()
    for title, step in {**steps, "老旧小区加装电梯": 1}.items():
        topic = Topic.get(Topic.title == title)
        table = step_table(topic)
        assert topic.step == step
        assert [r["step"] for r in table if r["done"]] == list(range(1, step + 1)), title  # no gap, none beyond
        assert table[0]["date"] == topic.proposed_on and table[0]["note"] == ""
        assert all(r["date"] == topic.proposed_on and r["note"] == "据台账导入" for r in table[1:step])
        assert not any(r["skipped"] for r in table)
    assert Topic.get(Topic.title == "背街小巷路灯维修").concluded
    second = export_ledger("topics", tmp_path / "t2.xlsx", start=YEAR[0], end=YEAR[1])
    assert _cells(second) == _cells(first)
    assert import_ledger("topics", first).total_imported == 0  # duplicates add no steps either
    from station_app.store.models import TopicStep

    assert TopicStep.select().count() == 1 + 4 + 6


def _topic_sheet(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["协商议题台账"])
    ws.append(["议题名称", "提出日期", "当前环节", "成果分类"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_graded_topic_without_a_step_is_concluded_at_the_last_step(db, tmp_path):
    from station_app.store.models import Topic, TopicStep

    populate()
    report = import_ledger("topics", _topic_sheet(tmp_path / "t.xlsx", [("村道硬化", "2025-04-01", None, "A")]))
    assert report.ok, report.text()
    topic = Topic.get(Topic.title == "村道硬化")
    assert topic.step == 6 and topic.concluded
    assert TopicStep.select().where(TopicStep.topic == topic).count() == 6


def test_a_graded_topic_at_an_earlier_step_is_reported(db, tmp_path):
    from station_app.store.models import Topic

    populate()
    before = Topic.select().count()
    report = import_ledger("topics", _topic_sheet(tmp_path / "t.xlsx", [
        ("村道硬化", "2025-04-01", "成果转化", "A"), ("路灯维修", "2025-04-02", "议前调研", "B")]))
    assert not report.ok
    [problem] = report.problems
    assert (problem.row, problem.column, problem.header) == (4, "C", "当前环节")
    assert "成果转化" in problem.reason
    assert Topic.select().count() == before


def test_mediators_outside_the_roster_keep_their_unit_and_name_together(db, data_dir, tmp_path):
    from station_app.services import disputes

    populate()
    disputes.create_dispute({"accepted_on": dt.date(2026, 9, 1), "source": "来访转入", "dispute_type": "邻里",
                             "summary": "院墙滴水纠纷。", "other_mediators": "村调委会 黄敏、镇司法所 汪建国"},
                            parties=[{"role": "申请人", "name": "吴某"}])
    members = export_ledger("members", tmp_path / "m.xlsx", start=YEAR[0], end=YEAR[1], unmasked=True)
    first = export_ledger("disputes", tmp_path / "d1.xlsx", start=YEAR[0], end=YEAR[1], unmasked=True)
    _reopen_empty(data_dir, tmp_path)
    assert import_ledger("members", members).ok
    assert import_ledger("disputes", first).ok
    case = Dispute.get(Dispute.summary == "院墙滴水纠纷。")
    assert case.other_mediators == "村调委会 黄敏、镇司法所 汪建国"
    second = export_ledger("disputes", tmp_path / "d2.xlsx", start=YEAR[0], end=YEAR[1], unmasked=True)
    assert _cells(second) == _cells(first)


def test_members_written_with_a_space_still_read_as_members(db):
    from station_app.outputs.ledgers.hooks import mediators

    known = {"张建国": 1, "李秀英": 2}
    assert mediators("张建国 李秀英", known) == ([1, 2], [])
    assert mediators("张建国、村调委会 黄敏", known) == ([1], ["村调委会 黄敏"])


def test_a_problem_names_a_two_line_header_on_one_line(db, tmp_path):
    populate()
    path = export_ledger("topics", tmp_path / "t.xlsx", start=YEAR[0], end=YEAR[1])
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    header = [c.value for c in ws[4]]
    assert "建议\n条数" in header  # printed on two lines
    ws.cell(row=5, column=header.index("建议\n条数") + 1, value="三条")
    ws.cell(row=5, column=header.index("议题编号") + 1, value="YT-2026-099")
    wb.save(path)
    report = import_ledger("topics", path)
    [problem] = report.problems
    assert problem.header == "建议条数" and "\n" not in str(problem)


def test_a_future_date_or_zero_people_is_reported_on_its_row(db, tmp_path):
    from station_app.services.validation import fixed_today

    populate()
    path = _hand_sheet(tmp_path / "future.xlsx", [
        (1, "2026-11-05", "陈一", None, None, 1, "邻里纠纷", "楼道堆放杂物", "当场解答", None),
        (2, "2027-06-01", "陈二", None, None, 1, "社会保障", "医保报销", "政策咨询", None),
        (3, "2026-11-06", "陈三", None, None, 0, "教育", "入学咨询", "政策咨询", None),
    ])
    before = Visit.select().count()
    with fixed_today(dt.date(2026, 12, 3)):
        report = import_ledger("visits", path)
    assert not report.ok and Visit.select().count() == before
    by_row = {p.row: p.reason for p in report.problems}
    assert "不能晚于今天（2026-12-03），填写的是 2027-06-01" in by_row[6]
    assert "不能小于 1" in by_row[7]
    assert set(by_row) == {6, 7}


def test_a_proposal_with_a_taken_filing_number_is_refused_on_import(db, tmp_path):
    """The 立案号 rule of the dialog holds for ledgers too: the row is named, nothing is written."""
    from station_app.store.models import Proposal

    populate()
    path = export_ledger("proposals", tmp_path / "p.xlsx", start=YEAR[0], end=YEAR[1], unmasked=True)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    header_row = next(r for r in range(1, 10) if any(c.value == "提案标题" for c in ws[r]))
    cols = {c.value: c.column for c in ws[header_row]}
    row = header_row + 1
    assert ws.cell(row, cols["立案号"]).value == "第12号"
    ws.cell(row, cols["提案标题"]).value = "关于另一件事的建议"  # a new proposal …
    ws.cell(row, cols["提案编号"]).value = None
    ws.cell(row, cols["记录标识"]).value = None
    wb.save(path)  # … that claims the 立案号 of the one already here
    before = Proposal.select().count()
    report = import_ledger("proposals", path)
    assert not report.ok and Proposal.select().count() == before
    [problem] = report.problems
    assert problem.row == row and "立案号" in problem.reason and problem.value == "第12号"
