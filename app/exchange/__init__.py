"""Exchange of files between the regional installation and the district copies.

Roles. The regional installation holds everything. A district copy is made by importing,
into an empty database, the file the region exported for one territorial organisation;
it then holds that organisation, its primaries, their members and cards (and, read only,
the organisations above it).

What travels. Every record whole, with the version of each field. A version is a vector
{installation id: counter} (the counter is that installation's change_log id), plus the
installation that wrote the value and when. Local edits become versions from the change
log (versions.absorb_local_changes) at the start of every export, import and resolve.

What each side has seen. Each copy counts its own touches of records (`seq`). A file says
up to which `seq` the sender has touched ("through") and, for the receiver, up to which of
the receiver's `seq` the sender holds ("acks"). An export carries every record of the
scope touched after what the receiver last confirmed; with nothing confirmed yet, the
whole scope. So a lost file loses nothing (the next one carries the same records again),
and a file arriving late or twice changes nothing (its versions are already dominated).

Merging (merge.py). Per field: the dominating version wins; two versions that do not
dominate each other are a conflict when the values differ, kept with both values until a
person picks one (conflicts.py); the pick gets a version that has seen both, so it
travels back and settles the other side too. Different fields of one record merge
without asking. A new member matching one here by name and birth date is created and
proposed as a duplicate. At the region, changes a district may not make (outside its
organisation, card numbers) are refused and reported, and the region's version is sent
back; at a district, the organisations above its own always take the region's values.
"""

from ..models.exchange_state import is_regional
from .common import resolve_passphrase, save_passphrase, stored_passphrase
from .conflicts import ConflictView, list_conflicts, resolve_conflict
from .export import ExportResult, export_exchange
from .fileformat import ExchangeFileError
from .importer import import_exchange
from .merge_report import ImportReport

__all__ = [
    "ConflictView",
    "ExchangeFileError",
    "ExportResult",
    "ImportReport",
    "export_exchange",
    "import_exchange",
    "is_regional",
    "list_conflicts",
    "resolve_conflict",
    "resolve_passphrase",
    "save_passphrase",
    "stored_passphrase",
]
