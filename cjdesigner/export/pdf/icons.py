"""The app's lane and channel icons in the PDF, as vector strokes, so the printout shows the same
symbols as the screen.

The icons in resources/icons are simple stroked line drawings (24 × 24, one stroke style on the
root, circles, rectangles and paths), which is all this reads: a dozen lines of SVG path grammar
and an arc-to-Bézier conversion instead of a dependency that renders arbitrary SVG.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ElementTree
from functools import lru_cache
from typing import NamedTuple

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf import palette
from cjdesigner.i18n import arg, translate
from cjdesigner.resources import MissingResource, icon_file

VIEWBOX = 24.0
_TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d*\.\d+|\d+\.?)(?:[eE][-+]?\d+)?")
_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}


class IconError(ValueError):
    """An icon file this reader cannot draw; the message names the file and the problem."""


class Segment(NamedTuple):
    """One drawing step in icon units, y down: ("M", x, y), ("L", x, y), ("C", x1, y1, x2, y2, x, y) or ("Z",)."""

    op: str
    points: tuple[float, ...]


class Shape(NamedTuple):
    kind: str  # "path", "circle" or "rect"
    values: tuple[float, ...] | list[Segment]


def parse_path(data: str) -> list[Segment]:
    """SVG path data to absolute moves, lines and cubic curves."""
    tokens = _TOKEN.findall(data)
    segments: list[Segment] = []
    x = y = start_x = start_y = 0.0
    last_control: tuple[float, float] | None = None
    last_quad: tuple[float, float] | None = None
    command = ""
    index = 0
    while index < len(tokens):
        if tokens[index].isalpha():
            command = tokens[index]
            index += 1
        elif not command:
            raise IconError(arg(translate("pdf", "path data starts with a number: %1"), repr(data[:20])))
        upper = command.upper()
        if upper not in _ARGS:
            raise IconError(arg(translate("pdf", "the path command %1 is not supported"), repr(command)))
        count = _ARGS[upper]
        values = [float(v) for v in tokens[index : index + count]]
        if len(values) < count:
            raise IconError(arg(translate("pdf", "the path command %1 lacks numbers"), repr(command)))
        index += count
        relative = command.islower()
        dx, dy = (x, y) if relative else (0.0, 0.0)
        control, quad = None, None
        if upper == "Z":
            segments.append(Segment("Z", ()))
            x, y = start_x, start_y
            if index < len(tokens) and not tokens[index].isalpha():
                raise IconError(arg(translate("pdf", "numbers follow a closed path: %1"), repr(data[:20])))
        elif upper == "M":
            x, y = values[0] + dx, values[1] + dy
            start_x, start_y = x, y
            segments.append(Segment("M", (x, y)))
            command = "l" if relative else "L"  # further pairs are lines
        elif upper in ("L", "H", "V"):
            if upper == "H":
                x = values[0] + dx
            elif upper == "V":
                y = values[0] + dy
            else:
                x, y = values[0] + dx, values[1] + dy
            segments.append(Segment("L", (x, y)))
        elif upper in ("C", "S"):
            if upper == "C":
                x1, y1, x2, y2, ex, ey = values[0] + dx, values[1] + dy, values[2] + dx, values[3] + dy, values[4] + dx, values[5] + dy
            else:
                x1, y1 = (2 * x - last_control[0], 2 * y - last_control[1]) if last_control else (x, y)
                x2, y2, ex, ey = values[0] + dx, values[1] + dy, values[2] + dx, values[3] + dy
            segments.append(Segment("C", (x1, y1, x2, y2, ex, ey)))
            control, (x, y) = (x2, y2), (ex, ey)
        elif upper in ("Q", "T"):
            if upper == "Q":
                qx, qy, ex, ey = values[0] + dx, values[1] + dy, values[2] + dx, values[3] + dy
            else:
                qx, qy = (2 * x - last_quad[0], 2 * y - last_quad[1]) if last_quad else (x, y)
                ex, ey = values[0] + dx, values[1] + dy
            segments.append(Segment("C", (x + 2 / 3 * (qx - x), y + 2 / 3 * (qy - y), ex + 2 / 3 * (qx - ex), ey + 2 / 3 * (qy - ey), ex, ey)))
            quad, (x, y) = (qx, qy), (ex, ey)
        else:
            rx, ry, rotation, large, sweep = values[:5]
            ex, ey = values[5] + dx, values[6] + dy
            segments.extend(arc_segments(x, y, rx, ry, rotation, bool(large), bool(sweep), ex, ey))
            x, y = ex, ey
        last_control, last_quad = control, quad
    return segments


def arc_segments(
    x1: float, y1: float, rx: float, ry: float, rotation: float, large: bool, sweep: bool, x2: float, y2: float
) -> list[Segment]:
    """An elliptical arc as cubic curves of at most 90° each (SVG 1.1, appendix F.6)."""
    if (x1, y1) == (x2, y2):
        return []
    rx, ry = abs(rx), abs(ry)
    if rx == 0 or ry == 0:
        return [Segment("L", (x2, y2))]
    phi = math.radians(rotation)
    cos_phi, sin_phi = math.cos(phi), math.sin(phi)
    mx, my = (x1 - x2) / 2, (y1 - y2) / 2
    xp, yp = cos_phi * mx + sin_phi * my, -sin_phi * mx + cos_phi * my
    scale = (xp / rx) ** 2 + (yp / ry) ** 2
    if scale > 1:
        rx, ry = rx * math.sqrt(scale), ry * math.sqrt(scale)
    numerator = max(0.0, rx * rx * ry * ry - rx * rx * yp * yp - ry * ry * xp * xp)
    factor = math.sqrt(numerator / (rx * rx * yp * yp + ry * ry * xp * xp))
    if large == sweep:
        factor = -factor
    cxp, cyp = factor * rx * yp / ry, -factor * ry * xp / rx
    cx = cos_phi * cxp - sin_phi * cyp + (x1 + x2) / 2
    cy = sin_phi * cxp + cos_phi * cyp + (y1 + y2) / 2
    start = math.atan2((yp - cyp) / ry, (xp - cxp) / rx)
    end = math.atan2((-yp - cyp) / ry, (-xp - cxp) / rx)
    delta = end - start
    if sweep and delta < 0:
        delta += 2 * math.pi
    elif not sweep and delta > 0:
        delta -= 2 * math.pi
    pieces = max(1, math.ceil(abs(delta) / (math.pi / 2) - 1e-9))
    step = delta / pieces
    k = 4 / 3 * math.tan(step / 4)

    def point(angle: float) -> tuple[float, float]:
        ex, ey = rx * math.cos(angle), ry * math.sin(angle)
        return (cx + cos_phi * ex - sin_phi * ey, cy + sin_phi * ex + cos_phi * ey)

    def tangent(angle: float) -> tuple[float, float]:
        ex, ey = -rx * math.sin(angle), ry * math.cos(angle)
        return (cos_phi * ex - sin_phi * ey, sin_phi * ex + cos_phi * ey)

    segments = []
    for piece in range(pieces):
        a1, a2 = start + piece * step, start + (piece + 1) * step
        (px1, py1), (px2, py2) = point(a1), point(a2)
        (tx1, ty1), (tx2, ty2) = tangent(a1), tangent(a2)
        segments.append(Segment("C", (px1 + k * tx1, py1 + k * ty1, px2 - k * tx2, py2 - k * ty2, px2, py2)))
    return segments


@lru_cache(maxsize=64)
def icon_shapes(name: str) -> tuple[Shape, ...]:
    try:
        root = ElementTree.parse(icon_file(name)).getroot()
    except (MissingResource, OSError, ElementTree.ParseError) as error:
        raise IconError(arg(translate("pdf", "the icon %1.svg cannot be read: %2"), name, error)) from None
    shapes = []
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "path":
            shapes.append(Shape("path", parse_path(element.get("d", ""))))
        elif tag == "circle":
            shapes.append(Shape("circle", tuple(float(element.get(a, 0)) for a in ("cx", "cy", "r"))))
        elif tag == "rect":
            shapes.append(Shape("rect", tuple(float(element.get(a, 0)) for a in ("x", "y", "width", "height", "rx"))))
    return tuple(shapes)


def define_icon(c: Canvas, name: str, size: float) -> str | None:
    """Draws icon `name` once as a form `size` points square (origin at its bottom-left).

    Returns None, drawing nothing, with the reason, when the icon cannot be read (an install
    that lacks the file): a missing symbol must not cost the user their export.
    """
    form = f"cj-icon-{name}"
    try:
        shapes = icon_shapes(name)
    except IconError as error:
        c.beginForm(form, 0, 0, size, size)
        c.endForm()
        return str(error)
    c.beginForm(form, 0, 0, size, size)
    c.saveState()
    c.translate(0, size)
    c.scale(size / VIEWBOX, -size / VIEWBOX)
    c.setStrokeColor(palette.colour("#37474F"))
    c.setLineWidth(2)
    c.setLineCap(1)
    c.setLineJoin(1)
    for shape in shapes:
        if shape.kind == "circle":
            cx, cy, r = shape.values
            c.circle(cx, cy, r, stroke=1, fill=0)
        elif shape.kind == "rect":
            x, y, w, h, rx = shape.values
            if rx:
                c.roundRect(x, y, w, h, rx, stroke=1, fill=0)
            else:
                c.rect(x, y, w, h, stroke=1, fill=0)
        else:
            path = c.beginPath()
            for segment in shape.values:
                if segment.op == "M":
                    path.moveTo(*segment.points)
                elif segment.op == "L":
                    path.lineTo(*segment.points)
                elif segment.op == "C":
                    path.curveTo(*segment.points)
                else:
                    path.close()
            c.drawPath(path, stroke=1, fill=0)
    c.restoreState()
    c.endForm()
    return None
