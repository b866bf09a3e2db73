"""Drops on the map from the personas panel (a badge onto cards) and the palette (a new card).

A drop is decoded into one intent of the scene: `personaDropped` or `paletteDropped`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGraphicsSceneDragDropEvent

from cjdesigner.canvas.gestures import card_drop_target, show_card_marker
from cjdesigner.canvas.items import CardItem

if TYPE_CHECKING:
    from cjdesigner.canvas.scene import MapScene

PERSONA_MIME = "application/x-cjdesigner-persona"
CARD_KIND_MIME = "application/x-cjdesigner-card-kind"


class Drops:
    def __init__(self, scene: MapScene) -> None:
        self.scene = scene

    def enter(self, event: QGraphicsSceneDragDropEvent) -> None:
        mime = event.mimeData()
        event.setAccepted(mime.hasFormat(PERSONA_MIME) or mime.hasFormat(CARD_KIND_MIME))

    def move(self, event: QGraphicsSceneDragDropEvent) -> None:
        """A persona is accepted over a card, a card kind over a cell (with the insertion line)."""
        scene = self.scene
        mime = event.mimeData()
        pos = event.scenePos()
        if mime.hasFormat(PERSONA_MIME):
            event.setAccepted(isinstance(scene.item_at(pos), CardItem))
        elif mime.hasFormat(CARD_KIND_MIME):
            cell = scene.layout.cell_at(pos.x(), pos.y())
            event.setAccepted(cell is not None)
            if cell is not None:
                show_card_marker(scene, pos)
        else:
            event.ignore()

    def leave(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.scene.marker.hide()

    def drop(self, event: QGraphicsSceneDragDropEvent) -> None:
        scene = self.scene
        scene.marker.hide()
        mime = event.mimeData()
        pos = event.scenePos()
        if mime.hasFormat(PERSONA_MIME):
            item = scene.item_at(pos)
            if isinstance(item, CardItem):
                persona_id = bytes(mime.data(PERSONA_MIME).data()).decode("utf-8")
                targets = scene.selected_card_ids() if item.isSelected() else [item.card_id]
                scene.personaDropped.emit(persona_id, targets)
                event.acceptProposedAction()
                return
        elif mime.hasFormat(CARD_KIND_MIME):
            target = card_drop_target(scene, pos)
            if target is not None:
                kind = bytes(mime.data(CARD_KIND_MIME).data()).decode("utf-8")
                scene.paletteDropped.emit(kind, *target)
                event.acceptProposedAction()
                return
        event.ignore()
