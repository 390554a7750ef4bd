"""Encryption sub-commands: encrypt (turn it on, print the recovery code once), recover, new recovery code."""

from __future__ import annotations

from station_app.commands.common import (
    EXIT_OK,
    RECOVERY_CODE_ENV,
    CliError,
    cli_password,
    data_dir_of,
    opened,
    read_secret,
)


def register(sub) -> None:
    p = sub.add_parser("encrypt", help="加密数据库和全部备份（SQLCipher），显示一次恢复码；需 --user 管理员登录")
    p.set_defaults(func=cmd_encrypt)

    p = sub.add_parser("recover", help="忘记密码：用恢复码为账号设置新密码")
    p.add_argument("--password", help="新密码（不给出则交互输入）")
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser("recovery-code", help="更换恢复码（旧的作废），显示一次；需 --user 管理员登录")
    p.set_defaults(func=cmd_new_code)


def print_code(code: str) -> None:
    print("恢复码（只显示这一次，请抄写或打印后妥善保管；忘记密码时凭它找回数据）：")
    print(f"\n    {code}\n")


def _require_admin_login(args) -> tuple[str, str]:
    from station_app.services import accounts

    username, password = cli_password(args)
    user = accounts.get_user(username)
    if user is None or not user.active or not accounts.check_password(password, user.password_hash):
        raise CliError("用户名或密码不正确，或账号已停用。")
    if user.role != "管理员":
        raise CliError(f"账号 {username} 不是管理员：只有管理员可以开启加密或更换恢复码。")
    return username, password


def cmd_encrypt(args) -> int:
    from station_app.services import encryption

    data = data_dir_of(args)
    already = encryption.enabled(data) if data.db_path.exists() else False
    with opened(args, create=False) as (data, _db):
        username, password = _require_admin_login(args)
        if already:
            problems = encryption.encrypt_backups(data)
            print(f"数据已经加密：{data.db_path}。仍未加密的备份已一并加密。")
        else:
            code, problems = encryption.enable(data, username, password)
            print(f"已加密：{data.db_path} 及其备份。此后打开数据需要账号密码（或恢复码）。")
            print_code(code)
        for line in problems:
            print(f"  未能加密的备份：{line}")
    return EXIT_OK


def cmd_recover(args) -> int:
    from station_app.commands.core import _ask_password
    from station_app.services import encryption
    from station_app.store.db import close_database
    from station_app.store.keyfile import KeyFileError
    from station_app.store.lock import InstanceLock

    username = (getattr(args, "login_user", None) or "").strip()
    if not username:
        raise CliError("请用全局选项 --user 用户名 指明要找回密码的账号，如：station-app --user admin recover")
    data = data_dir_of(args).ensure()
    if not encryption.enabled(data):
        raise CliError("数据没有加密：忘记密码请由管理员用“user passwd”重设。")
    with InstanceLock(data.lock_path):
        code = read_secret(RECOVERY_CODE_ENV, "恢复码：", "恢复码")
        try:
            encryption.unlock_with_code(data, code)
        except KeyFileError as exc:
            raise CliError(exc.message) from None
        new = _ask_password(args.password)
        try:
            encryption.recover(data, username, code, new)
        finally:
            close_database()
    print(f"已为账号 {username} 设置新密码。")
    return EXIT_OK


def cmd_new_code(args) -> int:
    from station_app.services import encryption

    with opened(args, create=False) as (data, _db):
        _require_admin_login(args)
        code = encryption.new_recovery_code(data)
    print("已更换恢复码，旧的恢复码不再有效。")
    print_code(code)
    return EXIT_OK
