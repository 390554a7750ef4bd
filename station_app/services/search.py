"""Search every record kind at once through the trigram index (1–2 characters via its vocabulary)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from station_app.services.fields import KINDS
from station_app.services.normalize import clean_text
from station_app.services.registry import ENTRIES
from station_app.store import dialect, fts
from station_app.store.base import database_proxy

KIND_ORDER = tuple(k for k, e in ENTRIES.items() if e.search_title)  # visit, dispute, … member (the index's)
SNIPPET_BEFORE = 14
SNIPPET_AFTER = 36
PROBE_ROWS = 600  # newest records per kind tried first (with LIKE) for queries with a short word
MAX_TOKENS = 3000  # a short term starting more trigrams than this is searched with LIKE


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


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _match_expr(terms: list[str]) -> str | None:
    """The MATCH expression for *terms*, or None when some term cannot occur (no trigram has it).

    A term of 3+ characters is a phrase. A shorter one is looked up in the trigram vocabulary: every
    document text ends with two spaces, so each occurrence of a 1–2 character string starts some
    trigram, and the OR of the trigrams starting with it finds exactly the documents that contain it.
    Raises _TooMany when a short term starts too many trigrams to be worth it (then LIKE is used).
    """
    parts = []
    for term in terms:
        if len(term) >= 3:
            parts.append(_quote(term))
            continue
        low = term.lower()  # the trigram tokenizer folds case
        tokens = [r[0] for r in _run("SELECT term FROM search_vocab WHERE term >= ? AND term < ? LIMIT ?",
                                     [low, low + "\U0010ffff", MAX_TOKENS + 1])]
        if not tokens:
            return None
        if len(tokens) > MAX_TOKENS:
            raise _TooMany(term)
        parts.append("(" + " OR ".join(_quote(t) for t in tokens) + ")")
    return " AND ".join(parts)


class _TooMany(Exception):
    """A short term starts more trigrams than MAX_TOKENS."""


def _like() -> str:
    """SQLite's LIKE folds ASCII case; PostgreSQL's ILIKE does (and a trigram index serves it)."""
    return "ILIKE" if dialect.is_postgres() else "LIKE"


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


def _kinds_clause(rest: list[str], sizes: dict) -> tuple[str, list]:
    """Restrict a scan to the kinds in *rest* ("+": not through the kind index, slower to walk)."""
    if len(rest) == len(sizes):
        return "", []
    plus = "" if dialect.is_postgres() else "+"
    return f"{plus}d.kind IN ({', '.join('?' * len(rest))}) AND ", list(rest)


def _query(terms: list[str], limit: int, *, use_fts: bool):
    sizes = dict(_run("SELECT kind, count(*) FROM search_doc GROUP BY kind", []))
    like = " AND ".join(f"d.body {_like()} ? ESCAPE '\\'" for _ in terms)
    like_params = [_like_pattern(t) for t in terms]
    rows, rest = [], [k for k in KIND_ORDER if sizes.get(k)]
    if min(len(t) for t in terms) < 3:
        # a short word is often common: each kind's newest records usually fill the page at once
        rest = []
        for kind in KIND_ORDER:
            if not sizes.get(kind):
                continue
            got = _run(_PROBE.format(probe=PROBE_ROWS, where=like), [kind, *like_params, limit])
            if len(got) >= limit or sizes[kind] <= PROBE_ROWS:
                rows += got
            else:
                rest.append(kind)
    if not rest:
        return rows
    expr = ""
    if use_fts:
        try:
            expr = _match_expr(terms)
        except _TooMany:
            expr = ""
        if expr is None:
            return rows
    kinds, kind_params = _kinds_clause(rest, sizes)
    if expr:
        source = "search_fts JOIN search_doc d ON d.id = search_fts.rowid"
        sql = _RANKED.format(source=source, where=kinds + "search_fts MATCH ?")
        return rows + _run(sql, [*kind_params, expr, limit])
    sql = _RANKED.format(source="search_doc d", where=kinds + like)  # no FTS5: one sequential scan
    return rows + _run(sql, [*kind_params, *like_params, limit])


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
    rows = _query(terms, int(limit), use_fts=fts.available(db))
    found: dict[str, list[Hit]] = {}
    for kind, rid, title, date, body in rows:
        found.setdefault(kind, []).append(Hit(kind, rid, title or "", snippet(body, terms[0]), _date(date)))
    return {k: found[k] for k in KIND_ORDER if k in found}


def count(text: str) -> int:
    """How many records in total contain every word of *text* (for a “共 N 条” line)."""
    terms = terms_of(text)
    if not terms:
        return 0
    expr = ""
    if fts.available(database_proxy.obj):
        try:
            expr = _match_expr(terms)
        except _TooMany:
            expr = ""
        if expr is None:
            return 0
    if expr:
        sql, params = "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", [expr]
    else:
        likes = " AND ".join(f"d.body {_like()} ? ESCAPE '\\'" for _ in terms)
        sql, params = f"SELECT count(*) FROM search_doc d WHERE {likes}", [_like_pattern(t) for t in terms]
    return database_proxy.execute_sql(sql, params).fetchone()[0]
