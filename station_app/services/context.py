"""Who is acting: the logged-in user's name and role, used for audit rows and permission checks."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass

from station_app.services.errors import PermissionDenied


@dataclass
class Actor:
    username: str = "system"
    role: str = "管理员"

    @property
    def can_edit(self) -> bool:
        return self.role in ("管理员", "录入员")

    @property
    def is_admin(self) -> bool:
        return self.role == "管理员"


_current = Actor()


def current() -> Actor:
    return _current


def set_actor(username: str, role: str = "管理员") -> Actor:
    global _current
    _current = Actor(username, role)
    return _current


@contextmanager
def acting_as(username: str, role: str = "管理员"):
    global _current
    before = _current
    _current = Actor(username, role)
    try:
        yield _current
    finally:
        _current = before


def require_edit() -> Actor:
    actor = current()
    if not actor.can_edit:
        raise PermissionDenied()
    return actor


def require_admin() -> Actor:
    actor = current()
    if not actor.is_admin:
        raise PermissionDenied("只有管理员可以修改系统设置、账号和指标。")
    return actor
