"""File names for documents written several at a time (one calendar per commune)."""

from __future__ import annotations

import re

from dvdesk.domain.text import search_key

_NOT_SAFE = re.compile(r"[^a-z0-9]+")


def file_slug(text: str, limit: int = 60) -> str:
    """ "xã An Khánh" -> "xa-an-khanh": no accents, no spaces, safe on every file system."""
    slug = _NOT_SAFE.sub("-", search_key(text)).strip("-")
    return slug[:limit].rstrip("-") or "don-vi"
