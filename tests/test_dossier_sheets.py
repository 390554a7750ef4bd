"""人民调解卷宗 as a county inspector reads it: how each case ended, the 人民调解委员会 on the papers, the
agreement's fields, the oral-agreement register, and page numbers that hold once the paper originals are
bound."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader

from station_app.outputs.sheets import render_sheet
from station_app.services import disputes, dossier
from station_app.store.models import Dispute, Party, Station

D = dt.date
ORG = "城关镇人民调解委员会"
RIGHTS = "仲裁、行政、司法等途径"


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pages(path) -> list[str]:
    return [flat(p.extract_text() or "") for p in PdfReader(str(path)).pages]


def stamp(text: str) -> tuple[int, int]:
    """The page's '第 N 页 共 M 页' (of the bound file)."""
    found = re.findall(r"第(\d+)页共(\d+)页", text)
    assert found, text[:80]
    return int(found[-1][0]), int(found[-1][1])


def with_title(texts, title) -> list[int]:
    """Indexes of the printed pages that begin with *title* (the stamp and page number are drawn last)."""
    return [i for i, t in enumerate(texts) if t.startswith(title)]


def catalogue(path) -> dict[str, str]:
    """卷内目录 rows: 文书名称 -> 页号 cell text, read by the row's position on page 2."""
    items = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            items.append((text.strip(), round(tm[5] * cm[3] + cm[5]), tm[4] * cm[0] + cm[4]))

    PdfReader(str(path)).pages[1].extract_text(visitor_text=visit)
    rows = {}
    for text, y, x in items:
        if re.fullmatch(r"\d+", text) and x < 120:  # 序号 column: the name and page cell share its row
            same = sorted((xx, t) for t, yy, xx in items if abs(yy - y) <= 4 and xx > x + 5)
            if len(same) >= 2:
                rows[same[0][1]] = same[1][1]
    return rows


def first_page(cell: str) -> int:
    return int(re.split(r"[-—]", cell)[0])


@pytest.fixture
def station(db):
    st = Station.own_row() if Station.own_row().name else Station.name_own(name="城关镇政协委员工作站")
    st.name, st.fonds_no, st.mediation_org = "城关镇政协委员工作站", "Z108", ORG
    st.save()
    return st


def person(role, name, **kw):
    return {"role": role, "name": name, "gender": "女" if role == "申请人" else "男", "age": 45, "ethnicity": "汉族",
            "address": "城关镇幸福村", **kw}


EXTRA = ("occupation", "legal_rep", "credit_code")  # schema v3 party fields, set directly (not in the form yet)
ACCEPTED = D(2026, 3, 2)  # the default 受理日期 of a test case


def case(parties, accepted=ACCEPTED, **kw) -> Dispute:
    d = disputes.create_dispute({"accepted_on": accepted, "dispute_type": "邻里", "source": "来访转入",
                                 "location": "幸福村", "summary": "两家因排水沟堵塞发生争执。", **kw}, [],
                                [{k: v for k, v in p.items() if k not in EXTRA} for p in parties])
    for row, given in zip(d.parties.order_by(Party.id), parties):
        for k in EXTRA:
            setattr(row, k, given.get(k, ""))
        row.save()
    return d


def session(d, day, process, result="", **extra):
    row = disputes.add_session(d, {"date": day, "location": "工作站调解室", "participants": "村民小组长李明",
                                   "process": process, "result": result})
    for k, v in extra.items():
        setattr(row, k, v)
    row.save()
    return row


def closed(d, values: dict) -> Dispute:
    """The case's result recorded as it stands (these tests are about what prints; the closing rules,
    which would also need the papers ticked, are tested in test_disputes / test_domain_rules)."""
    from station_app.services import records

    return records.update(d, values)


def setf(d, **values):
    d = Dispute.get_by_id(d.id)
    for k, v in values.items():
        setattr(d, k, v)
    d.save()
    return d


@pytest.fixture
def written(station):
    d = case([person("申请人", "张秀兰", occupation="个体经营"), person("被申请人", "张德福"),
              {"role": "被申请人", "name": "幸福村股份经济合作社", "is_org": True, "legal_rep": "王有才",
               "credit_code": "N2530100MF1234567X"}])
    session(d, D(2026, 3, 5), "听取双方意见，现场查看排水沟。", "双方同意继续协商", recorder="李秀英")
    session(d, D(2026, 3, 9), "释明相邻关系规定，双方各让一步。", "双方同意继续协商", recorder="李秀英")
    closed(d, {"result": "调解成功", "agreement_form": "书面", "closed_on": D(2026, 3, 9),
                            "agreement_content": "一、被申请人疏通排水沟；二、申请人承担材料费二百元。"})
    return setf(d, agreement_no="城调协〔2026〕7号", agreement_date=D(2026, 3, 10), fulfil_method="现场疏通并当面付款",
                fulfil_place="幸福村三组排水沟", fulfil_deadline=D(2026, 3, 20), recorder="李秀英")


def test_written_agreement_is_complete_and_names_the_mediation_committee(written, tmp_path):
    texts = pages(render_sheet("dispute", [written.id], tmp_path / "w.pdf"))
    assert ORG in texts[0] and "人民调解卷宗" in texts[0] and "调解成功" in texts[0]
    copies = with_title(texts, "人民调解协议书")
    assert len(copies) == 4  # three parties and the committee
    for n, i in enumerate(copies, start=1):
        t = texts[i]
        for value in ("城调协〔2026〕7号", "现场疏通并当面付款", "幸福村三组排水沟", "2026年3月20日前",
                      "协议日期：2026年3月10日", "李秀英", "本协议一式4份，当事人各执一份，人民调解委员会留存一份",
                      f"{ORG}（印章）", "王有才", "N2530100MF1234567X", "个体经营", f"第{n}份共4份"):
            assert value in t, f"copy {n}: {value}"
        assert "按约定前履行完毕" not in t
    assert f"第4份共4份（{ORG}执）" in texts[copies[-1]]
    last_record = with_title(texts, "人民调解记录")[-1]
    assert "本案调解成功" in texts[last_record] and "继续协商" not in texts[last_record]
    seals = [t for t in texts if "（印章）" in t]
    assert seals and all(f"{ORG}（印章）" in t for t in seals)
    assert "委员工作站（印章）" not in "".join(texts)


def test_empty_agreement_fields_print_blanks_not_invented_text(written, tmp_path):
    d = setf(written, fulfil_method="", fulfil_place="", fulfil_deadline=None, agreement_date=None)
    texts = pages(render_sheet("dispute", [d.id], tmp_path / "b.pdf"))
    t = texts[with_title(texts, "人民调解协议书")[0]]
    assert "履行方式履行地点履行期限" in t  # empty boxes for handwriting
    assert "按约定" not in t and "协议生效后" not in t.split("本协议自")[0]
    assert "协议日期：2026年3月9日" in t  # the last session's date


def test_oral_agreement_has_its_register_in_the_catalogue(station, tmp_path):
    d = case([person("申请人", "李桂芳"), person("被申请人", "周大海")])
    session(d, D(2026, 3, 6), "双方当面协商。", recorder="陈明")
    closed(d, {"result": "调解成功", "agreement_form": "口头", "closed_on": D(2026, 3, 6),
                            "agreement_content": "周大海于三日内归还借用的农具。"})
    d = setf(d, agreement_no="口协〔2026〕3号", fulfil_method="当面归还", fulfil_deadline=D(2026, 3, 9),
             recorder="陈明")
    disputes.add_followup(d, {"date": D(2026, 3, 20), "visitor": "王建国", "content": "农具已归还。",
                              "fulfilment": "已履行"})
    out = render_sheet("dispute", [d.id], tmp_path / "o.pdf")
    texts = pages(out)
    rows = catalogue(out)
    assert "口头协议登记表" in rows and "调解协议书" not in rows
    register = with_title(texts, "人民调解口头协议登记表")
    assert len(register) == 1 and not with_title(texts, "人民调解协议书")
    t = texts[register[0]]
    for value in ("口协〔2026〕3号", "周大海于三日内归还借用的农具", "当面归还", "2026年3月9日前", "陈明",
                  f"{ORG}（印章）"):
        assert value in t, value
    assert stamp(t)[0] == first_page(rows["口头协议登记表"])
    followup = texts[with_title(texts, "人民调解回访记录")[0]]
    assert "口头协议编号：口协〔2026〕3号" in followup and ORG in followup


def test_failed_case_states_reason_and_other_channels_in_its_last_record(station, tmp_path):
    d = case([person("申请人", "赵春花"), person("被申请人", "钱德旺")])
    session(d, D(2026, 3, 4), "第一次调解，双方分歧较大。", "双方同意继续协商")
    session(d, D(2026, 3, 11), "第二次调解，被申请人仍不同意赔偿。", mediators="王建国", recorder="孙丽")
    closed(d, {"result": "调解不成功", "failure_reason": "被申请人拒绝承担任何赔偿责任",
                            "closed_on": D(2026, 3, 11)})
    texts = pages(render_sheet("dispute", [d.id], tmp_path / "f.pdf"))
    records = with_title(texts, "人民调解记录")
    first, last = texts[records[0]], texts[records[-1]]
    assert "调解不成功" in last and "原因：被申请人拒绝承担任何赔偿责任" in last and RIGHTS in last
    assert "孙丽" in last and "王建国" in last and "村民小组长李明" in last
    assert "调解不成功" not in first and "继续协商" in first
    assert "调解不成功" in texts[0] and not with_title(texts, "人民调解协议书")


def test_open_case_over_its_deadline_shows_no_end_date(station, tmp_path):
    d = case([person("申请人", "孙小梅")], accepted=D(2026, 1, 5), source="当事人申请")
    session(d, D(2026, 1, 8), "初次调解。", "双方同意继续协商")
    session(d, D(2026, 2, 20), "再次调解。", "双方同意继续协商")
    texts = pages(render_sheet("dispute", [d.id], tmp_path / "open.pdf"))
    cover = texts[0]
    assert "调解中" in cover and "自2026年1月8日起" in cover
    assert "至" not in cover.split("调解日期")[1].split("调解结果")[0] and "结案日期" not in cover
    assert "调解期限2026年2月5日前" in cover
    assert with_title(texts, "人民调解申请书")  # the parties applied themselves
    last = texts[with_title(texts, "人民调解记录")[-1]]
    assert "本次调解情况" in last and "调解结果" not in last


def test_paper_originals_count_their_pages_in_every_number(written, tmp_path):
    dossier.set_paper(written, "当事人身份证明", True, 3)
    dossier.set_paper(written, "证据材料", True, 5, note="收条、照片")
    dossier.set_paper(written, "当事人权利义务告知书", True, 2)
    out = render_sheet("dispute", [written.id], tmp_path / "p.pdf")
    texts = pages(out)
    printed = len(texts)
    total = printed + 3 + 5 + 2
    assert "本卷共" in texts[-1] and f"{total}页" in texts[-1].split("本卷共")[1][:12]
    numbers = [stamp(t) for t in texts]
    assert all(m == total for _, m in numbers)
    assert [n for n, _ in numbers] == sorted(n for n, _ in numbers)
    assert numbers[-1][0] == total  # the 备考表 is the last page of the bound file
    # each insert says which pages its original takes, and the next printed page follows them
    for title, count in (("当事人身份证明", 3), ("证据材料", 5), ("当事人权利义务告知书（签字原件）", 2)):
        at = [i for i, t in enumerate(texts) if t.startswith(title) and "不另打印" in t]
        assert len(at) == 1, title
        n = numbers[at[0]][0]
        assert f"纸质原件共{count}页，为本卷第{n + 1}—{n + count}页" in texts[at[0]]
        assert numbers[at[0] + 1][0] == n + count + 1
    rows = catalogue(out)
    for name, title in (("人民调解受理登记表", "人民调解受理登记表"), ("当事人身份证明", "当事人身份证明"),
                        ("证据材料", "证据材料"), ("调解记录", "人民调解记录"), ("调解协议书", "人民调解协议书"),
                        ("卷内备考表（封底）", "卷内备考表")):
        page = first_page(rows[name])
        at = [i for i, (n, _) in enumerate(numbers) if n == page]
        assert at and texts[at[0]].startswith(title), f"{name}: 页号 {rows[name]}"
    assert rows["证据材料"] == f"{numbers[with_title(texts, '证据材料')[0]][0]}-" \
        f"{numbers[with_title(texts, '证据材料')[0]][0] + 5}"
    assert "本卷共6件" in texts[-1]  # 受理登记表 告知书 身份证明 证据材料 调解记录 协议书


def test_notice_of_rights_is_printed_in_full_with_a_line_per_party(written, tmp_path):
    out = render_sheet("dispute", [written.id], tmp_path / "n.pdf")
    assert catalogue(out)["当事人权利义务告知书"] == "4"  # printed; its signed original not yet received
    texts = pages(out)
    assert "当事人权利义务告知书缺当事人签字原件" in texts[1]
    t = "".join(texts[i] for i in with_title(texts, "当事人权利义务告知书"))
    for phrase in ("自愿、平等", "不违背法律、法规和国家政策", "尊重当事人的权利", "当事人享有的权利",
                   "当事人应当履行的义务", "要求终止调解", "如实陈述纠纷事实", f"{ORG}是依法设立"):
        assert phrase in t, phrase
    for name in ("申请人张秀兰（签字）", "被申请人张德福（签字）", "被申请人幸福村股份经济合作社（签字）"):
        assert name in t


def test_station_without_a_mediation_committee_says_so(written, station, tmp_path):
    station.mediation_org = ""
    station.save()
    texts = pages(render_sheet("dispute", [written.id], tmp_path / "s.pdf"))
    assert "城关镇政协委员工作站（印章）" in "".join(texts)
    assert "尚未登记所属人民调解组织" in texts[0] and "尚未登记所属人民调解组织" in texts[-1]


def test_acceptance_register_has_the_consent_sentence(written, tmp_path):
    texts = pages(render_sheet("dispute", [written.id], tmp_path / "a.pdf"))
    t = texts[with_title(texts, "人民调解受理登记表")[0]]
    assert f"经当事人同意，{ORG}于2026年3月2日受理调解张秀兰与张德福之间的邻里纠纷" in t
    assert "登记人（签名）" in t and "案件来源来访转入" in t and "纠纷类型邻里" in t


def test_a_long_case_breaks_its_papers_without_stranding_signatures(station, tmp_path):
    long = "双方就宅基地界址、排水沟走向及院墙高度各执一词，" * 25
    d = case([person("申请人", f"申请人{n}", address="城关镇幸福村三组" * 4) for n in range(3)]
             + [person("被申请人", f"被申请人{n}") for n in range(2)], summary=long)
    for n in range(2):
        session(d, D(2026, 3, 4 + n), long * 2, "双方同意继续协商", recorder="孙丽")
    closed(d, {"result": "调解成功", "agreement_form": "书面", "closed_on": D(2026, 3, 9),
                            "agreement_content": "各方同意：" + "按现状重新确定界址并共同出资修缮排水沟；" * 20})
    out = render_sheet("dispute", [d.id], tmp_path / "long.pdf")
    texts = pages(out)
    furniture = re.compile(r"^(第 \d+ 页 共 \d+ 页|全宗号.*|年度.*|保管期限.*|件号.*|Z108.*|10年.*|2026|调-\d+|"
                           r"城关镇政协委员工作站)$")
    signing = re.compile(r"（(签名|盖章|签字|印章)）|^[日期：\s　年月日\d]*$|^协议日期")
    for i, page in enumerate(PdfReader(str(out)).pages):
        lines = [ln.strip() for ln in (page.extract_text() or "").splitlines() if ln.strip()]
        body = [ln for ln in lines if not furniture.match(ln)]
        assert any(not signing.search(ln) for ln in body), f"page {i + 1} holds only signature and seal lines"
    copies = with_title(texts, "人民调解协议书")
    assert len(copies) == 6
    assert all("本协议一式6份" in "".join(texts[i:i + 3]) for i in copies)


def test_engine_numbers_unprinted_pages_within_their_sheet(db, tmp_path):
    """A Gap after a page shifts the later page numbers of its sheet only; marks and totals follow."""
    from reportlab.platypus import PageBreak

    from station_app.outputs.sheets import blocks as B
    from station_app.outputs.sheets.engine import Context, Sheet, Stamp, render

    ctx = Context(None)
    st = ctx.st
    first = [ctx.page_ref("{range}|{total}", key="b", order=("a", "b", "c")), ctx.mark("a"),
             B.Paragraph("甲", st.body), ctx.page_ref("附{gap}"), ctx.gap(4), PageBreak(), ctx.mark("b"),
             B.Paragraph("乙", st.body), PageBreak(), ctx.mark("c"), B.Paragraph("丙", st.body)]
    sheets = [Sheet("一", "1.pdf", Stamp("", 2026, "", "1"), first),
              Sheet("二", "2.pdf", Stamp("", 2026, "", "2"), [B.Paragraph("丁", st.body)])]
    state = render(sheets, str(tmp_path / "g.pdf"), ctx)
    texts = pages(tmp_path / "g.pdf")
    assert state.pages == {0: 3, 1: 1} and state.bound == {0: 7, 1: 1}
    assert [stamp(t) for t in texts] == [(1, 7), (6, 7), (7, 7), (1, 1)]
    assert "6|7" in texts[0] and "附2—5" in texts[0]


def test_explanation_prints_as_the_dossier_item_not_a_paper_placeholder(station, tmp_path):
    d = case([person("申请人", "李桂芳"), person("被申请人", "周大海")])
    session(d, D(2026, 3, 6), "双方分歧较大。", recorder="陈明")
    closed(d, {"result": "调解不成功", "closed_on": D(2026, 4, 20), "failure_reason": "双方分歧较大",
               "explanation": "本案因当事人外出务工，多次约定调解时间，未能在一个月内办结。"})
    d = Dispute.get_by_id(d.id)
    out = render_sheet("dispute", [d.id], tmp_path / "o.pdf")
    texts = pages(out)
    [page] = with_title(texts, "卷宗情况说明")
    assert "当事人外出务工" in texts[page] and "本处装订" not in texts[page]
    assert stamp(texts[page])[0] == first_page(catalogue(out)["卷宗情况说明"])


def test_agreement_prints_the_mediators_without_breaking_a_name(written, tmp_path):
    others = "村调委会 贺海燕、镇司法所 欧阳明珠、镇综治中心 司马相如"
    d = setf(written, other_mediators=others)
    raw = [p.extract_text() for p in PdfReader(str(render_sheet("dispute", [d.id], tmp_path / "w.pdf"))).pages]
    copies = [t for t in raw if t.startswith("人民调解协议书")]
    assert copies
    for t in copies:
        lines = t.splitlines()
        for name in ("贺海燕", "欧阳明珠", "司马相如"):
            assert any(name in line for line in lines), name  # not split over two lines of its cell
