"""回音壁: the month's answered 交办 items as a wall poster in large type (ids are month numbers).

What people asked is shown under the item's public name (Referral.asker_public, 「沙河村群众」), never the
visitor's name or phone: a name written into the matter or the reply is replaced by the public name and
phone numbers are masked. What was done, by which unit and when, in type readable from two metres.
"""

from __future__ import annotations

import datetime as dt
import re

from reportlab.lib.colors import Color
from reportlab.platypus import KeepTogether
from reportlab.platypus.flowables import HRFlowable

from station_app.outputs.sheets import blocks as B
from station_app.outputs.sheets.engine import Sheet, Stamp
from station_app.outputs.sheets.fonts import clip
from station_app.outputs.sheets.kinds import SheetError, SheetSpec, sheet_number
from station_app.outputs.sheets.kinds.roster import Month
from station_app.services import item_numbers
from station_app.services.normalize import mask_phone
from station_app.services.referral_figures import alive_clause
from station_app.store.models import Referral, Visit

LABEL = "回音壁"
# who asked, when the item names nobody fit for the wall
DEFAULT_PUBLIC = {"visit": "群众", "topic": "群众代表", "proposal": "政协委员", "opinion": "群众"}
PHONE = re.compile(r"(?<!\d)(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?!\d)")
MATTER_CHARS, REPLY_CHARS = 90, 130  # what a poster line of large type holds in a few lines
RULE = Color(0.6, 0.6, 0.6)
NUMERALS = "一二三四五六七八九十"


def _items(start: dt.date, end: dt.date) -> list:
    return list(Referral.alive().where(alive_clause() & (Referral.on_board == True)
                                       & Referral.replied_on.between(start, end))
                .order_by(Referral.replied_on, Referral.id))


def select(ids, year):
    year = year or dt.date.today().year
    if ids is not None:
        bad = [str(i) for i in ids if not 1 <= int(i) <= 12]
        if bad:
            raise SheetError(f"回音壁按月份生成，--id 应为 1–12 的月份，不能是 {'、'.join(bad)}。")
        return [Month(year, int(i), int(i)) for i in ids]
    months = sorted({r.replied_on.month for r in _items(dt.date(year, 1, 1), dt.date(year, 12, 31))})
    return [Month(year, m, m) for m in months]


def _names(r: Referral) -> list[str]:
    """Personal names the item may carry: who asked, and the visitor of its source visit."""
    names = {r.asker.strip()} if r.asker and r.asker.strip() else set()
    if r.visit_id:
        visitor = Visit.select(Visit.visitor_name).where(Visit.id == r.visit_id).scalar()
        if visitor and visitor.strip():
            names.add(visitor.strip())
    return sorted((n for n in names if len(n) >= 2), key=len, reverse=True)


def public_name(r: Referral) -> str:
    """How the wall names who asked: the item's public name, unless it holds a personal name."""
    given = (r.asker_public or "").strip()
    if given and not any(n in given for n in _names(r)):
        return given
    return DEFAULT_PUBLIC.get(r.source_kind, "群众")


def public_text(text: str, r: Referral, who: str, limit: int) -> str:
    """*text* fit for the wall: personal names replaced by *who*, phone numbers masked, clipped."""
    text = " ".join((text or "").split())
    for name in _names(r):
        if name not in who:
            text = text.replace(name, who)
    return clip(PHONE.sub(lambda m: mask_phone(m.group(1)), text), limit)


def _date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _item(n: int, r: Referral, ctx) -> KeepTogether:
    st, cov = ctx.st, ctx.cov
    who = public_name(r)
    asked = public_text(r.matter, r, who, MATTER_CHARS)
    done = public_text(r.reply or r.result, r, who, REPLY_CHARS)
    number = NUMERALS[n - 1] if n <= len(NUMERALS) else str(n)
    facts = f"承办单位：{r.department}　答复时间：{_date(r.replied_on)}"
    done_label = f"办理情况（{r.result}）" if r.result else "办理情况"
    return KeepTogether([
        B.Paragraph(B.markup(f"{number}、{who}反映：{asked}", cov), st.heading),
        B.Paragraph(B.markup(f"{done_label}：{done}", cov), st.body),
        B.Paragraph(B.markup(facts, cov), st.meta),
        HRFlowable(width="100%", thickness=0.8, color=RULE, spaceBefore=6, spaceAfter=4),
    ])


def build(m: Month, ctx) -> Sheet:
    st, cov = ctx.st, ctx.cov
    items = _items(m.start, m.end)
    station = ctx.station
    contact = "　".join(x for x in (
        f"联络员：{station.liaison}" if station and station.liaison else "",
        f"电话：{station.phone}" if station and station.phone else "") if x)
    flow = [
        B.Paragraph(B.markup(ctx.station_name, cov), st.subtitle),
        B.Paragraph(B.markup(f"回音壁　{m.year}年{m.month}月", cov), st.title),
        B.Paragraph("群众反映的事，件件有回音", st.center), B.spacer(8),
        HRFlowable(width="100%", thickness=1.2, color=RULE, spaceAfter=6),
    ]
    flow += [_item(n, r, ctx) for n, r in enumerate(items, start=1)]
    if not items:
        flow.append(B.Paragraph("本月暂无已答复的事项。", st.body))
    flow += [B.spacer(10), B.Paragraph(B.markup("欢迎继续反映意见建议。" + (f"　{contact}" if contact else ""), cov),
                                       st.small)]
    item = sheet_number(ctx, "board", m.key, m.year).text
    return Sheet(f"{m.year}年{m.month}月{LABEL}", f"{item}_{m.year}年{m.month:02d}月回音壁.pdf",
                 Stamp(ctx.fonds, m.year, "10年", item), flow)


def number(months, year) -> None:
    """件号 of months exported for the first time, in month order (stored; later exports reuse them)."""
    for y in sorted({m.year for m in months}):
        item_numbers.assign_many("board", [(m.key, y) for m in sorted(months, key=lambda m: m.month) if m.year == y])


SPEC = SheetSpec("board", LABEL, "10_回音壁", select, build, scale=1.6, id_help="月份（1–12）",
                 date_of=lambda r: r.start, number=number)
