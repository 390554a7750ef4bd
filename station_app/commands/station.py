"""`station-app station show` / `station set 字段 值`: 工作站信息 from the command line, checked like the 设置 page;
`station list`: the stations registered here (汇总); `station role`: this database's role (工作站 / 汇总)."""

from __future__ import annotations

import datetime as dt

from station_app.commands.common import EXIT_OK, CliError, opened


def register(sub) -> None:
    p = sub.add_parser("station", help="工作站信息：查看或修改（名称、人民调解组织、全宗号等）")
    actions = p.add_subparsers(dest="station_command", metavar="ACTION", required=True,
                               parser_class=sub._parser_class)
    actions.add_parser("show", help="显示工作站信息").set_defaults(func=cmd_show)
    q = actions.add_parser("set", help="修改一项工作站信息，如：station set 人民调解组织 三塬镇人民调解委员会")
    q.add_argument("field", metavar="字段", help="字段名称（中文，如 名称、人民调解组织、全宗号）")
    q.add_argument("value", metavar="值", help="新的值（空字符串 \"\" 清空）")
    q.set_defaults(func=cmd_set)
    q = actions.add_parser("list", help="列出已登记的工作站（名称、密钥指纹、最近上报包序号与日期）")
    q.add_argument("--json", action="store_true", help="以 JSON 输出")
    q.set_defaults(func=cmd_list)
    q = actions.add_parser("role", help="显示或修改本数据库的角色：station（工作站）/ county（汇总）")
    q.add_argument("role", nargs="?", choices=("station", "county"), help="新的角色（不给出则只显示）")
    q.set_defaults(func=cmd_role)


def _kind():
    from station_app.services.fields import KINDS

    return KINDS["station"]


def field_by_label(text: str):
    """The station field named *text* (its label, a synonym or its code name), or CliError listing the labels."""
    wanted = (text or "").strip().rstrip("：:")
    for f in _kind().fields:
        if wanted in (f.label, f.name, *f.synonyms):
            return f
    labels = "、".join(f.label for f in _kind().fields)
    raise CliError(f"没有“{text}”这一项工作站信息。可以修改的字段：{labels}")


def _shown(value) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


def cmd_show(args) -> int:
    from station_app.services import settings

    with opened(args, create=False) as (_data, _db):
        row = settings.station()
        if row is None:
            raise CliError("尚未建立工作站信息，请先运行 station-app init --name 名称。")
        from station_app.services import stations

        width = max(len(f.label) for f in _kind().fields)
        for f in _kind().fields:
            text = _shown(getattr(row, f.name)).replace("\n", " / ")
            print(f"{f.label}{'　' * (width - len(f.label))}：{text or '（未填）'}")
        print(f"{'角色'}{'　' * (width - 2)}：{stations.role_label()}")
    return EXIT_OK


def cmd_set(args) -> int:
    from station_app.services import settings

    f = field_by_label(args.field)
    with opened(args, create=False) as (_data, _db):
        if settings.station() is None and f.name != "name":
            raise CliError("尚未建立工作站信息，请先运行 station-app init --name 名称。")
        row = settings.save_station({f.name: args.value})
        print(f"已修改工作站信息：{f.label} = {_shown(getattr(row, f.name)) or '（空）'}")
    return EXIT_OK


def cmd_list(args) -> int:
    import json

    from station_app.services import stations

    with opened(args, create=False, access="read") as (_data, _db):
        rows = stations.registered_stations()
        if args.json:
            print(json.dumps([{"name": r.name, "uuid": r.uuid, "fingerprint": r.fingerprint, "cppcc": r.cppcc,
                               "registered_at": _shown(r.registered_at) or None, "last_seq": r.last_seq,
                               "last_package_at": _shown(r.last_package_at) or None} for r in rows],
                             ensure_ascii=False, indent=2))
            return EXIT_OK
        if not rows:
            print("尚未登记其他工作站（导入某工作站的第一个上报包时登记）。")
            return EXIT_OK
        print(f"已登记 {len(rows)} 个工作站（本数据库：{stations.own_name() or '未命名'}，{stations.role_label()}）：")
        for r in rows:
            last = (f"第 {r.last_seq} 号，{r.last_package_at:%Y-%m-%d %H:%M}" if r.last_package_at
                    else "尚未导入上报包")
            print(f"  {r.name}\t指纹 {r.fingerprint or '（无）'}\t最近上报包：{last}")
    return EXIT_OK


def cmd_role(args) -> int:
    from station_app.services import stations
    from station_app.services.errors import PermissionDenied

    if args.role is None:
        with opened(args, create=False, access="read") as (_data, _db):
            print(f"本数据库的角色：{stations.role_label()}（{stations.role()}）")
        return EXIT_OK
    with opened(args, create=False, access="admin") as (_data, _db):
        before = stations.role()
        try:
            stations.set_role(args.role)
        except PermissionDenied as exc:
            raise CliError(exc.message) from None
        if before == args.role:
            print(f"角色未变：{stations.role_label()}")
        else:
            print(f"已将角色由“{stations.role_label(before)}”改为“{stations.role_label()}”。"
                  "角色显示在窗口标题栏，不改动任何记录。")
    return EXIT_OK
