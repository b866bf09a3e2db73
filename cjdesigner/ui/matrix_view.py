"""The impact/effort matrix of the current journey, in a dock: each scored opportunity a dot in its
quadrant, painted from the same description (`layout/matrix.py`) as the PDF's matrix page.

Dragging a dot to another cell, or moving the selected dot with the arrow keys, changes the card's
impact and effort through one verb (one undo step). A click selects the card on the map, and the
matrix follows the map's selection, every edit, undo and redo, and the journey shown.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QToolTip, QVBoxLayout, QWidget

from cjdesigner.canvas.style import WHITE, draw_text, load_bundled_fonts, pen, qcolor
from cjdesigner.layout.matrix import CROSS, DOT_BORDER_W, DROPPED_DASH, MIN_HEIGHT, MIN_WIDTH, HEIGHT, WIDTH, Line, MatrixDrawing, Swatch, matrix_drawing
from cjdesigner.i18n import QT_TRANSLATE_NOOP
from cjdesigner.layout.drawing import NORMAL, Theme
from cjdesigner.model.diff import Diff
from cjdesigner.model.backlog import opportunities
from cjdesigner.model.document import Journey
from cjdesigner.model.vocabulary import LaneKind, OpportunityStatus

if TYPE_CHECKING:
    from cjdesigner.app.document import Document
    from cjdesigner.app.verbs import Verbs
    from cjdesigner.canvas.scene import MapScene

MAX_ZOOM = 1.6
log = logging.getLogger(__name__)

STATUS_NAMES = {
    "open": QT_TRANSLATE_NOOP("OpportunityStatus", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("OpportunityStatus", "In progress"),
    "done": QT_TRANSLATE_NOOP("OpportunityStatus", "Done"),
    "dropped": QT_TRANSLATE_NOOP("OpportunityStatus", "Dropped"),
}


def status_name(status: OpportunityStatus) -> str:
    """An opportunity's status in the interface's language."""
    return QCoreApplication.translate("OpportunityStatus", STATUS_NAMES[status.value])


def draw_swatch(painter: QPainter, s: Swatch) -> None:
    """A status dot: its colour and its mark (ring, half, solid, crossed), as the PDF draws it."""
    centre, r = QPointF(s.x, s.y), s.radius
    painter.setPen(pen(s.colour, DOT_BORDER_W, DROPPED_DASH if s.mark == "crossed" else ()))
    painter.setBrush(qcolor(s.colour) if s.mark == "solid" else WHITE)
    painter.drawEllipse(centre, r, r)
    if s.mark == "half":
        path = QPainterPath(centre)
        path.arcTo(QRectF(s.x - r, s.y - r, 2 * r, 2 * r), 90, 180)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(s.colour))
        painter.drawPath(path)
    elif s.mark == "crossed":
        d = r * CROSS
        painter.setPen(pen(s.colour, DOT_BORDER_W))
        painter.drawLine(QPointF(s.x - d, s.y - d), QPointF(s.x + d, s.y + d))
        painter.drawLine(QPointF(s.x - d, s.y + d), QPointF(s.x + d, s.y - d))


def draw_line(painter: QPainter, line: Line) -> None:
    painter.setPen(pen(line.colour, line.width, (1.0, 2.0) if line.dashed else ()))
    painter.drawLine(QPointF(line.x1, line.y1), QPointF(line.x2, line.y2))


def paint_matrix(painter: QPainter, d: MatrixDrawing, skip: str | None = None) -> None:
    """Everything of the description; the dot `skip` is left out (it is being dragged)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(0, 0, d.width, d.height), qcolor(d.paper))
    painter.setPen(Qt.PenStyle.NoPen)
    for area in d.quadrants:
        painter.fillRect(QRectF(*area.rect), qcolor(area.fill))
    for line in d.lines:
        draw_line(painter, line)
    for area in d.quadrants:
        draw_text(painter, area.title)
    for text in (*d.texts, *d.not_scored_lines):
        draw_text(painter, text)
    for s in d.legend:
        draw_swatch(painter, s)
    for dot in d.dots:
        if dot.card_id != skip:
            draw_swatch(painter, dot.swatch)
            for text in dot.label:
                draw_text(painter, text)


class MatrixCanvas(QWidget):
    """The matrix itself: painted to fit the widget, dots dragged with the mouse or moved with the
    arrow keys (Left/Right: effort, Up/Down: impact), Enter shows the card on the map."""

    cardClicked = Signal(str)
    moveRequested = Signal(str, int, int)  # card id, impact, effort

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_bundled_fonts()
        self.setObjectName("matrix-canvas")
        self.setAccessibleName(self.tr("Impact/effort matrix"))
        self.setAccessibleDescription(
            self.tr("Page Down and Page Up go to the next and previous opportunity. Arrow keys move it: left and right change its effort, up and down its impact.")
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(280, 200)
        self.drawing: MatrixDrawing | None = None
        self._selected: str | None = None
        self._source: tuple | None = None  # (project, journey) the drawing shows
        self._press: QPointF | None = None
        self._drag: QPointF | None = None  # where the dragged dot is, in matrix points
        self.scale = 1.0
        self.offset = QPointF(0, 0)
        self.theme: Theme = NORMAL
        self.paint_errors: set[str] = set()

    # --- the selected dot, told to assistive technology ------------------------------------

    @property
    def selected(self) -> str | None:
        return self._selected

    @selected.setter
    def selected(self, card_id: str | None) -> None:
        self._selected = card_id
        self.announce()

    def spoken_name(self) -> str:
        """The widget's name for a screen reader: the matrix, and the selected dot's card and values."""
        dot = self.drawing.dot(self._selected) if self.drawing is not None and self._selected else None
        card = next((c for c in self._source[1].cards if c.id == dot.card_id), None) if dot is not None and self._source else None
        if dot is None or card is None:
            return self.tr("Impact/effort matrix")
        return (
            self.tr("Impact/effort matrix: %1, impact %2 of 5, effort %3 of 5")
            .replace("%2", str(dot.impact)).replace("%3", str(dot.effort)).replace("%1", " ".join(card.text.split()))
        )

    def announce(self) -> None:
        """When the selected dot or its values change (Page Down, the arrow keys, a click, the
        map's selection, an undo), rename the widget and tell assistive technology, which reads
        the new name of the focused widget."""
        name = self.spoken_name()
        if name == self.accessibleName():
            return
        self.setAccessibleName(name)
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
        if self.hasFocus():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Focus))

    # --- the description -----------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        """Paint in the map's theme (View → High Contrast)."""
        if theme != self.theme:
            self.theme = theme
            self._rebuild()

    def show_journey(self, project, journey) -> None:  # noqa: ANN001 - model objects
        self._source = (project, journey)
        self._rebuild()

    def _rebuild(self) -> None:
        if self._source is None:
            return
        w, h = float(self.width()), float(self.height())
        width, height = max(MIN_WIDTH, w), max(MIN_HEIGHT, h)
        self.scale = min(w / width, h / height)
        if w > WIDTH and h > HEIGHT:  # a big dock (or a floating one on a projector): larger type
            self.scale = min(w / WIDTH, h / HEIGHT, MAX_ZOOM)
            width, height = w / self.scale, h / self.scale
        self.offset = QPointF((w - width * self.scale) / 2, (h - height * self.scale) / 2)
        self.drawing = matrix_drawing(*self._source, width, height, self.theme)
        if self._selected is not None and self.drawing.dot(self._selected) is None:
            self._selected = None
        self.announce()  # a rescore or an undo changes what the selected dot says
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rebuild()

    def to_matrix(self, pos: QPointF) -> QPointF:
        return (pos - self.offset) / self.scale

    def to_widget(self, x: float, y: float) -> QPointF:
        return QPointF(x, y) * self.scale + self.offset

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), qcolor(self.drawing.paper if self.drawing else self.theme.paper))
            if self.drawing is None:
                return
            painter.translate(self.offset)
            painter.scale(self.scale, self.scale)
            dragged = self.selected if self._drag is not None else None
            paint_matrix(painter, self.drawing, skip=dragged)
            dot = self.drawing.dot(self.selected) if self.selected else None
            if dot is not None and self._drag is not None and not self.drawing.plot.contains(self._drag.x(), self._drag.y()):
                draw_swatch(painter, dot.swatch._replace(x=self._drag.x(), y=self._drag.y()))  # no cell: a release here cancels
            elif dot is not None and self._drag is not None:
                impact, effort = self.drawing.value_at(self._drag.x(), self._drag.y())
                cell = QRectF(self.drawing.plot.x + (effort - 1) * self.drawing.cell_w, self.drawing.plot.y + (5 - impact) * self.drawing.cell_h,
                              self.drawing.cell_w, self.drawing.cell_h)
                painter.setPen(pen(self.theme.selection, 2.0, (4.0, 3.0)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(cell.adjusted(2, 2, -2, -2))
                draw_swatch(painter, dot.swatch._replace(x=self._drag.x(), y=self._drag.y()))
            elif dot is not None:
                s = dot.swatch
                width = self.theme.selection_w if self.hasFocus() else self.theme.selection_w * 0.6
                painter.setPen(pen(self.theme.selection, width))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(s.x, s.y), s.radius + 4, s.radius + 4)
        except Exception as error:  # noqa: BLE001 - an exception escaping a paint can end the process (GUIDE §4)
            self.report_paint_error(error)
        finally:
            painter.end()

    def report_paint_error(self, error: Exception) -> None:
        """Once per kind of error, as the map does: a line in the log with the traceback, and a
        sentence in the window's status bar, shown after the paint."""
        key = f"{type(error).__name__}: {error}"
        if key in self.paint_errors:
            return
        self.paint_errors.add(key)
        log.warning("the matrix painted only part of itself", exc_info=error)
        QTimer.singleShot(0, self, self._tell_paint_error)

    def _tell_paint_error(self) -> None:
        status = getattr(self.window(), "statusBar", None)
        if callable(status):
            status().showMessage(self.tr("Part of the matrix could not be drawn; the rest is shown."), 8000)

    # --- mouse ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.drawing is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        where = self.to_matrix(event.position())
        dot = self.drawing.dot_at(where.x(), where.y())
        self._press = where if dot is not None else None
        self._drag = None
        if dot is not None:
            self.selected = dot.card_id
            self.cardClicked.emit(dot.card_id)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        where = self.to_matrix(event.position())
        if self._drag is None and (where - self._press).manhattanLength() * self.scale < QApplication.startDragDistance():
            return
        self._drag = where
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag, self._press = self._drag, None, None
        self.unsetCursor()
        if drag is not None and self.drawing is not None and self.selected is not None and self.drawing.plot.contains(drag.x(), drag.y()):
            dot = self.drawing.dot(self.selected)
            impact, effort = self.drawing.value_at(drag.x(), drag.y())
            if dot is not None and (impact, effort) != (dot.impact, dot.effort):
                self.moveRequested.emit(dot.card_id, impact, effort)
        self.update()

    # --- keyboard ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0)}
        key = Qt.Key(event.key())
        dot = self.drawing.dot(self.selected) if self.drawing and self.selected else None
        if key in steps and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            if dot is None:
                if self.drawing and self.drawing.dots:
                    self.selected = self.drawing.dots[0].card_id
                    self.cardClicked.emit(self.selected)
                    self.update()
                event.accept()
                return
            di, de = steps[key]
            impact, effort = min(5, max(1, dot.impact + di)), min(5, max(1, dot.effort + de))
            if (impact, effort) != (dot.impact, dot.effort):
                self.moveRequested.emit(dot.card_id, impact, effort)
            event.accept()
            return
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and self.drawing and self.drawing.dots:
            self.step_selection(1 if key == Qt.Key.Key_PageDown else -1)
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self._press is not None:  # drop nothing: the dot goes back
            self._press = self._drag = None
            self.unsetCursor()
            self.update()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and dot is not None:
            self.cardClicked.emit(dot.card_id)
            event.accept()
            return
        super().keyPressEvent(event)

    def step_selection(self, step: int) -> None:
        """Select the next (or previous) dot in reading order: top row first, left to right."""
        assert self.drawing is not None
        order = sorted(self.drawing.dots, key=lambda d: (-d.impact, d.effort, d.swatch.y, d.swatch.x))
        ids = [d.card_id for d in order]
        index = ids.index(self.selected) + step if self.selected in ids else (0 if step > 0 else -1)
        self.selected = ids[index % len(ids)]
        self.cardClicked.emit(self.selected)
        self.update()

    # --- tooltip -------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self.drawing is not None:
            where = self.to_matrix(QPointF(event.pos()))
            dot = self.drawing.dot_at(where.x(), where.y())
            text = self.tooltip(dot.card_id) if dot is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip(self, card_id: str) -> str:
        """The card's text, then its impact, effort, votes, status and stage, one per line."""
        if self._source is None or self.drawing is None:
            return ""
        project, journey = self._source
        card = next((c for c in journey.cards if c.id == card_id), None)
        dot = self.drawing.dot(card_id)
        if card is None or dot is None:
            return ""
        stage = next((s.name for s in journey.stages if s.id == card.stage_id), "")
        lines = [
            card.text,
            self.tr("Impact: %1 of 5").replace("%1", str(dot.impact)),
            self.tr("Effort: %1 of 5").replace("%1", str(dot.effort)),
            self.tr("Votes: %1").replace("%1", str(card.votes)),
            self.tr("Status: %1").replace("%1", status_name(dot.status)),
            self.tr("Stage: %1").replace("%1", stage),
        ]
        return "\n".join(lines)


def decision_cards(journey: Journey) -> frozenset[str]:
    """The cards the matrix and the backlog show or read: every opportunity, the pain points they
    answer, and every card of an opportunity or pain-points lane."""
    lanes = {lane.id for lane in journey.lanes if lane.kind in (LaneKind.OPPORTUNITIES, LaneKind.PAIN_POINTS)}
    found = {c.id for c in opportunities(journey)}
    for card in journey.cards:
        if card.lane_id in lanes:
            found.add(card.id)
        found.update(card.answers)
    return frozenset(found)


class DocumentPanel(QWidget):
    """A panel showing the current journey: it redraws after every edit, undo, redo and journey
    switch that can change what it shows, and while hidden only notes that it must, so a closed
    dock costs an edit nothing, and an edit of a card the decisions do not read costs an open
    dock nothing either (on a big map a rebuild takes tens of milliseconds, every keystroke)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self._dirty = True
        self._shown: frozenset[str] = frozenset()  # decision_cards() of the journey last shown
        self.rebuilds = 0

    def listen_to(self, document: Document) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self.on_change)
            self.document.journeyChanged.disconnect(self.refresh)
        self.document = document
        document.changed.connect(self.on_change)
        document.journeyChanged.connect(self.refresh)
        self._dirty = True

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def on_change(self, diff: object = None) -> None:
        if not self.isVisible():  # hidden, it is made again when shown, whatever the edit was
            self._dirty = True
            return
        if self.document is not None and isinstance(diff, Diff) and not self.concerns(diff, self.document.journey):
            return
        self.refresh()

    def concerns(self, diff: Diff, journey: Journey) -> bool:
        """Whether the edit can change the decisions: anything but a card (a stage's name, a lane's
        kind, the language…), a card shown or read last time, or a card that now is one (moved
        into an opportunity lane, given an impact and effort, a link)."""
        cards = diff.cards.touched
        if not diff.only_cards_of(journey.id) or not cards:
            return True
        if cards & self._shown:
            return True
        lanes = {lane.id for lane in journey.lanes if lane.kind in (LaneKind.OPPORTUNITIES, LaneKind.PAIN_POINTS)}
        for card_id in cards - diff.cards.removed:
            try:
                card = journey.card(card_id)
            except KeyError:  # gone since: it was not shown, so it changes nothing here
                continue
            if (card.lane_id in lanes or card.answers or card.impact is not None or card.effort is not None):
                return True
        return False

    def refresh(self, *_: object) -> None:
        if self.document is None:
            return
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        self.rebuilds += 1
        self._shown = decision_cards(self.document.journey)
        self.show_journey(self.document)

    def show_journey(self, document: Document) -> None:
        raise NotImplementedError


class MatrixPanel(DocumentPanel):
    """The dock's content: the matrix of the document's current journey, kept up to date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrix-panel")
        self.canvas = MatrixCanvas(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.canvas)
        self.scene: MapScene | None = None
        self.verbs: Verbs | None = None
        self.canvas.cardClicked.connect(self.select_on_map)
        self.canvas.moveRequested.connect(self.move_dot)

    def set_document(self, document: Document, scene: MapScene, verbs: Verbs) -> None:
        if self.scene is not None:
            self.scene.currentChanged.disconnect(self.follow_scene)
        self.listen_to(document)
        self.scene, self.verbs = scene, verbs
        scene.currentChanged.connect(self.follow_scene)
        self.canvas.set_theme(scene.theme)
        self.canvas.selected = None
        self.refresh()

    def show_journey(self, document: Document) -> None:
        self.canvas.show_journey(document.project, document.journey)

    def set_theme(self, theme: Theme) -> None:
        self.canvas.set_theme(theme)

    def move_dot(self, card_id: str, impact: int, effort: int) -> None:
        if self.verbs is not None:
            self.verbs.set_impact_effort(card_id, impact, effort)

    def select_on_map(self, card_id: str) -> None:
        """As the outline does: select the card on the canvas and scroll it into view."""
        scene = self.scene
        if scene is None or scene.card(card_id) is None:
            return
        scene.select_cards([card_id])
        scene.reveal_current()

    def follow_scene(self) -> None:
        scene, drawing = self.scene, self.canvas.drawing
        if scene is None or drawing is None:
            return
        current = scene.current_card if scene.current_card in scene.selected_card_ids() else None
        chosen = current if current is not None and drawing.dot(current) is not None else None
        if chosen != self.canvas.selected:  # a card the matrix does not show: no dot stays selected
            self.canvas.selected = chosen
            self.canvas.update()
