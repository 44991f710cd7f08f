"""Nobody where they don't belong (issue 21.1, 17.4): every CLI command as every role.

The walk takes the commands from the argparse parser itself, so a new command without an
entry here fails the test. Each command runs in process (`app.cli.main`) on a fresh copy
of one demo database in which every member outside T01 is called «Чужаков»: for a user
limited to T01 that name must appear in no output and no file written, and no row outside
T01 may change; a refusal is one sentence. The reproductions of the leaks the issue found
come first.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import MetaData, select

from app.cli import build_parser, main
from app.models import open_database
from app.models.entities import Card, Member, Organisation
from app.models.organisations import subtree_ids

MARK = "Чужаков"
PASSWORDS = {
    "admin": "Adm1n-secret",
    "oper": "0per-secret",
    "view": "V1ew-secret",
    "t01op": "T01op-secret",
    "t01view": "T01view-secret",
}
PASSPHRASE = "обмен-район-2026"


def cli(db: Path, login: str | None, *argv: str, monkeypatch, capsys) -> tuple[int, str, str]:
    """One command in this process, as `login`; returns (status, stdout, stderr)."""
    if login:
        monkeypatch.setenv("PROFDESK_PASSWORD", PASSWORDS[login])
    monkeypatch.setenv("PROFDESK_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    head = ["--db", str(db)] + (["--user", login] if login else [])
    try:
        code = main([*head, *argv])
    except SystemExit as stop:  # argparse
        code = int(stop.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> dict:
    """The demo database with outsiders marked, five users, batches, shipments, a file."""
    mp = pytest.MonkeyPatch()
    folder = tmp_path_factory.mktemp("access")
    db = folder / "profdesk.sqlite3"

    class Cap:  # capsys is function-scoped: a small stand-in
        def readouterr(self):  # noqa: ANN202
            return argparse.Namespace(out="", err="")

    def run(login, *argv):  # noqa: ANN001, ANN202
        import contextlib

        buf, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(err):
            code, _, _ = cli(db, login, *argv, monkeypatch=mp, capsys=Cap())
        assert code == 0, (argv, err.getvalue())
        return buf.getvalue()

    run(None, "demo", "--members", "300", "--seed", "7")
    database = open_database(db)
    with database.session(log_changes=False) as s:
        t01 = s.scalar(select(Organisation.id).where(Organisation.code == "T01"))
        inside = set(subtree_ids(s, t01))
        for m in s.scalars(select(Member)):
            if m.organisation_id not in inside:
                m.last_name = MARK
        some_inside = s.scalar(select(Member.id).where(Member.organisation_id.in_(inside)))
        some_outside = s.scalar(select(Member.id).where(Member.organisation_id.not_in(inside)))
    database.close()
    for login, role, org in (
        ("admin", "administrator", None),
        ("oper", "operator", None),
        ("view", "viewer", None),
        ("t01op", "operator", "T01"),
        ("t01view", "viewer", "T01"),
    ):
        mp.setenv("PROFDESK_NEW_PASSWORD", PASSWORDS[login])
        who = None if login == "admin" else "admin"
        run(who, "users", "add", login, "--role", role, *(["--org", org] if org else []))
    run("admin", "stock", "receive", "--edition", "Буклет 2026", "--qty", "500")
    out_ship = json.loads(run("admin", "stock", "ship", "--to", "T02", "--qty", "40", "--json"))
    in_ship = json.loads(run("admin", "stock", "ship", "--to", "T01", "--qty", "40", "--json"))
    run("admin", "cards", "print", "--out", str(folder / "all.pdf"))
    run("admin", "cards", "print", "--org", "T01", "--out", str(folder / "t01.pdf"))
    batches = json.loads(run("admin", "cards", "batches", "--json"))
    by_title = {b["title"]: b["id"] for b in batches}
    run("admin", "exchange", "export", "--org", "T02", "--out", str(folder / "t02.pdx"))
    run("admin", "exchange", "export", "--org", "T01", "--out", str(folder / "t01.pdx"))
    run("admin", "stock", "confirm", out_ship["id"], "--by", "Петрова А. А.")
    history = json.loads(run("admin", "stock", "history", "--org", "T02", "--json"))
    run("admin", "booklets", "text", "export", str(folder / "texts.json"))
    database = open_database(db)
    with database.session() as s:
        numbers = s.scalars(select(Card.number)).all()
    database.close()
    (folder / "numbers.txt").write_text("\n".join(numbers) + "\n", encoding="utf-8")
    mp.undo()
    return {
        "db": db,
        "inside": inside,
        "inside_member": some_inside,
        "outside_member": some_outside,
        "batch_all": by_title[""],
        "batch_t01": by_title["T01"],
        "ship_out": out_ship["id"],
        "ship_in": in_ship["id"],
        "movement_out": history[0]["id"],
        "file_t02": str(folder / "t02.pdx"),
        "file_t01": str(folder / "t01.pdx"),
        "texts": str(folder / "texts.json"),
        "numbers": str(folder / "numbers.txt"),
    }


@pytest.fixture
def fresh(template, tmp_path) -> dict:
    """A copy of the template database, and a folder for what the command writes."""
    db = tmp_path / "db" / "profdesk.sqlite3"
    db.parent.mkdir()
    shutil.copy(template["db"], db)
    out = tmp_path / "out"
    out.mkdir()
    return {**template, "db": db, "out": out}


# --- what a command left behind ---------------------------------------------------------------
WATCHED = {  # table -> how a row names its organisation (None: the row is its member's)
    "member": "organisation_id",
    "card": None,
    "card_batch_item": None,
    "movement": "organisation_id",
    "shipment": ("from_org_id", "to_org_id"),
    "organisation": "id",
    "member_transfer": None,
}


def snapshot(db: Path) -> dict[str, set[tuple]]:
    """Every row of every table, as plain tuples."""
    database = open_database(db)
    try:
        meta = MetaData()
        meta.reflect(database.engine)
        with database.engine.connect() as conn:
            return {
                name: {tuple(r) for r in conn.execute(table.select())}
                for name, table in meta.tables.items()
            }
    finally:
        database.close()


def member_orgs(db: Path) -> dict[str, str]:
    database = open_database(db)
    try:
        with database.session() as s:
            return dict(s.execute(select(Member.id, Member.organisation_id)).all())
    finally:
        database.close()


def changed_outside(before: dict, after: dict, db: Path, inside: set[str]) -> list[str]:
    """Rows added, removed or changed that belong to an organisation outside `inside`."""
    database = open_database(db)
    meta = MetaData()
    meta.reflect(database.engine)
    database.close()
    orgs = member_orgs(db)
    bad = []
    for table, how in WATCHED.items():
        if table not in meta.tables:
            continue
        columns = [c.name for c in meta.tables[table].columns]
        for row in before.get(table, set()) ^ after.get(table, set()):
            values = dict(zip(columns, row, strict=True))
            if how is None:
                owners = {orgs.get(values.get("member_id"))}
            elif isinstance(how, tuple):
                owners = {values[c] for c in how}
            else:
                owners = {values[how]}
            if not owners & inside:
                bad.append(f"{table}: {values.get('id')}")
    return bad


def leaks(text: str) -> bool:
    """A member of another organisation shows (cards print names in capitals)."""
    return MARK.upper() in text.upper()


def file_text(path: Path) -> str:
    """What a person could read in a written file."""
    data = path.read_bytes()
    if data.startswith(b"%PDF"):
        if shutil.which("pdftotext") is None:
            pytest.skip("pdftotext is not installed")
        return subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    if data.startswith(b"PK"):
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True)
        return "\n".join(
            " ".join(str(v) for v in row if v is not None)
            for sheet in book.worksheets
            for row in sheet.iter_rows(values_only=True)
        )
    if path.suffix == ".pdx":
        from app.exchange.fileformat import read_file

        manifest, payload = read_file(path, PASSPHRASE)
        return json.dumps([manifest, payload], ensure_ascii=False, default=str)
    if path.suffix == ".sqlite3":
        return data.decode("utf-8", "replace")
    text = data.decode("utf-8", "replace")
    list(csv.reader(io.StringIO(text)))
    return text


# --- the leaks of issue 21.1, each refused or narrowed now ------------------------------------
def test_a_limited_operator_numbers_only_its_own_members(fresh, monkeypatch, capsys):
    before = snapshot(fresh["db"])
    code, _, err = cli(
        fresh["db"],
        "t01op",
        "cards",
        "assign",
        "--org",
        "R-01",
        monkeypatch=monkeypatch,
        capsys=capsys,
    )
    assert code == 1 and "вне вашей организации" in err
    code, out, err = cli(
        fresh["db"], "t01op", "cards", "assign", monkeypatch=monkeypatch, capsys=capsys
    )
    assert code == 0, err
    after = snapshot(fresh["db"])
    assert changed_outside(before, after, fresh["db"], fresh["inside"]) == []


def test_a_limited_operator_cannot_reissue_a_card_outside(fresh, monkeypatch, capsys):
    before = snapshot(fresh["db"])
    code, _, err = cli(
        fresh["db"],
        "t01op",
        "cards",
        "reissue",
        fresh["outside_member"],
        monkeypatch=monkeypatch,
        capsys=capsys,
    )
    assert code == 1 and err.count("\n") == 1 and "вне вашей организации" in err
    assert changed_outside(before, snapshot(fresh["db"]), fresh["db"], fresh["inside"]) == []
    code, out, _ = cli(
        fresh["db"],
        "t01op",
        "cards",
        "reissue",
        fresh["inside_member"],
        monkeypatch=monkeypatch,
        capsys=capsys,
    )
    assert code == 0 and "Новый номер билета" in out


def test_a_draft_print_holds_only_the_users_members(fresh, monkeypatch, capsys):
    pdf = fresh["out"] / "draft.pdf"
    code, out, err = cli(
        fresh["db"],
        "t01op",
        "cards",
        "print",
        "--draft",
        "--out",
        str(pdf),
        monkeypatch=monkeypatch,
        capsys=capsys,
    )
    assert code == 0, err
    text = file_text(pdf)
    assert not leaks(text) and text.strip()


@pytest.mark.parametrize(
    "argv",
    [
        ["cards", "sheet", "--org", "R-01", "--out", "{out}/sheet.pdf"],
        ["booklets", "print", "--org", "R-01", "--out", "{out}/booklets.pdf"],
        ["exchange", "export", "--org", "T02", "--out", "{out}/t02.pdx"],
        ["backup", "--out", "{out}/copy.sqlite3"],
    ],
    ids=["sheet", "booklets", "exchange", "backup"],
)
def test_what_lies_outside_is_refused_in_one_sentence(fresh, monkeypatch, capsys, argv):
    before = snapshot(fresh["db"])
    argv = [a.format(out=fresh["out"]) for a in argv]
    code, out, err = cli(fresh["db"], "t01op", *argv, monkeypatch=monkeypatch, capsys=capsys)
    assert code == 1
    assert err.startswith("Ошибка: ") and err.count("\n") == 1, err
    assert list(fresh["out"].iterdir()) == []
    assert changed_outside(before, snapshot(fresh["db"]), fresh["db"], fresh["inside"]) == []


def test_a_whole_database_backup_is_the_administrators_job(fresh, monkeypatch, capsys):
    for login in ("oper", "t01op", "view"):
        code, _, err = cli(
            fresh["db"],
            login,
            "backup",
            "--out",
            str(fresh["out"] / "c.sqlite3"),
            monkeypatch=monkeypatch,
            capsys=capsys,
        )
        assert code == 1, login
    code, _, err = cli(
        fresh["db"],
        "admin",
        "backup",
        "--out",
        str(fresh["out"] / "c.sqlite3"),
        monkeypatch=monkeypatch,
        capsys=capsys,
    )
    assert code == 0, err


# --- the walk: every command, every role --------------------------------------------------------
WALK: dict[tuple[str, ...], list[list[str]]] = {
    ("init",): [["init"]],
    ("demo",): [["demo", "--members", "5"]],
    ("orgs", "list"): [["orgs", "list", "--json"]],
    ("orgs", "add"): [["orgs", "add", "T02-900", "--parent", "T02", "--name", "Школа № 900"]],
    ("orgs", "edit"): [
        ["orgs", "edit", "T02", "--chair", "Ёлкина М. С.", "--chair-phone", "9101154433"]
    ],
    ("members", "search"): [["members", "search", "а", "--limit", "0", "--all", "--json"]],
    ("members", "export"): [
        ["members", "export", "{out}/m.csv"],
        ["members", "export", "{out}/m.xlsx", "--org", "T02"],
    ],
    ("members", "import"): [["members", "import", "{out}/../none.csv", "--dry-run"]],
    ("members", "consent-form"): [["members", "consent-form", "{outside}", "--out", "{out}/c.pdf"]],
    ("members", "consent-received"): [["members", "consent-received", "{outside}"]],
    ("users", "add"): [["users", "add", "new", "--role", "viewer"]],
    ("users", "list"): [["users", "list", "--json"]],
    ("audit",): [["audit", "--json"]],
    ("backup",): [["backup", "--out", "{out}/copy.sqlite3"], ["backup", "--list"]],
    ("restore",): [["restore", "{out}/../none.sqlite3"]],
    ("cards", "assign"): [["cards", "assign"], ["cards", "assign", "--org", "R-01"]],
    ("cards", "print"): [
        ["cards", "print", "--draft", "--out", "{out}/d.pdf"],
        ["cards", "print", "--out", "{out}/p.pdf", "--org", "T02"],
        ["cards", "print", "--batch", "{batch_all}", "--out", "{out}/b.pdf"],
    ],
    ("cards", "sheet"): [
        ["cards", "sheet", "--out", "{out}/s.pdf"],
        ["cards", "sheet", "--org", "R-01", "--out", "{out}/s2.pdf"],
        ["cards", "sheet", "--batch", "{batch_all}", "--out", "{out}/s3.pdf"],
    ],
    ("cards", "reissue"): [["cards", "reissue", "{outside}"]],
    ("cards", "calibration"): [["cards", "calibration", "--out", "{out}/cal.pdf"]],
    ("cards", "batches"): [["cards", "batches", "--json"]],
    ("booklets", "print"): [
        ["booklets", "print", "--out", "{out}/bk.pdf"],
        ["booklets", "print", "--org", "R-01", "--out", "{out}/bk2.pdf"],
        ["booklets", "print", "--with-cards", "{out}/wc.pdf", "--out", "{out}/bk3.pdf"],
    ],
    ("booklets", "text", "export"): [["booklets", "text", "export", "{out}/t.json"]],
    ("booklets", "text", "import"): [["booklets", "text", "import", "{texts}"]],
    ("booklets", "text", "reset"): [["booklets", "text", "reset"]],
    ("booklets", "layouts", "list"): [["booklets", "layouts", "list", "--json"]],
    ("booklets", "layouts", "export"): [
        ["booklets", "layouts", "export", "default", "--out", "{out}/bl.json"]
    ],
    ("booklets", "layouts", "import"): [["booklets", "layouts", "import", "{out}/../none.json"]],
    ("booklets", "layouts", "use"): [["booklets", "layouts", "use", "default"]],
    ("stock", "receive"): [["stock", "receive", "--edition", "Буклет 2027", "--qty", "5"]],
    ("stock", "ship"): [["stock", "ship", "--to", "T02", "--qty", "1"]],
    ("stock", "send"): [["stock", "send", "{ship_out}"]],
    ("stock", "cancel"): [["stock", "cancel", "{ship_out}"]],
    ("stock", "confirm"): [["stock", "confirm", "{ship_in}", "--by", "Иванова"]],
    ("stock", "handout"): [["stock", "handout", "--org", "T02", "--qty", "1"]],
    ("stock", "writeoff"): [["stock", "writeoff", "--org", "T02", "--qty", "1", "--reason", "x"]],
    ("stock", "reverse"): [["stock", "reverse", "{movement_out}"]],
    ("stock", "balance"): [["stock", "balance", "--json"], ["stock", "balance", "--org", "T02"]],
    ("stock", "shipments"): [["stock", "shipments", "--json"]],
    ("stock", "history"): [["stock", "history", "--org", "T02", "--json"]],
    ("stock", "act"): [["stock", "act", "{ship_out}", "--out", "{out}/act.pdf"]],
    ("report",): [
        ["report", "--as-of", "2026-01-01", "--json"],
        ["report", "--as-of", "2026-01-01", "--org", "T02", "--out", "{out}/r.xlsx"],
    ],
    ("exchange", "export"): [
        ["exchange", "export", "--org", "T02", "--out", "{out}/x.pdx"],
        ["exchange", "export", "--org", "T01", "--out", "{out}/x1.pdx"],
    ],
    ("exchange", "import"): [["exchange", "import", "{file_t02}", "--dry-run", "--json"]],
    ("exchange", "conflicts"): [["exchange", "conflicts", "--json"]],
    ("exchange", "resolve"): [["exchange", "resolve", "none", "--take", "here"]],
    ("migrate",): [["migrate", "--to", "{out}/moved.sqlite3"]],
    ("encrypt",): [["encrypt"]],
    ("decrypt",): [["decrypt"]],
    ("sheets",): [
        ["sheets", "--out", "{out}/w.xlsx"],
        ["sheets", "--org", "T02", "--out", "{out}/w2.pdf"],
    ],
    ("worklist",): [
        ["worklist", "no-consent", "--json"],
        ["worklist", "card-not-handed", "--org", "T02", "--out", "{out}/wl.xlsx"],
    ],
    ("mark",): [["mark", "consent", "{outside}"], ["mark", "e-registered", "{outside}"]],
    ("profkards", "import"): [["profkards", "import", "{numbers}"]],
    ("profkards", "unmark"): [["profkards", "unmark", "{outside}"]],
    ("ranking",): [
        ["ranking", "--json"],
        ["ranking", "--org", "T02", "--out", "{out}/rank.xlsx"],
    ],
    ("progress",): [
        ["progress", "--json", "--months", "3"],
        ["progress", "--org", "T02"],
        ["progress", "snapshot", "--months", "3"],
    ],
    ("cards", "layouts", "list"): [["cards", "layouts", "list", "--json"]],
    ("cards", "layouts", "check"): [["cards", "layouts", "check", "default"]],
    ("cards", "layouts", "export"): [
        ["cards", "layouts", "export", "default", "--out", "{out}/l.json"]
    ],
    ("cards", "layouts", "import"): [["cards", "layouts", "import", "{out}/../none.json"]],
}


def leaf_commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> set[tuple]:
    """Every runnable command of the parser, as its words."""
    found = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found |= leaf_commands(sub, (*path, name))
            return found
    return {path}


def test_the_walk_knows_every_command():
    assert leaf_commands(build_parser(load_all=True)) == set(WALK)


def _argv(fresh: dict, words: list[str]) -> list[str]:
    values = {k: v for k, v in fresh.items() if isinstance(v, str | Path)}
    values["outside"] = fresh["outside_member"]
    return [w.format(**values) for w in words]


@pytest.mark.slow
@pytest.mark.parametrize("login", ["t01op", "t01view", "view", "oper"])
def test_every_command_stays_inside_the_users_reach(fresh, template, monkeypatch, capsys, login):
    """Limited users: nothing of another organisation read or written; viewers change nothing."""
    db = fresh["db"]
    limited = login.startswith("t01")
    for variants in WALK.values():
        for words in variants:
            shutil.copy(template["db"], db)
            for f in fresh["out"].iterdir():
                f.unlink()
            before = snapshot(db)
            argv = _argv(fresh, words)
            code, out, err = cli(db, login, *argv, monkeypatch=monkeypatch, capsys=capsys)
            where = f"{login}: {' '.join(words)}"
            assert code in (0, 1), (where, err)
            if code == 1:
                assert err.startswith("Ошибка: ") and err.count("\n") == 1, (where, err)
                assert "внутренний сбой" not in err, (where, err)
            after = snapshot(db)
            if limited:
                assert not leaks(out + err), where
                for f in fresh["out"].iterdir():
                    assert not leaks(file_text(f)), (where, f.name)
                assert changed_outside(before, after, db, fresh["inside"]) == [], where
            if login in ("view", "t01view"):
                for table in WATCHED:
                    assert before.get(table) == after.get(table), (where, table)
