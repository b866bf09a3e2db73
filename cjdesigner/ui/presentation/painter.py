"""Paints the projector's screen as `layout/projector.py` describes it: panels, discs, text lines,
icons, badges and curves, where and in the colours the description gives. No size, position or
colour rule lives here (tests/test_projector_drawing.py scans this file for them), so the projector
and the facilitator's preview of it show the same thing.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter

from cjdesigner.app.icons import renderer
from cjdesigner.canvas import style
from cjdesigner.canvas.items import paint_target
from cjdesigner.layout import projector as P
from cjdesigner.layout import projector_theme as S
from cjdesigner.layout.grid import Rect
from cjdesigner.layout.phone_panel import PANEL_INK, PhonePanel, PhoneRoom, phone_panel, stage_beside_panel
from cjdesigner.ui.presentation.presentation import Presentation


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def paint_panel(painter: QPainter, panel: P.Panel) -> None:
    painter.setPen(style.pen(panel.border, panel.border_width) if panel.border is not None else Qt.PenStyle.NoPen)
    painter.setBrush(style.qcolor(panel.fill) if panel.fill is not None else Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(qrect(panel.rect), panel.radius, panel.radius)


def paint_dot(painter: QPainter, dot: P.Dot) -> None:
    painter.setPen(style.pen(dot.ring, dot.ring_width) if dot.ring is not None else Qt.PenStyle.NoPen)
    painter.setBrush(style.qcolor(dot.fill) if dot.fill is not None else Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QPointF(dot.x, dot.y), dot.radius, dot.radius)


def room_state(presentation: Presentation) -> P.RoomState:
    """The room's state the description needs, read off the presentation."""
    timer = presentation.timer
    stage_id = presentation.stage_id
    journey = presentation.journey
    cells = (journey.cell_cards(stage_id, lane.id) for lane in journey.lanes) if stage_id is not None else ()
    return P.RoomState(
        {card.id: presentation.shown_dots(card) for cards in cells for card in cards},
        presentation.focus_id,
        P.TimerState(timer.text(), timer.running, timer.flashing, timer.ended, timer.remaining_ms()),
        tuple(presentation.status_lines()),
        presentation.note,
    )


class StagePainter:
    """Paints the presentation at a layout's size; remembers the card text sizes it painted (in
    device pixels) so that a test can measure what the room sees."""

    def __init__(self, presentation: Presentation) -> None:
        self.presentation = presentation
        self.painted_sizes: dict[str, float] = {}

    def screen(self, width: float, height: float, exposed: P.Exposed = None) -> P.ProjectorScreen:
        p = self.presentation
        if p.blackout:
            return P.projector_screen(None, p.journey, room_state(p), blackout=True)
        no_votes = QCoreApplication.translate("Presentation", "No votes in this round.")
        return P.projector_screen(p.layout(width, height), p.journey, room_state(p), ranking=p.ranking_round(), no_votes=no_votes, width=width, height=height, exposed=exposed)

    def phone_panel(self, width: float, height: float) -> Optional[PhonePanel]:  # Optional: a "|" reads as arithmetic to this file's test
        """The QR code and the room's figures while a phone round is open (not in a blackout)."""
        p = self.presentation
        phones = p.phone_round
        if phones is None or p.blackout or phones.server is None:
            return None
        joined, cast = p.phone_figures()
        room = PhoneRoom(phones.modules, phones.address, QCoreApplication.translate("Presentation", "Room code"), phones.code, joined, cast)
        return phone_panel(room, width, height)

    def paint(self, painter: QPainter, width: float, height: float, exposed: P.Exposed = None) -> None:
        """`exposed`: the part of the screen to paint again (None: all of it); cards wholly
        outside it are not drawn, so a dot at the projector costs its card, not the stage."""
        try:
            self._paint(painter, width, height, exposed)
        except Exception as error:  # a paint must never take the room's screen down
            painter.resetTransform()
            painter.fillRect(QRectF(0, 0, width, height), style.qcolor(S.BACKGROUND))
            painter.setPen(style.qcolor(S.HEADING))
            painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, str(error))

    def _paint(self, painter: QPainter, width: float, height: float, exposed: P.Exposed = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        phones = self.phone_panel(width, height)
        if phones is not None:
            exposed = None  # the stage is drawn smaller beside the phone panel: its parts are elsewhere
        screen = self.screen(width, height, exposed)
        painter.fillRect(QRectF(0, 0, width, height), style.qcolor(screen.background))
        if exposed is None:
            self.painted_sizes = {}
        if screen.ranking is not None:
            self._paint_ranking(painter, screen.ranking)
        if screen.stage is not None:
            painter.save()
            if phones is not None:  # the stage, whole but smaller, beside the phone panel
                scale, dx, dy = stage_beside_panel(width, height)
                painter.translate(dx, dy)
                painter.scale(scale, scale)
            self._paint_stage(painter, screen.stage)
            painter.restore()
        if screen.timer is not None:
            panel, text = screen.timer
            paint_panel(painter, panel)
            style.draw_text(painter, text)
        for line in screen.status:
            style.draw_text(painter, line)
        if phones is not None:
            paint_panel(painter, phones.panel)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.qcolor(PANEL_INK))
            for run in phones.modules:
                painter.drawRect(qrect(run))
            for line in phones.lines:
                style.draw_text(painter, line)
        if screen.frame is not None:
            paint_panel(painter, screen.frame)

    def _paint_stage(self, painter: QPainter, stage: P.StageFace) -> None:
        for line in stage.heading:
            style.draw_text(painter, line)
        for target in stage.goals:
            paint_target(painter, target)
        for lane in stage.lanes:
            self._paint_lane(painter, lane)
        if stage.band is not None:
            self._paint_emotions(painter, stage.band)
        for card in stage.cards:
            self._paint_card(painter, card)
        if stage.empty is not None:
            style.draw_text(painter, stage.empty)
        for chip in stage.chips:
            painter.setOpacity(chip.panel.opacity)
            paint_panel(painter, chip.panel)
            style.draw_text(painter, chip.label)
        painter.setOpacity(1.0)

    @staticmethod
    def _paint_lane(painter: QPainter, lane: P.LaneFace) -> None:
        paint_panel(painter, lane.panel)
        if lane.swatch is not None:
            paint_panel(painter, lane.swatch)
            renderer(lane.icon.name).render(painter, qrect(lane.icon.rect))
        for line in lane.title:
            style.draw_text(painter, line)

    def _paint_emotions(self, painter: QPainter, face: P.BandFace) -> None:
        """The emotions band: as the map draws a curve (each persona's colour, dash and marker, the
        point's label beside it), large, on the projector's dark band."""
        band = face.band
        self._paint_lane(painter, face.lane)
        for key in face.keys:
            curve, line = key.curve, key.key
            painter.setPen(style.pen(curve.colour, curve.width, curve.dash))
            painter.drawLine(QPointF(line.x0, line.y), QPointF(line.x1, line.y))
            style.draw_marker(painter, curve.marker, curve.colour, curve.border, curve.marker_border_width, key.marker_x, line.y, key.marker_radius)
            style.draw_text(painter, line.name)
        for guide in band.guides:
            painter.setPen(style.pen(guide.colour, guide.width, guide.dash))
            painter.drawLine(QPointF(guide.x0, guide.y), QPointF(guide.x1, guide.y))
            if guide.label is not None:
                style.draw_text(painter, guide.label)
        painter.save()
        painter.setClipRect(qrect(face.clip))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for curve in band.curves:
            if curve.drawn:
                painter.setPen(style.pen(curve.colour, curve.width, curve.dash))
                painter.drawPolyline([QPointF(point.x, point.y) for point in curve.points])
        for curve in band.curves:
            for point in curve.points:
                painter.setOpacity(face.opacity[point.point_id])
                style.draw_marker(painter, curve.marker, curve.colour, curve.border, curve.marker_border_width, point.x, point.y, curve.marker_radius)
                if point.label is not None:
                    style.draw_text(painter, point.label, point.x, point.y)
        painter.setOpacity(1.0)
        painter.restore()

    def _paint_card(self, painter: QPainter, face: P.CardFace) -> None:
        placed = face.placed
        paint_panel(painter, face.panel)
        painter.save()
        painter.setClipRect(qrect(placed.rect))
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
        for dot in (*face.pips, *face.dots):
            paint_dot(painter, dot)
        if face.count is not None:
            style.draw_text(painter, face.count)
        painter.restore()
        if face.focus is not None:
            paint_panel(painter, face.focus)

    @staticmethod
    def _paint_ranking(painter: QPainter, ranking: P.RankingFace) -> None:
        style.draw_text(painter, ranking.title)
        for row in ranking.rows:
            style.draw_text(painter, row.number)
            style.draw_text(painter, row.text)
            style.draw_text(painter, row.where)
            paint_panel(painter, row.bar)
            style.draw_text(painter, row.count)
        if ranking.empty is not None:
            style.draw_text(painter, ranking.empty)
