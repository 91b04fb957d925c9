"""Running a ``services.actions.Action`` from the window as one step on the undo stack.

``ctx.run`` takes a ``do`` it calls again for redo; an action's redo is a different
service call from its first run (it passes the values the undo left, not the version
the user saw), so the first call runs ``action.do`` and every later one ``action.redo``.
"""

from __future__ import annotations

from typing import Any

from dvdesk.services.actions import Action


def run_action(ctx, text: str, action: Action, changed: str) -> Any:
    """Run ``action`` now (a DvDeskError is raised to the caller, nothing pushed) and put it
    on the undo stack; ``changed`` is the kind of data the views are told moved."""
    db = ctx.db
    ran = False

    def do():
        nonlocal ran
        if not ran:
            ran = True
            return action.do(db)
        return action.redo(db)

    return ctx.run(text, do, lambda _result: action.undo(db), changed)
