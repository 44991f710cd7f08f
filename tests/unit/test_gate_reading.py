"""What every reading command's gate reads, read the quick way, reads as before: the head
revision from the migration scripts' lines (not their parse), the copies' times from their
names (not strptime)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import backup, migrate


def test_each_script_reads_as_its_parse_reads():
    scripts = sorted((migrate.MIGRATIONS_DIR / "versions").glob("*.py"))
    assert len(scripts) > 20
    for script in scripts:
        if script.name.startswith("__"):
            continue
        source = script.read_text(encoding="utf-8")
        assert migrate._assignments(source) == migrate._parsed_assignments(source), script.name
    migrate.quick_head.cache_clear()
    assert migrate.quick_head() == migrate.head_revision()


@pytest.mark.parametrize(
    "source",
    [
        'revision = "a"\ndown_revision = ("b", "c")\n',
        "revision: str = 'a'  # the id\ndown_revision: str | None = None\n",
        '"""\nrevision = "doc"\n"""\nrevision = "a"\ndown_revision = "b"\n',  # twice: parsed
        'revision = "a"\ndown_revision = (\n    "b",\n    "c",\n)\n',  # over lines: parsed
        'def f():\n    revision = "x"\nrevision = "a"\ndown_revision = None\n',
    ],
)
def test_unusual_scripts_read_as_parsed(source):
    assert migrate._assignments(source) == migrate._parsed_assignments(source)


@pytest.mark.parametrize(
    "stamp",
    ["20261130-000812-123456", "20240229-235959-000001", "20230229-120000-000000",
     "20261301-000000-000000", "2026113-000812-123456", "20261130-250000-000000",
     "20261130-000812-12", "x", "", "２0261130-000812-123456"],
)  # fmt: skip
def test_a_copys_time_reads_as_strptime_reads_it(stamp):
    try:
        expected = dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S-%f")
    except ValueError:
        with pytest.raises(ValueError):
            backup._made_at(stamp)
    else:
        assert backup._made_at(stamp) == expected


@pytest.mark.parametrize(
    "text",
    ["29.11.2026", "1.6.2025", "01.06.2025", "2025-06-01", "2025-6-1", "29.02.2024",
     "29.02.2025", "31.04.2025", "00.01.2025", "32.01.2025", "1.13.2025", "2025-13-01",
     " 1.06.2025", "1.06.25", "01.06.2025 ", "2025/06/01", "", "сегодня", "１.06.2025"],
)  # fmt: skip
def test_a_date_argument_reads_as_strptime_reads_it(text):
    import argparse

    from app.cli.common import parse_date

    expected = None
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            expected = dt.datetime.strptime(text, fmt).date()
            break
        except ValueError:
            continue
    if expected is None:
        with pytest.raises(argparse.ArgumentTypeError):
            parse_date(text)
    else:
        assert parse_date(text) == expected
