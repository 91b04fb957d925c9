"""Stopping the mailing of the schedules in the real window: the secretary starts "Gửi"
against a slow mail server, presses "Dừng gửi", and reads who got their mail, who was
not reached because of the stop, and the summary; a second "Gửi" then reaches everyone."""

from __future__ import annotations

import pytest

from dvdesk.services import officers as officer_service
from dvdesk.store import open_database
from tests.test_mail import PASSWORD, mail_through, slow_smtp_server  # noqa: F401

pytest.importorskip("aiosmtpd.controller")
APPROVED = "2026-10"  # approved in the demo


def _give_addresses(path, port: int) -> dict[int, tuple[str, str]]:
    """The mail settings, and an address for every officer of the month's first eight
    meetings: officer id -> (name, address)."""
    db = open_database(str(path))
    try:
        people = mail_through(db, port, APPROVED, meetings=8)
        given = {}
        for officer_id, name in people.items():
            given[officer_id] = (name, f"canbo{officer_id}@xa.vn")
            officer_service.update_officer(db, officer_id, email=given[officer_id][1])
        return given
    finally:
        db.dispose()


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_stopping_the_mailing_keeps_what_was_sent(launch, demo_path, slow_smtp_server,  # noqa: F811
                                                  lang):
    inbox, port = slow_smtp_server
    given = _give_addresses(demo_path, port)
    assert len(given) >= 6
    sent_text, stopped_text = ("Đã gửi", "Chưa gửi (đã dừng)") if lang == "vi" else \
        ("Sent", "Not sent (stopped)")

    app = launch(lang=lang, page="calendar", month=APPROVED)
    app.menu("Công cụ", "Gửi lịch cho cán bộ…")
    send = app.dialog("Gửi lịch cho cán bộ — tháng 10/2026")
    assert not send.sees("Dừng gửi")  # only while sending
    send.type_into("Mật khẩu thư", PASSWORD)
    send.click("Gửi")
    app.wait_until(lambda: len(inbox.messages) >= 2, "no mail arrived", timeout=120)
    app.screenshot("sending")
    send.click("Dừng gửi")
    send.wait_for("Chưa gửi (đã dừng)", timeout=120)
    app.screenshot("stopped")
    assert not send.sees("Dừng gửi")

    first_name = next(iter(given.values()))[0]
    rows = {row[0]: row for row in send.rows(first_name)}
    arrived = sorted(to[0] for to, _m in inbox.messages)
    shown_sent = sorted(rows[name][1] for name, _a in given.values()
                        if rows[name][2] == sent_text)
    not_reached = [name for name, _a in given.values() if rows[name][2] == stopped_text]
    assert shown_sent == arrived  # the window says exactly who got their mail
    assert 2 <= len(arrived) < len(given) - 1 and len(not_reached) == len(given) - len(arrived)
    no_address = sum(1 for row in rows.values() if not row[1])
    send.wait_for(f"Bản 1: đã dừng theo yêu cầu — đã gửi {len(arrived)}, chưa gửi "
                  f"{len(not_reached)} vì dừng, không gửi được 0; {no_address} cán bộ chưa "
                  "có e-mail.")

    # a second sending, to everyone, works as before and reaches those left out
    send.click("Gửi")
    send.wait_for(f"Bản 1: đã gửi {len(given)}, không gửi được 0; {no_address} cán bộ chưa "
                  "có e-mail.", timeout=180)
    app.screenshot("sent-again")
    assert sorted({to[0] for to, _m in inbox.messages}) == sorted(a for _n, a in given.values())
    send.click("Đóng")
    assert app.close() == 0
