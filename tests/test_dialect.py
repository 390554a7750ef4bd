"""store/dialect.py: each helper's SQLite form computed on a real SQLite database, its PostgreSQL form as SQL text
(rendered for a PostgresqlDatabase that never connects), and a guard that SQLite-only SQL functions appear in the
services, outputs and commands only through the dialect module."""

from __future__ import annotations

import ast
import datetime as dt
import re
import textwrap
from pathlib import Path

import peewee as pw
import pytest

from station_app.store import dialect
from station_app.store.base import database_proxy

PKG = Path(__file__).resolve().parent.parent / "station_app"


# ---- a small SQLite database of its own, and a PostgreSQL one that only renders SQL --------------------
@pytest.fixture
def lite(monkeypatch):
    db = pw.SqliteDatabase(":memory:")
    monkeypatch.setattr(database_proxy, "obj", db)
    T.bind(db)
    db.connect()
    db.create_tables([T])
    T.create(day=dt.date(2026, 3, 5), later=dt.date(2026, 4, 1), at=dt.datetime(2026, 3, 5, 23, 59, 1),
             name="a", doc='{"status": null, "dispute_id": 7}')
    T.create(day=dt.date(2025, 12, 31), later=dt.date(2026, 1, 30), at=dt.datetime(2025, 12, 31, 0, 0, 0),
             name="b", doc='{"dispute_id": 8}')
    yield db
    db.close()


@pytest.fixture
def pg(monkeypatch):
    db = pw.PostgresqlDatabase(None)
    monkeypatch.setattr(database_proxy, "obj", db)
    T.bind(db)
    return db


class T(pw.Model):
    day = pw.DateField()
    later = pw.DateField()
    at = pw.DateTimeField()
    name = pw.TextField()
    doc = pw.TextField()

    class Meta:
        table_name = "t"


def one(expr, where=None):
    """The values SQLite computes for *expr* over the rows (as the database gives them, unconverted)."""
    q = T.select(expr).order_by(T.id)
    sql, params = database_proxy.obj.get_sql_context().sql(q.where(where) if where is not None else q).query()
    return [r[0] for r in database_proxy.obj.execute_sql(sql, params).fetchall()]


def render(db, node) -> tuple[str, list]:
    return db.get_sql_context().sql(node).query()


def raw(db, fragment: str, *params):
    return [r[0] for r in db.execute_sql(f"SELECT {fragment} FROM t ORDER BY id", params).fetchall()]


# ---- the SQLite forms give the right values ---------------------------------------------------------------
def test_dates_parts_on_sqlite(lite):
    assert one(dialect.month_of(T.day)) == [3, 12]
    assert one(dialect.year_of(T.day)) == [2026, 2025]
    assert one(dialect.year_text(T.at)) == ["2026", "2025"]
    assert one(dialect.day_of(T.at)) == ["2026-03-05", "2025-12-31"]
    assert raw(lite, dialect.sql_month("day")) == [3, 12]
    assert raw(lite, dialect.sql_year_month("day")) == ["2026-03", "2025-12"]
    assert raw(lite, dialect.sql_month_key("day")) == ["2026-03", "2025-12"]
    assert raw(lite, dialect.sql_day_of("at")) == ["2026-03-05", "2025-12-31"]


def test_day_arithmetic_on_sqlite(lite):
    assert one(dialect.add_days(pw.Value("2026-01-30"), 5)) == ["2026-02-04", "2026-02-04"]
    assert one(dialect.add_days(T.day, 1)) == ["2026-03-06", "2026-01-01"]
    assert one(dialect.add_days(T.day, -5)) == ["2026-02-28", "2025-12-26"]
    assert one(dialect.days_between(T.later, T.day)) == [27, 30]
    assert raw(lite, dialect.sql_days_between("later", "day")) == [27, 30]
    # a comparison with a date parameter, as the follow-up query makes it
    assert one(T.name, dialect.add_days(T.day, 15) < dt.date(2026, 1, 16)) == ["b"]


def test_aggregates_json_and_like_on_sqlite(lite):
    assert T.select(dialect.joined(T.name, "、")).scalar() in ("a、b", "b、a")
    assert one(T.name, dialect.json_has(T.doc, "status")) == ["a"]  # a member whose value is null counts
    assert one(T.name, dialect.json_equals(T.doc, "dispute_id", 8)) == ["b"]
    assert one(T.name, dialect.like_escaped(T.name, "A%")) == ["a"]  # ASCII case-insensitive
    assert one(T.name, dialect.unindexed(T.at) >= "2026-01-01 00:00:00") == ["a"]


def test_bind_repeats_values_by_name(lite):
    sql, params = dialect.bind("SELECT COUNT(*) FROM t WHERE day BETWEEN :start AND :end OR later < :start"
                               " OR name = ':not_a_mark' OR day = '2026-03-05'", {"start": "2026-01-01",
                                                                               "end": "2026-12-31"})
    assert sql == ("SELECT COUNT(*) FROM t WHERE day BETWEEN ? AND ? OR later < ? OR name = ':not_a_mark'"
                   " OR day = '2026-03-05'")
    assert params == ["2026-01-01", "2026-12-31", "2026-01-01"]
    assert lite.execute_sql(sql, params).fetchone()[0] == 1
    with pytest.raises(KeyError):
        dialect.bind("SELECT :missing", {})


def test_sqlite_forms_are_the_sql_used_before(lite):
    """Behaviour on SQLite is unchanged: the helpers give the very SQL the call sites held."""
    assert dialect.sql_month("visit_date") == "CAST(strftime('%m', visit_date) AS INTEGER)"
    assert dialect.sql_year_month("accepted_on") == "strftime('%Y-%m', accepted_on)"
    assert dialect.sql_month_key("m.date") == "substr(m.date, 1, 7)"
    assert dialect.sql_day_of("created_at") == "date(created_at)"
    assert dialect.sql_days_between("a", "b") == "julianday(a) - julianday(b)"
    assert render(lite, dialect.add_days(T.day, 15)) == ('date("t1"."day", ?)', ["+15 days"])
    assert render(lite, dialect.day_of(T.at)) == ('date("t1"."at")', [])
    assert render(lite, dialect.year_text(T.at)) == ('strftime(?, "t1"."at")', ["%Y"])
    assert render(lite, dialect.unindexed(T.at)) == ('+"t1"."at"', [])
    assert render(lite, dialect.json_has(T.doc, "status")) == ('(json_type("t1"."doc", ?) IS NOT NULL)', ["$.status"])
    assert render(lite, dialect.like_escaped(T.name, "x%")) == ('"t1"."name" LIKE ? ESCAPE \'\\\'', ["x%"])
    assert dialect.param() == "?" and not dialect.is_postgres()


# ---- the PostgreSQL forms, as text ---------------------------------------------------------------------
def test_postgres_expressions(pg):
    assert dialect.is_postgres() and dialect.param() == "%s"
    assert render(pg, dialect.month_of(T.day)) == ('CAST(EXTRACT(MONTH FROM "t1"."day") AS integer)', [])
    assert render(pg, dialect.year_of(T.day)) == ('CAST(EXTRACT(YEAR FROM "t1"."day") AS integer)', [])
    assert render(pg, dialect.year_text(T.at)) == ('to_char("t1"."at", %s)', ["YYYY"])
    assert render(pg, dialect.day_of(T.at)) == ('CAST("t1"."at" AS date)', [])
    assert render(pg, dialect.add_days(T.day, 15)) == ('("t1"."day" + 15)', [])
    assert render(pg, dialect.add_days(T.day, -3)) == ('("t1"."day" + -3)', [])
    assert render(pg, dialect.days_between(T.later, T.day)) == ('("t1"."later" - "t1"."day")', [])
    assert render(pg, dialect.joined(T.name, "、")) == ('string_agg(CAST("t1"."name" AS text), %s)', ["、"])
    assert render(pg, dialect.unindexed(T.at)) == ('"t1"."at"', [])
    assert render(pg, dialect.json_has(T.doc, "status")) == ('((CAST("t1"."doc" AS jsonb) -> %s) IS NOT NULL)',
                                                            ["status"])
    assert render(pg, dialect.json_equals(T.doc, "dispute_id", 7)) == (
        '((CAST("t1"."doc" AS jsonb) -> %s) = CAST(%s AS jsonb))', ["dispute_id", "7"])
    assert render(pg, dialect.like_escaped(T.name, "x%")) == ('"t1"."name" ILIKE %s ESCAPE \'\\\'', ["x%"])


def test_postgres_queries_render_whole(pg):
    q = (T.select(dialect.month_of(T.day), pw.fn.COUNT(T.id))
         .where(pw.fn.COALESCE(T.later, dialect.add_days(T.day, 15)) < dt.date(2026, 1, 1)))
    sql, params = q.sql()
    assert sql == ('SELECT CAST(EXTRACT(MONTH FROM "t1"."day") AS integer), COUNT("t1"."id") FROM "t" AS "t1"'
                   ' WHERE (COALESCE("t1"."later", ("t1"."day" + 15)) < %s)')
    assert params == [dt.date(2026, 1, 1)]


def test_postgres_fragments_and_params(pg):
    assert dialect.sql_month("visit_date") == "CAST(EXTRACT(MONTH FROM visit_date) AS integer)"
    assert dialect.sql_year_month("accepted_on") == "to_char(accepted_on, 'YYYY-MM')"
    assert dialect.sql_month_key("m.date") == "to_char(m.date, 'YYYY-MM')"
    assert dialect.sql_day_of("created_at") == "CAST(created_at AS date)"
    assert dialect.sql_days_between("replied_on", "assigned_on") == "(replied_on - assigned_on)"
    sql, params = dialect.bind("SELECT x::date FROM t WHERE d BETWEEN :start AND :end AND n LIKE 'a%' AND"
                               " e < :start AND p = 50 % 7", {"start": 1, "end": 2})
    assert sql == "SELECT x::date FROM t WHERE d BETWEEN %s AND %s AND n LIKE 'a%%' AND e < %s AND p = 50 %% 7"
    assert params == [1, 2, 1]


# ---- the guard: no SQLite-only SQL outside the dialect module and the SQLite machinery -------------------
GUARDED = ("services", "outputs", "commands")
# strftime( julianday( group_concat( ifnull( iif( instr( printf( json_extract( json_type( anywhere in SQL text;
# substr( / date( / datetime( (SQLite's date handling); numbered parameters ?1 (after a space, ( , = < or >: a
# regular expression's ? quantifier follows what it repeats, as in ")?0*")
_TEXT = re.compile(r"(?i)\b(strftime|julianday|group_concat|ifnull|iif|instr|printf|json_extract|json_type"
                   r"|substr|date|datetime)\s*\(|(?:^|(?<=[\s(,=<>]))\?\d")
_FN = {"strftime", "julianday", "group_concat", "ifnull", "iif", "instr", "printf", "substr", "date", "datetime",
       "json_extract", "json_type", "unixepoch", "total"}


def _statement_strings(tree) -> set[int]:
    """The ids of string constants that are whole statements (docstrings): prose, not SQL."""
    return {id(n.value) for n in ast.walk(tree)
            if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)}


def sqlite_only_sql(source: str, name: str = "<module>") -> list[str]:
    """SQLite-only SQL in one module's string literals (f-string parts too) and `fn.xxx` function names.

    Python's own `dt.strftime("%Y")` calls are attribute calls, not SQL text, and are not flagged."""
    tree = ast.parse(source)
    prose = _statement_strings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in prose:
            found += [f"{name}:{node.lineno}: {m.group(0)!r} in SQL text" for m in _TEXT.finditer(node.value)]
        elif isinstance(node, ast.Attribute) and node.attr.lower() in _FN:
            base = node.value
            if (isinstance(base, ast.Name) and base.id == "fn") or (isinstance(base, ast.Attribute)
                                                                   and base.attr == "fn"):
                found.append(f"{name}:{node.lineno}: fn.{node.attr}")
    return found


def check_tree(root: Path, folders=GUARDED) -> list[str]:
    out = []
    for folder in folders:
        for path in sorted((root / folder).rglob("*.py")):
            out += sqlite_only_sql(path.read_text("utf-8"), str(path.relative_to(root)))
    return out


def test_no_sqlite_only_sql_outside_the_dialect_module():
    offenders = check_tree(PKG)
    assert offenders == [], offenders


def test_the_guard_sees_the_store_machinery_but_not_python_strftime():
    fts = sqlite_only_sql((PKG / "store" / "fts.py").read_text("utf-8"))
    assert any("group_concat" in f for f in fts)
    clean = ('import datetime as dt\nimport re\n"""Uses strftime( in prose."""\n'
             'x = dt.date.today().strftime("%Y-%m")\nNO = re.compile(r"^(\\+?86)-?[-_]?0*(\\d{1,6})$")\n')
    assert sqlite_only_sql(clean) == []


def test_the_guard_catches_a_planted_violation(tmp_path):
    module = tmp_path / "services" / "planted.py"
    module.parent.mkdir(parents=True)
    module.write_text(textwrap.dedent('''
        import peewee as pw
        from peewee import fn

        def bad(col, start):
            sql = f"SELECT CAST(strftime('%m', {col}) AS INTEGER) FROM t WHERE d > ?1"
            day = pw.fn.date(col, "+15 days")
            return sql, day, fn.group_concat(col), "SELECT ifnull(a, 0), julianday(b)", start.strftime("%Y")
    '''), "utf-8")
    found = check_tree(tmp_path, ("services",))
    assert len(found) == 6, found
    assert any("'strftime('" in f for f in found) and any("'?1'" in f for f in found)
    assert any("fn.date" in f for f in found) and any("fn.group_concat" in f for f in found)
    assert any("'ifnull('" in f for f in found) and any("'julianday('" in f for f in found)
