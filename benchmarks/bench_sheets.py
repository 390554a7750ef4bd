"""Archive sheet benchmark: 1,000 sheets through the engine vs bare reportlab, and the inspection package.

Run: python benchmarks/bench_sheets.py [--sheets 1000] [--repeat 3] [--skip-package | --only-package]
Targets (issue 5, medians in the same run): engine ≤ 1.3× bare reportlab drawing the same text with the
same embedded font; the inspection package for the demo year (studio scale) ≤ 20 s.

"Bare reportlab" = SimpleDocTemplate with the same title, the same label/value Paragraphs in a Table
(CJK wrapping) and the same signature lines, one page per sheet, from values already in memory. The
engine adds the database reads, masking, the archive stamp, the station header and `第 N 页 共 M 页`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import fill_visits, open_db


def visit_texts() -> list[list]:
    """The label/value pairs the visit sheet prints, read once (the bare run starts from these)."""
    from station_app.outputs.sheets.engine import fmt_date
    from station_app.services.normalize import mask_id, mask_phone
    from station_app.store.models import Member, Visit, VisitMember

    names: dict[int, list[str]] = {}
    for link in VisitMember.select(VisitMember.visit, Member.name).join(Member).objects():
        names.setdefault(link.visit_id, []).append(link.name)
    out = []
    for v in Visit.alive().order_by(Visit.visit_date, Visit.id):
        out.append([
            [("来访时间", f"{fmt_date(v.visit_date)} {v.visit_time}"), ("来访人数", f"{v.people_count} 人")],
            [("来访人", v.visitor_name), ("性别", v.visitor_gender)],
            [("联系电话", mask_phone(v.visitor_phone)), ("身份证号", mask_id(v.visitor_id_number))],
            [("住址或单位", v.visitor_address)], [("界别群众", v.visitor_sector), ("诉求类别", v.category)],
            [("诉求内容", v.content)], [("接待委员", "、".join(names.get(v.id, [])))],
            [("处理方式", v.handling), ("承办部门", v.handling_dept)],
            [("办理状态", v.status), ("满意度", v.satisfaction)], [("办理结果", v.result)],
            [("回访日期", fmt_date(v.followup_date))], [("回访情况", v.followup_note)],
        ])
    return out


def bare(sheets: list[list], path: Path) -> None:
    """Plain platypus: same font, same text, Paragraph cells, one page per sheet."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    from station_app.outputs.sheets.fonts import FONT, register_fonts

    register_fonts()
    body = ParagraphStyle("b", fontName=FONT, fontSize=10, leading=14.5, wordWrap="CJK")
    title = ParagraphStyle("t", parent=body, fontSize=18, leading=26, alignment=1)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2 * cm, topMargin=2.7 * cm,
                            bottomMargin=2 * cm, initialFontName=FONT)
    w = doc.width
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("GRID", (0, 0), (-1, -1), 0.6, "black")])
    story = []
    for i, rows in enumerate(sheets):
        if i:
            story.append(PageBreak())
        story.append(Paragraph("来访登记处理单", title))
        story.append(Paragraph(f"登记编号：来访-{i + 1:03d}　来访方式：接待日来访", body))
        data = []
        for row in rows:
            cells = []
            for label, value in row:
                cells += [Paragraph(label, body), Paragraph(value or "", body)]
            data.append(cells + [""] * (4 - len(cells)))
        story.append(Table(data, colWidths=[2.6 * cm, w / 2 - 2.6 * cm] * 2, style=style))
        story.append(Paragraph("接待委员（签字）：　　　　　　日期：　　年　　月　　日", body))
        story.append(Paragraph("登记人（签字）：　　　　　　日期：　　年　　月　　日", body))
    doc.build(story)


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the package's workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def bench_sheets(n: int, repeat: int) -> None:
    from station_app.outputs.sheets import render_sheet
    from station_app.store.db import close_database

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        open_db(tmp / "data")
        fill_visits(n, station="城关镇政协委员工作站", fonds_no="Z108")
        engine_t, bare_t = [], []
        for r in range(repeat):  # alternate so both see the same machine state
            engine_t.append(timed(lambda r=r: render_sheet("visit", None, tmp / f"engine{r}.pdf", year=2026)))
            bare_t.append(timed(lambda r=r: bare(visit_texts(), tmp / f"bare{r}.pdf")))
        e, b = statistics.median(engine_t), statistics.median(bare_t)
        pages = n
        print(f"{n} archive sheets ({pages} pages, one file): engine {e:.2f} s, bare reportlab {b:.2f} s, "
              f"ratio {e / b:.2f}× (target ≤ 1.3×)  runs engine={[f'{x:.2f}' for x in engine_t]} "
              f"bare={[f'{x:.2f}' for x in bare_t]}; load average {os.getloadavg()[0]:.1f}")
        close_database()


def bench_package(repeat: int) -> None:
    from station_app.outputs.package import build_package
    from station_app.services.demo import generate
    from station_app.store.db import close_database

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        open_db(tmp / "data")
        t0 = time.perf_counter()
        generate(2026, seed=1, scale="studio", today=dt.date(2026, 12, 31))
        print(f"demo year generated in {time.perf_counter() - t0:.1f} s")
        times, cpus, result = [], [], None
        for r in range(repeat):
            t0, c0 = time.perf_counter(), cpu_seconds()
            result = build_package(dt.date(2026, 1, 1), dt.date(2026, 12, 31), tmp / f"pkg{r}.zip")
            times.append(time.perf_counter() - t0)
            cpus.append(cpu_seconds() - c0)
        size = (tmp / "pkg0.zip").stat().st_size / 1e6
        print(f"inspection package, demo year (studio): median {statistics.median(times):.1f} s wall "
              f"(target ≤ 20 s), runs {[f'{x:.1f}' for x in times]}; CPU {statistics.median(cpus):.1f} s over "
              f"2 worker processes + this one; {result.files} files, {result.pages} PDF pages, {size:.1f} MB; "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        close_database()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sheets", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-package", action="store_true")
    parser.add_argument("--only-package", action="store_true")
    args = parser.parse_args()
    if not args.only_package:
        bench_sheets(args.sheets, args.repeat)
    if not args.skip_package:
        bench_package(args.repeat)


if __name__ == "__main__":
    main()
