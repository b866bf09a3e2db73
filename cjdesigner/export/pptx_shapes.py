"""A slide's shapes written as DrawingML text, into the slide's part when the file is saved.

python-pptx builds each shape through dozens of property setters, each searching the shape's XML for
where its element goes: a 5,000-card deck took 35 s, 17 times its PDF. Here each shape is one
string filled from a template per kind (box, text box, open line), the same XML python-pptx wrote
(same ids, names, attributes), placed in the slide's shape tree as the deck is saved. python-pptx
still makes the presentation, its slides and their parts.

Positions and sizes are EMU; font sizes are hundredths of a point, as PowerPoint stores them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cjdesigner.export.plain_text import CONTROL

STYLE = (
    '<p:style><a:lnRef idx="1"><a:schemeClr val="accent1"/></a:lnRef><a:fillRef idx="3"><a:schemeClr val="accent1"/></a:fillRef>'
    '<a:effectRef idx="2"><a:schemeClr val="accent1"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></p:style>'
)
NO_TEXT = '<p:txBody><a:bodyPr rtlCol="0" anchor="ctr"/><a:lstStyle/><a:p><a:pPr algn="ctr"/></a:p></p:txBody>'
# MSO_SHAPE's preset geometry and the base of the name python-pptx gives an unnamed shape.
PRESETS = {
    "rect": "Rectangle", "roundRect": "Rounded Rectangle", "ellipse": "Oval",
    "diamond": "Diamond", "triangle": "Isosceles Triangle",
}
FONT = "DejaVu Sans"
DASH_NAMES = ("solid", "dash", "sysDot", "dashDot")  # in the order of colours.DASHES
_UNSAFE = re.compile("[&<>\"\n\t\r]")
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\t": "&#9;", "\r": ""}


def clean(text: str) -> str:
    """What XML can hold of a text: control characters (and carriage returns, which python-pptx
    wrote as a visible `_x000D_`) are left out."""
    return CONTROL.sub("", text).replace("\r", "")


def escaped(text: str) -> str:
    return _UNSAFE.sub(lambda match: _ESCAPES[match.group()], clean(text))


def font_size(points: float) -> int:
    """Hundredths of a point, rounded as python-pptx rounds `Pt(round(size, 1))`."""
    return int(max(1.0, round(points, 1)) * 12700) // 127


def colour(hex_colour: str) -> str:
    """Written into attributes unescaped: every colour is the model's `#RRGGBB` (checked on load) or the drawing's own."""
    return hex_colour.lstrip("#").upper()


@dataclass(frozen=True)
class Paragraph:
    text: str
    size: int  # hundredths of a point
    colour: str
    bold: bool = False


def paragraphs(text: str, size: float, hex_colour: str, bold: bool) -> list[Paragraph]:
    """One paragraph a line, all alike."""
    sz, rgb = font_size(size), colour(hex_colour)
    return [Paragraph(part, sz, rgb, bold) for part in text.split("\n")]


def _runs(lines: list[Paragraph], align: str) -> str:
    return "".join(
        f'<a:p><a:pPr algn="{align}"/><a:r><a:rPr sz="{p.size}" b="{int(p.bold)}"><a:solidFill><a:srgbClr val="{p.colour}"/></a:solidFill>'
        f'<a:latin typeface="{FONT}"/></a:rPr><a:t>{escaped(p.text)}</a:t></a:r></a:p>'
        for p in lines
    )


def _fill(fill: str | None) -> str:
    return "<a:noFill/>" if fill is None else f'<a:solidFill><a:srgbClr val="{colour(fill)}"/></a:solidFill>'


def _xfrm(x: int, y: int, w: int, h: int) -> str:
    return f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'


@lru_cache(maxsize=1)
def written_slide_part() -> type:
    """python-pptx's slide part, its shapes written as text after the slide's own (empty) shape tree
    when the file is saved: the shapes are neither parsed into python-pptx's tree nor serialized again."""
    from pptx.parts.slide import SlidePart

    class WrittenSlidePart(SlidePart):
        shapes_xml = b""

        @property
        def blob(self) -> bytes:
            return super().blob.replace(b"</p:spTree>", self.shapes_xml + b"</p:spTree>", 1)

    return WrittenSlidePart


class SlideShapes:
    """The shapes of one slide (made by `written_slide_part`), as text until `close` hands them to it."""

    def __init__(self, slide) -> None:
        self.slide = slide
        self.parts: list[str] = []
        self.next_id = slide.shapes._spTree.max_shape_id + 1

    def _id(self) -> int:
        shape_id = self.next_id
        self.next_id += 1
        return shape_id

    def box(self, prst: str, x: int, y: int, w: int, h: int, fill: str | None, line: str | None, line_w: int,
            name: str | None = None, text: str = NO_TEXT) -> None:
        """An autoshape (rectangle, rounded rectangle, oval…) with its fill, outline and text body."""
        shape_id = self._id()
        label = escaped(name) if name is not None else f"{PRESETS[prst]} {shape_id - 1}"
        adjust = '<a:gd name="adj" fmla="val 7000"/>' if prst == "roundRect" else ""
        outline = "<a:ln><a:noFill/></a:ln>" if line is None else f'<a:ln w="{line_w}"><a:solidFill><a:srgbClr val="{colour(line)}"/></a:solidFill></a:ln>'
        self.parts.append(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{label}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>{_xfrm(x, y, w, h)}'
            f'<a:prstGeom prst="{prst}"><a:avLst>{adjust}</a:avLst></a:prstGeom>{_fill(fill)}{outline}<a:effectLst/></p:spPr>{STYLE}{text}</p:sp>'
        )

    def label(self, x: int, y: int, w: int, h: int, lines: list[Paragraph], *, centre: bool = False, name: str | None = None) -> None:
        """A text box without margins, its text wrapped at its width and anchored at the top."""
        shape_id = self._id()
        label = escaped(name) if name is not None else f"TextBox {shape_id - 1}"
        self.parts.append(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{label}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr>{_xfrm(x, y, w, h)}'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody><a:bodyPr wrap="square" anchor="t" lIns="0" rIns="0" tIns="0" bIns="0">'
            f'<a:noAutofit/></a:bodyPr><a:lstStyle/>{_runs(lines, "ctr" if centre else "l")}</p:txBody></p:sp>'
        )

    def line(self, points: list[tuple[int, int]], hex_colour: str, width: int, dash: int, name: str | None = None) -> None:
        """An open polyline without fill, placed and sized as python-pptx's freeform builder does."""
        shape_id = self._id()
        label = escaped(name) if name is not None else f"Freeform {shape_id - 1}"
        xs, ys = [x for x, _ in points], [y for _, y in points]
        left, top = min(xs), min(ys)
        w, h = max(xs) - left, max(ys) - top
        path = f'<a:moveTo><a:pt x="{points[0][0] - left}" y="{points[0][1] - top}"/></a:moveTo>' + "".join(
            f'<a:lnTo><a:pt x="{x - left}" y="{y - top}"/></a:lnTo>' for x, y in points[1:]
        )
        self.parts.append(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{label}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>{_xfrm(left, top, w, h)}'
            '<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="l" t="t" r="r" b="b"/>'
            f'<a:pathLst><a:path w="{w}" h="{h}">{path}</a:path></a:pathLst></a:custGeom><a:noFill/>'
            f'<a:ln w="{width}"><a:solidFill><a:srgbClr val="{colour(hex_colour)}"/></a:solidFill><a:prstDash val="{DASH_NAMES[dash]}"/></a:ln>'
            f"<a:effectLst/></p:spPr>{STYLE}{NO_TEXT}</p:sp>"
        )

    def close(self) -> None:
        self.slide.part.shapes_xml += "".join(self.parts).encode("utf-8")
        self.parts = []


def text_body(lines: list[Paragraph], margin: int, *, centre: bool, anchor_top: bool, wrap: bool) -> str:
    """An autoshape's own text: editable in PowerPoint, wrapped at the shape's width."""
    return (
        f'<p:txBody><a:bodyPr rtlCol="0" anchor="{"t" if anchor_top else "ctr"}" wrap="{"square" if wrap else "none"}" '
        f'lIns="{margin}" rIns="{margin}" tIns="{margin}" bIns="{margin}"><a:noAutofit/></a:bodyPr><a:lstStyle/>'
        f'{_runs(lines, "ctr" if centre else "l")}</p:txBody>'
    )
