"""Frozen build start-up: the built app (dist/StationLedger) from launch to its main window shown.

Run after `python build_installer.py`:  python benchmarks/bench_frozen.py [--runs 7]
Prints the median time from launch to the main window shown (the app quits right after, through
STATION_APP_QUIT_AFTER_SHOWN) beside the frozen executable's own `--version` in the same run: the cost
of starting the bundled interpreter, which no GUI work can go below.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "StationLedger"


def timed(cmd: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    exe = BUNDLE / ("station-app.exe" if os.name == "nt" else "station-app")
    if not exe.exists():
        print(f"没有找到 {exe}，请先运行 python build_installer.py", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        data = str(Path(tmp) / "data")
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   STATION_APP_QUIT_AFTER_SHOWN="1")
        subprocess.run([str(exe), "--data-dir", data, "init", "--name", "基准测试工作站", "--admin-password",
                        "bench-pass-1"], env=env, check=True, capture_output=True)
        timed([str(exe), "--data-dir", data, "gui"], env)  # warm the file cache once
        gui, bare = [], []
        for _ in range(args.runs):
            gui.append(timed([str(exe), "--data-dir", data, "gui"], env))
            bare.append(timed([str(exe), "--version"], env))
    g, b = statistics.median(gui), statistics.median(bare)
    print(f"frozen start to main window shown: median {g:.2f} s (runs {', '.join(f'{x:.2f}' for x in gui)})")
    print(f"baseline, frozen --version:        median {b:.2f} s   ratio {g / b:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
