"""Shared helpers of the command modules: opening the data folder, who runs the command, parsing periods."""

from __future__ import annotations

import datetime as dt
import getpass
import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from station_app.paths import DataDir, default_data_dir

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A known problem with the user's data or files: printed in Chinese, exit status 1."""


PASSWORD_ENV = "STATION_APP_PASSWORD"
NO_ACCOUNT = "cli"  # the actor of a data folder without accounts (as before accounts existed)
# what a command needs of the account that runs it
ACCESS = ("read", "edit", "admin")
sleep = time.sleep  # the login delay (tests replace it)


def data_dir_of(args) -> DataDir:
    root = args.data_dir if getattr(args, "data_dir", None) else default_data_dir(getattr(args, "portable", False))
    return DataDir(Path(root))


RECOVERY_CODE_ENV = "STATION_APP_RECOVERY_CODE"
DATABASE_ENV = "STATION_APP_DATABASE"
SERVER_PASSWORD_ENV = "PGPASSWORD"  # libpq's own; PGPASSFILE works as well (read by libpq itself)


def server_url(args) -> str | None:
    """The PostgreSQL server chosen by `--database URL` or STATION_APP_DATABASE; None: the data folder's file."""
    from station_app.store.server import is_server_url

    url = (getattr(args, "database", None) or os.environ.get(DATABASE_ENV) or "").strip()
    if not url:
        return None
    if not is_server_url(url):
        raise CliError(f"--database 应写成 postgresql://用户@主机:5432/数据库名（收到：{url}）。")
    return url


def place_of(args, data) -> str:
    """Where the command's data is, for messages: 数据库服务器 URL (no password) or 数据文件夹 PATH."""
    from station_app.store.server import display_url

    url = server_url(args)
    return f"数据库服务器 {display_url(url)}" if url else f"数据文件夹 {data.root}"


def open_server(args, url: str, *, create: bool = True):
    """Open the server database, asking for its password at the terminal when the server wants one."""
    from station_app.store.server import PasswordNeeded, display_url, open_server_database

    try:
        return open_server_database(url, password=getattr(args, "_server_password", None), create=create,
                                    cache_dir=data_dir_of(args).root / "server-cache")
    except PasswordNeeded:
        if getattr(args, "_server_password", None):
            raise
        args._server_password = read_secret(SERVER_PASSWORD_ENV, f"数据库服务器 {display_url(url)} 的密码：",
                                            "数据库服务器的密码")
        return open_server_database(url, password=args._server_password, create=create,
                                    cache_dir=data_dir_of(args).root / "server-cache")


def read_secret(env: str, prompt: str, what: str) -> str:
    """A secret from the environment variable *env*, else typed at the terminal (not echoed)."""

    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        raise CliError(f"请在终端输入{what}，或用环境变量 {env} 给出（当前不是交互终端）。")
    return getpass.getpass(prompt)


def cli_password(args) -> tuple[str, str]:
    """(user name, password) of the command line's login: `--user NAME`, password from
    STATION_APP_PASSWORD or the terminal. The one place the CLI reads a password."""

    user = (getattr(args, "login_user", None) or "").strip()
    if not user:
        raise CliError("请用全局选项 --user 用户名 登录（放在子命令之前），密码从终端输入或取 STATION_APP_PASSWORD。")
    if getattr(args, "_password", None) is None:  # asked once per command
        args._password = read_secret(PASSWORD_ENV, f"{user} 的密码：", "密码")
    return user, args._password


def unlock_key(args, data) -> bytes | None:
    """The data key of an encrypted data folder, unlocked with the `--user` login; None when plain."""
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
def opened(args, *, create: bool = True, lock: bool = True, access: str = "edit", sign_in: bool = True,
           check: bool = True):
    """Open the data folder's database under the instance lock, sign in (authenticate) and check that the
    account may do what the command does: *access* "read" (look and export masked), "edit" (change
    records: 录入员 and 管理员) or "admin". The actor of every audit row is the signed-in account, also
    noted as args.signed_in = (user, password). *sign_in* False only for `init` (it refuses a folder
    that already has accounts). *check* False skips the integrity check on opening (quick read-only
    reports run often by scripts, e.g. `due`)."""
    from station_app.services import context
    from station_app.store.db import close_database, open_database
    from station_app.store.lock import InstanceLock

    if access not in ACCESS:
        raise ValueError(access)
    data = data_dir_of(args).ensure()
    url = server_url(args)  # a server is shared by several PCs: no single-instance lock, no file key
    guard = InstanceLock(data.lock_path).acquire() if lock and url is None else None
    before = context.current()
    try:
        if url is not None:
            db = open_server(args, url, create=create)
        else:
            key = unlock_key(args, data)  # encrypted data: the --user login unlocks the data key first
            db = open_database(data.db_path, create=create, key=key, check=check)
        try:
            user, password = authenticate(args, data) if sign_in else (None, None)
            args.signed_in = (user, password)
            actor = context.set_actor(user.username, user.role) if user else context.set_actor(NO_ACCOUNT, "管理员")
            require(access, actor)
            yield data, db
        finally:
            context.set_actor(before.username, before.role)
            close_database()
    finally:
        if guard:
            guard.release()


def require(access: str, actor) -> None:
    """CliError unless *actor* may do what *access* names."""

    if access == "admin" and not actor.is_admin:
        raise CliError(f"只有管理员可以执行此操作（当前账号：{actor.username}，{actor.role}）。")
    if access == "edit" and not actor.can_edit:
        raise CliError(f"账号“{actor.username}”（{actor.role}）只能查看和导出脱敏的台账、档案，不能修改数据。")


def authenticate(args, data: DataDir):
    """Who runs this command: (the User, the password typed) — or (None, None) in a folder without accounts.

    The GUI's rule: no active account → nobody (the command acts as 管理员 "cli", as before accounts existed);
    one active account and no --user → that account, as the GUI opens without a login; otherwise the account
    named by --user (asked for on a terminal) with its password from STATION_APP_PASSWORD or typed (getpass).
    A wrong password, an unknown name or a locked account → CliError (audited; the login delay applies).
    opened() calls this with the database file open, before the command reads or changes anything; the
    password is returned for a layer that unlocks the data with it (encryption)."""
    from station_app.services import accounts

    name = (getattr(args, "login_user", None) or "").strip()
    if not accounts.active_users().exists():
        if name:
            raise CliError(f"{place_of(args, data)} 中还没有账号，无需 --user。")
        return None, None
    if not name and not accounts.login_required():
        return accounts.active_users().order_by(accounts.User.id).first(), None
    name = name or _ask("用户名：", data)
    if getattr(args, "_password", None) is None:  # unlock_key may have asked already: once per command
        args._password = os.environ.get(PASSWORD_ENV) or _ask_secret(name, data)
    return _sign_in(name, args._password), args._password


def _interactive() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _no_terminal(data: DataDir):

    return CliError(f"数据文件夹 {data.root} 有多个账号，需要登录：请在子命令前用 --user 用户名 指定账号，"
                    f"并用环境变量 {PASSWORD_ENV} 给出密码（当前不是交互终端）。")


def _ask(prompt: str, data: DataDir) -> str:
    if not _interactive():
        raise _no_terminal(data)
    sys.stderr.write(prompt)
    sys.stderr.flush()
    return sys.stdin.readline().strip()


def _ask_secret(name: str, data: DataDir) -> str:
    if not _interactive():
        raise _no_terminal(data)
    return getpass.getpass(f"账号 {name} 的密码：")


def _sign_in(name: str, password: str):
    """logins.login, waiting out the delay left by earlier wrong passwords (the instance lock is held)."""
    from station_app.services.logins import LoginRefused, login

    try:
        return login(name, password)
    except LoginRefused as refused:
        if refused.reason != "wait":
            raise CliError(refused.message) from None
        sleep(refused.wait)
    try:
        return login(name, password)
    except LoginRefused as refused:
        raise CliError(refused.message) from None


def add_period_args(parser) -> None:
    parser.add_argument("--year", type=int, help="年度，如 2026")
    parser.add_argument("--from", dest="date_from", help="起始日期 YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", help="截止日期 YYYY-MM-DD")


def period_of(args, default_year: int | None = None) -> tuple[dt.date, dt.date]:
    """(start, end) inclusive from --year or --from/--to; raises CliError with a Chinese message."""
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
