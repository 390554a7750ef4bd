"""Before an export writes: the records holding characters no bundled font can print (they print as □).

Checks the text fields (services/fields.py) of the records a sheet export renders, the rows printed with
them (a reception day's visits, a dispute's parties, sessions and follow-ups, a topic's meetings), the
members' names and the station, and names each record by kind, number and title.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station_app.outputs.sheets.fonts import MISSING_MARK, missing_chars
from station_app.outputs.sheets.kinds import SheetError
from station_app.outputs.sheets.registry import SPECS
from station_app.services.fields import BY_MODEL
from station_app.store import models as M

TEXT_TYPES = {"text", "longtext", "lookup", "choice", "phone", "id_number"}
CHILDREN = {  # rows a sheet prints with its record: (model, foreign key to the record)
    M.ReceptionDay: ((M.Visit, "reception_day"),),
    M.Dispute: ((M.Party, "dispute"), (M.MediationSession, "dispute"), (M.FollowUp, "dispute")),
    M.Topic: ((M.Meeting, "topic"),),
}
LIMIT = 20  # findings listed in one message


@dataclass(frozen=True)
class Finding:
    where: str  # 来访登记（编号 12，张三）
    field: str
    chars: tuple[str, ...]

    def text(self) -> str:
        chars = "、".join(f"“{c}”(U+{ord(c):04X})" for c in self.chars)
        return f"{self.where}的“{self.field}”：{chars}"


def describe(record) -> str:
    kind = BY_MODEL.get(type(record))
    label = kind.label if kind else type(record).__name__
    title = getattr(record, kind.title_field, "") if kind and kind.title_field else ""
    if isinstance(title, dt.date):
        title = f"{title.year}年{title.month}月{title.day}日"
    return f"{label}（编号 {record.id}{'，' + str(title) if title else ''}）"


def _fields(model):
    kind = BY_MODEL.get(model)
    return [f for f in kind.fields if f.type in TEXT_TYPES] if kind else []


def _check(record, where: str, out: list, fields=None) -> None:
    for f in fields if fields is not None else _fields(type(record)):
        value = getattr(record, f.name, None)
        if isinstance(value, str) and value:
            lost = missing_chars(value)
            if lost:
                out.append(Finding(where, f.label, tuple(lost)))


def _blob(rows, fields) -> str:
    return "\n".join(v for r in rows for f in fields if isinstance(v := getattr(r, f.name, None), str))


def check_records(records) -> list[Finding]:
    """Findings in *records* (model instances of one or more kinds) and the rows printed with them."""
    out: list[Finding] = []
    by_model: dict[type, list] = {}
    for r in records:
        if hasattr(r, "_meta"):
            by_model.setdefault(type(r), []).append(r)
    for model, rows in by_model.items():
        fields = _fields(model)
        if missing_chars(_blob(rows, fields)):  # one pass over all texts; record by record only on a hit
            for r in rows:
                _check(r, describe(r), out, fields)
        owners = {r.id: r for r in rows}
        for child, fk in CHILDREN.get(model, ()):
            cfields, col = _fields(child), getattr(child, fk)
            ids = list(owners)
            for start in range(0, len(ids), 500):
                query = child.alive() if hasattr(child, "alive") else child.select()
                kids = list(query.where(col.in_(ids[start:start + 500])))
                if not missing_chars(_blob(kids, cfields)):
                    continue
                for k in kids:
                    owner = owners[getattr(k, f"{fk}_id")]
                    _check(k, f"{describe(owner)}中的{describe(k)}", out, cfields)
    return out


def common_findings() -> list[Finding]:
    """The station and the members' names: printed on every sheet, or wherever a member is named."""
    out: list[Finding] = []
    for st in M.Station.alive().where(M.Station.own == True):
        _check(st, describe(st), out)
    names = list(M.Member.alive(M.Member.id, M.Member.name))
    if missing_chars("\n".join(m.name or "" for m in names)):
        for m in names:
            _check(m, describe(m), out, [BY_MODEL[M.Member].field("name")])
    return out


def sheet_findings(kind: str, ids, year=None) -> list[Finding]:
    """Findings for `render_sheet(kind, ids, year=year)`; an unknown kind or id finds nothing here."""
    spec = SPECS.get(kind)
    if spec is None:
        return []
    try:
        records = spec.select(list(ids) if ids is not None else None, year)
    except SheetError:
        return []  # the export itself says what is wrong
    return common_findings() + check_records(records)


def message(findings: list[Finding]) -> str:
    """The warning shown before the export: each record and its characters, at most LIMIT of them."""
    if not findings:
        return ""
    lines = [f.text() for f in findings[:LIMIT]]
    if len(findings) > LIMIT:
        lines.append(f"……另有 {len(findings) - LIMIT} 处")
    return (f"以下记录含有内置字体都没有的字符，档案中将印为“{MISSING_MARK}”，请核对或手工补写：\n"
            + "\n".join(lines))


def chars_of(findings: list[Finding]) -> set[str]:
    return {c for f in findings for c in f.chars}
