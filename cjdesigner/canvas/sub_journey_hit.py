"""Which sub-journey a click on the map opens: the mark of a stage header or of a card (drawn by
`layout/sub_journey_marks.py`) hit at a scene position."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsItem

from cjdesigner.canvas.items import CardItem, StageHeaderItem
from cjdesigner.layout.sub_journey_marks import card_mark_rect, stage_mark_rect

if TYPE_CHECKING:
    from cjdesigner.canvas.scene import MapScene


def sub_journey_at(scene: MapScene, item: QGraphicsItem | None, pos: QPointF) -> str:
    """The id of the journey the mark under `pos` opens, "" when there is no mark there."""
    local = item.mapFromScene(pos) if item is not None else pos
    if isinstance(item, CardItem):
        card = scene.card(item.card_id)
        if card is None or not card.sub_journey_id:
            return ""
        rect = card_mark_rect(card.confidence is not None)
        target = card.sub_journey_id
    elif isinstance(item, StageHeaderItem):
        stage = scene.stage(item.stage_id)
        if stage is None or not stage.sub_journey_id:
            return ""
        rect = stage_mark_rect(item.boundingRect().width())
        target = stage.sub_journey_id
    else:
        return ""
    inside = rect.x <= local.x() <= rect.x + rect.w and rect.y <= local.y() <= rect.y + rect.h
    return target if inside else ""
