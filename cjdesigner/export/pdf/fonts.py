"""The bundled DejaVu Sans, embedded in every PDF, and a guard against characters it cannot print.

reportlab prints a character the font lacks as nothing, silently. Every string goes through
`GlyphGuard.printable`, which swaps such a character for a visible box and remembers where it was,
so the export can say which text lost which character. It also notes text in right-to-left
scripts, which reportlab sets left to right and, for Arabic, with unjoined letters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from cjdesigner.font_files import BOLD_FILE, REGULAR_FILE
from cjdesigner.layout.metrics import bold_measure, measure  # noqa: F401  (the PDF measures as the canvas does)

REGULAR = "CJ-DejaVuSans"
BOLD = "CJ-DejaVuSans-Bold"
MISSING = "\u25a1"  # □
FONT_FILES = {REGULAR: REGULAR_FILE, BOLD: BOLD_FILE}
# Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their presentation forms.
RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, but with characters beyond U+FFFF written as UTF-16 surrogate
    pairs, as the PDF standard asks: reportlab writes five hex digits, so a viewer copies 😀
    (U+1F600) out of the PDF as ὠ (U+1F60)."""
    text = _reportlab_cmap(fontname, subset)
    for index, code in enumerate(subset):
        if code > 0xFFFF:
            text = text.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>")
    return text


_reportlab_cmap = ttfonts.makeToUnicodeCMap


@lru_cache(maxsize=1)
def register_fonts() -> frozenset[int]:
    """Registers both faces once per process; returns the code points the regular face can print."""
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
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
    right_to_left: dict[str, list[str]] = field(default_factory=dict)  # {script: [where]}
    _seen: dict[str, str] = field(default_factory=dict)

    def printable(self, text: str, where: str = "") -> str:
        known = self._seen.get(text)
        if known is not None:
            return known
        result = text
        for match in RIGHT_TO_LEFT.finditer(text):
            script = unicodedata.name(match.group(), "ARABIC").split()[0].title()
            _note(self.right_to_left.setdefault(script, []), where)
        if not self.covered.issuperset(map(ord, text)):
            result = "".join(self._replace(char, where) for char in text)
        self._seen[text] = result
        return result

    def _replace(self, char: str, where: str) -> str:
        if ord(char) in self.covered:
            return char
        if char in "\t\r\n" or unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp"):
            return " " if char in "\t\r\n" else ""
        _note(self.missing.setdefault(char, []), where)
        return MISSING

    def sentences(self) -> list[str]:
        """One sentence per missing character, naming up to three places it occurs."""
        result = []
        for char, places in self.missing.items():
            code = f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed character')}"
            # a lone surrogate is half of a character: it cannot be shown, nor written to a terminal
            shown = code if unicodedata.category(char) == "Cs" else f'"{char}" ({code})'
            result.append(f"the font has no glyph for {shown}{_places(places)}; it prints as {MISSING}")
        for script, places in self.right_to_left.items():
            how = "left to right, in reverse reading order" + ("" if script == "Hebrew" else " and with unjoined letters")
            result.append(f"the PDF export cannot yet set right-to-left scripts: {script} text{_places(places)} prints {how}")
        return result


def whole_characters(text: str) -> str:
    """`text` with each lone surrogate (half of a character, which a JSON file can hold as
    "\\ud83d") replaced by U+FFFD: such text cannot be encoded for a PDF's properties or a terminal."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _note(places: list[str], where: str) -> None:
    where = whole_characters(where)
    if where and where not in places:
        places.append(where)


def _places(places: list[str]) -> str:
    """" in card "A"; card "B"; and 2 more places", naming up to three."""
    if not places:
        return ""
    more = f"; and {len(places) - 3} more places" if len(places) > 3 else ""
    return " in " + "; ".join(places[:3]) + more
