"""Numbers that never move (登记编号 / 件号 / 卷号): assigned once per year and kind, stored in ItemNumber.

A number is taken from CaseCounter (kind "item:<kind>"), whose counters never go down: back-filling an
earlier record gives it the next free number and moves no other; a deleted record keeps its number
reserved (restored, it has it again; purged, the number is never given again). A record whose date
later moves to another year keeps its number: the number belongs to the year it was taken in, and the
archive stamp prints that year (Number.year), not the record's new date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from station_app.store.base import database_proxy, new_uuid
from station_app.store.models import Activity, CaseCounter, ItemNumber, ReceptionDay, Topic, Visit
from station_app.store.org import OWN_STATION_ID

# ItemNumber kind -> the prefix of its printed number (来访-007)
PREFIX = {"visit": "来访", "activity": "活动", "reception": "接待", "topic": "议题", "roster": "值班",
          "member": "委员", "report": "报告", "board": "回音壁"}
DOSSIER = "dossier"  # 卷号 of archived mediation dossiers, printed （2026）人调字第007号
DOSSIER_FORMAT = "（{year}）人调字第{seq:03d}号"
_DOSSIER_RE = re.compile(r"^\s*[（(〔\[]\s*(\d{4})\s*[）)〕\]]\s*人调字\s*第?\s*0*(\d+)\s*号?\s*$")

# records numbered when they are saved: model -> (ItemNumber kind, date field that gives the year)
RECORD_KINDS = {Visit: ("visit", "visit_date"), Activity: ("activity", "date"),
                ReceptionDay: ("reception", "date"), Topic: ("topic", "proposed_on")}
KIND_MODEL = {kind: (model, field) for model, (kind, field) in RECORD_KINDS.items()}
CHUNK = 500


class NumberTaken(Exception):
    """A wanted number is already used in its year (the message is Chinese)."""


@dataclass(frozen=True)
class Number:
    kind: str
    year: int
    seq: int  # 0: none (a registered station's record that came without its number): printed blank

    @property
    def text(self) -> str:
        if self.seq == 0:
            return ""
        if self.kind == DOSSIER:
            return DOSSIER_FORMAT.format(year=self.year, seq=self.seq)
        return f"{PREFIX.get(self.kind, self.kind)}-{self.seq:03d}"

    def __str__(self) -> str:
        return self.text


def counter_kind(kind: str) -> str:
    return f"item:{kind}"


def _reserve(kind: str, year: int, count: int) -> int:
    """Take *count* numbers of *kind* in *year* from the counter; returns the first."""
    ck = counter_kind(kind)
    counter, _ = CaseCounter.get_or_create(station=OWN_STATION_ID, kind=ck, year=year, defaults={"last": 0})
    CaseCounter.update(last=CaseCounter.last + count).where(CaseCounter.id == counter.id).execute()
    return CaseCounter.get_by_id(counter.id).last - count + 1


def _bump(kind: str, year: int, seq: int) -> None:
    ck = counter_kind(kind)
    counter, _ = CaseCounter.get_or_create(station=OWN_STATION_ID, kind=ck, year=year, defaults={"last": 0})
    if counter.last < seq:
        CaseCounter.update(last=seq).where(CaseCounter.id == counter.id).execute()


def lookup(kind: str, key: str) -> Number | None:
    row = ItemNumber.get_or_none((ItemNumber.kind == kind) & (ItemNumber.key == key))
    return Number(kind, row.year, row.seq) if row else None


def lookup_many(kind: str, keys: Iterable[str]) -> dict[str, Number]:
    """key -> Number for the *keys* that have one (a query per 500 keys, on the (kind, key) index)."""
    keys = list(dict.fromkeys(keys))
    out: dict[str, Number] = {}
    for start in range(0, len(keys), CHUNK):
        q = (ItemNumber.select(ItemNumber.key, ItemNumber.year, ItemNumber.seq)
             .where((ItemNumber.kind == kind) & ItemNumber.key.in_(keys[start:start + CHUNK])).tuples())
        out.update((key, Number(kind, year, seq)) for key, year, seq in q)
    return out


def is_free(kind: str, year: int, seq: int) -> bool:
    return not ItemNumber.select().where((ItemNumber.station == OWN_STATION_ID) & (ItemNumber.kind == kind)
                                         & (ItemNumber.year == year) & (ItemNumber.seq == seq)).exists()


def assign(kind: str, key: str, year: int) -> Number:
    """The number of *key*: the stored one, or the next free one of *year* (stored now)."""
    with database_proxy.atomic():
        found = lookup(kind, key)
        if found is not None:
            return found
        seq = _reserve(kind, year, 1)
        ItemNumber.create(kind=kind, year=year, key=key, seq=seq)
    return Number(kind, year, seq)


def reserve(kind: str, key: str, year: int, seq: int) -> Number:
    """Give *key* exactly number *seq* of *year* (an imported or hand-written number); later ones follow it."""
    with database_proxy.atomic():
        found = lookup(kind, key)
        if found is not None:
            return found
        if not is_free(kind, year, seq):
            raise NumberTaken(f"{year}年的{Number(kind, year, seq).text}已被其他记录使用")
        ItemNumber.create(kind=kind, year=year, key=key, seq=seq)
        _bump(kind, year, seq)
    return Number(kind, year, seq)


def assign_many(kind: str, items: Sequence[tuple[str, int]], given: Sequence[tuple[int, int] | None] | None = None
                ) -> dict[str, Number]:
    """Numbers for many (key, year) at once, in the order given; keys already numbered keep theirs.

    *given*: per item, a (year, number) to keep — checked free by the caller (the ledger importer) — or None.
    One counter update per year and multi-row inserts: the bulk path and the county demo stay fast.
    """
    out = lookup_many(kind, [k for k, _ in items]) if items else {}
    wanted: dict[int, list[str]] = {}
    fixed: list[tuple[str, int, int]] = []
    for i, (key, year) in enumerate(items):
        if key in out:
            continue
        wish = given[i] if given is not None else None
        if wish:
            fixed.append((key, *wish))
            out[key] = Number(kind, *wish)
        else:
            wanted.setdefault(year, []).append(key)
            out[key] = None  # placeholder: a key listed twice is numbered once
    rows = []
    with database_proxy.atomic():
        for key, year, seq in fixed:
            rows.append((new_uuid(), kind, year, key, seq))
        for year in sorted({y for _, y, _ in fixed}):
            _bump(kind, year, max(s for _, y, s in fixed if y == year))
        for year, keys in wanted.items():
            first = _reserve(kind, year, len(keys))
            for n, key in enumerate(keys):
                out[key] = Number(kind, year, first + n)
                rows.append((new_uuid(), kind, year, key, first + n))
        fields = [ItemNumber.uuid, ItemNumber.kind, ItemNumber.year, ItemNumber.key, ItemNumber.seq]
        for start in range(0, len(rows), 2000):
            ItemNumber.insert_many(rows[start:start + 2000], fields=fields).execute()
    return out


# ---- records numbered when saved ----

def number_new(instance) -> Number | None:
    """Number a just-created visit / activity / reception day / topic (records.create, save_raw)."""
    found = RECORD_KINDS.get(type(instance))
    if found is None:
        return None
    kind, field = found
    return assign(kind, instance.uuid, getattr(instance, field).year)


def number_inserted(model, rows: Sequence[dict], given: Sequence[tuple[int, int] | None] | None = None) -> None:
    """Number rows the bulk path just inserted (dicts holding uuid and the date field), in row order."""
    found = RECORD_KINDS.get(model)
    if found is None or not rows:
        return
    kind, field = found
    assign_many(kind, [(r["uuid"], r[field].year) for r in rows], given)


def of_record(instance) -> Number | None:
    found = RECORD_KINDS.get(type(instance))
    return lookup(found[0], instance.uuid) if found else None


def of_records(records: Sequence, *, assign_missing: bool = True) -> dict[str, Number]:
    """uuid -> Number for records of one numbered model; any of the own station's without one (made by a
    path that bypassed the services) is numbered now, in date order, so a sheet never prints a made-up
    number. A registered station's records keep the numbers its packages brought (none is made up here)."""
    if not records:
        return {}
    kind, field = RECORD_KINDS[type(records[0])]
    out = lookup_many(kind, [r.uuid for r in records])
    foreign = [r for r in records if r.uuid not in out and getattr(r, "station_id", OWN_STATION_ID) != OWN_STATION_ID]
    out.update((r.uuid, Number(kind, getattr(r, field).year, 0)) for r in foreign)
    missing = sorted((r for r in records if r.uuid not in out), key=lambda r: (getattr(r, field), r.id))
    if missing and assign_missing:
        out.update(assign_many(kind, [(r.uuid, getattr(r, field).year) for r in missing]))
    return out


# ---- 卷号 of mediation dossiers ----

def parse_dossier_no(text: str) -> tuple[int, int] | None:
    """(year, seq) of a 卷号 written （2026）人调字第7号 (brackets and zeros as people write them)."""
    m = _DOSSIER_RE.match(str(text or ""))
    return (int(m.group(1)), int(m.group(2))) if m else None


def dossier_number(dispute, year: int | None = None, wanted: str = "") -> Number:
    """The 卷号 of *dispute*: the one it was given (kept through un- and re-archiving), else *wanted* when
    it parses and is free, else the next of *year* (the archive year)."""
    found = lookup(DOSSIER, dispute.uuid)
    if found is not None:
        return found
    year = year or dt.date.today().year
    parsed = parse_dossier_no(wanted)
    if parsed and is_free(DOSSIER, *parsed):
        return reserve(DOSSIER, dispute.uuid, *parsed)
    return assign(DOSSIER, dispute.uuid, year)
