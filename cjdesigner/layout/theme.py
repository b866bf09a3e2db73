"""How a map is painted for where it is seen, and the one text primitive every drawing uses:
the pieces that the map's drawing, its chart lanes, its coverage row and the matrix all build on,
so none of them has to import another to draw."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from cjdesigner import colours

WHITE = "#FFFFFF"
SELECTION = "#1565C0"
MATCH = "#F57C00"
CANVAS = "#F7F8FA"
CARD_BORDER_W = 1.0
GRID_W = 0.8
CURVE_W = 2.2
MARKER_BORDER_W = 1.2


@dataclass(frozen=True, slots=True)
class Theme:
    """How a map is painted for where it is seen: every colour and stroke width of the drawing, and
    the smallest size card text may shrink to before it is cut. A theme is a record, so a new one
    (for a projector, say) is a new value, not new drawing code.

    `tinted` paints cells, cards and lane headers in their lanes' colours; without it they are
    paper with ink borders, which a washed-out projector cannot fade."""

    name: str
    ink: str
    muted: str
    grid: str
    canvas: str
    paper: str
    selection: str
    match: str
    severity_on: str
    severity_off: str
    sentiment: tuple[tuple[str, str], ...]  # (sentiment value, colour)
    tinted: bool
    card_border_w: float
    grid_w: float
    curve_w: float
    marker_border_w: float
    selection_w: float
    min_text: float

    def sentiment_colour(self, kind: str) -> str:
        return dict(self.sentiment)[kind]


NORMAL = Theme(
    "normal", colours.INK, colours.MUTED, colours.GRID, CANVAS, WHITE, SELECTION, MATCH,
    colours.SEVERITY_ON, colours.SEVERITY_OFF, tuple((s.value, c) for s, c in colours.SENTIMENT.items()),
    tinted=True, card_border_w=CARD_BORDER_W, grid_w=GRID_W, curve_w=CURVE_W, marker_border_w=MARKER_BORDER_W,
    selection_w=2.5, min_text=7.5,
)
# Black on white, lines about twice as thick, card text never under 9 pt; selection and search
# matches keep a colour of their own (both at least 7:1 on white) and a thicker outline.
HIGH_CONTRAST = Theme(
    "high-contrast", "#000000", "#000000", "#000000", "#FFFFFF", "#FFFFFF", "#0038A8", "#8F2A00",
    "#000000", "#8C8C8C", tuple((s.value, c) for s, c in colours.SENTIMENT_HIGH_CONTRAST.items()),
    tinted=False, card_border_w=2.0, grid_w=1.5, curve_w=3.5, marker_border_w=2.0, selection_w=4.0, min_text=9.0,
)
THEMES = {theme.name: theme for theme in (NORMAL, HIGH_CONTRAST)}


class TextLine(NamedTuple):
    """One line of text whose left end of the baseline is at (x, baseline)."""

    text: str
    x: float
    baseline: float
    size: float
    bold: bool
    colour: str
