"""Databases for the tests on a PostgreSQL server: one template with the schema, a copy of it per test."""

from __future__ import annotations

import itertools
import os
from urllib.parse import urlsplit, urlunsplit

import psycopg

TEMPLATE = "station_test_template"
_n = itertools.count(1)


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def _admin(url: str):
    return psycopg.connect(with_database(url, "postgres"), autocommit=True)


def template(url: str) -> str:
    """(Re)create the template database with the current schema; its URL."""
    from station_app.store.db import close_database
    from station_app.store.server import open_server_database

    with _admin(url) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)')
        con.execute(f'CREATE DATABASE "{TEMPLATE}"')
    tpl = with_database(url, TEMPLATE)
    open_server_database(tpl)
    close_database()
    return tpl


def fresh_copy(template_url: str) -> str:
    name = f"station_test_{os.getpid()}_{next(_n)}"
    with _admin(template_url) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}"')
        con.execute(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}"')
    return with_database(template_url, name)


def drop(template_url: str, url: str) -> None:
    name = urlsplit(url).path.lstrip("/")
    with _admin(template_url) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
