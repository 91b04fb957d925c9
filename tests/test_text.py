import unicodedata

import pytest

from dvdesk.domain.text import clean, matches, name_sort_key, search_key, text_sort_key


def test_nfd_input_is_stored_as_nfc():
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Thạnh")
    assert nfd != "Nguyễn Thị Thạnh"
    assert clean(nfd) == "Nguyễn Thị Thạnh"
    assert clean("  Ấp   Phú\tHòa \n") == "Ấp Phú Hòa"
    assert clean(None) == ""


@pytest.mark.parametrize("query,text", [
    ("thanh", "Thạnh"), ("thanh", "Thành"), ("dinh", "Định"), ("DUC", "Đức"),
    ("phu hoa", "Ấp Phú Hòa"), ("nguyen an", "Nguyễn Văn An"),
])
def test_search_ignores_accents_case_and_d(query, text):
    assert matches(query, text)


def test_search_does_not_match_unrelated_text():
    assert not matches("thanh", "Thới")
    assert search_key("Đặng Thị Ửng") == "dang thi ung"
    assert search_key(unicodedata.normalize("NFD", "Đặng Thị Ửng")) == "dang thi ung"


def test_people_sort_by_given_name_in_vietnamese_order():
    names = ["Trần Văn Đông", "Nguyễn Văn An", "Lê Thị Ánh", "Phạm Văn Dũng", "Võ Thị Ân",
             "Huỳnh Văn Bình", "Đỗ Thị Ơn", "Bùi Văn Ông", "Lê Văn Ý", "Ngô Thị Yến",
             "Trần Thị Ất", "Lê Thị Ă"]
    expected = ["Nguyễn Văn An", "Lê Thị Ánh", "Lê Thị Ă", "Võ Thị Ân", "Trần Thị Ất",
                "Huỳnh Văn Bình", "Phạm Văn Dũng", "Trần Văn Đông", "Bùi Văn Ông",
                "Đỗ Thị Ơn", "Lê Văn Ý", "Ngô Thị Yến"]
    assert sorted(names, key=name_sort_key) == expected


def test_letters_before_tones_and_tone_order():
    words = ["Hà", "Ha", "Hạ", "Há", "Hả", "Hã", "Hai"]
    assert sorted(words, key=text_sort_key) == ["Ha", "Hà", "Hả", "Hã", "Há", "Hạ", "Hai"]


def test_same_given_name_falls_back_to_middle_then_family():
    names = ["Trần Văn An", "Nguyễn Thị An", "Lê Văn An"]
    assert sorted(names, key=name_sort_key) == ["Nguyễn Thị An", "Lê Văn An", "Trần Văn An"]


def test_nfd_and_nfc_names_sort_the_same():
    nfc = "Nguyễn Văn Đức"
    assert name_sort_key(unicodedata.normalize("NFD", nfc)) == name_sort_key(nfc)
