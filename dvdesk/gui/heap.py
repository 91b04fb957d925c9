"""Python's cycle collector and the window's pauses.

The collector holds the interpreter lock while it runs, whichever thread triggered it,
and a full pass walks every object the program keeps. At province scale (a page's
20,000 officers, a month's 5,000 meetings, the unit index) a pass took 0.15–0.3 s, a
pause in whatever the window was doing, and loading a page or planning a month makes
enough objects to trigger several. So before such work (a page built, a job started)
what is alive is frozen (``gc.freeze``): the passes the work triggers walk only what it
made. The window's data holds no reference cycles, and frozen objects are still freed by
reference counting when the window drops them; only cycles among them would be kept.
"""

from __future__ import annotations

import gc


def set_aside_live_objects() -> None:
    """Keep the collector's next passes off everything alive now (see above)."""
    gc.freeze()
