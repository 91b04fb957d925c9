"""Shared fixtures: every test gets its own real SQLite file (or a copy of the demo)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DVDESK_HOME", str(Path(__file__).parent / ".home-unused"))

import pytest  # noqa: E402

from dvdesk.store import open_database  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

pytest_plugins = ["tests.pg"]  # PostgreSQL server fixtures: pg_url, any_db_url
GUI_TESTS = ROOT / "tests" / "gui"


def pytest_collection_modifyitems(items) -> None:
    """Everything under tests/gui drives the window: marked ``gui`` from its folder."""
    for item in items:
        if GUI_TESTS in Path(item.path).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """The user data folder and QSettings never touch the real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DVDESK_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("DVDESK_DB", raising=False)
    monkeypatch.delenv("DVDESK_LANG", raising=False)


@pytest.fixture(autouse=True)
def _vietnamese_core():
    """The core's sentences in Vietnamese unless a test asks otherwise: a window opened in
    English sets the language of the whole process."""
    from dvdesk import i18n

    i18n.use_language("vi")
    yield
    i18n.use_language("vi")


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def db(db_path):
    database = open_database(str(db_path))
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    from dvdesk.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(str(path))
    build_demo(database, "district")
    database.dispose()
    return path


@pytest.fixture
def demo_path(demo_template, tmp_path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def demo_db(demo_path):
    database = open_database(str(demo_path))
    yield database
    database.dispose()


class CliResult:
    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err

    def __repr__(self) -> str:
        return f"CliResult(code={self.code}, out={self.out[:300]!r}, err={self.err[:300]!r})"


@pytest.fixture
def cli(capsys):
    """Run ``dvdesk ARGS`` in this process and capture its exit code and output."""
    from dvdesk.cli import main

    def run(*args: str) -> CliResult:
        capsys.readouterr()
        try:
            code = main([str(a) for a in args])
        except SystemExit as exit_:  # argparse usage errors
            code = exit_.code if isinstance(exit_.code, int) else 2
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def run_dvdesk(*args: str, env: dict | None = None, cwd=None, timeout=300) -> CliResult:
    """Run ``dvdesk`` as a real process (used where a separate process matters)."""
    proc = subprocess.run(
        [sys.executable, "-m", "dvdesk", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", timeout=timeout,
        env={**os.environ, **(env or {})}, cwd=cwd,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def english():
    """The program speaks English for the test, Vietnamese again after."""
    from dvdesk import i18n

    i18n.use_language("en")
    yield
    i18n.use_language("vi")
