"""The record ledgers, each declared once: columns and the bulk query that feeds them.

A ledger prints on A4 landscape scaled to the page width, and its body must print at 8 pt or more: the printed
columns' widths (with 序号's 6) may add up to about 183 units (tests/test_ledgers_print.py checks every kind).
Where a kind has more columns than that, those an inspector does not read are declared printed=False: the
sheet keeps them (right of the print area), the printed pages leave them out. Widths are picked by the
characters a line holds — floor((5.25 × width − 5) / 10) at 10 pt: 7 → 3, 9 → 4, 11 → 5, 13 → 6, 15 → 7,
17 → 8, 20 → 10 — so no unit is spent that holds no more text. Visits and activities keep about 11 units free
for a number column; LibreOffice draws a unit about 6 % wider than Excel, so staying near 173 keeps its print
at 8 pt too.
"""

from __future__ import annotations

from operator import itemgetter

from peewee import Case, fn

import station_app.outputs.ledgers.loaders as L
from station_app.outputs.ledgers.spec import Ledger, field_column, shown, uuid_column
from station_app.store import dialect
from station_app.store.choices import HALVES, SLOT_STATES, TOPIC_STEPS, WEEKDAY_NAMES
from station_app.store.models import (
    Activity,
    ActivityMember,
    Dispute,
    DisputeMediator,
    DutyMember,
    DutySlot,
    Member,
    Opinion,
    Swap,
    Topic,
    TopicGrade,
    Visit,
    VisitMember,
)
from station_app.store.models import (
    Member as _M,
)


def _yes_no(key):
    return lambda row: "" if row[key] in (None, "") else ("是" if row[key] else "否")


def _weekday(key):
    return lambda row: WEEKDAY_NAMES[row[key].weekday()] if row[key] else ""


# ---- 委员名册 -------------------------------------------------------------------------------------
def _load_members(start, end, ids):
    q = L.period_query(Member, None, None, None, ids, (Member.status, Member.id))
    return L.stream(q)


def _m(name, width, **kw):
    return field_column("member", name, width, **kw)


MEMBERS = Ledger("members", "委员名册", "委员名册", (
    _m("name", 9), _m("gender", 5), _m("ethnicity", 6), _m("birth_month", 9, fmt="month"), _m("sector", 11),
    _m("level", 6), _m("term", 7), _m("party", 9), _m("employer", 22), _m("expertise", 12, fmt="wrap"),
    _m("phone", 13), _m("role", 9), _m("status", 6), _m("joined_on", 11), _m("note", 14), uuid_column(),
), _load_members, kind="member", dated=False)


# ---- 值班安排表（含调剂、到岗） --------------------------------------------------------------------
def _load_roster(start, end, ids):
    half = Case(DutySlot.half, [(h, i) for i, h in enumerate(HALVES)], 9)
    q = L.period_query(DutySlot, DutySlot.date, start, end, ids, (DutySlot.date, half, DutySlot.location, DutySlot.id))
    owners = q.select(DutySlot.id).order_by()
    planned, present = {}, {}
    links = (DutyMember.select(DutyMember.slot, Member.name, DutyMember.planned, DutyMember.present)
             .join(Member, on=(DutyMember.member == Member.id)).where(DutyMember.slot.in_(owners))
             .order_by(DutyMember.id).tuples())
    for slot_id, name, is_planned, is_present in links.iterator():
        if is_planned:
            planned.setdefault(slot_id, []).append(name)
        if is_present:
            present.setdefault(slot_id, []).append(name)
    swaps = {}
    Sub = _M.alias()
    sq = (Swap.select(Swap.slot, _M.name, Sub.name, Swap.reason).join(_M, on=(Swap.original == _M.id))
          .switch(Swap).join(Sub, on=(Swap.substitute == Sub.id)).where(Swap.slot.in_(owners))
          .order_by(Swap.registered_at, Swap.id).tuples())
    for slot_id, original, substitute, reason in sq.iterator():
        swaps.setdefault(slot_id, []).append(f"{original}→{substitute}（{reason}）")

    def decorate(row):
        row["planned"] = L.JOIN.join(planned.get(row["id"], ()))
        row["swaps"] = "；".join(swaps.get(row["id"], ()))
        row["present"] = L.JOIN.join(present.get(row["id"], ()))
    return L.stream(q, decorate)


ROSTER = Ledger("roster", "值班安排表", "值班安排表", (
    field_column("duty_slot", "date", 11), shown("星期", 7, _weekday("date")), field_column("duty_slot", "half", 6),
    field_column("duty_slot", "location", 24),
    shown("安排委员", 16, itemgetter("planned"), role="planned", synonyms=("值班委员", "值班人员", "委员")),
    shown("调剂情况", 22, itemgetter("swaps"), "wrap", role="swaps", synonyms=("调剂", "替班情况")),
    shown("实到委员", 16, itemgetter("present"), role="present", synonyms=("到岗委员", "实到人员", "到岗情况")),
    field_column("duty_slot", "state", 7, choices=SLOT_STATES), field_column("duty_slot", "note", 14),
    uuid_column(),
), _load_roster, kind="duty_slot", note="调剂情况写作“原值班委员→替班委员（原因）”；实到委员为登记到岗的委员。")


# ---- 接待登记台账 ----------------------------------------------------------------------------------
def _load_visits(start, end, ids):
    q = L.period_query(Visit, Visit.visit_date, start, end, ids, (Visit.visit_date, Visit.visit_time, Visit.id))
    names = L.member_names(VisitMember, "visit", q.select(Visit.id).order_by())
    numbers = L.item_numbers("visit", q.select(Visit.uuid).order_by())
    return L.stream(q, L.names_decorator("members", names), L.numbers_decorator(numbers))


def _v(name, width, **kw):
    return field_column("visit", name, width, **kw)


def _item_no(header: str, *synonyms: str):
    """登记编号 / 编号 as stored: shown, and kept on import when it is free in its year."""
    return shown(header, 9, itemgetter("item_no"), role="item_no", synonyms=synonyms)


VISITS = Ledger("visits", "接待登记台账", "接待登记台账", (
    _item_no("登记编号", "来访编号", "编号", "登记号"), _v("visit_date", 11),
    _v("visit_time", 6, header="时间", synonyms=("来访时间",), printed=False),
    _v("mode", 7), _v("visitor_name", 8), _v("visitor_gender", 5, printed=False), _v("visitor_phone", 13),
    _v("visitor_address", 13, fmt="wrap"), _v("visitor_id_number", 20, printed=False),
    _v("people_count", 6, total=True), _v("visitor_sector", 20, printed=False), _v("category", 9),
    _v("content", 28),
    shown("接待委员", 11, itemgetter("members"), role="members", synonyms=("接待人", "接待委员姓名", "值班委员")),
    _v("handling", 9), _v("handling_dept", 20, printed=False), _v("status", 7), _v("result", 20),
    _v("followup_date", 11, printed=False), _v("followup_note", 13), _v("satisfaction", 8, printed=False),
    uuid_column(),
), _load_visits, kind="visit")


# ---- 矛盾纠纷调解台账 ------------------------------------------------------------------------------
def _load_disputes(start, end, ids):
    q = L.period_query(Dispute, Dispute.accepted_on, start, end, ids, (Dispute.accepted_on, Dispute.id))
    owners = q.select(Dispute.id).order_by()
    names = L.member_names(DisputeMediator, "dispute", owners)
    parties = L.parties_of(owners)

    def decorate(row):
        row["parties"] = parties.get(row["id"], "")
    return L.stream(q, L.names_decorator("mediators", names, "other_mediators"), decorate)


def _d(name, width, **kw):
    return field_column("dispute", name, width, **kw)


def _agreed_amount(row):
    """协议涉及金额: blank, not 0.00, for a case that reached no agreement (still open, 转诉讼 …)."""
    value = row["agreement_amount"]
    return "" if not value and row["result"] != "调解成功" else value


DISPUTES = Ledger("disputes", "矛盾纠纷调解台账", "矛盾纠纷调解台账", (
    _d("case_no", 20), _d("accepted_on", 11), _d("source", 9), _d("dispute_type", 9),
    shown("当事人", 17, itemgetter("parties"), "wrap", role="parties", synonyms=("当事人姓名", "双方当事人")),
    _d("summary", 28), _d("people_count", 6, total=True), _d("amount", 14, total=True),
    shown("调解员", 11, itemgetter("mediators"), role="mediators", synonyms=("调解人", "调解委员")),
    _d("result", 9), _d("agreement_form", 8, printed=False),
    _d("agreement_amount", 14, total=True, get=_agreed_amount), _d("fulfilment", 7),
    _d("closed_on", 11), _d("file_no", 22, printed=False), _d("archive_status", 8, printed=False), uuid_column(),
), _load_disputes, kind="dispute", note="当事人写作“姓名（申请人/被申请人/第三人）”，多人用顿号分隔。")


# ---- 履职活动台账 ----------------------------------------------------------------------------------
def _load_activities(start, end, ids):
    q = L.period_query(Activity, Activity.date, start, end, ids, (Activity.date, Activity.id))
    names = L.member_names(ActivityMember, "activity", q.select(Activity.id).order_by())
    numbers = L.item_numbers("activity", q.select(Activity.uuid).order_by())
    return L.stream(q, L.names_decorator("members", names), L.numbers_decorator(numbers))


def _a(name, width, **kw):
    return field_column("activity", name, width, **kw)


ACTIVITIES = Ledger("activities", "履职活动台账", "履职活动台账", (
    _item_no("编号", "活动编号", "登记编号"), _a("date", 11), _a("activity_type", 9), _a("title", 20, fmt="wrap"),
    _a("location", 11, fmt="wrap"),
    _a("organizer", 11, fmt="wrap"), _a("co_organizer", 9, fmt="wrap"),
    shown("参加委员", 15, itemgetter("members"), "wrap", role="members", synonyms=("参与委员", "参加人员")),
    _a("other_people", 11, fmt="wrap"), _a("people_served", 10, total=True), _a("summary", 30), _a("outcome", 17),
    uuid_column(),
), _load_activities, kind="activity")


# ---- 协商议题台账 ----------------------------------------------------------------------------------
def _step_of(value):
    text = str(value or "").strip()
    return TOPIC_STEPS.index(text) + 1 if text in TOPIC_STEPS else value


def _grade_code(value):
    text = str(value or "").strip()
    return text[:1].upper() if text[:1].isascii() and text[:1].isalpha() else text


def _load_topics(start, end, ids):
    q = L.period_query(Topic, Topic.proposed_on, start, end, ids, (Topic.proposed_on, Topic.id))
    # each station words its own grades: a topic's grade is named from its station's list
    grades = {(g.station_id, g.code): g.name for g in TopicGrade.alive()}

    def decorate(row):
        step = row["step"]
        row["step_name"] = TOPIC_STEPS[step - 1] if 1 <= (step or 0) <= len(TOPIC_STEPS) else ""
        code, key = row["grade"], (row["station"], row["grade"])
        row["grade_name"] = f"{code}（{grades[key]}）" if key in grades else code
    return L.stream(q, decorate)


def _t(name, width, **kw):
    return field_column("topic", name, width, **kw)


TOPICS = Ledger("topics", "协商议题台账", "协商议题台账", (
    _t("code", 13), _t("title", 22, fmt="wrap"), _t("source", 9), _t("proposed_on", 11), _t("proposer", 8),
    _t("step", 9, get=itemgetter("step_name"), fmt="text", parse=_step_of, choices=TOPIC_STEPS),
    _t("suggestions_count", 6, total=True),
    _t("grade", 12, get=itemgetter("grade_name"), parse=_grade_code), _t("undertaker", 12, fmt="wrap"),
    _t("handling_result", 22), _t("feedback_on", 11), _t("converted", 6, get=_yes_no("converted")),
    _t("publicity", 14), uuid_column(),
), _load_topics, kind="topic")


# ---- 社情民意信息台账 ------------------------------------------------------------------------------
def _load_opinions(start, end, ids):
    day = fn.COALESCE(Opinion.submitted_on, dialect.day_of(Opinion.created_at))
    q = L.period_query(Opinion, day, start, end, ids, (day, Opinion.id))
    return L.stream(q)


def _o(name, width, **kw):
    return field_column("opinion", name, width, **kw)


OPINIONS = Ledger("opinions", "社情民意信息台账", "社情民意信息台账", (
    _o("title", 24, fmt="wrap"), _o("reporter", 8), _o("reporter_unit", 12, fmt="wrap"), _o("situation", 26),
    _o("analysis", 22), _o("suggestion", 26), _o("submitted_on", 11), _o("submitted_to", 12, fmt="wrap"),
    _o("adoption", 9), _o("instruction", 14), uuid_column(),
), _load_opinions, kind="opinion")

RECORD_LEDGERS = (MEMBERS, ROSTER, VISITS, DISPUTES, ACTIVITIES, TOPICS, OPINIONS)
