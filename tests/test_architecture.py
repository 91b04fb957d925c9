"""House rules that are easy to break without noticing (STYLE.md)."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import dvdesk

ROOT = Path(dvdesk.__file__).resolve().parent


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages([str(ROOT)], prefix="dvdesk."):
        if info.name.startswith(("dvdesk.gui", "dvdesk.cli", "dvdesk.__main__")):
            continue
        names.append(info.name)
    return names


def test_core_imports_without_qt():
    """Every package but dvdesk.gui works with PySide6 made unimportable."""
    modules = core_modules()
    assert "dvdesk.domain.models" in modules and "dvdesk.services.assignments" in modules
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'PySide6' or name.startswith('PySide6.'):\n"
        "            raise ImportError('PySide6 is blocked in this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import importlib\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules)\n"
        "print('ok', len(" + repr(modules) + "))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_domain_imports_no_other_dvdesk_package():
    offenders = []
    for path in (ROOT / "domain").glob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith(("from dvdesk", "import dvdesk")) and \
                    not stripped.startswith(("from dvdesk.domain", "import dvdesk.domain")):
                offenders.append(f"{path.name}: {stripped}")
    assert offenders == []


def test_resources_are_found_through_the_one_finder():
    from dvdesk import paths

    assert paths.db_path("migrations", "env.py").is_file()
    assert paths.db_path("demo", "names.json").is_file()
    assert paths.ui_path().is_dir() and paths.resource_path().is_dir()
    versions = list(paths.db_path("migrations", "versions").glob("*.py"))
    assert versions
