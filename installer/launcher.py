"""Entry script of the frozen application: the same command line as `station-app`."""

import multiprocessing
import sys

from station_app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the inspection package renders in worker processes
    sys.exit(main())
