"""The 督办 list: every matter handed to a department becomes a 交办 item kept in step with its source.

Sources (choices.REFERRAL_KINDS):
- a visit whose 处理方式 is 转交部门办理 and that names a 承办部门 (handed over on the visit's date);
- a topic whose 成果分类 is one of Setting "referral_grades" (default A) and that names a 承办单位 (handed
  over on its latest step's date);
- a proposal with 立案情况 立案 and a 主办单位 (handed over on the proposal's 交办日期);
- an opinion whose 批示 names a unit (待交办 until the 交办日期 is entered on the item).

Who owns what: the 承办单位 always follows the source (changing it there updates the item; the item
dialog shows it read-only). A proposal's 交办日期 / 答复日期 / 答复内容 are owned by the proposal (its
dialog edits them; the item shows them read-only). Everything else (dates of other kinds, limit, 督办记录,
reply, result, feedback) is owned by the item. When the source stops handing the matter over, an item
without any follow-up, reply or feedback is deleted; one that has them is kept and reads
「（已撤销交办）」 beside its source (`withdrawn()`). A source in the recycle bin hides its item everywhere
(the item is put in the recycle bin with it and comes back when the source is restored).

The service keeps `state` and `due_on`: 待交办 → 办理中 → 已答复 → 已反馈; due = 交办日期 + the limit
(services.referral_limits); on time = replied by the due date; overdue = not replied and past it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

import peewee as pw

from station_app.services import changes, context, record_events, records, referral_figures, stations
from station_app.services.errors import FieldProblem, ValidationError
from station_app.services.fields import REFERRAL, REFERRAL_FOLLOW
from station_app.services.referral_due import DepartmentDue, DueLine, due_report, week_days_left  # noqa: F401
from station_app.services.referral_limits import (  # noqa: F401  (part of this module's interface)
    DueCalculator,
    Limit,
    add_limit,
    due_date,
    limit_of,
    limits,
    referral_grades,
)
from station_app.services.validation import validate
from station_app.store.base import database_proxy, now
from station_app.store.choices import REFERRAL_KIND_LABELS, REFERRAL_KINDS
from station_app.store.models import (
    Member,
    Opinion,
    Proposal,
    ProposalMember,
    Referral,
    ReferralFollow,
    Topic,
    TopicStep,
    Visit,
)
from station_app.store.org import OWN_STATION_ID

VISIT_HANDOVER = "转交部门办理"
FILED = "立案"
MODELS: dict[str, type] = {"visit": Visit, "topic": Topic, "proposal": Proposal, "opinion": Opinion}
KIND_OF_MODEL = {m: k for k, m in MODELS.items()}
# item fields the source owns, per kind (kept equal to the source on every save of it)
OWNED = {"visit": ("department",), "topic": ("department",), "opinion": ("department",),
         "proposal": ("department", "assigned_on", "replied_on", "reply")}
CHUNK = 5000
_PLACE = re.compile(r"([^省市县区镇乡街道\d\s,，、()（）#号路街巷弄组栋-]{1,8}?(?:村|社区))")


# ---- reading a source ----
def public_name(address: str) -> str:
    """How the 回音壁 names a visitor without personal names: 「沙河村群众」 from 「东风镇沙河村3组」."""
    m = _PLACE.search(address or "")
    return f"{m.group(1)}群众" if m else "群众"


def _dept(text: str | None) -> str:
    return (text or "").strip()[:50]


def _wanted(kind: str, src, *, grades: Sequence[str] | None = None, step_date: dt.date | None = None,
            lead: str | None = None) -> dict | None:
    """The item values *src* hands over, or None when it hands nothing to a department."""
    if kind == "visit":
        if src.handling != VISIT_HANDOVER or not _dept(src.handling_dept):
            return None
        return {"department": _dept(src.handling_dept), "matter": src.content or "", "asker": src.visitor_name or "",
                "asker_public": public_name(src.visitor_address), "assigned_on": src.visit_date}
    if kind == "topic":
        grades = referral_grades() if grades is None else grades
        if not src.grade or src.grade not in grades or not _dept(src.undertaker):
            return None
        if step_date is None:
            step_date = (TopicStep.select(pw.fn.MAX(TopicStep.date)).where(TopicStep.topic == src.id).scalar())
        return {"department": _dept(src.undertaker), "matter": src.title or "", "asker": src.proposer or "",
                "asker_public": src.proposer or "", "assigned_on": step_date or src.proposed_on}
    if kind == "proposal":
        if src.filing != FILED or not _dept(src.main_dept):
            return None
        if lead is None:
            row = (Member.select(Member.name).join(ProposalMember)
                   .where(ProposalMember.proposal == src.id)
                   .order_by(ProposalMember.position, ProposalMember.id).first())
            lead = row.name if row else ""
        return {"department": _dept(src.main_dept), "matter": src.title or "", "asker": lead,
                "asker_public": f"{lead}委员" if lead else "", "assigned_on": src.assigned_on,
                "replied_on": src.replied_on, "reply": src.reply_summary or ""}
    if kind == "opinion":
        if not _dept(src.instruction_unit):
            return None
        return {"department": _dept(src.instruction_unit), "matter": src.title or "", "asker": src.reporter or "",
                "asker_public": src.reporter_unit or src.reporter or "", "assigned_on": None}
    raise KeyError(kind)


def source_of(item: Referral):
    """The visit / topic / proposal / opinion the item came from (None if gone)."""
    model = MODELS[item.source_kind]
    source_id = getattr(item, f"{item.source_kind}_id")
    return model.get_or_none(model.id == source_id) if source_id else None


def withdrawn(item: Referral, source=None) -> bool:
    """The source no longer hands the matter over, but the item was kept for its follow-ups or reply."""
    source = source if source is not None else source_of(item)
    return source is not None and _wanted(item.source_kind, source) is None


# ---- state and due date ----
def state_of(item) -> str:
    return referral_figures.state_of(item.assigned_on, item.replied_on, item.fed_back_on)


def is_overdue(item, today: dt.date | None = None) -> bool:
    """Not replied and past its due date (COMMON semantics)."""
    today = today or dt.date.today()
    return item.replied_on is None and item.due_on is not None and item.due_on < today


def is_on_time(item) -> bool | None:
    """Replied by the due date (None while not replied or without a due date)."""
    if item.replied_on is None or item.due_on is None:
        return None
    return item.replied_on <= item.due_on


def limit_for(item) -> Limit:
    """The item's limit: its own override, else its kind's default."""
    if item.limit_days:
        return Limit(item.limit_days, item.limit_unit or "day")
    return limit_of(item.source_kind)


def _derive(item, calc: DueCalculator | None = None) -> dict:
    if calc is not None:
        due = calc.due(item.source_kind, item.assigned_on, item.limit_days, item.limit_unit)
    else:
        due = due_date(item.source_kind, item.assigned_on, item.limit_days, item.limit_unit)
    return {"due_on": due, "state": state_of(item)}


def _refresh(item, calc: DueCalculator | None = None) -> bool:
    """Store the derived due date and state when they changed (no audit: they follow the dates)."""
    derived = _derive(item, calc)
    if all(getattr(item, k) == v for k, v in derived.items()):
        return False
    for k, v in derived.items():
        setattr(item, k, v)
    Referral.update(**derived).where(Referral.id == item.id).execute()
    changes.touched(Referral)
    return True


def touched(item) -> bool:
    """Work was done on it: a follow-up, a reply or a feedback."""
    if item.replied_on or item.fed_back_on or (item.reply and item.source_kind != "proposal") or item.result:
        return True
    return ReferralFollow.select().where(ReferralFollow.referral == item.id).exists()


# ---- keeping items in step with their sources ----
def _stamp(item) -> None:
    user = context.current().username
    item.created_by = item.created_by or user
    item.updated_by = user
    item.created_at = item.created_at or now()
    item.updated_at = now()


def sync(source) -> Referral | None:
    """Create, update or remove the item of one source after it was saved; returns the live item."""
    kind = KIND_OF_MODEL[type(source)]
    fk = getattr(Referral, kind)
    item = Referral.get_or_none(fk == source.id)
    wanted = _wanted(kind, source)
    if wanted is None:
        if item is not None and not touched(item):
            records.audit("delete", item, records.snapshot(item), None, note="来源不再交办部门办理")
            item.delete_instance()
            changes.touched(Referral)
            return None
        return item
    if item is None:
        item = Referral(source_kind=kind, **{kind: source.id}, **wanted, deleted=bool(source.deleted))
        item.due_on, item.state = _derive(item).values()
        _stamp(item)
        item.save(force_insert=True)
        changes.touched(Referral)
        records.audit("create", item, None, records.snapshot(item), note=f"由{REFERRAL_KIND_LABELS[kind]}交办")
        return item
    before = records.snapshot(item)
    for name in OWNED[kind]:
        setattr(item, name, wanted[name])
    if item.assigned_on is None and wanted.get("assigned_on"):
        item.assigned_on = wanted["assigned_on"]
    item.deleted = bool(source.deleted)
    item.due_on, item.state = _derive(item).values()
    after = records.snapshot(item)
    changed = {k: v for k, v in after.items() if before.get(k) != v}
    if changed:
        item.updated_at, item.updated_by = now(), context.current().username
        item.save()
        changes.touched(Referral)
        records.audit("update", item, {k: before.get(k) for k in changed}, changed, note="随来源记录更新")
    return item


def _hide(kind: str, source_id: int, hidden: bool) -> None:
    if Referral.update(deleted=hidden, deleted_at=now() if hidden else None).where(
            getattr(Referral, kind) == source_id).execute():
        changes.touched(Referral)


@record_events.on_saved
def _on_saved(action: str, instance) -> None:
    kind = KIND_OF_MODEL.get(type(instance))
    if kind is not None:
        if action == "delete":
            _hide(kind, instance.id, True)
        elif action == "restore":
            _hide(kind, instance.id, False)
            sync(instance)
        else:
            sync(instance)
    elif isinstance(instance, Referral) and action in ("create", "update"):
        _refresh(instance)


@record_events.on_inserted
def _on_inserted(model, ids: Sequence[int]) -> None:
    kind = KIND_OF_MODEL.get(model)
    if kind is not None:
        for start in range(0, len(ids), CHUNK):
            _create_missing(kind, ids[start:start + CHUNK])
    elif model is Referral:  # imported items: their due dates and states
        calc = DueCalculator()
        for start in range(0, len(ids), CHUNK):
            for item in Referral.select().where(Referral.id.in_(list(ids[start:start + CHUNK]))
                                                & (Referral.station == OWN_STATION_ID)):
                _refresh(item, calc)


@record_events.on_inserting
def _on_inserting(model, rows: Sequence[dict]) -> None:
    """Imported 交办 items (a 督办 ledger) replace the untouched items their sources already made."""
    if model is not Referral:
        return
    for kind in REFERRAL_KINDS:
        ids = [int(getattr(r[kind], "id", r[kind])) for r in rows if r.get(kind)]
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            followed = ReferralFollow.select(ReferralFollow.referral)
            own_reply = Referral.replied_on.is_null() if kind != "proposal" else True  # a proposal's comes from it
            (Referral.delete().where(getattr(Referral, kind).in_(chunk) & own_reply
                                     & Referral.fed_back_on.is_null() & Referral.id.not_in(followed)).execute())
            changes.touched(Referral)


def source_of_imported(rows: Sequence[dict]) -> None:
    """Rows of an imported 督办 ledger name no source record; give each the source of the untouched item
    that its source already made here — same 来源, 事项, 承办单位 and 交办日期 — so the imported row takes
    that item's place (see _on_inserting) instead of standing beside it unlinked."""
    taken: set[tuple[str, int]] = set()
    for row in rows:
        kind = row.get("source_kind")
        if kind not in REFERRAL_KINDS or any(row.get(k) for k in REFERRAL_KINDS):
            continue
        fk = getattr(Referral, kind)
        q = Referral.select(fk, Referral.matter).where(
            (Referral.source_kind == kind) & fk.is_null(False) & (Referral.department == (row.get("department") or "")))
        q = q.where(Referral.assigned_on.is_null() if row.get("assigned_on") is None
                    else Referral.assigned_on == row["assigned_on"])
        free = [(sid, matter) for sid, matter in q.tuples() if (kind, sid) not in taken]
        same = [sid for sid, matter in free if matter == (row.get("matter") or "")]
        # the matter as written in the ledger, else the only item of that unit and day (a proposal's matter
        # may be worded differently from its title)
        chosen = same[0] if same else (free[0][0] if len(free) == 1 else None)
        if chosen is not None:
            taken.add((kind, chosen))
            row[kind] = chosen


def _create_missing(kind: str, ids: Sequence[int] | None = None) -> int:
    """Items for the sources of *kind* (all, or those with *ids*) that hand a matter over but have none.
    Set-based: one query per kind and chunk, one multi-row insert (the county demo and imports)."""
    from station_app.services import bulk

    model = MODELS[kind]
    has_item = Referral.select(Referral.id).where(getattr(Referral, kind) == model.id)
    # the own station's sources only: a registered station's items arrive in its packages
    q = model.select().where(~pw.fn.EXISTS(has_item) & (model.station == OWN_STATION_ID))
    if ids is not None:
        q = q.where(model.id.in_(list(ids)))
    if kind == "visit":
        q = q.where((model.handling == VISIT_HANDOVER) & (pw.fn.trim(model.handling_dept) != ""))
    elif kind == "topic":
        q = q.where(model.grade.in_(referral_grades()) & (pw.fn.trim(model.undertaker) != ""))
    elif kind == "proposal":
        q = q.where((model.filing == FILED) & (pw.fn.trim(model.main_dept) != ""))
    else:
        q = q.where(pw.fn.trim(model.instruction_unit) != "")
    sources = list(q)
    if not sources:
        return 0
    extra: dict[int, dict] = {}
    source_ids = [s.id for s in sources]
    if kind == "topic":
        steps = dict(TopicStep.select(TopicStep.topic, pw.fn.MAX(TopicStep.date))
                     .where(TopicStep.topic.in_(source_ids)).group_by(TopicStep.topic).tuples())
        extra = {i: {"step_date": steps.get(i)} for i in source_ids}
    elif kind == "proposal":
        leads: dict[int, str] = {}
        for pid, name in (ProposalMember.select(ProposalMember.proposal, Member.name).join(Member)
                          .where(ProposalMember.proposal.in_(source_ids))
                          .order_by(ProposalMember.position.desc(), ProposalMember.id.desc()).tuples()):
            leads[pid] = name  # the last written is position 0
        extra = {i: {"lead": leads.get(i, "")} for i in source_ids}
    grades = referral_grades()
    rows = []
    for s in sources:
        wanted = _wanted(kind, s, grades=grades, **extra.get(s.id, {}))
        if wanted is not None:
            rows.append({"source_kind": kind, kind: s.id, **wanted, "deleted": bool(s.deleted),
                         "deleted_at": s.deleted_at if s.deleted else None})
    dates = [r["assigned_on"] for r in rows if r.get("assigned_on")]
    calc = DueCalculator(min(dates) if dates else None, max(dates) if dates else None)
    for row in rows:
        probe = Referral(**{k: v for k, v in row.items() if k != kind})
        row["due_on"] = calc.due(kind, row.get("assigned_on"))
        row["state"] = state_of(probe)
    with record_events.paused():
        bulk.insert_rows(Referral, rows, audit=False)
    return len(rows)


def backfill() -> dict[str, int]:
    """Create the items of every existing record that hands a matter over and has none yet (after the
    v3→v4 migration, after the demo, or when the grades that go to a department change). Returns the
    number created per kind."""
    with changes.operation(), database_proxy.atomic():
        return {kind: _create_missing(kind) for kind in REFERRAL_KINDS}


from station_app.services.referral_due import PENDING_KEY


def backfill_if_pending() -> dict[str, int] | None:
    """Run `backfill()` once after the v3→v4 migration asked for it (the 首页, the 督办 page and `due`
    call this before reading the list); None when nothing was pending."""
    from station_app.services.referral_due import backfill_pending
    from station_app.store.models import Setting

    if not backfill_pending():
        return None
    with changes.operation(), database_proxy.atomic():
        made = backfill()
        Setting.delete().where(Setting.key == PENDING_KEY).execute()
    return made


def recompute_due(kind: str | None = None) -> int:
    """Due dates (and states) again after the default limits or the holiday calendar changed; items with
    their own limit keep it. Returns how many changed. The own station's items only: a registered
    station's dates are as its package gave them (its limits, its calendar)."""
    q = Referral.select().where(Referral.station == OWN_STATION_ID)
    if kind:
        q = q.where(Referral.source_kind == kind)
    calc, changed = DueCalculator(), 0
    with changes.operation(), database_proxy.atomic():
        for item in q:
            changed += _refresh(item, calc)
    return changed


# ---- editing an item ----
ITEM_FIELDS = ("assigned_on", "replied_on", "reply", "result", "fed_back_on", "feedback_method", "feedback_by",
               "satisfaction", "feedback_note", "on_board", "matter", "asker", "asker_public")


def save_item(item: Referral, data: dict) -> Referral:
    """Save what the item dialog edits: dates, limit override (``limit_days`` empty = the kind's default,
    with ``limit_unit``), reply and feedback. Raises ValidationError naming each bad field; nothing is
    saved then. Fields the source owns are ignored (see the module text)."""
    context.require_edit()
    stations.require_own(item, {})
    data = {k: v for k, v in data.items() if k in ITEM_FIELDS + ("limit_days", "limit_unit")}
    for name in OWNED[item.source_kind]:
        data.pop(name, None)
    problems: list[FieldProblem] = []
    extra: dict = {}
    if "limit_days" in data or "limit_unit" in data:
        n = data.pop("limit_days", item.limit_days)
        unit = data.pop("limit_unit", item.limit_unit) or "day"
        if n in (None, ""):
            extra.update(limit_days=None, limit_unit="")
        else:
            from station_app.services.referral_limits import check_limit

            try:
                extra.update(limit_days=check_limit(n, unit), limit_unit=unit)
            except ValidationError as exc:
                problems.extend(exc.problems)
    try:
        cleaned = validate(REFERRAL, data, partial=True, existing=item)
    except ValidationError as exc:
        problems.extend(exc.problems)
        cleaned = {}
    bad = {p.field for p in problems}

    def value(name):
        return cleaned[name] if name in cleaned else getattr(item, name)

    assigned, replied, fed = value("assigned_on"), value("replied_on"), value("fed_back_on")
    if replied and not assigned and "replied_on" not in bad:
        problems.append(FieldProblem("replied_on", "答复日期", "事项尚未交办（没有交办日期），不能登记答复", replied))
    if fed and not replied and "fed_back_on" not in bad:
        problems.append(FieldProblem("fed_back_on", "反馈日期", "尚未答复（没有答复日期），不能登记反馈", fed))
    if assigned and "assigned_on" not in bad and "assigned_on" in cleaned:
        first = ReferralFollow.select(pw.fn.MIN(ReferralFollow.date)).where(ReferralFollow.referral == item.id).scalar()
        if first and first < assigned:
            problems.append(FieldProblem("assigned_on", "交办日期", f"不能晚于已有的督办记录（{first:%Y-%m-%d}）",
                                         assigned))
    if problems:
        raise ValidationError(problems, kind_label=REFERRAL.label)
    probe = Referral(**{**records.snapshot(item), **cleaned, **extra})
    probe.assigned_on, probe.replied_on, probe.fed_back_on = assigned, replied, fed
    extra.update(_derive(probe))
    return records.update(item, cleaned, extra=extra)


def _check_follow(item: Referral, data: dict, existing=None) -> dict:
    cleaned = validate(REFERRAL_FOLLOW, data, partial=existing is not None, existing=existing)
    day = cleaned.get("date", getattr(existing, "date", None))
    if day is not None:
        if item.assigned_on is None:
            raise ValidationError(FieldProblem("date", "督办日期", "事项尚未交办（没有交办日期），不能登记督办"),
                                  kind_label=REFERRAL_FOLLOW.label)
        if day < item.assigned_on:
            raise ValidationError(FieldProblem("date", "督办日期", f"不能早于交办日期（{item.assigned_on:%Y-%m-%d}）",
                                               day), kind_label=REFERRAL_FOLLOW.label)
    return cleaned


def add_follow(item: Referral, data: dict) -> ReferralFollow:
    """A 督办记录 (日期, 方式, 督办人, 情况): not before the hand-over, not in the future."""
    context.require_edit()
    stations.require_own(item, {})
    cleaned = _check_follow(item, data)
    return records.create(REFERRAL_FOLLOW, cleaned, extra={"referral": item}, validated=True)


def update_follow(follow: ReferralFollow, data: dict) -> ReferralFollow:
    context.require_edit()
    stations.require_own(follow, {})
    _check_follow(follow.referral, data, existing=follow)
    return records.update(follow, data)


def delete_follow(follow: ReferralFollow) -> None:
    records.soft_delete(follow)  # a child row: deleted outright, audited


def follows(item: Referral) -> list[ReferralFollow]:
    return list(item.follows.order_by(ReferralFollow.date, ReferralFollow.id))


# ---- reading the list ----
def source_label(kind: str, source) -> str:
    """「来访诉求：张三（2026-09-28）」 — how an item names where it came from."""
    if source is None:
        return f"{REFERRAL_KIND_LABELS[kind]}（已删除）"
    if kind == "visit":
        text = f"{source.visitor_name}（{source.visit_date:%Y-%m-%d}）"
    elif kind == "topic":
        text = source.code or source.title
    elif kind == "proposal":
        text = source.number or source.title
    else:
        text = source.title
    return f"{REFERRAL_KIND_LABELS[kind]}：{text}"


def labels_for(rows: list[dict]) -> None:
    """Fill ``source`` (with 「（已撤销交办）」 when the source stopped handing it over) for list rows
    holding ``source_kind`` and the four source ids: one query per kind."""
    by_kind: dict[str, list[int]] = {}
    for r in rows:
        sid = r.get(r["source_kind"])
        if sid:
            by_kind.setdefault(r["source_kind"], []).append(sid)
    found: dict[tuple[str, int], object] = {}
    grades = referral_grades()
    for kind, ids in by_kind.items():
        model = MODELS[kind]
        for s in model.select().where(model.id.in_(ids)):
            found[(kind, s.id)] = s
    for r in rows:
        kind = r["source_kind"]
        src = found.get((kind, r.get(kind)))
        label = source_label(kind, src)
        if src is not None and _wanted(kind, src, grades=grades, step_date=dt.date.min, lead="") is None:
            label += "（已撤销交办）"
        r["source"] = label


def open_clause(today: dt.date | None = None):
    """Handed over and not replied (what may become overdue)."""
    return Referral.replied_on.is_null() & Referral.assigned_on.is_null(False)


def overdue_clause(today: dt.date):
    return Referral.replied_on.is_null() & (Referral.due_on < today)


def period_clause(start: dt.date | None, end: dt.date | None):
    """Items of a period: handed over in it, or earlier and still open at its start (跨年 items show in
    the later year too); 待交办 items show in every period."""
    cond = None
    if end:
        cond = Referral.assigned_on <= end
    if start:
        still_open = (Referral.assigned_on >= start) | Referral.replied_on.is_null() | (Referral.replied_on >= start)
        cond = still_open if cond is None else (cond & still_open)
    return cond if cond is None else (cond | Referral.assigned_on.is_null())


def alive():
    """Items whose source is not in the recycle bin."""
    return Referral.alive()


def counts(today: dt.date | None = None) -> dict[str, int]:
    """How many live items are in each state, and how many are overdue."""
    today = today or dt.date.today()
    out = {s: 0 for s in ("待交办", "办理中", "已答复", "已反馈")}
    for state, n in alive().select(Referral.state, pw.fn.COUNT(Referral.id)).group_by(Referral.state).tuples():
        out[state] = n
    out["逾期"] = alive().where(overdue_clause(today)).count()
    return out


def items_of(source) -> Iterable[Referral]:
    kind = KIND_OF_MODEL[type(source)]
    return Referral.select().where(getattr(Referral, kind) == source.id)


def get_item(item_id: int) -> Referral | None:
    """The live item with *item_id* (None when gone or its source is in the recycle bin)."""
    return Referral.get_or_none((Referral.id == item_id) & (Referral.deleted == False))


def departments_in_use() -> list[str]:
    """The 承办单位 named by live items, for the 督办 page's filter (the station's order first)."""
    from station_app.services import departments

    used = {d for (d,) in alive().select(Referral.department).distinct().tuples() if d}
    ordered = [d for d in departments.names(include_inactive=True) if d in used]
    return ordered + sorted(used - set(ordered))
