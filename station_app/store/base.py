"""The database proxy and the base classes every stored record derives from."""

from __future__ import annotations

import copy
import datetime as dt
import json
import uuid as uuidlib
from decimal import Decimal

import peewee as pw

database_proxy = pw.DatabaseProxy()


def _copy_inherited_field(field: pw.Field, memo: dict) -> pw.Field:
    """What peewee's ModelBase asks for each field a model inherits (copy.deepcopy), made shallow.

    A field's attributes are names, flags, callables and the model classes it is bound to — all shared by
    a deep copy too — so a copy with its own containers is the same thing; the generic deep copy walked
    ≈ 50 objects per field, ≈ 15 ms of every start for the ≈ 330 inherited fields (Record, Owned).
    """
    new = copy.copy(field)
    for name, value in vars(new).items():
        if isinstance(value, (list, dict, set)):
            setattr(new, name, copy.copy(value))
    memo[id(field)] = new
    return new


pw.Field.__deepcopy__ = _copy_inherited_field  # DeferredForeignKey keeps its own


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class JSONField(pw.TextField):
    """A small JSON value stored as text (lists of names, step details)."""

    def db_value(self, value):
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, default=_json_default)

    def python_value(self, value):
        if value is None or value == "":
            return None
        return json.loads(value)


def _json_default(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


TRACKING = ("revision", "change_seq")  # columns the change-tracking triggers own


class BaseModel(pw.Model):
    """Every table: integer id and a uuid that stays stable when stations are merged upstream."""

    uuid = pw.CharField(max_length=36, unique=True, default=new_uuid)

    class Meta:
        database = database_proxy
        legacy_table_names = False

    def save(self, force_insert=False, only=None):
        """Save as peewee does, except that an update never writes revision and change_seq: the triggers
        keep them (store/sync.py), and the values held in memory are those of when the row was read."""
        if only is None and not force_insert and self._pk is not None:
            only = [f for f in self._meta.sorted_fields
                    if f.name not in TRACKING and f is not self._meta.primary_key]
        return super().save(force_insert=force_insert, only=only)


class Record(BaseModel):
    """A top-level record: tracked creation/update and soft deletion (回收站)."""

    created_at = pw.DateTimeField(default=now)
    updated_at = pw.DateTimeField(default=now)
    created_by = pw.CharField(max_length=64, null=True)
    updated_by = pw.CharField(max_length=64, null=True)
    deleted = pw.BooleanField(default=False, index=True)
    deleted_at = pw.DateTimeField(null=True)
    # revision: bumped by one on every change (store/sync.py's triggers; an import writes the origin's);
    # change_seq: the database-wide change counter at the row's last insert or update (what a package carries)
    revision = pw.IntegerField(default=1, constraints=[pw.SQL("DEFAULT 1")])
    change_seq = pw.IntegerField(default=0, constraints=[pw.SQL("DEFAULT 0")])

    @classmethod
    def alive(cls, *fields):
        """Select rows not in the recycle bin."""
        return cls.select(*fields).where(cls.deleted == False)


class ChildRow(BaseModel):
    """A row owned by a record (party, session, link); deleted with its owner."""

    revision = pw.IntegerField(default=1, constraints=[pw.SQL("DEFAULT 1")])
    change_seq = pw.IntegerField(default=0, constraints=[pw.SQL("DEFAULT 0")])
