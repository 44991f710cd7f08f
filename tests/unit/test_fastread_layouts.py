"""`cards layouts list` and `booklets layouts list` in SQLite's SQL
(app.models.fastread.layouts) list what the SQLAlchemy query lists: the newest version of
each office layout of the kind, by name, with its title; the built-in layouts' titles read
without reportlab are the titles their checked files give."""

from __future__ import annotations

import pytest

from app.models import layouts as store
from app.models.fastread import layouts as light
from app.models.settings import BOOKLET_LAYOUT
from app.printing import builtin_layouts
from app.printing.booklet_layout import builtin_names, load_builtin
from app.printing.card_templates import load_template, template_names
from app.services import booklet_layouts as bl
from app.services import layout_list
from app.services import layouts as cl
from app.services.layout_list import LayoutInfo


@pytest.fixture
def office(region_db):
    """Card layouts "zeta" (two versions) and "alpha"; booklet layouts "kursk" and "plain"
    (no title), "kursk" chosen to print."""
    with region_db.session() as s:
        body = cl.layout_body(s, "default")
        cl.save_layout(s, "zeta", {**body, "title": "Зета, первая"})
        cl.save_layout(s, "zeta", {**body, "title": "Зета, вторая"})
        cl.save_layout(s, "alpha", {**body, "title": "Альфа"})
        booklet = bl.layout_body(s, "default")
        bl.save_layout(s, "kursk", {**booklet, "title": "Буклет Курска"})
        bl.save_layout(s, "plain", {k: v for k, v in booklet.items() if k != "title"})
        bl.use_layout(s, "kursk")
    return region_db


def test_office_layouts_as_the_sqlalchemy_query_lists_them(office, engine):
    with office.session() as s:
        for kind in ("card", "booklet"):
            expected = store.query_latest_titles(s, kind)
            assert store.latest_titles(s, kind) == expected
            if engine == "sqlite":
                conn = s.connection().connection.driver_connection
                assert light.latest_titles(conn, kind) == expected
                assert light.setting(conn, BOOKLET_LAYOUT) == "kursk"
                assert light.setting(conn, "no.such.key") is None
        assert store.latest_titles(s, "card") == [
            ("alpha", 1, "Альфа"),
            ("zeta", 2, "Зета, вторая"),
        ]
        cards = cl.list_layouts(s)
        assert cards[-2:] == [
            LayoutInfo("alpha", "Альфа", False, 1),
            LayoutInfo("zeta", "Зета, вторая", False, 2),
        ]
        booklets = bl.list_layouts(s)
        assert [(i.name, i.title, i.version) for i in booklets] == [
            ("default", load_builtin("default").title, None),
            ("kursk", "Буклет Курска", 1),
            ("plain", "plain", 1),
        ]
        assert bl.in_use(s) == "kursk"


def test_built_in_titles_are_the_checked_files_titles():
    cards = builtin_layouts.titles(builtin_layouts.CARDS)
    assert cards == [(n, load_template(n).title) for n in template_names()]
    booklets = builtin_layouts.titles(builtin_layouts.BOOKLETS)
    assert booklets == [(n, load_builtin(n).title) for n in builtin_names()]
    assert cards and booklets


def test_the_layout_in_use_falls_back_to_the_default():
    infos = layout_list.layout_infos("booklet", [("kursk", 3, "Курск")])
    assert layout_list.in_use("kursk", infos) == "kursk"
    assert layout_list.in_use("gone", infos) == "default"  # removed by an exchange, say
    assert layout_list.in_use(None, infos) == "default"
