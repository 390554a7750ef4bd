"""Search every record kind at once: trigram full-text for 3+ characters, LIKE for 1–2 characters."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from station_app.services.fields import KINDS
from station_app.services.normalize import clean_text
from station_app.store import fts
from station_app.store.base import database_proxy

KIND_ORDER = tuple(fts.SOURCES)  # visit, dispute, activity, topic, opinion, member
SNIPPET_BEFORE = 14
SNIPPET_AFTER = 36
PROBE_ROWS = 600  # newest records per kind tried first for 1–2 character queries


@dataclass(frozen=True)
class Hit:
    kind: str  # kind key, e.g. "visit"
    id: int
    title: str
    snippet: str  # the text around the first match, "…" where cut
    date: dt.date | None

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind].label


def terms_of(text: str) -> list[str]:
    """The words of a query (full-width characters folded as the stored text is)."""
    return [t for t in clean_text(text).split(" ") if t]


def _match_expr(terms: list[str]) -> str:
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _like_pattern(term: str) -> str:
    return "%" + re.sub(r"([\\%_])", r"\\\1", term) + "%"


_RANKED = """
WITH m AS (
  SELECT d.id, row_number() OVER (PARTITION BY d.kind ORDER BY d.date DESC, d.rid DESC) AS n
  FROM {source} WHERE {where}
)
SELECT d.kind, d.rid, d.title, d.date, d.body FROM m JOIN search_doc d ON d.id = m.id
WHERE m.n <= ? ORDER BY d.kind, m.n
"""


_PROBE = """
SELECT d.kind, d.rid, d.title, d.date, d.body FROM (
  SELECT * FROM search_doc WHERE kind = ? ORDER BY date DESC, rid DESC LIMIT {probe}
) d WHERE {where} LIMIT ?
"""


def _run(sql: str, params: list) -> list[tuple]:
    return database_proxy.execute_sql(sql, params).fetchall()


def _query(terms: list[str], limit: int, *, use_fts: bool):
    if use_fts:
        source = "search_fts JOIN search_doc d ON d.id = search_fts.rowid"
        return _run(_RANKED.format(source=source, where="search_fts MATCH ?"), [_match_expr(terms), limit])
    # 1–2 characters: no index helps, so first look at each kind's newest records only (a common
    # word fills the page there at once), then scan in full only the kinds still short of hits.
    where = " AND ".join("d.body LIKE ? ESCAPE '\\'" for _ in terms)
    params = [_like_pattern(t) for t in terms]
    sizes = dict(_run("SELECT kind, count(*) FROM search_doc GROUP BY kind", []))
    rows, rest = [], []
    for kind in KIND_ORDER:
        if not sizes.get(kind):
            continue
        got = _run(_PROBE.format(probe=PROBE_ROWS, where=where), [kind, *params, limit])
        if len(got) >= limit or sizes[kind] <= PROBE_ROWS:
            rows += got
        else:
            rest.append(kind)
    if rest:  # one sequential scan ("+" keeps SQLite off the kind index: walking it is slower)
        kinds = "" if len(rest) == len(sizes) else f"+d.kind IN ({', '.join('?' * len(rest))}) AND "
        sql = _RANKED.format(source="search_doc d", where=kinds + where)
        rows += _run(sql, [*(rest if kinds else ()), *params, limit])
    return rows


def snippet(body: str, term: str) -> str:
    """A short stretch of *body* around the first occurrence of *term* (case-insensitive)."""
    body = re.sub(r"\s+", " ", body or "").strip()
    at = body.lower().find(term.lower())
    if at < 0:
        width = SNIPPET_BEFORE + SNIPPET_AFTER
        return body[:width] + ("…" if len(body) > width else "")
    start = max(0, at - SNIPPET_BEFORE)
    end = min(len(body), at + len(term) + SNIPPET_AFTER)
    return ("…" if start else "") + body[start:end] + ("…" if end < len(body) else "")


def _date(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def search(text: str, limit: int = 50) -> dict[str, list[Hit]]:
    """Records whose text contains every word of *text*, newest first, at most *limit* per kind.

    Keys are kind keys in a fixed order (来访、纠纷、活动、议题、社情民意、委员); kinds without hits are left out.
    Records in the recycle bin are never found.
    """
    terms = terms_of(text)
    if not terms:
        return {}
    db = database_proxy.obj
    use_fts = min(len(t) for t in terms) >= 3 and fts.available(db)
    rows = _query(terms, int(limit), use_fts=use_fts)
    found: dict[str, list[Hit]] = {}
    for kind, rid, title, date, body in rows:
        found.setdefault(kind, []).append(Hit(kind, rid, title or "", snippet(body, terms[0]), _date(date)))
    return {k: found[k] for k in KIND_ORDER if k in found}


def count(text: str) -> int:
    """How many records in total contain every word of *text* (for a “共 N 条” line)."""
    terms = terms_of(text)
    if not terms:
        return 0
    if min(len(t) for t in terms) >= 3 and fts.available(database_proxy.obj):
        sql, params = "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", [_match_expr(terms)]
    else:
        likes = " AND ".join("d.body LIKE ? ESCAPE '\\'" for _ in terms)
        sql = f"SELECT count(*) FROM search_doc d WHERE {likes}"
        params = [_like_pattern(t) for t in terms]
    return database_proxy.execute_sql(sql, params).fetchone()[0]
