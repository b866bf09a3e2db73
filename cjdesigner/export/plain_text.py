"""Characters that XML (SVG, PPTX, XLSX) cannot hold: everything outside XML 1.0's Char production
(control characters other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF). A map may
carry them (pasted from a terminal, a CSV); an export leaves them out and says which texts lost them,
rather than writing a file no program opens."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cjdesigner.i18n import translate

# The complement of XML 1.0's Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
CONTROL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
SHOWN = 10


def strip_control(text: str) -> str:
    return CONTROL.sub("", text)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def texts_with_control(*parts: object) -> list[str]:
    """The texts of `parts` (models, dumped or not) holding a control character, as they will print
    (without it), cut to 40 characters: what a warning names."""
    found: list[str] = []
    for part in parts:
        dumped = part.model_dump() if hasattr(part, "model_dump") else part
        for text in _strings(dumped):
            if CONTROL.search(text):
                found.append(strip_control(text)[:40])
    return found


def readable(text: str) -> str:
    """A text as a sentence can quote it: line breaks and tabs as spaces, and characters that print
    as nothing (DEL, C1 controls) left out rather than shown as escapes."""
    return "".join(c if c.isprintable() else " " if c in "\t\n\r" else "" for c in strip_control(text))


def named(texts: list[str]) -> str:
    """The texts a warning names, each once, quoted as the catalogue quotes (“…” or « … »)."""
    quoted = translate("export", "“%1”")
    once = list(dict.fromkeys(readable(text) for text in texts))
    return ", ".join(quoted.replace("%1", text) for text in once[:SHOWN])
