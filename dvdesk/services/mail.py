"""Mailing each officer their personal slip (PDF) and calendar file (.ics).

The SMTP settings (host, port, security, user, sender) are the ``mail`` section of
the settings. The password is never stored with the data: it lives in the
system's keyring where there is one (``store_password``), else it is taken from
the environment variable ``DVDESK_SMTP_PASSWORD`` or asked for when sending
(``send_schedules(password=…)``).

``send_schedules`` sends the month's latest approved version to every officer
with an e-mail address (or, ``changed_only``, to those its revision changed
something for): one message each, the slip and the .ics attached. One refused
address never stops the rest; a dropped connection is opened again once. The
result (who got it, who did not and why, who has no address) is returned
officer by officer, reported to ``progress`` as it goes, and audited. A dry run
lists who would get what and sends nothing.

``stop`` (asked before each message) lets the caller halt a sending that was started by
mistake: what was sent stays sent, everyone not reached yet is marked ``stopped`` and
the report comes back as usual, so the secretary sees who still has to be mailed.
"""

from __future__ import annotations

import io
import os
import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from email import encoders
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, formatdate, make_msgid

from sqlalchemy import select

from dvdesk.documents.naming import file_slug
from dvdesk.domain.calendar.months import month_text
from dvdesk.domain.messages import msg, paper
from dvdesk.domain.models import MonthlyCalendar
from dvdesk.domain.text import clean
from dvdesk.domain.units import DISTRICT_LEVELS, level_names
from dvdesk.errors import InvalidInput, NotFound
from dvdesk.services.audit import record
from dvdesk.services.calendar_rows import parse_month
from dvdesk.services.officers import normalise_email
from dvdesk.store import queries
from dvdesk.store.database import Database

PASSWORD_ENV = "DVDESK_SMTP_PASSWORD"
KEYRING_SERVICE = "dvdesk-smtp"
SECURITIES = ("starttls", "ssl", "none")
TIMEOUT = 30  # seconds a mail server may take to answer one step

SENT, FAILED, NO_ADDRESS, WOULD_SEND = "sent", "failed", "no_address", "would_send"
STOPPED = "stopped"  # not reached: the sending was stopped before this officer's mail


@dataclass(frozen=True)
class MailSettings:
    host: str
    port: int
    security: str
    user: str
    sender: str
    sender_name: str = ""

    @property
    def account(self) -> str:
        """Whose password the keyring keeps: "user@host"."""
        return f"{self.user}@{self.host}"


@dataclass
class SendEntry:
    """One officer's mail: what was (or would be) sent and how it went."""

    officer_id: int
    name: str
    email: str
    status: str  # sent | failed | no_address | would_send | stopped
    attachments: list[str] = field(default_factory=list)
    error: str = ""


@dataclass
class SendReport:
    month: str
    version: int
    entries: list[SendEntry]
    dry_run: bool = False
    stopped: bool = False  # the caller asked to stop before every mail was tried

    def count(self, status: str) -> int:
        return sum(1 for e in self.entries if e.status == status)


# ---------------------------------------------------------------------------
# settings and the password


def mail_settings(settings: dict) -> MailSettings:
    """The ``mail`` section checked: one sentence naming the setting that is wrong."""
    raw = settings.get("mail") or {}
    host = clean(raw.get("host"))
    if not host:
        raise InvalidInput(msg("Chưa cài đặt máy chủ thư (mail.host); hãy chạy: dvdesk settings "
                               "set mail.host smtp.example.vn"))
    try:
        port = int(raw.get("port") or 0)
    except (TypeError, ValueError):
        port = 0
    if not 0 < port < 65536:
        raise InvalidInput(msg("Cổng máy chủ thư (mail.port) phải từ 1 đến 65535, không phải "
                               "{port}.", port=repr(raw.get("port"))))
    security = clean(raw.get("security") or "starttls").lower()
    if security not in SECURITIES:
        raise InvalidInput(msg("Kiểu bảo mật (mail.security) phải là starttls, ssl hoặc none, "
                               "không phải {value}.", value=repr(security)))
    sender = clean(raw.get("sender"))
    if not sender:
        raise InvalidInput(msg("Chưa cài đặt địa chỉ gửi (mail.sender)."))
    try:
        sender = normalise_email(sender)
    except InvalidInput:
        raise InvalidInput(msg("Địa chỉ gửi (mail.sender) {address} không hợp lệ.",
                               address=repr(sender))) from None
    return MailSettings(host, port, security, clean(raw.get("user")), sender,
                        clean(raw.get("sender_name")))


def _keyring():
    """The system's keyring, or None where there is none (a server without one, a
    container): keyring then falls back to a backend that refuses everything."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def store_password(db: Database, password: str) -> None:
    """Keep the SMTP password in the system's keyring (audited, without the password)."""
    settings = mail_settings(queries_settings(db))
    store = _keyring()
    if store is None:
        raise InvalidInput(msg(
            "Máy này không có kho mật khẩu của hệ thống nên mật khẩu thư không được lưu; hãy đặt "
            "nó vào biến môi trường {variable} khi gửi, hoặc nhập khi được hỏi.",
            variable=PASSWORD_ENV))
    store.set_password(KEYRING_SERVICE, settings.account, password)
    with db.write() as session:
        record(session, "settings.mail_password", "settings", None, None,
               {"account": settings.account, "stored_in": "keyring"})


def find_password(settings: MailSettings) -> str | None:
    """The environment variable, else the keyring; None when neither has it."""
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    store = _keyring()
    if store is not None and settings.user:
        try:
            return store.get_password(KEYRING_SERVICE, settings.account)
        except Exception:  # a locked or broken keyring: ask instead
            return None
    return None


def queries_settings(db: Database) -> dict:
    with db.read() as session:
        return queries.settings(session)


# ---------------------------------------------------------------------------
# the messages


def _approved_version(db: Database, month: str) -> int:
    parse_month(month)
    with db.read() as session:
        version = session.scalar(
            select(MonthlyCalendar.version)
            .where(MonthlyCalendar.month == month, MonthlyCalendar.status == "approved",
                   MonthlyCalendar.deleted.is_(False))
            .order_by(MonthlyCalendar.version.desc()).limit(1))
    if version is None:
        raise NotFound(msg("Lịch tháng {month} chưa có bản đã duyệt; chỉ gửi lịch đã duyệt.",
                           month=month_text(month)))
    return version


@paper
def _slip_pdf(data: dict, officer: dict) -> bytes:
    from dvdesk.documents.personal_pdf import write_personal_pdf

    buffer = io.BytesIO()
    write_personal_pdf({**data, "officers": [officer]}, data["settings"], buffer)
    return buffer.getvalue()


def _body(view: dict, officer: dict, levels) -> str:
    from dvdesk.documents.personal_pdf import slip_rows

    revision = view.get("revision") or 0
    lines = [f"Kính gửi đồng chí {officer['name']},", ""]
    what = f"lịch sinh hoạt đảng ủy, chi bộ tháng {month_text(view['month'])}"
    if revision:
        what += f" (điều chỉnh lần {revision})"
    if view.get("number"):
        what += f", số {view['number']}"
    if officer["meetings"]:
        lines.append(f"Theo {what}, đồng chí dự các cuộc họp sau:")
        for row in slip_rows(officer["meetings"], levels):
            number, day, when, unit, place, role = row
            lines.append(f"{number}. {day}, {when}: {unit} — {place} ({role})")
    else:
        lines.append(f"Theo {what}, đồng chí không còn cuộc họp nào phải dự trong tháng.")
    lines += ["", "Kèm theo: phiếu lịch cá nhân (PDF) và tệp lịch (.ics) để mở bằng lịch của "
              "điện thoại hoặc máy tính.", "", "Văn phòng"]
    return "\n".join(lines)


@paper  # what an officer receives is Vietnamese
def _message(settings: MailSettings, view: dict, officer: dict, pdf: bytes, ics: bytes,
             names: tuple[str, str], levels=DISTRICT_LEVELS) -> MIMEMultipart:
    """The message, its headers encoded by ``email.header.Header``: the newer header
    folding of Python 3.11 drops the space where it cuts a Vietnamese subject into
    encoded words ("Đ/c Đỗ" arrives as "Đ/cĐỗ")."""
    message = MIMEMultipart()
    revision = view.get("revision") or 0
    subject = f"Lịch sinh hoạt tháng {month_text(view['month'])}"
    if revision:
        subject += f" (điều chỉnh lần {revision})"
    message["Subject"] = Header(f"{subject} — Đ/c {officer['name']}", "utf-8")
    message["From"] = formataddr((settings.sender_name, settings.sender), "utf-8") \
        if settings.sender_name else settings.sender
    message["To"] = formataddr((officer["name"], officer["email"]), "utf-8")
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=settings.sender.rsplit("@", 1)[1])
    message.attach(MIMEText(_body(view, officer, levels), "plain", "utf-8"))
    slip = MIMEApplication(pdf, "pdf")
    slip.add_header("Content-Disposition", "attachment", filename=names[0])
    message.attach(slip)
    calendar = MIMEBase("text", "calendar", method="PUBLISH", charset="utf-8")
    calendar.set_payload(ics)
    encoders.encode_base64(calendar)
    calendar.add_header("Content-Disposition", "attachment", filename=names[1])
    message.attach(calendar)
    return message


def _file_names(view: dict, officer: dict) -> tuple[str, str]:
    from dvdesk.services.schedules import officer_file_name

    return (f"lich-ca-nhan-{view['month']}-{officer['id']}-{file_slug(officer['name'])}.pdf",
            officer_file_name(officer))


# ---------------------------------------------------------------------------
# sending


class _Connection:
    """One SMTP session, opened again once when the server drops it."""

    def __init__(self, settings: MailSettings, password: str | None):
        self.settings, self.password = settings, password
        self.smtp: smtplib.SMTP | None = None

    def open(self) -> None:
        s = self.settings
        try:
            if s.security == "ssl":
                self.smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=TIMEOUT,
                                             context=ssl.create_default_context())
            else:
                self.smtp = smtplib.SMTP(s.host, s.port, timeout=TIMEOUT)
                if s.security == "starttls":
                    self.smtp.starttls(context=ssl.create_default_context())
            if s.user:
                self._login(s.user, self.password or "")
        except smtplib.SMTPAuthenticationError:
            self.close()
            raise InvalidInput(msg("Máy chủ thư {host} từ chối đăng nhập của {user}: sai tên hoặc "
                                   "mật khẩu.", host=s.host, user=s.user)) from None
        except (OSError, smtplib.SMTPException) as error:
            self.close()
            reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
            raise InvalidInput(msg("Không kết nối được máy chủ thư {host}:{port} ({reason}).",
                                   host=s.host, port=s.port, reason=reason)) from None

    def _login(self, user: str, password: str) -> None:
        """AUTH PLAIN in UTF-8 (RFC 4616), once, where the server offers it: smtplib's own
        login encodes the password as ASCII (a password with Vietnamese letters fails)
        and, refused, tries every other mechanism in turn."""
        import base64

        self.smtp.ehlo_or_helo_if_needed()
        offered = (self.smtp.esmtp_features.get("auth") or "").upper().split()
        if "PLAIN" not in offered:
            self.smtp.login(user, password)
            return
        token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
        code, reply = self.smtp.docmd("AUTH", f"PLAIN {token}")
        if code != 235:
            raise smtplib.SMTPAuthenticationError(code, reply)

    def send(self, message: MIMEMultipart) -> None:
        if self.smtp is None:  # dropped before and not opened again: try once more
            self.open()
        try:
            self.smtp.send_message(message)
        except smtplib.SMTPServerDisconnected:
            self.close()
            self.open()
            self.smtp.send_message(message)

    def close(self) -> None:
        if self.smtp is not None:
            try:
                self.smtp.quit()
            except (OSError, smtplib.SMTPException):
                pass
            self.smtp = None


def _refusal(error: Exception) -> str:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, text = next(iter(error.recipients.values()))
        return msg("máy chủ từ chối địa chỉ ({code} {reply})", code=code,
                   reply=text.decode("utf-8", "replace"))
    if isinstance(error, smtplib.SMTPResponseException):
        return msg("máy chủ trả lời {code} {reply}", code=error.smtp_code,
                   reply=error.smtp_error.decode("utf-8", "replace"))
    return str(error) or type(error).__name__


def send_schedules(db: Database, month: str, *, changed_only: bool = False,
                   dry_run: bool = False, password: str | None = None,
                   progress: Callable[[int, int, SendEntry], None] | None = None,
                   stop: Callable[[], bool] | None = None) -> SendReport:
    """Mail the month's latest approved version (see the module docstring)."""
    from dvdesk.services.documents import personal_data
    from dvdesk.services.schedules import cancelled_meetings, changed_officers, officer_ics

    asked_to_stop = stop if stop is not None else (lambda: False)
    version = _approved_version(db, month)
    wanted = changed_officers(db, month, version) if changed_only else None
    data = personal_data(db, month, version, officer_ids=wanted)
    view = data["view"]
    cancelled = cancelled_meetings(db, month, version)
    settings = None if dry_run else mail_settings(data["settings"])
    entries = []
    for officer in data["officers"]:
        email = clean(officer.get("email"))
        names = _file_names(view, officer)
        status = NO_ADDRESS if not email else (WOULD_SEND if dry_run else "")
        entries.append(SendEntry(officer["id"], officer["name"], email, status,
                                 list(names) if email else []))
    report = SendReport(month, version, entries, dry_run)
    if dry_run:
        report.stopped = asked_to_stop()
        return report
    connection = _Connection(settings, password if password is not None
                             else find_password(settings))
    by_id = {o["id"]: o for o in data["officers"]}
    try:
        if any(e.status == "" for e in entries) and not asked_to_stop():
            connection.open()
        for done, entry in enumerate(entries, 1):
            if entry.status == "" and (report.stopped or asked_to_stop()):
                report.stopped = True
                entry.status = STOPPED
            elif entry.status == "":
                officer = by_id[entry.officer_id]
                try:
                    pdf = _slip_pdf(data, officer)
                    ics = officer_ics(data, officer, cancelled.get(officer["id"], []))
                    connection.send(_message(settings, view, officer, pdf, ics,
                                             tuple(entry.attachments),
                                             level_names(data["settings"])))
                    entry.status = SENT
                except (smtplib.SMTPException, OSError, InvalidInput) as error:
                    entry.status, entry.error = FAILED, _refusal(error)
            if progress is not None and entry.status != STOPPED:  # a stop ends at once
                progress(done, len(entries), entry)
    finally:
        connection.close()
        _audit(db, month, version, changed_only, entries, report.stopped)
    return report


def _audit(db: Database, month: str, version: int, changed_only: bool,
           entries: list[SendEntry], stopped: bool) -> None:
    with db.write() as session:
        calendar_id = session.scalar(select(MonthlyCalendar.id).where(
            MonthlyCalendar.month == month, MonthlyCalendar.version == version))
        record(session, "calendar.send", "calendar", calendar_id, None, {
            "month": month, "version": version, "changed_only": changed_only,
            "sent": [{"id": e.officer_id, "email": e.email} for e in entries
                     if e.status == SENT],
            "failed": [{"id": e.officer_id, "email": e.email, "error": e.error}
                       for e in entries if e.status == FAILED],
            "not_sent": [e.officer_id for e in entries if e.status not in (SENT, FAILED)],
            # asked to stop: these had an address and were never tried
            "stopped": stopped,
            "not_reached": [{"id": e.officer_id, "email": e.email} for e in entries
                            if e.status == STOPPED],
        })
