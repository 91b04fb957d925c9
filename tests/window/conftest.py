"""Fixtures of the real-window tests (see driver.py for the API they are written in).

``xdisplay``: one Xvfb display for the session. ``launch(...)``: start the program on it,
on a fresh copy of the demo district unless ``db=`` says otherwise; every program started
is closed at the end of the test, and the test fails if the program printed a traceback.
The test process itself never creates a QApplication, so these tests run in the same
pytest run as the offscreen ones.
"""

from __future__ import annotations

import re
import shutil

import pytest

from tests.window.driver import ROOT, Program
from tests.window.xserver import XServer

ARTIFACTS = ROOT / "tests" / "artifacts"
HERE = ROOT / "tests" / "window"


def pytest_collection_modifyitems(items):
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.window)


@pytest.fixture(scope="session")
def xdisplay():
    if shutil.which("xdotool") is None:
        pytest.fail("xdotool is not installed (.ci/system-packages installs it)")
    server = XServer()
    try:
        display = server.start()
    except RuntimeError as error:
        pytest.fail(str(error))
    yield display
    server.stop()


@pytest.fixture
def artifacts(request):
    name = re.sub(r"[^\w.-]+", "_", request.node.nodeid.split("window/", 1)[-1])
    folder = ARTIFACTS / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def launch(xdisplay, demo_path, artifacts):
    """``launch(lang="vi", page=None, month=None, db=None, args=(), env=None)``."""
    started: list[Program] = []

    def start(lang: str = "vi", page: str | None = None, month: str | None = None,
              db=None, args=(), env: dict | None = None) -> Program:
        extra = list(args)
        if page:
            extra += ["--page", page]
        if month:
            extra += ["--month", month]
        folder = artifacts if not started else artifacts / f"run{len(started) + 1}"
        program = Program(xdisplay, db or demo_path, lang, folder, extra, env)
        started.append(program)
        return program

    yield start
    for program in started:
        program.finish()
        printed = program.stderr()
        assert "Traceback" not in printed, printed[-3000:]
