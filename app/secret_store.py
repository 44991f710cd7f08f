"""Secrets the program remembers live in the operating system's secret store, never in files.

Windows Credential Manager, the Secret Service (GNOME Keyring, KWallet) on Linux or the macOS
Keychain, all through `keyring`. The database, its backups and pg_dumps travel (USB sticks,
e-mail, a server's dumps); the secret store stays with the user's account on this computer.

Where no store is available (no Secret Service on a bare Linux desktop, keyring's fail or
null backend) `available()` is False and the callers ask for the secret each time, saying why
with UNAVAILABLE. A store that refuses access (locked, access denied) raises
SecretStoreError with one sentence; nothing is written then.
"""

from __future__ import annotations

from .errors import ProfdeskError

SERVICE = "Profdesk"
UNAVAILABLE = (
    "Хранилище паролей операционной системы недоступно, поэтому Profdesk не запоминает "
    "секреты и спрашивает их каждый раз."
)
REFUSED = (
    "Хранилище паролей операционной системы отказало в доступе (оно заблокировано или доступ "
    "запрещён): разблокируйте его и повторите, в нём ничего не изменено."
)


def _warn(message: str, *args: object) -> None:
    """A line in the log; logging is imported only then (20 ms of every start otherwise)."""
    import logging

    logging.getLogger(__name__).warning(message, *args)


# Secrets read once per process (a store may answer slowly: D-Bus, a locked keychain): name ->
# value, for the store they came from. set_secret and delete_secret through this module keep
# it true; a secret changed outside Profdesk (the OS's password manager) is seen at the next
# start. A secret not kept is asked again: it may be saved meanwhile by the CLI.
_read: dict[str, str] = {}
_read_from: list[object] = []  # the backend _read belongs to (tests switch stores)


class SecretStoreError(ProfdeskError):
    """The store is missing or refused: the message is the sentence for the user."""


def _backend():  # noqa: ANN202 - a keyring backend, or None where there is none
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - a broken keyring configuration is no store
        _warn("no secret store: %s", type(exc).__name__)
        return None
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    backends = getattr(backend, "backends", None)  # keyring's chainer
    if backends is not None and not backends:
        return None
    return backend


def available() -> bool:
    """True when this computer has a secret store Profdesk can keep secrets in."""
    return _backend() is not None


def get_secret(name: str) -> str | None:
    """The secret kept under `name`, None when there is none or no store."""
    backend = _backend()
    if backend is None:
        return None
    read = _read_of(backend)
    if name in read:
        return read[name]
    try:
        value = backend.get_password(SERVICE, name)
    except Exception as exc:  # noqa: BLE001 - locked, denied, D-Bus gone: all are a refusal
        _warn("secret store refused to read: %s", type(exc).__name__)
        raise SecretStoreError(REFUSED) from None
    if value is not None:
        read[name] = value
    return value


def _read_of(backend: object) -> dict[str, str]:
    """The secrets already read from this backend (emptied when the store changed)."""
    if not _read_from or _read_from[0] is not backend:
        _read.clear()
        _read_from[:] = [backend]
    return _read


def set_secret(name: str, value: str) -> None:
    """Keep `value` under `name`; SecretStoreError when there is no store or it refuses."""
    backend = _backend()
    if backend is None:
        raise SecretStoreError(UNAVAILABLE)
    try:
        _read_of(backend).pop(name, None)  # a refused write leaves the store unknown
        backend.set_password(SERVICE, name, value)
    except Exception as exc:  # noqa: BLE001
        _warn("secret store refused to write: %s", type(exc).__name__)
        raise SecretStoreError(REFUSED) from None
    _read[name] = value


def delete_secret(name: str) -> None:
    """Forget the secret under `name` (nothing to forget is no error)."""
    backend = _backend()
    if backend is None:
        return
    try:
        import keyring.errors

        _read_of(backend).pop(name, None)
        backend.delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        return
    except Exception as exc:  # noqa: BLE001
        _warn("secret store refused to delete: %s", type(exc).__name__)
        raise SecretStoreError(REFUSED) from None


def exchange_passphrase_name(installation_id: str) -> str:
    """One passphrase per installation: a region and a district copy on one PC differ."""
    return f"exchange-passphrase/{installation_id}"
