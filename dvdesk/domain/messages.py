"""Sentences in the user's language: a Vietnamese template and its parameters.

Every sentence the core produces (errors, conflicts, import problems, check findings)
is a ``Message``: ``msg("Không có cuộc họp mã {id}.", id=7)``. The template is the
Vietnamese text and the key of its translation; the parameters are data (names,
numbers, dates) or messages and terms themselves, rendered in the same language.

A ``Message`` is a ``str`` holding the sentence in the language in force when it was
made, so the code that joins, prints or stores sentences needs no change; its
``render(language)`` gives it in another language. ``term(text)`` marks a word that is
data (a level name from the settings, "Thôn, tổ dân phố"): translated when the
catalogue knows it, kept as typed when not.

Nothing here reads a file or knows of Qt: ``dvdesk.i18n`` loads the English catalogue
(the "Messages" and "Terms" contexts of resources/translations/dvdesk_en.ts) and sets
the language; the window and the command line call it. Vietnamese needs no catalogue.
"""

from __future__ import annotations

import functools
import string
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

SOURCE_LANGUAGE = "vi"
_FORMATTER = string.Formatter()

_language = SOURCE_LANGUAGE
# A language for this thread only (documents being written): the window's thread keeps
# speaking the user's language while a worker writes a Vietnamese document.
_this_thread = threading.local()
# language -> {"Messages": {template: translation}, "Terms": {word: translation}}
_catalogues: dict[str, dict[str, dict[str, str]]] = {}


def install_catalogue(language: str, sentences: Mapping[str, str],
                      terms: Mapping[str, str] = {}) -> None:  # noqa: B006 (never changed)
    """The translations of one language (what ``dvdesk.i18n`` read from its file)."""
    _catalogues[language] = {"Messages": dict(sentences), "Terms": dict(terms)}


def set_language(language: str) -> None:
    """The language new messages are made in ("vi" or one with a catalogue)."""
    global _language
    _language = language if language in _catalogues else SOURCE_LANGUAGE


def current_language() -> str:
    return getattr(_this_thread, "language", None) or _language


@contextmanager
def on_paper() -> Iterator[None]:
    """Sentences and words made in this block, on this thread, are Vietnamese: official
    documents (PDF, Word, Excel, calendar files) are Vietnamese whatever the window speaks."""
    before = getattr(_this_thread, "language", None)
    _this_thread.language = SOURCE_LANGUAGE
    try:
        yield
    except Exception as error:
        # A refusal is said to the user, not printed: in the language they speak.
        _this_thread.language = before
        first = error.args[0] if error.args else None
        if isinstance(first, Message):
            error.args = (_rebuild(type(first), first.template, first.params), *error.args[1:])
        raise
    finally:
        _this_thread.language = before


Made = TypeVar("Made")


def paper(make: Callable[..., Made]) -> Callable[..., Made]:
    """``on_paper`` for the whole of a function that writes a document."""
    @functools.wraps(make)
    def in_vietnamese(*args: Any, **kwargs: Any) -> Made:
        with on_paper():
            return make(*args, **kwargs)
    return in_vietnamese


def translation(template: str, language: str, context: str = "Messages") -> str | None:
    """The catalogue's text for ``template`` (None when it has none)."""
    if language == SOURCE_LANGUAGE:
        return template
    return _catalogues.get(language, {}).get(context, {}).get(template) or None


def _value(value: Any, language: str) -> Any:
    if isinstance(value, Message):
        return value.render(language)
    if isinstance(value, list | tuple) and any(isinstance(v, Message) for v in value):
        return type(value)(_value(v, language) for v in value)
    return value


def _fill(template: str, params: Mapping[str, Any], language: str) -> str:
    if not params:
        return template
    values = {key: _value(value, language) for key, value in params.items()}
    return _FORMATTER.vformat(template, (), values)


class Message(str):
    """One sentence (or a phrase of one): its Vietnamese template and its parameters."""

    template: str
    params: dict[str, Any]
    context: str = "Messages"

    def __new__(cls, template: str, /, **params: Any) -> Message:
        self = str.__new__(cls, cls._render(template, params, current_language()))
        self.template = template
        self.params = params
        return self

    @classmethod
    def _render(cls, template: str, params: Mapping[str, Any], language: str) -> str:
        text = translation(template, language, cls.context)
        if text is None:
            text = template
        try:
            return _fill(text, params, language)
        except (KeyError, IndexError, ValueError):
            # A translation that names a parameter wrongly never hides the sentence.
            return _fill(template, params, SOURCE_LANGUAGE)

    def render(self, language: str) -> str:
        """The sentence in ``language`` (the Vietnamese text when that has no catalogue)."""
        return self._render(self.template, self.params, language)

    def __reduce__(self):
        return (_rebuild, (type(self), self.template, self.params))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.template!r}, {self.params!r})"


class Term(Message):
    """A word that is data, such as a level name from the settings: translated where the
    catalogue's "Terms" know it, else shown as typed (never formatted: it may hold any
    character). ``lower``: inside a sentence, its first letter small ("thôn, tổ dân
    phố", "hamlets")."""

    context = "Terms"

    def __new__(cls, text: str, /, lower: bool = False) -> Term:
        params = {"lower": True} if lower else {}
        self = str.__new__(cls, cls._render(text, params, current_language()))
        self.template = text
        self.params = params
        return self

    @classmethod
    def _render(cls, template: str, params: Mapping[str, Any], language: str) -> str:
        text = translation(template, language, cls.context) or template
        return text[:1].lower() + text[1:] if params.get("lower") else text


class Lowered(Message):
    """A message said inside a sentence: its first letter small in every language
    ("cấp ủy phụ trách xã", "committee member in charge of the commune")."""

    @classmethod
    def _render(cls, template: str, params: Mapping[str, Any], language: str) -> str:
        text = super()._render(template, params, language)
        return text[:1].lower() + text[1:]


def lowered(message: Message) -> Message:
    """``message`` as the middle of a sentence says it (a plain str: lowered as is)."""
    if isinstance(message, Term):
        return Term(message.template, lower=True)
    if isinstance(message, Message):
        return Lowered(message.template, **message.params)
    return message[:1].lower() + message[1:]


class Count(Message):
    """A number before a noun ("117 ấp"): English puts the noun in the plural but for one
    ("1 hamlet", "117 hamlets"); Vietnamese has no plural. A noun the catalogue does not
    know (data typed in Vietnamese) stays as typed."""

    @classmethod
    def _render(cls, template: str, params: Mapping[str, Any], language: str) -> str:
        number, noun = params["n"], params["noun"]
        text = str(_value(noun, language))
        if language != SOURCE_LANGUAGE and str(number) != "1" and _known(noun, language):
            text = _plural(text)
        return f"{number} {text}"


def _known(noun: Any, language: str) -> bool:
    return isinstance(noun, Message) and translation(noun.template, language,
                                                     noun.context) is not None


def _plural(phrase: str) -> str:
    """The English plural of a noun phrase: its last word ("new officer" -> "new officers",
    "party cell" -> "party cells", "county" -> "counties")."""
    head, _, last = phrase.rpartition(" ")
    if last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        last = last[:-1] + "ies"
    elif last:
        last += "s"
    return f"{head} {last}" if head else last


def count(n: Any, noun: Any) -> Message:
    """ "117 ấp" / "117 hamlets": ``n`` (a number or its written form) before ``noun``
    (a ``Term`` or a message naming one thing)."""
    return Count("{n} {noun}", n=n, noun=noun)


def _rebuild(cls, template: str, params: dict) -> Message:
    return cls(template, **params)


def msg(template: str, /, **params: Any) -> Message:
    """A sentence to show the user: ``template`` is Vietnamese with ``{name}`` fields."""
    return Message(template, **params)


def term(text: str, *, lower: bool = False) -> Term:
    """A word of data (a level name, a unit kind) translated when the catalogue has it;
    ``lower``: as the middle of a sentence writes it."""
    return Term(text, lower=lower)


def N_(template: str) -> str:  # noqa: N802 (the name gettext gave this marker)
    """Marks a template kept in a table for ``msg`` later, so the catalogue finds it."""
    return template


def untranslated(sentence: Any, language: str) -> list[str]:
    """The templates of ``sentence`` (a message and the messages in its parameters) that
    have no ``language`` translation; a plain ``str`` is untranslated as a whole. Terms
    are data and pass as typed."""
    if isinstance(sentence, Term):
        return []
    if not isinstance(sentence, Message):
        return [str(sentence)]
    # A count's own template is only its number and noun: its noun is what gets translated.
    found = [] if isinstance(sentence, Count) or translation(
        sentence.template, language, sentence.context) is not None else [sentence.template]
    for value in sentence.params.values():
        parts = value if isinstance(value, list | tuple) else [value]
        found += [t for part in parts if isinstance(part, Message)
                  for t in untranslated(part, language)]
    return found


def placeholders(template: str) -> set[str]:
    """The field names of a template ("{name}" -> "name")."""
    return {field.split(".")[0].split("[")[0]
            for _literal, field, _spec, _conv in _FORMATTER.parse(template) if field}
