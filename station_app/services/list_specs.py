"""What each list page shows: its columns (labels from services.fields), filters and default order (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from station_app.services.fields import kind_of
from station_app.services.registry import LINKS  # noqa: F401  (kind -> (link model, owner field))
from station_app.store import choices as C
from station_app.store import models as M


@dataclass(frozen=True)
class Column:
    key: str  # a model field or a computed key ("members", "teams", "parties", …)
    label: str
    sortable: bool = True
    width: int = 90


@dataclass(frozen=True)
class ListSpec:
    key: str
    model: type
    columns: tuple[Column, ...]
    date_field: str | None
    category_field: str | None = None
    category_lookup: str | None = None  # Lookup.kind for the category choices
    status_field: str | None = None
    statuses: tuple[str, ...] = ()
    text_fields: tuple[str, ...] = ()
    default_sort: tuple[str, bool] = ("id", True)  # (column key, descending)
    computed: tuple[str, ...] = ()
    extra_fields: tuple[str, ...] = ()  # selected but not shown
    numbered: str | None = None  # ItemNumber kind: column "item_no" shows the stored 登记编号 / 编号

    @property
    def kind(self):
        return kind_of(self.key)

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


def _cols(kind_key: str, *specs) -> tuple[Column, ...]:
    """Columns from field names (label from services.fields) or (key, label[, sortable, width]) tuples."""
    kind = kind_of(kind_key)
    out = []
    for s in specs:
        if isinstance(s, str):
            name, _, width = s.partition(":")
            out.append(Column(name, kind.field(name).label, True, int(width or 90)))
        else:
            out.append(Column(*s))
    return tuple(out)


# a proposal's course in the list (services.proposals.state_of); 未办结 = filed and not yet concluded
PROPOSAL_STATES = ("待交办", "办理中", "已答复", "已办结", "未办结")
PROPOSAL_FLAGS = ("重点提案", "非重点提案")  # the list's 重点 filter

SPECS: dict[str, ListSpec] = {s.key: s for s in (
    ListSpec("visit", M.Visit, _cols(
        "visit", ("item_no", "登记编号", False, 80), "visit_date:90", "visitor_name:80", "people_count:45", "mode:90",
        "category:80",
        ("content", "诉求内容", False, 260), "handling:110", ("members", "接待委员", False, 120),
        "status:70", "satisfaction:70"),
        "visit_date", "category", "visit_category", "status", C.VISIT_STATES,
        ("visitor_name", "content", "visitor_address"),
        ("visit_date", True), ("members",), ("reception_day",), numbered="visit"),
    ListSpec("reception_day", M.ReceptionDay, _cols(
        "reception_day", "date:90", "half:50", "location:140", "theme:160",
        ("members", "值班委员", False, 160), ("visit_count", "来访（件）", False, 70), "recorder:70"),
        "date", None, None, None, (), ("location", "theme", "summary", "recorder"),
        ("date", True), ("members", "visit_count")),
    ListSpec("dispute", M.Dispute, _cols(
        "dispute", "case_no:172", "accepted_on:90", "dispute_type:90", "source:100",
        ("parties", "当事人", False, 150), ("summary", "简要情况", False, 240),
        ("members", "调解员", False, 110), "result:80", ("deadline", "办理期限", False, 90), "closed_on:90"),
        "accepted_on", "dispute_type", "dispute_type", None,
        ("办理中", "临近期限", "已超期", "应回访", "已结案", "已归档"),
        ("case_no", "summary", "location", "other_mediators", "agreement_content"),
        ("accepted_on", True), ("members", "parties", "deadline"),
        ("archive_status", "fulfil_deadline", "agreement_form")),
    ListSpec("activity", M.Activity, _cols(
        "activity", ("item_no", "编号", False, 70), "date:90", "activity_type:90", "title:220", "location:120",
        ("members", "参加委员", False, 160), "people_served:90", "organizer:120"),
        "date", "activity_type", "activity_type", None, (),
        ("title", "location", "summary", "outcome", "organizer"), ("date", True), ("members",),
        numbered="activity"),
    ListSpec("topic", M.Topic, _cols(
        "topic", "code:110", "title:220", "source:90", "proposed_on:90", ("step", "当前环节", True, 80),
        "grade:60", "undertaker:120", "feedback_on:90", "converted:60"),
        "proposed_on", "source", "topic_source", "step", C.TOPIC_STEPS + ("已办结",),
        ("code", "title", "description", "undertaker", "handling_result"), ("proposed_on", True), (),
        ("concluded",)),
    ListSpec("opinion", M.Opinion, _cols(
        "opinion", "title:260", "reporter:80", "reporter_unit:120", "submitted_on:90", "submitted_to:120",
        "adoption:90"),
        "submitted_on", None, None, "adoption", (), ("title", "reporter", "situation", "suggestion"),
        ("submitted_on", True), (), ("member",)),
    ListSpec("referral", M.Referral, _cols(
        "referral", ("source", "来源", False, 230), ("matter", "事项", False, 200), "department:130",
        "assigned_on:90", ("due_on", "期限", True, 90), "state:70", ("last_follow", "最近督办", False, 150),
        ("reply", "答复", False, 180)),
        "assigned_on", "source_kind", None, "state", C.REFERRAL_STATES, ("matter", "department", "asker", "reply"),
        ("due_on", False), ("source", "last_follow"),
        ("source_kind", "visit", "topic", "proposal", "opinion", "replied_on")),
    ListSpec("proposal", M.Proposal, _cols(
        "proposal", "number:150", "title:220", ("members", "提案人", False, 130), "source:80",
        "submitted_on:90", "submitted_to:70", "filing:80", "filing_no:80", "is_key:60", "main_dept:110",
        ("proposal_state", "办理状态", False, 70)),
        "submitted_on", "filing", None, "proposal_state", PROPOSAL_STATES,
        ("number", "title", "reason", "suggestion", "filing_no", "main_dept", "co_depts", "reply_summary"),
        ("submitted_on", True), ("members", "proposal_state"), ("assigned_on", "replied_on", "concluded")),
    ListSpec("member", M.Member, _cols(
        "member", "name:70", "gender:40", "sector:110", "level:60", "role:70",
        ("teams", "工作专班", False, 140), "employer:220", "phone:110", "status:50"),
        None, "sector", "sector", "status", C.MEMBER_STATES, ("name", "employer", "expertise", "note"),
        ("name", False), ("teams",)),
    ListSpec("duty_slot", M.DutySlot, _cols(
        "duty_slot", "date:90", "half:50", "location:140", ("members", "值班委员", False, 200), "state:60",
        "note:200"),
        "date", None, None, "state", C.SLOT_STATES, ("location", "note"), ("date", False), ("members",)),
)}

MEMBER_FILTERABLE = ("visit", "reception_day", "dispute", "activity", "duty_slot", "topic", "opinion", "proposal")


def spec(key: str) -> ListSpec:
    return SPECS[key]


def listed(kind: str) -> tuple[str, ...]:
    """The record fields the list of *kind* shows (its columns' order and widths are declared above)."""
    s = SPECS.get(kind)
    return tuple(c.key for c in s.columns if c.key in s.kind.names) if s else ()
