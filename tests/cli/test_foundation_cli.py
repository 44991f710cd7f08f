"""profdesk-cli at its edges: limits, empty searches, wrong numbers, damaged files."""

import json

import pytest


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from tests.conftest import run_cli

    path = tmp_path_factory.mktemp("cli") / "демо.sqlite3"
    assert run_cli("demo", "--members", "300", "--seed", "5", db=path).returncode == 0
    return path


def search(cli, db, *args):
    result = cli("members", "search", *args, "--json", db=db)
    return result, json.loads(result.stdout) if result.returncode == 0 else None


def test_limit_zero_means_everyone_and_limit_cuts(cli, demo_file):
    _, everyone = search(cli, demo_file, "ова", "--all", "--limit", "0")
    _, first = search(cli, demo_file, "ова", "--all", "--limit", "3")
    _, default = search(cli, demo_file, "ова", "--all")
    assert len(everyone) > 50 and len(default) == 50
    assert first == everyone[:3]


def test_negative_or_wordy_limit_is_a_usage_error(cli, demo_file):
    for bad in ("-1", "много"):
        result = cli("members", "search", "ова", "--limit", bad, db=demo_file)
        assert result.returncode == 1
        assert "Ошибка в команде" in result.stderr and "Traceback" not in result.stderr


def test_empty_search_is_refused_with_a_sentence(cli, demo_file):
    for text in ("", "   "):
        result = cli("members", "search", text, db=demo_file)
        assert result.returncode == 1
        assert result.stderr.strip() == (
            "Ошибка: Укажите, что искать: часть ФИО, телефон или номер билета."
        )


def test_nothing_found_is_said_not_an_error(cli, demo_file):
    result = cli("members", "search", "Щщщщ", db=demo_file)
    assert (result.returncode, result.stdout, result.stderr.strip()) == (
        0,
        "",
        "Никого не найдено.",
    )
    _, found = search(cli, demo_file, "Щщщщ")
    assert found == []


def test_damaged_file_is_one_sentence_and_left_alone(cli, tmp_path):
    broken = tmp_path / "broken.file"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 3000)
    before = broken.read_bytes()
    result = cli("members", "search", "Иванов", db=broken)
    assert result.returncode == 1
    assert result.stderr.startswith("Ошибка: ") and "поврежд" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert broken.read_bytes() == before
