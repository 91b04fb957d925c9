"""Start the real program (``dvdesk …``) with the agent inside it.

    python tests/window/launch.py AGENT_SOCKET [dvdesk arguments …]

Everything else is the program exactly as a user starts it: ``dvdesk.cli.main``.
The agent is installed the moment the program creates its QApplication.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import agent  # noqa: E402

from dvdesk.gui import app as gui_app  # noqa: E402

_create = gui_app.create_application


def _create_with_agent(argv=None):
    application = _create(argv)
    if not hasattr(application, "_test_agent"):
        application._test_agent = agent.install(application, SOCKET)
    return application


if __name__ == "__main__":
    SOCKET = sys.argv[1]
    gui_app.create_application = _create_with_agent
    from dvdesk.cli import main

    sys.exit(main(sys.argv[2:]))
