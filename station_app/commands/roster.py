"""`station-app roster generate|show`: plan the duty roster from the reception rules, or list it."""

from __future__ import annotations

from station_app.commands.common import add_period_args, opened, period_of
from station_app.store.choices import WEEKDAY_NAMES


def register(subparsers) -> None:
    parser = subparsers.add_parser("roster", help="值班排班：按接待日规则生成或查看值班表")
    sub = parser.add_subparsers(dest="roster_command", metavar="ACTION", required=True)

    gen = sub.add_parser("generate", help="按接待日规则生成值班表（已有的值班不重复安排）")
    _period(gen)
    gen.add_argument("--dry-run", action="store_true", help="只显示排班结果，不保存")
    gen.set_defaults(func=_generate)

    show = sub.add_parser("show", help="查看已保存的值班表")
    _period(show)
    show.set_defaults(func=_show)


def _period(parser) -> None:
    add_period_args(parser)


def _line(date, half, location, names, state="") -> str:
    parts = [f"{date:%Y-%m-%d}", WEEKDAY_NAMES[date.weekday()], half, location or "—",
             "、".join(names) or "（未安排委员）"]
    if state and state != "计划":
        parts.append(f"[{state}]")
    return "  ".join(parts)


def _generate(args) -> int:
    from station_app.services import records, roster

    start, end = period_of(args)
    with opened(args, create=False, access="edit"):
        result = roster.plan(start, end)
        for slot in result.slots:
            print(_line(slot.date, slot.half, slot.location, records.member_names(slot.member_ids)))
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
