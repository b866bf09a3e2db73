"""Reading exported PDFs back, the way a reader or a search engine would."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def squeezed(text: str) -> str:
    """Text without any whitespace, so words wrapped over lines still match."""
    return re.sub(r"\s+", "", text)


def page_text(data: bytes, page: int = 0) -> str:
    return reader(data).pages[page].extract_text()


def all_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in reader(data).pages)


def fonts(data: bytes) -> dict[str, dict]:
    """Every font used on any page or in any form on it: {base name: font dictionary}."""
    found: dict[str, dict] = {}

    def visit(resources) -> None:
        resources = resources.get_object()
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
        for xobject in resources.get("/XObject", {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
                visit(xobject["/Resources"])

    for page in reader(data).pages:
        visit(page["/Resources"])
    return found


def font_sizes(data: bytes, page: int = 0) -> list[float]:
    sizes: list[float] = []

    def visitor(text, cm, tm, font, size):
        if text.strip():
            sizes.append(size * abs(tm[0]))

    reader(data).pages[page].extract_text(visitor_text=visitor)
    return sizes
