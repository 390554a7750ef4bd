"""Every dialect-specific SQL construct the services and outputs need, for SQLite (today) and PostgreSQL (later).

Two kinds of helpers:
- peewee expression builders (``month_of``, ``day_of``, ``add_days`` …) returning peewee nodes;
- SQL-text fragments for the raw-SQL reports (``sql_month``, ``sql_day_of`` …) and ``bind`` for their parameters.

Each helper decides on the database in use when it is called (``database_proxy.obj``): SQLite's form is exactly
the SQL the callers used before; PostgreSQL's form is written for the same column types (DateField → DATE,
DateTimeField → TIMESTAMP, JSONField → TEXT holding JSON). No Qt here, and nothing from services/outputs/ui.
"""

from __future__ import annotations

import json
import re

import peewee as pw

from station_app.store.base import database_proxy


def is_postgres() -> bool:
    """Whether the database in use is PostgreSQL (an uninitialised proxy counts as SQLite)."""
    return isinstance(database_proxy.obj, pw.PostgresqlDatabase)


def param() -> str:
    """The parameter mark of the database in use: ``?`` (SQLite) or ``%s`` (PostgreSQL)."""
    return "%s" if is_postgres() else "?"


_MARKS = re.compile(r"'(?:[^']|'')*'|\?|%")


def _to_psycopg(m: re.Match) -> str:
    text = m.group(0)
    return "%s" if text == "?" else text.replace("%", "%%")  # a literal percent sign, bare or quoted


def marks(sql: str) -> str:
    """*sql* written with SQLite's ``?`` marks, in the marks of the database in use (PostgreSQL: ``%s``, a
    literal ``%`` doubled). The server database applies it to execute_sql itself; executemany needs it."""
    return _MARKS.sub(_to_psycopg, sql) if is_postgres() else sql


# ---- peewee expression builders ---------------------------------------------------------------------------
def month_of(field) -> pw.Node:
    """The month (1–12, an integer) of a date or timestamp."""
    if is_postgres():
        return pw.fn.EXTRACT(pw.NodeList((pw.SQL("MONTH"), pw.SQL("FROM"), field))).cast("integer")
    return pw.fn.strftime("%m", field).cast("INTEGER")


def year_of(field) -> pw.Node:
    """The year (an integer) of a date or timestamp."""
    if is_postgres():
        return pw.fn.EXTRACT(pw.NodeList((pw.SQL("YEAR"), pw.SQL("FROM"), field))).cast("integer")
    return pw.fn.strftime("%Y", field).cast("INTEGER")


def year_text(field) -> pw.Node:
    """The year of a date or timestamp as four-digit text ('2026'); NULL for NULL."""
    if is_postgres():
        return pw.fn.to_char(field, "YYYY")
    return pw.fn.strftime("%Y", field)


def day_of(field) -> pw.Node:
    """The date part of a timestamp (a DATE on PostgreSQL, 'YYYY-MM-DD' text on SQLite)."""
    if is_postgres():
        return field.cast("date") if isinstance(field, pw.ColumnBase) else pw.Cast(field, "date")
    return pw.fn.date(field)


def add_days(field, n: int) -> pw.Node:
    """A DATE column *n* whole days later (earlier for a negative *n*)."""
    n = int(n)
    if is_postgres():  # date + integer is a date; the integer inlined (a bound int8 has no date + operator)
        return pw.NodeList((field, pw.SQL(f"+ {n}")), parens=True)
    return pw.fn.date(field, f"{n:+d} days")


def days_between(later, earlier) -> pw.Node:
    """The days from DATE *earlier* to DATE *later* (a float on SQLite, an integer on PostgreSQL)."""
    if is_postgres():
        return pw.NodeList((later, pw.SQL("-"), earlier), parens=True)
    return pw.NodeList((pw.fn.julianday(later), pw.SQL("-"), pw.fn.julianday(earlier)), parens=True)


def joined(field, sep: str = ",") -> pw.Node:
    """The values of a group joined into one text by *sep* (an aggregate)."""
    if is_postgres():
        return pw.fn.string_agg(pw.Cast(field, "text"), sep)
    return pw.fn.group_concat(field, sep)


def pinyin_order(field) -> pw.Node:
    """*field* (a person's name) as sorted in pinyin order: SQLite's pinyin_key() (store/sortkeys.py,
    registered on every connection); PostgreSQL's ICU collation for Chinese (pinyin, CLDR's order)."""
    if is_postgres():
        return pw.NodeList((field, pw.SQL('COLLATE "zh-x-icu"')))
    return pw.fn.pinyin_key(field)


def unindexed(field) -> pw.Node:
    """*field* written so that the planner does not choose its index for the test (SQLite: unary +)."""
    if is_postgres():
        return field
    return pw.NodeList((pw.SQL("+"), field), glue="")


def _jsonb(field) -> pw.Node:
    return pw.Cast(field, "jsonb")


def json_has(field, key: str) -> pw.Node:
    """Whether the JSON object held in text column *field* has the member *key* (its value may be null)."""
    if is_postgres():
        return pw.Expression(_jsonb(field), "->", pw.Value(key)).is_null(False)
    return pw.fn.json_type(field, f"$.{key}").is_null(False)


def json_equals(field, key: str, value) -> pw.Node:
    """Whether member *key* of the JSON object held in text column *field* equals the JSON scalar *value*."""
    if is_postgres():
        return pw.Expression(pw.Expression(_jsonb(field), "->", pw.Value(key)), "=",
                             pw.Cast(pw.Value(json.dumps(value)), "jsonb"))
    return pw.fn.json_extract(field, f"$.{key}") == value


def like_escaped(field, pattern: str) -> pw.Node:
    """*field* LIKE *pattern* with ``\\`` as the escape character, ASCII case-insensitively (SQLite's LIKE)."""
    op = "ILIKE" if is_postgres() else "LIKE"
    return pw.NodeList((field, pw.SQL(f"{op} {param()} ESCAPE '\\'", (pattern,))))


# ---- SQL-text fragments for the raw-SQL reports --------------------------------------------------------
def sql_month(expr: str) -> str:
    """The month (integer 1–12) of the date expression *expr*."""
    if is_postgres():
        return f"CAST(EXTRACT(MONTH FROM {expr}) AS integer)"
    return f"CAST(strftime('%m', {expr}) AS INTEGER)"


def sql_year_month(expr: str) -> str:
    """'YYYY-MM' of the date expression *expr* (SQLite: NULL where the text is not a date)."""
    if is_postgres():
        return f"to_char({expr}, 'YYYY-MM')"
    return f"strftime('%Y-%m', {expr})"


def sql_month_key(expr: str) -> str:
    """'YYYY-MM' of the date expression *expr* (SQLite: the first seven characters of its text)."""
    if is_postgres():
        return f"to_char({expr}, 'YYYY-MM')"
    return f"substr({expr}, 1, 7)"


def sql_day_of(expr: str) -> str:
    """The date part of the timestamp expression *expr*."""
    if is_postgres():
        return f"CAST({expr} AS date)"
    return f"date({expr})"


def sql_days_between(later: str, earlier: str) -> str:
    """The days from DATE expression *earlier* to DATE expression *later*."""
    if is_postgres():
        return f"({later} - {earlier})"
    return f"julianday({later}) - julianday({earlier})"


_NAMED = re.compile(r"'(?:[^']|'')*'|(?<![:\w]):([A-Za-z_]\w*)")


def bind(sql: str, values: dict) -> tuple[str, list]:
    """*sql* with named parameters (``:start``, a name used as often as needed) made into the database's
    marks, and the parameter list in their order (a value repeated where its name is).

    Quoted literals are left alone, and so are casts (``::date``). On PostgreSQL a literal ``%`` elsewhere in
    the text is doubled, as the driver's ``%s`` marks require.
    """
    mark, pg = param(), is_postgres()
    out: list[str] = []
    params: list = []
    pos = 0
    for m in _NAMED.finditer(sql):
        text = sql[pos:m.start()]
        out.append(text.replace("%", "%%") if pg else text)
        if m.group(1) is None:  # a quoted literal
            out.append(m.group(0).replace("%", "%%") if pg else m.group(0))
        else:
            if m.group(1) not in values:
                raise KeyError(f"no value for :{m.group(1)}")
            out.append(mark)
            params.append(values[m.group(1)])
        pos = m.end()
    tail = sql[pos:]
    out.append(tail.replace("%", "%%") if pg else tail)
    return "".join(out), params
