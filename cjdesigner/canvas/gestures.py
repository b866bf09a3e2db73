"""One handler per mouse gesture: drag cards, drag a stage or lane header, drag an emotion point.

The scene lets Qt select and grab items on a press, then hands the move and release events to the
handler made for the grabbed item. A handler shows where a drop would land while the mouse moves
and reports one intent on release (one gesture, one undo step). The rubber band that selects cards
is the view's own (`QGraphicsView.RubberBandDrag`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtWidgets import QGraphicsItem

from cjdesigner.model.diff import Diff
from cjdesigner.canvas.items import CardItem, EmotionPointItem, LaneHeaderItem, StageHeaderItem, Z_DRAGGED
from cjdesigner.canvas.links import is_opportunity, is_pain_point
from cjdesigner.layout import CARD_H, CARD_W, Rect

if TYPE_CHECKING:
    from cjdesigner.canvas.scene import MapScene

DRAG_DISTANCE = 4  # pixels the mouse must travel before a press becomes a drag


class Gesture:
    """A press on a grabbed item; it becomes a drag once the mouse has travelled far enough."""

    snaps = False  # True when the item moves under any mouse move, so a click must be settled too

    def __init__(self, scene: MapScene, item: QGraphicsItem, press: QPointF) -> None:
        self.scene = scene
        self.item = item
        self.press = press
        self.dragging = False

    def move(self, pos: QPointF) -> None:
        if not self.dragging and (pos - self.press).manhattanLength() < DRAG_DISTANCE:
            return
        self.dragging = self.scene.dragging = True
        self.drag_to(pos)

    def drag_to(self, pos: QPointF) -> None:
        """Show where a release at `pos` would put what is dragged."""

    def release(self, pos: QPointF) -> None:
        """Report the gesture's intent; items that moved under the mouse are put back by the refresh."""
        if self.dragging or self.snaps:
            self.scene.sync.displaced.update({*self.scene.selected_card_ids(), *self.moved_ids()})
            self.drop(pos)

    def moved_ids(self) -> set[str]:
        return set()

    def drop(self, pos: QPointF) -> None:
        """Emit the intent of a drag released at `pos`."""

    def cancel(self) -> None:
        """Escape: what was dragged goes back and the release that follows does nothing. The item
        lets go of the mouse, so that Qt stops moving it with the pointer."""
        scene = self.scene
        grabber = scene.mouseGrabberItem()
        if grabber is not None:
            grabber.ungrabMouse()
        scene.marker.hide()
        scene.link_target.clear()
        if self.dragging or self.snaps:
            scene.sync.displaced.update({*scene.selected_card_ids(), *self.moved_ids()})
            scene.refresh(Diff())


class CardDrag(Gesture):
    """Drags the selected cards (or the one pressed) into a cell, before or after its cards. One
    opportunity dropped onto a pain point links the two instead of moving."""

    item: CardItem

    def __init__(self, scene: MapScene, item: QGraphicsItem, press: QPointF) -> None:
        super().__init__(scene, item, press)
        self.link_target = ""

    def drag_to(self, pos: QPointF) -> None:
        scene = self.scene
        selected = scene.selected_card_ids()
        for card_id in selected:
            scene.card_items[card_id].parentItem().setZValue(Z_DRAGGED)
        if scene.links.touches(selected):  # the links of the dragged cards follow them
            scene.links.refresh({card_id: Rect(p.x(), p.y(), CARD_W, CARD_H) for card_id in selected for p in (scene.card_items[card_id].scenePos(),)})
        target = self.pain_point_at(pos)
        if target != self.link_target:
            self.link_target = target
            self.item.setCursor(Qt.CursorShape.DragLinkCursor if target else Qt.CursorShape.OpenHandCursor)
            self.item.setOpacity(0.3 if target else 1.0)  # the pain point shows through the card held over it
            scene.hint.emit(QCoreApplication.translate("CardDrag", "Drop to link") if target else "")
        if target:
            scene.marker.hide()
            scene.link_target.show_at(target, scene.layout.cards[target])
        else:
            scene.link_target.clear()
            show_card_marker(scene, pos)

    def pain_point_at(self, pos: QPointF) -> str:
        """The pain point under the pointer when one opportunity alone is dragged, else ""."""
        scene = self.scene
        moving = scene.selected_card_ids() or [self.item.card_id]
        if len(moving) != 1 or not is_opportunity(scene, moving[0]):
            return ""
        for item in scene.items(pos):
            if isinstance(item, CardItem) and item.card_id not in moving and item.card_id in scene.layout.cards:
                return item.card_id if is_pain_point(scene, item.card_id) else ""
        return ""

    def moved_ids(self) -> set[str]:
        return {self.item.card_id}

    def release(self, pos: QPointF) -> None:
        self._settle()
        super().release(pos)

    def cancel(self) -> None:
        self._settle()
        super().cancel()

    def _settle(self) -> None:
        """The card held looks as before the drag; the "Drop to link" hint goes."""
        self.item.setCursor(Qt.CursorShape.OpenHandCursor)
        self.item.setOpacity(1.0)
        if self.link_target:
            self.link_target = ""
            self.scene.hint.emit("")

    def drop(self, pos: QPointF) -> None:
        moving = self.scene.selected_card_ids() or [self.item.card_id]
        pain_point = self.pain_point_at(pos)
        if pain_point:
            self.scene.painPointLinked.emit(moving[0], pain_point)
            return
        target = card_drop_target(self.scene, pos)
        if target is not None:
            self.scene.cardsMoved.emit(moving, *target)


class HeaderDrag(Gesture):
    """Drags a stage header sideways or a lane header up or down to reorder them."""

    item: StageHeaderItem | LaneHeaderItem

    def __init__(self, scene: MapScene, item: QGraphicsItem, press: QPointF) -> None:
        super().__init__(scene, item, press)
        layout = scene.layout
        self.horizontal = isinstance(item, StageHeaderItem)
        self.own: str = item.stage_id if self.horizontal else item.lane_id  # type: ignore[union-attr]
        self.order = layout.stage_order if self.horizontal else layout.lane_order
        self.rects = layout.stages if self.horizontal else layout.lanes

    def peers(self) -> list[str]:
        """The headers it is dropped among: the others; in a journey that forks, the stages of its
        own band only (a stage's path is changed from its menu, not by dragging it to another band)."""
        others = [key for key in self.order if key != self.own]
        if self.horizontal and self.scene.layout.band_offset:
            return [key for key in others if self.rects[key].y == self.rects[self.own].y]
        return others

    def index_at(self, pos: QPointF) -> int:
        """The header's new index were it dropped at `pos`, counted among the others."""
        coordinate = pos.x() if self.horizontal else pos.y()
        others = [key for key in self.order if key != self.own]
        peers = self.peers()
        for key in peers:
            rect = self.rects[key]
            if coordinate < (rect.center[0] if self.horizontal else rect.center[1]):
                return others.index(key)
        if not peers:  # alone in its band: it stays where it is
            return self.order.index(self.own)
        return others.index(peers[-1]) + 1

    def drag_to(self, pos: QPointF) -> None:
        coordinate = pos.x() if self.horizontal else pos.y()
        grid = self.scene.layout.grid
        peers = self.peers()
        before = next((key for key in peers if coordinate < (self.rects[key].center[0] if self.horizontal else self.rects[key].center[1])), None)
        if self.horizontal:
            x = self.rects[before].x if before is not None else (self.rects[peers[-1]].right if peers else grid.x)
            self.scene.marker.show_line(x - 2, grid.y, 4, grid.h)
        else:
            y = self.rects[before].y if before is not None else (self.rects[peers[-1]].bottom if peers else grid.y)
            self.scene.marker.show_line(grid.x, y - 2, grid.w, 4)

    def moved_ids(self) -> set[str]:
        return {self.own}

    def drop(self, pos: QPointF) -> None:
        index = self.index_at(pos)
        if index != self.order.index(self.own):
            (self.scene.stageMoved if self.horizontal else self.scene.laneMoved).emit(self.own, index)


class EmotionPointDrag(Gesture):
    """Drags an emotion point up or down; it snaps to the −2…+2 scale as it goes (see the item)."""

    item: EmotionPointItem
    snaps = True

    def moved_ids(self) -> set[str]:
        return {self.item.point_id}

    def drop(self, pos: QPointF) -> None:
        point = self.scene.emotion_point(self.item.point_id)
        if point is not None and self.item.lane_id:
            score = self.scene.layout.score_at(self.item.lane_id, self.item.pos().y(), point.stage_id)
            if score != point.score:
                self.scene.emotionMoved.emit(point.stage_id, point.persona_id, score)


def gesture_for(scene: MapScene, item: QGraphicsItem | None, press: QPointF) -> Gesture | None:
    """The handler for a press that grabbed `item`: None when no gesture of the map starts there."""
    if isinstance(item, CardItem):
        return CardDrag(scene, item, press)
    if isinstance(item, (StageHeaderItem, LaneHeaderItem)):
        return HeaderDrag(scene, item, press)
    if isinstance(item, EmotionPointItem):
        return EmotionPointDrag(scene, item, press)
    return None


def card_drop_target(scene: MapScene, pos: QPointF) -> tuple[str, str, int] | None:
    """The cell and position where cards dropped at `pos` go, among the cards not being moved."""
    cell = scene.layout.cell_at(pos.x(), pos.y())
    if cell is None:
        return None
    moving = set(scene.selected_card_ids())
    others = [c.id for c in scene.cell_cards(cell) if c.id not in moving]
    return cell[0], cell[1], scene.layout.insertion_index(cell, pos.y(), others)


def show_card_marker(scene: MapScene, pos: QPointF) -> None:
    target = card_drop_target(scene, pos)
    if target is None:
        scene.marker.hide()
        return
    cell = (target[0], target[1])
    moving = set(scene.selected_card_ids())
    others = [c.id for c in scene.cell_cards(cell) if c.id not in moving]
    y = scene.layout.insertion_y(cell, target[2], others)
    rect: Rect = scene.layout.cells[cell]
    scene.marker.show_line(rect.x + 6, y - 1.5, rect.w - 12, 3)
