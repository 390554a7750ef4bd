"""Full ID and phone numbers in exports and prints: administrators only, and every such choice is audited."""

from __future__ import annotations

from station_app.services import context
from station_app.services.errors import PermissionDenied
from station_app.store.models import AuditLog

REFUSED = "只有管理员可以导出或打印完整的身份证号和电话（当前账号：{name}，{role}）；请按默认的脱敏方式导出。"


def may_unmask() -> bool:
    """Whether the acting account may see full ID and phone numbers in an export or a print."""
    return context.current().is_admin


def allow_unmasked(what: str) -> None:
    """Called by every output before it writes full numbers: PermissionDenied unless the actor is an
    administrator; otherwise the choice is written to the audit log (who, when, what)."""
    actor = context.current()
    if not actor.is_admin:
        raise PermissionDenied(REFUSED.format(name=actor.username, role=actor.role))
    AuditLog.create(username=actor.username, action="export_full", table="export",
                    note=f"完整身份证号和电话：{what}"[:200])
