"""Excel ledgers (台账): export every kind for a period, empty templates, and import of filled-in ledgers."""

from station_app.outputs.ledgers.export import LEDGER_KINDS, LEDGERS, export_ledger, export_rows, ledger_of
from station_app.outputs.ledgers.importer import import_ledger
from station_app.outputs.ledgers.reader import ImportFileError
from station_app.outputs.ledgers.report import ImportReport, Problem
from station_app.outputs.ledgers.templates import write_template

__all__ = ["LEDGERS", "LEDGER_KINDS", "ImportFileError", "ImportReport", "Problem", "export_ledger", "export_rows",
           "import_ledger", "ledger_of", "write_template"]
