"""The screen and the print draw the same map: one map is painted by the canvas items and by the PDF
painter, each into a recorder, and what they drew is compared: card rectangles, text lines, symbol
positions, and each persona's dash and marker."""

from __future__ import annotations

import io
import re

import pytest
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
from cjdesigner.model.document import Card, EmotionPoint, Journey, Lane, Persona, Project, Stage
from cjdesigner.model.vocabulary import Channel, Confidence, LaneKind, Sentiment

LONG = (
    "Le client hésite à commander : « Je ne sais pas si le tissu résistera à mes deux chats », "
    "dit-il au téléphone, après avoir comparé trois modèles et lu quarante-deux avis détaillés."
)


def journey_map() -> Project:
    """Three personas; the journey lists them in another order than the project does."""
    personas = [
        Persona(id="p-ana", name="Ana Lopez", colour="#AA3344", role="Cheffe de projet"),
        Persona(id="p-bo", name="Bo Ek", colour="#3344AA"),
        Persona(id="p-cy", name="Cyrielle Étienne", colour="#EEDD55"),
    ]
    stages = [
        Stage(id="s1", name="Prise de conscience", goal="Découvrir une solution au besoin sans se tromper de produit"),
        Stage(id="s2", name="Considération approfondie des options"),
        Stage(id="s3", name="Achat"),
    ]
    lanes = [
        Lane(id="actions", title="Actions du client", kind=LaneKind.ACTIONS),
        Lane(id="emotions", title="Émotions", kind=LaneKind.EMOTIONS),
        Lane(id="pains", title="Points de douleur et frustrations", kind=LaneKind.PAIN_POINTS),
        Lane(id="ideas", title="Opportunités", kind=LaneKind.OPPORTUNITIES),
    ]
    cards = [
        Card(id="c1", stage_id="s1", lane_id="actions", position=0, text=LONG, persona_ids=["p-cy", "p-ana", "p-bo"],
             sentiment=Sentiment.NEGATIVE, channel=Channel.PHONE, confidence=Confidence.PARTLY_BACKED),
        Card(id="c2", stage_id="s1", lane_id="actions", position=1, text="Compare trois modèles et lit les avis clients",
             persona_ids=["p-bo"], sentiment=Sentiment.POSITIVE, channel=Channel.WEB),
        Card(id="c3", stage_id="s2", lane_id="pains", position=0, text="Pas d'échantillon de tissu avant l'achat",
             persona_ids=["p-ana"], severity=4, sentiment=Sentiment.NEUTRAL, confidence=Confidence.VALIDATED),
        Card(id="c4", stage_id="s3", lane_id="pains", position=0, text=LONG[:90], severity=2, confidence=Confidence.ASSUMPTION),
        Card(id="c5", stage_id="s2", lane_id="ideas", position=0, text="Envoyer des échantillons gratuits sous 48 h",
             votes=12, persona_ids=["p-cy"]),
        Card(id="c6", stage_id="s3", lane_id="actions", position=0, text="Taux de conversion", value=68, unit="%", target=55,
             goal="Vendre plus"),
    ]
    points = [
        EmotionPoint(id=f"e-{persona}-{stage}", stage_id=stage, persona_id=persona, score=score, label=label)
        for persona, scores in (("p-ana", (1, 0, -2)), ("p-bo", (0, -1, 2)), ("p-cy", (-1, 2, 1)))
        for stage, score, label in zip(("s1", "s2", "s3"), scores, ("Curieuse", "", "Très satisfaite après la livraison"))
    ]
    journey = Journey(id="j1", title="Acheter un canapé en ligne", scenario="Camille veut un canapé",
                      persona_ids=["p-cy", "p-ana", "p-bo"], stages=stages, lanes=lanes, cards=cards, emotion_points=points)
    return Project(title="Maison Lumière", personas=personas, journeys=[journey])


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


def _r(*values: float) -> tuple[float, ...]:
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
        self.drawn.rounded.append(_r(x, y, rect.width(), rect.height()))
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
        self.drawn.circles.append(_r(x, y, rx))
        self.drawn.shapes.append(("circle", x - rx, y - rx, 2 * rx, 2 * rx))
        super().drawEllipse(*args)

    def drawPolygon(self, polygon: QPolygonF) -> None:  # noqa: N802
        points = tuple(_r(*self._point(polygon.at(i))) for i in range(polygon.count()))
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
    document = Document(project)
    scene = MapScene(document)
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
            self.drawn.circles.append(_r(x + ox, height - (y + oy), r))
            self.drawn.shapes.append(("circle", x + ox - r, height - (y + oy) - r, 2 * r, 2 * r))
        elif kind == "rect":
            x, y, w, h = values
            self.drawn.shapes.append(("rect", x + ox, height - (y + oy) - h, w, h))
        elif kind == "round":
            x, y, w, h = values
            self.drawn.rounded.append(_r(x + ox, height - (y + oy) - h, w, h))
        elif kind == "polygon":
            points = tuple(_r(x + ox, height - (y + oy)) for x, y in values[0])
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


def pdf_drawing(project: Project) -> Drawn:
    journey = project.journeys[0]
    layout = layout_journey(project, journey)
    drawn = Drawn()
    canvas = RecordingCanvas(layout.height, drawn)
    painter = MapDrawing(canvas, project, journey, layout, GlyphGuard(register_fonts()))
    painter.define_symbols()
    painter.draw()
    return drawn


@pytest.fixture
def both(qtbot):
    project = journey_map()
    return project, canvas_drawing(project, qtbot), pdf_drawing(project)


def test_cards_are_the_same_rectangles_on_screen_and_in_print(both):
    project, screen, paper = both
    layout = layout_journey(project, project.journeys[0])
    assert_same(screen.rounded, paper.rounded, "card")
    cards = [rect for rect in screen.rounded if rect[2] > 20]  # not the neutral sentiment's bar
    assert_same(cards, [_r(*rect) for rect in layout.cards.values()], "card")


def test_every_text_line_is_the_same_words_at_the_same_baseline(both):
    project, screen, paper = both
    assert sorted(text for text, _, _ in screen.texts) == sorted(text for text, _, _ in paper.texts)
    unmatched = list(paper.texts)
    for text, x, y in screen.texts:
        match = next((p for p in unmatched if p[0] == text and abs(p[1] - x) <= 0.5 and abs(p[2] - y) <= 0.5), None)
        assert match is not None, f"{text!r} at ({x:.1f}, {y:.1f}) on screen is not printed there"
        unmatched.remove(match)
    card_lines = [text for text, _, _ in screen.texts if text.startswith("Le client hésite")]
    assert card_lines, "the long French card text is drawn"


def test_a_metric_cards_value_and_target_show_on_screen_and_in_print(both):
    _, screen, paper = both
    for drawn in (screen, paper):
        assert "68% · target 55%" in [text for text, _, _ in drawn.texts]


def test_symbols_stand_at_the_same_places(both):
    _, screen, paper = both
    assert_same(screen.circles, paper.circles, "a circle")  # badges, pips, confidence, faces, markers
    assert_same(screen.polygons, paper.polygons, "a polygon")  # sentiment triangles, persona markers


def test_each_persona_has_one_dash_and_marker_everywhere(both):
    project, screen, paper = both
    journey = project.journeys[0]
    assert journey.persona_ids != [p.id for p in project.personas]
    colours = {p.id: p.colour.upper() for p in project.personas}
    assert set(screen.lines) == set(paper.lines) == set(colours.values())
    for persona_id, colour in colours.items():
        assert screen.lines[colour] == pytest.approx(paper.lines[colour]), persona_id
    assert len(set(screen.lines.values())) == 3, "every persona's line has its own dash"
    layout = layout_journey(project, journey)
    for point in journey.emotion_points:
        x, y = layout.emotion_points[point.id]
        assert screen.marker_at(x, y) == paper.marker_at(x, y), point.id
    markers = {p.persona_id: paper.marker_at(*layout.emotion_points[p.id]) for p in journey.emotion_points}
    assert len(set(markers.values())) == 3, "every persona has its own marker"


def test_a_persona_keeps_its_look_in_a_journey_that_lists_personas_in_another_order(qtbot):
    project = journey_map()
    first = pdf_drawing(project)
    journey = project.journeys[0]
    reordered = project.model_copy(update={"journeys": [journey.model_copy(update={"persona_ids": ["p-bo", "p-cy", "p-ana"]})]})
    second = pdf_drawing(reordered)
    assert first.lines == second.lines
    layout = layout_journey(reordered, reordered.journeys[0])
    for point in journey.emotion_points:
        first_at = layout_journey(project, journey).emotion_points[point.id]
        assert first.marker_at(*first_at) == second.marker_at(*layout.emotion_points[point.id]), point.id


def test_the_screen_sets_letters_without_kerning_at_the_shared_widths(qtbot):
    from cjdesigner.canvas import style
    from cjdesigner.layout.metrics import measure

    style.load_bundled_fonts()
    for size, bold in ((8, False), (10, False), (16, True)):
        assert style.font(size, bold).kerning() is False
        drawn = style.metrics(size, bold).horizontalAdvance(LONG)
        assert abs(drawn - measure(LONG, size, bold)) < 0.005 * drawn
