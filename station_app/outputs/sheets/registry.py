"""The sheet kinds in package order: key -> SheetSpec, and key -> the paper form's Chinese name."""

from __future__ import annotations

from importlib import import_module

ORDER = ("reception", "visit", "dispute", "activity", "topic", "roster", "member", "report", "proposal", "board")

SPECS = {key: import_module(f"station_app.outputs.sheets.kinds.{key}").SPEC for key in ORDER}
SHEET_KINDS = {key: spec.label for key, spec in SPECS.items()}
