"""The map scene: draws the current journey from the document and reports what the user did.

The scene never changes the model. It turns gestures into intents (cards moved, stage moved,
emotion moved, persona dropped…) that a controller makes into undoable commands; it redraws when
the document says what changed. One gesture is reported once, on mouse release.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsTextItem,
)

from cjdesigner.app.document import Document
from cjdesigner.canvas import style
from cjdesigner.canvas.items import (
    CardItem,
    CellItem,
    EmotionCurveItem,
    EmotionPointItem,
    InsertionMarker,
    LaneGroupItem,
    LaneHeaderItem,
    StageHeaderItem,
    TitleItem,
    Z_CARD,
    Z_DRAGGED,
    qrect,
)
from cjdesigner.layout import CARD_W, MapLayout, Rect, layout_journey
from cjdesigner.layout.drawing import NORMAL, CardDrawing, MapDrawingSet, Theme
from cjdesigner.model.document import Card, EmotionPoint, Journey, Lane, Persona, Project, Stage
from cjdesigner.model.vocabulary import CONFIDENCE_TITLES, fold

PERSONA_MIME = "application/x-cjdesigner-persona"
CARD_KIND_MIME = "application/x-cjdesigner-card-kind"


class InPlaceEditor(QGraphicsTextItem):
    """Edits a card's text or a stage or lane name in place: Enter commits, Esc cancels.

    Shift+Enter adds a line to a card; a header name stays on one line.
    """

    def __init__(self, scene: MapScene, kind: str, object_id: str, text: str, width: float) -> None:
        super().__init__()
        self.map_scene = scene
        self.kind = kind
        self.object_id = object_id
        self.finished = False
        self.setPlainText(text)
        self.setTextWidth(width)
        self.setFont(style.font(10))
        self.setDefaultTextColor(style.INK)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setZValue(20)

    @property
    def card_id(self) -> str | None:
        return self.object_id if self.kind == "card" else None

    def paint(self, painter, option, widget=None) -> None:
        painter.setPen(style.SELECTION)
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRect(self.boundingRect().adjusted(0, 0, -1, -1))
        super().paint(painter, option, widget)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and self.kind == "card":
                self.textCursor().insertText("\n")
            else:
                self.map_scene.finish_editing(commit=True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.map_scene.finish_editing(commit=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if not self.finished:
            self.map_scene.finish_editing(commit=True)


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
    contextRequested = Signal(str, str, object)
    currentChanged = Signal()

    def __init__(self, document: Document) -> None:
        super().__init__()
        style.load_bundled_fonts()
        self.document = document
        self.setBackgroundBrush(style.CANVAS)
        self.card_items: dict[str, CardItem] = {}
        self.cell_items: dict[tuple[str, str], CellItem] = {}
        self.stage_items: dict[str, StageHeaderItem] = {}
        self.lane_items: dict[str, LaneHeaderItem] = {}
        self.point_items: dict[str, EmotionPointItem] = {}
        self.lane_groups: dict[str, LaneGroupItem] = {}
        self.title_item = TitleItem()
        self.curve_item = EmotionCurveItem()
        self.marker = InsertionMarker()
        for item in (self.title_item, self.curve_item, self.marker):
            self.addItem(item)
        self.persona_filter: str | None = None
        self.search_text = ""
        self.cursor_cell: tuple[str, str] | None = None
        self.current_card: str | None = None
        self.dragging = False
        self.editor: InPlaceEditor | None = None
        self._press: QPointF | None = None
        self._grabbed: QGraphicsItem | None = None
        self._refreshed = False
        self._placed: dict[int, dict] = {}
        self._displaced: set[str] = set()  # items the user dragged: their place must be reset
        self.layout = MapLayout(journey_id="")
        self.theme = NORMAL
        self.drawings = MapDrawingSet(self.project, self.document.journey, self.layout, theme=self.theme)
        self._index(self.document.journey)
        document.changed.connect(self.refresh)
        document.journeyChanged.connect(self.rebuild)
        self.selectionChanged.connect(self._selection_changed)
        self.rebuild()

    # --- lookups used by items while painting ---------------------------------------------

    @property
    def project(self) -> Project:
        return self.document.project

    @property
    def journey(self) -> Journey:
        return self.document.journey

    def _index(self, journey: Journey) -> None:
        self._cards = {c.id: c for c in journey.cards}
        self._cells: dict[tuple[str, str], list[Card]] = {}
        for card in journey.cards:
            self._cells.setdefault((card.stage_id, card.lane_id), []).append(card)
        for cards in self._cells.values():
            cards.sort(key=lambda c: c.position)
        self._stages = {s.id: s for s in journey.stages}
        self._lanes = {lane.id: lane for lane in journey.lanes}
        self._points = {p.id: p for p in journey.emotion_points}
        self._personas = {p.id: p for p in self.project.personas}

    def card(self, card_id: str) -> Card | None:
        return self._cards.get(card_id)

    def stage(self, stage_id: str) -> Stage | None:
        return self._stages.get(stage_id)

    def lane(self, lane_id: str) -> Lane | None:
        return self._lanes.get(lane_id)

    def persona(self, persona_id: str) -> Persona | None:
        return self._personas.get(persona_id)

    def emotion_point(self, point_id: str) -> EmotionPoint | None:
        return self._points.get(point_id)

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
        parts = [f"<b>{_html(card.text)}</b>"]
        if card.notes:
            parts.append(_html(card.notes))
        for evidence in card.evidence:
            quote = _html(_quoted(evidence.text)) if evidence.text else ""
            source = f" — {_html(evidence.source)}" if evidence.source else ""
            link = f"<br><i>{_html(evidence.link)}</i>" if evidence.link else ""
            parts.append(f"{quote}{source}{link}")
        if card.confidence:
            parts.append(f"<i>{_html(CONFIDENCE_TITLES[card.confidence][self.project.language])}</i>")
        if card.owner:
            parts.append(_html(card.owner))
        return "<br>".join(parts)

    def cell_cards(self, cell: tuple[str, str]) -> list[Card]:
        """The cell's cards in order, from the scene's index (the journey's own lookup scans every card)."""
        return self._cells.get(cell, [])

    def slot_rect(self, cell: tuple[str, str]) -> Rect:
        return self.layout.new_card_rect(cell, len(self.cell_cards(cell)))

    # --- building and updating ----------------------------------------------------------

    def rebuild(self, *_: object) -> None:
        self.finish_editing(commit=True)
        for items in (self.card_items, self.cell_items, self.stage_items, self.lane_items, self.point_items, self.lane_groups):
            for item in items.values():
                self.removeItem(item)
            items.clear()
        self._placed.clear()
        self.cursor_cell = None
        self.current_card = None
        self.refresh(None)

    def refresh(self, touched: set[str] | None = None) -> None:
        self._refreshed = True
        journey = self.journey
        self._index(journey)
        self.layout = layout = layout_journey(self.project, journey)
        self.drawings = self._drawings_after(touched)
        self.title_item.set_rect(qrect(layout.title).adjusted(0, 0, 0, 50))
        self._sync(self.stage_items, layout.stages, StageHeaderItem, lambda item, r: (item.set_size(r.w, r.h), item.setPos(r.x, r.y)))
        self._sync(self.lane_items, layout.lanes, LaneHeaderItem, lambda item, r: (item.set_size(r.w, r.h), item.setPos(r.x, r.y)))
        self._sync(self.cell_items, layout.cells, lambda key: CellItem(*key), lambda item, r: item.set_rect(qrect(r)))
        groups = {lane_id: Rect(0, r.y, 0, 0) for lane_id, r in layout.lanes.items()}
        for lane_id, rect in groups.items():
            if lane_id not in self.lane_groups:
                self.lane_groups[lane_id] = LaneGroupItem(lane_id)
                self.addItem(self.lane_groups[lane_id])
            group = self.lane_groups[lane_id]
            if group.y() != rect.y:
                group.setPos(0, rect.y)
            if group.zValue() != Z_CARD:
                group.setZValue(Z_CARD)
        lane_tops = {lane_id: r.y for lane_id, r in layout.lanes.items()}
        cards = self._cards
        relative = {
            card_id: (lane_id, r[0], r[1] - lane_tops[lane_id])
            for card_id, r in layout.cards.items()
            for lane_id in (cards[card_id].lane_id,)
        }

        def place_card(item: CardItem, where: tuple[str, float, float]) -> None:
            group = self.lane_groups[where[0]]
            if item.parentItem() is not group:
                item.setParentItem(group)
            item.setPos(where[1], where[2])

        self._sync(self.card_items, relative, CardItem, place_card)
        for lane_id in [k for k in self.lane_groups if k not in groups]:
            self.removeItem(self.lane_groups.pop(lane_id))
        emotion_lane = next(iter(layout.curve_areas), "")
        points = {pid: Rect(x, y, 0, 0) for pid, (x, y) in layout.emotion_points.items()}

        def place_point(item: EmotionPointItem, r: Rect) -> None:
            item.lane_id = ""
            item.setPos(r.x, r.y)
            item.lane_id = emotion_lane

        self._sync(self.point_items, points, EmotionPointItem, place_point)
        self.curve_item.set_rect(QRectF(0, 0, layout.width, layout.height))
        self.setSceneRect(QRectF(0, 0, layout.width, layout.height))
        if self.cursor_cell and self.cursor_cell not in layout.cells:
            self.cursor_cell = None
        if self.current_card and self.current_card not in self._cards:
            self.current_card = None
        self._displaced.clear()
        if touched is not None and touched <= self._cards.keys():
            for card_id in touched:
                item = self.card_items.get(card_id)  # a card in a hidden lane has no item
                if item is not None:
                    item.update()
        else:
            self.repaint_all()

    def _drawings_after(self, touched: set[str] | None) -> MapDrawingSet:
        """The map's drawings for the new layout, keeping the cards' an edit did not touch; an edit
        that touched more than cards (a persona, a lane's colour) redraws every card."""
        kept: dict[str, CardDrawing] | None = None
        if touched is not None and touched <= self._cards.keys() and self.drawings.journey.id == self.journey.id:
            kept = {card_id: drawing for card_id, drawing in self.drawings.cards.items() if card_id not in touched}
        return MapDrawingSet(self.project, self.journey, self.layout, kept, self.theme)

    def set_theme(self, theme: Theme) -> None:
        """Repaint the whole map in another theme (normal, high contrast…)."""
        if theme == self.theme:
            return
        self.theme = theme
        self.setBackgroundBrush(style.qcolor(theme.canvas))
        self.drawings = MapDrawingSet(self.project, self.journey, self.layout, theme=theme)
        self.repaint_all()

    def move_selection(self, dx: int, dy: int) -> None:
        """Ctrl+arrows on the map, for other keyboard surfaces (the outline): one stage sideways, one
        place up or down in the cell, then to the lane above or below."""
        self._move_selected_by(dx, dy)

    def repaint_all(self) -> None:
        """Cards cache their pictures; anything that changes how every card looks must drop them."""
        for item in self.card_items.values():
            item.update()
        self.update()

    def _sync(self, items: dict, rects: dict, make, place) -> None:
        """Add, remove and place items; an item whose rectangle did not change is not touched."""
        placed = self._placed.setdefault(id(items), {})
        for key in [k for k in items if k not in rects]:
            self.removeItem(items.pop(key))
            placed.pop(key, None)
        for key, rect in rects.items():
            item = items.get(key)
            if item is None:
                item = items[key] = make(key)
                self.addItem(item)
            elif placed.get(key) == rect and key not in self._displaced:
                continue
            place(item, rect)
            placed[key] = rect

    # --- selection, filters ---------------------------------------------------------------

    def selected_card_ids(self) -> list[str]:
        """Selected cards in map order: by stage, then lane, then position."""
        ids = [item.card_id for item in self.selectedItems() if isinstance(item, CardItem) and item.card_id in self._cards]
        stages = {s: i for i, s in enumerate(self.layout.stage_order)}
        lanes = {la: i for i, la in enumerate(self.layout.lane_order)}

        def order(card_id: str) -> tuple[int, int, int]:
            card = self._cards[card_id]
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
            card = self._cards[card_ids[-1]]
            self.cursor_cell = (card.stage_id, card.lane_id)
            self.card_items[card_ids[-1]].setFocus()
            self.currentChanged.emit()

    def set_cursor_cell(self, cell: tuple[str, str] | None) -> None:
        self.clearSelection()
        self.cursor_cell = cell
        self.current_card = None
        self.update()
        self.currentChanged.emit()

    def current_cell(self) -> tuple[str, str] | None:
        if self.current_card and self.current_card in self._cards:
            card = self._cards[self.current_card]
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
        cards = self.selected_card_ids()
        if cards:
            self.current_card = cards[-1] if self.current_card not in cards else self.current_card
            card = self._cards.get(self.current_card or "")
            if card is not None:
                self.cursor_cell = (card.stage_id, card.lane_id)
        self.currentChanged.emit()

    # --- editing in place -----------------------------------------------------------------

    def start_editing(self, card_id: str | None = None) -> bool:
        card_id = card_id or self.current_card
        if card_id is None or card_id not in self.card_items:
            return False
        item = self.card_items[card_id]
        self._open_editor(InPlaceEditor(self, "card", card_id, self._cards[card_id].text, CARD_W - 8), item.scenePos() + QPointF(2, 2))
        return True

    def start_renaming(self, kind: str, object_id: str) -> bool:
        """Rename a stage or a lane in place, over its header."""
        if kind == "stage" and object_id in self.stage_items:
            item: QGraphicsItem = self.stage_items[object_id]
            text = self._stages[object_id].name
        elif kind == "lane" and object_id in self.lane_items:
            item = self.lane_items[object_id]
            text = self._lanes[object_id].title
        else:
            return False
        width = max(60.0, item.boundingRect().width() - 12)
        self._open_editor(InPlaceEditor(self, kind, object_id, text, width), item.scenePos() + QPointF(6, 6))
        return True

    def edit_selected(self) -> bool:
        """F2 / Enter: rename the selected header, else edit the current card's text."""
        selected = self.selected_object()
        if selected is not None and selected[0] in ("stage", "lane"):
            return self.start_renaming(*selected)
        return self.start_editing()

    def _open_editor(self, editor: InPlaceEditor, pos: QPointF) -> None:
        self.finish_editing(commit=True)
        self.editor = editor
        self.addItem(editor)
        editor.setPos(pos)
        self._focus_view()
        self.reveal(editor.sceneBoundingRect())
        editor.setFocus()
        cursor = editor.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        editor.setTextCursor(cursor)

    def _focus_view(self) -> None:
        """An editor opened by a drop or a menu must get the keyboard, which may still be elsewhere."""
        for view in self.views()[:1]:
            if not view.hasFocus():
                view.setFocus(Qt.FocusReason.OtherFocusReason)

    def reveal(self, rect: QRectF) -> None:
        """Scroll the view just enough to show `rect`: the keyboard never works off screen."""
        for view in self.views()[:1]:
            view.ensureVisible(rect, 24, 24)

    def current_rect(self) -> QRectF | None:
        """Where the keyboard is: the current card, else the cursor cell's slot for a new card."""
        item = self.card_items.get(self.current_card or "")
        if item is not None:
            return item.sceneBoundingRect()
        if self.cursor_cell in self.layout.cells:
            return qrect(self.slot_rect(self.cursor_cell))
        return None

    def reveal_current(self) -> None:
        rect = self.current_rect()
        if rect is not None:
            self.reveal(rect)

    def finish_editing(self, commit: bool) -> None:
        editor, self.editor = self.editor, None
        if editor is None or editor.finished:
            return
        editor.finished = True
        text = editor.toPlainText()
        kind, object_id = editor.kind, editor.object_id
        self.removeItem(editor)
        if kind == "card":
            if object_id in self.card_items:
                self.card_items[object_id].setFocus()
            if commit and object_id in self._cards and text != self._cards[object_id].text:
                self.cardTextEdited.emit(object_id, text)
            return
        name = " ".join(text.split())
        current = self._stages[object_id].name if kind == "stage" and object_id in self._stages else (
            self._lanes[object_id].title if object_id in self._lanes else None)
        if commit and name and current is not None and name != current:
            self.headerRenamed.emit(kind, object_id, name)

    # --- mouse: one gesture, one intent ---------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.editor is not None and not self.editor.contains(self.editor.mapFromScene(event.scenePos())):
            self.finish_editing(commit=True)
        super().mousePressEvent(event)
        self._press = event.scenePos() if event.button() == Qt.MouseButton.LeftButton else None
        self._grabbed = self.mouseGrabberItem()
        if self._press is not None and self._grabbed is None:
            cell = self.layout.cell_at(event.scenePos().x(), event.scenePos().y())
            if cell is not None and not (event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                self.cursor_cell = cell
                self.current_card = None
                self.update()
                self.currentChanged.emit()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self._press is None or self._grabbed is None:
            return
        if not self.dragging and (event.scenePos() - self._press).manhattanLength() < 4:
            return
        self.dragging = True
        pos = event.scenePos()
        if isinstance(self._grabbed, CardItem):
            for card_id in self.selected_card_ids():
                self.card_items[card_id].parentItem().setZValue(Z_DRAGGED)
            self._show_card_marker(pos)
        elif isinstance(self._grabbed, StageHeaderItem):
            index = self._header_index(self._grabbed.stage_id, pos.x(), self.layout.stage_order, self.layout.stages, horizontal=True)
            self._show_header_marker(index, horizontal=True)
        elif isinstance(self._grabbed, LaneHeaderItem):
            index = self._header_index(self._grabbed.lane_id, pos.y(), self.layout.lane_order, self.layout.lanes, horizontal=False)
            self._show_header_marker(index, horizontal=False)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        grabbed, dragging = self._grabbed, self.dragging
        self._press, self._grabbed, self.dragging = None, None, False
        self.marker.hide()
        if grabbed is None:
            return
        self._refreshed = False
        if dragging or isinstance(grabbed, EmotionPointItem):
            self._displaced.update(self.selected_card_ids())
            for key in ("card_id", "stage_id", "lane_id", "point_id"):
                if isinstance(getattr(grabbed, key, None), str) and not isinstance(grabbed, CellItem):
                    self._displaced.add(getattr(grabbed, key))
        pos = event.scenePos()
        if dragging and isinstance(grabbed, CardItem):
            target = self._card_drop_target(pos)
            if target is not None:
                moving = self.selected_card_ids() or [grabbed.card_id]
                self.cardsMoved.emit(moving, target[0], target[1], target[2])
        elif dragging and isinstance(grabbed, StageHeaderItem):
            index = self._header_index(grabbed.stage_id, pos.x(), self.layout.stage_order, self.layout.stages, horizontal=True)
            if index != self.layout.stage_order.index(grabbed.stage_id):
                self.stageMoved.emit(grabbed.stage_id, index)
        elif dragging and isinstance(grabbed, LaneHeaderItem):
            index = self._header_index(grabbed.lane_id, pos.y(), self.layout.lane_order, self.layout.lanes, horizontal=False)
            if index != self.layout.lane_order.index(grabbed.lane_id):
                self.laneMoved.emit(grabbed.lane_id, index)
        elif isinstance(grabbed, EmotionPointItem):
            point = self._points.get(grabbed.point_id)
            if point is not None and grabbed.lane_id:
                score = self.layout.score_at(grabbed.lane_id, grabbed.pos().y())
                if score != point.score:
                    self.emotionMoved.emit(point.stage_id, point.persona_id, score)
        if not self._refreshed:
            self.refresh(set())

    def _card_drop_target(self, pos: QPointF) -> tuple[str, str, int] | None:
        cell = self.layout.cell_at(pos.x(), pos.y())
        if cell is None:
            return None
        moving = set(self.selected_card_ids())
        others = [c.id for c in self.cell_cards(cell) if c.id not in moving]
        return cell[0], cell[1], self.layout.insertion_index(cell, pos.y(), others)

    def _show_card_marker(self, pos: QPointF) -> None:
        target = self._card_drop_target(pos)
        if target is None:
            self.marker.hide()
            return
        cell = (target[0], target[1])
        moving = set(self.selected_card_ids())
        others = [c.id for c in self.cell_cards(cell) if c.id not in moving]
        y = self.layout.insertion_y(cell, target[2], others)
        rect = self.layout.cells[cell]
        self.marker.show_line(rect.x + 6, y - 1.5, rect.w - 12, 3)

    def _header_index(self, own: str, coordinate: float, order: list[str], rects: dict[str, Rect], horizontal: bool) -> int:
        others = [key for key in order if key != own]
        for index, key in enumerate(others):
            middle = rects[key].center[0] if horizontal else rects[key].center[1]
            if coordinate < middle:
                return index
        return len(others)

    def _show_header_marker(self, index: int, horizontal: bool) -> None:
        layout = self.layout
        grid = layout.grid
        if horizontal:
            order = layout.stage_order
            own = self._grabbed.stage_id  # type: ignore[union-attr]
            others = [s for s in order if s != own]
            x = layout.stages[others[index]].x if index < len(others) else (layout.stages[others[-1]].right if others else grid.x)
            self.marker.show_line(x - 2, grid.y, 4, grid.h)
        else:
            order = layout.lane_order
            own = self._grabbed.lane_id  # type: ignore[union-attr]
            others = [la for la in order if la != own]
            y = layout.lanes[others[index]].y if index < len(others) else (layout.lanes[others[-1]].bottom if others else grid.y)
            self.marker.show_line(grid.x, y - 2, grid.w, 4)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        item = self._item_at(event.scenePos())
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

    def _item_at(self, pos: QPointF) -> QGraphicsItem | None:
        for item in self.items(pos):
            if isinstance(item, (CardItem, StageHeaderItem, LaneHeaderItem, EmotionPointItem, CellItem)):
                return item
        return None

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        if event.reason() == QGraphicsSceneContextMenuEvent.Reason.Keyboard:
            self.open_menu_at_selection()
            return
        item = self._item_at(event.scenePos())
        if isinstance(item, CardItem):
            if not item.isSelected():
                self.select_cards([item.card_id])
            self.contextRequested.emit("card", item.card_id, event.screenPos())
        elif isinstance(item, StageHeaderItem):
            self.contextRequested.emit("stage", item.stage_id, event.screenPos())
        elif isinstance(item, LaneHeaderItem):
            self.contextRequested.emit("lane", item.lane_id, event.screenPos())
        elif isinstance(item, CellItem):
            self.set_cursor_cell((item.stage_id, item.lane_id))
            self.contextRequested.emit("cell", json.dumps([item.stage_id, item.lane_id]), event.screenPos())
        elif isinstance(item, EmotionPointItem):
            self.contextRequested.emit("emotion_point", item.point_id, event.screenPos())
        else:
            self.contextRequested.emit("map", "", event.screenPos())

    # --- drops from the personas panel and the palette --------------------------------------

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        mime = event.mimeData()
        event.setAccepted(mime.hasFormat(PERSONA_MIME) or mime.hasFormat(CARD_KIND_MIME))

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        mime = event.mimeData()
        pos = event.scenePos()
        if mime.hasFormat(PERSONA_MIME):
            event.setAccepted(isinstance(self._item_at(pos), CardItem))
        elif mime.hasFormat(CARD_KIND_MIME):
            cell = self.layout.cell_at(pos.x(), pos.y())
            event.setAccepted(cell is not None)
            if cell is not None:
                self._show_card_marker(pos)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.marker.hide()

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.marker.hide()
        mime = event.mimeData()
        pos = event.scenePos()
        if mime.hasFormat(PERSONA_MIME):
            item = self._item_at(pos)
            if isinstance(item, CardItem):
                persona_id = bytes(mime.data(PERSONA_MIME).data()).decode("utf-8")
                targets = self.selected_card_ids() if item.isSelected() else [item.card_id]
                self.personaDropped.emit(persona_id, targets)
                event.acceptProposedAction()
                return
        elif mime.hasFormat(CARD_KIND_MIME):
            target = self._card_drop_target(pos)
            if target is not None:
                kind = bytes(mime.data(CARD_KIND_MIME).data()).decode("utf-8")
                self.paletteDropped.emit(kind, *target)
                event.acceptProposedAction()
                return
        event.ignore()

    # --- keyboard ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.editor is not None:
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right) and self._emotion_key(key, event.modifiers()):
            event.accept()
            return
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows:
            dx, dy = arrows[key]
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self._move_selected_by(dx, dy)
            else:
                self._navigate(dx, dy)
            self.reveal_current()
            event.accept()
            return
        menu_key = key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if menu_key:
            self.open_menu_at_selection()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            if not self.edit_selected() and self.current_card is None and self.cursor_cell is not None:
                self.cellActivated.emit(*self.cursor_cell)
            event.accept()
            return
        if key == Qt.Key.Key_Insert:
            cell = self.current_cell()
            if cell is not None:
                self.cellActivated.emit(*cell)
            event.accept()
            return
        super().keyPressEvent(event)

    def _emotion_key(self, key: int, modifiers: Qt.KeyboardModifier) -> bool:
        """With an emotion point selected, Up/Down change its score by one step and Left/Right go to
        the same persona's point at the stage before or after. True when the key was used."""
        selected = self.selected_object()
        if selected is None or selected[0] != "emotion_point" or modifiers & Qt.KeyboardModifier.ControlModifier:
            return False
        point = self._points.get(selected[1])
        if point is None:
            return False
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            score = max(-2, min(2, point.score + (1 if key == Qt.Key.Key_Up else -1)))
            if score != point.score:
                self.emotionMoved.emit(point.stage_id, point.persona_id, score)
            return True
        order = {stage_id: i for i, stage_id in enumerate(self.layout.stage_order)}
        curve = sorted((p for p in self._points.values() if p.persona_id == point.persona_id and p.stage_id in order), key=lambda p: order[p.stage_id])
        index = next(i for i, p in enumerate(curve) if p.id == point.id) + (1 if key == Qt.Key.Key_Right else -1)
        if 0 <= index < len(curve):
            self.select_point(curve[index].id)
        return True

    def select_point(self, point_id: str) -> None:
        item = self.point_items.get(point_id)
        if item is None:
            return
        self.clearSelection()
        item.setSelected(True)
        self.reveal(item.sceneBoundingRect())

    def open_menu_at_selection(self) -> None:
        """The Menu key and Shift+F10: the context menu of what is selected, shown at it."""
        selected = self.selected_object()
        cards = self.selected_card_ids()
        if cards:
            card_id = self.current_card if self.current_card in cards else cards[-1]
            kind, object_id, rect = "card", card_id, self.card_items[card_id].sceneBoundingRect()
        elif selected is not None:
            items = {"stage": self.stage_items, "lane": self.lane_items, "emotion_point": self.point_items}[selected[0]]
            kind, object_id, rect = selected[0], selected[1], items[selected[1]].sceneBoundingRect()
        elif self.cursor_cell in self.layout.cells:
            kind, object_id = "cell", json.dumps(list(self.cursor_cell))
            rect = qrect(self.slot_rect(self.cursor_cell))
        else:
            kind, object_id, rect = "map", "", QRectF()
        views = self.views()
        if not views:
            return
        view = views[0]
        if rect.isNull():
            point = view.viewport().rect().center()
        else:
            self.reveal(rect)
            point = view.mapFromScene(QPointF(rect.left() + min(12.0, rect.width() / 2), rect.top() + min(rect.height(), 24.0)))
        self.contextRequested.emit(kind, object_id, view.viewport().mapToGlobal(point))

    def _navigate(self, dx: int, dy: int) -> None:
        layout = self.layout
        if not layout.stage_order or not layout.lane_order:
            return
        cell = self.current_cell()
        if cell is None:
            first = (layout.stage_order[0], layout.lane_order[0])
            cards = self.cell_cards(first)
            self.select_cards([cards[0].id]) if cards else self.set_cursor_cell(first)
            return
        stage_i, lane_i = layout.stage_order.index(cell[0]), layout.lane_order.index(cell[1])
        cards = self.cell_cards(cell)
        index = next((i for i, c in enumerate(cards) if c.id == self.current_card), None)
        if dy and index is not None and 0 <= index + dy < len(cards):
            self.select_cards([cards[index + dy].id])
            return
        stage_i = max(0, min(len(layout.stage_order) - 1, stage_i + dx))
        lane_i = max(0, min(len(layout.lane_order) - 1, lane_i + dy))
        target = (layout.stage_order[stage_i], layout.lane_order[lane_i])
        if target == cell:
            return
        target_cards = self.cell_cards(target)
        if not target_cards:
            self.set_cursor_cell(target)
        elif dy > 0:
            self.select_cards([target_cards[0].id])
        elif dy < 0:
            self.select_cards([target_cards[-1].id])
        else:
            self.select_cards([target_cards[min(index or 0, len(target_cards) - 1)].id])

    def _move_selected_by(self, dx: int, dy: int) -> None:
        moving = self.selected_card_ids()
        if not moving or self.current_card not in moving:
            return
        layout = self.layout
        card = self._cards[self.current_card]
        cell = (card.stage_id, card.lane_id)
        others = [c.id for c in self.cell_cards(cell) if c.id not in moving]
        position = sum(1 for c in self.cell_cards(cell) if c.id not in moving and c.position < card.position)
        stage_i, lane_i = layout.stage_order.index(cell[0]), layout.lane_order.index(cell[1])
        if dy:
            new = position + dy
            if 0 <= new <= len(others):
                self.cardsMoved.emit(moving, cell[0], cell[1], new)
                return
            lane_i += dy
            if not 0 <= lane_i < len(layout.lane_order):
                return
            target = (cell[0], layout.lane_order[lane_i])
            count = sum(1 for c in self.cell_cards(target) if c.id not in moving)
            self.cardsMoved.emit(moving, target[0], target[1], count if dy < 0 else 0)
            return
        stage_i += dx
        if 0 <= stage_i < len(layout.stage_order):
            self.cardsMoved.emit(moving, layout.stage_order[stage_i], cell[1], position)


def _quoted(text: str) -> str:
    """A quote between « », unless the user already wrote it between quotation marks."""
    text = text.strip()
    if text[:1] in "«“\"'‘" and text[-1:] in "»”\"'’":
        return text
    return f"« {text} »"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
