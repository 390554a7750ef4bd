"""Entry script of the frozen application: the same command line as `station-app`."""

import sys

from station_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
