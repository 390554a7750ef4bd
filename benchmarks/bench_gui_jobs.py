"""GUI responsiveness with long work in the background, on the county-scale database.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui_jobs.py [--data-dir DIR] [--repeat 5]
(DIR: a data folder made once with `python -m station_app --data-dir DIR demo --scale county`; built
here when missing.)
Targets: closing a print preview while its PDF is being made gives control back ≤ 0.2 s (median);
switching to 统计 paints the page ≤ 150 ms (its figures follow from a worker thread).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import ROOT


def _until(predicate, timeout: float = 120.0) -> float:
    """Process events until *predicate* holds; seconds it took."""
    from PySide6.QtWidgets import QApplication

    start = time.perf_counter()
    while not predicate() and time.perf_counter() - start < timeout:
        QApplication.processEvents()
        time.sleep(0.002)
    return time.perf_counter() - start


def preview_cancel(ids: list[int], repeat: int) -> tuple[float, float, float]:
    """Medians: closing the preview mid-render until control is back; until its worker has ended; and
    the render's time to its first sheet (how far in the close came)."""
    from PySide6.QtWidgets import QApplication

    from station_app.ui.dialogs.pdf_preview import PdfPreviewDialog

    back, ended, started, lag = [], [], [], []
    for _ in range(repeat):
        dialog = PdfPreviewDialog(None, "dispute", ids, title="卷宗")
        dialog.show()
        job, folder = dialog.job, dialog._dir
        started.append(_until(lambda job=job: job.dialog.maximum() > 0))  # the first sheet is on its page
        lag.append(_event_lag(0.5))  # well into the render: how the window answers meanwhile
        start = time.perf_counter()
        dialog.reject()
        QApplication.processEvents()  # the window handles its events again
        back.append(time.perf_counter() - start)
        ended.append(back[-1] + _until(lambda job=job, folder=folder: not job.running and not folder.exists()))
        dialog.deleteLater()
    return (statistics.median(back), statistics.median(ended), statistics.median(started),
            statistics.median(lag))


def _event_lag(seconds: float) -> float:
    """Worst delay of a zero-timer (the event loop answering) over *seconds*, in seconds."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    worst, end = 0.0, time.perf_counter() + seconds
    while time.perf_counter() < end:
        fired = []
        start = time.perf_counter()
        QTimer.singleShot(0, lambda fired=fired: fired.append(time.perf_counter()))
        while not fired:
            QApplication.processEvents()
        worst = max(worst, fired[0] - start)
        time.sleep(0.01)
    return worst


def page_switch(window, key: str, repeat: int) -> tuple[float, float, float]:
    """Medians: switching to the page until it has painted; until its figures are filled; and the
    figures computed on the GUI thread as before (load_now)."""
    from PySide6.QtWidgets import QApplication

    painted, filled, inline = [], [], []
    for _ in range(repeat):
        window.show_page("members" if key != "members" else "home")
        _until(lambda: not any(getattr(p, "computing", False) for p in window.pages.values()))
        start = time.perf_counter()
        page = window.show_page(key)
        QApplication.processEvents()
        page.repaint()  # the frame and busy line, painted
        painted.append(time.perf_counter() - start)
        filled.append(painted[-1] + _until(lambda page=page: not page.computing))
        start = time.perf_counter()
        page.load_now()
        inline.append(time.perf_counter() - start)
    return statistics.median(painted), statistics.median(filled), statistics.median(inline)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/gj-county"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--disputes", type=int, default=100, help="dossiers in the preview (≈12 pages each)")
    args = parser.parse_args(argv)

    from station_app.paths import DataDir

    data = DataDir(args.data_dir)
    if not data.db_path.exists():
        print(f"building the county demo at {args.data_dir} (≈ 30 s) …", flush=True)
        subprocess.run([sys.executable, "-m", "station_app", "--data-dir", str(args.data_dir), "demo",
                        "--scale", "county"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)

    from PySide6.QtCore import QSettings

    from station_app.services import context
    from station_app.store.db import close_database, open_database
    from station_app.store.models import Dispute
    from station_app.ui.app import create_application
    from station_app.ui.jobs import stop_all
    from station_app.ui.main_window import MainWindow

    create_application()
    open_database(data.db_path, check=False)
    context.set_actor("bench", "管理员")
    ids = [d.id for d in Dispute.alive().order_by(Dispute.id).limit(args.disputes)]
    print(f"median of {args.repeat} runs (this machine, county database {args.data_dir}):")
    back, ended, started, lag = preview_cancel(ids, args.repeat)
    print(f"{'preview of ' + str(len(ids)) + ' dossiers closed mid-render → control back':<52}"
          f" {back * 1000:8.1f} ms  target ≤ 200 ms")
    print(f"{'  … its worker ended, temp folder removed':<52} {ended * 1000:8.1f} ms  (information)")
    print(f"{'  … (render start → first sheet)':<52} {started * 1000:8.1f} ms  (information)")
    print(f"{'  … worst event-loop delay while it renders':<52} {lag * 1000:8.1f} ms  (information)")

    settings = QSettings(str(data.root / "bench-jobs.ini"), QSettings.IniFormat)
    settings.setValue("window/page", "members")
    window = MainWindow(data, settings)
    window.resize(1366, 768)
    window.show()
    _until(lambda: False, 0.2)
    for key, label in (("stats", "switch to 统计"), ("home", "switch to 首页")):
        painted, filled, inline = page_switch(window, key, args.repeat)
        target = "  target ≤ 150 ms" if key == "stats" else ""
        print(f"{label + ' → first paint':<52} {painted * 1000:8.1f} ms{target}")
        print(f"{'  … figures filled in (worker thread)':<52} {filled * 1000:8.1f} ms  (information)")
        print(f"{'  … the same on the GUI thread (as before)':<52} {inline * 1000:8.1f} ms  (information)")
    window.close()
    stop_all()
    close_database()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
