"""Mediation statistics on a hand-made year: stats JSON, 年度工作统计汇总表, 人民调解工作统计表, the annual report
and its entered texts (service and `report-text`), all read back from the real files."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal

import openpyxl
import pytest
from pypdf import PdfReader

from station_app.services import mediation_stats, report_text, stats
from station_app.store.models import Dispute

D = dt.date
YEAR = (D(2026, 1, 1), D(2026, 12, 31))
_seq = iter(range(1, 1000))


def dispute(accepted, **kw):
    n = next(_seq)
    return Dispute.create(case_no=f"〔{accepted.year}〕调字第{n:03d}号", case_year=accepted.year, case_seq=n,
                          accepted_on=accepted, **kw)


@pytest.fixture
def cases(db):
    dispute(D(2026, 1, 10), result="调解成功", source="来访转入", people_count=3, closed_on=D(2026, 1, 30),
            agreement_amount=Decimal("5000.50"), prevented_criminal_cases=1, prevented_criminal_people=2)
    dispute(D(2026, 1, 20), result="调解不成功", source="委员排查", people_count=2, closed_on=D(2026, 2, 1),
            prevented_petition_cases=1, prevented_petition_people=15)
    dispute(D(2026, 3, 5), result="终止调解", source="当事人申请", people_count=2, closed_on=D(2026, 3, 20))
    dispute(D(2026, 3, 15), result="转诉讼", source="法院委托诉前调解", people_count=4, closed_on=D(2026, 3, 30))
    dispute(D(2026, 5, 1), source="来访转入", people_count=2,  # still in progress
            prevented_suicide_cases=1, prevented_suicide_people=1)
    dispute(D(2026, 5, 2), result="调解成功", source="部门移交", people_count=5, closed_on=D(2026, 5, 20),
            agreement_amount=Decimal(12000), prevented_criminal_cases=2, prevented_criminal_people=5,
            prevented_petition_cases=1, prevented_petition_people=30)
    # not counted: in the recycle bin, and accepted the year before
    dispute(D(2026, 6, 1), result="调解成功", source="部门移交", agreement_amount=Decimal(99999),
            prevented_criminal_cases=9, prevented_criminal_people=9, deleted=True)
    dispute(D(2025, 12, 31), result="调解成功", source="来访转入", agreement_amount=Decimal(777),
            prevented_suicide_cases=1, prevented_suicide_people=1)


PREVENTED = {"criminal": {"cases": 3, "people": 7}, "mass_petition": {"cases": 2, "people": 45},
             "suicide": {"cases": 1, "people": 1}}


def test_stats_json_has_the_mediation_figures(cases, data_dir, capsys):
    from station_app.cli import main
    from station_app.store.db import close_database

    d = stats.compute(*YEAR, today=D(2026, 12, 31))["disputes"]
    assert d["cases"] == 6 and d["people"] == 18
    assert d["agreement_amount"] == 17000.5 and isinstance(d["agreement_amount"], float)
    assert d["by_result"] == {"调解成功": 2, "调解不成功": 1, "终止调解": 1, "转诉讼": 1, "转其他部门": 0, "调解中": 1}
    assert d["by_source"] == {"来访转入": 2, "委员排查": 1, "法院委托诉前调解": 1, "部门移交": 1, "当事人申请": 1}
    assert d["prevented"] == PREVENTED
    assert sum(d["by_result"].values()) == sum(d["by_source"].values()) == d["cases"]
    close_database()
    assert main(["--data-dir", str(data_dir.root), "stats", "--year", "2026", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)["disputes"]
    assert shown["prevented"] == PREVENTED and shown["agreement_amount"] == 17000.5
    assert shown["by_result"]["调解中"] == 1 and shown["by_source"]["来访转入"] == 2


def test_a_partial_period_counts_by_acceptance_date(cases):
    d = stats.compute(D(2026, 1, 1), D(2026, 3, 10))["disputes"]
    assert d["cases"] == 3 and d["agreement_amount"] == 5000.5
    assert d["prevented"]["criminal"] == {"cases": 1, "people": 2}
    assert d["prevented"]["suicide"] == {"cases": 0, "people": 0}


def _rows(path, sheet=None):
    wb = openpyxl.load_workbook(path)
    return [list(r) for r in (wb[sheet] if sheet else wb.active).iter_rows(values_only=True)]


def _flat(header) -> str:
    return (header or "").replace("\n", "")


def test_summary_ledger_lists_the_mediation_figures(cases, tmp_path):
    from station_app.outputs.ledgers import export_ledger

    rows = _rows(export_ledger("summary", tmp_path / "s.xlsx", start=YEAR[0], end=YEAR[1]))
    header = rows[3]
    item, value = header.index("项目"), header.index("数量")
    items = {r[item]: r[value] for r in rows[4:] if r[item]}
    assert items["协议涉及金额"] == 17000.5
    assert items["防止民转刑：件数"] == 3 and items["防止民转刑：人数"] == 7
    assert items["防止群体性上访：件数"] == 2 and items["防止群体性上访：人数"] == 45
    assert items["防止自杀：件数"] == 1 and items["防止自杀：人数"] == 1
    assert items["调解结果：调解中"] == 1 and items["调解结果：终止调解"] == 1
    assert items["来源：法院委托诉前调解"] == 1 and items["来源：来访转入"] == 2


def test_mediation_ledger_months_add_up_to_the_total_row(cases, tmp_path):
    from station_app.outputs.ledgers import export_ledger

    path = export_ledger("mediation", tmp_path / "m.xlsx", start=YEAR[0], end=YEAR[1])
    rows = _rows(path)
    assert rows[0][0].endswith("人民调解工作统计表")
    header = [_flat(h) for h in rows[3]]
    assert header[:9] == ["序号", "月份", "受理（件）", "调解成功（件）", "不成功/终止（件）",
                          "转诉讼/转其他部门（件）", "调解中（件）", "涉及人数（人）", "协议金额（元）"]
    assert header[9:] == ["防止民转刑（件）", "防止民转刑（人）", "防止群体性上访（件）", "防止群体性上访（人）",
                          "防止自杀（件）", "防止自杀（人）"]
    months, total = rows[4:16], rows[16]
    assert [r[1] for r in months] == [f"{m}月" for m in range(1, 13)]
    assert total[0] == "合计"
    for col in range(2, len(header)):
        assert sum(r[col] for r in months) == pytest.approx(total[col]), header[col]
    jan, mar, may = months[0], months[2], months[4]
    assert jan[2:9] == [2, 1, 1, 0, 0, 5, 5000.5]
    assert mar[2:9] == [2, 0, 1, 1, 0, 6, 0]
    assert may[2:9] == [2, 1, 0, 0, 1, 7, 12000]
    assert months[5][2] == 0  # the June case is in the recycle bin
    d = stats.compute(*YEAR)["disputes"]
    figures = dict(zip(header, total))
    assert figures["受理（件）"] == d["cases"] and figures["调解成功（件）"] == d["succeeded"]
    assert figures["涉及人数（人）"] == d["people"] and figures["协议金额（元）"] == d["agreement_amount"]
    assert (figures["防止民转刑（件）"], figures["防止民转刑（人）"]) == (3, 7)
    assert (figures["防止群体性上访（件）"], figures["防止群体性上访（人）"]) == (2, 45)
    assert (figures["防止自杀（件）"], figures["防止自杀（人）"]) == (1, 1)
    # accepted = succeeded + failed/terminated + referred + in progress, in every row
    assert all(r[2] == sum(r[3:7]) for r in months + [total])


def test_mediation_ledger_is_in_the_whole_year_workbook_and_not_importable(cases, tmp_path):
    from station_app.outputs.ledgers import ImportFileError, export_ledger, import_ledger, write_template

    path = export_ledger("all", tmp_path / "all.xlsx", start=YEAR[0], end=YEAR[1])
    rows = _rows(path, "人民调解工作统计表")
    assert rows[16][0] == "合计" and rows[16][2] == 6
    with pytest.raises(ValueError, match="人民调解工作统计表」由软件统计生成"):
        write_template("mediation", tmp_path / "t.xlsx")
    with pytest.raises(ImportFileError, match="不能导入"):
        import_ledger("mediation", path)


def test_mediation_months_of_a_period_spanning_years(cases):
    rows = mediation_stats.monthly(D(2025, 12, 1), D(2026, 1, 31))
    assert [r["label"] for r in rows] == ["2025年12月", "2026年1月"]
    assert [r["accepted"] for r in rows] == [1, 2]
    assert mediation_stats.total(rows)["suicide_cases"] == 1


def _pdf_text(path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in PdfReader(str(path)).pages))


def test_annual_report_prints_the_figures_and_the_entered_texts(cases, tmp_path):
    from station_app.outputs.sheets import render_sheet

    empty = _pdf_text(render_sheet("report", [2026], tmp_path / "empty.pdf"))
    assert "四、存在问题（本年度未填写。）" in empty and "五、下一步打算（本年度未填写。）" in empty

    report_text.save(2026, problems="一是接待日群众知晓率不高。\n二是回访不够及时。", plans="加强普法宣传。")
    text = _pdf_text(render_sheet("report", [2026], tmp_path / "r.pdf"))
    assert "调解协议涉及金额17,000.50元" in text
    assert "防止民转刑3件7人" in text and "防止群体性上访2件45人" in text and "防止自杀1件1人" in text
    assert "调解成功2件、调解不成功1件、终止调解1件、转诉讼1件、尚在调解1件" in text
    assert "法院委托诉前调解1件" in text
    assert "四、存在问题一是接待日群众知晓率不高。二是回访不够及时。" in text
    assert "五、下一步打算加强普法宣传。" in text
    assert "本年度未填写" not in text
    for axis in ("月份", "接待群众（人次）", "受理纠纷（件）", "开展活动（场次）", "数量（件）"):
        assert axis in text  # every chart's axes are titled; 人次 and 场次 have charts of their own


def test_report_texts_are_kept_per_year_and_checked(db):
    from station_app.services.errors import ValidationError
    from station_app.store.models import AuditLog, Setting

    assert report_text.texts(2026) == {"problems": "", "plans": ""}
    report_text.save(2026, problems="  问题一  \r\n\r\n问题二\n\n")
    report_text.save(2026, plans="打算")  # the other section stays as it was
    assert report_text.texts(2026) == {"problems": "  问题一\n\n问题二", "plans": "打算"}
    assert report_text.texts(2025) == {"problems": "", "plans": ""}
    assert Setting.get(Setting.key == "report.2026.problems").value == "  问题一\n\n问题二"
    assert AuditLog.select().where(AuditLog.table == "setting").count() == 2
    with pytest.raises(ValidationError, match="「存在问题」最多3000字"):
        report_text.save(2026, problems="问" * 3001)
    assert report_text.texts(2026)["problems"] == "  问题一\n\n问题二"  # nothing saved


def test_report_text_command_sets_and_shows(db, data_dir, tmp_path, capsys):
    from station_app.cli import main
    from station_app.store.db import close_database

    close_database()
    root = str(data_dir.root)
    assert main(["--data-dir", root, "report-text", "--year", "2026"]) == 0
    out = capsys.readouterr().out
    assert "【存在问题】（0字）\n（未填写）" in out and "【下一步打算】" in out
    plans = tmp_path / "plans.txt"
    plans.write_bytes("一、抓好接待日。\n二、做好回访。\n".encode("gbk"))
    assert main(["--data-dir", root, "report-text", "--year", "2026", "--problems", "宣传不够。",
                 "--plans-file", str(plans)]) == 0
    assert "已保存2026年度工作报告文字：存在问题、下一步打算" in capsys.readouterr().out
    assert main(["--data-dir", root, "report-text", "--year", "2026"]) == 0
    out = capsys.readouterr().out
    assert "【存在问题】（5字）\n宣传不够。" in out and "一、抓好接待日。\n二、做好回访。" in out
    assert main(["--data-dir", root, "report-text", "--plans-file", str(tmp_path / "none.txt")]) == 1
    assert "找不到文件" in capsys.readouterr().err
    # a computed ledger has no template and is not imported: said in Chinese (exit 1), not a usage error
    assert main(["--data-dir", root, "template", "mediation", "-o", str(tmp_path / "t.xlsx")]) == 1
    assert "「人民调解工作统计表」由软件统计生成，没有导入模板" in capsys.readouterr().err
    assert not (tmp_path / "t.xlsx").exists()
    assert main(["--data-dir", root, "import", "mediation", str(plans)]) == 1
    assert "「人民调解工作统计表」由软件统计生成，不能导入" in capsys.readouterr().err
