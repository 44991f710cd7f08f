"""A district operator's CLI may not change the region's layouts or booklet texts: one
sentence on stderr, exit 1, nothing stored (issue 19, point 5)."""

from __future__ import annotations

import json

import pytest

from app.models import OrgKind, open_database
from app.models.installation import init_region
from app.models.organisations import create_org
from app.models.users import create_user

PASSWORD = "T01op-secret"


@pytest.mark.slow
def test_a_district_operator_cannot_import_layouts_or_booklet_texts(cli, sqlite_path, tmp_path):
    db = open_database(sqlite_path)
    with db.session() as s:
        top = init_region(s, "Тестовая областная организация", "46")
        create_org(s, kind=OrgKind.TERRITORIAL, parent_id=top.id, name="Обоянская РО", code="T01")
        create_user(s, "admin", "Adm1n-secret", "administrator")
        create_user(s, "t01op", PASSWORD, "operator", "T01")
    db.close()
    env = {"PROFDESK_PASSWORD": PASSWORD}
    as_t01 = ("--user", "t01op")
    layout = tmp_path / "layout.json"
    exported = cli(*as_t01, "cards", "layouts", "export", "default", "--out", str(layout),
                   db=sqlite_path, env=env)  # fmt: skip
    assert exported.returncode == 0, exported.stderr  # reading and sharing is allowed
    body = json.loads(layout.read_text(encoding="utf-8"))
    body["name"] = "district"
    layout.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    texts = tmp_path / "texts.json"
    texts.write_text(json.dumps({"title": "Чужой заголовок"}, ensure_ascii=False), "utf-8")
    for argv in (
        ("cards", "layouts", "import", str(layout)),
        ("booklets", "text", "import", str(texts)),
        ("booklets", "text", "reset"),
    ):
        refused = cli(*as_t01, *argv, db=sqlite_path, env=env)
        assert refused.returncode == 1, argv
        assert "общие для всей области" in refused.stderr and refused.stderr.count("\n") == 1
        assert "Traceback" not in refused.stderr
    listed = cli(*as_t01, "cards", "layouts", "list", "--json", db=sqlite_path, env=env)
    assert "district" not in listed.stdout
