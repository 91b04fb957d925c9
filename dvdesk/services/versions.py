"""The one check against overwriting someone else's change: an edit, its undo and its redo.

Every editable row carries ``row_version``, raised by one on each UPDATE.

- **An edit a person makes** passes the version the window showed them
  (``expected_version``); it is refused with the concurrent-edit sentence when the
  row has moved on since. None means "no check" (scripts and the command line,
  which read and write in one step).
- **An undo or a redo** (``services.actions``) passes the *values* the step before it
  left (``expected_values``): the fields it is about to write back must still hold
  them. A version cannot serve here: undoing the later of two edits of the same row
  raises the version again, and the earlier edit's undo would then always be
  refused although nobody else touched the row. The values are back after that
  undo, and only someone else's change makes them differ.

Both checks run inside the write transaction, after the row was read (and, on a
shared server, locked), so what they compare cannot change before the commit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from dvdesk.errors import ConcurrentEditError

_MISSING = object()


Refusal = str | Callable[[], str] | None  # the sentence, or what makes it when refused


def _refused(message: Refusal) -> ConcurrentEditError:
    """The error to raise; a sentence that takes reading to make is made only here."""
    if callable(message):
        message = message()
    return ConcurrentEditError(*(message,) if message else ())


def expect_version(row, expected: int | None, message: Refusal = None) -> None:
    """Refuse unless ``row`` is still at the version the user saw (None: no check)."""
    if expected is not None and row.row_version != expected:
        raise _refused(message)


def expect_values(row, expected: dict | None, message: Refusal = None) -> None:
    """Refuse unless each named field of ``row`` (a mapped row, or a mapping such as a
    stored settings section) still holds the value given: the state the step before
    left. None or {} checks nothing."""
    for name, value in (expected or {}).items():
        held = row.get(name, _MISSING) if isinstance(row, Mapping) else getattr(row, name)
        if held != value:
            raise _refused(message)
