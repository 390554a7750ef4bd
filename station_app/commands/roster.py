"""`station-app roster generate|show`: plan the duty roster from the reception rules, or list it;
`station-app holidays import FILE`: a year's official holiday schedule from a CSV / .xlsx file."""

from __future__ import annotations

from station_app.commands.common import CliError, add_period_args, opened, period_of
from station_app.store.choices import WEEKDAY_NAMES


def register(subparsers) -> None:
    parser = subparsers.add_parser("roster", help="值班排班：按接待日规则生成或查看值班表")
    sub = parser.add_subparsers(dest="roster_command", metavar="ACTION", required=True)

    gen = sub.add_parser("generate", help="按接待日规则生成值班表（已有的值班不重复安排）")
    _period(gen)
    gen.add_argument("--dry-run", action="store_true", help="只显示排班结果，不保存")
    gen.add_argument("--without-official-holidays", action="store_true",
                     help="某年尚无官方节假日安排时仍按周末排班（可能是节假日的值班标“待核实”）")
    gen.set_defaults(func=_generate)

    show = sub.add_parser("show", help="查看已保存的值班表")
    _period(show)
    show.set_defaults(func=_show)

    hol = subparsers.add_parser("holidays", help="节假日安排：从文件导入某年的放假和调休上班日期")
    hsub = hol.add_subparsers(dest="holidays_command", metavar="ACTION", required=True)
    imp = hsub.add_parser("import", help="导入节假日安排（CSV 或 .xlsx，表头：日期、类型（放假/上班）、名称）")
    imp.add_argument("file", metavar="FILE", help="节假日安排文件（.csv 或 .xlsx）")
    imp.set_defaults(func=_import_holidays)


def _period(parser) -> None:
    add_period_args(parser)


def _line(date, half, location, names, state="") -> str:
    parts = [f"{date:%Y-%m-%d}", WEEKDAY_NAMES[date.weekday()], half, location or "—",
             "、".join(names) or "（未安排委员）"]
    if state and state != "计划":
        parts.append(f"[{state}]")
    return "  ".join(parts)


def _generate(args) -> int:
    from station_app.services import holidays, records, roster

    start, end = period_of(args)
    with opened(args, create=False, access="edit"):
        unknown = holidays.years_without_data(start, end)
        if unknown and not args.without_official_holidays:
            years = "、".join(f"{y}年" for y in unknown)
            raise CliError(f"{years}尚无官方节假日安排（放假和调休上班），按周末排班可能把值班排在节假日。"
                           f"请先导入当年的节假日安排：station-app holidays import 文件.csv"
                           f"（表头：日期、类型（放假/上班）、名称），或在“设置—节假日”中录入；"
                           f"确需先按周末排班，请加 --without-official-holidays（可能是节假日的值班标“待核实”）。")
        result = roster.plan(start, end)
        for slot in result.slots:
            line = _line(slot.date, slot.half, slot.location, records.member_names(slot.member_ids))
            print(f"{line}  [{slot.note}]" if slot.note else line)
        for warning in result.warnings:
            print(f"提醒：{warning}")
        skipped = f"，{result.skipped_existing} 次已有安排未重复生成" if result.skipped_existing else ""
        if args.dry_run:
            print(f"试排 {start}—{end}：共 {len(result.slots)} 次值班{skipped}（未保存）")
        else:
            saved = roster.save_plan(result)
            print(f"已保存 {start}—{end} 的 {len(saved)} 次值班{skipped}")
    return 0


def _show(args) -> int:
    from station_app.services import duty

    start, end = period_of(args)
    with opened(args, create=False, access="read"):
        slots = duty.slots_between(start, end)
        for slot in slots:
            names = []
            for m in duty.slot_members(slot):
                if m.active:
                    names.append(m.name if m.planned else f"{m.name}（替班）")
            print(_line(slot.date, slot.half, slot.location, names, slot.state))
        print(f"{start}—{end}：共 {len(slots)} 次值班")
    return 0


def _import_holidays(args) -> int:
    from station_app.outputs.holiday_file import import_file

    with opened(args, create=False, access="edit"):
        count = import_file(args.file)
    print(f"已导入 {count} 天的节假日安排（{args.file}）")
    return 0
