"""Save a PNG of every page of the main window (and the search dialog) filled with demo data.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [out_folder] [--scale studio|county]
        [--size 1366x768] [--dark] [--font 100|115|130] [--matrix]

--matrix: every page at 1366×768 and 1920×1080, light and dark palettes, 100 % and 130 % font size,
one sub-folder per combination (e.g. 1366x768-dark-130).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def take(out: Path, *, scale: str = "studio", year: int | None = None, size=(1366, 800), dark: bool = False,
         font: int = 100) -> list[Path]:
    """Generate demo data in a temporary data folder, then grab each page; returns the files written."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QScrollArea

    from station_app.paths import DataDir
    from station_app.services import context, demo
    from station_app.store.db import close_database, open_database
    from station_app.ui.app import create_application
    from station_app.ui.main_window import MainWindow

    year = year or dt.date.today().year
    out.mkdir(parents=True, exist_ok=True)
    from station_app.ui import theme

    app = create_application()
    app.setPalette(theme.dark_palette() if dark else app.style().standardPalette())
    theme.set_font_scale(app, font)
    scratch = Path(tempfile.mkdtemp(prefix="shots-"))  # the demo data folder, removed at the end
    data = DataDir(scratch / "data").ensure()
    open_database(data.db_path)
    context.set_actor("admin", "管理员")
    demo.generate(year, seed=1, scale=scale)
    _accounts_and_bin()
    from station_app.services import backups

    backups.backup_now(data)
    window = MainWindow(data, QSettings(str(data.root / "window.ini"), QSettings.IniFormat))
    window.resize(*size)
    window.show()
    written = []
    for i, key in enumerate(window.keys(), start=1):
        page = window.show_page(key)
        if hasattr(page, "load_now"):
            page.load_now()
        for _ in range(3):
            app.processEvents()
        path = out / f"{i:02d}-{key}.png"
        window.grab().save(str(path))
        written.append(path)
        scroll = page.findChild(QScrollArea)
        if scroll is not None and scroll.widget().height() > scroll.viewport().height():
            full = out / f"{i:02d}-{key}-full.png"
            scroll.widget().grab().save(str(full))
            written.append(full)
    settings = window.pages.get("settings")
    if settings is not None:
        for n, title in enumerate(settings.tabs.tabText(i) for i in range(settings.tabs.count())):
            window.show_page("settings")
            settings.show_tab(title)
            app.processEvents()
            path = out / f"{len(written) + 1:02d}-settings-{n + 1}.png"
            window.grab().save(str(path))
            written.append(path)
    dialog = window.open_search()
    dialog.box.setText("调解")
    dialog.run()
    app.processEvents()
    path = out / f"{len(written) + 1:02d}-search.png"
    dialog.grab().save(str(path))
    written.append(path)
    dialog.close()
    from station_app.ui.login import FirstRunDialog, LoginDialog

    for name, shown in (("first-run", FirstRunDialog(window)), ("login", LoginDialog(window, "三塬镇委员工作室"))):
        shown.show()
        app.processEvents()
        path = out / f"{len(written) + 1:02d}-{name}.png"
        shown.grab().save(str(path))
        written.append(path)
        shown.close()
    window.close()
    close_database()
    QApplication.processEvents()
    shutil.rmtree(scratch, ignore_errors=True)
    return written


def _accounts_and_bin() -> None:
    """A few accounts for the 账号 tab and a few deleted records for the 回收站."""
    from station_app.services import accounts, listing, records

    accounts.ensure_admin("demo-admin")
    accounts.create_user("wangfang", "demo-clerk", "录入员", "王芳")
    accounts.create_user("jiancha", "demo-reader", "只读检查", "县政协检查组")
    for kind in ("visit", "activity", "opinion"):
        for row in listing.fetch(kind, limit=2):
            records.soft_delete(listing.get(kind, row["id"]))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="每个页面截图（演示数据）")
    parser.add_argument("out", nargs="?", default="screenshots")
    parser.add_argument("--scale", default="studio")
    parser.add_argument("--year", type=int)
    parser.add_argument("--size", default="1366x800")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--font", type=int, default=100)
    parser.add_argument("--matrix", action="store_true")
    args = parser.parse_args(argv)
    if args.matrix:
        runs = [((w, h), dark, font) for w, h in ((1366, 768), (1920, 1080)) for dark in (False, True)
                for font in (100, 130)]
    else:
        runs = [(tuple(int(n) for n in args.size.split("x")), args.dark, args.font)]
    for size, dark, font in runs:
        folder = Path(args.out)
        if args.matrix:
            folder = folder / f"{size[0]}x{size[1]}-{'dark' if dark else 'light'}-{font}"
        for path in take(folder, scale=args.scale, year=args.year, size=size, dark=dark, font=font):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
