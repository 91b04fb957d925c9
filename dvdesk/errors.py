"""Errors a user can meet: each carries one clear sentence and never a traceback."""

from __future__ import annotations


class DvDeskError(Exception):
    """A problem the user can understand and fix; ``str(error)`` is the sentence to show."""

    exit_code = 1


class DatabaseError(DvDeskError):
    """The database cannot be opened: missing folder, not a database, unreachable, too new."""

    exit_code = 2


class DatabaseBusy(DvDeskError):
    """Another program holds the database for writing longer than we are willing to wait."""


CONCURRENT_EDIT = ("Dữ liệu này đã được người khác thay đổi trong lúc bạn sửa; "
                   "hãy tải lại rồi làm lại.")


class ConcurrentEditError(DvDeskError):
    """The row was changed by someone else since it was read (optimistic version check)."""

    def __init__(self, message: str = CONCURRENT_EDIT):
        super().__init__(message)


class NotFound(DvDeskError):
    pass


class InvalidInput(DvDeskError):
    pass


class RuleViolation(DvDeskError):
    """A hard assignment rule would be broken; nothing was written."""

    def __init__(self, message: str, units=(), officers=()):
        super().__init__(message)
        self.units = list(units)
        self.officers = list(officers)


class NeedsConfirmation(DvDeskError):
    """Soft rules would be broken: the caller may repeat the call with ``accept_warnings``."""

    def __init__(self, warnings: list[str]):
        super().__init__(" ".join(warnings))
        self.warnings = warnings
