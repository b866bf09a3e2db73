"""Colours for reportlab, converted from the hex values the drawing description gives: no colour
rule lives here, so the printed map matches the screen."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.colors import Color, HexColor

from cjdesigner import colours
from cjdesigner.layout.drawing import WHITE as WHITE_HEX


@lru_cache(maxsize=1024)
def colour(hex_colour: str) -> Color:
    return HexColor(hex_colour)


INK = colour(colours.INK)
MUTED = colour(colours.MUTED)
GRID = colour(colours.GRID)
WHITE = colour(WHITE_HEX)
