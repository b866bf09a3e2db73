"""Recorders of what the screen and the PDF draw, in map points, so that tests can compare the two."""

from __future__ import annotations

import io
import re

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QStyleOptionGraphicsItem
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from cjdesigner.app.document import Document
from cjdesigner.canvas.scene import MapScene
from cjdesigner.export.pdf.fonts import GlyphGuard, register_fonts
from cjdesigner.export.pdf.map_drawing import MapDrawing
from cjdesigner.layout import layout_journey
from cjdesigner.model.document import Project


class Drawn:
    """What one side drew, in map points (origin top-left, y down)."""

    def __init__(self) -> None:
        self.rounded: list[tuple[float, ...]] = []
        self.texts: list[tuple[str, float, float]] = []
        self.circles: list[tuple[float, float, float]] = []
        self.polygons: list[tuple[tuple[float, float], ...]] = []
        self.lines: dict[str, tuple[float, ...]] = {}  # curve colour -> dash pattern in points
        self.shapes: list[tuple[str, float, float, float, float]] = []  # kind and bounding box

    def marker_at(self, x: float, y: float) -> str:
        """The marker drawn centred on (x, y), by its shape."""
        kinds = {kind for kind, left, top, w, h in self.shapes if 9 < w < 13 and abs(left + w / 2 - x) < 0.01 and left < x and top <= y <= top + h}
        assert len(kinds) == 1, (x, y, kinds)
        return kinds.pop()


def round3(*values: float) -> tuple[float, ...]:
    return tuple(round(v, 3) for v in values)


def assert_same(screen: list, paper: list, what: str, tolerance: float = 0.01) -> None:
    """Each thing drawn on screen is printed at the same place (within `tolerance`), and nothing more."""

    def close(a, b) -> bool:
        if isinstance(a, tuple):
            return len(a) == len(b) and all(close(x, y) for x, y in zip(a, b))
        return abs(a - b) <= tolerance

    left = list(paper)
    for thing in screen:
        match = next((other for other in left if close(thing, other)), None)
        assert match is not None, f"the screen draws {what} {thing} that the print does not"
        left.remove(match)
    assert left == [], f"the print draws {what} {left} that the screen does not"


def assert_same_texts(screen: list, paper: list) -> None:
    """Each (text, x, baseline) on screen is printed, the same words at the same place, and nothing more."""
    unmatched = list(paper)
    for text, x, y in screen:
        match = next((p for p in unmatched if p[0] == text and abs(p[1] - x) <= 0.5 and abs(p[2] - y) <= 0.5), None)
        assert match is not None, f"{text!r} at ({x:.1f}, {y:.1f}) on screen is not printed there"
        unmatched.remove(match)
    assert unmatched == [], f"{unmatched} printed but not on screen"


class RecordingPainter(QPainter):
    """A QPainter that notes in scene coordinates what the items ask it to draw."""

    def __init__(self, image: QImage, drawn: Drawn) -> None:
        super().__init__(image)
        self.drawn = drawn

    def _point(self, point: QPointF) -> tuple[float, float]:
        mapped = self.worldTransform().map(point)
        return mapped.x(), mapped.y()

    def drawRoundedRect(self, rect: QRectF, rx: float, ry: float) -> None:  # noqa: N802
        x, y = self._point(rect.topLeft())
        self.drawn.rounded.append(round3(x, y, rect.width(), rect.height()))
        super().drawRoundedRect(rect, rx, ry)

    def drawRect(self, rect: QRectF) -> None:  # noqa: N802
        x, y = self._point(rect.topLeft())
        self.drawn.shapes.append(("rect", x, y, rect.width(), rect.height()))
        super().drawRect(rect)

    def drawText(self, *args) -> None:  # noqa: N802
        if isinstance(args[0], QPointF):
            self.drawn.texts.append((args[1], *self._point(args[0])))
        else:  # a text laid out in a box by Qt: no baseline of its own
            self.drawn.texts.append((args[-1], float("nan"), float("nan")))
        super().drawText(*args)

    def drawEllipse(self, *args) -> None:  # noqa: N802
        if isinstance(args[0], QRectF):
            centre, rx = args[0].center(), args[0].width() / 2
        else:
            centre, rx = args[0], args[1]
        x, y = self._point(centre)
        self.drawn.circles.append(round3(x, y, rx))
        self.drawn.shapes.append(("circle", x - rx, y - rx, 2 * rx, 2 * rx))
        super().drawEllipse(*args)

    def drawPolygon(self, polygon: QPolygonF) -> None:  # noqa: N802
        points = tuple(round3(*self._point(polygon.at(i))) for i in range(polygon.count()))
        self.drawn.polygons.append(points)
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        kind = "triangle" if len(points) == 3 else "diamond"
        self.drawn.shapes.append((kind, min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
        super().drawPolygon(polygon)

    def drawPath(self, path: QPainterPath) -> None:  # noqa: N802
        pen = self.pen()
        if pen.widthF() >= 2 and path.elementCount() >= 2:  # an emotion line
            dash = tuple(round(d * pen.widthF(), 2) for d in pen.dashPattern()) if pen.style().value != 1 else ()
            self.drawn.lines[pen.color().name().upper()] = dash
        super().drawPath(path)


def canvas_drawing(project: Project, qtbot) -> Drawn:
    return scene_drawing(MapScene(Document(project)))


def scene_drawing(scene: MapScene) -> Drawn:
    """What the visible items of `scene` paint, each through its own scene transform."""
    drawn = Drawn()
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = RecordingPainter(image, drawn)
    option = QStyleOptionGraphicsItem()
    for item in scene.items():
        if not item.isVisible():
            continue
        painter.save()
        painter.setWorldTransform(item.sceneTransform())
        item.paint(painter, option, None)
        painter.restore()
    painter.end()
    return drawn


class RecordingText(PDFTextObject):
    """Notes each line a text object sets, at its baseline."""

    def __init__(self, canvas: RecordingCanvas, x: float = 0, y: float = 0) -> None:
        super().__init__(canvas, x, y)
        self.recorder = canvas

    def textLine(self, text: str = "") -> None:  # noqa: N802
        self.recorder.note_text(text, self._x, self._y)
        super().textLine(text)

    def textOut(self, text: str) -> None:  # noqa: N802
        self.recorder.note_text(text, self._x, self._y)
        super().textOut(text)


class RecordingCanvas(Canvas):
    """A reportlab canvas that notes what is drawn, following translations and replaying forms."""

    def __init__(self, height: float, drawn: Drawn) -> None:
        super().__init__(io.BytesIO())
        self.map_height = height
        self.drawn = drawn
        self.offset = (0.0, 0.0)
        self.saved: list[tuple[float, float]] = []
        self.forms: dict[str, list] = {}
        self.form: list | None = None
        self.dash_now: tuple[float, ...] = ()
        self.stroke_hex = ""

    def note(self, kind: str, *values) -> None:
        if self.form is not None:
            self.form.append((kind, values))
        else:
            self.apply(kind, values, self.offset)

    def apply(self, kind: str, values: tuple, offset: tuple[float, float]) -> None:
        ox, oy = offset
        height = self.map_height
        if kind == "text":
            text, x, y = values
            self.drawn.texts.append((text, x + ox, height - (y + oy)))
        elif kind == "circle":
            x, y, r = values
            self.drawn.circles.append(round3(x + ox, height - (y + oy), r))
            self.drawn.shapes.append(("circle", x + ox - r, height - (y + oy) - r, 2 * r, 2 * r))
        elif kind == "rect":
            x, y, w, h = values
            self.drawn.shapes.append(("rect", x + ox, height - (y + oy) - h, w, h))
        elif kind == "round":
            x, y, w, h = values
            self.drawn.rounded.append(round3(x + ox, height - (y + oy) - h, w, h))
        elif kind == "polygon":
            points = tuple(round3(x + ox, height - (y + oy)) for x, y in values[0])
            self.drawn.polygons.append(points)
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            kind = "triangle" if len(points) == 3 else "diamond"
            self.drawn.shapes.append((kind, min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
        elif kind == "form":
            for inner_kind, inner in self.forms.get(values[0], []):
                self.apply(inner_kind, inner, offset)

    def note_text(self, text: str, x: float, y: float) -> None:
        self.note("text", text, x, y)

    def beginText(self, x: float = 0, y: float = 0, direction=None) -> RecordingText:  # noqa: N802
        return RecordingText(self, x, y)

    def circle(self, x: float, y: float, r: float, stroke: int = 1, fill: int = 0) -> None:
        self.note("circle", x, y, r)
        super().circle(x, y, r, stroke, fill)

    def rect(self, x: float, y: float, w: float, h: float, stroke: int = 1, fill: int = 0) -> None:
        self.note("rect", x, y, w, h)
        super().rect(x, y, w, h, stroke, fill)

    def roundRect(self, x: float, y: float, w: float, h: float, radius: float, stroke: int = 1, fill: int = 0) -> None:  # noqa: N802
        self.note("round", x, y, w, h)
        super().roundRect(x, y, w, h, radius, stroke, fill)

    def setDash(self, array=(), phase=0) -> None:  # noqa: N802
        self.dash_now = tuple(float(d) for d in array) if isinstance(array, (list, tuple)) else (float(array), float(phase))
        super().setDash(array, phase)

    def setStrokeColor(self, colour, alpha=None) -> None:  # noqa: N802
        self.stroke_hex = colour.hexval().upper().replace("0X", "#")
        super().setStrokeColor(colour, alpha)

    def drawPath(self, path, stroke: int = 1, fill: int = 0, fillMode=None) -> None:  # noqa: N802, N803
        code = " ".join(path.getCode().split())
        if fill and re.fullmatch(r"(n )?[-\d. ]+ m( [-\d. ]+ l)+ h", code):
            numbers = [float(n) for n in re.findall(r"-?[\d.]+", code)]
            self.note("polygon", list(zip(numbers[0::2], numbers[1::2])))
        elif stroke and not fill and self.form is None and " c" not in code and self._lineWidth >= 2:
            self.drawn.lines[self.stroke_hex] = tuple(round(d, 2) for d in self.dash_now)
        super().drawPath(path, stroke=stroke, fill=fill)

    def saveState(self) -> None:  # noqa: N802
        self.saved.append(self.offset)
        super().saveState()

    def restoreState(self) -> None:  # noqa: N802
        self.offset = self.saved.pop()
        super().restoreState()

    def translate(self, dx: float, dy: float) -> None:
        self.offset = (self.offset[0] + dx, self.offset[1] + dy)
        super().translate(dx, dy)

    def addLiteral(self, s: str, escaped: int = 1) -> None:  # noqa: N802
        """A form is placed by a literal `q 1 0 0 1 x y cm … Q`: follow that move as a translation."""
        move = re.fullmatch(r"q 1 0 0 1 (\S+) (\S+) cm", s)
        if move:
            self.saved.append(self.offset)
            self.offset = (self.offset[0] + float(move[1]), self.offset[1] + float(move[2]))
        elif s == "Q":
            self.offset = self.saved.pop()
        super().addLiteral(s, escaped)

    def beginForm(self, name: str, *args, **kwargs) -> None:  # noqa: N802
        self.form = []  # an icon's form is not a symbol of the map's own: left out of the comparison
        if not name.startswith("cj-icon-"):
            self.forms[name] = self.form
        super().beginForm(name, *args, **kwargs)

    def endForm(self, **kwargs) -> None:  # noqa: N802
        self.form = None
        super().endForm(**kwargs)

    def doForm(self, name: str) -> None:  # noqa: N802
        self.apply("form", (name,), self.offset)
        super().doForm(name)


def pdf_drawing(project: Project, coverage: bool = False) -> Drawn:
    journey = project.journeys[0]
    layout = layout_journey(project, journey, coverage=coverage)
    drawn = Drawn()
    canvas = RecordingCanvas(layout.height, drawn)
    painter = MapDrawing(canvas, project, journey, layout, GlyphGuard(register_fonts()))
    painter.define_symbols()
    painter.draw()
    return drawn
