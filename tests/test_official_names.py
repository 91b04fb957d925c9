"""The official names of 2025 suggested when communes merge: the 34 provinces and their
3,321 communes, wards and special zones; a district of a province merged in 2025 (Bến
Tre) is offered the communes of the province it became (Vĩnh Long)."""

from __future__ import annotations

from dvdesk.domain.text import matches
from dvdesk.services.official_names import commune_names, official_province, suggested_names
from dvdesk.services.settings import set_value


def test_the_country_has_34_provinces_and_3321_communes():
    every = commune_names("")
    assert len(every) == 3321
    assert sum(n.startswith("Phường ") for n in every) == 687
    assert sum(n.startswith("Đặc khu ") for n in every) == 13


def test_a_province_is_found_by_its_name_before_or_after_2025():
    assert official_province("BẾN TRE") == official_province("Vĩnh Long") == "vinh long"
    assert official_province("TP. HỒ CHÍ MINH") == official_province("Bình Dương")
    assert official_province("Bà Rịa - Vũng Tàu") == "ho chi minh"
    assert official_province("Hà Nội") == "ha noi"
    assert official_province("Atlantis") is None
    assert official_province("") is None


def test_the_demo_district_is_offered_its_provinces_communes(demo_db):
    names = suggested_names(demo_db)  # "ĐẢNG BỘ TỈNH BẾN TRE": now Vĩnh Long
    assert len(names) == 124
    assert {"Xã Tiên Thủy", "Phường An Hội", "Xã Giao Long"} <= set(names)
    assert [n for n in names if matches("tien thuy", n)] == ["Xã Tiên Thủy"]
    set_value(demo_db, "organization.superior_body", "ĐẢNG BỘ TỈNH ĐẮK LẮK")
    assert "Xã Tiên Thủy" not in suggested_names(demo_db)
