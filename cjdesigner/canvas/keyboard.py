"""The map without a mouse: arrows walk cards and cells, and past the map's top or left edge the
stage and lane headers (F2 renames one, Menu opens its menu), and in a journey that forks Up/Down cross
from one path's band to the next through its stage headers; Ctrl+arrows move cards (across bands too), Up/Down change
a selected emotion point, Enter/F2 edit, Insert adds a card, Menu or Shift+F10 opens the context
menu, Escape cancels a drag under way.

Moves and scores are reported as the scene's intents, like the same gestures made with the mouse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from cjdesigner.canvas.menus import open_menu_at_selection
from cjdesigner.layout.paths import stage_across

if TYPE_CHECKING:
    from cjdesigner.canvas.scene import MapScene

ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


class KeyboardNavigation:
    def __init__(self, scene: MapScene) -> None:
        self.scene = scene

    def key_press(self, event: QKeyEvent) -> bool:
        """True when the key was used; the scene passes the others on."""
        scene = self.scene
        key = event.key()
        if key == Qt.Key.Key_Escape and scene.gesture is not None:  # a drag under way stops; nothing changes
            gesture, scene.gesture, scene.dragging = scene.gesture, None, False
            gesture.cancel()
            return True
        if key in ARROWS and self._emotion_key(key, event.modifiers()):
            return True
        if key in ARROWS:
            dx, dy = ARROWS[key]
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self._move_selected_by(dx, dy)
            else:
                self._navigate(dx, dy)
            scene.reveal_current()
            return True
        if key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            open_menu_at_selection(scene)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            if not scene.edit_selected() and scene.current_card is None and scene.cursor_cell is not None:
                scene.cellActivated.emit(*scene.cursor_cell)
            return True
        if key == Qt.Key.Key_Insert:
            cell = scene.current_cell()
            if cell is not None:
                scene.cellActivated.emit(*cell)
            return True
        return False

    def _emotion_key(self, key: int, modifiers: Qt.KeyboardModifier) -> bool:
        """With an emotion point selected, Up/Down change its score by one step and Left/Right go to
        the same persona's point at the stage before or after. True when the key was used."""
        scene = self.scene
        selected = scene.selected_object()
        if selected is None or selected[0] != "emotion_point" or modifiers & Qt.KeyboardModifier.ControlModifier:
            return False
        point = scene.emotion_point(selected[1])
        if point is None:
            return False
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            score = max(-2, min(2, point.score + (1 if key == Qt.Key.Key_Up else -1)))
            if score != point.score:
                scene.emotionMoved.emit(point.stage_id, point.persona_id, score)
            return True
        order = {stage_id: i for i, stage_id in enumerate(scene.layout.stage_order)}
        points = scene.sync.index.points.values()
        curve = sorted((p for p in points if p.persona_id == point.persona_id and p.stage_id in order), key=lambda p: order[p.stage_id])
        index = next(i for i, p in enumerate(curve) if p.id == point.id) + (1 if key == Qt.Key.Key_Right else -1)
        if 0 <= index < len(curve):
            scene.select_point(curve[index].id)
        return True

    def _navigate(self, dx: int, dy: int) -> None:
        scene = self.scene
        layout = scene.layout
        if not layout.stage_order or not layout.lane_order:
            return
        selected = scene.selected_object()
        if selected is not None and selected[0] in ("stage", "lane"):
            self._from_header(selected[0], selected[1], dx, dy)
            return
        cell = scene.current_cell()
        if cell is None:
            first = (layout.stage_order[0], layout.lane_order[0])
            cards = scene.cell_cards(first)
            scene.select_cards([cards[0].id]) if cards else scene.set_cursor_cell(first)
            return
        stage_i, lane_i = layout.stage_order.index(cell[0]), layout.lane_order.index(cell[1])
        cards = scene.cell_cards(cell)
        index = next((i for i, c in enumerate(cards) if c.id == scene.current_card), None)
        if dy and index is not None and 0 <= index + dy < len(cards):
            scene.select_cards([cards[index + dy].id])
            return
        if dy < 0 and lane_i == 0:  # above the top row: the stage's header
            scene.select_header("stage", cell[0])
            return
        below = stage_across(layout.stages, cell[0], 1) if dy > 0 and lane_i == len(layout.lane_order) - 1 else None
        if below is not None:  # under a band's bottom row: the header of the next path's stage below
            scene.select_header("stage", below)
            return
        if dx < 0 and stage_i == 0:  # left of the first column: the lane's header
            scene.select_header("lane", cell[1])
            return
        stage_i = max(0, min(len(layout.stage_order) - 1, stage_i + dx))
        lane_i = max(0, min(len(layout.lane_order) - 1, lane_i + dy))
        target = (layout.stage_order[stage_i], layout.lane_order[lane_i])
        if target == cell:
            return
        target_cards = scene.cell_cards(target)
        if not target_cards:
            scene.set_cursor_cell(target)
        elif dy > 0:
            scene.select_cards([target_cards[0].id])
        elif dy < 0:
            scene.select_cards([target_cards[-1].id])
        else:
            scene.select_cards([target_cards[min(index or 0, len(target_cards) - 1)].id])

    def _from_header(self, kind: str, object_id: str, dx: int, dy: int) -> None:
        """On a header, arrows along the headers go to the next header; the arrow into the map
        (Down from a stage, Right from a lane) goes to the first card of the cell beside it."""
        scene = self.scene
        layout = scene.layout
        order = layout.stage_order if kind == "stage" else layout.lane_order
        along, into = (dx, dy) if kind == "stage" else (dy, dx)
        if object_id not in order:
            return
        if along:
            index = order.index(object_id) + along
            if 0 <= index < len(order):
                scene.select_header(kind, order[index])
            return
        above = stage_across(layout.stages, object_id, -1) if kind == "stage" and into < 0 else None
        if above is not None:  # above a lower band's header: the bottom row of the band above
            cell = (above, layout.lane_order[-1])
            cards = scene.cell_cards(cell)
            scene.select_cards([cards[-1].id]) if cards else scene.set_cursor_cell(cell)
        if into > 0:
            cell = (object_id, layout.lane_order[0]) if kind == "stage" else (layout.stage_order[0], object_id)
            cards = scene.cell_cards(cell)
            scene.select_cards([cards[0].id]) if cards else scene.set_cursor_cell(cell)

    def _move_selected_by(self, dx: int, dy: int) -> None:
        scene = self.scene
        moving = scene.selected_card_ids()
        card = scene.card(scene.current_card or "")
        if not moving or card is None or card.id not in moving:
            return
        layout = scene.layout
        cell = (card.stage_id, card.lane_id)
        others = [c.id for c in scene.cell_cards(cell) if c.id not in moving]
        position = sum(1 for c in scene.cell_cards(cell) if c.id not in moving and c.position < card.position)
        stage_i, lane_i = layout.stage_order.index(cell[0]), layout.lane_order.index(cell[1])
        if dy:
            new = position + dy
            if 0 <= new <= len(others):
                scene.cardsMoved.emit(moving, cell[0], cell[1], new)
                return
            lane_i += dy
            target = (cell[0], layout.lane_order[lane_i]) if 0 <= lane_i < len(layout.lane_order) else None
            across = stage_across(layout.stages, cell[0], dy) if target is None else None
            if across is not None:  # past a band's edge: into the same column of the next path's band
                target = (across, layout.lane_order[0 if dy > 0 else -1])
            if target is None:
                return
            count = sum(1 for c in scene.cell_cards(target) if c.id not in moving)
            scene.cardsMoved.emit(moving, target[0], target[1], count if dy < 0 else 0)
            return
        stage_i += dx
        if 0 <= stage_i < len(layout.stage_order):
            scene.cardsMoved.emit(moving, layout.stage_order[stage_i], cell[1], position)
