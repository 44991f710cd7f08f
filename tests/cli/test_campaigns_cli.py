"""worklist, mark, profkards import and sheets through profdesk-cli, as a user runs them."""

from __future__ import annotations

import json
import subprocess

import pytest
from sqlalchemy import select

from app.models import Member, OrgKind
from app.models.members import create_member
from app.models.organisations import create_org, region


@pytest.fixture
def schools(region_db):
    with region_db.session() as s:
        district = create_org(
            s, kind=OrgKind.TERRITORIAL, parent_id=region(s).id, name="Район", code="T1"
        )
        for code, last in (("T1-02", "Петрова"), ("T1-01", "Иванова")):
            school = create_org(
                s, kind=OrgKind.PRIMARY, parent_id=district.id, name=f"Школа {code}", code=code
            )
            school.chair = "Сидорова А. А."
            create_member(
                s, {"last_name": last, "first_name": "Анна", "organisation_id": school.id}
            )
    return region_db


def test_worklist_json_mark_and_sheets(schools, db_path, cli, tmp_path):
    result = cli("worklist", "not-e-registered", "--org", "T1", "--json", db=db_path)
    assert result.returncode == 0, result.stderr
    members = json.loads(result.stdout)["members"]
    assert [(m["last_name"], m["organization_code"]) for m in members] == [
        ("Иванова", "T1-01"),
        ("Петрова", "T1-02"),
    ]
    done = cli("mark", "e-registered", members[0]["id"], db=db_path)
    assert done.returncode == 0 and "Отмечено: 1 из 1" in done.stdout
    again = json.loads(cli("worklist", "not-e-registered", "--json", db=db_path).stdout)
    assert [m["last_name"] for m in again["members"]] == ["Петрова"]

    out = tmp_path / "Списки.pdf"
    made = cli("sheets", "--org", "T1", "--out", str(out), db=db_path)
    assert made.returncode == 0, made.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True)
    pages = text.stdout.split("\f")
    assert "Школа T1-01 (код T1-01)" in pages[0] and "Школа T1-02" in pages[1]
    assert "Иванова Анна" in pages[0] and "подписать согласие" in pages[0]
    assert "встать на электронный учёт" not in pages[0]  # marked above
    assert "встать на электронный учёт" in pages[1] and "Сидорова А. А." in pages[1]
    assert "Подпись" in pages[0]

    ranked = json.loads(cli("ranking", "--org", "T1", "--json", db=db_path).stdout)
    assert [(o["code"], o["left"], o["left_percent"]) for o in ranked["organizations"]] == [
        ("T1-01", 1, 100.0),
        ("T1-02", 1, 100.0),
    ]


def test_profkards_import_reports_bad_numbers(schools, db_path, cli, tmp_path):
    numbers = tmp_path / "profkards.txt"
    numbers.write_text("Номер карты\n2460000000017\n2460000000014\n2460000000014\n")
    result = cli("profkards", "import", str(numbers), db=db_path)
    assert result.returncode == 0, result.stderr
    assert "Отмечено в Профкардс: 0" in result.stdout
    assert "неизвестных номеров: 1 (2460000000017)" in result.stdout
    assert "с неверной контрольной цифрой: 1 (2460000000014)" in result.stdout
    assert "повторов в списке: 1" in result.stdout
    with schools.session() as s:
        assert s.scalars(select(Member).where(Member.profkards_on.is_not(None))).all() == []


def test_worklist_bad_kind_and_file_are_one_sentence(schools, db_path, cli, tmp_path):
    bad = cli("worklist", "no-such-list", db=db_path)
    assert bad.returncode == 1 and "Нет рабочего списка «no-such-list»" in bad.stderr
    wrong = cli("worklist", "no-consent", "--out", str(tmp_path / "x.doc"), db=db_path)
    assert wrong.returncode == 1 and ".xlsx или .pdf" in wrong.stderr
    assert "Traceback" not in bad.stderr + wrong.stderr


def test_progress_snapshot_is_stored_and_read(schools, db_path, cli):
    import datetime as dt

    from app.models.snapshots import ProgressSnapshot

    taken = cli("progress", "snapshot", "--months", "3", db=db_path)
    assert taken.returncode == 0, taken.stderr
    assert "Помесячный срез снят на" in taken.stdout and "организаций — 2" in taken.stdout
    with schools.session() as s:
        this_month = dt.date.today().replace(day=1)
        rows = s.scalars(select(ProgressSnapshot).where(ProgressSnapshot.month == this_month))
        rows = rows.all()
        assert sum(r.members for r in rows) == 2 and not any(r.reconstructed for r in rows)
        past = s.scalars(select(ProgressSnapshot).where(ProgressSnapshot.month < this_month))
        assert len({r.month for r in past if r.reconstructed}) == 2  # no joining date: always
    shown = json.loads(cli("progress", "--org", "T1", "--months", "3", "--json", db=db_path).stdout)
    assert shown["months"][-1]["members"] == 2
    assert shown["months"][-1]["e_registered_percent"] == 0.0
