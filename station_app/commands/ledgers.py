"""`station-app export ledger|…`, `template` and `import`: Excel ledgers (台账) out and back in."""

from __future__ import annotations

import sys
from pathlib import Path

from station_app.commands import sheets
from station_app.commands.common import CliError, add_period_args, opened, period_of
from station_app.commands.station_choice import add_station_arg, station_of

EXPORT_KINDS = ("members", "roster", "visits", "disputes", "activities", "topics", "opinions", "proposals",
                "referrals", "performance", "summary", "mediation", "all")
IMPORT_KINDS = ("members", "roster", "visits", "disputes", "activities", "topics", "opinions", "proposals",
                "referrals", "all")


def register(subparsers) -> None:
    export = subparsers.add_parser("export", help="导出台账、档案表单和迎检材料")
    export_sub = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    led = export_sub.add_parser("ledger", help="导出 Excel 台账（members roster visits disputes activities topics "
                                               "opinions proposals referrals performance summary mediation all）")
    led.add_argument("kind", choices=EXPORT_KINDS, metavar="KIND", help="台账种类：" + " ".join(EXPORT_KINDS))
    add_period_args(led)
    led.add_argument("--unmasked", action="store_true", help="身份证号、电话完整导出（默认脱敏）")
    led.add_argument("-o", "--output", required=True, type=Path, help="输出文件 .xlsx")
    add_station_arg(led)
    led.set_defaults(func=_export)
    sheets.register_export(export_sub)  # `export sheet` / `export inspection` join the same group

    tpl = subparsers.add_parser("template", help="生成空白台账模板（带下拉选项），用于补录历史记录")
    # the computed (report) ledgers are accepted here to be refused with a Chinese reason, not a usage error
    tpl.add_argument("kind", choices=EXPORT_KINDS[:-1], metavar="KIND", help="台账种类：" + " ".join(IMPORT_KINDS[:-1]))
    tpl.add_argument("-o", "--output", required=True, type=Path, help="输出文件 .xlsx")
    tpl.set_defaults(func=_template)

    imp = subparsers.add_parser("import", help="从 Excel 台账导入记录（先逐行检查，有错则全部不导入）")
    imp.add_argument("kind", choices=EXPORT_KINDS, metavar="KIND", help="台账种类：" + " ".join(IMPORT_KINDS))
    imp.add_argument("file", type=Path, help="Excel 文件 .xlsx")
    imp.add_argument("--dry-run", action="store_true", help="只检查并报告，不导入")
    imp.set_defaults(func=_import)


def _xlsx(path: Path) -> Path:

    if path.suffix.lower() != ".xlsx":
        raise CliError(f"输出文件应为 .xlsx：{path}")
    return path


def _progress(done: int, total: int, message: str = "") -> None:
    if sys.stderr.isatty():
        print(f"\r{message} {done}/{total}", end="", file=sys.stderr, flush=True)


def _export(args) -> int:
    from station_app.outputs.ledgers import LEDGER_KINDS, export_ledger
    from station_app.outputs.ledgers.export import ALL_ORDER, LEDGERS
    from station_app.services import masking

    start, end = period_of(args)
    path = _xlsx(args.output)
    with opened(args, create=False, access="read"):
        station = station_of(args.station)
        export_ledger(args.kind, path, start=start, end=end, unmasked=args.unmasked, progress=_progress,
                      station=station.id if station else None)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    kinds = ALL_ORDER if args.kind == "all" else (args.kind,)
    personal = any(masking.masks(col.sensitive) for k in kinds for col in LEDGERS[k].columns)
    masked = "" if not personal else (
        "（含完整身份证号、电话，请妥善保管）" if args.unmasked else "（身份证号、电话已脱敏）")
    print(f"已导出{LEDGER_KINDS[args.kind]} {start}—{end}：{path}{masked}")
    return 0


def _template(args) -> int:
    from station_app.outputs.ledgers import LEDGER_KINDS, write_template

    path = _xlsx(args.output)
    with opened(args, create=False, access="read"):
        try:
            write_template(args.kind, path)
        except ValueError as exc:  # a computed ledger has no template
            raise CliError(str(exc)) from None
    print(f"已生成空白{LEDGER_KINDS[args.kind]}模板：{path}")
    return 0


def _import(args) -> int:
    from station_app.outputs.ledgers import ImportFileError, import_ledger

    if not args.file.exists():
        raise CliError(f"找不到文件：{args.file}")
    with opened(args, create=False, access="edit"):
        try:
            report = import_ledger(args.kind, args.file, dry_run=args.dry_run, progress=_progress)
        except ImportFileError as exc:
            raise CliError(str(exc)) from None
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(report.text())
    return 0 if report.ok else 1
