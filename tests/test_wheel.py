"""The wheel installs and runs: built from the checkout, installed into a fresh virtual
environment elsewhere, run from an unrelated folder.

Slow (a wheel build and a venv). The new environment gets the wheel only; the
libraries it depends on (PySide6, SQLAlchemy …) are made visible to it from the
environment running the tests, through a .pth file, so nothing is downloaded. That
environment's own editable install of dvdesk is not seen (a .pth file in a folder
added by a .pth file is not read), so every ``dvdesk`` below is the installed wheel.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from tests.helpers import clean_env, pdf_text

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The bin/ folder of a fresh environment holding the wheel."""
    dist = tmp_path_factory.mktemp("wheel")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                            "-w", str(dist), str(ROOT)],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr[-3000:]
    wheel = next(dist.glob("dvdesk-*.whl"))
    _check_wheel_carries_every_program_folder(wheel)

    env_dir = tmp_path_factory.mktemp("env") / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()"
                           "['purelib'])"], capture_output=True, text=True).stdout.strip()
    (Path(site) / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    done = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                           "--no-deps", "--no-index", "-q", str(wheel)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return env_dir / "bin"


def _check_wheel_carries_every_program_folder(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("ui", "resources", "db"):
        wanted = {f"dvdesk/{p.relative_to(ROOT).as_posix()}" for p in (ROOT / folder).rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}
        assert wanted <= names, sorted(wanted - names)[:10]


def test_the_installed_wheel_runs_from_another_folder(installed, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = clean_env(tmp_path / "home")

    def run(*args: str) -> subprocess.CompletedProcess:
        done = subprocess.run([str(installed / "dvdesk"), *args], cwd=elsewhere, env=env,
                              capture_output=True, text=True, encoding="utf-8", timeout=600)
        assert done.returncode == 0, (args, done.stdout[-500:], done.stderr[-2000:])
        assert "Traceback" not in done.stderr
        return done

    where = subprocess.run(
        [str(installed / "python"), "-c",
         "import dvdesk, dvdesk.paths as p; print(dvdesk.__file__); print(p.app_root())"],
        cwd=elsewhere, env=env, capture_output=True, text=True)
    module, root = where.stdout.split()
    assert Path(module).is_relative_to(installed.parent) and not Path(module).is_relative_to(ROOT)
    assert Path(root) == Path(module).parent  # ui/, resources/, db/ inside the package

    assert "117 ấp" in run("--db", "x.db", "demo").stdout
    run("--db", "x.db", "calendar", "new", "2026-12")
    assert "xung đột" in run("--db", "x.db", "calendar", "plan", "2026-12").stdout
    run("--db", "x.db", "calendar", "pdf", "2026-12", "-o", "lich.pdf")
    run("--db", "x.db", "gui", "--page", "calendar", "--month", "2026-12",
        "--screenshot", "calendar.png")

    text = pdf_text(elsewhere / "lich.pdf")
    assert "LỊCH" in text and "tháng 12 năm 2026" in text and "DỰ THẢO" in text
    png = elsewhere / "calendar.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000
