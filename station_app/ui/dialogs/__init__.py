"""Dialogs: record forms (over forms/*.ui), workflow dialogs, export and preview."""
