"""Profdesk: member records, union cards and booklets for a regional union office."""

from importlib import metadata

try:
    __version__ = metadata.version("profdesk")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Profdesk"
