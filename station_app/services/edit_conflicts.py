"""No lost update: an edit made on an older revision of a record is merged or refused, never written over.

A dialog remembers the record as it read it (its revision and column values, `Base`). When it saves, the
stored row is read again inside the saving transaction (`guard`): if its revision is still the one read,
the save goes ahead. If someone saved the record in between (another PC, another window, a linked case
that closed), `compare` sets the two edits side by side — what they changed since the base, what this
dialog changed — and the dialog takes their changes where it changed nothing itself (a merge), or, where
both changed the same field to different values, raises `EditConflict` naming who saved and when
(「该记录已被 张三 于 10:42 修改」) for the clerk to choose: see their version, keep mine, or cancel.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

import peewee as pw

from station_app.services import records
from station_app.store.base import TRACKING, database_proxy
from station_app.store.models import User

# columns every save rewrites: not an edit of anyone's
BOOKKEEPING = frozenset(TRACKING) | {"updated_at", "updated_by", "created_at", "created_by"}


@dataclass(frozen=True)
class Base:
    """A record as a dialog read it: its table, id, revision and raw column values."""

    model: type
    record_id: int
    revision: int
    data: dict = field(default_factory=dict)

    @classmethod
    def of(cls, instance) -> Base | None:
        if instance is None or getattr(instance, "id", None) is None:
            return None
        return cls(type(instance), instance.id, getattr(instance, "revision", 0) or 0, dict(instance.__data__))


def _same(a, b) -> bool:
    """Equal as a clerk would see it: '' and None alike, 3 and Decimal('3.00') alike."""
    if a in ("", None) and b in ("", None):
        return True
    if isinstance(a, (int, float, Decimal)) and isinstance(b, (int, float, Decimal)) \
            and not isinstance(a, bool) and not isinstance(b, bool):
        return Decimal(str(a)) == Decimal(str(b))
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        return a.replace(microsecond=0) == b.replace(microsecond=0)
    return a == b


def who(stored) -> str:
    """The display name of whoever saved *stored* last (the account's name, else the user name)."""
    username = getattr(stored, "updated_by", None) or ""
    if not username:
        return "其他用户"
    user = User.get_or_none(User.username == username)
    return (user.display_name or username) if user else username


def when(stored, today: dt.date | None = None) -> str:
    """10:42 today, 12月3日 10:42 earlier this year, 2025年12月3日 10:42 before."""
    at = getattr(stored, "updated_at", None)
    if not isinstance(at, dt.datetime):
        return ""
    today = today or dt.date.today()
    clock = f"{at.hour:02d}:{at.minute:02d}"
    if at.date() == today:
        return clock
    if at.year == today.year:
        return f"{at.month}月{at.day}日 {clock}"
    return f"{at.year}年{at.month}月{at.day}日 {clock}"


class EditConflict(Exception):
    """Someone saved the record after it was read, and both changed the same fields (or it was deleted)."""

    def __init__(self, stored, fields: tuple[str, ...] = (), *, deleted: bool = False):
        self.stored = stored
        self.fields = fields
        self.deleted = deleted
        self.by = who(stored) if stored is not None else "其他用户"
        self.at = when(stored) if stored is not None else ""
        super().__init__(self.message)

    @property
    def message(self) -> str:
        at = f" 于 {self.at}" if self.at else ""
        if self.deleted:
            return f"该记录已被 {self.by}{at} 删除（移入回收站或已不存在），不能再保存。"
        return f"该记录已被 {self.by}{at} 修改"


@dataclass(frozen=True)
class Comparison:
    """Their edit since the base beside this dialog's: fields only they changed, and fields both changed."""

    stored: object
    theirs: frozenset[str]  # changed in the stored row since the base
    conflicts: tuple[str, ...]  # changed by both, to different values
    values: dict = field(default_factory=dict)  # the stored row's values when compared (a save changes *stored*)

    @property
    def changed(self) -> bool:
        return bool(self.theirs)


def stored_row(base: Base, *, lock: bool = False):
    """The row as stored now (None when it is gone); *lock* takes a row lock where the database has them."""
    model = base.model
    q = model.select().where(model.id == base.record_id)
    if lock and not isinstance(database_proxy.obj, pw.SqliteDatabase):
        q = q.for_update()  # a server database: hold the row until the saving transaction ends
    return q.first()


def compare(base: Base, mine: dict, stored=None) -> Comparison:
    """Set the stored row against *base* and this dialog's values *mine* (field name → value).

    A field counts as changed by this dialog when *mine* differs from the base; as a conflict when they also
    changed it and the two values differ (both typing the same correction is no conflict).
    """
    stored = stored if stored is not None else stored_row(base)
    if stored is None or getattr(stored, "deleted", False):
        raise EditConflict(stored, deleted=True)
    now_data = stored.__data__
    theirs = frozenset(k for k in set(base.data) | set(now_data)
                       if k not in BOOKKEEPING and not _same(base.data.get(k), now_data.get(k)))
    conflicts = tuple(k for k, value in mine.items()
                      if k in theirs and not _same(value, base.data.get(k)) and not _same(value, now_data.get(k)))
    return Comparison(stored, theirs, conflicts, dict(now_data))


def _plain(value):
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def log_kept(saved, conflict: EditConflict, comparison: Comparison, mine: dict) -> None:
    """The audit row of 「保留我的修改」: the values of theirs this save wrote over, field by field."""
    records.audit("update", saved, {k: _plain(comparison.values.get(k)) for k in mine},
                  {k: _plain(v) for k, v in mine.items()},
                  note=f"保留本人修改，覆盖了 {conflict.by} 于 {conflict.at} 的修改")


@contextlib.contextmanager
def guard(base: Base | None):
    """A transaction in which the record is still at *base*'s revision: the save inside it cannot lose
    an update saved in between (EditConflict is raised before anything is written). None: a new record."""
    with database_proxy.atomic():
        if base is not None:
            stored = stored_row(base, lock=True)
            if stored is None or getattr(stored, "deleted", False):
                raise EditConflict(stored, deleted=True)
            if stored.revision != base.revision:
                raise EditConflict(stored, tuple(sorted(compare(base, {}, stored).theirs)))
        yield
