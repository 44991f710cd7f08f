"""The user-facing errors live in app.errors so that printing can raise them too."""

from ..errors import (
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseOpenError,
    NotFoundError,
    PermissionDeniedError,
    ProfdeskError,
    ValidationError,
)

__all__ = [
    "DatabaseBusyError",
    "DatabaseDamagedError",
    "DatabaseOpenError",
    "NotFoundError",
    "PermissionDeniedError",
    "ProfdeskError",
    "ValidationError",
]
