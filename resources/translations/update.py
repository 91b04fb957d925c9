"""Refresh dvdesk_en.ts from the sources and compile dvdesk_en.qm.

Run ``.venv/bin/python resources/translations/update.py`` after changing any
window text: new strings appear in the .ts as unfinished (translate them with
Qt Linguist, ``pyside6-linguist``, or list them in a table for fill.py), existing
translations are kept, and the compiled .qm the program loads is rebuilt. The test suite fails while a string
is untranslated.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "dvdesk_en.ts"
QM = HERE / "dvdesk_en.qm"


def sources() -> list[str]:
    files = sorted((ROOT / "dvdesk" / "gui").rglob("*.py")) + sorted((ROOT / "ui").glob("*.ui"))
    return [str(f.relative_to(ROOT)) for f in files]


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def main() -> int:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-source-language", "vi_VN", "-target-language", "en_US", "-ts", str(TS)],
                   cwd=ROOT, check=True)
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True)
    # Qt's own button texts in Vietnamese (written by hand, not extracted).
    subprocess.run([tool("pyside6-lrelease"), str(HERE / "qt_vi.ts"), "-qm",
                    str(HERE / "qt_vi.qm")], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
