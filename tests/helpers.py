"""What several tests read back: rows per table, and the text of a PDF."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy import func, inspect, select, table

SKIPPED_TABLES = {"alembic_version"}


def table_counts(source, tables: list[str] | None = None) -> dict[str, int]:
    """Rows per table of a database: an open ``Database`` or the path of a SQLite file.

    Read with plain SQL (table names from the database itself), so it answers for any
    schema revision and even for a file the program would refuse to open.
    """
    if isinstance(source, str | Path):
        conn = sqlite3.connect(str(source))
        try:
            names = tables or [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
                if r[0] not in SKIPPED_TABLES]
            return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
        finally:
            conn.close()
    with source.engine.connect() as conn:
        names = tables or sorted(n for n in inspect(conn).get_table_names()
                                 if n not in SKIPPED_TABLES)
        return {n: conn.execute(select(func.count()).select_from(table(n))).scalar()
                for n in names}


def pdf_pages(path) -> list[str]:
    """The text of each page, as pypdf extracts it (content order)."""
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def pdf_text(path) -> str:
    """All the text of a PDF (content order, so a wrapped table cell stays together).

    Read by poppler's pdftotext in its content-stream order: the same words as pypdf
    gives, ten times faster on the hundreds of pages of the personal slips.
    """
    if shutil.which("pdftotext") is None:
        return " ".join(pdf_pages(path))
    read = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, check=True)
    return " ".join(read.stdout.decode("utf-8").split("\f"))


def clean_env(home: Path, path: str = "/usr/bin:/bin") -> dict:
    """The environment of a program run as a user would: no virtual environment, no
    PYTHONPATH, no checkout on the path, its own home, offscreen Qt."""
    keep = {k: v for k, v in os.environ.items()
            if k in ("LANG", "LC_ALL", "TMPDIR", "USER", "LOGNAME")}
    return {**keep, "PATH": path, "HOME": str(home), "DVDESK_HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"), "QT_QPA_PLATFORM": "offscreen"}
