"""Grassroots feedback (phản ánh, kiến nghị): statuses, allowed steps, deadlines, overdue.

An item is received by the officer who follows a hamlet, forwarded to the body
that can settle it, answered by that body, then resolved; at any open step it
may instead be closed without resolution, with a reason. The answer is due a
number of working days after receipt (7 by default, 15 for a complex matter;
both in settings). An item is overdue on a day when its deadline has passed and
no answer had come by then. Pure rules, no I/O.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from dvdesk.domain.messages import N_, Message, msg
from dvdesk.domain.text import clean, search_key
from dvdesk.domain.working_days import add_working_days

RECEIVED, FORWARDED, ANSWERED, RESOLVED, CLOSED = (
    "received", "forwarded", "answered", "resolved", "closed")
STATUSES = (RECEIVED, FORWARDED, ANSWERED, RESOLVED, CLOSED)
OPEN_STATUSES = (RECEIVED, FORWARDED, ANSWERED)
# Still waiting for the body's answer: what a deadline applies to.
AWAITING_ANSWER = (RECEIVED, FORWARDED)
STATUS_LABELS = {
    RECEIVED: N_("Đã tiếp nhận"),
    FORWARDED: N_("Đã chuyển"),
    ANSWERED: N_("Đã trả lời"),
    RESOLVED: N_("Đã giải quyết"),
    CLOSED: N_("Đã đóng, không giải quyết"),
}
# Forwarding again is allowed while no answer has come (the first body was not the right
# one); once answered, the matter is resolved or closed.
ALLOWED = {
    RECEIVED: (FORWARDED, CLOSED),
    FORWARDED: (FORWARDED, ANSWERED, CLOSED),
    ANSWERED: (RESOLVED, CLOSED),
    RESOLVED: (),
    CLOSED: (),
}
# The item's fields each step sets (its event's note is the text, its date the day).
STEP_FIELDS = {
    FORWARDED: ("forwarded_to", "forwarded_on"),
    ANSWERED: ("answer", "answered_on"),
    RESOLVED: ("resolution", "finished_on"),
    CLOSED: ("resolution", "finished_on"),
}
DEFAULT_FIELDS = ("Đất đai", "Hạ tầng", "Môi trường", "An sinh xã hội", "An ninh trật tự",
                  "Khác")
DEFAULT_DAYS = 7
COMPLEX_DAYS = 15


class TransitionRefused(ValueError):
    """A step the item's status does not allow; ``str()`` is the sentence to show."""


def status_label(status: str) -> str:
    """The status as printed (Vietnamese, the paper's language)."""
    return STATUS_LABELS.get(status, status)


def status_message(status: str) -> Message:
    """The status as a sentence shown to the user says it, in the user's language."""
    return msg(STATUS_LABELS[status]) if status in STATUS_LABELS else msg("{status}",
                                                                          status=status)


def check_transition(item_id: int, current: str, target: str) -> None:
    """Raise ``TransitionRefused`` naming the item when ``current`` cannot go to ``target``."""
    if target in ALLOWED.get(current, ()):
        return
    if current in (RESOLVED, CLOSED):
        reason = msg("phản ánh đã kết thúc")
    elif target == ANSWERED:
        reason = msg("hãy ghi cơ quan được chuyển đến giải quyết trước")
    elif target == RESOLVED and current != ANSWERED:
        reason = msg("cần có trả lời của cơ quan giải quyết trước")
    elif target == FORWARDED and current == ANSWERED:
        reason = msg("đã có trả lời; hãy ghi kết quả giải quyết hoặc đóng phản ánh")
    else:
        reason = msg("bước này không hợp lệ")
    raise TransitionRefused(msg("Phản ánh số {id} đang ở trạng thái “{current}” nên không "
                                "chuyển sang “{target}” được: {reason}.", id=item_id,
                                current=status_message(current),
                                target=status_message(target), reason=reason))


def answer_deadline(received: dt.date, complex_matter: bool = False, *,
                    days: int = DEFAULT_DAYS, complex_days: int = COMPLEX_DAYS) -> dt.date:
    """Hạn trả lời: ``days`` (``complex_days`` for a complex matter) working days after receipt."""
    return add_working_days(received, complex_days if complex_matter else days)


def deadline_days(settings: dict) -> tuple[int, int]:
    """(ordinary, complex) working days from the settings, falling back to 7 and 15."""
    section = settings.get("feedback") or {}

    def number(key: str, fallback: int) -> int:
        try:
            value = int(section.get(key, fallback))
        except (TypeError, ValueError):
            return fallback
        return value if 1 <= value <= 365 else fallback

    return number("deadline_days", DEFAULT_DAYS), number("complex_deadline_days", COMPLEX_DAYS)


def fields_of(settings: dict) -> list[str]:
    """The feedback fields (lĩnh vực) in settings, cleaned, in their order."""
    raw = (settings.get("feedback") or {}).get("fields") or DEFAULT_FIELDS
    if isinstance(raw, str):
        raw = raw.replace(";", ",").split(",")
    fields = []
    for value in raw:
        text = clean(value)
        if text and search_key(text) not in {search_key(f) for f in fields}:
            fields.append(text)
    return fields or list(DEFAULT_FIELDS)


def match_field(text: str, fields: Iterable[str]) -> str | None:
    """The field as settings spell it, for text typed with or without accents."""
    wanted = search_key(text)
    for field in fields:
        if search_key(field) == wanted:
            return field
    return None


def is_overdue(received: dt.date, deadline: dt.date, answered: dt.date | None,
               finished: dt.date | None, on: dt.date) -> bool:
    """Quá hạn on ``on``: the deadline passed before that day and no answer (nor an end of
    the matter) had come by then. An item answered late is no longer overdue after its
    answer."""
    if received > on or deadline >= on:
        return False
    if answered is not None and answered <= on:
        return False
    return finished is None or finished > on


def state_after(steps: Iterable[tuple[str, dt.date, str]]) -> dict:
    """The item's status and step fields after its history of (status, day, note) steps,
    oldest first (the first being its receipt): what an item looks like again once its
    last step is undone."""
    state: dict = {"status": RECEIVED, "forwarded_to": "", "forwarded_on": None, "answer": "",
                   "answered_on": None, "resolution": "", "finished_on": None}
    for status, day, note in steps:
        state["status"] = status
        fields = STEP_FIELDS.get(status)
        if fields:
            state[fields[0]], state[fields[1]] = note, day
    return state
