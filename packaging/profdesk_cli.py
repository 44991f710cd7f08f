"""Entry script for the frozen profdesk-cli."""

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    # the import reads a big sheet in a child process (app.importing.reader_process): in
    # the frozen program the child is this same executable, which must act as the child
    multiprocessing.freeze_support()
    sys.exit(main())
