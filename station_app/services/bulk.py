"""Bulk path: validate many rows of one kind, then insert them in batches with audit rows and member links."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import ClassVar

from station_app.services import changes, context, departments, item_numbers, record_events
from station_app.services.errors import FieldProblem, ValidationError
from station_app.services.fields import BY_MODEL, Kind, kind_of
from station_app.services.validation import grade_codes, lookup_values, validate
from station_app.store import audit_chain
from station_app.store.base import Record, database_proxy, new_uuid, now
from station_app.store.models import AuditLog

ProgressFn = Callable[[int, int, str], None] | None
CancelFn = Callable[[], bool] | None

MAX_VARIABLES = 30000  # SQLite 3.32+ allows 32766 bound parameters per statement
MAX_ROW_PROBLEMS = 50  # listed in the error; the count of bad rows is always given
_STAMPS = {"uuid", "created_at", "updated_at", "created_by", "updated_by"}  # already in the audit row
_OMIT = (None, "")  # empty values are left out of the audit snapshot of a bulk insert


class Cancelled(Exception):
    """The user cancelled a bulk insert; nothing was saved."""

    def __init__(self, message: str = "已取消，未保存任何记录。"):
        super().__init__(message)
        self.message = message


class BulkValidationError(ValidationError):
    """Some rows are wrong; nothing was saved. `rows` maps the 1-based row number to its problems."""

    def __init__(self, rows: dict[int, list[FieldProblem]], *, kind_label: str = ""):
        self.rows = rows
        problems = [p for n in rows for p in rows[n]]
        super().__init__(problems, kind_label=kind_label)

    @property
    def message(self) -> str:
        head = f"{self.kind_label}：" if self.kind_label else ""
        rows = getattr(self, "rows", {})
        shown = list(rows)[:MAX_ROW_PROBLEMS]
        parts = [f"第{n}行{p}" for n in shown for p in rows[n]]
        more = f"（另有{len(rows) - len(shown)}行有误未列出）" if len(rows) > len(shown) else ""
        return f"{head}{len(rows)}行有误，未保存任何记录：" + "；".join(parts) + more


def preload(kind: Kind) -> tuple[Kind, dict[str, list[str]]]:
    """Read every lookup list *kind* needs once; grade fields become a fixed choice list."""
    lookups = {f.lookup: lookup_values(f.lookup) for f in kind.fields if f.lookup}
    if any(f.type == "grade" for f in kind.fields):
        codes = tuple(grade_codes())
        fields = tuple(dataclasses.replace(f, type="choice", choices=codes) if f.type == "grade" else f
                       for f in kind.fields)
        kind = dataclasses.replace(kind, fields=fields)
    return kind, lookups


def _normalize_grade(kind: Kind, row: dict) -> dict:
    for f in kind.fields:
        if f.type == "grade" and isinstance(row.get(f.name), str):
            text = row[f.name].strip()
            if text[:1].upper() in "ABCDEFGH" and text:
                row = {**row, f.name: text[:1].upper()}
    return row


def validate_rows(kind: Kind | str, rows: Sequence[dict], *, first_row: int = 1) -> list[dict]:
    """Clean every row; raise BulkValidationError naming each bad row (numbered from *first_row*)."""
    kind = kind_of(kind) if isinstance(kind, str) else kind
    checked, lookups = preload(kind)
    out: list[dict] = []
    bad: dict[int, list[FieldProblem]] = {}
    for i, row in enumerate(rows):
        try:
            out.append(validate(checked, _normalize_grade(kind, row), lookups=lookups))
        except ValidationError as exc:
            bad[first_row + i] = exc.problems
    if bad:
        raise BulkValidationError(bad, kind_label=kind.label)
    return out


class _Writer:
    """One model's columns with their converters; multi-row INSERT … RETURNING, SQL built once per size."""

    _cache: ClassVar[dict] = {}  # model -> its writer, built once

    def __init__(self, model):
        fields = [f for name, f in model._meta.fields.items() if name != "id"]
        self.names = [f.name for f in fields]
        self.converters = [f.db_value for f in fields]
        self.defaults = [f.default for f in fields]
        self.batch = max(1, MAX_VARIABLES // len(fields))
        self.table = model._meta.table_name
        self.columns = ", ".join(f'"{f.column_name}"' for f in fields)
        self.uuid_at = self.names.index("uuid")
        self._sql: dict[int, str] = {}

    @classmethod
    def of(cls, model) -> _Writer:
        writer = cls._cache.get(model)
        if writer is None:
            writer = cls._cache[model] = cls(model)
        return writer

    def complete(self, values: dict) -> dict:
        """Every column's Python value: the given one or the model default."""
        return {name: values[name] if name in values else (default() if callable(default) else default)
                for name, default in zip(self.names, self.defaults)}

    def params(self, values: dict) -> list:
        """Database values of a complete row, in column order."""
        return [None if values[name] is None else conv(values[name])
                for name, conv in zip(self.names, self.converters)]

    def insert(self, rows: list[list]) -> list[int]:
        """Insert parameter rows; returns their ids in the same order (matched by uuid)."""
        ids: list[int] = []
        for start in range(0, len(rows), self.batch):
            chunk = rows[start:start + self.batch]
            sql = self._sql.get(len(chunk))
            if sql is None:
                one = "(" + ", ".join("?" * len(self.names)) + ")"
                sql = self._sql[len(chunk)] = (
                    f'INSERT INTO "{self.table}" ({self.columns}) VALUES {", ".join([one] * len(chunk))} '
                    'RETURNING "id", "uuid"')
            flat = [v for row in chunk for v in row]
            got = {u: i for i, u in database_proxy.execute_sql(sql, flat).fetchall()}
            ids.extend(got[row[self.uuid_at]] for row in chunk)
        return ids


def insert_rows(model, rows: Sequence[dict], *, audit: bool = True, progress: ProgressFn = None,
                cancel: CancelFn = None, label: str = "",
                item_seqs: Sequence[tuple[int, int] | None] | None = None
                ) -> list[int]:
    """Insert already-clean *rows* of *model* in batches, stamping and auditing; returns the new ids.

    Missing columns get the model's defaults. Visits, activities, reception days and topics get their
    登记编号 / 件号 in row order (*item_seqs*: per row, a (year, number) to keep, e.g. from an imported ledger).
    The caller provides the transaction.
    """
    if not rows:
        return []
    kind = BY_MODEL.get(model)
    if kind is not None:
        departments.remember(kind, rows)
    record_events.inserting(model, rows)
    writer = _Writer.of(model)
    audit_writer = _Writer.of(AuditLog)
    is_record = issubclass(model, Record)
    user = context.current().username
    stamp = now()
    ids: list[int] = []
    step = min(writer.batch, 2000)
    for start in range(0, len(rows), step):
        if cancel and cancel():
            raise Cancelled()
        chunk = []
        for values in rows[start:start + step]:
            values = dict(values)
            values["uuid"] = values.get("uuid") or new_uuid()
            if is_record:
                values.setdefault("created_at", stamp)
                values.setdefault("updated_at", stamp)
                values.setdefault("created_by", user)
                values["updated_by"] = user
            chunk.append(writer.complete(values))
        new_ids = writer.insert([writer.params(v) for v in chunk])
        ids.extend(new_ids)
        item_numbers.number_inserted(model, chunk, item_seqs[start:start + step] if item_seqs else None)
        if audit:
            audit_rows = []
            for rid, values in zip(new_ids, chunk):
                after = {"id": rid}
                after.update((k, v) for k, v in values.items() if v not in _OMIT and k not in _STAMPS)
                audit_rows.append(audit_writer.params(audit_writer.complete({
                    "at": stamp, "username": user, "action": "create", "table": writer.table,
                    "record_id": rid, "record_uuid": values["uuid"], "after": after,
                })))
            audit_chain.seal_from(database_proxy, audit_writer.insert(audit_rows)[0])
        if progress:
            progress(start + len(chunk), len(rows), label)
    record_events.inserted(model, ids)
    changes.touched(model)  # one notice for the caller's whole operation (see services.changes)
    return ids


def insert_links(link_model, owner_field: str, owner_ids: Sequence[int],
                 members: Sequence[Sequence[int]]) -> int:
    """Insert member links (owner, member) for each owner id; duplicates within a row are dropped."""
    rows = [{owner_field: owner_id, "member": mid}
            for owner_id, ids in zip(owner_ids, members)
            for mid in dict.fromkeys(int(i) for i in (ids or ()))]
    insert_rows(link_model, rows, audit=False)
    return len(rows)


def bulk_create(kind_key: str | Kind, rows: Sequence[dict], members: Sequence[Sequence[int]] | None = None,
                extra: Sequence[dict] | None = None, progress: ProgressFn = None, cancel: CancelFn = None,
                *, first_row: int = 1) -> list[int]:
    """Validate *rows* of a kind and insert them all, or none: returns the new ids in row order.

    *members*: per row, member ids for the kind's member link. *extra*: per row, values set after
    validation (foreign keys, case year …). Bad rows raise BulkValidationError naming row and field.
    """
    context.require_edit()
    kind = kind_of(kind_key) if isinstance(kind_key, str) else kind_key
    if members is not None and len(members) != len(rows):
        raise ValueError("members must have one entry per row")
    if extra is not None and len(extra) != len(rows):
        raise ValueError("extra must have one entry per row")
    cleaned = validate_rows(kind, rows, first_row=first_row)
    if extra is not None:
        for values, more in zip(cleaned, extra):
            values.update(more or {})
    with changes.operation(), database_proxy.atomic():
        ids = insert_rows(kind.model, cleaned, progress=progress, cancel=cancel, label=kind.label)
        if members is not None and kind.member_link:
            link, owner = kind.member_link
            insert_links(link, owner, ids, members)
    return ids
