"""The links from opportunities to the pain points they answer, drawn on the map on demand.

With View → Show Links every link is drawn; without it, only the links of the selected cards, so
selecting an opportunity (or a pain point) shows what it is linked to. The connectors' geometry is
`layout/links.py`'s; this item only paints it. While an opportunity is dragged over a pain point,
`LinkTargetItem` marks the card the drop would link it to.
"""

from __future__ import annotations

from collections import ChainMap

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from cjdesigner.canvas import style
from cjdesigner.canvas.items import Z_CARD, Z_DRAGGED, GuardedItem, qrect
from cjdesigner.layout import Rect
from cjdesigner.layout.drawing import CARD_RADIUS
from cjdesigner.layout.links import LINK_WIDTH, LINK_WIDTH_HIGHLIGHTED, START_RADIUS, Command, Connector, connectors, journey_links, stage_columns
from cjdesigner.i18n import QT_TRANSLATE_NOOP
from cjdesigner.model.backlog import answers_pain_points
from cjdesigner.model.document import Card
from cjdesigner.model.vocabulary import LaneKind

Z_LINKS = Z_CARD + 0.5  # above the cards (connectors run in the gutters beside them), below emotion points


def qpath(commands: tuple[Command, ...]) -> QPainterPath:
    path = QPainterPath()
    for command in commands:
        if command[0] == "M":
            path.moveTo(command[1], command[2])
        elif command[0] == "L":
            path.lineTo(command[1], command[2])
        else:
            path.cubicTo(*command[1:])
    return path


class LinksItem(GuardedItem):
    """Every connector shown, as one item: it takes no mouse press and has no shape, so it never
    stands between the pointer and a card."""

    def __init__(self) -> None:
        super().__init__()
        self.shown = False
        self.connectors: list[Connector] = []
        self.highlighted: set[str] = set()
        self.bounds = QRectF()
        self.setZValue(Z_LINKS)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def set_shown(self, shown: bool) -> None:
        self.shown = shown
        self.refresh()

    def refresh(self, dragged: dict[str, Rect] | None = None) -> None:
        """Work the connectors out again from the journey, the layout and the selection; `dragged`
        cards are where the pointer holds them, so their links follow a drag."""
        scene = self.scene()
        if scene is None:
            return
        selected = set(scene.selected_card_ids())
        journey = scene.journey
        pairs = journey_links(journey) if self.shown else (journey_links(journey, selected) if selected else [])
        rects = ChainMap(dragged, scene.layout.cards) if dragged else scene.layout.cards
        found = connectors(pairs, rects, scene.layout.cells, stage_columns(journey, rects)) if pairs else []
        self.highlighted = selected
        bounds = QRectF()
        for connector in found:
            b = connector.bounds
            bounds = bounds.united(QRectF(b.x, b.y, b.w, b.h))
        bounds = bounds.adjusted(-6, -6, 6, 6) if found else QRectF()
        if bounds != self.bounds:
            self.prepareGeometryChange()
            self.bounds = bounds
        self.connectors = found
        self.update()

    def boundingRect(self) -> QRectF:
        return self.bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self.connectors:
            return
        theme = self.scene().theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ordered = sorted(self.connectors, key=self.is_highlighted)  # the selected card's links on top
        for connector in ordered:
            strong = self.is_highlighted(connector)
            colour = theme.selection if strong else theme.ink
            width = LINK_WIDTH_HIGHLIGHTED if strong else LINK_WIDTH
            path = qpath(connector.path)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(style.pen(theme.paper, width + 2.5))  # a halo, so a link reads across grid lines
            painter.drawPath(path)
            painter.setPen(style.pen(colour, width))
            painter.drawPath(path)
            painter.setBrush(style.qcolor(colour))
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in connector.arrow]))
            painter.drawEllipse(QPointF(*connector.start), START_RADIUS, START_RADIUS)

    def touches(self, card_ids: list[str]) -> bool:
        """Whether a link drawn now starts or ends at one of these cards."""
        ids = set(card_ids)
        return any(c.opportunity_id in ids or c.pain_point_id in ids for c in self.connectors)

    def is_highlighted(self, connector: Connector) -> bool:
        return connector.opportunity_id in self.highlighted or connector.pain_point_id in self.highlighted


class LinkTargetItem(GuardedItem):
    """The pain point an opportunity would be linked to if dropped now: a thick dashed outline and
    the words "Drop to link" above the card."""

    def __init__(self) -> None:
        super().__init__()
        self.card_id = ""
        self.rect = QRectF()
        self.setZValue(Z_DRAGGED + 1)  # over the card dragged onto it
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def show_at(self, card_id: str, rect: Rect) -> None:
        target = qrect(rect)
        if target != self.rect:
            self.prepareGeometryChange()
            self.rect = target
        self.card_id = card_id
        self.show()

    def clear(self) -> None:
        self.card_id = ""
        self.hide()

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-6, -24, 120, 6)

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        theme = self.scene().theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(style.pen(theme.selection, 3.0, (4.0, 2.0)))
        outline = self.rect.adjusted(-3, -3, 3, 3)
        painter.drawRoundedRect(outline, CARD_RADIUS + 2, CARD_RADIUS + 2)
        label = QCoreApplication.translate("LinkTargetItem", "Drop to link")
        font = style.font(9.0, bold=True)
        painter.setFont(font)
        width = style.metrics(9.0, True).horizontalAdvance(label) + 12
        pill = QRectF(outline.x(), outline.y() - 18, width, 16)
        painter.setPen(style.pen(theme.selection, 1.5))
        painter.setBrush(style.qcolor(theme.paper))
        painter.drawRoundedRect(pill, 8, 8)
        painter.setPen(style.pen(theme.selection, 1.0))
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), label)


def is_opportunity(scene, card_id: str) -> bool:
    card = scene.card(card_id)
    if card is None:
        return False
    lane = scene.lane(card.lane_id)
    return answers_pain_points(card, lane.kind if lane is not None else None)


def is_pain_point(scene, card_id: str) -> bool:
    card = scene.card(card_id)
    lane = scene.lane(card.lane_id) if card is not None else None
    return lane is not None and lane.kind is LaneKind.PAIN_POINTS


# What a link is called in an undo step, a status message or a list, by the cards it joins.
LINK_SENTENCES = {
    "link": QT_TRANSLATE_NOOP("links", "Link “%1” to “%2”"),
    "unlink": QT_TRANSLATE_NOOP("links", "Unlink “%1” from “%2”"),
    "linked": QT_TRANSLATE_NOOP("links", "Linked “%1” to the pain point “%2”."),
    "already": QT_TRANSLATE_NOOP("links", "“%1” is already linked to “%2”; nothing changed."),
}


def link_sentence(kind: str, opportunity: Card, pain_point: Card) -> str:
    sentence = QCoreApplication.translate("links", LINK_SENTENCES[kind])
    return sentence.replace("%1", short(opportunity.text)).replace("%2", short(pain_point.text))


def short(text: str, limit: int = 40) -> str:
    """A card's text on one line, cut with an ellipsis, to name it in a sentence or a list."""
    line = " ".join(text.split())
    if not line:
        return QCoreApplication.translate("links", "(no text)")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
