"""The bundled DejaVu Sans, embedded in every PDF, and a guard against characters it cannot print.

reportlab prints a character the font lacks as nothing, silently. Every string goes through
`GlyphGuard.printable`, which swaps such a character for a visible box and remembers where it was,
so the export can say which text lost which character.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cjdesigner.export.font_files import BOLD_FILE, REGULAR_FILE
from cjdesigner.layout.metrics import bold_measure, measure  # noqa: F401  (the PDF measures as the canvas does)

REGULAR = "CJ-DejaVuSans"
BOLD = "CJ-DejaVuSans-Bold"
MISSING = "\u25a1"  # □
FONT_FILES = {REGULAR: REGULAR_FILE, BOLD: BOLD_FILE}


@lru_cache(maxsize=1)
def register_fonts() -> frozenset[int]:
    """Registers both faces once per process; returns the code points the regular face can print."""
    for name, file_name in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(file_name)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
    regular = pdfmetrics.getFont(REGULAR).face.charToGlyph
    bold = pdfmetrics.getFont(BOLD).face.charToGlyph
    return frozenset(code for code in regular if code in bold)


def font_name(bold: bool) -> str:
    return BOLD if bold else REGULAR


@dataclass
class GlyphGuard:
    """Replaces what the font cannot print and records it: {character: [where it was]}."""

    covered: frozenset[int]
    missing: dict[str, list[str]] = field(default_factory=dict)
    _seen: dict[str, str] = field(default_factory=dict)

    def printable(self, text: str, where: str = "") -> str:
        known = self._seen.get(text)
        if known is not None:
            return known
        result = text
        if any(ord(char) not in self.covered for char in text):
            result = "".join(self._replace(char, where) for char in text)
        self._seen[text] = result
        return result

    def _replace(self, char: str, where: str) -> str:
        if ord(char) in self.covered:
            return char
        if char in "\t\r\n" or unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp"):
            return " " if char in "\t\r\n" else ""
        places = self.missing.setdefault(char, [])
        if where and where not in places:
            places.append(where)
        return MISSING

    def sentences(self) -> list[str]:
        """One sentence per missing character, naming up to three places it occurs."""
        result = []
        for char, places in self.missing.items():
            name = unicodedata.name(char, "unnamed character")
            shown = "; ".join(places[:3]) + (f"; and {len(places) - 3} more places" if len(places) > 3 else "")
            where = f" in {shown}" if shown else ""
            result.append(f'the font has no glyph for "{char}" (U+{ord(char):04X} {name}){where}; it prints as {MISSING}')
        return result
