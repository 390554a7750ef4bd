"""`python -m station_app` runs the command line."""

from station_app.cli import main

raise SystemExit(main())
