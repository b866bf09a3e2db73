"""The mark a stage header or a card shows when it opens a sub-journey: an arrow turning down
(drill down), drawn as a text line so that the screen, the print, the images and the projector
paint it as they paint any text, and the rectangle a click on it hits."""

from __future__ import annotations

from cjdesigner.layout.grid import CARD_W, Rect
from cjdesigner.layout.metrics import bold_measure
from cjdesigner.layout.theme import TextLine

MARK = "↳"
MARK_SIZE = 13.0
MARK_W = bold_measure(MARK, MARK_SIZE)
_PAD = 4.0  # the hit area reaches this far beyond the glyph, for a finger or a shaky hand
CARD_MARK_BASELINE = 14.0
STAGE_MARK_BASELINE = 27.0


def card_mark_x(has_confidence: bool) -> float:
    """Left of the confidence dot when the card has one, else in the top right corner."""
    return CARD_W - 8.0 - MARK_W - (14.0 if has_confidence else 0.0)


def card_mark(has_confidence: bool, colour: str) -> TextLine:
    return TextLine(MARK, card_mark_x(has_confidence), CARD_MARK_BASELINE, MARK_SIZE, True, colour)


def card_mark_rect(has_confidence: bool) -> Rect:
    """Where a click opens the sub-journey, relative to the card's top left corner."""
    return Rect(card_mark_x(has_confidence) - _PAD, 0.0, MARK_W + 2 * _PAD, CARD_MARK_BASELINE + _PAD)


def stage_mark(width: float, colour: str) -> TextLine:
    return TextLine(MARK, width - 8.0 - MARK_W, STAGE_MARK_BASELINE, MARK_SIZE, True, colour)


def stage_mark_rect(width: float) -> Rect:
    """Relative to the stage header's top left corner."""
    return Rect(width - 8.0 - MARK_W - _PAD, 6.0, MARK_W + 2 * _PAD, STAGE_MARK_BASELINE - 6.0 + _PAD)
