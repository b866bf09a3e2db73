"""Translatable sentences for the layers that import no Qt (model, io, export, the command line).

`translate(context, text, disambiguation, n)` both marks a sentence for extraction (lupdate reads
calls of that name) and returns it in the interface's language. The Qt layers install Qt's own
translator as the lookup (`install`), so a pure layer speaks whatever language the window speaks;
the command line installs a `Catalogue` read from the shipped `.ts` files, without Qt. Values go
into a translated sentence afterwards through `%1`, `%2` (`arg`), never by splicing fragments, and
`%n` with `n` picks the plural form the language needs.

`QT_TRANSLATE_NOOP(context, text)` only marks a sentence kept in a table, translated where it is
shown. `in_language` translates into a given language whatever the interface speaks: the names of
new stages, personas and copies are map content and follow the map's language. A table of such
words (`map_words`) is English sources marked for the catalogue, said in the language asked for:
the catalogue is the one place French lives, never a hand-written table beside it.
"""

from __future__ import annotations

import locale
import os
import re
import weakref
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import TypeVar

LANGUAGES = ("fr", "en")
K = TypeVar("K")
Lookup = Callable[[str, str, "str | None", int], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate extracts
    """Marks `text` for translation in `context`; returns it unchanged, to be translated when shown."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the interface's language (plural form chosen by `n`, which replaces `%n`)."""
    return _lookup(context, text, disambiguation, n)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A sentence with a count (`%n`): lupdate reads a plural form only from a call named tr, which it
    files under the empty context, so that is where it is looked up."""
    return _lookup("", text, disambiguation, n)


def arg(text: str, *values: object) -> str:
    """Fills `%1`, `%2`… of a translated sentence in one pass (a value holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m[1]) - 1]) if 0 < int(m[1]) <= len(values) else m[0], text)


def problem(where: object, sentence: object, warning: bool = False) -> str:
    """A line on stderr about a file: `FILE: error: sentence` (`FICHIER : erreur : phrase` in French,
    as argparse's own errors and git say it). A script that reads these sets LC_ALL=C, as for git."""
    if warning:
        return arg(translate("cli", "%1: warning: %2"), where, sentence)
    return arg(translate("cli", "%1: error: %2"), where, sentence)


class Sentence:
    """A sentence kept as its source text and values, said in whichever language is asked: a refusal
    or the name of a change reaches a phone, a merge or the window, each in its own language."""

    __slots__ = ("context", "text", "values", "n")

    def __init__(self, context: str, text: str, values: tuple[object, ...] = (), n: int = -1) -> None:
        self.context, self.text, self.values, self.n = context, text, tuple(values), n

    def say(self, language: str | None = None) -> str:
        """In `language` ("fr", "en"), or the interface's when None; values that are sentences too
        are said in the same language."""
        said = translate(self.context, self.text, None, self.n) if language is None else in_language(language, self.context, self.text, self.n)
        values = [v.say(language) if isinstance(v, Sentence) else v for v in self.values]
        return arg(said, *values) if values else said

    def __str__(self) -> str:
        return self.say()

    def __repr__(self) -> str:
        return f"Sentence({self.context!r}, {self.text!r}, {self.values!r}, {self.n})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sentence) and (self.context, self.text, self.values, self.n) == (other.context, other.text, other.values, other.n)

    def __hash__(self) -> int:
        return hash((self.context, self.text, self.values, self.n))


def install(lookup: Lookup, language: str | None = None) -> Lookup:
    """Makes `translate` answer through `lookup` (Qt's translators in the app, a Catalogue elsewhere);
    returns the lookup it replaces, for a caller that speaks another language only for a while.
    `language` (a Catalogue knows its own) is the one numbers are then written in (`spoken_language`)."""
    global _lookup
    previous, _lookup = _lookup, lookup
    _spoken[lookup] = language or getattr(lookup, "language", "en")
    return previous


def spoken_language() -> str:
    """"fr" or "en": the language `translate` answers in, which the interface's numbers follow too."""
    return _spoken.get(_lookup, "en")


def number(value: float, language: str | None = None, decimals: int | None = None) -> str:
    """48 000 and 6,5 in French (narrow no-break space between thousands, decimal comma), 48,000 and
    6.5 in English; a true minus sign. Without `decimals`, whole numbers show none and others up to two.
    Without `language`, the interface's: every number a window, the command line or an error sentence
    shows goes through here (the map's numbers too, in the map's language), in every layer."""
    language = language or spoken_language()
    text = f"{abs(value):,.{2 if decimals is None else decimals}f}"
    if decimals is None:
        text = text.rstrip("0").rstrip(".")
    if language == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return ("\u2212" if value < 0 and text.strip("0,.\u202f") else "") + text


def system_language() -> str:
    """"fr" or "en" from the environment as POSIX reads it (LC_ALL, LC_MESSAGES, LANG)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return "fr" if value.lower().startswith("fr") else "en"
    guess = (locale.getlocale()[0] or "").lower()
    return "fr" if guess.startswith("fr") else "en"


class Catalogue:
    """The finished translations of one language, read from its `.ts` file (XML, no Qt needed)."""

    def __init__(self, language: str, messages: dict[tuple[str, str, str], list[str]]) -> None:
        self.language = language
        self.messages = messages

    def __call__(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        forms = self.messages.get((context, text, disambiguation or ""))
        if forms:
            index = 0 if len(forms) == 1 or n < 0 else plural_form(self.language, n)
            text = forms[min(index, len(forms) - 1)]
        if n < 0:
            return text
        # %Ln, as Qt reads it: the count in the language's digits (5 000, 5,000), as `number` writes it.
        return text.replace("%Ln", number(n, self.language)).replace("%n", str(n))


def plural_form(language: str, n: int) -> int:
    """Which numerus form a language uses for `n`: French puts 0 and 1 in the singular."""
    if language == "fr":
        return 0 if n in (0, 1) else 1
    return 0 if n == 1 else 1


@lru_cache(maxsize=None)
def catalogue(language: str) -> Catalogue:
    """The shipped catalogue of `language`; an empty one (English source text) when none is found.
    Read straight from the package (even a zipped one): this module stands below everything, the
    model included, so it cannot ask `resources.py`, which knows the model's icon names."""
    import importlib.resources

    try:
        data = (importlib.resources.files("cjdesigner") / "translations" / f"cjdesigner_{language}.ts").read_bytes()
    except (ModuleNotFoundError, OSError):
        return Catalogue(language, {})
    return Catalogue(language, read_ts(data))


def read_ts(data: bytes) -> dict[tuple[str, str, str], list[str]]:
    """Finished messages of a `.ts` file: (context, source, disambiguation) → its forms."""
    import xml.etree.ElementTree as ET  # only a language other than English reads a catalogue

    messages: dict[tuple[str, str, str], list[str]] = {}
    for context in ET.fromstring(data).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            if any(forms):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                messages[key] = forms
    return messages


def in_language(language: str, context: str, text: str, n: int = -1) -> str:
    """`text` in `language` whatever the interface speaks: for names that are map content. A map in
    the interface's language asks the installed lookup (Qt's compiled translator in the app), so
    painting a map does not first parse a whole catalogue."""
    if language == spoken_language():
        return _lookup(context, text, None, n)
    return catalogue(language)(context, text, None, n)


_spoken: weakref.WeakKeyDictionary[Lookup, str] = weakref.WeakKeyDictionary()
_lookup: Lookup = lambda context, text, disambiguation=None, n=-1: catalogue("en")(context, text, disambiguation, n)  # noqa: E731


def _code(language: str) -> str:
    """"fr" for "fr" and for the model's Language.FR alike (this module stands below the model)."""
    return str(getattr(language, "value", language))


class MapWord:
    """One word or sentence of map content, said in the map's language: `word[language]`; `values()`
    are its forms in every language (to recognise a lane title typed in either, for instance)."""

    __slots__ = ("context", "source")

    def __init__(self, context: str, source: str) -> None:
        self.context, self.source = context, source

    def __getitem__(self, language: str) -> str:
        return in_language(_code(language), self.context, self.source)

    def values(self) -> tuple[str, ...]:
        return tuple(self[language] for language in LANGUAGES)


class MapWordList:
    """Several words said together in the map's language (a table's column headers, the months)."""

    __slots__ = ("words",)

    def __init__(self, context: str, sources: tuple[str, ...]) -> None:
        self.words = tuple(MapWord(context, source) for source in sources)

    def __getitem__(self, language: str) -> tuple[str, ...]:
        return tuple(word[language] for word in self.words)


def map_words(context: str, table: Mapping[K, str]) -> dict[K, MapWord]:
    """A table of map words whose English sources are marked QT_TRANSLATE_NOOP(context, …)."""
    return {key: MapWord(context, source) for key, source in table.items()}
