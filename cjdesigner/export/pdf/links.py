"""The links from opportunities to the pain points they answer, printed over the map when asked
for: the same connectors the canvas draws (`layout/links.py`), in ink, with a paper halo."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf import palette
from cjdesigner.layout.grid import MapLayout
from cjdesigner.layout.links import LINK_WIDTH, START_RADIUS, Connector, connectors, journey_links, stage_columns
from cjdesigner.model.document import Journey


def draw_links(c: Canvas, journey: Journey, layout: MapLayout) -> int:
    """Draws every link whose two cards are on the map (y grows downwards in the layout, upwards in
    the PDF); returns how many it drew."""
    found = connectors(journey_links(journey), layout.cards, layout.cells, stage_columns(journey, layout.cards))
    height = layout.height
    c.saveState()
    c.setLineCap(0)
    c.setLineJoin(1)
    for connector in found:
        for colour, width in ((palette.WHITE, LINK_WIDTH + 2.5), (palette.INK, LINK_WIDTH)):
            c.setStrokeColor(colour)
            c.setLineWidth(width)
            c.drawPath(_path(c, connector, height), stroke=1, fill=0)
        c.setFillColor(palette.INK)
        arrow = c.beginPath()
        (x0, y0), *rest = connector.arrow
        arrow.moveTo(x0, height - y0)
        for x, y in rest:
            arrow.lineTo(x, height - y)
        arrow.close()
        c.drawPath(arrow, stroke=0, fill=1)
        c.circle(connector.start[0], height - connector.start[1], START_RADIUS, stroke=0, fill=1)
    c.restoreState()
    return len(found)


def _path(c: Canvas, connector: Connector, height: float):
    path = c.beginPath()
    for command in connector.path:
        if command[0] == "M":
            path.moveTo(command[1], height - command[2])
        elif command[0] == "L":
            path.lineTo(command[1], height - command[2])
        else:
            x1, y1, x2, y2, x, y = command[1:]
            path.curveTo(x1, height - y1, x2, height - y2, x, height - y)
    return path
