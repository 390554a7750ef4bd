"""活动记录表: one activity with its members, content, outcome and photos scaled to fit."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import cm

import station_app.outputs.sheets.blocks as B
from station_app.outputs.sheets.engine import Sheet, Stamp, fmt_date
from station_app.outputs.sheets.kinds import (
    SheetSpec,
    item_of,
    linked_members,
    names_of,
    number_records,
    safe_name,
    select_records,
)
from station_app.services.attachments import list_for, path_of
from station_app.store.models import Activity, ActivityMember

LABEL = "活动记录表"
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".bmp")


def select(ids, year):
    return select_records(Activity, "date", ids, year)


def photos_of(activity) -> list[tuple[Path, str]]:
    """(file, caption) of the activity's image attachments that exist on disk."""
    atts = list_for(activity)
    out = []
    for att in atts:
        if Path(att.filename).suffix.lower() in PHOTO_SUFFIXES:
            path = Path(path_of(att))
            if path.exists():
                out.append((path, att.caption or Path(att.filename).stem))
    return out


def build(a: Activity, ctx) -> Sheet:
    st, cov, w = ctx.st, ctx.cov, ctx.width
    number = item_of(ctx, a)
    item = number.text
    members = linked_members(ActivityMember, "activity", a)
    pics = photos_of(a)
    flow = [
        B.Paragraph(B.markup(LABEL, cov), st.title),
        B.meta_line(f"编号：{item}", f"活动类型：{a.activity_type}", w, st, cov),
        B.spacer(4),
        B.grid([
            [("活动名称", a.title)],
            [("活动时间", fmt_date(a.date)), ("活动地点", a.location)],
            [("主办单位", a.organizer), ("协办单位", a.co_organizer)],
            [("参加委员", f"{names_of(members)}（{len(members)}人）" if members else "")],
            [("其他人员", a.other_people), ("服务群众", f"{a.people_served} 人次")],
            [("活动内容", a.summary, 5 * cm)],
            [("活动成效", a.outcome, 2.5 * cm)],
        ], w, st, cov),
    ]
    if pics:
        flow += [B.Paragraph("活动照片", st.heading), *B.photos(pics, w, st, cov)]
    flow.append(B.signatures(["记录人", "召集人"], w, st, cov))
    return Sheet(f"{LABEL}（{a.date} {a.title}）", f"{item}_{a.date}_{safe_name(a.title, 24)}.pdf",
                 Stamp(ctx.fonds, number.year, "10年", item), flow)


SPEC = SheetSpec("activity", LABEL, "04_活动记录表", select, build, date_of=lambda r: r.date,
                 number=number_records)
