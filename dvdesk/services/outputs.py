"""The one way the schedule's documents (change notice, slips, calendar files) reach disk.

Every writer of these outputs goes through ``output_file``, so that writing them
whole-or-not-at-all is a change in this one place.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def output_file(path) -> Iterator[Path]:
    """The path to write ``path`` through."""
    yield Path(path)
