"""Domain services: everything the GUI and the CLI do to records goes through here (no Qt)."""
