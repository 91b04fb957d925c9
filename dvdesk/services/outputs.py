"""The one way the schedule's documents (change notice, slips, calendar files) reach disk.

Every writer of these outputs goes through ``output_file``: the file is written whole
or not at all, never through a symlink or onto a device (``dvdesk.safe_files``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dvdesk.safe_files import replacing


@contextmanager
def output_file(path) -> Iterator[Path]:
    """A temporary path to write ``path`` through; it replaces ``path`` when the block ends."""
    with replacing(path) as partial:
        yield partial


def save_copy(source, target) -> Path:
    """A document already made (the window's preview) saved where the user chose: whole or
    not at all, never through a symlink or onto a device."""
    import shutil

    with output_file(target) as partial:
        shutil.copyfile(source, partial)
    return Path(target)

