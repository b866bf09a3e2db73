"""Small shapes the map and the page furniture share, in PDF page coordinates (y up)."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.colours import PersonaLook
from cjdesigner.export.pdf import palette
from cjdesigner.export.pdf.fonts import BOLD, REGULAR, GlyphGuard, measure
from cjdesigner.model.document import Journey, Persona, Project
from cjdesigner.textfit import elide


class PdfPainter:
    """What every part of the PDF draws with: the canvas, the map, and the guard every user
    string passes through on its way to the page."""

    def __init__(self, canvas: Canvas, project: Project, journey: Journey, guard: GlyphGuard) -> None:
        self.c = canvas
        self.project = project
        self.journey = journey
        self.guard = guard
        self.language = project.language

    def text(self, text: str, where: str) -> str:
        return self.guard.printable(text, where)

    def draw_badge(self, persona: Persona, x: float, y: float, radius: float, size: float, line_width: float = 0.8) -> None:
        """A persona's badge centred on (x, y): a disc in their colour with their initials."""
        c = self.c
        c.setLineWidth(line_width)
        c.setStrokeColor(palette.colour(palette.darker(persona.colour, 135)))
        c.setFillColor(palette.colour(persona.colour))
        c.circle(x, y, radius, stroke=1, fill=1)
        c.setFillColor(palette.WHITE if palette.is_dark(persona.colour) else palette.INK)
        c.setFont(BOLD, size)
        c.drawCentredString(x, y - size * 0.36, self.text(persona.badge_initials, f'persona "{persona.name}"'))

    def draw_emotion_line(
        self, persona: Persona, look: PersonaLook, points: list[tuple[float, float, str]], radius: float, label_gap: float, label_w: float
    ) -> None:
        """A persona's emotion curve through (x, y, label) points: their colour, and their own dash
        and marker, so the line still reads on a black-and-white print."""
        c = self.c
        if len(points) >= 2:
            c.setLineWidth(2.2)
            c.setStrokeColor(palette.colour(persona.colour))
            c.setDash(list(look.dash), 0)
            path = c.beginPath()
            for index, (x, y, _) in enumerate(points):
                (path.lineTo if index else path.moveTo)(x, y)
            c.drawPath(path, stroke=1, fill=0)
            c.setDash()
        for x, y, label in points:
            draw_marker(c, look.marker, persona.colour, x, y, radius)
            if label:
                c.setFillColor(palette.INK)
                c.setFont(REGULAR, 8)
                c.drawString(x + label_gap, y - 3, elide(self.text(label, "an emotion point's label"), label_w, 8, measure))


def card_label(text: str) -> str:
    """A card's text shortened to name it in a message."""
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "…"


def polygon(c: Canvas, points: list[tuple[float, float]], stroke: int = 1) -> None:
    path = c.beginPath()
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    path.close()
    c.drawPath(path, stroke=stroke, fill=1)


def draw_marker(c: Canvas, kind: str, hex_colour: str, x: float, y: float, r: float, line_width: float = 1.2) -> None:
    """A persona's emotion marker (circle, square, triangle or diamond): shape, not only colour,
    tells the personas apart on a black-and-white print."""
    c.setLineWidth(line_width)
    c.setStrokeColor(palette.colour(palette.darker(hex_colour, 135)))
    c.setFillColor(palette.colour(hex_colour))
    if kind == "square":
        c.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7, stroke=1, fill=1)
    elif kind == "triangle":
        polygon(c, [(x, y + r), (x + r, y - r * 0.8), (x - r, y - r * 0.8)])
    elif kind == "diamond":
        polygon(c, [(x, y + r), (x + r, y), (x, y - r), (x - r, y)])
    else:
        c.circle(x, y, r, stroke=1, fill=1)
