"""The optimistic version check of an edit a person makes (and of its undo).

Every editable row carries ``row_version``, raised by one on each UPDATE. A
window shows a row at some version; the edit passes it as ``expected_version``
and is refused with the concurrent-edit sentence when the row has moved on
since, so nobody's change is silently overwritten. None means "no check"
(scripts, the command line, which read and write in one step).

An undo cannot expect a version: undoing the later of two edits raises the
version again, and the earlier edit's undo would then always be refused. So an
undo expects the *values* its edit left (``expected_values``): after the later
edit is undone they are back, and only someone else's change makes them differ.
"""

from __future__ import annotations

from dvdesk.errors import ConcurrentEditError


def expect_version(row, expected: int | None) -> None:
    if expected is not None and row.row_version != expected:
        raise ConcurrentEditError()


def expect_values(row, expected: dict | None) -> None:
    """Refuse unless each named field still holds the value given (the state an edit left)."""
    for field_name, value in (expected or {}).items():
        if getattr(row, field_name) != value:
            raise ConcurrentEditError()
