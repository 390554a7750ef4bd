"""What some ledgers need beyond plain fields on import: member names, parties, swaps, case numbers, topic codes."""

from __future__ import annotations

import re

from station_app.services import context, numbering, proposals, referrals
from station_app.services import referral_figures as RF
from station_app.services.bulk import insert_rows
from station_app.services.disputes import parse_case_no
from station_app.services.errors import ValidationError
from station_app.services.item_numbers import PREFIX
from station_app.services.normalize import clean_text
from station_app.store.choices import FOLLOW_METHODS, PARTY_ROLES, TOPIC_STEPS
from station_app.store.models import (
    Dispute,
    DutyMember,
    Party,
    Proposal,
    ProposalMember,
    ReferralFollow,
    Swap,
    Topic,
    TopicStep,
)
from station_app.store.org import OWN_STATION_ID

SPLIT = re.compile(r"[、，,；;／/\s]+")
_PARTY = re.compile(r"^(.+?)\s*[（(]\s*(申请人|被申请人|第三人)\s*[)）]$")
_SWAP = re.compile(r"^(.+?)\s*(?:→|->|—>|－>|＞|>|替换为|由)\s*(.+?)\s*(?:[（(]\s*(.+?)\s*[)）])?$")
_TOPIC_CODE = re.compile(r"^YT-(\d{4})-0*(\d+)$", re.IGNORECASE)
_LEAD = re.compile(r"\s*[（(]\s*(领衔|领衔人)\s*[)）]\s*$")
_LIMIT = re.compile(r"^(\d+)\s*(个工作日|工作日|天|日|个月|月)?$")
_FOLLOW = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2})\s*(" + "|".join(FOLLOW_METHODS)
                     + r")?\s*(?:[（(]([^）)]*)[)）])?\s*[：:]?\s*(.*)$", re.DOTALL)
NUMBER_FIELDS = {"dispute": "case_no", "topic": "code", "proposal": "number"}  # the app's own numbers
OWN_LINKS = ("proposal",)  # member links the hooks insert themselves (with the 领衔 position)
IMPORTED_STEP = "据台账导入"  # note of a step a ledger says was reached, on a date the ledger does not give


class RowError(Exception):
    """A cell of a role column is wrong; the reason is Chinese."""


def names_in(value) -> list[str]:
    text = clean_text(value)
    return [n for n in SPLIT.split(text) if n] if text else []


def resolve(names: list[str], known: dict[str, int], *, strict: bool = True) -> tuple[list[int], list[str]]:
    """Member ids for *names*; unknown names raise RowError when *strict*, else are returned."""
    ids, others = [], []
    for name in names:
        if name in known:
            ids.append(known[name])
        elif strict:
            raise RowError(f"“{name}”不在委员名册中（请先录入或导入委员名册）")
        else:
            others.append(name)
    return list(dict.fromkeys(ids)), others


def authors(value, known: dict[str, int]) -> list[int]:
    """提案人 cell 「王建国（领衔）、李芳」 → member ids, 领衔 first (a name marked 领衔 leads wherever it stands)."""
    names, lead = [], None
    for item in (p.strip() for p in re.split(r"[、，,；;／/]+", clean_text(value)) if p.strip()):
        bare = _LEAD.sub("", item)
        if bare != item and lead is None:
            lead = bare
        names.append(bare)
    if lead is not None:
        names.remove(lead)
        names.insert(0, lead)
    ids = resolve(names, known)[0]
    if not ids:
        raise RowError("提案人不能为空（至少填写领衔委员）")
    return ids


def limit(value) -> tuple[int, str] | None:
    """办理时限 cell 「15个工作日」「30天」「3个月」 → (15, workday); empty: the kind's default."""
    text = re.sub(r"\s+", "", clean_text(str(value if value is not None else "")))
    if not text:
        return None
    m = _LIMIT.match(text)
    if not m or not 1 <= int(m.group(1)) <= 3650:
        raise RowError(f"办理时限“{text}”应写作“15个工作日”“30天”或“3个月”")
    unit = {"个工作日": "workday", "工作日": "workday", "个月": "month", "月": "month"}.get(m.group(2) or "天", "day")
    return int(m.group(1)), unit


def follows(value) -> list[dict]:
    """督办记录 cell, one a line 「2026-03-02 电话（李芳）：催办进度」 → ReferralFollow values."""
    import datetime as dt

    out = []
    for line in (ln.strip() for ln in str(value or "").splitlines() if ln.strip()):
        m = _FOLLOW.match(line)
        try:
            day = dt.date.fromisoformat("-".join(f"{int(x):02d}" for x in m.group(1).split("-"))) if m else None
        except ValueError:
            day = None
        if day is None:
            raise RowError(f"督办记录“{line[:30]}”应写作“2026-03-02 电话（督办人）：情况”，每次一行")
        if day > dt.date.today():
            raise RowError(f"督办日期{day}不能晚于今天")
        out.append({"date": day, "method": m.group(2) or FOLLOW_METHODS[0], "by": (m.group(3) or "")[:50],
                    "note": m.group(4).strip()[:2000]})
    return out


def mediators(value, known: dict[str, int]) -> tuple[list[int], list[str]]:
    """Member ids and the other mediators of a 调解员 cell.

    Items are split at 、，；/ only: “村调委会 黄敏” is one mediator outside the roster and is kept whole,
    while “张三 李四” (members written with a space) still reads as two members.
    """
    ids, others = [], []
    for item in (p.strip() for p in re.split(r"[、，,；;／/]+", clean_text(value)) if p.strip()):
        if item in known:
            ids.append(known[item])
            continue
        parts = item.split()
        if len(parts) > 1 and all(p in known for p in parts):
            ids.extend(known[p] for p in parts)
        else:
            others.append(item)
    return list(dict.fromkeys(ids)), others


def parties(value) -> list[dict]:
    text = clean_text(value)
    out = []
    for i, item in enumerate(p for p in re.split(r"[、；;，,]+", text) if p.strip()):
        m = _PARTY.match(item.strip())
        name, role = (m.group(1), m.group(2)) if m else (item.strip(), PARTY_ROLES[min(i, 1)])
        if len(name) > 100:
            raise RowError(f"当事人“{name[:20]}…”过长（最多100字）")
        out.append({"name": name, "role": role})
    return out


def swaps(value, known: dict[str, int], reasons: list[str]) -> list[tuple[int, int, str]]:
    out = []
    for item in (p for p in re.split(r"[；;\n]+", clean_text(value) if value else "") if p.strip()):
        m = _SWAP.match(item.strip())
        if not m:
            raise RowError(f"调剂情况“{item}”应写作“原值班委员→替班委员（原因）”")
        (orig, sub), _ = resolve([m.group(1), m.group(2)], known)
        reason = m.group(3) or "其他"
        if reason not in reasons:
            raise RowError(f"调剂原因“{reason}”不在可选列表中（{'、'.join(reasons)}）")
        out.append((orig, sub, reason))
    return out


# ---- numbers ------------------------------------------------------------------------------------------
def case_number(values: dict) -> tuple[str, int, int] | None:
    """(case_no, year, seq) of a given case number, canonical; None when the row has none."""
    given = str(values.get("case_no") or "").strip()
    if not given:
        return None
    case_no, year, seq = parse_case_no(given)
    return case_no, year or values["accepted_on"].year, seq or 0


def topic_code(values: dict) -> str | None:
    given = str(values.get("code") or "").strip()
    if not given:
        return None
    m = _TOPIC_CODE.match(given)
    return numbering.FORMATS["topic"].format(year=int(m.group(1)), seq=int(m.group(2))) if m else given


_ITEM_NO = re.compile(r"^(\D*?)[-－—_]?(?:[（(〔\[]?(\d{4})(?:[）)〕\]年][-－—_]?|[-－—_]))?0*(\d{1,6})号?$")


def item_seq(value, kind: str) -> tuple[int | None, int]:
    """(year or None, sequence) of a 登记编号 / 编号 cell: “来访-148”, “来访148”, “2026-148”, “148” or the
    number 148. A year written in the cell is the number's own year (it may differ from the date's)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    prefix = PREFIX.get(kind, "")
    m = _ITEM_NO.match(re.sub(r"\s+", "", clean_text(str(value))))
    if not m or m.group(1) not in ("", prefix) or int(m.group(3)) < 1:
        raise RowError(f"编号“{value}”应写作“{prefix}-148”或只写数字")
    return (int(m.group(2)) if m.group(2) else None), int(m.group(3))


def _referral_dates(v: dict, given_limit, table: dict) -> None:
    """A hand-set 办理时限 is kept when it differs from the kind's default; 期限 from it when not given;
    the state read off the dates (the service keeps them in step the same way)."""
    kind = v.get("source_kind") or "visit"
    v["source_kind"] = kind
    if given_limit and tuple(given_limit) != tuple(table.get(kind, ())):
        v["limit_days"], v["limit_unit"] = given_limit
    else:
        v["limit_days"], v["limit_unit"] = None, ""
    if not v.get("due_on") and v.get("assigned_on"):
        v["due_on"] = RF.due_date(kind, v["assigned_on"], v["limit_days"], v["limit_unit"], table=table)
    v["state"] = RF.state_of(v.get("assigned_on"), v.get("replied_on"), v.get("fed_back_on"))


def before_insert(kind: str, rows: list) -> None:
    """Fill numbers the app assigns (case numbers, topic and proposal numbers) and fields derived from others."""
    table = RF.limits() if kind == "referral" else {}
    for p in rows:
        v = p.values
        if kind == "dispute":
            found = case_number(v)
            if found is None:
                case_no, seq = numbering.next_number("dispute", v["accepted_on"].year)
                found = (case_no, v["accepted_on"].year, seq)
            else:
                numbering.bump_to("dispute", found[1], found[2])
            v["case_no"], v["case_year"], v["case_seq"] = found
        elif kind == "topic":
            code = topic_code(v)
            if code is None:
                code = numbering.next_number("topic", v["proposed_on"].year)[0]
            else:
                m = _TOPIC_CODE.match(code)
                if m:
                    numbering.bump_to("topic", int(m.group(1)), int(m.group(2)))
            v["code"] = code
            v["concluded"] = bool(v.get("grade"))
        elif kind == "proposal":
            try:
                v.update(proposals.number_for(str(v.get("number") or ""), v["submitted_on"].year))
            except ValidationError as exc:
                raise RowError(exc.problems[0].message) from exc
        elif kind == "referral":
            _referral_dates(v, p.extra.get("limit"), table)
    if kind == "referral":
        referrals.source_of_imported([p.values for p in rows])


def topic_step(values: dict, given: dict) -> str | None:
    """A graded topic is concluded, so at 成果转化: a blank step becomes it, an earlier one is a problem."""
    last = len(TOPIC_STEPS)
    if not values.get("grade") or values.get("step") == last:
        return None
    if given.get("step") in (None, ""):
        values["step"] = last
        return None
    return f"填写了成果分类的议题已办结，当前环节应为「{TOPIC_STEPS[-1]}」"


def topic_steps(rows: list, ids: list[int]) -> list[dict]:
    """The step ledger of imported topics, as services.topics keeps it: one dated row per step up to the
    step reached. 收集议题 is dated 提出日期; later steps, whose dates a ledger does not hold, are dated
    the same and noted 据台账导入 (not 跳过: the ledger does not say they were skipped)."""
    by = context.current().username
    out = []
    for p, rid in zip(rows, ids):
        day = p.values["proposed_on"]
        for step in range(1, (p.values.get("step") or 1) + 1):
            note = "" if step == 1 else IMPORTED_STEP
            out.append({"topic": rid, "step": step, "date": day, "note": note, "by": by})
    return out


def after_insert(kind: str, rows: list, ids: list[int]) -> None:
    """Child rows: parties of a case; planned, swapped and present members of a duty slot; topic steps."""
    if kind == "topic":
        insert_rows(TopicStep, topic_steps(rows, ids), audit=False)
    elif kind == "proposal":
        insert_rows(ProposalMember, [{"proposal": rid, "member": mid, "position": i}
                                     for p, rid in zip(rows, ids) for i, mid in enumerate(dict.fromkeys(p.members))],
                    audit=False)
    elif kind == "referral":
        insert_rows(ReferralFollow, [{**f, "referral": rid} for p, rid in zip(rows, ids)
                                     for f in p.extra.get("follows", ())], audit=False)
    elif kind == "dispute":
        insert_rows(Party, [{**party, "dispute": rid}
                            for p, rid in zip(rows, ids) for party in p.extra.get("parties", ())], audit=False)
    elif kind == "duty_slot":
        links, swap_rows = [], []
        for p, rid in zip(rows, ids):
            state: dict[int, dict] = {}
            for mid in p.extra.get("planned", ()):
                state[mid] = {"slot": rid, "member": mid, "planned": True, "active": True, "present": None}
            for orig, sub, reason in p.extra.get("swaps", ()):
                if orig in state:
                    state[orig]["active"] = False
                if sub in state:
                    state[sub]["active"] = True
                else:
                    state[sub] = {"slot": rid, "member": sub, "planned": False, "active": True, "present": None}
                swap_rows.append({"slot": rid, "original": orig, "substitute": sub, "reason": reason})
            present = p.extra.get("present")
            if present:
                for mid, link in state.items():
                    link["present"] = mid in present if link["active"] or mid in present else None
            links.extend(state.values())
        insert_rows(DutyMember, links, audit=False)
        insert_rows(Swap, swap_rows, audit=False)


def existing_numbers(kind: str) -> set[str]:
    """The own station's case numbers / topic codes / proposal numbers (unique per station)."""
    if kind == "dispute":
        return {r[0] for r in Dispute.select(Dispute.case_no).where(Dispute.station == OWN_STATION_ID).tuples()}
    if kind == "topic":
        return {r[0] for r in Topic.select(Topic.code).where(Topic.station == OWN_STATION_ID).tuples()}
    if kind == "proposal":
        return {r[0] for r in Proposal.select(Proposal.number).where(Proposal.station == OWN_STATION_ID).tuples()}
    return set()


def existing_filing_numbers() -> set[str]:
    """The 立案号 of the proposals not in the recycle bin (services.proposals refuses a second one)."""
    return {r[0] for r in Proposal.alive(Proposal.filing_no).where(Proposal.filing_no != "").tuples()}
