"""Profdesk: member records, union cards and booklets for a regional union office."""

from pathlib import Path

_FROZEN_VERSION = Path(__file__).resolve().parent / "_version.txt"  # written by the build

APP_NAME = "Profdesk"


def __getattr__(name: str) -> str:
    """`__version__`, looked up on first use: importlib.metadata costs a start ~20 ms."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import metadata

    try:
        version = metadata.version("profdesk")
    except metadata.PackageNotFoundError:
        if _FROZEN_VERSION.exists():
            version = _FROZEN_VERSION.read_text(encoding="utf-8").strip()
        else:  # a source tree that was never installed
            version = "0.0.0+source"
    globals()["__version__"] = version
    return version
