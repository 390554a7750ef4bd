"""Core sub-commands: gui, init, demo, check, backup, restore, stats and user accounts."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from station_app.commands.common import (
    EXIT_DATA,
    EXIT_OK,
    CliError,
    add_period_args,
    data_dir_of,
    opened,
    period_of,
    place_of,
    server_url,
)
from station_app.commands.station_choice import add_station_arg, station_of
from station_app.store.errors import StoreError

DEMO_LABELS = {"members": "委员", "duty_slots": "值班安排", "reception_days": "接待日", "visits": "来访登记",
               "people": "接待人次", "disputes": "纠纷案件", "succeeded": "调解成功", "activities": "履职活动",
               "topics": "协商议题", "topic_steps": "议题所处步骤", "opinions": "社情民意信息", "swaps": "调剂"}


def register(sub) -> None:
    sub.add_parser("gui", help="启动图形界面（默认）").set_defaults(func=run_gui)

    p = sub.add_parser("init", help="新建数据文件夹、工作站信息和管理员账号")
    p.add_argument("--name", required=True, help="工作站名称")
    p.add_argument("--admin-password", help="管理员（admin）密码；不给出则暂不建账号")
    p.add_argument("--database", metavar="URL", default=argparse.SUPPRESS,
                   help="在此数据库服务器上建立（同全局选项 --database）：postgresql://用户@主机:5432/数据库名")
    p.add_argument("--role", choices=("station", "county"), default="station",
                   help="station：工作站（默认，向上级报送上报包）；county：汇总（接收各工作站的上报包，也可记录本级工作）")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="生成演示数据")
    p.add_argument("--year", type=int, help="年度（默认今年）")
    p.add_argument("--seed", type=int, default=1, help="随机种子（相同种子生成相同数据）")
    p.add_argument("--scale", choices=("studio", "county"), default="studio",
                   help="studio：一个工作站一年；county：全县约10万条")
    p.set_defaults(func=cmd_demo)

    sub.add_parser("check", help="检查数据库、外键与附件").set_defaults(func=cmd_check)

    p = sub.add_parser("backup", help="立即备份数据库")
    p.add_argument("-o", "--output", type=Path, help="备份文件（默认放在数据文件夹的 backups 中）")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="从备份文件恢复数据库")
    p.add_argument("file", type=Path, help="备份文件")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("stats", help="期间工作统计")
    add_period_args(p)
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    which = p.add_mutually_exclusive_group()
    add_station_arg(p, which)
    which.add_argument("--by-station", action="store_true", help="每个工作站一段，最后是合计")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("user", help="账号管理")
    users = p.add_subparsers(dest="user_command", metavar="ACTION", required=True,
                             parser_class=sub._parser_class)
    q = users.add_parser("add", help="新增账号")
    q.add_argument("username")
    q.add_argument("--role", default="录入员", help="管理员 / 录入员 / 只读检查")
    q.add_argument("--display-name", default="")
    q.add_argument("--password", help="密码（不给出则交互输入）")
    q.set_defaults(func=cmd_user_add)
    users.add_parser("list", help="列出账号").set_defaults(func=cmd_user_list)
    q = users.add_parser("passwd", help="修改密码")
    q.add_argument("username")
    q.add_argument("--password", help="新密码（不给出则交互输入）")
    q.set_defaults(func=cmd_user_passwd)


def run_gui(args) -> int:
    """Start the desktop application on the chosen data folder."""
    from station_app.ui import app  # lazy: Qt (PySide6) costs the other commands ≈0.3 s

    return app.run(data_dir_of(args), server=server_url(args))


def cmd_init(args) -> int:
    from station_app.services import accounts, records, settings, stations
    from station_app.services.exchange import keys
    from station_app.store.models import Station

    name = (args.name or "").strip()
    if not name:
        raise CliError("工作站名称不能为空")
    with opened(args, sign_in=False) as (data, _db):
        station = settings.station()
        if station is not None:
            raise CliError(f"{place_of(args, data)} 已初始化（工作站：{station.name}），未做改动。")
        if accounts.active_users().exists():
            raise CliError(f"{place_of(args, data)} 已初始化（已有账号），未做改动。")
        records.update(Station.own_row(), {"name": name})
        stations.set_role(args.role)
        keys.ensure_keys()  # the key pair of its 上报包 (signing) and of the packages it receives
        print(f"已建立工作站“{name}”（{stations.role_label(args.role)}），{place_of(args, data)}")
        if args.admin_password:
            user = accounts.ensure_admin(args.admin_password)
            print(f"管理员账号：{user.username}")
    return EXIT_OK


def cmd_demo(args) -> int:
    import datetime as dt

    from station_app.services import demo
    year = args.year or dt.date.today().year

    def progress(done, total=None, text=""):
        print(f"  [{done}/{total}] {text}" if total else f"  {text}", file=sys.stderr, flush=True)

    with opened(args, access="admin") as (data, _db):
        result = demo.generate(year, seed=args.seed, scale=args.scale, progress=progress)
        print(f"已生成 {year} 年演示数据（{args.scale}），数据文件夹：{data.root}")
        if isinstance(result, dict):
            for key, value in result.items():
                print(f"  {DEMO_LABELS.get(key, key)}：{value}")
    return EXIT_OK


def cmd_check(args) -> int:
    from station_app.services.health import run_checks

    with opened(args, create=False, access="read") as (data, _db):
        problems = run_checks(data)
    if problems:
        print(f"发现 {len(problems)} 个问题：")
        for line in problems:
            print(f"  - {line}")
        return EXIT_DATA
    print(f"检查通过：{data.db_path} 完好，外键和附件无误。")
    return EXIT_OK


def cmd_backup(args) -> int:
    from station_app.store.backup import make_backup

    with opened(args, create=False, access="edit") as (data, db):
        path = make_backup(db, data.backups, target=args.output)
    print(f"已备份到：{path}")
    return EXIT_OK


def cmd_restore(args) -> int:
    from station_app.store.backup import restore
    from station_app.store.db import close_database, open_database
    from station_app.store.lock import InstanceLock

    if server_url(args):  # a server database: the rows of a .stdump backup, by an administrator
        from station_app.services.backups import restore_server_backup

        with opened(args, create=False, access="admin") as (data, _db):
            saved = restore_server_backup(data, args.file)
        print(f"已从 {args.file} 恢复。恢复前的数据已另存为：{saved}")
        return EXIT_OK
    data = data_dir_of(args).ensure()
    with InstanceLock(data.lock_path):  # the database itself may be the broken thing: not opened first
        _may_restore(args, data)
        key = _backup_key(args, data)
        saved = restore(data.db_path, args.file, key=key)
        open_database(data.db_path, create=False, key=key)  # migrates an older backup, refuses a newer one
        close_database()
    print(f"已从 {args.file} 恢复。" + (f"恢复前的数据库已另存为：{saved}" if saved else "恢复前没有数据库文件。"))
    return EXIT_OK


def _may_restore(args, data) -> None:
    """Restoring replaces every record: an administrator of the current database (when it still opens;
    an encrypted one is unlocked with the --user login first)."""
    from station_app.commands.common import authenticate, require, unlock_key
    from station_app.services import context
    from station_app.store.db import close_database, open_database
    from station_app.store.errors import DatabaseCorruptError, DatabaseMissingError, DatabaseNewerError

    if not data.db_path.exists():
        return
    key = unlock_key(args, data)
    try:
        open_database(data.db_path, create=False, migrate=False, key=key)
    except (DatabaseCorruptError, DatabaseMissingError, DatabaseNewerError):
        return  # a broken or lost file holds no accounts to ask for; restoring is the way out
    except StoreError:  # an older schema: read its accounts after migrating, as every command does
        open_database(data.db_path, create=False, key=key)
    try:
        user, _password = authenticate(args, data)
        require("admin", context.set_actor(user.username, user.role) if user else context.current())
    finally:
        close_database()


def _backup_key(args, data) -> bytes | None:
    """The data key of an encrypted backup: `--user` with its password, else the recovery code."""
    from station_app.commands.common import RECOVERY_CODE_ENV, cli_password, read_secret
    from station_app.store import cipher, keyfile
    from station_app.store.backup import keys_for

    if not args.file.is_file() or not cipher.is_encrypted(args.file):
        return None
    keys = keys_for(args.file, data.db_path)
    try:
        if getattr(args, "login_user", None):
            return keyfile.unlock(keys, *cli_password(args))
        return keyfile.unlock_with_code(keys, read_secret(RECOVERY_CODE_ENV, "备份已加密，请输入恢复码：", "恢复码"))
    except keyfile.KeyFileError as exc:
        raise CliError(exc.message) from None


def cmd_stats(args) -> int:
    from station_app.services import station_figures
    from station_app.services.stats import compute

    start, end = period_of(args)
    with opened(args, create=False, access="read") as (_data, _db):
        if args.by_station:
            figures = station_figures.by_station(start, end)
        else:
            station = station_of(args.station)
            figures = compute(start, end, station=station.id if station else None)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    elif args.by_station:
        for block in figures["stations"]:
            print(f"【{block['station']['name']}】")
            print(summary_text(block["figures"]))
            print()
        print("【合计（全部工作站）】")
        print(summary_text(figures["total"]))
    else:
        if station:
            print(f"工作站：{station.name}")
        print(summary_text(figures))
    return EXIT_OK



def _pct(x: float) -> str:
    return f"{x * 100:.1f}%"


def _parts(d: dict) -> str:
    shown = [f"{k} {v}" for k, v in d.items() if v]
    return "、".join(shown) if shown else "无"


def summary_text(f: dict) -> str:
    """A readable Chinese summary of compute()'s figures."""
    m, du, r, d, a, t, o = (f[k] for k in ("members", "duty", "reception", "disputes", "activities",
                                             "topics", "opinions"))
    return "\n".join([
        f"统计期间：{f['period']['from']} 至 {f['period']['to']}",
        f"在册委员：{m['active']} 人（{_parts(m['by_sector'])}）",
        (f"值班：安排 {du['slots']} 场，已完成 {du['held']} 场，取消 {du['cancelled']} 场，"
         f"调剂 {du['swaps']} 次，委员值班 {du['member_shifts']} 人次"),
        (f"接待：接待日 {r['days']} 个，来访 {r['visits']} 批 {r['people']} 人次，"
         f"已办结 {r['closed']} 件，已回访 {r['followed_up']} 件"),
        f"  诉求类别：{_parts(r['by_category'])}",
        f"  处理方式：{_parts(r['by_handling'])}",
        (f"矛盾纠纷：受理 {d['cases']} 件，调解成功 {d['succeeded']} 件（成功率 {_pct(d['success_rate'])}），"
         f"涉及 {d['people']} 人、金额 {d['amount']:,.2f} 元，超期未结 {d['overdue']} 件"),
        f"  纠纷类型：{_parts(d['by_type'])}",
        f"  调解结果：{_parts(d['by_result'])}；来源：{_parts(d['by_source'])}",
        f"  协议涉及金额 {d['agreement_amount']:,.2f} 元；" + "，".join(
            f"{label} {d['prevented'][key]['cases']} 件 {d['prevented'][key]['people']} 人"
            for key, label in (("criminal", "防止民转刑"), ("mass_petition", "防止群体性上访"),
                               ("suicide", "防止自杀"))),
        f"履职活动：{a['count']} 场，服务群众 {a['people']} 人次（{_parts(a['by_type'])}）",
        (f"协商议题：{t['count']} 个，办结 {t['concluded']} 个，成果转化 {t['converted']} 个"
         f"（转化率 {_pct(t['conversion_rate'])}；成果分类 {_parts(t['by_grade'])}）"),
        f"社情民意信息：{o['count']} 篇，采用 {o['adopted']} 篇",
        *_follow_lines(f),
    ])


def _follow_lines(f: dict) -> list[str]:
    p, r = f["proposals"], f["referrals"]
    depts = "、".join(f"{k} {v['count']} 件（按时率 {_pct(v['on_time_rate'])}）" for k, v in r["by_department"].items())
    return [
        (f"提案：{p['count']} 件，立案 {p['filed']} 件，重点提案 {p['key']} 件，已答复 {p['replied']} 件，"
        f"委员满意（含基本满意） {p['satisfied']} 件（答复类别 {_parts(p['by_reply_class'])}）"),
        (f"督办事项：交办 {r['count']} 件，已答复 {r['replied']} 件（按时 {r['on_time']} 件，按时率 "
        f"{_pct(r['on_time_rate'])}），逾期未答复 {r['overdue']} 件，已反馈 {r['fed_back']} 件，"
        f"上期结转未答复 {r['carried_over']} 件"),
        f"  承办单位：{depts or '无'}",
    ]


def _ask_password(given: str | None) -> str:
    if given:
        return given
    if not sys.stdin.isatty():
        raise CliError("请用 --password 给出密码（当前不是交互终端）。")
    first = getpass.getpass("密码：")
    if first != getpass.getpass("再输入一次："):
        raise CliError("两次输入的密码不一致。")
    return first


def cmd_user_add(args) -> int:
    from station_app.services import accounts

    with opened(args, create=False, access="admin") as (_data, _db):
        user = accounts.create_user(args.username, _ask_password(args.password), args.role, args.display_name)
        print(f"已新增账号 {user.username}（{user.role}）")
    return EXIT_OK


def cmd_user_list(args) -> int:
    from station_app.services import accounts, logins

    with opened(args, create=False, access="admin") as (_data, _db):
        users = accounts.list_users()
        if not users:
            print("还没有账号（只有一个账号或没有账号时打开程序无需登录）。")
        for u in users:
            state = "启用" if u.active else "停用"
            if u.failed_logins >= logins.MAX_FAILURES and logins.wait_seconds(u) > 0:
                state += f"，锁定至 {u.locked_until:%Y-%m-%d %H:%M}"
            last = u.last_login.strftime("%Y-%m-%d %H:%M") if u.last_login else "从未登录"
            print(f"{u.username}\t{u.display_name}\t{u.role}\t{state}\t最近登录：{last}")
    return EXIT_OK


def cmd_user_passwd(args) -> int:
    from station_app.services import accounts, context

    with opened(args, create=False, access="read") as (_data, _db):
        actor = context.current()
        user = accounts.get_user(args.username)
        if user is None:
            raise CliError(f"账号不存在：{args.username}")
        if user.username != actor.username and not actor.is_admin:
            raise CliError(f"只能修改自己的密码；修改账号 {user.username} 的密码需要管理员账号。")
        # one's own password: the password just signed in with is the old one (change_password checks it)
        old = args.signed_in[1] if user.username == actor.username else None
        accounts.change_password(user, _ask_password(args.password), old=old)
        print(f"已修改账号 {user.username} 的密码")
    return EXIT_OK
