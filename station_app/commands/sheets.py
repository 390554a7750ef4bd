"""`station-app export sheet KIND …` (PDF archive sheets) and `export inspection` (迎检材料 zip).

The `export` group belongs to commands/ledgers.py, which calls register_export() with its sub-parsers.
"""

from __future__ import annotations

import sys
from pathlib import Path

from station_app.commands.common import CliError, add_period_args, opened, period_of
from station_app.commands.station_choice import add_station_arg, station_of

SHEET_KEYS = ("reception", "visit", "dispute", "activity", "topic", "roster", "member", "report", "proposal", "board")


def register(subparsers) -> None:
    """Nothing at the top level: the sub-commands live under `export` (see register_export)."""


def register_export(export_sub) -> None:
    sheet = export_sub.add_parser(
        "sheet", help="生成 PDF 档案表单（reception visit dispute activity topic roster member report proposal board）",
        description="KIND：reception 接待日登记表，visit 来访登记处理单，dispute 人民调解卷宗，activity 活动记录表，"
                    "topic 协商议事记录与成果反馈单，roster 月度值班表（--id 为月份），member 委员履职档案，"
                    "report 年度工作报告（--id 为年度），proposal 提案，board 回音壁（--id 为月份）。")
    sheet.add_argument("kind", choices=SHEET_KEYS, metavar="KIND", help="表单种类：" + " ".join(SHEET_KEYS))
    which = sheet.add_mutually_exclusive_group(required=True)
    which.add_argument("--id", dest="ids", type=int, action="append", help="记录编号（可重复）")
    which.add_argument("--all", action="store_true", help="所选年度的全部记录（未给年度则全部）")
    sheet.add_argument("--year", type=int, help="年度，如 2026")
    sheet.add_argument("--unmasked", action="store_true", help="身份证号、电话完整打印（默认脱敏）")
    sheet.add_argument("-o", "--output", required=True, type=Path, help="输出文件 .pdf")
    sheet.set_defaults(func=_sheet)

    insp = export_sub.add_parser("inspection", help="一键生成迎检材料 zip（全年台账、全部档案表单、目录）")
    add_period_args(insp)
    insp.add_argument("-o", "--output", required=True, type=Path, help="输出文件 .zip")
    add_station_arg(insp)
    insp.set_defaults(func=_inspection)


def _progress(done: int, total: int, message: str = "") -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total} {message[:40]}", end="", file=sys.stderr, flush=True)


def _check_suffix(path: Path, suffix: str) -> Path:

    if path.suffix.lower() != suffix:
        raise CliError(f"输出文件应为 {suffix}：{path}")
    return path


def _sheet(args) -> int:
    from station_app.outputs.sheets import SHEET_KINDS, Coverage, SheetError, precheck, render_sheet

    path = _check_suffix(args.output, ".pdf")
    cov = Coverage()
    with opened(args, create=False, access="read"):
        found = precheck.sheet_findings(args.kind, args.ids, args.year)
        if found:  # said before the file is written; the export goes on with □
            print(f"提示：{precheck.message(found)}", file=sys.stderr, flush=True)
        try:
            render_sheet(args.kind, args.ids, path, year=args.year, unmasked=args.unmasked,
                         progress=_progress, coverage=cov)
        except SheetError as exc:
            raise CliError(exc.message) from None
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if cov.message(skip=precheck.chars_of(found)):
        print(f"提示：{cov.message(skip=precheck.chars_of(found))}", file=sys.stderr)
    masked = "（含完整身份证号、电话，请妥善保管）" if args.unmasked else ""
    print(f"已生成{SHEET_KINDS[args.kind]}：{path}{masked}")
    return 0


def _inspection(args) -> int:
    from station_app.outputs.package import PackageError, build_package, unprintable
    from station_app.outputs.sheets import precheck

    start, end = period_of(args)
    path = _check_suffix(args.output, ".zip")
    with opened(args, create=False, access="read"):
        station = station_of(args.station)
        sid = station.id if station else None
        found = unprintable(start, end, station=sid)
        if found:  # said before the zip is written; the export goes on with □
            print(f"提示：{precheck.message(found)}", file=sys.stderr, flush=True)
        try:
            result = build_package(start, end, path, progress=_progress, reported=precheck.chars_of(found),
                                   station=sid)
        except PackageError as exc:
            raise CliError(exc.message) from None
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for note in result.notes:
        print(f"提示：{note}", file=sys.stderr)
    print(f"已生成{station.name + '的' if station else ''}迎检材料 {start}—{end}：{path}"
          f"（{result.files} 个文件，档案 {result.pages} 页）")
    print(unarchived_line(result.unarchived))
    return 0


def unarchived_line(count: int) -> str:
    from station_app.outputs.package import UNARCHIVED_FOLDER

    if not count:
        return "期间内的调解案件均已归档。"
    return (f"未归档案件 {count} 件：卷宗单独放在“{UNARCHIVED_FOLDER}”文件夹，"
            f"目录备注中写明每件缺少什么（可在案件的“卷宗材料”中补齐后归档）。")
