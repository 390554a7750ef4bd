"""Import bombs: time and peak memory of refusing each hostile file, against importing a small good one.

Each file is imported in a fresh child process (`python -c`), so its peak RSS is its own. Target (issue
"Trust the office PC"): every bomb refused in well under a second and under 300 MB.

    python benchmarks/bench_import_limits.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import xlsx_bombs as bombs

CHILD = """
import json, sys, time
from station_app.services import context
from station_app.store.db import open_database
from station_app.outputs.ledgers import import_ledger
from station_app.outputs.ledgers.reader import ImportFileError
open_database(sys.argv[1])
context.set_actor("bench", "管理员")
start = time.perf_counter()
try:
    report = import_ledger("visits", sys.argv[2], dry_run=True)
    outcome = "imported" if report.ok else f"{len(report.problems)} problems"
except ImportFileError as exc:
    outcome = "refused: " + str(exc)[:60]
elapsed = time.perf_counter() - start
# VmHWM: this process image's own peak (ru_maxrss would carry the parent's peak over the fork)
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(json.dumps({"seconds": elapsed, "rss_mb": hwm / 1024, "outcome": outcome}, ensure_ascii=False))
"""

CASES = [
    ("good file (baseline)", lambda p: bombs.base(p)),
    ("200 merged whole columns", bombs.merged_columns),
    ("one value in column XFD", bombs.far_cell),
    ("1,000,000 rows", lambda p: bombs.many_rows(p, 1_000_000)),
    ("one 50M-character shared string", lambda p: bombs.huge_shared_string(p, 50_000_000)),
    ("one 2M-character inline text", lambda p: bombs.huge_text(p, 2_000_000)),
]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = tmp / "station.db"
        subprocess.run([sys.executable, "-c", ("import sys; from station_app.store.db import open_database; "
                                               "open_database(sys.argv[1])"), str(db)], check=True, cwd=ROOT)
        print(f"{'file':36} {'size':>9} {'seconds':>8} {'peak MB':>8}  outcome")
        baseline = None
        for label, make in CASES:
            path = make(tmp / "case.xlsx")
            size = path.stat().st_size
            start = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", CHILD, str(db), str(path)], capture_output=True, text=True,
                                 cwd=ROOT, check=True)
            wall = time.perf_counter() - start
            got = json.loads(out.stdout.strip().splitlines()[-1])
            baseline = baseline or got
            print(f"{label:36} {size / 1024:8.0f}K {got['seconds']:8.3f} {got['rss_mb']:8.0f}  {got['outcome']}"
                  f"  (process {wall:.1f} s)")
        print(f"baseline: a good one-row file imports (dry run) in {baseline['seconds']:.3f} s, "
              f"peak {baseline['rss_mb']:.0f} MB (the process's own start included)")


if __name__ == "__main__":
    main()
