"""Shared helpers of the command modules: opening the data folder, parsing periods."""

from __future__ import annotations

import datetime as dt
import getpass
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from station_app.paths import DataDir, default_data_dir


def data_dir_of(args) -> DataDir:
    root = args.data_dir if getattr(args, "data_dir", None) else default_data_dir(getattr(args, "portable", False))
    return DataDir(Path(root))


PASSWORD_ENV = "STATION_APP_PASSWORD"
RECOVERY_CODE_ENV = "STATION_APP_RECOVERY_CODE"


def read_secret(env: str, prompt: str, what: str) -> str:
    """A secret from the environment variable *env*, else typed at the terminal (not echoed)."""
    from station_app.cli import CliError

    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        raise CliError(f"请在终端输入{what}，或用环境变量 {env} 给出（当前不是交互终端）。")
    return getpass.getpass(prompt)


def cli_password(args) -> tuple[str, str]:
    """(user name, password) of the command line's login: `--user NAME`, password from
    STATION_APP_PASSWORD or the terminal. The one place the CLI reads a password."""
    from station_app.cli import CliError

    user = (getattr(args, "login_user", None) or "").strip()
    if not user:
        raise CliError("请用全局选项 --user 用户名 登录（放在子命令之前），密码从终端输入或取 STATION_APP_PASSWORD。")
    if getattr(args, "_password", None) is None:  # asked once per command
        args._password = read_secret(PASSWORD_ENV, f"{user} 的密码：", "密码")
    return user, args._password


def unlock_key(args, data) -> bytes | None:
    """The data key of an encrypted data folder, unlocked with the `--user` login; None when plain."""
    from station_app.cli import CliError
    from station_app.services import encryption
    from station_app.store.keyfile import KeyFileError

    if not encryption.enabled(data):
        return None
    if not getattr(args, "login_user", None):
        raise CliError("数据已加密：请用全局选项 --user 用户名 登录（放在子命令之前）后再操作。")
    user, password = cli_password(args)
    try:
        return encryption.unlock(data, user, password)
    except KeyFileError as exc:
        raise CliError(exc.message) from None


@contextmanager
def opened(args, *, create: bool = True, lock: bool = True, actor: str = "cli"):
    """Open the data folder's database under the instance lock; the actor is the command line."""
    from station_app.services import context
    from station_app.store.db import close_database, open_database
    from station_app.store.lock import InstanceLock

    data = data_dir_of(args).ensure()
    guard = InstanceLock(data.lock_path).acquire() if lock else None
    try:
        key = unlock_key(args, data)
        db = open_database(data.db_path, create=create, key=key)
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
