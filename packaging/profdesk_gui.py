"""Entry script for the frozen GUI program (PyInstaller needs a file, not an entry point)."""

import sys

from app.__main__ import main

sys.exit(main())
