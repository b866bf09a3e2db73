"""Fitting card text into a fixed box: wrap, shrink to a readable floor, then cut with an ellipsis.

Pure Python with a measuring function passed in, so the canvas (Qt font metrics) and the PDF
(reportlab string widths) make the same decisions and nothing ever spills out of a card.
"""

from __future__ import annotations

import re

from collections.abc import Callable
from dataclasses import dataclass

Measure = Callable[[str, float], float]  # (text, font size) -> width
ELLIPSIS = "…"
# Twice what a card shows at the smallest size (6 lines of about 75 of the narrowest letters).
MAX_FIT_CHARS = 1000


@dataclass(frozen=True)
class FittedText:
    lines: list[str]
    size: float
    cut: bool


# French typography: a line never starts with closing punctuation (or the narrow no-break space
# that comes before it) and never ends with an opening guillemet or bracket.
NO_LINE_START = frozenset("»)]}!?;:,.\u202f\u00a0›”’…")
NO_LINE_END = frozenset("«([{‹“")


def _unbreakable(paragraph: str) -> list[str]:
    """The paragraph's words, with each closing mark glued to the word before it and each
    opening mark to the word after it, so that a line break can never fall between them."""
    units: list[str] = []
    glue_next = False
    for word in paragraph.split(" "):
        if units and (glue_next or (word and word[0] in NO_LINE_START)):
            units[-1] = f"{units[-1]} {word}"
        else:
            units.append(word)
        glue_next = bool(word) and word[-1] in NO_LINE_END
    return units


def wrap(text: str, width: float, size: float, measure: Measure) -> list[str]:
    """Greedy word wrap that keeps punctuation with its word; a unit wider than the line is
    broken at its spaces, and a word wider than the line between characters."""
    lines: list[str] = []
    limit = _most_letters(width, size)
    for paragraph in text.split("\n"):
        current = ""
        for unit in _unbreakable(paragraph):
            candidate = f"{current} {unit}" if current else unit
            if len(candidate) <= limit and measure(candidate, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
                current = ""
            if len(unit) <= limit and measure(unit, size) <= width:
                current = unit
                continue
            for word in unit.split(" "):
                candidate = f"{current} {word}" if current else word
                if measure(candidate, size) <= width:
                    current = candidate
                    continue
                if current:
                    lines.append(current)
                while len(word) > 1 and (len(word) > limit or measure(word, size) > width):
                    cut = _longest_prefix(word, width, size, measure)
                    while cut > 1 and (word[cut] in NO_LINE_START or word[cut - 1] in NO_LINE_END):
                        cut -= 1
                    lines.append(word[:cut])
                    word = word[cut:]
                current = word
        lines.append(current)
    return lines


def _most_letters(width: float, size: float) -> int:
    """No letter is narrower than a fifth of an em, so no line holds more letters than this;
    measuring a longer word whole, line after line, would freeze on a pasted blob."""
    return int(width / (0.2 * size)) + 1


def _longest_prefix(word: str, width: float, size: float, measure: Measure) -> int:
    low, high = 1, max(1, min(len(word), _most_letters(width, size)))
    while low < high:
        middle = (low + high + 1) // 2
        if measure(word[:middle], size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def fit_text(
    text: str, width: float, height: float, measure: Measure, size: float = 10.0, floor: float = 7.5, leading: float = 1.2
) -> FittedText:
    text = " ".join(text.split(" ")).strip()
    overflow = len(text) > MAX_FIT_CHARS
    if overflow:  # no card shows that much; wrapping a pasted blob whole would freeze the window
        text = text[:MAX_FIT_CHARS]
    current = size
    while True:
        lines = wrap(text, width, current, measure)
        room = max(1, int(height // (current * leading)))
        if len(lines) <= room and not overflow:
            return FittedText(lines, current, False)
        if current - 0.5 < floor:
            break
        current -= 0.5
    kept = lines[:room]
    last = kept[-1].rstrip()
    while last and measure(last + ELLIPSIS, current) > width:
        last = last[:-1].rstrip()
    kept[-1] = last + ELLIPSIS
    return FittedText(kept, current, True)


_BREAKING_SPACE = re.compile(r"[^\S\u00a0\u202f]+")


def elide(text: str, width: float, size: float, measure: Measure) -> str:
    """One line of `text`, cut with an ellipsis when it is wider than `width`; runs of spaces and
    line breaks become one space, but a no-break space (French puts one before ":") stays."""
    text = _BREAKING_SPACE.sub(" ", text).strip()
    most = _most_letters(width, size)
    if len(text) <= most and measure(text, size) <= width:
        return text
    low, high = 0, min(len(text), most)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle].rstrip() + ELLIPSIS, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS if low else ""
