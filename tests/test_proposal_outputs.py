"""提案 and 督办 outputs: the proposal form and the 回音壁 read back with pypdf, both in the inspection package
and on the command line; the ledgers from the command line; and the whole way of a visit that became a
联名 proposal — 立案, answered B, the member 基本满意 — through the ledger, the figures and both members' points."""

from __future__ import annotations

import datetime as dt
import zipfile

import openpyxl
import pytest
from pypdf import PdfReader

import sheetdata
from station_app.cli import main
from station_app.outputs.ledgers import export_ledger, import_ledger
from station_app.outputs.sheets import render_sheet
from station_app.services import settings, stats
from station_app.services.performance import member_figures
from station_app.store.models import Proposal, ProposalMember, ProposalSource, Referral, ReferralFollow

D = dt.date
YEAR = (D(2026, 1, 1), D(2026, 12, 31))


@pytest.fixture
def data(db, data_dir):
    return sheetdata.make(data_dir)


def _text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def run(data_dir, *args) -> int:
    return main(["--data-dir", str(data_dir.root), *map(str, args)])


def test_the_proposal_form_shows_the_matter_authors_and_suggestions(data, tmp_path):
    out = tmp_path / "p.pdf"
    render_sheet("proposal", [data.proposal.id], out, year=2026)
    text = _text(out).replace("\n", "")  # a long value wraps in its cell
    assert "提 案" in text or "提　　案" in text
    for words in ("案　　由", "关于幸福村通组道路硬化的建议", "提案人", "领衔", "联名", "王建国", "赵丽华",
                  "社会福利和社会保障界", "县人民医院副院长", "具体建议", "将通组道路硬化列入年度计划", "情况分析",
                  "交通运输所", "B 类（正在解决）", "基本满意", "提案人 王建国（签字）", "提案人 赵丽华（签字）",
                  "TA-2026-001"):
        assert words in text, words
    assert "139****5678" in text and "13912345678" not in text  # the member's phone masked by default
    assert text.index("王建国") < text.index("赵丽华")  # 领衔 first


def test_the_board_names_no_one_and_says_who_did_what_when(data, tmp_path):
    out = tmp_path / "board.pdf"
    render_sheet("board", [3], out, year=2026)
    text = _text(out)
    assert "回音壁" in text and "2026年3月" in text
    assert "幸福村群众反映" in text and "住建办" in text and "2026年3月18日" in text and "已解决" in text
    for private in ("张秀兰", "13800138000", "王建国", "欧阳明德"):
        assert private not in text, private
    # off the board, or answered in another month: not shown
    Referral.update(on_board=False).execute()
    render_sheet("board", [3], out, year=2026)
    assert "幸福村群众" not in _text(out) and "本月暂无" in _text(out)


def test_a_public_name_that_holds_the_persons_name_is_not_used(data, tmp_path):
    Referral.update(asker_public="张秀兰家").execute()
    out = tmp_path / "board.pdf"
    render_sheet("board", [3], out, year=2026)
    text = _text(out)
    assert "张秀兰" not in text and "群众反映" in text


def test_both_sheets_go_into_the_inspection_package_and_the_cli(data, data_dir, tmp_path, capsys):
    zpath = tmp_path / "pkg.zip"
    assert run(data_dir, "export", "inspection", "--year", 2026, "-o", zpath) == 0
    names = zipfile.ZipFile(zpath).namelist()
    assert any(n.startswith("09_提案/") and n.endswith(".pdf") for n in names)
    assert any(n.startswith("10_回音壁/") and "2026年03月回音壁" in n for n in names)
    for kind, arg in (("proposal", data.proposal.id), ("board", 3)):
        out = tmp_path / f"{kind}.pdf"
        assert run(data_dir, "export", "sheet", kind, "--id", arg, "--year", 2026, "-o", out) == 0
        assert out.exists()
    assert "已生成回音壁" in capsys.readouterr().out
    assert run(data_dir, "export", "sheet", "board", "--id", 13, "-o", tmp_path / "x.pdf") == 1
    assert "1–12" in capsys.readouterr().err


def test_ledgers_on_the_command_line_and_back(data, data_dir, tmp_path, capsys):
    ReferralFollow.create(referral=data.referral, date=D(2026, 3, 15), method="电话", by="李秀英", note="催办")
    for kind in ("proposals", "referrals"):
        out = tmp_path / f"{kind}.xlsx"
        assert run(data_dir, "export", "ledger", kind, "--year", 2026, "-o", out) == 0
        assert run(data_dir, "import", kind, out, "--dry-run") == 0  # the same rows: duplicates, nothing wrong
    ws = openpyxl.load_workbook(tmp_path / "proposals.xlsx")["提案台账"]
    cells = [c for row in ws.iter_rows(values_only=True) for c in row if c]
    assert "王建国（领衔）、赵丽华" in cells and "B（正在解决）" in cells
    ws = openpyxl.load_workbook(tmp_path / "referrals.xlsx")["督办台账"]
    cells = [c for row in ws.iter_rows(values_only=True) for c in row if c]
    assert "来访诉求" in cells and "按时" in cells and "2026-03-15 电话（李秀英）：催办" in cells
    assert "15个工作日" in cells


def test_a_visit_becomes_a_joint_proposal_answered_b_and_both_members_gain_points(data, tmp_path):
    lead, joint = data.members
    before = {f.member_id: f for f in member_figures(*YEAR, today=D(2026, 12, 31))}
    visit = data.visits[1]  # 欧阳明德's question on 异地就医 grows into a proposal
    p = Proposal.create(number="TA-2026-002", title="关于异地就医备案便民化的建议", reason="群众反映备案手续繁琐。",
                        source="接待日转化", suggestion="推行线上备案。", submitted_on=D(2026, 4, 1),
                        submitted_to="县政协")
    for position, m in enumerate((lead, joint)):
        ProposalMember.create(proposal=p, member=m, position=position)
    ProposalSource.create(proposal=p, visit=visit)
    Proposal.update(filing="立案", filing_no="第36号", main_dept="人社所", assigned_on=D(2026, 4, 10)).where(
        Proposal.id == p.id).execute()
    Proposal.update(replied_on=D(2026, 6, 20), reply_class="B", reply_summary="正在开发线上备案渠道。",
                    member_opinion="基本满意").where(Proposal.id == p.id).execute()
    after = {f.member_id: f for f in member_figures(*YEAR, today=D(2026, 12, 31))}
    rules = {r.metric: r.points for r in settings.point_rules()}
    assert after[lead.id].points - before[lead.id].points == rules["proposals_lead"]
    assert after[joint.id].points - before[joint.id].points == rules["proposals_joint"]
    assert (after[lead.id].proposals_lead, after[joint.id].proposals_joint) == (2, 2)
    figures = stats.compute(*YEAR, today=D(2026, 12, 31))["proposals"]
    assert (figures["count"], figures["filed"], figures["satisfied"]) == (2, 2, 2)
    assert figures["by_reply_class"]["B"] == 2
    path = export_ledger("proposals", tmp_path / "p.xlsx", start=YEAR[0], end=YEAR[1])
    rows = [r for r in openpyxl.load_workbook(path)["提案台账"].iter_rows(values_only=True) if "TA-2026-002" in r]
    assert rows and "王建国（领衔）、赵丽华" in rows[0] and "立案" in rows[0] and "基本满意" in rows[0]
    assert import_ledger("proposals", path, dry_run=True).ok
