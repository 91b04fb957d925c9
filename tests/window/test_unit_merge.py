"""Sáp nhập and đổi tên từ ngày in the real window: the secretary selects three communes
with Ctrl+click, merges them into one under its official 2025 name, keeps the
carried-over assignments, finds them on Phân công and in the unit's Lịch sử, and takes
the merge back with Ctrl+Z; a commune renamed from a date keeps its old name in the
months before."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from dvdesk.domain.text import search_key
from dvdesk.services import calendar
from dvdesk.services.board_view import load_board
from dvdesk.services.unit_lookup import list_units, unit_story
from dvdesk.services.unit_views import tree_children
from dvdesk.store import open_database
from tests.window.driver import Scope


def read(path, reader):
    db = open_database(str(path))
    try:
        return reader(db)
    finally:
        db.dispose()


def eventually(check, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "the window never got there"
        time.sleep(0.2)


def communes(path) -> list[dict]:
    return read(path, lambda db: list_units(db, "commune"))


def hamlets_of(path, commune_id: int) -> list[str]:
    return [c.name for c in read(path, lambda db: tree_children(db, "commune", commune_id))
            if c.kind == "hamlet"]


def popup(app) -> Scope:
    """The completer's list of suggestions, a popup window of its own."""
    window = app.wait_window(lambda w: w["popup"], "the list of suggested names")
    return Scope(app, window["ref"], "suggestions")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_merge_three_communes_keep_their_assignments_then_undo(launch, demo_path, lang):
    today = dt.date.today()
    first = today.replace(day=1)  # from this month on: Phân công shows today's holders
    before = communes(demo_path)
    joined = before[1:4]  # three communes of the first cluster
    assert [c["parent"] for c in joined] == [joined[0]["parent"]] * 3
    hamlets = [h for c in joined for h in hamlets_of(demo_path, c["id"])]
    leads = read(demo_path, lambda db: {
        r.unit.id: [h.name for h in r.holders]
        for r in load_board(db, "commune_lead", today).rows})
    holders = {name for c in joined for name in leads[c["id"]]}
    assert len(holders) == 3, "each commune has its committee member in charge"
    # One per commune: the one of the commune that gives the new one its name goes on.
    [kept] = leads[joined[2]["id"]]

    app = launch(page="units", lang=lang)
    app.wait_for(joined[0]["title"])
    app.click(joined[0]["title"], kinds=["item"])
    app.click(joined[1]["title"], kinds=["item"], holding="ctrl")
    app.click(joined[2]["title"], kinds=["item"], holding="ctrl")
    if lang == "vi":
        app.click("Sáp nhập…")
    else:  # the tree's context menu, on the units selected
        app.right_click(joined[2]["title"], kinds=["item"])
        app.screenshot("context-menu-en")
        app.menu_choice("Sáp nhập…")
    merge = app.dialog("Sáp nhập đơn vị")
    for commune in joined:
        assert merge.sees(commune["title"])
    merge.type_into("Tên đơn vị mới", "tien thuy")  # no accents: the official name is found
    popup(app).click("Xã Tiên Thủy", kinds=["item"])
    assert merge.field("Tên đơn vị mới")["value"] == "Xã Tiên Thủy"
    merge.type_into("Từ ngày", first.strftime("%d/%m/%Y"))
    # What will happen, said before it happens: the assignments end the day before.
    assert merge.sees((first - dt.timedelta(days=1)).strftime("%d/%m/%Y"))
    app.screenshot(f"merge-dialog-{lang}")
    merge.click("Sáp nhập")
    app.wait_gone("Sáp nhập đơn vị")

    keep = app.dialog("Giữ phân công cho Xã Tiên Thủy")
    app.screenshot(f"carry-over-{lang}")
    # Each line whole on a 1366×768 screen: the dialog is as wide as what it lists.
    assert app.request("clipped", within=keep.window, items=True) == []
    for name in holders:
        assert keep.sees(name)
    # The role as the settings' level words name it (the core's wording in English).
    assert keep.sees("Cấp ủy phụ trách xã: mỗi đơn vị tối đa 1 người (đang chọn 1)." if lang == "vi"
                     else "Committee member in charge of the commune: at most 1 per unit "
                     "(1 ticked).")
    keep.click("Giữ phân công")
    app.wait_gone("Giữ phân công cho")

    after = communes(demo_path)
    [new] = [c for c in after if c["id"] not in {b["id"] for b in before}]
    assert new["title"] == "Xã Tiên Thủy"
    assert not {c["id"] for c in joined} & {c["id"] for c in after}  # the three are gone
    assert sorted(hamlets_of(demo_path, new["id"])) == sorted(hamlets)
    app.wait_for(hamlets[0])  # the new commune, open in the tree with its hamlets
    assert not app.sees(joined[0]["title"])

    # Lịch sử: the three former communes and who looked after them.
    app.click("Lịch sử", kinds=["tab"])
    for commune in joined:
        app.wait_for(f"Sáp nhập từ {commune['title']}")
    for name in holders:
        assert app.sees(name)
    app.screenshot(f"history-{lang}")

    # Looked for by a former name (no accents), the commune it is part of now is found.
    former = joined[1]["title"].split(" ", 1)[1]  # "Xã Quới Sơn" -> "Quới Sơn"
    app.type_into("Tìm đơn vị (không cần dấu)…", search_key(former))
    app.wait_until(lambda: app.sees("Xã Tiên Thủy") and app.rows("Xã Tiên Thủy")[0][0]
                   == "Xã Tiên Thủy",  # the commune first, then what else the words match
                   f"looking for {former} never found the commune it went into")
    app.key("ctrl+a")
    app.key("BackSpace")

    assert read(demo_path, lambda db: [h.name for r in load_board(
        db, "commune_lead", today).rows if r.unit.id == new["id"] for h in r.holders]) == [kept]
    app.open_page("Phân công")
    app.choose("Vai trò", "Cấp ủy phụ trách xã" if lang == "vi"
               else "Committee member in charge of the commune")
    app.wait_for(kept)
    [row] = [r for r in app.rows(kept) if kept in r]
    assert "Xã Tiên Thủy" in " ".join(row) or "Tiên Thủy" in row

    app.open_page("Đơn vị")
    app.click("Xã Tiên Thủy", kinds=["item"])
    app.key("ctrl+z")  # the kept assignments go
    eventually(lambda: not read(demo_path, lambda db: [
        h for r in load_board(db, "commune_lead", today).rows if r.unit.id == new["id"]
        for h in r.holders]))
    app.key("ctrl+z")  # and the merge itself
    eventually(lambda: [c["id"] for c in communes(demo_path)] == [c["id"] for c in before])
    app.wait_for(joined[0]["title"])
    for commune in joined:
        assert app.sees(commune["title"])
        assert read(demo_path, lambda db, c=commune: unit_story(db, "commune", c["id"])) \
            .merged_into is None
    assert app.close() == 0


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_rename_from_a_date_keeps_the_old_name_in_earlier_months(launch, demo_path, lang):
    months = read(demo_path, lambda db: [m["month"] for m in calendar.months(db)])
    earlier = max(months)
    first = dt.date.fromisoformat(earlier + "-01")
    first = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    commune = communes(demo_path)[1]
    old_title = commune["title"]

    app = launch(page="units", lang=lang, month=earlier)
    app.wait_for(old_title)
    app.click(old_title, kinds=["item"])
    app.click("Đổi tên từ ngày…")
    rename = app.dialog("Đổi tên từ ngày")
    rename.type_into("Tên mới", "Phường Tân Thạch")
    rename.type_into("Từ ngày", first.strftime("%d/%m/%Y"))
    app.screenshot(f"rename-on-{lang}")
    rename.click("Đổi tên")
    app.wait_gone("Đổi tên từ ngày")
    app.wait_for("Phường Tân Thạch")
    app.click("Lịch sử", kinds=["tab"])
    app.wait_for(f"Tên cũ: {old_title}")

    app.open_page("Lịch sinh hoạt")
    # The month before the rename keeps the name it had, in its meetings.
    app.wait_for(f"Đảng ủy {old_title[:1].lower()}{old_title[1:]}")
    assert not app.sees("Phường Tân Thạch")
    assert app.close() == 0
