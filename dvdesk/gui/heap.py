"""Python's cycle collector and the window's pauses.

The collector holds the interpreter lock while it runs, whichever thread triggered it,
and a full pass walks every object the program keeps. At province scale (a page's
20,000 officers, a month's 5,000 meetings, the unit index) a pass took 0.15–0.3 s, a
pause in whatever the window was doing, and loading a page or planning a month makes
enough objects to trigger several. So while such work runs (a page built, a job on the
worker) what was alive before it is set aside (``gc.freeze``): the passes the work
triggers walk only what it made. Afterwards everything is given back to the collector
(``gc.unfreeze``), so garbage among it is still found; the work's own passes have by
then already collected what the work threw away.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_aside = 0  # how many pieces of work want the live objects set aside (GUI thread only)


def set_aside() -> None:
    """Keep the collector's passes off everything alive now, until ``give_back``."""
    global _aside
    _aside += 1
    gc.freeze()


def give_back() -> None:
    """The end of one piece of work: once none is left, the collector sees everything."""
    global _aside
    _aside = max(0, _aside - 1)
    if not _aside:
        gc.unfreeze()


@contextmanager
def aside_while() -> Iterator[None]:
    """``set_aside`` for the length of a block."""
    set_aside()
    try:
        yield
    finally:
        give_back()
