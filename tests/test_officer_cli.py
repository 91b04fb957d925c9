"""``officer set OFFICER_ID --email``: the address a schedule is mailed to, set outside the
window; ``calendar send --dry-run`` then lists it."""

from __future__ import annotations

from dvdesk.services import calendar as cal
from dvdesk.services.officer_views import officer_form

MONTH = "2026-10"  # approved in the demo


def test_an_address_set_on_the_command_line_is_mailed_to(demo_db, cli):
    attendee = cal.calendar_view(demo_db, MONTH)["meetings"][0]["attendees"][0]
    out = cli("--db", demo_db.url, "officer", "set", attendee["id"], "--email",
              " Canbo.An@Xa.VN ")
    assert out.code == 0, out
    assert out.out.strip() == f"Đã ghi e-mail của đồng chí {attendee['name']}: Canbo.An@xa.vn."
    assert officer_form(demo_db, attendee["id"]).values["email"] == "Canbo.An@xa.vn"
    listed = cli("--db", demo_db.url, "calendar", "send", MONTH, "--dry-run")
    assert "Canbo.An@xa.vn" in listed.out

    out = cli("--db", demo_db.url, "officer", "set", attendee["id"], "--email", "")
    assert out.code == 0 and "Đã xóa e-mail" in out.out
    assert officer_form(demo_db, attendee["id"]).values["email"] == ""


def test_a_bad_address_or_officer_is_one_sentence_and_changes_nothing(demo_db, cli):
    attendee = cal.calendar_view(demo_db, MONTH)["meetings"][0]["attendees"][0]
    out = cli("--db", demo_db.url, "officer", "set", attendee["id"], "--email", "an@@xa")
    assert out.code == 1  # refused input, as every command refuses it
    assert out.err.count("\n") == 1 and "không hợp lệ" in out.err
    assert officer_form(demo_db, attendee["id"]).values["email"] == ""
    out = cli("--db", demo_db.url, "officer", "set", "999999", "--email", "a@xa.vn")
    assert out.code == 1 and "Không có cán bộ mã 999999" in out.err
    out = cli("--db", demo_db.url, "officer", "set", attendee["id"])
    assert out.code == 1 and "--email" in out.err
