"""Shared helpers of the command modules: opening the data folder, parsing periods."""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from pathlib import Path

from station_app.paths import DataDir, default_data_dir


def data_dir_of(args) -> DataDir:
    root = args.data_dir if getattr(args, "data_dir", None) else default_data_dir(getattr(args, "portable", False))
    return DataDir(Path(root))


@contextmanager
def opened(args, *, create: bool = True, lock: bool = True, actor: str = "cli"):
    """Open the data folder's database under the instance lock; the actor is the command line."""
    from station_app.services import context
    from station_app.store.db import close_database, open_database
    from station_app.store.lock import InstanceLock

    data = data_dir_of(args).ensure()
    guard = InstanceLock(data.lock_path).acquire() if lock else None
    try:
        db = open_database(data.db_path, create=create)
        context.set_actor(actor, "管理员")
        try:
            yield data, db
        finally:
            close_database()
    finally:
        if guard:
            guard.release()


def add_period_args(parser) -> None:
    parser.add_argument("--year", type=int, help="年度，如 2026")
    parser.add_argument("--from", dest="date_from", help="起始日期 YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", help="截止日期 YYYY-MM-DD")


def period_of(args, default_year: int | None = None) -> tuple[dt.date, dt.date]:
    """(start, end) inclusive from --year or --from/--to; raises CliError with a Chinese message."""
    from station_app.cli import CliError
    from station_app.services.normalize import ParseError, parse_date

    if getattr(args, "date_from", None) or getattr(args, "date_to", None):
        try:
            start = parse_date(args.date_from) if args.date_from else None
            end = parse_date(args.date_to) if args.date_to else None
        except ParseError as exc:
            raise CliError(f"日期参数有误：{exc}") from None
        year = (start or end).year
        start = start or dt.date(year, 1, 1)
        end = end or dt.date(year, 12, 31)
        if end < start:
            raise CliError(f"截止日期 {end} 早于起始日期 {start}")
        return start, end
    year = getattr(args, "year", None) or default_year or dt.date.today().year
    return dt.date(year, 1, 1), dt.date(year, 12, 31)
