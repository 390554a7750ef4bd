"""Station Ledger (委员工作站履职台账): records, ledgers and archive sheets for CPPCC member stations."""

APP_NAME = "委员工作站履职台账"
APP_NAME_EN = "Station Ledger"
APP_ID = "StationLedger"
ORG_NAME = "StationLedger"


def _read_version() -> str:
    """pyproject.toml beside the sources when there is one (cheap), else the installed metadata.

    importlib.metadata costs ≈0.1 s to import, a third of a bare Qt window's start-up.
    """
    import re
    from pathlib import Path

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.exists():
        m = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text("utf-8"), re.MULTILINE)
        if m:
            return m.group(1)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("station-app")
    except PackageNotFoundError:  # not installed (frozen build without metadata)
        return "0.0.0"


__version__ = _read_version()


def _peewee_without_the_postgresql_drivers() -> None:
    """Import peewee with psycopg (and psycopg2) hidden: peewee imports whichever driver is installed at
    once (≈ 85 ms, a quarter of the window's start-up), and only a server database needs one. store/server.py
    imports psycopg itself when it connects and hands peewee an adapter built on it."""
    import sys

    if "peewee" in sys.modules:
        return
    saved = {name: sys.modules.get(name) for name in ("psycopg", "psycopg2", "psycopg2cffi")}
    for name in saved:
        sys.modules[name] = None  # "import psycopg" raises ImportError, as if it were not installed
    try:
        import peewee  # noqa: F401
    finally:
        for name, module in saved.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module


_peewee_without_the_postgresql_drivers()
