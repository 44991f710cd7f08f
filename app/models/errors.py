"""The user-facing errors live in app.errors so that printing can raise them too."""

from ..errors import (
    DatabaseOpenError,
    NotFoundError,
    PermissionDeniedError,
    ProfdeskError,
    ValidationError,
)

__all__ = [
    "DatabaseOpenError",
    "NotFoundError",
    "PermissionDeniedError",
    "ProfdeskError",
    "ValidationError",
]
