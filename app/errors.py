"""Errors a user can act on. Their text is one clear Russian sentence, shown as is.

The GUI shows `str(error)` in a message box and the CLI prints it to stderr with exit
status 1; anything that is not a ProfdeskError is a bug and is reported as such.
"""

from __future__ import annotations


class ProfdeskError(Exception):
    """Base of every error whose message is meant for the user."""


class DatabaseOpenError(ProfdeskError):
    """The database file cannot be opened, is damaged, or is newer than the program."""


class DatabaseDamagedError(DatabaseOpenError):
    """SQLite found the database file damaged (at a check, or while reading it): the
    message names the newest good backup to restore."""


class DatabaseBusyError(DatabaseOpenError):
    """Another connection holds the file's lock past the wait (a big import writing with a
    rollback journal): nothing was checked or changed, and nothing is wrong with the file."""


class ValidationError(ProfdeskError):
    """Input that breaks a rule. `field_errors` maps a field name to its message."""

    def __init__(self, message: str, field_errors: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.field_errors = field_errors or {}


class NotFoundError(ProfdeskError):
    """A code, id or number that names nothing in the database."""


class PermissionDeniedError(ProfdeskError):
    """The signed-in user's role does not allow the action."""
