"""Search benchmark on the county-scale database: queries of 1, 2, 3 and 4 characters.

Usage: python benchmarks/bench_search.py [--quick] [--db /tmp/station-bench/county.db] [--runs 7]
The database is built first when it does not exist (bench_store.py leaves one behind).
Baselines, measured in the same run: a bare FTS5 MATCH count (3+ characters) and a bare
LIKE count over the visit table's content column (1–2 characters).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from common import median_cpu, median_time, open_county, row

from station_app.services.search import count, search
from station_app.store.base import database_proxy

QUERIES = {
    1: ("王", "村", "债"),
    2: ("邻里", "低保", "工资"),
    3: ("宅基地", "东风村", "李秀英"),
    4: ("拖欠工资", "电话回访", "飞线充电"),
}


def bare_match(text: str) -> None:
    database_proxy.execute_sql("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?",
                               ['"' + text + '"']).fetchone()


def bare_like(text: str) -> None:
    database_proxy.execute_sql("SELECT count(*) FROM visit WHERE content LIKE ?", [f"%{text}%"]).fetchone()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="build 10 stations instead of 50, fewer runs")
    parser.add_argument("--db", default="/tmp/station-bench/county.db")
    parser.add_argument("--runs", type=int, default=None)
    args = parser.parse_args()
    runs = args.runs or (3 if args.quick else 7)
    open_county(Path(args.db), args.quick)
    docs = database_proxy.execute_sql("SELECT count(*) FROM search_doc").fetchone()[0]
    print(f"{docs:,} searchable records; median of {runs} runs per query, limit 50 per kind")
    for length, texts in QUERIES.items():
        targets = "target ≤ 100 ms" if length >= 3 else "target ≤ 300 ms"
        base_fn = bare_match if length >= 3 else bare_like
        worst = worst_cpu = 0.0
        for text in texts:
            search(text)  # warm the page cache once
            took = median_time(lambda text=text: search(text), runs)
            cpu = median_cpu(lambda text=text: search(text), runs)
            base = median_time(lambda base_fn=base_fn, text=text: base_fn(text), runs)
            worst, worst_cpu = max(worst, took), max(worst_cpu, cpu)
            hits = sum(len(v) for v in search(text).values())
            print(row(f"search({text!r}) {count(text):>6} matches, {hits:>3} shown", took, base, targets, cpu))
        print(f"  worst {length}-character query: {worst * 1000:.1f} ms (CPU {worst_cpu * 1000:.1f} ms)\n")


if __name__ == "__main__":
    main()
