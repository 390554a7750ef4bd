"""`station-app station show` / `station set 字段 值`: 工作站信息 from the command line, checked like the 设置 page."""

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
        width = max(len(f.label) for f in _kind().fields)
        for f in _kind().fields:
            text = _shown(getattr(row, f.name)).replace("\n", " / ")
            print(f"{f.label}{'　' * (width - len(f.label))}：{text or '（未填）'}")
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
