"""The record-kind registry: for each kind, where it lives in the product (page, ledger, sheet, dialog, member
link, child tables, search document) next to its fields (services.fields). Nothing else keeps these maps.

The GUI reads the page / dialog / sheet keys, list columns and child-table columns from here; the ledgers
read the fields' `exported` flags; the search index (store.fts) is handed `search_sources()` as plain data.
"""

from __future__ import annotations

from dataclasses import dataclass

from station_app.services import masking
from station_app.services.fields import KINDS, Kind, kind_of
from station_app.store import fts
from station_app.store import models as M


@dataclass(frozen=True)
class Child:
    """A table of child rows in its owner's dialog: *relation* is the owner's backref (listing.children)."""

    relation: str
    kind: str | None  # record kind of the rows (labels from its fields); None: *columns* carry labels
    columns: tuple[str | tuple[str, str], ...]  # field names, or (key, label) for computed / renamed columns

    def column_labels(self) -> list[tuple[str, str]]:
        """(key, Chinese label) per column: a field's label from services.fields unless given here."""
        kind = kind_of(self.kind) if self.kind else None
        out = []
        for c in self.columns:
            if isinstance(c, tuple):
                out.append(c)
            elif c == "members" and kind is not None:
                out.append((c, kind.members_label))
            else:
                out.append((c, kind.field(c).label))
        return out

    @property
    def keys(self) -> list[str]:
        return [k for k, _ in self.column_labels()]


@dataclass(frozen=True)
class Entry:
    kind: str
    page: str | None = None  # ui.pages key showing its records (search results, dashboard links)
    ledger: str | None = None  # outputs.ledgers key its list exports to
    sheet: str | None = None  # outputs.sheets key its records print as
    dialog: tuple[str, str] | None = None  # (module under ui.dialogs, class) editing one record
    link: tuple[type, str] | None = None  # (link model, owner field) for a list's members; default member_link
    children: tuple[Child, ...] = ()
    search_title: str | None = None  # "{field} …" template of its search-result title; None: not indexed
    search_date: str | None = None  # the date a search result shows (default: the kind's date_field)
    search_via: tuple[str, ...] = ()  # relations whose rows join its search document (see search_sources)

    @property
    def record_kind(self) -> Kind:
        return kind_of(self.kind)

    @property
    def member_link(self) -> tuple[type, str] | None:
        return self.link or self.record_kind.member_link

    @property
    def print_sheet(self) -> str | None:
        """The sheet its dialog prints (a kind without a dialog prints from its list only)."""
        return self.sheet if self.dialog else None

    def child(self, relation: str) -> Child:
        return next(c for c in self.children if c.relation == relation)


E = Entry
ENTRIES: dict[str, Entry] = {e.kind: e for e in (
    E("visit", "reception", "visits", "visit", ("visit", "VisitDialog"), search_title="{visitor_name}"),
    E("reception_day", "reception", "visits", "reception", ("simple_records", "ReceptionDayDialog")),
    E("duty_slot", "roster", "roster", "roster", link=(M.DutyMember, "slot")),
    E("dispute", "disputes", "disputes", "dispute", ("dispute", "DisputeDialog"), children=(
        Child("parties", "party", ("role", "name", "gender", "age", "occupation", "phone", "address")),
        Child("sessions", "mediation_session",
              ("date", "location", "mediators", "recorder", "participants", "process", "result")),
        Child("followups", "follow_up", ("date", "visitor", "reason", "fulfilment", "satisfaction", "content")),
    ), search_title="{case_no} {dispute_type}", search_via=("parties",)),
    E("activity", "activities", "activities", "activity", ("activity", "ActivityDialog"), search_title="{title}"),
    E("topic", "topics", "topics", "topic", ("topic", "TopicDialog"), children=(
        Child("steps", None, (("step_name", "环节"), ("date", "日期"), ("by", "经办人"), ("note", "情况记录"))),
        Child("meetings", "meeting", ("date", "form", "location", "members", "points", "consensus")),
    ), search_title="{code} {title}"),
    E("opinion", "opinions", "opinions", None, ("simple_records", "OpinionDialog"), search_title="{title}"),
    E("proposal", "proposals", "proposals", "proposal", ("proposal", "ProposalDialog"),
      search_title="{number} {title}", search_via=("members",)),
    E("referral", "referrals", "referrals", None, ("referral", "ReferralDialog"), children=(
        Child("follows", "referral_follow", (("date", "日期"), ("method", "方式"), "by", ("note", "情况"))),
    )),
    E("member", "members", "members", "member", ("simple_records", "MemberDialog"),
      search_title="{name}（{sector}）", search_date="joined_on"),
)}


def entry(kind: str) -> Entry | None:
    return ENTRIES.get(kind)


def _where(attr: str) -> dict[str, str]:
    return {k: getattr(e, attr) for k, e in ENTRIES.items() if getattr(e, attr)}


PAGE_OF = _where("page")  # kind -> page key
LEDGER_OF = _where("ledger")  # kind -> ledger key
SHEET_OF = _where("sheet")  # kind -> sheet key (list printing)
PRINT_SHEET_OF = _where("print_sheet")  # kind -> sheet key printed from its dialog
DIALOG_OF = _where("dialog")  # kind -> (module, class)
LINKS = {k: e.member_link for k, e in ENTRIES.items() if e.member_link}  # kind -> (link model, owner field)


def _child_text(owner: Kind, relation: str) -> fts.ChildText:
    """The rows of *relation* that join *owner*'s search document: a child kind's searched fields, or the
    names of a member link's members."""
    if relation == "members":
        link, owner_field = owner.member_link
        return fts.ChildText(link._meta.table_name, getattr(link, owner_field).column_name, ("name",),
                             via=(M.Member._meta.table_name, link.member.column_name))
    fk = getattr(owner.model, relation).field  # the child's foreign key to its owner
    kind = kind_of(fk.model)
    return fts.ChildText(fk.model._meta.table_name, fk.column_name, tuple(f.name for f in kind.fields if f.searched))


def _searched(kind: Kind) -> tuple[str, ...]:
    """The searched fields in declaration order, masked ones (phone, ID) last: a result's snippet shows the
    text around a hit, and numbers after the text."""
    fields = [f for f in kind.fields if f.searched]
    return tuple(f.name for f in sorted(fields, key=lambda f: masking.masks(f.sensitivity)))


def search_sources() -> tuple[fts.Source, ...]:
    """What the search index holds, handed down to store.fts: per indexed kind its table, title, date,
    searched fields (Field.searched) and the child rows joining its document."""
    out = []
    for key, e in ENTRIES.items():
        if not e.search_title:
            continue
        kind = KINDS[key]
        out.append(fts.Source(
            key, kind.model._meta.table_name, e.search_title, e.search_date or kind.date_field,
            _searched(kind), tuple(_child_text(kind, rel) for rel in e.search_via)))
    return tuple(out)


fts.configure(search_sources())
