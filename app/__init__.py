"""Profdesk: member records, union cards and booklets for a regional union office."""

from importlib import metadata
from pathlib import Path

_FROZEN_VERSION = Path(__file__).resolve().parent / "_version.txt"  # written by the build

try:
    __version__ = metadata.version("profdesk")
except metadata.PackageNotFoundError:
    if _FROZEN_VERSION.exists():
        __version__ = _FROZEN_VERSION.read_text(encoding="utf-8").strip()
    else:  # a source tree that was never installed
        __version__ = "0.0.0+source"

APP_NAME = "Profdesk"
