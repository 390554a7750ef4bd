"""The index (目录) of an inspection package: 序号, 文件名称, 页数, 备注 — itself listed first."""

from __future__ import annotations

import io

import station_app.outputs.sheets.blocks as B
from station_app.outputs.sheets.engine import Context, RenderState, Sheet, Stamp, fmt_date, render
from station_app.outputs.sheets.render import station

INDEX_NAME = "00_目录.pdf"


def _sheet(ctx: Context, entries, start, end, own_pages, remark="") -> Sheet:
    st, cov, w = ctx.st, ctx.cov, ctx.width
    rows = [["1", INDEX_NAME, str(own_pages) if own_pages else "—", "迎检材料目录"]]
    for n, (name, pages, note) in enumerate(entries, start=2):
        rows.append([str(n), name, str(pages) if pages else "—", note])
    total = sum(p or 0 for _, p, _ in entries) + (own_pages or 0)
    flow = [
        B.Paragraph(B.markup(ctx.station_name, cov), st.subtitle),
        B.Paragraph("迎检材料目录", st.title),
        B.meta_line(f"期间：{fmt_date(start)}至{fmt_date(end)}", f"共 {len(rows)} 个文件，PDF {total} 页", w, st, cov),
        *([B.Paragraph(B.markup(remark, cov), st.body)] if remark else []),
        B.spacer(4),
        B.list_table(["序号", "文件名称", "页数", "备注"], rows, [1.3, 9.0, 1.3, 5.4], w, st, cov),
        B.signatures(["整理人", "审核人"], w, st, cov),
    ]
    return Sheet("迎检材料目录", INDEX_NAME, Stamp(ctx.fonds, start.year, "永久", "目录"), flow)


def write(path, entries, start, end, remark: str = "", station_row=None) -> int:
    """Write the index PDF for *entries* [(name, pages|None, note)] with *remark* under the heading (the
    dossiers archived and not); returns its own page count."""
    ctx = Context(station_row or station(), year=start.year)  # station_row: one station's package
    render([_sheet(ctx, entries, start, end, None, remark)], io.BytesIO(), ctx)
    pages = ctx.state.pages.get(0, 1)
    for _ in range(3):  # the page count printed in the index could, in theory, change its length
        ctx.state = RenderState()
        render([_sheet(ctx, entries, start, end, pages, remark)], str(path), ctx)
        if ctx.state.pages.get(0) == pages:
            break
        pages = ctx.state.pages.get(0)
    return pages
