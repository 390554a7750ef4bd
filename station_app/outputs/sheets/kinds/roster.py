"""月度值班表: the month's duty roster as a wall poster in large type (ids are month numbers)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import station_app.outputs.sheets.blocks as B
from station_app.outputs.sheets.engine import Sheet, Stamp
from station_app.outputs.sheets.kinds import SheetError, SheetSpec, sheet_number, weekday
from station_app.services import item_numbers
from station_app.store.models import DutyMember, DutySlot, Member, Swap

LABEL = "月度值班表"


@dataclass(frozen=True)
class Month:
    year: int
    month: int
    id: int = 0

    @property
    def key(self) -> str:
        return f"{self.year}-{self.month:02d}"  # ItemNumber key of the month's sheet

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def end(self) -> dt.date:
        nxt = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)


def _slots(start, end):
    return list(DutySlot.alive().where(DutySlot.date.between(start, end)).order_by(DutySlot.date, DutySlot.id))


def select(ids, year):
    year = year or dt.date.today().year
    if ids is not None:
        bad = [str(i) for i in ids if not 1 <= int(i) <= 12]
        if bad:
            raise SheetError(f"值班表按月份生成，--id 应为 1–12 的月份，不能是 {'、'.join(bad)}。")
        return [Month(year, int(i), int(i)) for i in ids]
    months = sorted({s.date.month for s in _slots(dt.date(year, 1, 1), dt.date(year, 12, 31))})
    return [Month(year, m, m) for m in months]


def months_of_slots(slot_ids) -> list[Month]:
    """The months holding the given duty slots, in order (what 打印 on the roster page prints)."""
    dates = [s.date for s in DutySlot.alive(DutySlot.date).where(DutySlot.id.in_(list(slot_ids)))]
    return [Month(y, m, m) for y, m in sorted({(d.year, d.month) for d in dates})]


def build(m: Month, ctx) -> Sheet:
    st, cov, w = ctx.st, ctx.cov, ctx.width
    slots = _slots(m.start, m.end)
    rows = []
    for s in slots:
        links = list(DutyMember.select(DutyMember, Member).join(Member)
                     .where((DutyMember.slot == s) & (DutyMember.active == True))
                     .order_by(DutyMember.planned.desc(), DutyMember.id))
        # one member a line: large type never breaks a name or strands “（” at a line's end
        names = "\n".join(x.member.name + ("（调剂）" if not x.planned else "") for x in links)
        note = "取消" if s.state == "取消" else ""
        if Swap.select().where(Swap.slot == s).exists():
            note = (note + " 已调剂").strip()
        rows.append([f"{s.date.month}月{s.date.day}日", weekday(s.date), s.half, names, s.location, note])
    station = ctx.station
    foot = "　".join(x for x in (
        f"接待日：{station.reception_note}" if station and station.reception_note else "",
        f"联络员：{station.liaison}" if station and station.liaison else "",
        f"电话：{station.phone}" if station and station.phone else "") if x)
    flow = [
        B.Paragraph(B.markup(ctx.station_name, cov), st.subtitle),
        B.Paragraph(B.markup(f"{m.year}年{m.month}月委员值班表", cov), st.title), B.spacer(8),
        B.list_table(["日期", "星期", "时段", "值班委员", "地点", "备注"], rows, [3.6, 2.4, 1.8, 4.8, 4.2, 2.6], w,
                     st, cov, min_rows=4),
        B.spacer(10),
        B.Paragraph(B.markup(foot or "如需调换值班，请提前告知联络员。", cov), st.body),
        B.Paragraph("如需调换值班，请提前告知联络员。" if foot else "", st.small),
    ]
    item = sheet_number(ctx, "roster", m.key, m.year).text
    return Sheet(f"{m.year}年{m.month}月{LABEL}", f"{item}_{m.year}年{m.month:02d}月值班表.pdf",
                 Stamp(ctx.fonds, m.year, "10年", item), flow)


def number(months, year) -> None:
    """件号 of months exported for the first time, in month order (stored; later exports reuse them)."""
    for y in sorted({m.year for m in months}):
        item_numbers.assign_many("roster", [(m.key, y) for m in sorted(months, key=lambda m: m.month) if m.year == y])


SPEC = SheetSpec("roster", LABEL, "06_月度值班表", select, build, scale=1.45, id_help="月份（1–12）",
                 date_of=lambda r: r.start, number=number)
