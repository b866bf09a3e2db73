"""The presentation's windows: the projector (full screen, projector theme, quick capture bar) and
the facilitator's window on the laptop (the whole map, a preview of the projector, the timer, the
voting round and the notes). Both paint the spotlight layout of `layout/spotlight.py` with the
canvas's painting helpers, and hand every key to the one `Presentation`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cjdesigner import colours
from cjdesigner.app.icons import renderer
from cjdesigner.canvas import style
from cjdesigner.canvas.items import paint_target
from cjdesigner.layout import spotlight as S
from cjdesigner.layout.drawing import TextLine, lane_hex
from cjdesigner.layout.grid import Rect
from cjdesigner.layout.metrics import bold_measure, measure
from cjdesigner.model.document import Journey
from cjdesigner.model.vocabulary import LANE_TITLES, LaneKind
from cjdesigner.textfit import elide
from cjdesigner.ui.actions import COVERAGE_SETTING
from cjdesigner.ui.presentation.presentation import Presentation

DESIGN = (1920.0, 1080.0)


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


class StagePainter:
    """Paints the presentation at a layout's size; remembers the card text sizes it painted (in
    device pixels) so that a test can measure what the room sees."""

    def __init__(self, presentation: Presentation) -> None:
        self.presentation = presentation
        self.painted_sizes: dict[str, float] = {}

    def paint(self, painter: QPainter, width: float, height: float) -> None:
        try:
            self._paint(painter, width, height)
        except Exception as error:  # a paint must never take the room's screen down
            painter.resetTransform()
            painter.fillRect(QRectF(0, 0, width, height), style.qcolor(S.BACKGROUND))
            painter.setPen(style.qcolor(S.HEADING))
            painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, str(error))

    def _paint(self, painter: QPainter, width: float, height: float) -> None:
        p = self.presentation
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, 0, width, height), QColor("#000000") if p.blackout else style.qcolor(S.BACKGROUND))
        self.painted_sizes = {}
        if p.blackout:
            return
        layout = p.layout(width, height)
        ranking = p.ranking_round()
        if ranking is not None:
            self._paint_ranking(painter, width, height)
        elif layout is not None:
            self._paint_stage(painter, layout)
        if layout is not None:
            self._paint_timer(painter, layout)
            u = layout.unit
            lines = p.status_lines() if ranking is None else []
            box = layout.status_rect
            if lines:
                self._text_in(painter, lines[0], Rect(box.x, box.y, box.w, box.h / 2), 24 * u, S.SUBTLE, False)
            second = Rect(box.x, box.y + box.h * 0.42, box.w, box.h * 0.58)
            if p.note:
                self._text_in(painter, p.note, second, 24 * u, S.TIMER_WARNING, True)
            elif len(lines) > 1:
                self._text_in(painter, lines[1], second, 34 * u, S.FOCUS, True)
            if p.timer.flashing:
                painter.setPen(QPen(style.qcolor(S.FOCUS), 14 * u))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(7 * u, 7 * u, width - 14 * u, height - 14 * u))

    def _text_in(self, painter: QPainter, text: str, rect: Rect, size: float, colour: str, bold: bool) -> None:
        fitted = elide(text, rect.w, size, bold_measure if bold else measure)
        style.draw_text(painter, TextLine(fitted, rect.right - (bold_measure if bold else measure)(fitted, size), rect.y + size * 1.2, size, bold, colour))

    def _paint_stage(self, painter: QPainter, layout: S.StageSpotlight) -> None:
        p = self.presentation
        u = layout.unit
        for line in layout.heading:
            style.draw_text(painter, line)
        for target in layout.goals:
            paint_target(painter, target)
        journey = p.journey
        lanes = {lane.id: lane for lane in journey.lanes}
        for row in layout.lanes:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.qcolor(S.LANE_BAND))
            painter.drawRoundedRect(qrect(row.rect), 10 * u, 10 * u)
            self._paint_lane_icon(painter, row.icon, lanes.get(row.lane_id), u)
            for line in row.title:
                style.draw_text(painter, line)
        if layout.emotions is not None:
            self._paint_emotions(painter, layout.emotions, u)
        cards = {c.id: c for c in journey.cards}
        for placed in layout.cards:
            card = cards.get(placed.card_id)
            if card is not None:
                self._paint_card(painter, placed, card, u)
        if layout.empty is not None:
            style.draw_text(painter, layout.empty)
        for chip in layout.strip:
            painter.setOpacity(1.0 if chip.current else S.DIMMED_OPACITY + 0.3)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.qcolor(S.STRIP_CURRENT if chip.current else S.STRIP_OTHER))
            painter.drawRoundedRect(qrect(chip.rect), 8 * u, 8 * u)
            style.draw_text(painter, chip.label)
        painter.setOpacity(1.0)

    @staticmethod
    def _paint_lane_icon(painter: QPainter, icon: S.Icon, lane, u: float) -> None:
        """The lane's icon on a swatch of the lane's colour, which the dark band would swallow."""
        if lane is None:
            return
        swatch = icon.rect
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.qcolor(lane_hex(lane)))
        painter.drawRoundedRect(QRectF(swatch.x - 4 * u, swatch.y - 4 * u, swatch.w + 8 * u, swatch.h + 8 * u), 6 * u, 6 * u)
        renderer(icon.name).render(painter, qrect(swatch))

    def _paint_emotions(self, painter: QPainter, band: S.EmotionBand, u: float) -> None:
        """The emotions band: as the map draws a curve (each persona's colour, dash and marker, the
        point's label beside it), large, on the projector's dark band."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.qcolor(S.LANE_BAND))
        painter.drawRoundedRect(qrect(band.rect), 10 * u, 10 * u)
        lane = next((lane for lane in self.presentation.journey.lanes if lane.id == band.lane_id), None)
        self._paint_lane_icon(painter, band.icon, lane, u)
        for line in band.title:
            style.draw_text(painter, line)
        looks = {curve.persona_id: curve for curve in band.curves}
        for key in band.keys:
            curve = looks[key.persona_id]
            painter.setPen(style.pen(curve.colour, curve.width, curve.dash))
            painter.drawLine(QPointF(key.x0, key.y), QPointF(key.x1, key.y))
            style.draw_marker(painter, curve.marker, curve.colour, curve.border, curve.marker_border_width, (key.x0 + key.x1) / 2, key.y, curve.marker_radius * 0.8)
            style.draw_text(painter, key.name)
        for guide in band.guides:
            painter.setPen(style.pen(guide.colour, guide.width, guide.dash))
            painter.drawLine(QPointF(guide.x0, guide.y), QPointF(guide.x1, guide.y))
            if guide.label is not None:
                style.draw_text(painter, guide.label)
        painter.save()
        painter.setClipRect(qrect(band.area).adjusted(0, -20 * u, 0, 20 * u))  # a point stages away shows only its line's direction
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for curve in band.curves:
            if curve.drawn:
                painter.setPen(style.pen(curve.colour, curve.width, curve.dash))
                painter.drawPolyline([QPointF(point.x, point.y) for point in curve.points])
        for curve in band.curves:
            for point in curve.points:
                painter.setOpacity(1.0 if point.point_id in band.spotlighted else 0.6)
                style.draw_marker(painter, curve.marker, curve.colour, curve.border, curve.marker_border_width, point.x, point.y, curve.marker_radius)
                if point.label is not None:
                    style.draw_text(painter, point.label, point.x, point.y)
        painter.setOpacity(1.0)
        painter.restore()

    def _paint_card(self, painter: QPainter, placed: S.ProjectorCard, card, u: float) -> None:
        p = self.presentation
        rect = qrect(placed.rect)
        painter.setPen(style.pen(placed.border, 2 * u))
        painter.setBrush(style.qcolor(placed.fill))
        painter.drawRoundedRect(rect, 10 * u, 10 * u)
        painter.save()
        painter.setClipRect(rect)
        scale = painter.worldTransform().m22()
        for line in placed.lines:
            style.draw_text(painter, line)
        if placed.chart is not None and placed.chart.texts:
            style.draw_chart(painter, placed.chart)
            self.painted_sizes[placed.card_id] = min(line.size for line in placed.chart.texts) * scale
        if placed.lines:
            self.painted_sizes[placed.card_id] = placed.text_size * scale
        for disc in placed.badges:
            style.draw_badge(painter, disc)
        if placed.channel is not None:
            renderer(placed.channel.name).render(painter, qrect(placed.channel.rect))
        if placed.sentiment is not None:
            style.draw_sentiment(painter, placed.sentiment)
        dots = placed.dots_rect
        right = dots.right
        if placed.severity:
            r = 6 * u
            for pip in range(5):
                x = right - (4 - pip) * 3.2 * r - r
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(style.qcolor(colours.SEVERITY_ON if pip < placed.severity else colours.SEVERITY_OFF))
                painter.drawEllipse(QPointF(x, dots.y + dots.h / 2), r, r)
            right -= 5 * 3.2 * r + 8 * u
        filled, rings = p.shown_dots(card)
        self._paint_dots(painter, Rect(dots.x, dots.y, max(0.0, right - dots.x), dots.h), filled, rings, u)
        painter.restore()
        if p.focus_id == placed.card_id:
            painter.setPen(QPen(style.qcolor(S.FOCUS), 6 * u))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-6 * u, -6 * u, 6 * u, 6 * u), 14 * u, 14 * u)

    def _paint_dots(self, painter: QPainter, rect: Rect, filled: int, rings: int, u: float) -> None:
        r = 10 * u
        step = 2 * r + 6 * u
        y = rect.y + rect.h / 2
        total = filled + rings
        fits = int(rect.w // step)
        if total <= min(S.MAX_DOTS_DRAWN, fits):
            kinds = [True] * filled + [False] * rings
            for i, full in enumerate(kinds):
                x = rect.x + r + i * step
                painter.setPen(QPen(style.qcolor(S.DOT_RING if full else S.DOT), 2.5 * u))
                painter.setBrush(style.qcolor(S.DOT) if full else Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(x, y), r, r)
            return
        painter.setPen(QPen(style.qcolor(S.DOT_RING), 2.5 * u))
        painter.setBrush(style.qcolor(S.DOT))
        painter.drawEllipse(QPointF(rect.x + r, y), r, r)
        label = f"× {filled}" + (f" + {rings}" if rings else "")
        style.draw_text(painter, TextLine(label, rect.x + 2 * r + 8 * u, y + 9 * u, 26 * u, True, S.CARD_INK))

    def _paint_timer(self, painter: QPainter, layout: S.StageSpotlight) -> None:
        timer = self.presentation.timer
        u = layout.unit
        rect = layout.timer_rect
        warning = timer.running and timer.remaining_ms() < 60_000
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.qcolor(S.FOCUS if timer.flashing else S.LANE_BAND))
        painter.drawRoundedRect(qrect(rect), 12 * u, 12 * u)
        size = 60 * u
        text = timer.text()
        colour = S.BACKGROUND if timer.flashing else S.TIMER_WARNING if warning or timer.ended else S.HEADING if timer.running else S.SUBTLE
        x = rect.x + (rect.w - bold_measure(text, size)) / 2
        style.draw_text(painter, TextLine(text, x, rect.y + rect.h / 2 + size * 0.36, size, True, colour))

    def _paint_ranking(self, painter: QPainter, width: float, height: float) -> None:
        p = self.presentation
        voting_round = p.ranking_round()
        if voting_round is None:
            return
        title, rows = S.ranking_layout(p.journey, voting_round, width, height)
        style.draw_text(painter, title)
        u = height / S.DESIGN_HEIGHT
        for row in rows:
            style.draw_text(painter, TextLine(f"{row.rank}.", title.x, row.text.baseline, row.text.size, True, S.FOCUS))
            style.draw_text(painter, row.text)
            style.draw_text(painter, row.where)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.qcolor(S.FOCUS))
            painter.drawRoundedRect(qrect(row.bar), 6 * u, 6 * u)
            style.draw_text(painter, row.count)
        if not rows:
            style.draw_text(painter, TextLine(QCoreApplication.translate("Presentation", "No votes in this round."), title.x, title.baseline + 90 * u, 36 * u, False, S.SUBTLE))


class CaptureBar(QWidget):
    """Quick capture: one line typed into the spotlighted stage, in the parking lot unless another
    lane is picked (Up / Down). Enter adds the card, Esc gives up; the presentation carries on."""

    def __init__(self, presentation: Presentation, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("presentation-capture")
        self.presentation = presentation
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"background: {S.LANE_BAND}; color: {S.HEADING};")
        row = QHBoxLayout(self)
        self.lanes = QComboBox(self)
        self.lanes.setObjectName("capture-lane")
        self.lanes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("capture-text")
        self.edit.setPlaceholderText(self.tr("Type the idea, Enter adds it, Esc cancels"))
        self.edit.setStyleSheet(f"background: #FFFFFF; color: {S.CARD_INK};")
        row.addWidget(self.lanes, 1)
        row.addWidget(self.edit, 4)
        self.edit.installEventFilter(self)
        self.hide()

    def begin(self, journey: Journey) -> None:
        self.lanes.clear()
        parking = next((lane for lane in journey.lanes if lane.kind is LaneKind.PARKING_LOT), None)
        if parking is None:
            language = self.presentation.session.document.project.language
            self.lanes.addItem(LANE_TITLES[LaneKind.PARKING_LOT][language], None)
        for lane in journey.lanes:
            if not lane.hidden and lane.kind is not LaneKind.EMOTIONS:
                self.lanes.addItem(lane.title, lane.id)
        if parking is not None:
            self.lanes.setCurrentIndex(self.lanes.findData(parking.id))
        height = self.parentWidget().height()
        font = self.edit.font()
        font.setPixelSize(max(24, int(height * 0.035)))
        self.edit.setFont(font)
        self.lanes.setFont(font)
        self.edit.clear()
        bar_h = int(font.pixelSize() * 2.6)
        self.setGeometry(0, self.parentWidget().height() - bar_h - int(height * 0.09), self.parentWidget().width(), bar_h)
        self.show()
        self.raise_()
        self.window().activateWindow()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._finish(True)
                return True
            if key == Qt.Key.Key_Escape:
                self._finish(False)
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.lanes.count():
                step = -1 if key == Qt.Key.Key_Up else 1
                self.lanes.setCurrentIndex((self.lanes.currentIndex() + step) % self.lanes.count())
                return True
        return super().eventFilter(watched, event)

    def _finish(self, keep: bool) -> None:
        text, lane_id = self.edit.text(), self.lanes.currentData()
        self.hide()
        self.edit.clear()
        if keep:
            self.presentation.capture(text, lane_id)
        else:
            self.presentation.cancel_capture()
        back = self.presentation.facilitator or self.window()
        back.activateWindow()
        back.setFocus(Qt.FocusReason.OtherFocusReason)


class _KeyWindow(QWidget):
    """A window whose keys, Tab included, go to the presentation first."""

    def __init__(self, presentation: Presentation) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.presentation = presentation
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        presentation.changed.connect(self.update)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self.presentation.key(event):  # type: ignore[arg-type]
            return True
        return super().event(event)

    def closeEvent(self, event) -> None:
        if self in (self.presentation.projector, self.presentation.facilitator):
            self.presentation.end()  # closing either window (Alt+F4) ends the presentation
        super().closeEvent(event)


class ProjectorWindow(_KeyWindow):
    """What the room sees: one stage spotlighted, full screen, in the projector theme."""

    def __init__(self, presentation: Presentation) -> None:
        super().__init__(presentation)
        self.setObjectName("presentation-projector")
        self.setWindowTitle(self.tr("cjdesigner — Presentation"))
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.painter = StagePainter(presentation)
        self.capture = CaptureBar(presentation, self)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.painter.paint(painter, float(self.width()), float(self.height()))
        painter.end()


class ProjectorPreview(QWidget):
    """The facilitator's small copy of the projector, painted at the projector's own layout."""

    def __init__(self, presentation: Presentation, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("presentation-preview")
        self.presentation = presentation
        self.painter = StagePainter(presentation)
        self.setMinimumSize(320, 180)
        presentation.changed.connect(self.update)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width * 9 // 16

    def _design(self) -> tuple[float, float]:
        projector = self.presentation.projector
        if projector is not None and projector.width() > 0:
            return float(projector.width()), float(projector.height())
        return DESIGN

    def paintEvent(self, event: QPaintEvent) -> None:
        w, h = self._design()
        scale = min(self.width() / w, self.height() / h)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#000000"))
        painter.translate((self.width() - w * scale) / 2, (self.height() - h * scale) / 2)
        painter.scale(scale, scale)
        self.painter.paint(painter, w, h)
        painter.end()


class WholeMapView(QGraphicsView):
    """The facilitator's whole map, read only, with the stages the room does not see dimmed and
    the focused card ringed."""

    def __init__(self, presentation: Presentation, scene, parent: QWidget) -> None:
        super().__init__(scene, parent)
        self.presentation = presentation
        self.setObjectName("facilitator-map")
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        presentation.changed.connect(self.viewport().update)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scene.mapRectChanged.connect(self.fit)
        self.fit()

    def fit(self, *_: object) -> None:
        """The whole map, as large as the pane allows: its own extent, not the scene's rectangle,
        which keeps room below the map for Qt's index (and would shrink the map to a corner)."""
        rect = self.scene().map_rect
        if not rect.isEmpty():
            self.setSceneRect(rect)
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def dim_colour(self) -> QColor:
        shade = QColor(S.BACKGROUND)
        shade.setAlphaF(0.45)
        return shade

    def dimmed_bands(self) -> list[QRectF]:
        """The stages left and right of the spotlighted one, from the top of their headers to the
        bottom of the last lane: the scene's own rectangle runs further down (room kept for its
        index), and shading that would grey empty paper under the map."""
        scene = self.scene()
        layout = scene.layout
        column = layout.stages.get(self.presentation.stage_id or "")
        if column is None:
            return []
        stages = list(layout.stages.values())
        rows = [*stages, *layout.lanes.values(), *layout.coverage.values()]
        top = min(r.y for r in rows)
        bottom = max(r.bottom for r in rows)
        left = min(r.x for r in stages)
        right = max(r.right for r in stages)
        bands = [QRectF(left, top, column.x - left, bottom - top), QRectF(column.right, top, right - column.right, bottom - top)]
        return [band for band in bands if band.width() > 0]

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        p = self.presentation
        scene = self.scene()
        for band in self.dimmed_bands():
            painter.fillRect(band, self.dim_colour())
        focused = scene.card_items.get(p.focus_id or "")
        if focused is not None:
            painter.setPen(QPen(QColor(S.FOCUS), 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(focused.sceneBoundingRect().adjusted(-4, -4, 4, 4), 8, 8)


class FacilitatorWindow(_KeyWindow):
    """The laptop's window when a projector is connected: the whole map, the projector's preview,
    the timer, the voting round and the notes of the spotlighted stage."""

    def __init__(self, presentation: Presentation) -> None:
        super().__init__(presentation)
        from cjdesigner.canvas.scene import MapScene

        self.setObjectName("presentation-facilitator")
        self.setWindowTitle(self.tr("cjdesigner — Facilitator"))
        # Only its own labels turn light: a rule for every QLabel would reach the dialogs it opens
        # (their parent is this window) and paint their labels white on the light dialog.
        self.setStyleSheet(f"QWidget#presentation-facilitator {{ background: {S.BACKGROUND}; }} QWidget#presentation-facilitator > QLabel {{ color: {S.HEADING}; }}")
        self.scene = MapScene(presentation.document)
        self.scene.setParent(self)
        self.scene.show_coverage(presentation.session.settings.value(COVERAGE_SETTING, True, type=bool))  # as the map window shows it
        self.map_view = WholeMapView(presentation, self.scene, self)
        self.preview = ProjectorPreview(presentation, self)
        self.timer_label = QLabel(self)
        self.timer_label.setObjectName("facilitator-timer")
        big = QFont(style.FONT_FAMILY)
        big.setPixelSize(44)
        big.setBold(True)
        self.timer_label.setFont(big)
        self.round_label = QLabel(self)
        self.round_label.setObjectName("facilitator-round")
        self.round_label.setWordWrap(True)
        medium = QFont(style.FONT_FAMILY)
        medium.setPixelSize(17)
        self.round_label.setFont(medium)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, handler in (
            ("start", self.tr("New round… (V)"), presentation.ask_round),
            ("next", self.tr("Next participant (Tab)"), presentation.next_participant),
            ("reveal", self.tr("Reveal (R)"), presentation.reveal),
            ("end", self.tr("End round (E)"), presentation.end_round),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"facilitator-{name}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, handler=handler: handler())
            buttons.addWidget(button)
            self.buttons[name] = button
        self.notes = QTextBrowser(self)
        self.notes.setObjectName("facilitator-notes")
        self.notes.setFont(medium)
        for widget in (self.map_view, self.notes):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side = QVBoxLayout()
        side.addWidget(self.preview)
        top = QHBoxLayout()
        top.addWidget(self.timer_label)
        top.addWidget(self.round_label, 1)
        side.addLayout(top)
        side.addLayout(buttons)
        side.addWidget(self.notes, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.map_view, 3)
        layout.addLayout(side, 2)
        presentation.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        p = self.presentation
        self.timer_label.setText(p.timer.text())
        voting_round = p.voting_round
        self.round_label.setText(p.status() or self.tr("No voting round. V starts one."))
        self.buttons["next"].setEnabled(bool(voting_round and voting_round.participants))
        self.buttons["reveal"].setEnabled(bool(voting_round and voting_round.hidden and not voting_round.revealed))
        self.buttons["end"].setEnabled(voting_round is not None)
        self.notes.setHtml(self._notes_html())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.preview.setFixedHeight(self.preview.heightForWidth(self.preview.width()))

    def _notes_html(self) -> str:
        from html import escape

        p = self.presentation
        parts: list[str] = []
        stage_id = p.stage_id
        if stage_id is not None:
            stage = p.journey.stage(stage_id)
            parts.append(f"<h3>{escape(stage.name)}</h3>")
            if stage.goals:
                parts.append("<ul>" + "".join(f"<li>{escape(goal)}</li>" for goal in stage.goals) + "</ul>")
            if stage.description:
                parts.append(f"<p>{escape(stage.description)}</p>")
        if p.focus_id is not None:
            card = next((c for c in p.journey.cards if c.id == p.focus_id), None)
            if card is not None:
                parts.append(f"<p><b>{escape(card.text)}</b></p>")
                if card.notes:
                    parts.append(f"<p>{escape(card.notes)}</p>")
                for evidence in card.evidence:
                    parts.append(f"<p><i>{escape(evidence.text)}</i> — {escape(evidence.source)}</p>")
        parts.append("<p style='color:#607D8B'>" + escape(self.tr(
            "PgDown / PgUp: next / previous stage · Home / End: first / last · arrows: focus a card · "
            "+ / −: dot vote · Tab: next participant · T: start / pause timer · ]: one more minute · "
            "digits: minutes · N: capture an idea · . : black screen · Esc: end"
        )) + "</p>")
        return "".join(parts)


class RoundDialog(QDialog):
    """Starts a voting round: its name, the dots per participant, the participants, hidden counts."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("round-dialog")
        self.setWindowTitle(self.tr("New voting round"))
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.budget = QSpinBox(self)
        self.budget.setRange(1, 99)
        self.budget.setValue(3)
        self.participants = QPlainTextEdit(self)
        self.participants.setPlaceholderText(self.tr("One name per line; none for an open vote"))
        self.participants.setTabChangesFocus(True)
        self.hidden = QCheckBox(self.tr("Hide the counts until I reveal them"), self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Dots per participant:"), self.budget)
        form.addRow(self.tr("Participants:"), self.participants)
        form.addRow(self.hidden)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, int, list[str], bool]:
        names = [n.strip() for line in self.participants.toPlainText().splitlines() for n in line.split(",")]
        return self.name.text(), self.budget.value(), [n for n in names if n], self.hidden.isChecked()
