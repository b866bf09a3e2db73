"""The map scene: draws the current journey from the document and reports what the user did.

The scene never changes the model. It turns gestures into intents (cards moved, stage moved,
emotion moved, persona dropped…) that a controller makes into undoable commands; it redraws when
the document says what changed. One gesture is reported once, on mouse release.

Its parts live beside it: `sync` (items by id, layout, drawings, kept in step with each edit's diff),
`gestures` (one handler per mouse gesture), `editor` (editing in place), `keyboard` (navigation),
`menus` (what a context menu is about), `drops` (from the panels) and `tooltip`. Items read the
scene only through `paint_context.PaintContext`.
"""

from __future__ import annotations


from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
)

from cjdesigner.model.diff import Diff
from cjdesigner.canvas import style
from cjdesigner.canvas.drops import CARD_KIND_MIME, PERSONA_MIME, Drops
from cjdesigner.canvas.editor import InPlaceEditing, InPlaceEditor
from cjdesigner.canvas.gestures import Gesture, gesture_for
from cjdesigner.canvas.items import CardItem, CellItem, EmotionPointItem, LaneHeaderItem, StageHeaderItem, qrect
from cjdesigner.canvas.keyboard import KeyboardNavigation
from cjdesigner.canvas.links import LinksItem, LinkTargetItem
from cjdesigner.canvas.menus import open_menu_at_selection, request_menu
from cjdesigner.canvas.sub_journey_hit import sub_journey_at
from cjdesigner.canvas.sync import ItemSync
from cjdesigner.canvas.tooltip import card_tooltip
from cjdesigner.layout import MapLayout, Rect
from cjdesigner.layout.drawing import Theme
from cjdesigner.layout.drawing_set import MapDrawingSet
from cjdesigner.canvas.map_source import MapSource
from cjdesigner.model.document import Card, EmotionPoint, Journey, Lane, Persona, Project, Stage
from cjdesigner.model.vocabulary import fold

__all__ = ["CARD_KIND_MIME", "PERSONA_MIME", "InPlaceEditor", "MapScene"]

INDEX_ROOM = 2000.0  # points below the map that the scene's rectangle keeps (see `_follow_map_size`)


class MapScene(QGraphicsScene):
    cardsMoved = Signal(list, str, str, int)
    cardTextEdited = Signal(str, str)
    headerRenamed = Signal(str, str, str)  # "stage" or "lane", id, new name
    cellActivated = Signal(str, str)
    stageMoved = Signal(str, int)
    laneMoved = Signal(str, int)
    emotionMoved = Signal(str, str, int)
    personaDropped = Signal(str, list)
    paletteDropped = Signal(str, str, str, int)
    painPointLinked = Signal(str, str)  # an opportunity dropped onto a pain point: opportunity id, pain point id
    subJourneyOpened = Signal(str)  # the sub-journey mark of a stage or a card clicked: the journey's id
    hint = Signal(str)  # what a gesture would do now, for the status bar ("" when nothing to say)
    contextRequested = Signal(str, str, object)
    currentChanged = Signal()
    mapRectChanged = Signal(QRectF)  # the map's extent, which views scroll over

    def __init__(self, document: MapSource, theme: Theme | None = None, coverage: bool = False) -> None:
        """`theme` and `coverage` as the window shows them, so that the map is built once, not
        built and then rebuilt in the user's theme and with the coverage row."""
        super().__init__()
        style.load_bundled_fonts()
        self.document = document
        self.sync = ItemSync(self, lambda: self.document.project, lambda: self.document.journey)
        if theme is not None:
            self.sync.theme = theme
        self.sync.coverage = coverage
        self.setBackgroundBrush(style.qcolor(self.sync.theme.canvas))
        self.card_items = self.sync.card_items
        self.cell_items = self.sync.cell_items
        self.stage_items = self.sync.stage_items
        self.lane_items = self.sync.lane_items
        self.point_items = self.sync.point_items
        self.cell_groups = self.sync.cell_groups
        self.title_item, self.curve_item, self.marker = self.sync.title_item, self.sync.curve_item, self.sync.marker
        self.editing = InPlaceEditing(self)
        self.keyboard = KeyboardNavigation(self)
        self.drops = Drops(self)
        self.links, self.link_target = LinksItem(), LinkTargetItem()
        self.addItem(self.links)
        self.addItem(self.link_target)
        self.persona_filter: str | None = None
        self.search_text = ""
        self.cursor_cell: tuple[str, str] | None = None
        self.current_card: str | None = None
        self.dragging = False
        self.gesture: Gesture | None = None
        self._refreshed = False
        self.map_rect = QRectF()
        self._index_rect_set = False
        document.changed.connect(self.refresh)
        document.journeyChanged.connect(self.rebuild)
        self.selectionChanged.connect(self._selection_changed)
        self.rebuild()

    # --- what items read (the paint context) ------------------------------------------------

    @property
    def project(self) -> Project:
        return self.document.project

    @property
    def journey(self) -> Journey:
        return self.document.journey

    @property
    def layout(self) -> MapLayout:
        return self.sync.layout

    @property
    def drawings(self) -> MapDrawingSet:
        return self.sync.drawings

    @property
    def editor(self) -> InPlaceEditor | None:
        return self.editing.editor

    def card(self, card_id: str) -> Card | None:
        return self.sync.index.cards.get(card_id)

    def stage(self, stage_id: str) -> Stage | None:
        return self.sync.index.stages.get(stage_id)

    def lane(self, lane_id: str) -> Lane | None:
        return self.sync.index.lanes.get(lane_id)

    def persona(self, persona_id: str) -> Persona | None:
        return self.sync.index.personas.get(persona_id)

    def emotion_point(self, point_id: str) -> EmotionPoint | None:
        return self.sync.index.points.get(point_id)

    @property
    def stage_header_y(self) -> float:
        return next(iter(self.layout.stages.values())).y if self.layout.stages else 0.0

    @property
    def lane_header_x(self) -> float:
        return next(iter(self.layout.lanes.values())).x if self.layout.lanes else 0.0

    def is_dimmed(self, card: Card) -> bool:
        if self.persona_filter and self.persona_filter not in card.persona_ids:
            return True
        return bool(self.search_text) and not self.is_match(card)

    def is_match(self, card: Card) -> bool:
        if not self.search_text:
            return False
        needle = fold(self.search_text)
        return needle in fold(card.text) or needle in fold(card.notes) or any(needle in fold(t) for t in card.tags)

    def card_tooltip(self, card_id: str) -> str:
        card = self.card(card_id)
        if card is None:
            return ""
        target = next((j.title for j in self.project.journeys if j.id == card.sub_journey_id), "") if card.sub_journey_id else ""
        return card_tooltip(card, self.project.language, target)

    def cell_cards(self, cell: tuple[str, str]) -> list[Card]:
        """The cell's cards in order, from the scene's index (the journey's own lookup scans every card)."""
        return self.sync.index.cells.get(cell, [])

    def slot_rect(self, cell: tuple[str, str]) -> Rect:
        return self.layout.new_card_rect(cell, len(self.cell_cards(cell)))

    # --- building and updating ----------------------------------------------------------

    def rebuild(self, *_: object) -> None:
        self.finish_editing(commit=True)
        self.sync.clear()
        self.cursor_cell = None
        self.current_card = None
        self.refresh(None)

    def refresh(self, diff: object = None) -> None:
        """Apply what an edit changed; anything but a Diff (None, a bare set of ids) redraws all."""
        self._refreshed = True
        self.sync.apply(diff if isinstance(diff, Diff) else None)
        self._follow_map_size()
        if self.cursor_cell and self.cursor_cell not in self.layout.cells:
            self.cursor_cell = None
        if self.current_card and self.card(self.current_card) is None:
            self.current_card = None
        self.links.refresh()

    @property
    def theme(self) -> Theme:
        return self.sync.theme

    def set_theme(self, theme: Theme) -> None:
        """Repaint the whole map in another theme (normal, high contrast…)."""
        if theme == self.sync.theme:
            return
        self.sync.theme = theme
        self.setBackgroundBrush(style.qcolor(theme.canvas))
        self.sync.apply(None)

    def show_coverage(self, shown: bool) -> None:
        """Show or hide the evidence coverage row under the stage headers; the map below it moves."""
        if shown != self.sync.coverage:
            self.sync.coverage = shown
            self.refresh(None)

    def move_selection(self, dx: int, dy: int) -> None:
        """Ctrl+arrows on the map, for other keyboard surfaces (the outline): one stage sideways, one
        place up or down in the cell, then to the lane above or below."""
        self.keyboard._move_selected_by(dx, dy)

    def repaint_all(self) -> None:
        self.sync.repaint_all()

    def _follow_map_size(self) -> None:
        """Views scroll over the map's exact extent (`mapRectChanged`). The scene's own rectangle,
        which Qt's item index covers, keeps some room below: Qt rebuilds its whole index whenever
        that rectangle changes, which a lane growing by one card must not cost on a large map."""
        rect = QRectF(0, 0, self.layout.width, self.layout.height)
        if rect == self.map_rect:
            return
        self.map_rect = rect
        index = self.sceneRect() if self._index_rect_set else QRectF()  # not Qt's own, which grows with the items
        if rect.width() != index.width() or not rect.height() <= index.height() <= rect.height() + 2 * INDEX_ROOM:
            index = QRectF(0, 0, rect.width(), rect.height() + INDEX_ROOM)
            self.setSceneRect(index)
            self._index_rect_set = True
            self.curve_item.set_rect(index)  # its extent, like the index's, changes seldom
        self.mapRectChanged.emit(rect)

    # --- selection, filters ---------------------------------------------------------------

    def selected_card_ids(self) -> list[str]:
        """Selected cards in map order: by stage, then lane, then position."""
        cards = self.sync.index.cards
        ids = [item.card_id for item in self.selectedItems() if isinstance(item, CardItem) and item.card_id in cards]
        stages = {s: i for i, s in enumerate(self.layout.stage_order)}
        lanes = {la: i for i, la in enumerate(self.layout.lane_order)}

        def order(card_id: str) -> tuple[int, int, int]:
            card = cards[card_id]
            return stages.get(card.stage_id, -1), lanes.get(card.lane_id, -1), card.position

        return sorted(ids, key=order)

    def selected_object(self) -> tuple[str, str] | None:
        """What the properties panel shows: ('card'|'stage'|'lane'|'emotion_point', id)."""
        items = self.selectedItems()
        if len(items) != 1:
            return None
        item = items[0]
        if isinstance(item, CardItem):
            return ("card", item.card_id)
        if isinstance(item, StageHeaderItem):
            return ("stage", item.stage_id)
        if isinstance(item, LaneHeaderItem):
            return ("lane", item.lane_id)
        if isinstance(item, EmotionPointItem):
            return ("emotion_point", item.point_id)
        return None

    def select_cards(self, card_ids: list[str]) -> None:
        self.clearSelection()
        for card_id in card_ids:
            if card_id in self.card_items:
                self.card_items[card_id].setSelected(True)
        if card_ids and card_ids[-1] in self.card_items:
            self.current_card = card_ids[-1]
            card = self.card(card_ids[-1])
            if card is not None:
                self.cursor_cell = (card.stage_id, card.lane_id)
            self.card_items[card_ids[-1]].setFocus()
            self.currentChanged.emit()

    def select_point(self, point_id: str) -> None:
        item = self.point_items.get(point_id)
        if item is None:
            return
        self.clearSelection()
        item.setSelected(True)
        self.reveal(item.sceneBoundingRect())

    def select_header(self, kind: str, object_id: str) -> None:
        """Select a stage's or a lane's header ("stage" or "lane") and take the keyboard to it, in
        view: F2 renames it, the Menu key opens its menu."""
        item = (self.stage_items if kind == "stage" else self.lane_items).get(object_id)
        if item is None:
            return
        self.current_card = None
        self.clearSelection()
        item.setSelected(True)
        item.setFocus()
        self.reveal(item.sceneBoundingRect())

    def set_cursor_cell(self, cell: tuple[str, str] | None) -> None:
        self.clearSelection()
        self.cursor_cell = cell
        self.current_card = None
        self.update()
        self.currentChanged.emit()

    def current_cell(self) -> tuple[str, str] | None:
        card = self.card(self.current_card or "")
        if card is not None:
            return (card.stage_id, card.lane_id)
        return self.cursor_cell

    def set_persona_filter(self, persona_id: str | None) -> None:
        self.persona_filter = persona_id or None
        self.repaint_all()

    def set_search(self, text: str) -> list[str]:
        self.search_text = text.strip()
        self.repaint_all()
        return [c.id for c in self.journey.cards if self.is_match(c)]

    def _selection_changed(self) -> None:
        self.links.refresh()
        cards = self.selected_card_ids()
        if cards:
            self.current_card = cards[-1] if self.current_card not in cards else self.current_card
            card = self.card(self.current_card or "")
            if card is not None:
                self.cursor_cell = (card.stage_id, card.lane_id)
        self.currentChanged.emit()

    # --- editing in place, keeping the keyboard in view --------------------------------------

    def start_editing(self, card_id: str | None = None) -> bool:
        return self.editing.start_card(card_id)

    def start_renaming(self, kind: str, object_id: str) -> bool:
        """Rename a stage or a lane in place, over its header."""
        return self.editing.start_header(kind, object_id)

    def edit_selected(self) -> bool:
        """F2 / Enter: rename the selected header, else edit the current card's text."""
        selected = self.selected_object()
        if selected is not None and selected[0] in ("stage", "lane"):
            return self.start_renaming(*selected)
        return self.start_editing()

    def finish_editing(self, commit: bool) -> None:
        self.editing.finish(commit)

    def reveal(self, rect: QRectF) -> None:
        """Scroll the view just enough to show `rect`: the keyboard never works off screen."""
        for view in self.views()[:1]:
            view.ensureVisible(rect, 24, 24)

    def current_rect(self) -> QRectF | None:
        """Where the keyboard is: a selected header, the current card, else the cursor cell's slot
        for a new card."""
        selected = self.selected_object()
        if selected is not None and selected[0] in ("stage", "lane"):
            return self.header_rect(*selected)
        item = self.card_items.get(self.current_card or "")
        if item is not None:
            return item.sceneBoundingRect()
        if self.cursor_cell in self.layout.cells:
            return qrect(self.slot_rect(self.cursor_cell))
        return None

    def header_rect(self, kind: str, object_id: str) -> QRectF | None:
        item = (self.stage_items if kind == "stage" else self.lane_items).get(object_id)
        return item.sceneBoundingRect() if item is not None else None

    def reveal_current(self) -> None:
        rect = self.current_rect()
        if rect is not None:
            self.reveal(rect)

    def open_menu_at_selection(self) -> None:
        """The Menu key and Shift+F10: the context menu of what is selected, shown at it."""
        open_menu_at_selection(self)

    # --- mouse: one gesture, one intent ---------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        editor = self.editor
        if editor is not None and not editor.contains(editor.mapFromScene(event.scenePos())):
            self.finish_editing(commit=True)
        if event.button() == Qt.MouseButton.LeftButton:
            target = sub_journey_at(self, self.item_at(event.scenePos()), event.scenePos())
            if target:
                event.accept()
                self.subJourneyOpened.emit(target)
                return
        super().mousePressEvent(event)
        self.gesture = None
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.gesture = gesture_for(self, self.mouseGrabberItem(), event.scenePos())
        if self.mouseGrabberItem() is None:
            cell = self.layout.cell_at(event.scenePos().x(), event.scenePos().y())
            if cell is not None and not (event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                self.cursor_cell = cell
                self.current_card = None
                self.update()
                self.currentChanged.emit()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.buttons() and isinstance(self.mouseGrabberItem(), CardItem):
            self.sync.free_groups([self.mouseGrabberItem(), *self.selectedItems()])  # cards may leave their cell
        super().mouseMoveEvent(event)
        if self.gesture is not None:
            self.gesture.move(event.scenePos())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        gesture, self.gesture, self.dragging = self.gesture, None, False
        self.marker.hide()
        self.link_target.clear()
        if gesture is None:
            return
        self._refreshed = False
        gesture.release(event.scenePos())
        if not self._refreshed:
            self.refresh(Diff())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        item = self.item_at(event.scenePos())
        if isinstance(item, CardItem):
            self.start_editing(item.card_id)
            return
        if isinstance(item, StageHeaderItem):
            self.start_renaming("stage", item.stage_id)
            return
        if isinstance(item, LaneHeaderItem):
            self.start_renaming("lane", item.lane_id)
            return
        if item is None or isinstance(item, CellItem):
            cell = self.layout.cell_at(event.scenePos().x(), event.scenePos().y())
            if cell is not None:
                self.cellActivated.emit(*cell)
                return
        super().mouseDoubleClickEvent(event)

    def item_at(self, pos: QPointF) -> QGraphicsItem | None:
        """The map item under `pos` (cards above cells), skipping the editor, marker and groups."""
        for item in self.items(pos):
            if isinstance(item, (CardItem, StageHeaderItem, LaneHeaderItem, EmotionPointItem, CellItem)):
                return item
        return None

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        request_menu(self, event)

    # --- drops and keys, handed to their handlers --------------------------------------------

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.drops.enter(event)

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.drops.move(event)

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.drops.leave(event)

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.drops.drop(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.editor is None and self.keyboard.key_press(event):
            event.accept()
            return
        super().keyPressEvent(event)
