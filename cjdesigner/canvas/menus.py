"""Context menus of the map: what a menu is about (a card, a stage, a lane, a cell, an emotion
point or the map) and where it opens, reported as the scene's `contextRequested` intent; the window
builds the menu itself."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsSceneContextMenuEvent

from cjdesigner.canvas.items import CardItem, CellItem, EmotionPointItem, LaneHeaderItem, StageHeaderItem, qrect

if TYPE_CHECKING:
    from cjdesigner.canvas.scene import MapScene


def request_menu(scene: MapScene, event: QGraphicsSceneContextMenuEvent) -> None:
    """From the keyboard, the menu of the selection; from the mouse, the menu of the item under it
    (a card that was not selected becomes the selection)."""
    if event.reason() == QGraphicsSceneContextMenuEvent.Reason.Keyboard:
        open_menu_at_selection(scene)
        return
    item = scene.item_at(event.scenePos())
    if isinstance(item, CardItem):
        if not item.isSelected():
            scene.select_cards([item.card_id])
        scene.contextRequested.emit("card", item.card_id, event.screenPos())
    elif isinstance(item, StageHeaderItem):
        scene.contextRequested.emit("stage", item.stage_id, event.screenPos())
    elif isinstance(item, LaneHeaderItem):
        scene.contextRequested.emit("lane", item.lane_id, event.screenPos())
    elif isinstance(item, CellItem):
        scene.set_cursor_cell((item.stage_id, item.lane_id))
        scene.contextRequested.emit("cell", json.dumps([item.stage_id, item.lane_id]), event.screenPos())
    elif isinstance(item, EmotionPointItem):
        scene.contextRequested.emit("emotion_point", item.point_id, event.screenPos())
    else:
        scene.contextRequested.emit("map", "", event.screenPos())


def open_menu_at_selection(scene: MapScene) -> None:
    """The Menu key and Shift+F10: the context menu of what is selected, shown at it."""
    selected = scene.selected_object()
    cards = scene.selected_card_ids()
    if cards:
        card_id = scene.current_card if scene.current_card in cards else cards[-1]
        kind, object_id, rect = "card", card_id, scene.card_items[card_id].sceneBoundingRect()
    elif selected is not None:
        items = {"stage": scene.stage_items, "lane": scene.lane_items, "emotion_point": scene.point_items}[selected[0]]
        kind, object_id, rect = selected[0], selected[1], items[selected[1]].sceneBoundingRect()
    elif scene.cursor_cell in scene.layout.cells:
        kind, object_id = "cell", json.dumps(list(scene.cursor_cell))
        rect = qrect(scene.slot_rect(scene.cursor_cell))
    else:
        kind, object_id, rect = "map", "", QRectF()
    views = scene.views()
    if not views:
        return
    view = views[0]
    if rect.isNull():
        point = view.viewport().rect().center()
    else:
        scene.reveal(rect)
        point = view.mapFromScene(QPointF(rect.left() + min(12.0, rect.width() / 2), rect.top() + min(rect.height(), 24.0)))
    scene.contextRequested.emit(kind, object_id, view.viewport().mapToGlobal(point))
