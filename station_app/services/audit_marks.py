"""Where the audit log stands, read cheaply: the notice bar (ui/undo_bar) asks after every status message
whether the signed-in user wrote something new. Only the key is read, and only the entries since the last
look; no record services are imported (they load after the window is shown)."""

from __future__ import annotations

from peewee import fn

from station_app.store.models import AuditLog


def last_entry_id() -> int:
    """The id of the newest audit entry of anyone (0 on an empty log)."""
    return AuditLog.select(fn.MAX(AuditLog.id)).scalar() or 0


def newest_entry_id(username: str, after: int = 0) -> int:
    """The id of the user's newest audit entry after entry *after* (0 without one). Pass the id last
    looked at: a user without entries would otherwise have the whole log read."""
    row = (AuditLog.select(AuditLog.id).where(AuditLog.id > after, AuditLog.username == username)
           .order_by(AuditLog.id.desc()).first())
    return row.id if row else 0
