"""The three organizations in the real window: a district (Huyện ủy), a province (Tỉnh ủy)
and a commune's committee (Đảng ủy xã), in Vietnamese and English. The window names the
levels as the settings do (tree, counts, column titles, roles, coverage, status bar) and
says no other level's words; the cluster level shows only where there are clusters. The
secretary changes the preset in Cài đặt and the open window follows at once, and Ctrl+Z
brings it back."""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest

from dvdesk.services.demo import build_demo
from dvdesk.services.settings import apply_preset, get_settings
from dvdesk.store import open_database

MONTH = "2026-10"


@pytest.fixture(scope="session")
def commune_template(tmp_path_factory):
    """``demo --scale commune``: a merged commune, with the Đảng ủy xã preset."""
    path = tmp_path_factory.mktemp("commune") / "commune.db"
    db = open_database(str(path))
    try:
        build_demo(db, "commune")
    finally:
        db.dispose()
    return path


def database_for(preset: str, demo_path, commune_template, tmp_path) -> str:
    """huyen: the demo district; tinh: the district under the province's preset (a province
    shaped like it, without the 45,000 units); xa: the merged commune."""
    if preset == "xa":
        path = tmp_path / "commune.db"
        shutil.copyfile(commune_template, path)
        return str(path)
    if preset == "tinh":
        db = open_database(str(demo_path))
        try:
            apply_preset(db, "tinh")
        finally:
            db.dispose()
    return str(demo_path)


def status_counts(app) -> str:
    """The status bar's counts: "6 cụm · 21 xã · 117 ấp · 1.259 cán bộ"."""
    found = [t for t in app.texts() if re.search(r"\d (cán bộ|officers)$", t) and " · " in t]
    assert len(found) == 1, found
    return found[0]


# What each organization's window says (Vietnamese, English), and words it must not say.
EXPECTED = {
    "huyen": {
        "vi": {"counts": "6 cụm · 21 xã · 117 ấp · ", "commune_column": "Xã, thị trấn",
               "coverage": "117/117 ấp có cán bộ theo dõi",
               "role": "Cán bộ theo dõi, hỗ trợ ấp", "tree_size": "ấp · ",
               "per_commune": "Mỗi xã một tệp PDF…"},
        "en": {"counts": "6 clusters · 21 communes · 117 hamlets · ",
               "commune_column": "Communes and towns",
               "coverage": "117/117 hamlets with a support officer",
               "role": "Support officer of the hamlet", "tree_size": "hamlets · ",
               "per_commune": "One PDF per commune…"},
        # The data has its own words ("Chi bộ ấp (nông thôn)"): the level words are checked.
        "absent": {"vi": ["thôn có", "Xã, phường", "117 thôn"],
                   "en": ["village", "Communes and wards"]},
    },
    "tinh": {
        "vi": {"counts": "6 cụm · 21 xã · 117 thôn · ", "commune_column": "Xã, phường",
               "coverage": "117/117 thôn có cán bộ theo dõi",
               "role": "Cán bộ theo dõi, hỗ trợ thôn", "tree_size": "thôn · ",
               "per_commune": "Mỗi xã một tệp PDF…"},
        "en": {"counts": "6 clusters · 21 communes · 117 villages · ",
               "commune_column": "Communes and wards",
               "coverage": "117/117 villages with a support officer",
               "role": "Support officer of the village", "tree_size": "villages · ",
               "per_commune": "One PDF per commune…"},
        # The hamlets' own names keep "Ấp …" (data): the level words change.
        "absent": {"vi": ["Huyện ủy", "ấp có", "117 ấp", "Xã, thị trấn"],
                   "en": ["District", "hamlets with", "117 hamlets", "Communes and towns"]},
    },
    "xa": {
        "vi": {"counts": "1 xã · 30 thôn · ", "commune_column": "Xã",
               "coverage": "30/30 thôn có cán bộ theo dõi",
               "role": "Cán bộ theo dõi, hỗ trợ thôn", "tree_size": "30 thôn · 40 chi bộ",
               "per_commune": "Mỗi xã một tệp PDF…"},
        "en": {"counts": "1 commune · 30 villages · ", "commune_column": "Commune",
               "coverage": "30/30 villages with a support officer",
               "role": "Support officer of the village", "tree_size": "30 villages · 40 party",
               "per_commune": "One PDF per commune…"},
        "absent": {"vi": ["Cụm", "cụm", "Ấp", " ấp", "Huyện ủy"],
                   "en": ["Cluster", "cluster", "Hamlet", "hamlet", "District"]},
    },
}


def _no_foreign_words(app, words: list[str], where: str) -> None:
    shown = [t for t in app.texts() for w in words if w in t]
    assert shown == [], f"{where}: {shown[:10]}"


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("preset", ["huyen", "tinh", "xa"])
def test_each_organization_sees_its_own_level_names(launch, demo_path, commune_template,
                                                    tmp_path, preset, lang):
    db = database_for(preset, demo_path, commune_template, tmp_path)
    want, absent = EXPECTED[preset][lang], EXPECTED[preset]["absent"][lang]
    app = launch(lang=lang, page="units", month=MONTH, db=db)
    app.wait_for(want["counts"])
    counts = status_counts(app)
    assert counts.startswith(want["counts"]), counts
    assert app.sees(want["tree_size"])  # the tree's "what it holds" column
    if preset == "xa":  # no cluster: the commune is the top of the tree, no cluster folder
        assert app.find("Xã Tân Phú", kinds=["item"]).raw["path"] == [[0, 0]]
    app.screenshot(f"units-{preset}-{lang}")
    _no_foreign_words(app, absent, "units page")
    if preset == "xa":  # Thêm đơn vị under the commune: its thôn and tổ dân phố first
        app.click("Xã Tân Phú", kinds=["item"])
        app.click("Thêm…")
        add = app.dialog("Thêm đơn vị")
        kinds = add.field("Loại")["options"]
        if lang == "vi":
            assert kinds[:2] == ["Thôn", "Tổ dân phố"], kinds
        assert not [k for k in kinds if "Cụm" in k or "Cluster" in k], kinds
        add.click("Hủy")
        app.wait_gone("Thêm đơn vị")

    app.open_page("Phân công")
    app.wait_for(want["coverage"])
    assert app.field("Vai trò")["value"] == want["role"]
    roles = app.field("Vai trò")["options"]
    assert ("Trưởng cụm" in roles or "Cluster leader" in roles
            or "Leader of the cluster" in roles) == (preset != "xa"), roles
    app.screenshot(f"assignments-{preset}-{lang}")
    _no_foreign_words(app, absent, "assignments page")

    app.open_page("Lịch sinh hoạt")
    app.click("Danh sách", kinds=["tab"])
    app.wait_for(want["commune_column"])
    header = [t for t in app.texts() if t == want["commune_column"]]
    assert header, "the calendar's commune column is titled with the level name"
    app.screenshot(f"calendar-{preset}-{lang}")
    _no_foreign_words(app, absent, "calendar page")

    app.open_page("Phản ánh, kiến nghị")
    app.wait_for(want["commune_column"])  # the feedback list's commune column
    _no_foreign_words(app, absent, "feedback page")

    app.open_page("Cán bộ")
    app.wait_for("Phân công hiện tại")
    _no_foreign_words(app, absent, "officers page")
    app.open_page("Báo cáo")
    app.wait_for(want["per_commune"])
    _no_foreign_words(app, absent, "reports page")
    assert app.close() == 0


def test_changing_the_preset_in_settings_changes_the_open_window_and_undo_brings_it_back(
        launch, demo_path):
    app = launch(page="units", month=MONTH)
    app.wait_for("6 cụm · 21 xã · 117 ấp · ")
    app.menu("Công cụ", "Cài đặt…")
    settings = app.dialog("Cài đặt")
    assert settings.field("Mẫu tổ chức")["value"] == "Huyện ủy"
    settings.choose("Mẫu tổ chức", "Đảng ủy xã, phường")
    settings.click("Áp dụng mẫu…")
    confirm = app.dialog("Áp dụng mẫu tổ chức")
    # What will change, before anything does.
    assert confirm.sees("Tên cấp ấp: Ấp, khu phố → Thôn, tổ dân phố")
    assert confirm.sees("Tên cấp cụm: Cụm vùng → (để trống)")
    assert confirm.sees("Hậu tố số văn bản: -LT/HU → -LT/ĐU")
    app.screenshot("confirm-preset")
    assert get_settings_of(demo_path)["level_names"]["hamlet"] == "Ấp, khu phố"
    confirm.click("&Có")
    app.wait_gone("Áp dụng mẫu tổ chức")
    settings.click("Tên các cấp", kinds=["tab"])
    assert settings.field("Cấp thôn, ấp, tổ dân phố")["value"] == "Thôn, tổ dân phố"  # the dialog shows it saved
    settings.click("Hủy")
    app.wait_gone("Cài đặt")

    # The open window follows at once: no cluster count, the hamlets are thôn.
    app.wait_for("21 xã · 117 thôn · ")
    assert not status_counts(app).startswith("6 cụm")
    assert app.sees("thôn · ")  # the tree's counts
    app.screenshot("units-after-preset")
    app.open_page("Phân công")
    app.wait_for("117/117 thôn có cán bộ theo dõi")
    assert "Trưởng cụm" not in app.field("Vai trò")["options"]
    assert get_settings_of(demo_path)["structure"]["preset"] == "xa"

    app.key("ctrl+z")
    app.wait_for("117/117 ấp có cán bộ theo dõi")
    assert status_counts(app).startswith("6 cụm · 21 xã · 117 ấp · ")
    assert "Trưởng cụm" in app.field("Vai trò")["options"]
    assert get_settings_of(demo_path)["level_names"]["hamlet"] == "Ấp, khu phố"
    app.screenshot("after-undo")

    # A name typed in Tên các cấp shows at once too.
    app.menu("Công cụ", "Cài đặt…")
    settings = app.dialog("Cài đặt")
    settings.click("Tên các cấp", kinds=["tab"])
    settings.type_into("Cấp thôn, ấp, tổ dân phố", "Khóm, ấp")
    settings.click("Đồng ý")
    app.wait_gone("Cài đặt")
    app.wait_for("117/117 khóm có cán bộ theo dõi")
    assert status_counts(app).startswith("6 cụm · 21 xã · 117 khóm · ")
    assert app.close() == 0


def get_settings_of(path) -> dict:
    db = open_database(str(path))
    try:
        return get_settings(db)
    finally:
        db.dispose()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_new_database_is_made_for_the_organization_chosen(launch, tmp_path, lang):
    target = tmp_path / "dang-uy-xa.db"
    app = launch(lang=lang, page="units")
    app.wait_for("6 cụm · 21 xã · 117 ấp · " if lang == "vi"
                 else "6 clusters · 21 communes · 117 hamlets · ")
    app.menu("Tệp", "Tạo CSDL mới…")
    files = app.dialog("Tạo cơ sở dữ liệu mới")
    files.type_into("Tên tệp", str(target))
    files.click("Lưu")
    app.wait_gone("Tạo cơ sở dữ liệu mới")
    made = app.dialog("Cơ sở dữ liệu mới")
    assert made.field("Mẫu tổ chức")["value"] == (
        "Đảng ủy xã, phường" if lang == "vi"
        else "Commune or ward Party Committee (Đảng ủy xã, phường)")
    made.choose("Mẫu tổ chức", "Tỉnh ủy")
    app.screenshot("new-database")
    made.click("Đồng ý")
    app.wait_gone("Cơ sở dữ liệu mới")
    # Empty, with the province's words; no clusters yet, so none counted.
    app.wait_for("0 xã · 0 thôn · 0 cán bộ" if lang == "vi"
                 else "0 communes · 0 villages · 0 officers")
    assert app.sees("dang-uy-xa.db")
    settings = get_settings_of(target)
    assert settings["structure"]["preset"] == "tinh"
    assert settings["organization"]["number_suffix"] == "-LT/TU"
    assert settings["level_names"]["hamlet"] == "Thôn, ấp, tổ dân phố"
    assert app.close() == 0


# The officer form's "Cấp" list: the levels each organization has, named as its settings do.
OFFICER_LEVEL_CHOICES = {
    ("huyen", "vi"): ["Tỉnh", "Huyện", "Xã", "Ấp"],
    ("tinh", "vi"): ["Tỉnh", "Xã", "Thôn"],
    ("tinh", "en"): ["Province", "Commune", "Village"],
    ("xa", "vi"): ["Tỉnh", "Xã", "Thôn"],
}


@pytest.mark.parametrize(("preset", "lang"), list(OFFICER_LEVEL_CHOICES))
def test_the_officer_form_offers_the_levels_the_organization_has(
        launch, demo_path, commune_template, tmp_path, preset, lang):
    from sqlalchemy import select

    from dvdesk.domain.models import Officer

    db = database_for(preset, demo_path, commune_template, tmp_path)
    want = OFFICER_LEVEL_CHOICES[preset, lang]
    app = launch(lang=lang, page="officers", db=db)
    app.wait_for("Phân công hiện tại")
    app.click("Thêm…")
    form = app.dialog("Thêm cán bộ")
    level = form.field("Cấp")
    assert level["options"] == want
    own = {"huyen": 1, "tinh": 0, "xa": 1}[preset]  # a new officer is one of the organization's
    assert level["value"] == want[own]
    app.screenshot(f"officer-levels-{preset}-{lang}")
    form.click("Hủy")
    app.wait_gone("Thêm cán bộ")
    if preset != "tinh":
        assert app.close() == 0
        return
    # An officer recorded at the district level before the province's preset keeps it.
    store = open_database(db)
    try:
        with store.read() as session:
            officer = session.scalars(select(Officer).where(Officer.level == "huyen")
                                      .order_by(Officer.id)).first()
    finally:
        store.dispose()
    app.type_into("Tìm theo họ tên hoặc điện thoại (không cần dấu)…", officer.full_name)
    app.click(officer.full_name, kinds=["item"])
    app.click("Sửa…")
    form = app.dialog("Sửa cán bộ")
    level = form.field("Cấp")
    district = {"vi": "Huyện", "en": "District"}[lang]
    assert level["value"] == district
    assert level["options"] == [want[0], district, *want[1:]]
    form.click("Hủy")
    app.wait_gone("Sửa cán bộ")
    assert app.close() == 0


@pytest.mark.parametrize("preset", ["huyen", "xa"])
def test_a_communes_own_calendar_chips_do_not_repeat_the_commune(
        launch, demo_path, commune_template, tmp_path, preset):
    db = database_for(preset, demo_path, commune_template, tmp_path)
    app = launch(page="calendar", month=MONTH, db=db)
    app.find("07:30 Chi bộ", match="prefix", kinds=["chip"], index=0)  # the month is shown
    chips = [f.text for f in app.find_all(" · ", match="contains", kinds=["chip"])]
    app.screenshot(f"calendar-chips-{preset}")
    if preset == "xa":
        # One commune: a cell's chip names its attendees, not "Tân Phú · " before them.
        assert chips == []
    else:
        # A district's cells are of many communes: each cell's chip says which.
        assert chips and all(re.match(r"^[^·,]+ · ", t) for t in chips), chips[:5]
    assert app.close() == 0


@pytest.mark.parametrize(("preset", "lang"), [("xa", "vi"), ("xa", "en"), ("huyen", "vi")])
def test_a_communes_own_conflicts_name_the_cell_without_the_commune(
        launch, demo_path, commune_template, tmp_path, preset, lang):
    from dvdesk.services.calendar import calendar_view
    from dvdesk.services.unavailability import add_unavailability

    db = database_for(preset, demo_path, commune_template, tmp_path)
    store = open_database(db)
    try:
        meeting = next(m for m in calendar_view(store, MONTH)["meetings"]
                       if m["kind"] == "cell" and m["date"] and m["attendees"])
        officer = meeting["attendees"][0]
        # Away on the day of a cell's meeting: the approved month shows the conflict.
        day = dt.date.fromisoformat(meeting["date"])
        add_unavailability(store, officer["id"], day, day, "đi công tác")
    finally:
        store.dispose()
    app = launch(lang=lang, page="calendar", month=MONTH, db=db)
    app.find(officer["name"], match="contains", kinds=["item"], index=0)
    listed = [f.text for f in app.find_all(officer["name"], match="contains", kinds=["item"])]
    app.screenshot(f"calendar-conflict-{preset}-{lang}")
    conflict = next(t for t in listed if meeting["unit"] in t)  # one per meeting that day
    if preset == "xa":
        assert not any("(xã" in t for t in listed), listed
    else:
        assert f"{meeting['unit']} (xã " in conflict or f"{meeting['unit']} (thị trấn " in \
            conflict, conflict
    assert app.close() == 0
