"""`station-app report-text`: the 年度工作报告's 存在问题 / 下一步打算 text of a year, shown or set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from station_app.commands.common import CliError, opened

OPTIONS = (("problems", "存在问题"), ("plans", "下一步打算"))


def register(subparsers) -> None:
    p = subparsers.add_parser("report-text", help="年度工作报告的“存在问题”“下一步打算”文字：不带选项时显示")
    p.add_argument("--year", type=int, help="年度（默认今年）")
    for key, heading in OPTIONS:
        group = p.add_mutually_exclusive_group()
        group.add_argument(f"--{key}", metavar="TEXT", help=f"“{heading}”的文字（空字符串清除）")
        group.add_argument(f"--{key}-file", type=Path, metavar="FILE",
                           help=f"从文本文件读取“{heading}”（UTF-8 或 GBK）")
    p.set_defaults(func=_report_text)


def read_text_file(path: Path) -> str:

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CliError(f"找不到文件：{path}") from None
    except OSError as exc:
        raise CliError(f"读不出文件 {path}：{exc.strerror or exc}") from None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CliError(f"文件 {path} 不是 UTF-8 或 GBK 编码的文本")


def _report_text(args) -> int:
    from station_app.services import report_text
    from station_app.services.report_text import char_count

    year = args.year or dt.date.today().year
    given = {}
    for key, _heading in OPTIONS:
        path = getattr(args, f"{key}_file")
        value = read_text_file(path) if path else getattr(args, key)
        if value is not None:
            given[key] = value
    with opened(args, create=False, access="edit" if given else "read"):
        texts = report_text.save(year, **given) if given else report_text.texts(year)
    if given:
        print(f"已保存{year}年度工作报告文字：" + "、".join(h for k, h in OPTIONS if k in given))
    for key, heading in OPTIONS:
        text = texts[key]
        print(f"【{heading}】（{char_count(text)}字）")
        print(text if text else "（未填写）")
    return 0
