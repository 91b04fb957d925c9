"""Attendance compliance (kết quả dự sinh hoạt): counts, rates, repeat absences.

A rate is present / expected over the meetings whose attendance has been
recorded (a meeting with at least one attendee marked): a meeting nobody has
entered yet neither helps nor hurts anyone. "Absent 2 months running" counts
absences without a reason (vắng, not vắng có lý do). Pure functions, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from dvdesk.domain.messages import N_

PRESENT, EXCUSED, ABSENT = "present", "excused", "absent"
ATTENDANCE_STATUSES = (PRESENT, EXCUSED, ABSENT)
# As printed (Vietnamese); also templates of the catalogue, for a sentence shown to the user.
STATUS_LABELS = {PRESENT: N_("Có mặt"), EXCUSED: N_("Vắng có lý do"), ABSENT: N_("Vắng"),
                 None: N_("Chưa ghi nhận")}


@dataclass
class Tally:
    """Expected attendances of one officer, commune, cluster or of everyone."""

    expected: int = 0
    present: int = 0
    excused: int = 0
    absent: int = 0
    counted: int = 0  # expected at recorded meetings: the rate's denominator

    def add(self, status: str | None, meeting_recorded: bool, count: int = 1) -> None:
        self.expected += count
        if meeting_recorded:
            self.counted += count
        if status == PRESENT:
            self.present += count
        elif status == EXCUSED:
            self.excused += count
        elif status == ABSENT:
            self.absent += count

    @property
    def rate(self) -> float | None:
        return rate_of(self.present, self.counted)

    def as_dict(self) -> dict:
        return {"expected": self.expected, "present": self.present, "excused": self.excused,
                "absent": self.absent, "rate": self.rate}


@lru_cache(maxsize=4096)  # a province's officers share a few dozen (present, counted) pairs
def rate_of(present: int, counted: int) -> float | None:
    """present / expected over recorded meetings (``counted``), to four places; None before
    any record. Kept: ``round`` to places is slow, and 9,000 officers are rated at once."""
    return round(present / counted, 4) if counted else None


def rate_text(rate: float | None) -> str:
    """ "91,7%" (Vietnamese decimal comma); "—" before anything is recorded."""
    if rate is None:
        return "—"
    return f"{rate * 100:.1f}%".replace(".", ",")


def month_index(month: str) -> int:
    year, mon = month.split("-")
    return int(year) * 12 + int(mon) - 1


def month_of_index(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def months_between(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` inclusive ("YYYY-MM")."""
    return [month_of_index(i) for i in range(month_index(first), month_index(last) + 1)]


def repeat_absences(absent_months: Mapping[int, Iterable[str]], first: str,
                    last: str) -> dict[int, list[str]]:
    """Officers absent without reason in two months running, the later one in
    [first, last] (so a one-month review also sees last month): officer id -> the
    months of every such run, oldest first."""
    low, high = month_index(first), month_index(last)
    found: dict[int, list[str]] = {}
    for officer_id, months in absent_months.items():
        indexes = sorted({month_index(m) for m in months})
        marked: set[int] = set()
        for i in indexes:
            if i - 1 in indexes and low <= i <= high:
                marked.update((i - 1, i))
        if marked:
            found[officer_id] = [month_of_index(i) for i in sorted(marked)]
    return found
