"""Text widths read straight from the bundled DejaVu Sans files, without Qt or reportlab.

The canvas and the PDF wrap, fit and elide text with this one `measure`, so a card's, a header's
or a legend's lines break at the same words on screen and in print. Widths are the fonts' own
advance widths (no kerning: the PDF has none and the canvas turns it off).
"""

from __future__ import annotations

import struct
from functools import lru_cache
from pathlib import Path

from cjdesigner.font_files import BOLD_FILE, REGULAR_FILE

# DejaVu Sans's ascent in ems (hhea ascender 1901 / 2048): where a line's baseline sits below its top.
ASCENT = 0.928


class FontWidths(dict[str, float]):
    """Advance widths in ems by character, filled on first use from the font's tables."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        data = path.read_bytes()
        tables = _tables(data)
        units = struct.unpack_from(">H", data, tables["head"] + 18)[0]
        metrics_count = struct.unpack_from(">H", data, tables["hhea"] + 34)[0]
        hmtx = tables["hmtx"]
        # hmtx holds (advance, left side bearing) pairs: every other number is an advance
        self.advances = [advance / units for advance in struct.unpack_from(f">{2 * metrics_count}H", data, hmtx)[::2]]
        self.glyphs = _cmap(data, tables["cmap"])
        if 0x20 in self.glyphs:  # a no-break space is as wide as a space, as the PDF prints it
            self.glyphs[0xA0] = self.glyphs[0x20]

    def __missing__(self, char: str) -> float:
        glyph = self.glyphs.get(ord(char), 0)
        width = self[char] = self.advances[min(glyph, len(self.advances) - 1)]
        return width


def _tables(data: bytes) -> dict[str, int]:
    count = struct.unpack_from(">H", data, 4)[0]
    result = {}
    for index in range(count):
        tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        result[tag.decode("latin-1")] = offset
    return result


def _cmap(data: bytes, cmap: int) -> dict[int, int]:
    """Character → glyph from the Unicode subtable (format 12 preferred over format 4)."""
    count = struct.unpack_from(">H", data, cmap + 2)[0]
    found: dict[int, int] = {}
    for index in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * index)
        if platform == 0 or (platform == 3 and encoding in (1, 10)):
            fmt = struct.unpack_from(">H", data, cmap + offset)[0]
            if fmt in (4, 12):
                found.setdefault(fmt, cmap + offset)
    if 12 in found:
        return _format_12(data, found[12])
    if 4 in found:
        return _format_4(data, found[4])
    return {}


def _format_4(data: bytes, at: int) -> dict[int, int]:
    segments = struct.unpack_from(">H", data, at + 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", data, at + 14)
    starts_at = at + 16 + 2 * segments
    starts = struct.unpack_from(f">{segments}H", data, starts_at)
    deltas = struct.unpack_from(f">{segments}h", data, starts_at + 2 * segments)
    offsets_at = starts_at + 4 * segments
    offsets = struct.unpack_from(f">{segments}H", data, offsets_at)
    result = {}
    for index, (start, end, delta, offset) in enumerate(zip(starts, ends, deltas, offsets)):
        for code in range(start, min(end, 0xFFFE) + 1):
            if offset == 0:
                glyph = (code + delta) & 0xFFFF
            else:
                where = offsets_at + 2 * index + offset + 2 * (code - start)
                glyph = struct.unpack_from(">H", data, where)[0]
                glyph = (glyph + delta) & 0xFFFF if glyph else 0
            if glyph:
                result[code] = glyph
    return result


def _format_12(data: bytes, at: int) -> dict[int, int]:
    groups = struct.unpack_from(">I", data, at + 12)[0]
    result = {}
    for index in range(groups):
        start, end, glyph = struct.unpack_from(">III", data, at + 16 + 12 * index)
        for code in range(start, end + 1):
            result[code] = glyph + code - start
    return result


@lru_cache(maxsize=2)
def widths(bold: bool) -> FontWidths:
    return FontWidths(BOLD_FILE if bold else REGULAR_FILE)


def measure(text: str, size: float, bold: bool = False) -> float:
    """The width of `text` at `size` points; summing cached widths through `map` keeps fitting
    5,000 cards' text fast."""
    return sum(map(widths(bold).__getitem__, text)) * size


def bold_measure(text: str, size: float) -> float:
    """`measure` in the bold face, shaped like textfit's Measure."""
    return measure(text, size, True)
