"""The open database's level names and roles, as the window says them.

A district says cụm / xã / ấp, a commune's committee thôn, tổ dân phố and no cluster at
all: the words are settings (``level_names``, ``structure.roles``), read through
``services.settings.organization_structure`` and worded by the domain's ``LevelNames``,
``role_name`` and ``coverage_words``, so the window never says a level of its own. In
English the names go through the "Terms" catalogue (translated when it knows the word,
shown as typed when not).

``AppContext.levels`` keeps one ``WindowLevels`` and forgets it when the settings or the
database change, so every page names the levels as the settings say now.
"""

from __future__ import annotations


class WindowLevels:
    """Level names and role names in the window's language (``structure``: what
    ``organization_structure`` read)."""

    def __init__(self, structure):
        self.names = structure.levels
        self.roles = list(structure.roles)
        self.preset = structure.preset

    def title(self, kind: str) -> str:
        """A heading or a column title: "Thôn, tổ dân phố"."""
        return str(self.names.title(kind))

    def word(self, kind: str) -> str:
        """The level's word inside a sentence: "thôn", "xã", "ấp"."""
        return str(self.names.word(kind))

    def capital(self, kind: str) -> str:
        """The word as a short heading: "Thôn", "Xã"."""
        word = self.word(kind)
        return word[:1].upper() + word[1:]

    def used(self, kind: str) -> bool:
        """False for the cluster level of an organization without clusters."""
        return self.names.used(kind)

    def count(self, n: int | str, kind: str) -> str:
        """ "12 xã", "30 thôn" ("1 commune", "30 villages": English counts in the plural
        but for one)."""
        from dvdesk.domain.messages import count

        return str(count(n, self.names.word(kind)))

    def role(self, role: str) -> str:
        """ "Cán bộ theo dõi, hỗ trợ thôn": a role with its unit's level word."""
        from dvdesk.domain.roles import role_name

        name = str(role_name(role, self.names))  # "cluster leader" in English: a title here
        return name[:1].upper() + name[1:]

    def coverage(self, role: str) -> str:
        """ "thôn có cán bộ theo dõi" (after "30/30 ")."""
        from dvdesk.domain.roles import coverage_words

        return str(coverage_words(role, self.names))

    def in_use(self, role: str) -> bool:
        return role in self.roles


def load_levels(db) -> WindowLevels:
    from dvdesk.services.settings import organization_structure

    return WindowLevels(organization_structure(db))


def unit_counts(levels: WindowLevels, counts: dict[str, int]) -> str:
    """ "6 cụm · 21 xã · 117 ấp" (``counts``: kind -> number, with Vietnamese digit
    grouping); no cluster count where the organization has no clusters."""
    from dvdesk.domain.text import thousands

    return " · ".join(levels.count(thousands(n), kind) for kind, n in counts.items()
                      if kind != "cluster" or (levels.used(kind) and n))
