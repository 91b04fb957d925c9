"""The PyInstaller bundle runs without Python: built from installer.spec, run from elsewhere.

Slow (one build, about a minute): it builds dist/dvdesk/dvdesk into a temporary
folder (the analysis cache in build/ makes later runs quicker), then runs the
bundled program from an unrelated folder with a clean environment, so nothing
can come from the checkout or the virtual environment.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import clean_env

ROOT = Path(__file__).resolve().parent.parent

# The bundle is built once (up to 20 minutes on a busy machine, see below), inside the
# first test's time: the usual five minutes per test would cut it short.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]


def _pyinstaller() -> list[str]:
    command = [sys.executable, "-m", "PyInstaller"]
    if subprocess.run([*command, "--version"], capture_output=True).returncode != 0:
        installed = subprocess.run([sys.executable, "-m", "pip", "install", "-q",
                                    "pyinstaller>=6.5"], capture_output=True, text=True)
        if installed.returncode != 0:
            pytest.skip(f"PyInstaller is not installed and cannot be: {installed.stderr[-300:]}")
    return command


def _size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*")
               if f.is_file() and not f.is_symlink()) / 1e6


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    started = time.monotonic()
    built = subprocess.run(
        [*_pyinstaller(), "--noconfirm", "--log-level", "WARN",
         "--workpath", str(ROOT / "build" / "test-bundle"), "--distpath", str(dist),
         str(ROOT / "installer.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=1200,
    )
    seconds = time.monotonic() - started
    assert built.returncode == 0, built.stderr[-3000:]
    program = dist / "dvdesk" / "dvdesk"
    assert program.is_file()
    print(f"\n[bundle] built in {seconds:.0f} s, {_size_mb(dist / 'dvdesk'):.0f} MB "
          f"in {sum(1 for _ in (dist / 'dvdesk').rglob('*'))} files")
    return program


def test_bundle_runs_the_program_from_another_folder(bundle, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = clean_env(tmp_path / "home")

    def run(*args: str) -> subprocess.CompletedProcess:
        done = subprocess.run([str(bundle), *args], cwd=elsewhere, env=env, capture_output=True,
                              text=True, encoding="utf-8", timeout=300)
        assert done.returncode == 0, (args, done.stdout[-500:], done.stderr[-2000:])
        assert "Traceback" not in done.stderr
        return done

    assert run("--version").stdout.startswith("dvdesk ")
    assert "117 ấp" in run("--db", "district.db", "demo").stdout
    assert '"hamlets": 117' in run("--db", "district.db", "check", "--json").stdout
    run("--db", "district.db", "calendar", "new", "2026-12")
    run("--db", "district.db", "calendar", "plan", "2026-12")
    run("--db", "district.db", "calendar", "pdf", "2026-12", "-o", "lich.pdf")
    run("--db", "district.db", "report", "assignments", "-o", "phan-cong.pdf")
    run("--db", "district.db", "backup", "-o", "copy.db")
    run("--db", "district.db", "export-xlsx", "-o", "phan-cong.xlsx", "--month", "2026-12")
    assert "Đã nhập" in run("--db", "fresh.db", "import", "phan-cong.xlsx").stdout
    assert '"hamlets": 117' in run("--db", "fresh.db", "check", "--json").stdout
    run("--db", "district.db", "gui", "--page", "calendar", "--month", "2026-12",
        "--screenshot", "calendar.png")

    from pypdf import PdfReader

    calendar_text = "".join(p.extract_text() for p in PdfReader(elsewhere / "lich.pdf").pages)
    assert "LỊCH" in calendar_text and "tháng 12 năm 2026" in calendar_text
    assert "DANH SÁCH" in PdfReader(elsewhere / "phan-cong.pdf").pages[0].extract_text().upper()
    assert (elsewhere / "calendar.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (elsewhere / "calendar.png").stat().st_size > 5000
    assert (elsewhere / "copy.db").read_bytes()[:16] == b"SQLite format 3\x00"


def test_bundle_refuses_bad_input_in_one_sentence(bundle, tmp_path):
    (tmp_path / "notes.txt").write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    done = subprocess.run([str(bundle), "--db", "notes.txt", "check"], cwd=tmp_path,
                          env=clean_env(tmp_path / "home"), capture_output=True, text=True,
                          encoding="utf-8", timeout=120)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_bundle_carries_every_program_folder(bundle):
    """ui/, resources/ and db/ are in the bundle file for file, inside dvdesk/ as in an
    installed wheel, where dvdesk.paths expects them."""
    data = bundle.parent / "_internal"
    if not data.is_dir():  # PyInstaller before 6 put data beside the program
        data = bundle.parent
    data = data / "dvdesk"
    for name in ("ui", "resources", "db"):
        wanted = {p.relative_to(ROOT) for p in (ROOT / name).rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}
        found = {p.relative_to(data) for p in (data / name).rglob("*")
                 if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}
        assert wanted <= found, sorted(wanted - found)[:10]
    # The official commune names the merge dialog suggests.
    assert (data.parent / "vietnam_provinces" / "data" / "nested-divisions.json").is_file()
    assert shutil.which("python", path=str(bundle.parent)) is None
