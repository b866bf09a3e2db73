"""Paper, orientation, margins and the two ways a map goes onto paper: fit on one page, or tiled at a
chosen scale across sheets for a wall poster. Pure geometry, shared by the PDF writer, the export
dialog's preview and the command line, so what the preview shows is what prints.

Units are points (1/72 inch), like the layout; sizes people type are in millimetres.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from enum import Enum
from typing import NamedTuple

from cjdesigner.i18n import arg, translate
from cjdesigner.layout.charts import format_number

MM = 72 / 25.4

# Portrait width × height in millimetres.
PAPER_SIZES_MM: dict[str, tuple[float, float]] = {
    "A4": (210, 297),
    "A3": (297, 420),
    "A2": (420, 594),
    "A1": (594, 841),
    "A0": (841, 1189),
    "Letter": (215.9, 279.4),
    "Legal": (215.9, 355.6),
    "Tabloid": (279.4, 431.8),
}
# A PDF page may not exceed 14,400 units (200 inches) on a side; under 50 mm nothing readable fits.
MIN_SIDE_MM = 50.0
MAX_SIDE_MM = 14400 / MM
MAX_SHEETS = 400
TITLE_BLOCK_H = 34.0
TILE_LABEL_H = 18.0
MAX_SHEETS_WIDE = 50
# Card text starts at 10 pt on the map (textfit.fit_text); below 6 pt on paper it is hard to read.
CARD_TEXT_PT = 10.0
MIN_READABLE_PT = 6.0
ISO_PAPERS = ("A4", "A3", "A2", "A1", "A0")

_CUSTOM = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*[x×*]\s*(\d+(?:[.,]\d+)?)\s*(mm)?\s*$", re.IGNORECASE)


class PageSetupError(ValueError):
    """A page setup that cannot print; the message is a sentence for the user."""


class Mode(str, Enum):
    FIT = "fit"
    TILE = "tile"


def paper_size(name: str) -> tuple[float, float]:
    """The portrait size in points of "A3", "letter" or "420x594mm"."""
    for known, (w, h) in PAPER_SIZES_MM.items():
        if name.strip().lower() == known.lower():
            return (w * MM, h * MM)
    match = _CUSTOM.match(name)
    if match is None:
        names = ", ".join(PAPER_SIZES_MM)
        raise PageSetupError(arg(translate("page", '"%1" is not a page size; use one of %2, or WIDTHxHEIGHTmm such as 600x900mm'), name, names))
    w, h = (float(match.group(i).replace(",", ".")) for i in (1, 2))
    for side in (w, h):
        if not MIN_SIDE_MM <= side <= MAX_SIDE_MM:
            raise PageSetupError(
                arg(translate("page", "a custom page side of %1 mm cannot print; each side must be between %2 and %3 mm"),
                    format_number(side), format_number(MIN_SIDE_MM), format_number(MAX_SIDE_MM, decimals=0))
            )
    return (w * MM, h * MM)


class Sheet(NamedTuple):
    """One printed sheet of a tiled poster and the part of the map it shows (map points)."""

    row: int
    column: int
    x: float
    y: float
    w: float
    h: float

    @property
    def label(self) -> str:
        """"B3": the row as a letter and the column as a number, as on a street map."""
        return f"{row_letters(self.row)}{self.column + 1}"


def row_letters(row: int) -> str:
    letters = ""
    row += 1
    while row:
        row, rest = divmod(row - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class Placement(NamedTuple):
    """Where the map's drawing sits on a page: `scale` map points per page point, origin at the
    top-left of the drawn area in page points measured from the top-left of the page."""

    scale: float
    left: float
    top: float


@dataclass(frozen=True)
class PageSetup:
    """`landscape` None lets the map choose (see `for_map`); `sheets_wide` set makes a poster that
    many sheets across, at the scale that takes, instead of at `scale_percent`."""

    paper: str = "A4"
    landscape: bool | None = None
    margin_mm: float = 10.0
    mode: Mode = Mode.FIT
    scale_percent: float = 100.0
    overlap_mm: float = 10.0
    title_block: bool = True
    sheets_wide: int | None = None

    def __post_init__(self) -> None:
        paper_size(self.paper)
        if self.sheets_wide is not None and not 1 <= self.sheets_wide <= MAX_SHEETS_WIDE:
            raise PageSetupError(arg(translate("page", "a poster %1 sheets wide is outside 1 to %2 sheets"), format_number(self.sheets_wide), format_number(MAX_SHEETS_WIDE)))
        if not 0 <= self.margin_mm <= 100:
            raise PageSetupError(arg(translate("page", "a margin of %1 mm is outside 0 to 100 mm"), format_number(self.margin_mm)))
        if not 5 <= self.scale_percent <= 1000:
            raise PageSetupError(arg(translate("page", "a scale of %1% is outside %2% to %3%"), format_number(self.scale_percent), format_number(5), format_number(1000)))
        if not 0 <= self.overlap_mm <= 50:
            raise PageSetupError(arg(translate("page", "an overlap of %1 mm is outside 0 to 50 mm"), format_number(self.overlap_mm)))
        w, h = self.page_size
        if self.content_w < 72 or self.content_h < 72:
            raise PageSetupError(
                arg(translate("page", "margins of %1 mm leave less than one inch to print on a %2 × %3 mm page"),
                    format_number(self.margin_mm), format_number(w / MM, decimals=0), format_number(h / MM, decimals=0))
            )

    @property
    def page_size(self) -> tuple[float, float]:
        """Landscape while the orientation is left to the map and no map has chosen it yet."""
        w, h = paper_size(self.paper)
        return (max(w, h), min(w, h)) if self.landscape is not False else (min(w, h), max(w, h))

    def for_map(self, map_w: float, map_h: float) -> PageSetup:
        """This setup made definite for a map: the orientation that suits it when none was chosen
        (the larger print on one page; the fewer sheets, then the larger print, then the map's own
        shape, on a poster), and
        the scale a poster `sheets_wide` sheets across takes. Raises PageSetupError when the
        result cannot print."""
        if self.landscape is None:
            options = [replace(self, landscape=True), replace(self, landscape=False)]
            resolved = [option.for_map(map_w, map_h) for option in options if option._prints(map_w, map_h)]
            if not resolved:
                return options[0].for_map(map_w, map_h)  # raises the landscape setup's sentence
            tall = map_h > map_w
            return min(resolved, key=lambda s: (s.sheet_count(map_w, map_h), -s.map_scale(map_w, map_h), s.landscape == tall))
        if self.mode != Mode.TILE or self.sheets_wide is None:
            return self
        overlap = min(self.overlap, self.content_w / 2, self.content_h / 2)
        across = self.sheets_wide * self.content_w - (self.sheets_wide - 1) * overlap
        percent = math.floor(across / map_w * 1000) / 10  # rounded down, so the map stays that many sheets wide
        if not 5 <= percent <= 1000:
            raise PageSetupError(
                arg(translate("page", "a poster %1 sheets of %2 wide would print the map at %3%, "
                              "outside %4% to %5%; choose another number of sheets or another paper"),
                    format_number(self.sheets_wide), describe(self), format_number(percent), format_number(5), format_number(1000))
            )
        return replace(self, scale_percent=percent)

    def _prints(self, map_w: float, map_h: float) -> bool:
        try:
            self.for_map(map_w, map_h).sheet_count(map_w, map_h)
        except PageSetupError:
            return False
        return True

    def map_scale(self, map_w: float, map_h: float) -> float:
        """Page points per map point: the fit on one page, or the poster's scale."""
        return self.fit(map_w, map_h).scale if self.mode == Mode.FIT else self.scale_percent / 100

    def sheet_count(self, map_w: float, map_h: float) -> int:
        """Pages the map itself takes (one, or the poster's sheets); raises beyond MAX_SHEETS."""
        return 1 if self.mode == Mode.FIT else len(self.sheets(map_w, map_h))

    def card_text_pt(self, map_w: float, map_h: float) -> float:
        """The size card text prints at."""
        return CARD_TEXT_PT * self.map_scale(map_w, map_h)

    @property
    def margin(self) -> float:
        return self.margin_mm * MM

    @property
    def content_w(self) -> float:
        return self.page_size[0] - 2 * self.margin

    @property
    def content_h(self) -> float:
        """The height left for the map once margins and, on fit pages, the title block are taken."""
        footer = TITLE_BLOCK_H if self.title_block and self.mode == Mode.FIT else TILE_LABEL_H if self.mode == Mode.TILE else 0
        return self.page_size[1] - 2 * self.margin - footer

    def fit(self, map_w: float, map_h: float) -> Placement:
        """The whole map on one page, as large as it goes, centred across and set at the top."""
        scale = min(self.content_w / map_w, self.content_h / map_h)
        left = self.margin + (self.content_w - map_w * scale) / 2
        return Placement(scale, left, self.margin)

    def sheets(self, map_w: float, map_h: float) -> list[Sheet]:
        """The sheets of a tiled poster in reading order; neighbours share `overlap_mm` of the map.

        The map is centred on the grid of sheets, as a print shop does: the paper left over is
        shared between the first and the last row and column, so no edge sheet carries a mere
        strip of the map (each carries at least half its width of it)."""
        scale = self.scale_percent / 100
        window_w, window_h = self.content_w / scale, self.content_h / scale
        overlap = min(self.overlap_mm * MM / scale, window_w / 2, window_h / 2)
        columns = _count(map_w, window_w, overlap)
        rows = _count(map_h, window_h, overlap)
        if rows * columns > MAX_SHEETS:
            raise PageSetupError(
                arg(translate("page", "at %1 % the map needs %2 sheets of %3 (more than %4); choose a smaller scale or a larger paper"),
                    format_number(self.scale_percent), rows * columns, self.paper, MAX_SHEETS)
            )
        left = (window_w + (columns - 1) * (window_w - overlap) - map_w) / 2
        top = (window_h + (rows - 1) * (window_h - overlap) - map_h) / 2
        return [
            Sheet(row, column, column * (window_w - overlap) - left, row * (window_h - overlap) - top, window_w, window_h)
            for row in range(rows)
            for column in range(columns)
        ]

    @property
    def overlap(self) -> float:
        return self.overlap_mm * MM


def _count(length: float, window: float, overlap: float) -> int:
    if length <= window:
        return 1
    return 1 + math.ceil((length - window) / (window - overlap) - 1e-9)


class TextAdvice(NamedTuple):
    """Card text would print too small to read: its size, the smallest ISO paper and the narrowest
    poster (sheets of the chosen paper) that print it at MIN_READABLE_PT or more, and a sentence."""

    points: float
    paper: str | None
    sheets_wide: int | None
    sentence: str


def text_advice(setup: PageSetup, map_w: float, map_h: float, cards: int) -> TextAdvice | None:
    """None when card text prints at a readable size under `setup` (as given, before `for_map`), or
    when the map has no `cards`: an empty template has no text to be too small."""
    if cards == 0:
        return None
    points = setup.for_map(map_w, map_h).card_text_pt(map_w, map_h)
    if points >= MIN_READABLE_PT:
        return None
    paper = None
    if setup.mode == Mode.FIT:
        paper = next((name for name in ISO_PAPERS if _readable(replace(setup, paper=name), map_w, map_h)), None)
    poster = replace(setup, mode=Mode.TILE)
    wide = next((n for n in range(2, MAX_SHEETS_WIDE + 1) if _readable(replace(poster, sheets_wide=n), map_w, map_h)), None)
    # Rounded down: 5.96 pt said as "6.0 pt" would contradict "prints it at 6 pt or more".
    shown, readable = format_number(math.floor(points * 10) / 10, decimals=1), format_number(MIN_READABLE_PT)
    if paper and wide:
        sentence = arg(translate("page", "Card text would print at %1 pt. %2 or a poster %3 sheets wide prints it at %4 pt or more."),
                       shown, paper, wide, readable)
    elif paper:
        sentence = arg(translate("page", "Card text would print at %1 pt. %2 prints it at %3 pt or more."), shown, paper, readable)
    elif wide:
        sentence = arg(translate("page", "Card text would print at %1 pt. A poster %2 sheets wide prints it at %3 pt or more."), shown, wide, readable)
    else:
        sentence = arg(translate("page", "Card text would print at %1 pt. Print fewer stages or lanes, or choose a larger paper."), shown)
    return TextAdvice(points, paper, wide, sentence)


def _readable(setup: PageSetup, map_w: float, map_h: float) -> bool:
    try:
        return setup.for_map(map_w, map_h).card_text_pt(map_w, map_h) >= MIN_READABLE_PT and setup._prints(map_w, map_h)
    except PageSetupError:
        return False


def describe(setup: PageSetup) -> str:
    """"A3 landscape" or "600 × 900 mm portrait", for page labels and messages."""
    w, h = setup.page_size
    name = setup.paper if setup.paper.lower() in (p.lower() for p in PAPER_SIZES_MM) else f"{format_number(w / MM, decimals=0)} × {format_number(h / MM, decimals=0)} mm"
    return arg(translate("page", "%1 landscape") if setup.landscape else translate("page", "%1 portrait"), name)
