"""Paper, orientation, margins and the two ways a map goes onto paper: fit on one page, or tiled at a
chosen scale across sheets for a wall poster. Pure geometry, shared by the PDF writer, the export
dialog's preview and the command line, so what the preview shows is what prints.

Units are points (1/72 inch), like the layout; sizes people type are in millimetres.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple

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
        raise PageSetupError(f'"{name}" is not a page size; use one of {names}, or WIDTHxHEIGHTmm such as 600x900mm')
    w, h = (float(match.group(i).replace(",", ".")) for i in (1, 2))
    for side in (w, h):
        if not MIN_SIDE_MM <= side <= MAX_SIDE_MM:
            raise PageSetupError(
                f"a custom page side of {side:g} mm cannot print; each side must be between "
                f"{MIN_SIDE_MM:g} and {MAX_SIDE_MM:.0f} mm"
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
    paper: str = "A4"
    landscape: bool = True
    margin_mm: float = 10.0
    mode: Mode = Mode.FIT
    scale_percent: float = 100.0
    overlap_mm: float = 10.0
    title_block: bool = True

    def __post_init__(self) -> None:
        paper_size(self.paper)
        if not 0 <= self.margin_mm <= 100:
            raise PageSetupError(f"a margin of {self.margin_mm:g} mm is outside 0 to 100 mm")
        if not 5 <= self.scale_percent <= 1000:
            raise PageSetupError(f"a scale of {self.scale_percent:g} % is outside 5 to 1000 %")
        if not 0 <= self.overlap_mm <= 50:
            raise PageSetupError(f"an overlap of {self.overlap_mm:g} mm is outside 0 to 50 mm")
        w, h = self.page_size
        if self.content_w < 72 or self.content_h < 72:
            raise PageSetupError(
                f"margins of {self.margin_mm:g} mm leave less than one inch to print on a "
                f"{w / MM:.0f} × {h / MM:.0f} mm page"
            )

    @property
    def page_size(self) -> tuple[float, float]:
        w, h = paper_size(self.paper)
        return (max(w, h), min(w, h)) if self.landscape else (min(w, h), max(w, h))

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
        """The sheets of a tiled poster in reading order; neighbours share `overlap_mm` of the map."""
        scale = self.scale_percent / 100
        window_w, window_h = self.content_w / scale, self.content_h / scale
        overlap = min(self.overlap_mm * MM / scale, window_w / 2, window_h / 2)
        columns = _count(map_w, window_w, overlap)
        rows = _count(map_h, window_h, overlap)
        if rows * columns > MAX_SHEETS:
            raise PageSetupError(
                f"at {self.scale_percent:g} % the map needs {rows * columns} sheets of {self.paper} "
                f"(more than {MAX_SHEETS}); choose a smaller scale or a larger paper"
            )
        return [
            Sheet(row, column, column * (window_w - overlap), row * (window_h - overlap), window_w, window_h)
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


def describe(setup: PageSetup) -> str:
    """"A3 landscape" or "600 × 900 mm portrait", for page labels and messages."""
    w, h = setup.page_size
    name = setup.paper if setup.paper.lower() in (p.lower() for p in PAPER_SIZES_MM) else f"{w / MM:.0f} × {h / MM:.0f} mm"
    return f"{name} {'landscape' if setup.landscape else 'portrait'}"
