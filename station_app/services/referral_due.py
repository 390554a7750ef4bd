"""What the 督办 list has overdue or due soon, by 承办单位 — read with plain SQL and no heavy imports, so
`station-app due` starts fast (services.referrals re-exports it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from station_app.store.base import database_proxy
from station_app.store.choices import REFERRAL_KIND_LABELS
from station_app.store.org import OWN_STATION_ID

PENDING_KEY = "referrals_backfill_pending"  # set by the v3→v4 migration (store.migrations)


def backfill_pending() -> bool:
    """The v3→v4 migration asked for the 交办 items of the records already handed over."""
    return database_proxy.execute_sql("SELECT 1 FROM setting WHERE key = ?", (PENDING_KEY,)).fetchone() is not None


@dataclass(slots=True)
class DueLine:
    id: int
    kind: str
    matter: str
    department: str
    assigned_on: dt.date | None
    due_on: dt.date
    days_left: int  # negative: days overdue
    state: str
    asker: str

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    @property
    def kind_label(self) -> str:
        return REFERRAL_KIND_LABELS[self.kind]

    def as_json(self) -> dict:
        return {"id": self.id, "kind": self.kind, "kind_label": REFERRAL_KIND_LABELS[self.kind],
                "matter": self.matter, "department": self.department,
                "assigned_on": self.assigned_on.isoformat() if self.assigned_on else None,
                "due_on": self.due_on.isoformat(), "days_left": self.days_left, "overdue": self.overdue,
                "state": self.state}


@dataclass
class DepartmentDue:
    department: str
    overdue: list[DueLine] = field(default_factory=list)
    due: list[DueLine] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.overdue) + len(self.due)


def due_report(today: dt.date | None = None, days: int = 7, *,
               station_id: int | None = OWN_STATION_ID) -> list[DepartmentDue]:
    """Items overdue, or due within *days* days from *today* (today included), grouped by 承办单位:
    departments with the most overdue first; in each, the soonest due first. One query. The own station's
    items by default (what its clerk chases: a registered station's are read-only here); None: every station's."""
    today = today or dt.date.today()
    until = today + dt.timedelta(days=max(days, 0))
    mine = "" if station_id is None else f" AND station_id = {int(station_id)}"
    # plain SQL and ISO dates: a county's thousands of open items read in a few milliseconds
    cursor = database_proxy.execute_sql(
        "SELECT id, source_kind, matter, department, assigned_on, due_on, state, asker FROM referral "
        f"WHERE deleted = FALSE AND replied_on IS NULL AND due_on IS NOT NULL AND due_on <= ?{mine} "
        "ORDER BY due_on, id", (until.isoformat(),))
    groups: dict[str, DepartmentDue] = {}
    iso = dt.date.fromisoformat
    for rid, kind, matter, dept, assigned, due, state, asker in cursor:
        due = iso(str(due)[:10])
        line = DueLine(rid, kind, (matter or "").replace("\n", " "), dept,
                       iso(str(assigned)[:10]) if assigned else None, due, (due - today).days, state, asker)
        group = groups.get(dept)
        if group is None:
            group = groups[dept] = DepartmentDue(dept)
        (group.overdue if line.days_left < 0 else group.due).append(line)
    return sorted(groups.values(), key=lambda g: (-len(g.overdue), -g.total, g.department))


def week_days_left(today: dt.date) -> int:
    """Days from *today* to this week's Sunday (本周到期)."""
    return 6 - today.weekday()


