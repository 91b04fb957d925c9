"""Units: add, edit, move, remove, rename from a date, merge, carry-over. See ``services.actions``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, ClassVar

from dvdesk.services import unit_changes as unit_change_service
from dvdesk.services import units as unit_service
from dvdesk.services.actions.base import Action, Change
from dvdesk.store.database import Database

# ---------------------------------------------------------------------------
# units


@dataclass
class AddUnit(Action):
    kind: str
    name: str
    parent_id: int | None = None
    fields: dict = field(default_factory=dict)
    unit_id: int | None = None
    changes: ClassVar[Change] = Change.UNITS

    def do(self, db: Database) -> int:
        self.unit_id = unit_service.add_unit(db, self.kind, self.name, self.parent_id,
                                             **self.fields)
        return self.unit_id

    def undo(self, db: Database) -> None:
        unit_service.remove_unit(db, self.kind, self.unit_id, expected_values={"active": True})

    def redo(self, db: Database) -> None:
        unit_service.restore_unit(db, self.kind, self.unit_id,
                                  expected_values={"active": False})


@dataclass
class EditUnit(Action):
    """Rename a unit or change its fields (kind, cell type …); ``version``: the one the
    window showed."""

    kind: str
    unit_id: int
    old: dict
    new: dict
    version: int | None = None
    changes: ClassVar[Change] = Change.UNITS

    def do(self, db: Database) -> None:
        unit_service.update_unit(db, self.kind, self.unit_id, expected_version=self.version,
                                 **self.new)

    def undo(self, db: Database) -> None:
        unit_service.update_unit(db, self.kind, self.unit_id, expected_values=self.new,
                                 **self.old)

    def redo(self, db: Database) -> None:
        unit_service.update_unit(db, self.kind, self.unit_id, expected_values=self.old,
                                 **self.new)


@dataclass
class MoveUnit(Action):
    kind: str
    unit_id: int
    old_parent_id: int | None
    new_parent_id: int | None
    version: int | None = None
    changes: ClassVar[Change] = Change.UNITS

    def do(self, db: Database) -> None:
        unit_service.move_unit(db, self.kind, self.unit_id, self.new_parent_id,
                               expected_version=self.version)

    def undo(self, db: Database) -> None:
        unit_service.move_unit(db, self.kind, self.unit_id, self.old_parent_id,
                               expected_parent=self.new_parent_id)

    def redo(self, db: Database) -> None:
        unit_service.move_unit(db, self.kind, self.unit_id, self.new_parent_id,
                               expected_parent=self.old_parent_id)


@dataclass
class RemoveUnit(Action):
    """Xóa đơn vị: inactive, its current assignments ended; undo reopens them."""

    kind: str
    unit_id: int
    on_date: dt.date | None = None
    ended: list[int] = field(default_factory=list)
    version: int | None = None
    changes: ClassVar[Change] = Change.UNITS | Change.ASSIGNMENTS

    def do(self, db: Database) -> list[int]:
        self.ended = unit_service.remove_unit(db, self.kind, self.unit_id, self.on_date,
                                              expected_version=self.version)
        return self.ended

    def undo(self, db: Database) -> None:
        unit_service.restore_unit(db, self.kind, self.unit_id, self.ended,
                                  expected_values={"active": False})

    def redo(self, db: Database) -> None:
        self.ended = unit_service.remove_unit(db, self.kind, self.unit_id, self.on_date,
                                              expected_values={"active": True})


@dataclass
class RenameUnitOn(Action):
    """Đổi tên từ một ngày (the old name kept for the months before); ``version``: the
    one the window showed."""

    kind: str
    unit_id: int
    name: str
    on_date: dt.date
    version: int | None = None
    result: Any = None  # unit_changes.Renamed
    changes: ClassVar[Change] = Change.UNITS

    def do(self, db: Database) -> Any:
        self.result = unit_change_service.rename_on(db, self.kind, self.unit_id, self.name,
                                                    self.on_date, expected_version=self.version)
        return self.result

    def undo(self, db: Database) -> None:
        unit_change_service.undo_rename(db, self.result)

    def redo(self, db: Database) -> None:
        self.result = unit_change_service.rename_on(
            db, self.kind, self.unit_id, self.name, self.on_date,
            kind_code=self.result.kind_code, expected_name=self.result.old["name"])


@dataclass
class MergeUnits(Action):
    """Sáp nhập: the units become one new unit from ``on_date``; redo gives the new unit
    the id it had."""

    kind: str
    unit_ids: list[int]
    name: str
    on_date: dt.date
    result: Any = None  # unit_changes.Merged
    changes: ClassVar[Change] = Change.UNITS | Change.ASSIGNMENTS

    def do(self, db: Database) -> Any:
        self.result = unit_change_service.merge(db, self.kind, self.unit_ids, self.name,
                                                self.on_date)
        return self.result

    def undo(self, db: Database) -> None:
        unit_change_service.unmerge(db, self.result)

    def redo(self, db: Database) -> None:
        self.result = unit_change_service.redo_merge(db, self.result)


@dataclass
class CarryOver(Action):
    """The merged units' assignments chosen to go on for the new unit."""

    kind: str
    unit_id: int
    chosen: list  # unit_changes.Proposal
    accept_warnings: bool = False
    created: list[int] = field(default_factory=list)
    changes: ClassVar[Change] = Change.ASSIGNMENTS

    def do(self, db: Database) -> list[int]:
        self.created = unit_change_service.apply_proposals(
            db, self.kind, self.unit_id, self.chosen, accept_warnings=self.accept_warnings)
        return self.created

    def undo(self, db: Database) -> None:
        unit_change_service.withdraw_proposals(db, self.created)

    def redo(self, db: Database) -> None:
        # Warnings were accepted (or there were none) when it was first done.
        unit_change_service.apply_proposals(db, self.kind, self.unit_id, self.chosen,
                                            accept_warnings=True, same_ids=self.created)
