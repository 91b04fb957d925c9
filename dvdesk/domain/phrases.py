"""Phrases joined into one sentence, each part a message said in the sentence's language.

A sentence made of a varying number of parts (a summary whose clauses depend on the
counts, a list of names, several sentences of one error) passes them as one parameter:
``msg("{parts}.", parts=Joined(parts))``; when the sentence is rendered in another
language, every part that is a message is rendered in it too.
"""

from __future__ import annotations

from functools import reduce

from dvdesk.domain.messages import Message, msg


class Joined(tuple):
    """Phrases of one sentence said one after the other, each rendered in the sentence's
    language (a message parameter: ``msg("{parts}.", parts=Joined(parts))``)."""

    separator = ""

    def __format__(self, spec: str) -> str:
        return self.separator.join(str(part) for part in self)


class Listed(Joined):
    """Names said as a list: "A, B (dòng 7)"."""

    separator = ", "


class Sentences(Joined):
    """Whole sentences one after the other."""

    separator = " "


def with_and(parts: list) -> Message | str:
    """ "A, B và C" said in the sentence's language ("" for none)."""
    if not parts:
        return ""
    return reduce(lambda first, last: msg("{first} và {last}", first=first, last=last), parts)


def sentences(parts: list) -> Message:
    """Several sentences said as one (an error with more than one reason)."""
    return msg("{problems}", problems=Sentences(parts))
