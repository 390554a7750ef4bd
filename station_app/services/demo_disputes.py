"""Demo data: a station year's mediated disputes, written so that a county inspector accepts the dossiers.

Every closed case states its result; earlier sessions record the talks going on and the last one the
outcome; agreements carry 协议编号, 协议日期, 履行方式/地点/期限 and 记录人; failed or slow cases explain
themselves (情况说明); paper items carry real page counts; closed, complete cases are archived.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from station_app.services import bulk, item_numbers, numbering
from station_app.services import demo_text as T
from station_app.services.dispute_deadlines import DEADLINE
from station_app.store.base import new_uuid
from station_app.store.models import Dispute, DossierPaper
from station_app.store.org import OWN_STATION_ID

CATEGORY_TO_DISPUTE = {"邻里纠纷": "邻里", "婚姻家庭": "婚姻家庭", "劳动就业": "劳动争议", "征地拆迁": "征地拆迁",
                       "涉法涉诉": "合同", "营商环境": "企业经济/信用", "城乡建设": "物业", "医疗卫生": "医疗"}
DAY = dt.timedelta(days=1)
MONEY_METHODS = {"一次性现金支付": 3, "银行转账": 4, "分期支付": 1, "当场履行": 2}


def _next_seq(year: int) -> int:
    return Dispute.select(pw.fn.MAX(Dispute.case_seq)).where(
        (Dispute.case_year == year) & (Dispute.station == OWN_STATION_ID)).scalar() or 0


def _role_name(st, role: str, default: str = "") -> str:
    return next((m["name"] for m in st.members if m["role"] == role), default)


def disputes(st) -> None:
    rng, p = st.rng, st.people
    plans = []
    for v in st.visits:
        if v["handling"] == "转矛盾纠纷调解":
            kind = CATEGORY_TO_DISPUTE.get(v["category"], "其他")
            plans.append((min(st.last, v["visit_date"] + DAY * rng.randint(0, 3)), "来访转入", kind, v))
    for _ in range(st.count(st.size.disputes, 2)):
        source = p.weighted({"委员排查": 3, "法院委托诉前调解": 4, "部门移交": 2, "当事人申请": 3})
        plans.append((p.day_between(st.start, st.last), source, p.weighted(T.DISPUTE_TYPE_WEIGHTS), None))
    plans.sort(key=lambda x: x[0])
    base = _next_seq(st.year)
    rows, mediators, extra, details = [], [], [], []
    for seq, (accepted, source, kind, visit) in enumerate(plans, start=base + 1):
        pool = st.member_ids(accepted)
        chosen = rng.sample(pool, min(len(pool), rng.choice((1, 1, 2))))
        row, parties, detail = _dispute(st, accepted, source, kind, visit, seq, [st.name_of(m) for m in chosen])
        rows.append(row)
        mediators.append(chosen)
        extra.append({"case_year": st.year, "case_seq": seq, "source_visit": visit["id"] if visit else None,
                      "uuid": new_uuid()})
        details.append((parties, detail))
    ids = bulk.bulk_create("dispute", rows, members=mediators, extra=extra)
    # archived cases: their 卷号 stored as numbers that never move (services.item_numbers)
    filed = [(e["uuid"], item_numbers.parse_dossier_no(r["file_no"])) for r, e in zip(rows, extra) if r.get("file_no")]
    item_numbers.assign_many(item_numbers.DOSSIER, [(u, yn[0]) for u, yn in filed], [yn for _, yn in filed])
    party_rows, party_extra, sessions, s_extra, follows, f_extra, papers = [], [], [], [], [], [], []
    for did, names, (parties, detail) in zip(ids, mediators, details):
        party_rows += parties
        party_extra += [{"dispute": did}] * len(parties)
        sessions += detail["sessions"]
        s_extra += [{"dispute": did}] * len(detail["sessions"])
        if detail["followup"]:
            follows.append({**detail["followup"], "visitor": st.name_of(names[0])})
            f_extra.append({"dispute": did})
        papers += [{"dispute": did, "name": name, "received": True, "pages": pages, "note": note}
                   for name, pages, note in detail["papers"]]
    bulk.bulk_create("party", party_rows, extra=party_extra)
    bulk.bulk_create("mediation_session", sessions, extra=s_extra)
    bulk.bulk_create("follow_up", follows, extra=f_extra)
    bulk.insert_rows(DossierPaper, papers, audit=False)


def _archive(st, row: dict, detail: dict) -> None:
    """File a case closed two months or more whose dossier the archiving rules accept (立卷人: the liaison).

    Decided from the case's own data, as services.dossier.archive_problems() would (tests check they agree),
    so the county-scale demo needs no query per case.
    """
    closed_on = row.get("closed_on")
    if not closed_on or (st.last - closed_on).days <= 60:
        return
    papers = {name for name, _pages, _note in detail["papers"]}
    if "当事人身份证明" not in papers or not detail["sessions"]:
        return
    if row.get("agreement_form") == "书面" and row["result"] == "调解成功" and not detail["followup"]:
        return
    filed = min(st.last, closed_on + DAY * st.rng.randint(5, 40))
    row.update(archive_status="已归档", file_no=f"（{st.year}）人调字第{row['_seq']:03d}号", filed_on=filed,
               filed_by=_role_name(st, "联络员"), checked_by=_role_name(st, "召集人"))


def _party(st, role: str, accepted: dt.date, org: bool = False, person: tuple | None = None) -> dict:
    rng, p = st.rng, st.people
    if org:
        company = rng.choice(T.COMPANIES).replace("某某", rng.choice(T.SURNAMES) + "氏")
        return {"role": role, "name": f"{st.town}{company}", "is_org": True,
                "address": f"{st.town}镇{rng.choice(T.STREETS)}{rng.randint(1, 99)}号", "phone": p.landline(),
                "legal_rep": p.name(), "credit_code": p.credit_code(),
                "statement": "单位委托代理人到场陈述意见。"}
    name, gender = person or (None, p.gender())
    age = rng.randint(23, 72)
    occupation = "退休职工" if age >= 62 and rng.random() < 0.5 else rng.choice(T.OCCUPATIONS)
    return {"role": role, "name": name or p.name(gender), "is_org": False, "gender": gender, "age": age,
            "ethnicity": rng.choice(T.ETHNICITIES), "id_number": p.id_number(p.birth(age, accepted), gender),
            "address": p.village_address(st.town), "phone": p.mobile(), "occupation": occupation,
            "statement": "陈述了纠纷经过并提出诉求。" if role == "申请人" else "对申请人所述部分事实有异议。"}


def _session_days(rng, accepted: dt.date, end: dt.date, count: int) -> list[dt.date]:
    """Up to *count* session dates, in order and on different days, from acceptance to *end* (the last)."""
    if count <= 0:
        return []
    span = max(0, (end - accepted).days)
    step = span // count
    earlier = {accepted + DAY * (k * step + rng.randint(0, max(0, step - 1))) for k in range(count - 1)}
    return sorted(d for d in earlier if d < end) + [end]


def _dispute(st, accepted: dt.date, source: str, kind: str, visit, seq: int, mediator_names: list[str]):
    rng, p = st.rng, st.people
    summary, agreement, (low, high) = T.DISPUTE_TEXT[kind]
    amount = rng.randrange(low, high + 1, 100) if high else 0
    person = (visit["visitor_name"], visit["visitor_gender"] or "男") if visit else None
    parties = [_party(st, "申请人", accepted, person=person)]
    parties.append(_party(st, "被申请人", accepted, org=kind in T.ORG_PARTY_TYPES and rng.random() < 0.6))
    if rng.random() < 0.1:
        parties.append(_party(st, "第三人", accepted))
    a, b = parties[0]["name"], parties[1]["name"]
    age = (st.last - accepted).days
    closed = age > 40 or (age > 20 and rng.random() < 0.6) or (age > 3 and rng.random() < 0.3)
    other = rng.choice(("", "", f"{st.town}镇司法所 {p.name()}", f"村调委会 {p.name()}"))
    recorder = _role_name(st, "联络员", mediator_names[0] if mediator_names else "")
    row = {
        "case_no": numbering.FORMATS["dispute"].format(year=st.year, seq=seq), "accepted_on": accepted,
        "source": source, "dispute_type": kind, "summary": summary.format(a=a, b=b, amount=amount),
        "location": f"{st.town}镇委员工作室调解室",
        "people_count": len(parties) + (rng.randint(3, 20) if kind == "村务管理" else 0), "amount": amount,
        "other_mediators": other, "retention": "30年" if amount > 100000 else "10年", "_seq": seq,
    }
    orgs = sum(1 for x in parties if x["is_org"])
    papers = [("当事人权利义务告知书", len(parties), "各方当事人签收"),
              ("当事人身份证明", len(parties) + orgs, "身份证复印件" + ("、营业执照复印件" if orgs else ""))]
    if orgs:
        papers.append(("授权委托书", orgs, "单位委托代理人"))
    detail = {"sessions": [], "followup": None, "papers": papers}
    if closed:
        _close(st, row, detail, accepted, age, agreement, amount, parties, recorder)
        papers += [(name, rng.randint(lo, hi), "") for name, lo, hi in (("调查记录", 1, 3), ("证据材料", 1, 6))
                   if rng.random() < 0.4]
        if rng.random() < 0.04:  # a copy still to be collected: the case stays out of the archive
            papers[:] = [x for x in papers if x[0] != "当事人身份证明"]
    present = "、".join(x for x in (*mediator_names, other.split(" ")[-1] if other else "") if x)
    count = rng.randint(1, 3) if closed else (rng.randint(1, 2) if age > 3 else 0)
    end = row.get("closed_on") or min(st.last, accepted + DAY * rng.randint(0, max(0, age)))
    days = _session_days(rng, accepted, row.get("_last_session", end), count)
    for k, day in enumerate(days):
        last = closed and k == len(days) - 1
        detail["sessions"].append({
            "date": day, "location": row["location"], "mediators": present, "recorder": recorder,
            "participants": rng.choice(("", "", f"{st.town}镇{rng.choice(T.VILLAGES)}村村干部{p.name()}",
                                        f"{a}的亲属{p.name()}")),
            "process": rng.choice(T.SESSION_AGREE if last and row["result"] == "调解成功" else T.SESSION_TEXT),
            "result": row.pop("_outcome") if last else rng.choice(T.SESSION_CONTINUE)})
    row.pop("_last_session", None)
    _archive(st, row, detail)
    return row, parties, detail


def _close(st, row, detail, accepted, age, agreement, amount, parties, recorder) -> None:
    rng, p = st.rng, st.people
    a, b = parties[0]["name"], parties[1]["name"]
    span = min(age, rng.randint(2, 28) if rng.random() < 0.9 else rng.randint(32, 45))
    closed_on = accepted + DAY * span
    last_session = max(accepted, closed_on - DAY * rng.choice((0, 0, 0, 1, 2)))
    result = p.weighted({"调解成功": 85, "调解不成功": 5, "终止调解": 3, "转诉讼": 4, "转其他部门": 3})
    row.update(result=result, closed_on=closed_on, _last_session=last_session)
    late = closed_on > accepted + DEADLINE
    if result == "调解成功":
        form = "书面" if rng.random() < 0.8 else "口头"
        content = agreement.format(a=a, b=b, amount=amount)
        no = f"〔{st.year}〕调协字第{row['_seq']:03d}号"
        # an agreement that names no sum (an apology, a wall moved) has no 协议涉及金额
        agreed = amount if "元" in content else 0
        row.update(agreement_form=form, agreement_content=content, agreement_amount=agreed, agreement_no=no,
                   agreement_date=last_session, recorder=recorder)
        # written or oral, an agreement says how, where and by when it is fulfilled (口头协议登记表 too)
        method = _method(rng, content)
        deadline = last_session if method == "当场履行" else last_session + DAY * (
            rng.randint(60, 90) if method == "分期支付" else rng.randint(7, 30))
        place = T.FULFIL_PLACES.get(method, "").format(town=st.town) or parties[0]["address"]
        row.update(fulfil_method=method, fulfil_place=place, fulfil_deadline=deadline)
        if form == "书面":
            row["_outcome"] = (f"双方自愿达成书面调解协议（协议编号{no}），约定{method}，"
                               f"于{deadline:%Y年%m月%d日}前履行完毕。")
        else:
            row["_outcome"] = f"双方达成口头协议（协议编号{no}）：{content}"
        due = row.get("fulfil_deadline") or closed_on + DAY * 15
        if due < st.last:
            row["fulfilment"] = p.weighted({"已履行": 85, "部分履行": 10, "未履行": 5})
            if row.get("fulfil_method") == "当场履行":  # done there and then, in the mediators' presence
                row["fulfilment"] = "已履行"
            if rng.random() < 0.92:
                detail["followup"] = {
                    "date": min(st.last, due + DAY * rng.randint(0, 10)), "reason": "履行情况回访",
                    "content": f"电话回访{a}，协议{row['fulfilment']}，双方未再发生矛盾。",
                    "fulfilment": row["fulfilment"],
                    "satisfaction": rng.choices(("满意", "基本满意"), (85, 15))[0]}
                if form == "书面" and row["fulfilment"] != "未履行" and agreed:
                    detail["papers"].append(("履行凭证", 1, "收条或转账凭证"))
        if rng.random() < 0.06:
            row.update(prevented_criminal_cases=1, prevented_criminal_people=rng.randint(2, 4))
        if row["dispute_type"] in ("村务管理", "征地拆迁", "劳动争议") and rng.random() < 0.3:
            row.update(prevented_petition_cases=1, prevented_petition_people=rng.randint(5, 20))
        if late:
            cause = rng.choice(T.fitting(T.DELAY_CAUSES, row["dispute_type"]))
            row["explanation"] = (f"本案于{accepted:%Y年%m月%d日}受理，因{cause}，"
                                  f"未能在一个月内办结，于{closed_on:%Y年%m月%d日}达成协议结案。特此说明。")
    else:
        reason = rng.choice(T.fitting(T.END_REASONS[result], row["dispute_type"]))
        row["failure_reason"] = reason
        row["_outcome"] = T.END_RESULTS[result].format(reason=reason, dept=f"{st.town}镇综治中心")
        row["explanation"] = (f"本案于{accepted:%Y年%m月%d日}受理，经调解员多次调解，{reason}，"
                              f"于{closed_on:%Y年%m月%d日}以“{result}”结案。特此说明。")


def _method(rng, content: str) -> str:
    if "分两期" in content or "分三期" in content or "每月" in content:
        return "分期支付"
    if "元" in content:
        return rng.choices(list(MONEY_METHODS), list(MONEY_METHODS.values()))[0]
    return rng.choice(("当场履行", "双方自行履行"))
