"""Merging communes and renaming units (sáp nhập, đổi tên) keeps history and old documents.

The demo district merges three communes into one on 01/01/2027: every assignment stays
(the merged communes' ones end on 31/12/2026), the months before print the old names,
"who looked after X on D" answers on either side of the merge, and the merged units'
assignments are offered for the new commune.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from dvdesk.domain import models as m
from dvdesk.errors import InvalidInput
from dvdesk.services import calendar as calendar_service
from dvdesk.services import documents
from dvdesk.services.unit_changes import (
    apply_proposals,
    merge,
    merge_proposals,
    rename_on,
    unmerge,
)
from dvdesk.services.unit_lookup import holders_on, list_units
from dvdesk.store import queries
from tests.helpers import pdf_text

ON = dt.date(2027, 1, 1)
LAST = dt.date(2026, 12, 31)


def _commune_ids(db, names):
    by_name = {u["name"]: u["id"] for u in list_units(db, "commune")}
    return [by_name[name] for name in names]


def _assignments(db):
    with db.read() as s:
        return {a.id: (a.officer_id, a.role, a.unit_id, a.effective_from, a.effective_to)
                for a in s.scalars(select(m.Assignment))}


def test_merging_three_communes_keeps_history_and_old_months(demo_db, tmp_path):
    db = demo_db
    ids = _commune_ids(db, ["Châu Thành", "Tân Thạch", "Quới Sơn"])
    calendar_service.new_month(db, "2026-11")
    calendar_service.plan(db, "2026-11")  # a draft month: its names are worked out afresh
    draft_before = calendar_service.calendar_view(db, "2026-11")
    approved_pdf = tmp_path / "2026-10-before.pdf"
    documents.calendar_pdf(db, "2026-10", approved_pdf)
    before = _assignments(db)
    with db.read() as s:
        histories = {c: queries.unit_history(s, "commune", c) for c in ids}
        hamlets = {h.id for h in s.scalars(select(m.Hamlet).where(m.Hamlet.commune_id.in_(ids)))}
        leads = {c: [o.id for o in queries.holders(s, "commune_lead", c, LAST)] for c in ids}

    done = merge(db, "commune", ids, "Xã Tân Thành Phú", ON)

    # Every assignment is still there; the merged communes' own ones end the day before.
    after = _assignments(db)
    assert after.keys() == before.keys()
    for assignment_id, (officer, role, unit, start, end) in before.items():
        ended = role in ("commune_lead", "province_liaison") and unit in ids and end is None
        assert after[assignment_id] == (officer, role, unit, start, LAST if ended else end)
    assert len(done.ended) == 6  # a lead and a provincial liaison for each of the three
    with db.read() as s:
        assert {c: queries.unit_history(s, "commune", c) for c in ids} != histories  # ended
        assert [(h.assignment_id, h.officer_id) for c in ids
                for h in queries.unit_history(s, "commune", c)] == \
            [(h.assignment_id, h.officer_id) for c in ids for h in histories[c]]
        moved = {h.id for h in s.scalars(select(m.Hamlet).where(
            m.Hamlet.commune_id == done.new_id))}
        assert moved == hamlets  # the hamlets (and their groups) are under the new commune
        # ... and their support officers go on, untouched.
        assert s.scalar(select(func.count()).select_from(m.Assignment).where(
            m.Assignment.role == "hamlet_support", m.Assignment.unit_id.in_(hamlets),
            m.Assignment.effective_to.is_(None))) == len(hamlets)

    # The months before the merge still show and print the old names.
    assert calendar_service.calendar_view(db, "2026-11") == draft_before
    names = {m_["unit"] for m_ in draft_before["meetings"]}
    assert {"Đảng ủy thị trấn Châu Thành", "Đảng ủy xã Tân Thạch", "Đảng ủy xã Quới Sơn"} <= names
    approved_after = tmp_path / "2026-10-after.pdf"
    documents.calendar_pdf(db, "2026-10", approved_after)
    assert pdf_text(approved_after) == pdf_text(approved_pdf)
    assert "Đảng ủy xã Tân Thạch" in pdf_text(approved_after)

    # A month before the merge made afterwards still has the three committees ...
    calendar_service.new_month(db, "2026-12")
    december = calendar_service.calendar_view(db, "2026-12")
    committees = {x["unit"] for x in december["meetings"] if x["kind"] == "committee"}
    assert "Đảng ủy xã Tân Thạch" in committees and "Đảng ủy xã Tân Thành Phú" not in committees
    # ... and the month of the merge has one, with the cells under the new commune.
    calendar_service.new_month(db, "2027-01")
    january = calendar_service.calendar_view(db, "2027-01")
    committees = [x["unit"] for x in january["meetings"] if x["kind"] == "committee"]
    assert len(committees) == 21 - 3 + 1 and "Đảng ủy xã Tân Thành Phú" in committees
    assert not {"Đảng ủy xã Tân Thạch", "Đảng ủy thị trấn Châu Thành"} & set(committees)
    cells = [x for x in january["meetings"] if x["kind"] == "cell" and x["commune"] ==
             "Xã Tân Thành Phú"]
    assert len(cells) == len(hamlets) + 3 * 4  # each hamlet's cell and the communes' own

    # Who looked after Tân Thạch: its lead up to the merge, nobody after until carried over.
    tan_thach = ids[1]
    assert [h.officer_id for h in holders_on(db, "commune", tan_thach, LAST)
            if h.role == "commune_lead"] == leads[tan_thach]
    assert holders_on(db, "commune", done.new_id, LAST) != []  # the three former communes
    assert {h.unit_id for h in holders_on(db, "commune", done.new_id, LAST)} == set(ids)
    offered = merge_proposals(db, "commune", done.new_id)
    assert sorted((p.role, p.officer_id) for p in offered) == sorted(
        [("commune_lead", o) for c in ids for o in leads[c]]
        + [(p.role, p.officer_id) for p in offered if p.role == "province_liaison"])
    chosen = [p for p in offered if p.role == "commune_lead" and p.officer_id in
              leads[tan_thach]]
    apply_proposals(db, "commune", done.new_id, chosen)
    after_merge = holders_on(db, "commune", tan_thach, ON + dt.timedelta(days=14))
    assert [(h.officer_id, h.unit_id) for h in after_merge if h.role == "commune_lead"] == \
        [(leads[tan_thach][0], done.new_id)]


def test_a_merge_is_undone_only_while_the_new_commune_is_unused(demo_db):
    db = demo_db
    ids = _commune_ids(db, ["Tân Thạch", "Quới Sơn"])
    before = _assignments(db)
    done = merge(db, "commune", ids, "Tân Thành Phú", ON)
    unmerge(db, done)
    assert _assignments(db) == before
    assert {u["id"] for u in list_units(db, "commune")} >= set(ids)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(m.UnitHistory)) == 0
    done = merge(db, "commune", ids, "Tân Thành Phú", ON)
    calendar_service.new_month(db, "2027-01")  # the new commune has a meeting now
    with pytest.raises(InvalidInput, match="hoàn tác"):
        unmerge(db, done)


def test_a_merged_or_renamed_commune_is_found_by_its_former_names(demo_db):
    """Looking for a commune by the name it had before the 2025 mergers finds the commune
    it is part of now, through a rename and a second merge as well."""
    from dvdesk.services.unit_views import load_unit_index

    db = demo_db
    first = merge(db, "commune", _commune_ids(db, ["Tân Thạch", "Quới Sơn"]), "Tân Thành Phú",
                  ON)
    rename_on(db, "commune", first.new_id, "Tân Thành", ON + dt.timedelta(days=31))
    second = merge(db, "commune", [first.new_id, *_commune_ids(db, ["Tiên Thủy"])],
                   "Hòa Bình", ON + dt.timedelta(days=62))

    def found(words: str) -> list[str]:
        return [e.name for e in load_unit_index(db, "commune").ordered("commune")
                if all(w in e.search for w in words.split())]

    for former in ("quoi son", "tan thanh phu", "tan thanh", "tien thuy", "hoa binh"):
        assert found(former) == [second.title], former
    assert found("an khanh") == ["Xã An Khánh"]  # a commune never merged: its own name


def test_renaming_from_a_date_keeps_the_old_name_for_the_months_before(demo_db, tmp_path):
    db = demo_db
    tan_thach = _commune_ids(db, ["Tân Thạch"])[0]
    october = calendar_service.calendar_view(db, "2026-10")
    calendar_service.new_month(db, "2026-11")
    renamed = rename_on(db, "commune", tan_thach, "Phường Tân Thạch", dt.date(2026, 12, 1))
    assert (renamed.old_title, renamed.title) == ("Xã Tân Thạch", "Phường Tân Thạch")
    assert calendar_service.calendar_view(db, "2026-10") == october  # approved: frozen
    november = calendar_service.calendar_view(db, "2026-11")  # a draft, named afresh
    assert "Đảng ủy xã Tân Thạch" in {x["unit"] for x in november["meetings"]}
    calendar_service.new_month(db, "2026-12")
    december = calendar_service.calendar_view(db, "2026-12")
    assert "Đảng ủy phường Tân Thạch" in {x["unit"] for x in december["meetings"]}
    assert "Phường Tân Thạch" in {x["commune"] for x in december["meetings"]}
    with pytest.raises(InvalidInput, match="01/12/2026"):  # not before the last change
        rename_on(db, "commune", tan_thach, "Xã Tân Thạch Mới", dt.date(2026, 11, 15))


def test_units_commands(demo_path, cli):
    db = str(demo_path)
    listed = cli("--db", db, "units", "list", "--kind", "commune", "--json")
    assert listed.code == 0
    import json

    communes = json.loads(listed.out)
    assert len(communes) == 21 and communes[0].keys() >= {"id", "kind", "name", "parent_id",
                                                         "parent"}
    assert communes[0]["parent"] == "Cụm 1" and communes[0]["kind"] == "commune"
    text = cli("--db", db, "units", "list", "--kind", "hamlet")
    assert text.code == 0 and text.out.startswith("Ấp, khu phố (117):")
    ids = [str(c["id"]) for c in communes[1:4]]
    merged = cli("--db", db, "units", "merge", "--into", "Xã Tân Thành Phú", "--on", "2027-01-01",
                 *ids)
    assert merged.code == 0, merged
    assert "thành Xã Tân Thành Phú" in merged.out
    assert "Cấp ủy phụ trách xã: đồng chí" in merged.out
    after = json.loads(cli("--db", db, "units", "list", "--kind", "commune", "--json").out)
    new_id = next(c for c in after if c["name"] == "Tân Thành Phú")
    assert len(after) == 21 - 3 + 1
    carried = cli("--db", db, "units", "carry-over", str(new_id["id"]), "--only", "1")
    assert carried.code == 0 and "1 trường hợp" in carried.out
    who = cli("--db", db, "units", "who", ids[0], "--on", "2027-02-01", "--json")
    assert json.loads(who.out)["holders"][0]["unit_id"] == new_id["id"]
    wrong = cli("--db", db, "units", "merge", "--into", "X", "--on", "2027-01-01", ids[0])
    assert wrong.code != 0 and "hai đơn vị" in wrong.err and "Traceback" not in wrong.err
    renamed = cli("--db", db, "units", "rename", str(new_id["id"]), "Phường Tân Thành Phú",
                  "--on", "2027-03-01")
    assert renamed.code == 0 and "Xã Tân Thành Phú thành Phường Tân Thành Phú" in renamed.out


def test_a_units_story_names_what_it_was_and_who_looked_after_it(demo_db):
    """The window's Lịch sử: the new commune lists the communes merged into it, each with
    its officers and their periods; a merged commune names what it went into; a renamed
    one its former name with its last day."""
    from dvdesk.services.unit_lookup import unit_story

    db = demo_db
    ids = _commune_ids(db, ["Tân Thạch", "Quới Sơn", "Tiên Thủy"])
    with db.read() as s:
        leads = {c: [o.full_name for o in queries.holders(s, "commune_lead", c, LAST)]
                 for c in ids}
    assert not unit_story(db, "commune", ids[0])  # nothing happened to it yet
    done = merge(db, "commune", ids, "Xã Tiên Thủy", ON)
    story = unit_story(db, "commune", done.new_id)
    assert [(f.unit_id, f.title, f.last_day) for f in story.merged_from] == [
        (ids[0], "Xã Tân Thạch", LAST), (ids[1], "Xã Quới Sơn", LAST),
        (ids[2], "Xã Tiên Thủy", LAST)]
    for former in story.merged_from:
        lead = [h for h in former.holders if h.role == "commune_lead"]
        assert [h.officer for h in lead] == leads[former.unit_id]
        assert lead[0].effective_to == LAST
    assert story.names == [] and story.merged_into is None
    assert unit_story(db, "commune", ids[1]).merged_into == (done.new_id, "Xã Tiên Thủy", ON)

    rename_on(db, "commune", done.new_id, "Phường Tiên Thủy", dt.date(2027, 3, 1))
    assert unit_story(db, "commune", done.new_id).names == [
        ("Xã Tiên Thủy", dt.date(2027, 2, 28))]
