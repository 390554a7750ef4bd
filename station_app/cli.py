"""The `station-app` command line: parses arguments and dispatches to the command modules.

Exit status: 0 success, 1 bad data (Chinese message on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from station_app import APP_NAME, __version__
from station_app.commands.common import EXIT_DATA, EXIT_OK, EXIT_USAGE, CliError


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # wrong usage -> exit 2 with the usage line
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: 参数错误：{message}\n")


def build_parser() -> argparse.ArgumentParser:
    from station_app.commands import MODULES

    parser = _Parser(prog="station-app", description=f"{APP_NAME} (Station Ledger) {__version__}")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="数据文件夹（默认：用户应用数据目录）")
    parser.add_argument("--portable", action="store_true", help="便携模式：数据放在程序旁的 data 文件夹")
    parser.add_argument("--database", metavar="URL", default=None,
                        help="数据库服务器（多台电脑共用）：postgresql://用户@主机:5432/数据库名；也可由环境变量 "
                             "STATION_APP_DATABASE 给出。不给出则用数据文件夹中的数据库文件")
    parser.add_argument("--user", dest="login_user", metavar="用户名", default=None,
                        help="以此账号执行（数据文件夹有两个以上账号时需要；密码交互输入，"
                             "或由环境变量 STATION_APP_PASSWORD 给出）")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    for name in MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    from station_app.outputs import OutputError
    from station_app.services.errors import PermissionDenied, ValidationError
    from station_app.store.errors import StoreError, known_error

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8")
        except (AttributeError, ValueError):
            pass
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        args.command = "gui"
        args.func = _gui_default
    try:
        return int(args.func(args) or EXIT_OK)
    except (CliError, StoreError, ValidationError, PermissionDenied, OutputError) as exc:
        print(f"错误：{getattr(exc, 'message', None) or exc}", file=sys.stderr)
        return EXIT_DATA
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130
    except Exception as exc:  # a full or write-protected disk anywhere below: a message, not a traceback
        known = known_error(exc, path=_data_root(args))
        if known is None:
            raise
        print(f"错误：{known.message}", file=sys.stderr)
        return EXIT_DATA


def _data_root(args):
    from station_app.commands.common import data_dir_of

    try:
        return data_dir_of(args).root
    except Exception:  # noqa: BLE001 — only a hint for judging an I/O error
        return None


def _gui_default(args) -> int:
    from station_app.commands.core import run_gui

    return run_gui(args)


if __name__ == "__main__":
    raise SystemExit(main())
