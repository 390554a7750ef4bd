"""`--station NAME` of the county's commands (stats, export ledger, export inspection): the station it names."""

from __future__ import annotations

from station_app.commands.common import CliError


def add_station_arg(parser, group=None) -> None:
    (group or parser).add_argument("--station", metavar="NAME",
                                   help="只含这个工作站（名称，或名称中唯一的一段；默认全部工作站）")


def station_of(name: str | None):
    """The station `--station NAME` names (None when not given); a clear error naming the choices."""
    from station_app.services import station_scope

    if name is None:
        return None
    found = station_scope.by_name(name)
    if found is None:
        known = "、".join(s.name for s in station_scope.stations()) or "无"
        raise CliError(f"找不到工作站“{name}”（本数据库中的工作站：{known}）")
    return found
