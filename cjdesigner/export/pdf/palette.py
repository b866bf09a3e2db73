"""The canvas's colours, computed without Qt so the printed map matches the screen.

`lighter` and `darker` follow QColor's HSV rules, which the canvas uses for cells and borders.
"""

from __future__ import annotations

import colorsys
from functools import lru_cache

from reportlab.lib.colors import Color, HexColor

from cjdesigner.model.document import Card, Lane
from cjdesigner import colours
from cjdesigner.model.vocabulary import LANE_COLOURS

INK = HexColor(colours.INK)
MUTED = HexColor(colours.MUTED)
GRID = HexColor(colours.GRID)
WHITE = HexColor("#FFFFFF")
SEVERITY_ON = HexColor(colours.SEVERITY_ON)
SEVERITY_OFF = HexColor(colours.SEVERITY_OFF)
SENTIMENT = {sentiment: HexColor(hex_colour) for sentiment, hex_colour in colours.SENTIMENT.items()}


def _hsv(hex_colour: str) -> tuple[float, float, float]:
    value = int(hex_colour[1:], 16)
    return colorsys.rgb_to_hsv((value >> 16) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255)


def _hex(h: float, s: float, v: float) -> str:
    r, g, b = colorsys.hsv_to_rgb(h, s, v)
    return "#%02X%02X%02X" % (round(r * 255), round(g * 255), round(b * 255))


@lru_cache(maxsize=1024)
def lighter(hex_colour: str, factor: int) -> str:
    h, s, v = _hsv(hex_colour)
    v = v * factor / 100
    if v > 1:
        s = max(0.0, s - (v - 1))
        v = 1.0
    return _hex(h, s, v)


@lru_cache(maxsize=1024)
def darker(hex_colour: str, factor: int) -> str:
    h, s, v = _hsv(hex_colour)
    return _hex(h, s, v * 100 / factor)


@lru_cache(maxsize=1024)
def colour(hex_colour: str) -> Color:
    return HexColor(hex_colour)


def lane_hex(lane: Lane) -> str:
    return lane.colour or LANE_COLOURS[lane.kind]


def cell_fill(lane: Lane) -> Color:
    return colour(lighter(lane_hex(lane), 108))


def card_fill_hex(card: Card, lane: Lane | None) -> str:
    if card.colour:
        return card.colour
    return darker(lane_hex(lane), 103) if lane is not None else "#FFFFFF"


def is_dark(hex_colour: str) -> bool:
    """QColor.lightness() < 150, the canvas's rule for white text on a badge."""
    value = int(hex_colour[1:], 16)
    channels = ((value >> 16) & 255, (value >> 8) & 255, value & 255)
    return (max(channels) + min(channels)) / 2 < 150
