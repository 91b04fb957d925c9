"""Every page of the province's documents says where it is, as the district's do
(tests/test_documents_out.py): the 5,000-meeting calendar (about 700 pages), the
assignment list of 400 communes and the attendance review of an approved month."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.test_documents_out import (
    after_header,
    check_assignment_pages,
    check_calendar_pages,
    page_lines,
    pages,
)

pytestmark = pytest.mark.slow

MONTH = "2026-10"  # approved in the province demo, with attendance recorded


def dvdesk(*args) -> None:
    """The command line in its own process: a province held in this test process would
    stay in its memory, and every process forked after it would count it as its own."""
    done = subprocess.run([sys.executable, "-m", "dvdesk", *map(str, args)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    path = tmp_path_factory.mktemp("province") / "province.db"
    dvdesk("--db", path, "demo", "--scale", "province")
    return path


def test_every_page_of_the_province_calendar_starts_with_its_day_and_session(
        province, tmp_path):
    out = tmp_path / "calendar.pdf"
    dvdesk("--db", province, "calendar", "pdf", MONTH, "-o", out)
    assert pages(out) > 400
    assert check_calendar_pages(out) > 100


def test_every_page_of_the_province_assignment_list_names_its_commune(
        province, tmp_path):
    out = tmp_path / "assignments.pdf"
    dvdesk("--db", province, "report", "assignments", "-o", out)
    assert pages(out) > 100
    check_assignment_pages(out)


def test_every_page_of_the_province_attendance_review_says_where_it_is(
        province, tmp_path):
    """The rates of 400 communes and the list of officers absent run over several pages,
    each under its repeated header; every page of the meeting list opens with a
    meeting's number, date and unit."""
    out = tmp_path / "attendance.pdf"
    dvdesk("--db", province, "report", "attendance", MONTH, "-o", out)
    assert pages(out) > 300
    rates = meetings = 0
    for page in range(2, pages(out) + 1):
        lines = page_lines(out, page)[1:]
        assert not lines[-1].endswith(":"), f"page {page} ends with the heading {lines[-1]!r}"
        if lines[0].startswith("Cán bộ vắng trong tháng"):
            continue
        summary = [i for i, line in enumerate(lines)
                   if "STT" in line and "Có mặt" in line and "Đơn vị" not in line]
        if summary:  # the rates by commune, or the officers absent: the header repeated
            rows = [line for line in lines[summary[0] + 1:summary[0] + 4]
                    if re.match(r"^\d+ +\S", line)]
            assert rows, f"page {page}: no row under the repeated header: {lines[:5]!r}"
            rates += 1
            continue
        first = after_header(lines, "STT", "Ngày", "Đơn vị") or after_header(
            lines, "STT", "Họ và tên")
        assert first is not None, f"page {page}: {lines[:3]!r}"
        assert re.match(r"^\d+ +(\d\d/\d\d/\d{4}|[^\d])", first), \
            f"page {page} starts with {first!r}"
        meetings += 1
    assert rates >= 1 and meetings > 300
