"""`station-app self-test`: in a temporary data folder, open a database, render one ledger and one
sheet, start the GUI offscreen. The user's own data folder is never touched.

Used by build_installer.py on the frozen application and by support staff on a station PC.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from station_app.commands.common import CliError


def register(sub) -> None:
    p = sub.add_parser("self-test", help="自检：数据库、台账、档案、界面")
    p.add_argument("--no-gui", action="store_true", help="不启动界面")
    p.set_defaults(func=run)


def _check(label: str, ok: bool, detail: str = "") -> None:
    if not ok:
        raise CliError(f"自检失败：{label} {detail}".strip())
    print(f"  ✓ {label}")


def run(args) -> int:
    with tempfile.TemporaryDirectory(prefix="station-selftest-", ignore_cleanup_errors=True) as tmp:
        args.data_dir = Path(tmp) / "data"
        return _run_in(args, Path(tmp))


def _run_in(args, tmp: Path) -> int:
    from openpyxl import load_workbook

    from station_app import __version__
    from station_app.commands.common import opened
    from station_app.outputs.ledgers import export_ledger
    from station_app.outputs.sheets import render_sheet
    from station_app.services import records
    from station_app.store.models import Station

    print(f"委员工作站履职台账 {__version__} 自检")
    today = dt.date.today()
    with opened(args) as (data, _db):
        _check("打开数据库", data.db_path.exists())
        if not Station.own_row().name:
            records.update(Station.own_row(), {"name": "自检工作站"})
        member = records.create("member", {"name": "自检委员", "sector": "中共"})
        visit = records.create("visit", {
            "visit_date": today, "visitor_name": "自检来访人𠮷䶮", "category": "其他", "content": "自检记录",
            "handling": "当场解答"}, members=[member.id])
        out = tmp / "out"
        xlsx = export_ledger("visits", out / "visits.xlsx", start=dt.date(today.year, 1, 1),
                             end=dt.date(today.year, 12, 31))
        texts = [c.value for row in load_workbook(xlsx).active.iter_rows() for c in row]
        _check("生成接待登记台账", "自检来访人𠮷䶮" in texts)
        pdf = render_sheet("visit", [visit.id], out / "visit.pdf")
        _check("生成来访登记处理单", pdf.exists() and pdf.read_bytes()[:4] == b"%PDF")
        _check("生僻字（𠮷䶮）以内置补充字体打印", b"StationHanExt" in pdf.read_bytes())
    from station_app.store.cipher import self_check

    problem = self_check(tmp)
    _check("数据加密（SQLCipher、全文检索）", problem is None, problem or "")
    if not args.no_gui:
        from station_app.ui.app import self_test

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _check("启动界面", self_test(data) == 0)
    print("自检通过")
    return 0
