"""The entities (SQLAlchemy typed declarative mappings).

The schema itself is created and changed only by the Alembic migrations in
db/migrations; these classes must stay in step with them (a test compares).
Every editable row carries ``row_version``: SQLAlchemy checks it on UPDATE, so
two people editing the same row on a shared database never silently overwrite
each other.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """Organization settings (Đơn vị chủ quản, header lines, signer, rules …) as JSON values."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": row_version}


class Cluster(Base):
    """Cụm vùng: a group of communes led by a standing-committee member."""

    __tablename__ = "clusters"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": row_version}


class Commune(Base):
    """Xã / thị trấn / phường: has a commune party committee (Đảng ủy) meeting on days 7–9."""

    __tablename__ = "communes"
    id: Mapped[int] = mapped_column(primary_key=True)
    cluster_id: Mapped[int | None] = mapped_column(ForeignKey("clusters.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="xa")
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": row_version}


class Hamlet(Base):
    """Ấp / khu phố / thôn: residential unit of a commune."""

    __tablename__ = "hamlets"
    id: Mapped[int] = mapped_column(primary_key=True)
    commune_id: Mapped[int] = mapped_column(ForeignKey("communes.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="ap")
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": row_version}


class UnitHistory(Base):
    """What a unit was up to ``valid_to`` (inclusive) before a rename, a merge (sáp nhập)
    or a move that a merge made: ``values`` holds the fields as they were then (name,
    kind, the parent's id). A merged unit's row names the unit it went into
    (``merged_into``). Months before the change print the names they had."""

    __tablename__ = "unit_history"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    unit_id: Mapped[int] = mapped_column(Integer)
    valid_to: Mapped[dt.date] = mapped_column(Date)
    change: Mapped[str] = mapped_column(String(20))  # rename | merge | move
    merged_into: Mapped[int | None] = mapped_column(Integer)
    values: Mapped[Any] = mapped_column(JSON, nullable=True)
    created_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    __table_args__ = (Index("ix_unit_history_unit", "kind", "unit_id"),
                      Index("ix_unit_history_merged_into", "kind", "merged_into"))


class CellType(Base):
    """Loại hình chi bộ; may narrow the cell meeting window (days 10–15 by default)."""

    __tablename__ = "cell_types"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    window_from: Mapped[int | None] = mapped_column(Integer)
    window_to: Mapped[int | None] = mapped_column(Integer)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": row_version}


class Cell(Base):
    """Chi bộ: a party cell of a commune; residential cells belong to a hamlet."""

    __tablename__ = "cells"
    id: Mapped[int] = mapped_column(primary_key=True)
    commune_id: Mapped[int] = mapped_column(ForeignKey("communes.id"), index=True)
    hamlet_id: Mapped[int | None] = mapped_column(ForeignKey("hamlets.id"), index=True)
    cell_type_id: Mapped[int | None] = mapped_column(ForeignKey("cell_types.id"))
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": row_version}


class Group(Base):
    """Tổ nhân dân tự quản (tổ NDTQ): self-governing group of households in a hamlet."""

    __tablename__ = "groups"
    id: Mapped[int] = mapped_column(primary_key=True)
    hamlet_id: Mapped[int] = mapped_column(ForeignKey("hamlets.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": row_version}


class Officer(Base):
    """Cán bộ: a person who can be assigned."""

    __tablename__ = "officers"
    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    search_name: Mapped[str] = mapped_column(String(200), index=True)
    # The name's Vietnamese order as bytes (domain.text.stored_name_key): the officers
    # table reads its first screen in that order without keying every name.
    sort_key: Mapped[bytes] = mapped_column(LargeBinary, index=True, default=b"",
                                            server_default=text("''"))
    title: Mapped[str] = mapped_column(String(300), default="")
    workplace: Mapped[str] = mapped_column(String(300), default="")
    level: Mapped[str] = mapped_column(String(10), default="huyen")
    phone: Mapped[str] = mapped_column(String(40), default="")
    is_committee_member: Mapped[bool] = mapped_column(Boolean, default=False)
    is_standing_member: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")
    # Optional: where the personal schedule and its calendar file are mailed.
    email: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # Deleted (entered by mistake) but kept, hidden, so that undoing the deletion brings
    # back the very same officer; "active" is the other thing: still working or not.
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": row_version}


class Unavailability(Base):
    """Nghỉ phép, đi công tác, học tập: days an officer cannot attend meetings (inclusive).

    The planner keeps the officer's meetings off these days where another slot exists,
    and the conflict check names every meeting still on them.
    """

    __tablename__ = "unavailability"
    id: Mapped[int] = mapped_column(primary_key=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), index=True)
    first_day: Mapped[dt.date] = mapped_column(Date)
    last_day: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(300), default="", server_default="")
    created_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": row_version}
    __table_args__ = (Index("ix_unavailability_days", "first_day", "last_day"),)


class Decision(Base):
    """Quyết định phân công: the signed decision an assignment comes from."""

    __tablename__ = "decisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(100), index=True)
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    signer: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": row_version}


class Assignment(Base):
    """Phân công: officer + role + unit over [effective_from, effective_to] (inclusive).

    ``unit_id`` refers to the table of the role's unit kind (see roles.ROLES).
    Reassigning ends a row (sets effective_to) and starts a new one; rows are
    never overwritten, so history is always answerable.
    """

    __tablename__ = "assignments"
    id: Mapped[int] = mapped_column(primary_key=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), index=True)
    role: Mapped[str] = mapped_column(String(30))
    unit_id: Mapped[int] = mapped_column(Integer)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))
    effective_from: Mapped[dt.date] = mapped_column(Date)
    effective_to: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": row_version}
    __table_args__ = (Index("ix_assignments_role_unit", "role", "unit_id"),)


class MonthlyCalendar(Base):
    """Lịch sinh hoạt tháng: one version of one month's meetings (draft → approved)."""

    __tablename__ = "calendars"
    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    number: Mapped[str] = mapped_column(String(100), default="")
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    # Who signs the approved version and in what capacity, kept with it (settings give
    # the defaults at approval; a later change of settings never alters an old version).
    signer_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    signer_title: Mapped[str] = mapped_column(String(200), default="", server_default="")
    signer_on_behalf: Mapped[str] = mapped_column(String(200), default="", server_default="")
    windows: Mapped[Any] = mapped_column(JSON, nullable=True)  # per-month overrides
    note: Mapped[str] = mapped_column(Text, default="")
    snapshot: Mapped[Any] = mapped_column(JSON, nullable=True)  # frozen content once approved
    created_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # A version taken back (undo of creating it) is hidden, not deleted: redo shows it again.
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": row_version}
    __table_args__ = (UniqueConstraint("month", "version", name="uq_calendars_month_version"),)


class Meeting(Base):
    """Cuộc họp: one commune-committee or cell meeting of a calendar version."""

    __tablename__ = "meetings"
    id: Mapped[int] = mapped_column(primary_key=True)
    calendar_id: Mapped[int] = mapped_column(
        ForeignKey("calendars.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))  # committee | cell
    unit_id: Mapped[int] = mapped_column(Integer)  # commune id or cell id
    day: Mapped[dt.date | None] = mapped_column(Date)
    session: Mapped[str] = mapped_column(String(10), default="sang")
    start: Mapped[str] = mapped_column(String(5), default="")  # HH:MM
    place: Mapped[str] = mapped_column(String(300), default="")
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": row_version}


class AcceptedConflict(Base):
    """Xung đột đã chấp nhận: a conflict of a month the secretary accepted, with why.

    ``key`` names the conflict by its kind, day, session, officers and units (not meeting
    ids), so the same conflict in a revision of the month stays accepted."""

    __tablename__ = "accepted_conflicts"
    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    key: Mapped[str] = mapped_column(String(1000))
    kind: Mapped[str] = mapped_column(String(20))
    message: Mapped[str] = mapped_column(Text, default="")  # the conflict as it was shown
    note: Mapped[str] = mapped_column(Text, default="")  # why it is accepted
    accepted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    __table_args__ = (UniqueConstraint("month", "key", name="uq_accepted_conflicts_month_key"),)


class Attendance(Base):
    """Dự họp: one expected attendance of an approved month and what was recorded for it.

    Approving a month writes one row per officer the approved version expects at each
    meeting (``role``: why they are expected), with ``status`` NULL until someone records
    present / excused / absent (+ reason).
    """

    __tablename__ = "attendance"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), index=True)
    status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(30), default="")
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": row_version}
    __table_args__ = (UniqueConstraint("meeting_id", "officer_id",
                                       name="uq_attendance_meeting_officer"),)


class Feedback(Base):
    """Phản ánh, kiến nghị: one matter the people of a hamlet raised, carried by an officer.

    ``deadline`` is the answer deadline in working days after receipt; the dates of
    each step are kept so that "overdue on day D" can be answered for any past day.
    ``finished_on`` is the day it was resolved or closed.
    """

    __tablename__ = "feedback"
    id: Mapped[int] = mapped_column(primary_key=True)
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    hamlet_id: Mapped[int] = mapped_column(ForeignKey("hamlets.id"), index=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), index=True)
    raised_by: Mapped[str] = mapped_column(String(300), default="")
    field: Mapped[str] = mapped_column(String(100), index=True)
    content: Mapped[str] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")  # accent-free, for search
    is_complex: Mapped[bool] = mapped_column(Boolean, default=False)
    deadline: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="received")
    forwarded_to: Mapped[str] = mapped_column(String(300), default="")
    forwarded_on: Mapped[dt.date | None] = mapped_column(Date)
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    resolution: Mapped[str] = mapped_column(Text, default="")
    finished_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    created_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": row_version}
    __table_args__ = (Index("ix_feedback_status_deadline", "status", "deadline"),)


class FeedbackEvent(Base):
    """One step of a feedback item's history: received, forwarded, answered, resolved, closed."""

    __tablename__ = "feedback_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    feedback_id: Mapped[int] = mapped_column(
        ForeignKey("feedback.id", ondelete="CASCADE"), index=True
    )
    on_date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    previous_status: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    user: Mapped[str] = mapped_column(String(200), default="")


class AuditEntry(Base):
    """Nhật ký: who changed what, when, with the values before and after."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    user: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[Any] = mapped_column(JSON, nullable=True)
    after: Mapped[Any] = mapped_column(JSON, nullable=True)
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

