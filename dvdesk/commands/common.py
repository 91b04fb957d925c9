"""Helpers shared by the subcommands: opening the database, printing JSON."""

from __future__ import annotations

import datetime as dt
import json
import sys

from dvdesk.domain.messages import msg
from dvdesk.errors import InvalidInput
from dvdesk.store import Database, open_database


def database(args, *, create: bool = True) -> Database:
    """The database of ``--db``; ``create=False`` for commands that only read or copy it,
    so a mistyped path is an error rather than a new empty database."""
    return open_database(args.db, create=create)


def print_json(value) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def parse_date(text: str | None, what: str = "ngày") -> dt.date | None:
    if not text:
        return None
    try:
        day = dt.date.fromisoformat(text)
    except ValueError as error:
        raise InvalidInput(msg("{what} phải có dạng YYYY-MM-DD, không phải {text}.", what=what,
                               text=repr(text))) from error
    from dvdesk.services.validation import checked_date

    return checked_date(day, what)
