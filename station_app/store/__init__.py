"""Persistence: peewee models, opening the database, migrations, backups, integrity checks (no Qt)."""
