"""How big a map may grow, and which values a map may hold at all.

The limits keep every map cjdesigner accepts quick to open: the canvas builds one cell per stage
and lane, so the grid is bounded, and the card limit leaves room for the largest maps people
make (workshops of 20,000 cards). They are checked on load and after every edit, so an edit can
never make a map that will not open again.
"""

from __future__ import annotations

import math
from typing import Any

from cjdesigner.i18n import QT_TRANSLATE_NOOP, arg, number, translate

MAX_JOURNEYS = 100
MAX_PERSONAS = 200
MAX_STAGES = 200  # per journey
MAX_PATHS_PER_FORK = 8  # more alternatives than this no longer read side by side on a poster
MAX_LANES = 100  # per journey; with MAX_STAGES at most 20,000 cells
MAX_CARDS = 50_000  # per journey
MAX_TOTAL_CARDS = 100_000  # in all the journeys of a map
# A spreadsheet's rows: a header, then a row per card, and rows declaring an empty stage or lane.
# More cannot make a map, so an import stops reading there.
MAX_IMPORT_ROWS = 1 + MAX_CARDS + MAX_STAGES + MAX_LANES
MAX_EMOTION_POINTS = MAX_STAGES * MAX_PERSONAS  # one per stage and persona at most
MAX_VOTES = 1_000_000
# A metric's value and target: any measure a team tracks (visitors, euros, seconds), kept to
# numbers a spreadsheet shows exactly. A frequency counts people met, out of a survey at most this big.
MAX_MEASURE = 1e15
MAX_RESPONDENTS = 1_000_000_000
MAX_UNIT_LENGTH = 24
# Positions run 0..n-1 in a cell (an invariant); the field's own bound only keeps any value within
# what a widget holds, so that importers may number cards before the card limit is checked.
MAX_POSITION = 2**31 - 1

# Collection name -> (the limit, the whole sentence a person reads: %1 the count, %2 the limit).
COLLECTION_LIMITS: dict[str, tuple[int, str]] = {
    "journeys": (MAX_JOURNEYS, QT_TRANSLATE_NOOP("messages", "has %1 journeys; a map holds at most %2, so that it stays quick to open")),
    "personas": (MAX_PERSONAS, QT_TRANSLATE_NOOP("messages", "has %1 personas; a map holds at most %2, so that it stays quick to open")),
    "stages": (MAX_STAGES, QT_TRANSLATE_NOOP("messages", "has %1 stages; a journey holds at most %2, so that it stays quick to open")),
    "lanes": (MAX_LANES, QT_TRANSLATE_NOOP("messages", "has %1 lanes; a journey holds at most %2, so that it stays quick to open")),
    "cards": (MAX_CARDS, QT_TRANSLATE_NOOP("messages", "has %1 cards; a journey holds at most %2, so that it stays quick to open")),
    "emotion_points": (MAX_EMOTION_POINTS, QT_TRANSLATE_NOOP(
        "messages", "has %1 emotion points; a journey holds at most %2, so that it stays quick to open")),
}

# A message names at most this many problems and counts the rest, and quotes at most this many
# characters of any one value: a file of a million bad rows still gets a sentence a person reads.
MAX_LISTED_PROBLEMS = 10
MAX_QUOTED_CHARS = 60

# Integers anywhere in a map, unknown fields included, fit in 64 bits like every other tool's.
LARGEST_INTEGER = 2**63 - 1

BROKEN_TEXT = QT_TRANSLATE_NOOP("messages", "holds a broken character (a lone UTF-16 surrogate, such as \\ud800) that cannot be saved; retype or remove it")


def too_many(collection: str, count: int) -> str | None:
    """The sentence refusing `count` items in `collection`, or None when they fit."""
    limit, sentence = COLLECTION_LIMITS[collection]
    if count <= limit:
        return None
    return arg(translate("messages", sentence), number(count), number(limit))


def too_many_in_all(count: int) -> str | None:
    if count <= MAX_TOTAL_CARDS:
        return None
    return arg(translate("messages", "has %1 cards in all its journeys; a map holds at most %2, so that it stays quick to open"),
               number(count), number(MAX_TOTAL_CARDS))


def is_sound_text(text: str) -> bool:
    """False for text holding lone surrogates, which no UTF-8 file can store."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def unsound_value(value: Any) -> tuple[str, str] | None:
    """The first value a file cannot hold inside a field we do not know, as (sub-path, sentence)."""
    stack: list[tuple[str, Any]] = [("", value)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, bool) or node is None:
            continue
        if isinstance(node, str):
            if not is_sound_text(node):
                return path, translate("messages", BROKEN_TEXT)
        elif isinstance(node, int):
            if abs(node) > LARGEST_INTEGER:
                return path, translate("messages", "is a whole number too large for a map (at most 19 digits)")
        elif isinstance(node, float):
            if not math.isfinite(node):
                return path, translate("messages", "is not a finite number; a map may hold only finite numbers")
        elif isinstance(node, dict):
            for key, child in node.items():
                if not isinstance(key, str) or not is_sound_text(key):
                    return path, translate("messages", "has a key that is not sound text")
                stack.append((f"{path}.{key}", child))
        elif isinstance(node, (list, tuple)):
            stack.extend((f"{path}[{i}]", child) for i, child in enumerate(node))
        else:
            return path, translate("messages", "holds a value that is not JSON (text, number, true/false, null, list or object)")
    return None
