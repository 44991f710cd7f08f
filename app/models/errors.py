"""The user-facing errors live in app.errors so that printing can raise them too."""

from ..errors import (
    DatabaseDamagedError,
    DatabaseOpenError,
    NotFoundError,
    PermissionDeniedError,
    ProfdeskError,
    ValidationError,
)

__all__ = [
    "DatabaseDamagedError",
    "DatabaseOpenError",
    "NotFoundError",
    "PermissionDeniedError",
    "ProfdeskError",
    "ValidationError",
]
