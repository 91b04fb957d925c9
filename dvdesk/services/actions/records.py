"""Feedback items (phản ánh, kiến nghị), settings and imports. See ``services.actions``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, ClassVar

from dvdesk.services import settings as settings_service
from dvdesk.services.actions.base import Action, Change
from dvdesk.store.database import Database

# ---------------------------------------------------------------------------
# feedback (phản ánh, kiến nghị)


@dataclass
class ReceiveFeedback(Action):
    """Tiếp nhận: a new item; its undo removes it, its redo enters it again with its id."""

    values: dict
    item_id: int | None = None
    changes: ClassVar[Change] = Change.FEEDBACK

    def do(self, db: Database) -> int:
        from dvdesk.services.feedback import add_feedback

        self.item_id = add_feedback(db, **self.values)
        return self.item_id

    def undo(self, db: Database) -> None:
        from dvdesk.services.feedback import delete_feedback

        delete_feedback(db, self.item_id)  # refused once someone took it further

    def redo(self, db: Database) -> int:
        from dvdesk.services.feedback import add_feedback

        return add_feedback(db, **self.values, item_id=self.item_id)


@dataclass
class FeedbackStep(Action):
    """Chuyển / trả lời / giải quyết / đóng one item (``step`` is the target status)."""

    item_id: int
    step: str
    text: str
    on: dt.date | None = None
    version: int | None = None  # the row version the user saw
    after: int | None = None  # the row version the step (or its undo) left
    changes: ClassVar[Change] = Change.FEEDBACK

    def _run(self, db: Database, version: int | None) -> dict:
        from dvdesk.services import feedback

        if self.step == "forwarded":
            done = feedback.forward_feedback(db, self.item_id, self.text, self.on,
                                             expected_version=version)
        elif self.step == "answered":
            done = feedback.answer_feedback(db, self.item_id, self.text, self.on,
                                            expected_version=version)
        elif self.step == "resolved":
            done = feedback.resolve_feedback(db, self.item_id, self.on, self.text,
                                             expected_version=version)
        else:
            done = feedback.close_feedback(db, self.item_id, self.text, self.on,
                                           expected_version=version)
        self.after = done["row_version"]
        return done

    def do(self, db: Database) -> dict:
        return self._run(db, self.version)

    def undo(self, db: Database) -> None:
        from dvdesk.services.feedback import undo_step

        self.after = undo_step(db, self.item_id, expected_version=self.after)["row_version"]

    def redo(self, db: Database) -> None:
        self._run(db, self.after)


# ---------------------------------------------------------------------------
# settings and imports


@dataclass
class SaveSettings(Action):
    """Sửa cài đặt; ``versions`` (section -> version) as the dialog read them."""

    sections: dict
    previous: dict | None = None
    versions: dict | None = None
    changes: ClassVar[Change] = Change.SETTINGS

    def do(self, db: Database) -> None:
        self.previous = settings_service.save_sections(db, self.sections,
                                                       expected_versions=self.versions)

    def undo(self, db: Database) -> None:
        settings_service.save_sections(db, self.previous, expected_values=self.sections)

    def redo(self, db: Database) -> None:
        settings_service.save_sections(db, self.sections, expected_values=self.previous)


@dataclass
class ApplyPreset(SaveSettings):
    """Áp dụng mẫu tổ chức (huyen, tinh, xa): the sections the preset writes over the
    settings as they are when it runs; undone and redone like saving those sections."""

    code: str = "huyen"
    sections: dict = field(default_factory=dict)

    def do(self, db: Database) -> None:
        self.sections, self.previous = settings_service.apply_preset(db, self.code)


@dataclass
class ApplyImport(Action):
    """Nhập Excel: the previewed plan, applied all or nothing, without the items the user
    unticked. Redo writes the same plan again (never re-reading the file), with the ids it
    had; undo takes back the whole import (what it created, ended and changed)."""

    plan: Any  # importer.ImportPlan
    result: dict | None = None
    leave_out: list = field(default_factory=list)  # the items unticked in the preview
    changes: ClassVar[Change] = Change.ALL

    def do(self, db: Database, progress=None) -> dict:
        from dvdesk.services.importer import apply_plan

        self.result = apply_plan(db, self.plan, progress, leave_out=self.leave_out)
        return self.result

    def undo(self, db: Database) -> None:
        from dvdesk.services.importer_changes import withdraw_import

        withdraw_import(db, self.result)  # refused if the imported rows changed since

    def redo(self, db: Database) -> None:
        from dvdesk.services.importer import apply_plan

        # Refused unless what the plan relies on is as it was when it was first applied.
        self.result = apply_plan(db, self.plan, redo_of=self.result)
