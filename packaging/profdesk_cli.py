"""Entry script for the frozen profdesk-cli."""

import sys

from app.cli import main

sys.exit(main())
