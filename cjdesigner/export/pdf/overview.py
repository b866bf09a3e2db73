"""The project overview as the PDF's first page: every journey of the project, its owner, status
and reviews, and the hierarchy of its sub-journeys, painted from `layout/overview.py` as the
overview dock paints it, shrunk to fit the page when the project is large — but never below
`MIN_SCALE`, where its words would no longer read on paper: a tall tree then runs on over more
pages, cut between boxes."""

from __future__ import annotations

from datetime import date

from cjdesigner.export.pdf import palette
from cjdesigner.export.pdf.appendix import Flow
from cjdesigner.export.pdf.sheets import PageWriter
from cjdesigner.i18n import QT_TRANSLATE_NOOP, map_words
from cjdesigner.layout.overview import PAPER, OverviewDrawing, arrow_head, overview_drawing

MIN_SCALE = 0.6  # the boxes' 8.5 pt words printed at 5 pt
HEADING = map_words("pdf words", {"overview": QT_TRANSLATE_NOOP("pdf words", "Project overview")})["overview"]


def wants_overview(choice: bool | None, journeys: int) -> bool:
    """The option, or by default: a page when the project has more than one journey."""
    return journeys > 1 if choice is None else choice


def overview_page(pages: PageWriter, today: date) -> None:
    project = pages.project
    heading = HEADING[project.language]
    flow = Flow(pages, f"{heading} — {project.title}" if project.title else heading)
    drawing = overview_drawing(project, today)
    for line in drawing.summary:
        flow.paragraph(line.text, "the overview's summary", line.size, colour=palette.MUTED)
    flow.space(10)
    width, height = flow.width, flow.y - flow.bottom
    scale = min(1.0, width / drawing.width, max(height / drawing.height, MIN_SCALE))
    top = 0.0
    while True:
        bottom = band_end(drawing, top, (flow.y - flow.bottom) / scale)
        flow.picture(scale, lambda top=top, bottom=bottom: paint_overview(pages, drawing, (top, bottom)))
        if bottom >= drawing.height:
            return
        flow.begin(continued=True)
        top = bottom


def band_end(d: OverviewDrawing, top: float, room: float) -> float:
    """Where a page's band of the drawing that starts at `top` ends: before the first box that
    would not fit whole in `room`, so that no box is cut."""
    below = [b.rect.y for b in d.boxes if b.rect.y >= top and b.rect.y + b.rect.h > top + room]
    end = min(below, default=d.height)
    return end if end > top else top + room


def paint_overview(pages: PageWriter, d: OverviewDrawing, band: tuple[float, float] | None = None) -> None:
    """The description, drawn from the current origin (its top-left corner), y going down; with
    `band` (top, bottom), only the boxes whose top is in it and the lines across it, from its top."""
    c = pages.c
    top, bottom = band or (0.0, d.height)
    if band is not None:
        clip = c.beginPath()
        clip.rect(0, -(bottom - top), d.width, bottom - top)
        c.clipPath(clip, stroke=0, fill=0)
        c.translate(0, top)

    def up(y: float) -> float:
        return -y

    for connector in d.connectors:
        c.setStrokeColor(palette.colour(connector.colour))
        c.setLineWidth(connector.width)
        path = c.beginPath()
        x, y = connector.points[0]
        path.moveTo(x, up(y))
        for x, y in connector.points[1:]:
            path.lineTo(x, up(y))
        c.drawPath(path, stroke=1, fill=0)
        head = c.beginPath()
        points = arrow_head(connector)
        head.moveTo(points[0][0], up(points[0][1]))
        for x, y in points[1:]:
            head.lineTo(x, up(y))
        head.close()
        c.setFillColor(palette.colour(connector.colour))
        c.drawPath(head, stroke=0, fill=1)
    for box in d.boxes:
        if not top <= box.rect.y < bottom:
            continue
        x, y, w, h = box.rect
        c.setStrokeColor(palette.colour(box.border))
        c.setLineWidth(box.border_width)
        c.setFillColor(palette.colour(PAPER))
        c.roundRect(x, up(y + h), w, h, 6, stroke=1, fill=1)
        cx, cy, cw, ch = box.chip
        c.setFillColor(palette.colour(box.chip_fill))
        c.roundRect(cx, up(cy + ch), cw, ch, 7, stroke=0, fill=1)
        for line in box.lines:
            pages.draw_line_of_text(line, up, "a journey of the overview")
