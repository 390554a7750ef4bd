"""`station-app due [--days N] [--json]`: the 督办 list's items overdue or due within N days, by 承办单位."""

from __future__ import annotations

import datetime as dt
import json

from station_app.commands.common import opened


def register(subparsers) -> None:
    p = subparsers.add_parser("due", help="督办：列出已逾期和 N 天内到期的交办事项（按承办单位）")
    p.add_argument("--days", type=int, default=7, metavar="N", help="列出 N 天内到期的事项（默认 7，含今天）")
    p.add_argument("--today", type=dt.date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                   help="按这一天计算（默认今天）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出（供脚本使用）")
    p.set_defaults(func=_due)


def report_json(groups, today: dt.date, days: int) -> dict:
    return {"today": today.isoformat(), "days": days,
            "overdue": sum(len(g.overdue) for g in groups), "due": sum(len(g.due) for g in groups),
            "departments": [{"department": g.department, "overdue": [x.as_json() for x in g.overdue],
                             "due": [x.as_json() for x in g.due]} for g in groups]}


def report_text(groups, today: dt.date, days: int) -> str:
    from station_app.store.choices import REFERRAL_KIND_LABELS

    overdue, due = sum(len(g.overdue) for g in groups), sum(len(g.due) for g in groups)
    lines = [f"督办提醒（{today:%Y-%m-%d}）：已逾期 {overdue} 件，{days} 天内到期 {due} 件"]
    if not groups:
        lines.append("没有已逾期或即将到期的交办事项。")
    for g in groups:
        lines.append(f"【{g.department or '未填承办单位'}】已逾期 {len(g.overdue)} 件，即将到期 {len(g.due)} 件")
        for x in g.overdue + g.due:
            when = (f"逾期{-x.days_left}天" if x.overdue
                    else "今天到期" if x.days_left == 0 else f"{x.days_left}天后到期")
            matter = x.matter if len(x.matter) <= 40 else x.matter[:40] + "…"
            lines.append(f"  {x.due_on:%Y-%m-%d} {when:<8} {REFERRAL_KIND_LABELS[x.kind]} #{x.id} {matter}")
    return "\n".join(lines)


def _due(args) -> int:
    from station_app.commands.common import CliError
    from station_app.services.referral_due import backfill_pending, due_report

    if args.days < 0:
        raise CliError("--days 不能为负数")
    today = args.today or dt.date.today()
    # read-only and run often by scripts: no integrity check on opening (the GUI and `check` make it)
    with opened(args, create=False, access="read", check=False) as (_data, _db):
        if backfill_pending():  # the first reading after the v3→v4 migration builds the list
            from station_app.services.referrals import backfill_if_pending

            backfill_if_pending()
        groups = due_report(today, args.days)
    if args.json:
        import sys

        # indented for a person at a terminal; one compact line for scripts (the C encoder: 10× faster)
        indent = 2 if sys.stdout.isatty() else None
        print(json.dumps(report_json(groups, today, args.days), ensure_ascii=False, indent=indent))
    else:
        print(report_text(groups, today, args.days))
    return 0
