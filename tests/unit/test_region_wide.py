"""Layouts, booklet texts and the emblem are the whole region's (issue 19, point 5): a user
limited to one organisation reads them and prints with them, but changes none of them."""

from __future__ import annotations

import json

import pytest

from app.models import OrgKind, print_settings
from app.models import layouts as store
from app.models.errors import PermissionDeniedError
from app.models.organisations import create_org, region
from app.printing.booklet_content import default_emblem
from app.services import booklets as bk
from app.services import layouts

SENTENCE = "общие для всей области: менять их может только пользователь"


@pytest.fixture
def district(region_db):
    with region_db.session() as s:
        t01 = create_org(
            s, kind=OrgKind.TERRITORIAL, parent_id=region(s).id, name="Обоянская РО", code="T01"
        )
        top = region(s).id
    yield region_db, t01.id, top
    region_db.user_role, region_db.user_org_id = "", None


def _body(name: str) -> dict:
    body = layouts.template_body(layouts.load_template("default"))
    body["name"], body["title"] = name, "Билет офиса"
    return body


def test_a_limited_operator_changes_no_region_wide_setting(district, tmp_path):
    db, t01, _top = district
    with db.session() as s:
        layouts.save_layout(s, "office", _body("office"))
        bk.save_texts(s, {"title": "Как работать в Профкардс?"})
    db.user_role, db.user_org_id = "operator", t01
    shared = tmp_path / "layout.json"
    shared.write_text(json.dumps(_body("office"), ensure_ascii=False), encoding="utf-8")
    attempts = {
        "layout": lambda s: layouts.save_layout(s, "office", _body("office")),
        "import": lambda s: layouts.import_layout(s, shared),
        "texts": lambda s: bk.save_texts(s, {"title": "Чужой заголовок"}),
        "reset": lambda s: bk.reset_texts(s),
        "booklet emblem": lambda s: bk.set_emblem(s, default_emblem()),
        "card emblem": lambda s: print_settings.set_emblem_path(s, str(default_emblem())),
    }
    for what, attempt in attempts.items():
        with db.session() as s, pytest.raises(PermissionDeniedError) as refused:
            attempt(s)
        assert SENTENCE in str(refused.value), what
        assert str(refused.value).count(".") == 1, what  # one sentence
    # nothing changed, and what they may do still works: read, export, print with them
    with db.session() as s:
        assert store.get_version(s, "office").version == 1
        assert bk.load_texts(s).title == "Как работать в Профкардс?"
        assert bk.stored_emblem(s) == ""
        layouts.export_layout(s, "office", tmp_path / "out.json")
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["name"] == "office"


def test_a_user_limited_to_the_region_itself_covers_it(district):
    db, _t01, top = district
    db.user_role, db.user_org_id = "operator", top
    with db.session() as s:
        assert layouts.save_layout(s, "office", _body("office")) == 1
        bk.save_texts(s, {"title": "Буклет области"})
    with db.session() as s:
        assert bk.load_texts(s).title == "Буклет области"
