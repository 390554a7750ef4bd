"""`station-app exchange …`: 上报包 — export (signed, encrypted for the upper level), trust the upper level's
key file, hand out this unit's key file, import stations' packages, and show the state of it all."""

from __future__ import annotations

import sys
from pathlib import Path

from station_app.commands.common import EXIT_DATA, EXIT_OK, CliError, opened


def register(sub) -> None:
    p = sub.add_parser("exchange", help="上报包：导出、导入，上级公钥文件")
    actions = p.add_subparsers(dest="exchange_command", metavar="ACTION", required=True,
                               parser_class=sub._parser_class)

    q = actions.add_parser("export", help="导出上报包（签名并加密，只有上级能打开）")
    which = q.add_mutually_exclusive_group()
    which.add_argument("--since-last", dest="full", action="store_false", default=False,
                       help="自上一个上报包以来的变动（默认）")
    which.add_argument("--all", dest="full", action="store_true", help="全部记录（如上级丢失了以前的包）")
    q.add_argument("--with-attachments", action="store_true", help="附带附件文件（照片、扫描件）")
    q.add_argument("-o", "--output", type=Path, required=True, help="上报包文件，或存放它的文件夹")
    q.set_defaults(func=cmd_export)

    q = actions.add_parser("trust", help="导入上级下发的公钥文件（此后上报包发给该单位）；需管理员")
    q.add_argument("file", type=Path, help="公钥文件（.slkey）")
    q.set_defaults(func=cmd_trust)

    q = actions.add_parser("key", help="导出本单位的公钥文件，下发给各工作站")
    q.add_argument("-o", "--output", type=Path, required=True, help="公钥文件（.slkey），或存放它的文件夹")
    q.set_defaults(func=cmd_key)

    q = actions.add_parser("import", help="导入工作站的上报包（可一次多个）")
    q.add_argument("files", nargs="+", type=Path, metavar="FILE", help="上报包文件")
    q.add_argument("--accept-new", action="store_true",
                   help="首次收到的工作站直接登记（不逐个确认；请先与工作站核对指纹）")
    q.set_defaults(func=cmd_import)

    actions.add_parser("status", help="本单位的密钥指纹、上级、导出记录和已登记的工作站").set_defaults(func=cmd_status)


def _target(output: Path, name: str) -> Path:
    return output / name if output.is_dir() else output


def cmd_export(args) -> int:
    from station_app.services import settings
    from station_app.services.exchange import export

    with opened(args, create=False) as (_data, _db):
        own = settings.station()
        if own is None:
            raise CliError("尚未建立工作站信息，请先运行 station-app init --name 名称。")
        path = _target(args.output, export.default_name(own.name, export.next_sequence()))
        result = export.export_package(path, full=args.full, with_attachments=args.with_attachments)
    kind = "全部记录" if result.full else "自上一个上报包以来的变动"
    print(f"已导出第 {result.sequence} 号上报包（{kind}）：{result.path}")
    print(f"  接收单位：{result.recipient}；记录 {result.total} 行，删除 {result.deleted} 行，"
          f"附件文件 {result.files} 个")
    for sha in result.missing_files:
        print(f"  附件文件缺失，未随包：{sha}")
    return EXIT_OK


def cmd_trust(args) -> int:
    from station_app.services.exchange import keys

    with opened(args, create=False, access="admin") as (_data, _db):
        key = keys.read_key_file(args.file)
        before = keys.trust(key)
    print(f"此后上报包发给：{key.name}")
    print(f"  对方公钥指纹：{key.fingerprint}")
    print("  请打电话与对方核对这串数字，一致才说明公钥文件没有被调换。")
    if before is not None and before.fingerprint != key.fingerprint:
        print(f"  （替换了原来的接收单位：{before.name}，指纹 {before.fingerprint}）")
    return EXIT_OK


def cmd_key(args) -> int:
    from station_app.services import settings
    from station_app.services.exchange import keys

    with opened(args, create=False) as (_data, _db):
        own = settings.station()
        if own is None:
            raise CliError("尚未建立单位信息，请先运行 station-app init --name 名称。")
        path = _target(args.output, f"{own.name}_公钥{keys.KEY_SUFFIX}")
        key = keys.write_key_file(path, own)
    print(f"已导出本单位公钥文件：{path}")
    print(f"  指纹：{key.fingerprint}（工作站导入后会显示这串数字，请他们打电话核对）")
    return EXIT_OK


def _ask_new(info) -> bool:
    if not sys.stdin.isatty():
        return False
    print(f"首次收到工作站“{info.name}”（{info.cppcc or '所属政协未填'}）的上报包。")
    print(f"  签名密钥指纹：{info.fingerprint}")
    sys.stderr.write("与该工作站核对指纹一致后，登记并导入？[y/N] ")
    sys.stderr.flush()
    return sys.stdin.readline().strip().lower() in ("y", "yes", "是")


def cmd_import(args) -> int:
    from station_app.services.exchange import importer

    for path in args.files:
        if not path.is_file():
            raise CliError(f"找不到上报包文件：{path}")
    with opened(args, create=False) as (_data, _db):
        def progress(_done, _total, text=""):
            if len(args.files) > 1 and text:
                print(f"  {text}", file=sys.stderr, flush=True)

        outcomes = importer.import_files(args.files, accept_new=True if args.accept_new else _ask_new,
                                         progress=progress)
    refused = 0
    for outcome in outcomes:
        for line in outcome.lines():
            print(line)
        refused += outcome.result is None
    if refused:
        print(f"{refused} 个上报包未导入（原因见上），其余已导入。", file=sys.stderr)
        return EXIT_DATA
    return EXIT_OK


def cmd_status(args) -> int:
    from station_app.services.exchange import status

    with opened(args, create=False, access="read") as (_data, _db):
        for line in status.lines():
            print(line)
    return EXIT_OK
