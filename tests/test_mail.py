"""Mailing the personal schedules to a real SMTP server on loopback (aiosmtpd), each message
read back: one per officer, the slip and the .ics attached, Vietnamese intact."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
import socket

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from sqlalchemy import select

from dvdesk.domain.models import AuditEntry
from dvdesk.errors import InvalidInput
from dvdesk.services import calendar as cal
from dvdesk.services import officers
from dvdesk.services.calendar_meetings import remove_meeting
from dvdesk.services.mail import FAILED, SENT, STOPPED, send_schedules
from dvdesk.services.settings import set_value

aiosmtpd = pytest.importorskip("aiosmtpd.controller")

MONTH = "2026-10"  # approved in the demo
PASSWORD = "mật-khẩu-thử"


class Inbox:
    """What the server received; addresses whose local part starts with "refuse" are
    refused at RCPT, as a server refuses an unknown mailbox."""

    def __init__(self):
        self.messages: list[tuple[list[str], email.message.EmailMessage]] = []
        self.logins: list[tuple[str, str]] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("refuse"):
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        parsed = email.message_from_bytes(envelope.original_content or envelope.content,
                                          policy=email.policy.default)
        self.messages.append((list(envelope.rcpt_tos), parsed))
        return "250 Message accepted"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult

        login = (auth_data.login.decode(), auth_data.password.decode())
        self.logins.append(login)
        # handled=False: the server answers 535 itself when the login is wrong
        return AuthResult(success=login == ("thu.ky", PASSWORD), handled=False)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SlowInbox(Inbox):
    """A server that takes ``delay`` seconds to accept each message, as a busy provider
    does: time enough to stop a sending halfway."""

    delay = 0.6

    async def handle_DATA(self, server, session, envelope):
        import asyncio

        await asyncio.sleep(self.delay)
        return await super().handle_DATA(server, session, envelope)


def _serve(inbox: Inbox):
    port = _free_port()
    controller = aiosmtpd.Controller(inbox, hostname="127.0.0.1", port=port,
                                     authenticator=inbox.authenticate,
                                     auth_require_tls=False)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture
def smtp_server():
    yield from _serve(Inbox())


@pytest.fixture
def slow_smtp_server():
    yield from _serve(SlowInbox())


@pytest.fixture
def mailing(demo_db, smtp_server, cli, monkeypatch):
    """The mail settings pointing at the loopback server, and e-mail addresses for the
    officers of the month's first committee meetings (one of them refused)."""
    return _addresses_given(demo_db, smtp_server, cli, monkeypatch)


@pytest.fixture
def slow_mailing(demo_db, slow_smtp_server, cli, monkeypatch):
    """The same, against a server slow to accept each message."""
    return _addresses_given(demo_db, slow_smtp_server, cli, monkeypatch)


def mail_through(db, port: int, month: str, meetings: int) -> dict[int, str]:
    """Set ``db`` to mail through the loopback server on ``port``; the officers of the
    month's first ``meetings`` meetings (id -> name), to give addresses to."""
    for key, value in (("mail.host", "127.0.0.1"), ("mail.port", str(port)),
                       ("mail.security", "none"), ("mail.user", "thu.ky"),
                       ("mail.sender", "vanphong@huyenuy.vn")):
        set_value(db, key, value)
    people: dict[int, str] = {}
    for m in cal.calendar_view(db, month)["meetings"][:meetings]:
        people.update({a["id"]: a["name"] for a in m["attendees"]})
    return people


def _addresses_given(demo_db, server, cli, monkeypatch) -> dict:
    inbox, port = server
    db = demo_db.url
    for key, value in (("mail.host", "127.0.0.1"), ("mail.port", str(port)),
                       ("mail.security", "none"), ("mail.user", "thu.ky"),
                       ("mail.sender", "vanphong@huyenuy.vn"),
                       ("mail.sender_name", "Văn phòng Huyện ủy")):
        assert cli("--db", db, "settings", "set", key, value).code == 0
    monkeypatch.setenv("DVDESK_SMTP_PASSWORD", PASSWORD)
    view = cal.calendar_view(demo_db, MONTH)
    people: dict[int, str] = {}
    for m in view["meetings"][:4]:
        for a in m["attendees"]:
            people[a["id"]] = a["name"]
    addresses = {}
    for n, officer_id in enumerate(sorted(people)):
        address = f"{'refuse' if n == 1 else 'canbo'}{officer_id}@xa.vn"
        officers.update_officer(demo_db, officer_id, email=address)
        addresses[officer_id] = address
    return {"inbox": inbox, "db": demo_db, "people": people, "addresses": addresses,
            "view": view}


def _attachments(message) -> dict[str, bytes]:
    return {part.get_filename(): part.get_content() for part in message.iter_attachments()}


def test_each_officer_gets_one_message_with_the_slip_and_the_calendar_file(mailing, cli):
    inbox, people, addresses = mailing["inbox"], mailing["people"], mailing["addresses"]
    out = cli("--db", mailing["db"].url, "calendar", "send", MONTH)
    refused = next(o for o, a in addresses.items() if a.startswith("refuse"))
    assert out.code == 1  # one address failed
    assert f"Không gửi được: Đ/c {people[refused]} <{addresses[refused]}>" in out.out
    assert f"Đã gửi {len(addresses) - 1} thư; 1 thư không gửi được." in out.out
    assert "chưa có địa chỉ e-mail" in out.out
    assert inbox.logins and all(login == ("thu.ky", PASSWORD) for login in inbox.logins)

    received = {tuple(to): message for to, message in inbox.messages}
    assert len(inbox.messages) == len(addresses) - 1  # one message per officer
    meetings_of: dict[int, list[dict]] = {}
    for m in mailing["view"]["meetings"]:
        for a in m["attendees"]:
            meetings_of.setdefault(a["id"], []).append(m)
    for officer_id, address in addresses.items():
        if officer_id == refused:
            assert (address,) not in received
            continue
        message = received[(address,)]
        name = people[officer_id]
        assert message["Subject"] == f"Lịch sinh hoạt tháng 10/2026 — Đ/c {name}"
        assert message["To"].addresses[0].display_name == name
        assert message["From"].addresses[0].display_name == "Văn phòng Huyện ủy"
        body = message.get_body(("plain",)).get_content()
        assert f"Kính gửi đồng chí {name}" in body
        files = _attachments(message)
        assert len(files) == 2
        [pdf_name] = [f for f in files if f.endswith(".pdf")]
        [ics_name] = [f for f in files if f.endswith(".ics")]
        assert ics_name.startswith(f"{officer_id}-") and ics_name.isascii()
        pdf_text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(files[pdf_name])).pages)
        assert f"Đồng chí: {name}" in pdf_text
        events = list(Calendar.from_ical(files[ics_name]).walk("VEVENT"))
        assert len(events) == len(meetings_of[officer_id])
        assert all(m["unit"] in " ".join(str(e["SUMMARY"]) for e in events)
                   for m in meetings_of[officer_id])

    with mailing["db"].read() as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "calendar.send"))
    assert sorted(x["id"] for x in entry.after["sent"]) == sorted(
        o for o in addresses if o != refused)
    assert [x["id"] for x in entry.after["failed"]] == [refused]
    assert "550" in entry.after["failed"][0]["error"]


def test_dry_run_lists_who_would_get_what_and_sends_nothing(mailing, cli):
    out = cli("--db", mailing["db"].url, "calendar", "send", MONTH, "--dry-run")
    assert out.code == 0, out
    for officer_id, address in mailing["addresses"].items():
        assert f"Đ/c {mailing['people'][officer_id]} <{address}>: lich-ca-nhan-{MONTH}-" \
               f"{officer_id}-" in out.out
    assert mailing["inbox"].messages == []


def test_changed_only_mails_those_the_revision_changed(mailing):
    db = mailing["db"]
    cal.revise(db, MONTH)
    view = cal.calendar_view(db, MONTH)
    first = view["meetings"][0]
    remove_meeting(db, first["id"])
    cal.approve(db, MONTH, "18-LT/HU", on_date=dt.date(2026, 10, 5))
    progress = []
    report = send_schedules(db, MONTH, changed_only=True,
                            progress=lambda done, total, entry: progress.append((done, total)))
    told = {a["id"] for a in first["attendees"]}
    assert {e.officer_id for e in report.entries} == told
    assert progress[-1] == (len(told), len(told))
    got = {to[0] for to, _ in mailing["inbox"].messages}
    assert got == {mailing["addresses"][o] for o in told
                   if not mailing["addresses"][o].startswith("refuse")}
    message = mailing["inbox"].messages[0][1]
    assert "(điều chỉnh lần 1)" in message["Subject"]
    body = message.get_body(("plain",)).get_content()
    ics = next(v for k, v in _attachments(message).items() if k.endswith(".ics"))
    cancelled = [e for e in Calendar.from_ical(ics).walk("VEVENT")
                 if str(e.get("STATUS")) == "CANCELLED"]
    assert len(cancelled) == 1 and first["unit"] in str(cancelled[0]["SUMMARY"])
    assert "điều chỉnh lần 1" in body


def test_a_wrong_password_or_no_server_is_one_sentence(mailing, cli, monkeypatch):
    monkeypatch.setenv("DVDESK_SMTP_PASSWORD", "sai")
    out = cli("--db", mailing["db"].url, "calendar", "send", MONTH)
    assert out.code != 0 and "từ chối đăng nhập của thu.ky" in out.err
    assert len(out.err.strip().splitlines()) == 1
    assert mailing["inbox"].messages == []
    assert cli("--db", mailing["db"].url, "settings", "set", "mail.port",
               str(_free_port())).code == 0
    out = cli("--db", mailing["db"].url, "calendar", "send", MONTH)
    assert out.code != 0 and "Không kết nối được máy chủ thư 127.0.0.1" in out.err


def test_bad_settings_and_addresses_are_refused(demo_db, cli):
    db = demo_db.url
    for key, value, sentence in (("mail.port", "x", "phải là một số nguyên"),
                                 ("mail.port", "70000", "từ 1 đến 65535"),
                                 ("mail.security", "tls", "starttls, ssl hoặc none"),
                                 ("mail.sender", "van phong@", "không hợp lệ"),
                                 ("mail.colour", "x", "không có cài đặt 'colour'")):
        out = cli("--db", db, "settings", "set", key, value)
        assert out.code != 0 and sentence in out.err, (key, out)
    out = cli("--db", db, "settings", "set", "mail.password", "abc")
    assert out.code != 0 and "Không ghi mật khẩu trên dòng lệnh" in out.err
    out = cli("--db", db, "calendar", "send", MONTH)
    assert out.code != 0 and "Chưa cài đặt máy chủ thư (mail.host)" in out.err
    with pytest.raises(InvalidInput, match="không hợp lệ"):
        officers.update_officer(demo_db, 1, email="an@@xa.vn")
    officers.update_officer(demo_db, 1, email="  An.Nguyen@XA.VN ")
    from dvdesk.services.officer_views import officer_form

    assert officer_form(demo_db, 1).values["email"] == "An.Nguyen@xa.vn"


def test_without_a_keyring_the_password_is_not_stored(demo_db, cli, monkeypatch):
    import sys

    from dvdesk.services import mail

    monkeypatch.setattr(mail, "_keyring", lambda: None)
    cli("--db", demo_db.url, "settings", "set", "mail.host", "smtp.xa.vn")
    cli("--db", demo_db.url, "settings", "set", "mail.sender", "vp@xa.vn")
    monkeypatch.setattr(sys, "stdin", io.StringIO("bí-mật\n"))
    out = cli("--db", demo_db.url, "settings", "set", "mail.password", "-")
    assert out.code != 0 and "DVDESK_SMTP_PASSWORD" in out.err
    shown = cli("--db", demo_db.url, "settings", "show", "--json").out
    assert "bí-mật" not in shown


def test_a_stopped_sending_keeps_what_was_sent_and_marks_the_rest(mailing):
    """Stopped after two mails: those two arrived, no other officer got one, everyone not
    reached is marked, and the audit says what really happened; a second sending then
    reaches everyone."""
    inbox, db, addresses = mailing["inbox"], mailing["db"], mailing["addresses"]
    report = send_schedules(db, MONTH, stop=lambda: len(inbox.messages) >= 2)
    assert report.stopped and not report.dry_run
    assert report.count(SENT) == 2 and len(inbox.messages) == 2
    with_address = [e for e in report.entries if e.email]
    tried = [e for e in with_address if e.status in (SENT, FAILED)]
    not_reached = [e for e in with_address if e.status == STOPPED]
    assert len(with_address) == len(addresses) > 3
    assert with_address[:len(tried)] == tried  # tried in order, then nobody else
    assert len(not_reached) == len(with_address) - len(tried) > 0
    got = {to[0] for to, _m in inbox.messages}
    assert got == {e.email for e in tried if e.status == SENT}
    assert not got & {e.email for e in not_reached}

    with db.read() as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "calendar.send"))
    assert entry.after["stopped"] is True
    assert sorted(x["id"] for x in entry.after["sent"]) == sorted(
        e.officer_id for e in tried if e.status == SENT)
    assert sorted(x["id"] for x in entry.after["not_reached"]) == sorted(
        e.officer_id for e in not_reached)

    again = send_schedules(db, MONTH)
    assert not again.stopped and again.count(STOPPED) == 0
    assert again.count(SENT) == len(addresses) - 1  # the refused address still refused
    assert len(inbox.messages) == 2 + len(addresses) - 1


def test_a_stop_asked_before_the_first_mail_sends_nothing(mailing):
    report = send_schedules(mailing["db"], MONTH, stop=lambda: True)
    assert report.stopped and report.count(SENT) == 0
    assert report.count(STOPPED) == len(mailing["addresses"])
    assert mailing["inbox"].messages == [] and mailing["inbox"].logins == []


def test_ctrl_c_stops_the_command_before_the_next_mail(slow_mailing, tmp_path):
    """A real ``dvdesk calendar send`` interrupted by SIGINT after its first mail: the
    one being sent finishes, no other starts, one sentence says what was sent."""
    import os
    import signal
    import subprocess
    import sys
    import time

    inbox, addresses = slow_mailing["inbox"], slow_mailing["addresses"]
    proc = subprocess.Popen([sys.executable, "-m", "dvdesk", "--db", slow_mailing["db"].url,
                             "calendar", "send", MONTH], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8",
                            env={**os.environ, "DVDESK_LANG": "vi"})
    try:
        first = proc.stdout.readline()
        assert "Đã gửi: Đ/c" in first or "Không gửi được: Đ/c" in first, first
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    time.sleep(2 * inbox.delay)  # nothing still arriving
    assert proc.returncode == 130
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    sent = len(inbox.messages)
    before = 1 if "Đã gửi" in first else 0  # the first may be the refused address
    assert before <= sent <= before + 1  # and the one on its way when Ctrl+C came
    failed = (first + out).count("Không gửi được: Đ/c")
    assert err.strip() == (f"dvdesk: đã dừng theo yêu cầu: đã gửi {sent} thư, "
                           f"{len(addresses) - sent - failed} thư chưa gửi, "
                           f"{failed} thư không gửi được.")
    assert (first + out).count("Đã gửi: Đ/c") == sent
