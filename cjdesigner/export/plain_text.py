"""Characters that XML (SVG, PPTX, XLSX) cannot hold: control characters other than tab and line
breaks. A map may carry them (pasted from a terminal, a CSV); an export leaves them out and says
which texts lost them, rather than writing a file no program opens."""

from __future__ import annotations

import re
from collections.abc import Iterator

CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
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


def named(texts: list[str]) -> str:
    return ", ".join(repr(text) for text in texts[:SHOWN])
