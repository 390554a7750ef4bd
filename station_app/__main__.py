"""`python -m station_app` runs the command line."""

import multiprocessing

from station_app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the inspection package renders in worker processes
    raise SystemExit(main())
