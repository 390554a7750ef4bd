"""A visit's 办理状态 follows the case it became: closed → 已办结, reopened → 办理中 — unless set by hand (no Qt).

"By hand" is read from the audit log: an update of the visit that changed `status` without the
automatic note below (the visit dialog, a bulk edit) means the clerk chose the state; from then on the
case no longer moves it. Automatic changes (this module, conversions) carry AUTO_NOTE.
"""

from __future__ import annotations

from station_app.services import records
from station_app.store import dialect
from station_app.store.models import AuditLog, Dispute, Visit

AUTO_NOTE = "随关联记录自动更新"


def set_by_hand(visit: Visit) -> bool:
    """Whether an audited update of *visit* changed its 办理状态 other than automatically."""
    q = AuditLog.select(AuditLog.id).where(
        (AuditLog.table == "visit") & (AuditLog.record_id == visit.id) & (AuditLog.action == "update")
        & dialect.json_has(AuditLog.after, "status")
        & (AuditLog.note != AUTO_NOTE))
    return q.exists()


def follow_case(dispute: Dispute) -> Visit | None:
    """Bring the source visit of *dispute* in line with the case; returns the visit when it changed."""
    if not dispute.source_visit_id:
        return None
    visit = Visit.get_or_none((Visit.id == dispute.source_visit_id) & (Visit.deleted == False))
    if visit is None:
        return None
    closed = bool(dispute.result or dispute.closed_on) and not dispute.deleted
    if closed and visit.status in ("待办", "办理中"):
        target = "已办结"
    elif not closed and visit.status == "已办结":
        target = "办理中"
    else:
        return None
    if set_by_hand(visit):
        return None
    return records.update(visit, {"status": target}, note=AUTO_NOTE)
