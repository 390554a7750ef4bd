"""`station-app log`: the 操作日志 (who changed what, when), newest first, or one record's 修改记录."""

from __future__ import annotations

import unicodedata

from station_app.commands.common import CliError, add_period_args, opened, period_of


def register(subparsers) -> None:
    parser = subparsers.add_parser("log", help="操作日志：谁在什么时间新建、修改、删除了哪条记录")
    add_period_args(parser)
    parser.add_argument("--user", default="", help="只看此用户名的操作")
    parser.add_argument("--kind", default="", help="记录类别，如 visit 或 来访登记")
    parser.add_argument("--action", default="", help="操作：新建、修改、删除、恢复、转换、登录…")
    parser.add_argument("--text", default="", help="在内容和备注中查找的文字")
    parser.add_argument("--id", type=int, default=None, help="与 --kind 同用：只看这一条记录的修改记录")
    parser.add_argument("--limit", type=int, default=50, help="最多显示的条数（默认50）")
    parser.set_defaults(func=_log)


def width(text: str) -> int:
    """Columns a terminal gives *text* (Chinese characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def lines(entries) -> list[str]:
    """One aligned line per entry: time, user, action, record, changes (or note)."""
    rows = [(f"{e.at:%Y-%m-%d %H:%M}", e.username or "—", e.action_label, e.record_text, e.summary())
            for e in entries]
    if not rows:
        return []
    widths = [max(width(r[i]) for r in rows) for i in range(4)]
    return ["  ".join([*(pad(r[i], widths[i]) for i in range(4)), r[4]]).rstrip() for r in rows]


def kind_of_arg(text: str) -> str:
    """A kind key, table name or Chinese kind label → the table name; CliError when unknown."""
    from station_app.services import audit

    text = (text or "").strip()
    known = dict(audit.kinds())
    for table, label in known.items():
        if text in (table, label):
            return table
    table = audit.table_of(text)
    if table in audit.TABLES:
        return table
    choices = "、".join(f"{t}（{label}）" for t, label in known.items())
    raise CliError(f"未知的记录类别“{text}”；日志中有：{choices or '（日志为空）'}")


def _log(args) -> int:
    from station_app.services import audit

    if args.limit < 1:
        raise CliError("--limit 应为正整数")
    if args.id is not None and not args.kind:
        raise CliError("--id 需要与 --kind 同用，例如：--kind visit --id 12")
    with opened(args, create=False, access="read"):
        if args.id is not None:
            entries = audit.history(kind_of_arg(args.kind), args.id)
            for line in lines(entries[: args.limit]):
                print(line)
            print(f"{audit.kind_label(kind_of_arg(args.kind))} #{args.id}：共 {len(entries)} 条修改记录")
            return 0
        flt = audit.LogFilter(username=args.user.strip(), action=args.action.strip(), text=args.text)
        if args.kind:
            flt.kind = kind_of_arg(args.kind)
        if args.year or args.date_from or args.date_to:
            flt.start, flt.end = period_of(args)
        if flt.action and flt.action not in audit.ACTIONS and flt.action not in audit.ACTIONS.values():
            raise CliError(f"未知的操作“{flt.action}”；可选：{'、'.join(audit.ACTIONS.values())}")
        total = audit.count(flt)
        entries = audit.fetch(flt, limit=args.limit)
        for line in lines(entries):
            print(line)
        shown = f"，显示最新 {len(entries)} 条" if total > len(entries) else ""
        print(f"共 {total} 条操作记录{shown}")
    return 0
