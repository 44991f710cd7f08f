"""Rows written in bulk as the ORM would write them: INSERT statements and the JSON
snapshots of the change log's "create" entries."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

LOG_COLUMNS = [
    "at",
    "installation_id",
    "user_login",
    "action",
    "entity",
    "entity_id",
    "field",
    "old_value",
    "new_value",
]
_ENCODE = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) writes for str


def snapshot_template(columns: Sequence[str]) -> str:
    """'{"col": %s, ...}': json.dumps of a snapshot dict, the values left to fill in."""
    return "{" + ", ".join(f"{json.dumps(c, ensure_ascii=False)}: %s" for c in columns) + "}"


def snapshot_json(template: str, values: Sequence[Any]) -> str:
    """What json.dumps(snapshot, ensure_ascii=False) gives for the stored `values` of the
    template's columns, each as to_text() writes it (text; 0/1 for a boolean; ISO dates),
    built from a template: 50,000 snapshots cost a fraction of 50,000 dumps."""
    return template % tuple(
        ["null" if v is None else _ENCODE(v if v.__class__ is str else str(v)) for v in values]
    )


def insert_sql(table: str, columns: Sequence[str]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    return f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
