"""Reusable widgets: filter bar, list view, pickers, date edits, thumbnails, step indicator, calendar."""
