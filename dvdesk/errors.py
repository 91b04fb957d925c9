"""Errors a user can meet: each carries one clear sentence and never a traceback."""

from __future__ import annotations


class DvDeskError(Exception):
    """A problem the user can understand and fix; ``str(error)`` is the sentence to show.

    The sentence is a ``domain.messages.Message`` where the raising code made one: it is
    in the language in force, and ``sentence(language)`` gives it in another."""

    exit_code = 1

    def sentence(self, language: str) -> str:
        """The error's sentence in ``language`` (as raised when it is not a Message)."""
        from dvdesk.domain.messages import Message

        first = self.args[0] if self.args else ""
        return first.render(language) if isinstance(first, Message) else str(self)


class DatabaseError(DvDeskError):
    """The database cannot be opened: missing folder, not a database, unreachable, too new."""

    exit_code = 2


class DatabaseBusy(DvDeskError):
    """Another program holds the database for writing longer than we are willing to wait."""


CONCURRENT_EDIT = ("Dữ liệu này đã được người khác thay đổi trong lúc bạn sửa; "
                   "hãy tải lại rồi làm lại.")


class ConcurrentEditError(DvDeskError):
    """The row was changed by someone else since it was read (optimistic version check)."""

    def __init__(self, message: str | None = None):
        from dvdesk.domain.messages import msg

        super().__init__(message if message is not None else msg(CONCURRENT_EDIT))


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
