"""Context menus of the map: what a menu is about (a card, a stage, a lane, a cell, an emotion
point or the map) and where it opens, reported as the scene's `contextRequested` intent; the window
builds the menu itself."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QGraphicsSceneContextMenuEvent, QMenu

from cjdesigner.canvas.items import CardItem, CellItem, EmotionPointItem, LaneHeaderItem, StageHeaderItem, qrect
from cjdesigner.i18n import QT_TRANSLATE_NOOP
from cjdesigner.model.document import Lane
from cjdesigner.model.vocabulary import LaneChart

if TYPE_CHECKING:
    from cjdesigner.app.verbs import Verbs
    from cjdesigner.canvas.scene import MapScene

# How a lane can show its cards: the menu's word for it, and the name of the undo step.
SHOW_AS: tuple[tuple[LaneChart | None, str, str], ...] = (
    (None, QT_TRANSLATE_NOOP("MapMenu", "Cards"), QT_TRANSLATE_NOOP("MapMenu", "Show lane as cards")),
    (LaneChart.BARS, QT_TRANSLATE_NOOP("MapMenu", "Bar chart"), QT_TRANSLATE_NOOP("MapMenu", "Show lane as bar chart")),
    (LaneChart.FUNNEL, QT_TRANSLATE_NOOP("MapMenu", "Funnel"), QT_TRANSLATE_NOOP("MapMenu", "Show lane as funnel")),
)


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


def show_lane_as(verbs: Verbs, lane: Lane, chart: LaneChart | None) -> bool:
    """Draws the lane's cards as cards, bars or a funnel: one undo step named for what it does."""
    if lane.chart == chart:
        return False
    step = next(step for value, _, step in SHOW_AS if value == chart)
    return verbs.set_fields("lane", lane.id, QCoreApplication.translate("MapMenu", step), chart=chart)


def add_show_as_menu(menu: QMenu, lane: Lane, verbs: Verbs) -> QMenu:
    """The lane menu's "Show as ▸ Cards / Bar chart / Funnel", the current choice checked."""
    choices = menu.addMenu(QCoreApplication.translate("MapMenu", "Show as"))
    choices.setObjectName("lane-show-as")
    group = QActionGroup(choices)
    for chart, name, _ in SHOW_AS:
        action = choices.addAction(QCoreApplication.translate("MapMenu", name))
        action.setObjectName(f"lane-show-as-{chart.value if chart else 'cards'}")
        action.setCheckable(True)
        action.setChecked(lane.chart == chart)
        group.addAction(action)
        action.triggered.connect(lambda _=False, chart=chart: show_lane_as(verbs, lane, chart))
    return choices
