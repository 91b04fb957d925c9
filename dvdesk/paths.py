"""The one place that finds the program's folders and the user's data folder.

Forms (ui/), resources (fonts, icons, translations) and migrations (db/) are
found the same way from a checkout, an installed wheel and the PyInstaller
bundle, so no other module guesses paths (docs/ARCHITECTURE.md, "Resources"):

- installed (a wheel, or the bundle, whose installer.spec puts them in the same
  place), they are package data inside ``dvdesk``, found through importlib.resources;
- in a checkout (an editable install, or ``python -m dvdesk`` from the folder) they
  sit at the top of the repository, beside the package.
"""

from __future__ import annotations

import os
from functools import cache
from importlib.resources import files
from pathlib import Path

APP_NAME = "DVDesk"
APP_AUTHOR = "DVDesk"
_FOLDERS = ("ui", "resources", "db")


@cache
def app_root() -> Path:
    """The folder that holds ui/, resources/ and db/."""
    # Qt, reportlab and Alembic need real files: an installed package is a folder on disk
    # (pip never installs this one zipped), so its Traversable is a Path.
    package = Path(str(files("dvdesk")))
    candidates = [package, package.parent]
    for root in candidates:
        if all((root / name).is_dir() for name in _FOLDERS):
            return root
    from dvdesk.domain.messages import msg

    raise FileNotFoundError(msg("Không tìm thấy các thư mục ui/, resources/, db/ của chương "
                                "trình (đã tìm ở: {places}).",
                                places=", ".join(str(c) for c in candidates)))


def ui_path(*parts: str) -> Path:
    return app_root().joinpath("ui", *parts)


def resource_path(*parts: str) -> Path:
    return app_root().joinpath("resources", *parts)


def db_path(*parts: str) -> Path:
    return app_root().joinpath("db", *parts)


def user_data_dir() -> Path:
    """The user's data folder (created on first use); DVDESK_HOME overrides it."""
    override = os.environ.get("DVDESK_HOME")
    if override:
        folder = Path(override)
    else:
        from platformdirs import user_data_dir as _user_data_dir

        folder = Path(_user_data_dir(APP_NAME, APP_AUTHOR))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database() -> Path:
    return user_data_dir() / "dvdesk.db"
