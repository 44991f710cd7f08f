"""Phones read the way an office writes them, in the member table and the ranking alike."""

from __future__ import annotations

from app.models.text import readable_phone


def test_a_stored_phone_reads_in_groups() -> None:
    assert readable_phone("+79101154433") == "+7 910 115-44-33"
    assert readable_phone("55-12-34") == "55-12-34"  # not a full number: as typed
    assert readable_phone(None) == ""
