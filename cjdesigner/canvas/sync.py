"""Keeps the scene's items in step with the document: the id → item maps, the layout, the drawings.

An edit of a few cards (a move, a text, a property, their undo and redo) lays out only the cells
those cards leave or enter, re-places only the items whose place changed and repaints only the
cards it touched; anything else (stages, lanes, personas, another journey) rebuilds from scratch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from cjdesigner.model.diff import Diff
from cjdesigner.canvas.items import (
    CardItem,
    CellItem,
    BranchItem,
    EmotionCurveItem,
    EmotionPointItem,
    InsertionMarker,
    CellGroupItem,
    CoverageItem,
    LaneHeaderItem,
    StageHeaderItem,
    TitleItem,
    Z_CARD,
    qrect,
)
from cjdesigner.layout import MapLayout, Rect, layout_journey
from cjdesigner.layout.coverage import CoverageTally, coverage_drawing
from cjdesigner.layout.drawing import NORMAL, CardDrawing
from cjdesigner.layout.drawing_set import MapDrawingSet
from cjdesigner.layout.grid import relayout_cards, reorder_stages
from cjdesigner.model.document import Card, EmotionPoint, Journey, Lane, Persona, Project, Stage

Cell = tuple[str, str]
GROUP_MARGIN = 24.0  # beyond its cell, what a card may draw (its outline, its shadow, its selection)
FREE_EXTENT = QRectF(-1e7, -1e7, 2e7, 2e7)
CardPlace = tuple[str, str, float, float]  # stage id, lane id, x, y from the lane's top


class MapIndex:
    """The current journey's objects by id and its cells' cards in order: lookups items make while
    painting, which the model's own (a scan of every card) would make slow on a large map."""

    def __init__(self) -> None:
        self.cards: dict[str, Card] = {}
        self.cells: dict[Cell, list[Card]] = {}
        self.stages: dict[str, Stage] = {}
        self.lanes: dict[str, Lane] = {}
        self.points: dict[str, EmotionPoint] = {}
        self.personas: dict[str, Persona] = {}
        self._where: dict[str, Cell] = {}

    def rebuild(self, project: Project, journey: Journey) -> None:
        self.cards = {c.id: c for c in journey.cards}
        self.cells = {}
        self._where = {}
        for card in journey.cards:
            cell = (card.stage_id, card.lane_id)
            self.cells.setdefault(cell, []).append(card)
            self._where[card.id] = cell
        for cards in self.cells.values():
            cards.sort(key=_position)
        self.stages = {s.id: s for s in journey.stages}
        self.lanes = {lane.id: lane for lane in journey.lanes}
        self.points = {p.id: p for p in journey.emotion_points}
        self.personas = {p.id: p for p in project.personas}

    def update_cards(self, journey: Journey, diff: Diff) -> None:
        """Follow an edit of cards only: added cards are found in the journey (their objects are new),
        and the cells the changed cards leave or enter are sorted again."""
        added = diff.cards.added
        if added:
            for card_id in added:
                try:
                    self.cards[card_id] = journey.card(card_id)
                except KeyError:
                    pass
        for card_id in diff.cards.removed - added:
            self.cards.pop(card_id, None)
        leaving: dict[Cell, set[str]] = {}
        cells: set[Cell] = set()
        arriving: list[Card] = []
        for card_id in diff.cards.touched:
            old = self._where.get(card_id)
            card = self.cards.get(card_id)
            if card is not None and old == (card.stage_id, card.lane_id) and card_id not in added:  # renumbered
                cells.add(old)
                continue
            if old is not None:
                del self._where[card_id]
                leaving.setdefault(old, set()).add(card_id)
            if card is not None:
                arriving.append(card)
        for cell, ids in leaving.items():
            self.cells[cell] = [c for c in self.cells[cell] if c.id not in ids]
        cells |= leaving.keys()
        for card in arriving:
            cell = self._where[card.id] = (card.stage_id, card.lane_id)
            self.cells.setdefault(cell, []).append(card)
            cells.add(cell)
        for cell in cells:
            if self.cells[cell]:
                self.cells[cell].sort(key=_position)
            else:
                del self.cells[cell]


def _position(card: Card) -> int:
    return card.position


class ItemSync:
    """Owns the scene's items by id and updates them from the layout, adding, removing and placing
    only what changed. Cards sit in one group item per cell, so a lane that shifts moves as one."""

    def __init__(self, scene: QGraphicsScene, project: Callable[[], Project], journey: Callable[[], Journey]) -> None:
        self.scene = scene
        self._project = project
        self._journey = journey
        self.index = MapIndex()
        self.card_items: dict[str, CardItem] = {}
        self.cell_items: dict[Cell, CellItem] = {}
        self.stage_items: dict[str, StageHeaderItem] = {}
        self.lane_items: dict[str, LaneHeaderItem] = {}
        self.point_items: dict[str, EmotionPointItem] = {}
        self.cell_groups: dict[Cell, CellGroupItem] = {}
        self.title_item = TitleItem()
        self.curve_item = EmotionCurveItem()
        self.branch_items = (BranchItem(over=False), BranchItem(over=True))
        self.marker = InsertionMarker()
        self.coverage = False  # the evidence coverage row under the stage headers
        self.coverage_item = CoverageItem()
        self.tally: CoverageTally | None = None
        for item in (self.title_item, self.curve_item, self.marker, self.coverage_item, *self.branch_items):
            scene.addItem(item)
        self._placed: dict[int, dict] = {}
        self._freed: set[CellGroupItem] = set()  # groups whose cards are being dragged anywhere
        self.displaced: set[str] = set()  # items the user dragged: their place must be reset
        self.layout = MapLayout(journey_id="")
        self.theme = NORMAL
        self.drawings = MapDrawingSet(project(), journey(), self.layout, theme=self.theme)
        # The index stays empty, as the scene does, until the first `apply` builds both.

    def clear(self) -> None:
        for items in (self.card_items, self.cell_items, self.stage_items, self.lane_items, self.point_items, self.cell_groups):
            for item in items.values():
                self.scene.removeItem(item)
            items.clear()
        self._placed.clear()

    def apply(self, diff: Diff | None) -> None:
        """Bring the items up to date after `diff` (None: everything may have changed)."""
        journey = self._journey()
        branched = _branched(journey, self.layout)
        if diff is None or self.layout.journey_id != journey.id or self.drawings.journey is not journey or branched and not diff.only_cards_of(journey.id):
            self._rebuild_all(diff)
        elif not branched and diff.only_stages_reordered_in(journey.id) and sorted(self.layout.stage_order) == sorted(s.id for s in journey.stages):
            self._reorder_stages(journey)
        elif not diff.only_cards_and_rounds_of(journey.id):
            self._rebuild_all(diff)
        else:
            self._apply_card_edit(journey, diff)
        self.displaced.clear()
        for group in self._freed:
            self._fit_group(group)
        self._freed.clear()

    def free_groups(self, items: Iterable[QGraphicsItem]) -> None:
        """Let the cards of these items' cells be seen and hit anywhere (they are being dragged),
        until the next `apply` puts them back in their cells."""
        for item in items:
            group = item.parentItem()
            if isinstance(group, CellGroupItem) and group not in self._freed:
                self._freed.add(group)
                group.set_extent(FREE_EXTENT)

    def _fit_group(self, group: CellGroupItem) -> None:
        """A group's extent is its cell (in the lane's coordinates) with room for the cards' edges."""
        rect = self.layout.cells.get(group.cell)
        if rect is not None:
            group.set_extent(QRectF(rect.x - GROUP_MARGIN, -GROUP_MARGIN, rect.w + 2 * GROUP_MARGIN, rect.h + 2 * GROUP_MARGIN))

    def _rebuild_all(self, diff: Diff | None) -> None:
        project, journey = self._project(), self._journey()
        self.index.rebuild(project, journey)
        self.layout = layout = layout_journey(project, journey, self.coverage)
        kept: dict[str, CardDrawing] | None = None
        if diff is not None and diff.only_cards_and_rounds_of(journey.id) and self.drawings.journey.id == journey.id and self.drawings.theme == self.theme:
            kept = {card_id: drawing for card_id, drawing in self.drawings.cards.items() if card_id not in diff.cards.redrawn}
        self.drawings = MapDrawingSet(project, journey, layout, kept, self.theme)
        self.title_item.set_rect(qrect(layout.title).adjusted(0, 0, 0, 50))
        self._sync(self.stage_items, layout.stages, StageHeaderItem, _place_header)
        self._sync_lanes()
        self._sync(self.card_items, {card_id: self._card_place(card_id) for card_id in layout.cards}, CardItem, self._place_card)
        for cell in [k for k in self.cell_groups if k not in layout.cells]:
            self.scene.removeItem(self.cell_groups.pop(cell))
        self._update_coverage()
        extent = QRectF(0, 0, layout.width, layout.height) if (layout.path_strips or layout.loops) else QRectF()
        for item in self.branch_items:
            item.set_rect(extent)
            item.update()
        self.repaint_all()

    def _reorder_stages(self, journey: Journey) -> None:
        """Stages changed order, nothing else: the columns that moved carry their cells and cards
        sideways; no item is made again and no card is drawn again (but those of chart lanes)."""
        moved = reorder_stages(self.layout, journey)
        charted = self.drawings.forget_stage_order()
        self._sync(self.stage_items, self.layout.stages, StageHeaderItem, _place_header)
        self._sync_lanes()
        self._place_cards(moved)
        for item in self.stage_items.values():
            item.update()
        self.curve_item.update()
        for card_id in charted:
            item = self.card_items.get(card_id)
            if item is not None:
                item.update()
        if self.coverage:
            self._update_coverage((), redraw=True)

    def _update_coverage(self, cards: Iterable[str] | None = None, redraw: bool = False) -> None:
        """After a rebuild (`cards` None: every card is counted), or after an edit of `cards`: then
        those cards alone are counted again, and the row drawn again only when a count changed
        (or when `redraw`: it moved)."""
        layout = self.layout
        drawn = self.coverage_item.drawing
        changed: QRectF | None = None
        if cards is None or drawn is None or self.tally is None:
            self.tally = CoverageTally(self._journey(), layout)
        else:
            touched = self.tally.update(self.index.cards, cards, layout)
            if not self.coverage or not (touched or redraw):
                return  # hidden, the counts are kept for when it shows
            if not redraw:
                changed = QRectF()
                for stage_id in touched:
                    if stage_id in layout.coverage:
                        changed = changed.united(qrect(layout.coverage[stage_id]))
        counts = self.tally.coverage()
        if cards is not None and drawn is not None and counts == drawn.counts and not redraw:
            return
        drawing = coverage_drawing(self._journey(), layout, self._project().language, self.theme, counts)
        rect = QRectF() if layout.coverage_label is None else QRectF(layout.coverage_label.x, layout.coverage_label.y, layout.grid.right - layout.coverage_label.x, layout.coverage_label.h)
        self.coverage_item.set_drawing(drawing, rect, changed)

    def _apply_card_edit(self, journey: Journey, diff: Diff) -> None:
        self.index.update_cards(journey, diff)
        change = relayout_cards(self.layout, journey, self.index.cards, diff.cards.touched)
        if change.lanes and _branched(journey, self.layout):  # a lane that grows moves every band below it
            self._rebuild_all(diff)
            return
        charted = self.drawings.forget_cards(self.index.cards, diff.cards.redrawn, change.lanes)
        if change.lanes or self.displaced:
            self._sync(self.stage_items, self.layout.stages, StageHeaderItem, _place_header)
            self._sync_lanes()
        if change.moved_below is not None:  # the curve and blueprint lines below moved with their lanes
            area = self.curve_item.boundingRect()
            self.curve_item.update(QRectF(area.x(), change.moved_below, area.width(), area.bottom() - change.moved_below))
        self._place_cards(diff.cards.touched | change.cards | (self.displaced & self.card_items.keys()))
        self._update_coverage(diff.cards.touched)
        for card_id in diff.cards.redrawn | charted:
            item = self.card_items.get(card_id)  # a card in a hidden lane has no item
            if item is not None:
                item.update()

    def _sync_lanes(self) -> None:
        """Lane headers, cells, lane groups, the emotion points and the curve: what moves with lanes."""
        layout = self.layout
        self._sync(self.lane_items, layout.lanes, LaneHeaderItem, _place_header)
        self._sync(self.cell_items, layout.cells, lambda key: CellItem(*key), lambda item, r: item.set_rect(qrect(r)))
        for cell, group in self.cell_groups.items():
            rect = layout.cells.get(cell)
            if rect is not None and group.y() != rect.y:
                group.setPos(0, rect.y)
            if group not in self._freed:
                self._fit_group(group)
            if group.zValue() != Z_CARD:
                group.setZValue(Z_CARD)
        emotion_lane = next(iter(layout.curve_areas), "")
        points = {pid: Rect(x, y, 0, 0) for pid, (x, y) in layout.emotion_points.items()}

        def place_point(item: EmotionPointItem, r: Rect) -> None:
            item.lane_id = ""
            item.setPos(r.x, r.y)
            item.lane_id = emotion_lane

        self._sync(self.point_items, points, EmotionPointItem, place_point)


    def _card_place(self, card_id: str) -> CardPlace:
        return (self.layout.places[card_id][0], *self.layout.cards.relative(card_id))

    def _place_card(self, item: CardItem, where: CardPlace) -> None:
        cell = (where[0], where[1])
        group = self.cell_groups.get(cell)
        if group is None:
            group = self.cell_groups[cell] = CellGroupItem(cell)
            self._fit_group(group)
            self.scene.addItem(group)
            group.setPos(0, self.layout.cells[cell].y)
        if item.parentItem() is not group:
            item.setParentItem(group)
        item.setPos(where[2], where[3])

    def _place_cards(self, card_ids: Iterable[str]) -> None:
        """Add, remove or move the items of these cards only."""
        placed = self._placed.setdefault(id(self.card_items), {})
        for card_id in card_ids:
            item = self.card_items.get(card_id)
            if card_id not in self.layout.cards:
                if item is not None:
                    self.scene.removeItem(self.card_items.pop(card_id))
                    placed.pop(card_id, None)
                continue
            where = self._card_place(card_id)
            if item is None:
                item = self.card_items[card_id] = CardItem(card_id)
                self.scene.addItem(item)
            elif placed.get(card_id) == where and card_id not in self.displaced:
                continue
            self._place_card(item, where)
            placed[card_id] = where

    def repaint_all(self) -> None:
        """Cards cache their pictures; anything that changes how every card looks must drop them."""
        for item in self.card_items.values():
            item.update()
        self.scene.update()

    def _sync(self, items: dict, rects: dict, make: Callable[[Any], QGraphicsItem], place: Callable[[Any, Any], object]) -> None:
        """Add, remove and place items; an item whose rectangle did not change is not touched."""
        placed = self._placed.setdefault(id(items), {})
        for key in [k for k in items if k not in rects]:
            self.scene.removeItem(items.pop(key))
            placed.pop(key, None)
        for key, rect in rects.items():
            item = items.get(key)
            if item is None:
                item = items[key] = make(key)
                self.scene.addItem(item)
            elif placed.get(key) == rect and key not in self.displaced:
                continue
            place(item, rect)
            placed[key] = rect


def _place_header(item: StageHeaderItem | LaneHeaderItem, r: Rect) -> None:
    item.set_size(r.w, r.h)
    item.setPos(r.x, r.y)


def _branched(journey: Journey, layout: MapLayout) -> bool:
    """A journey that forks or loops, or did until this edit: laid out whole again after any edit
    but one of cards that leaves every lane's height as it was (a lane that grows moves every band
    below it, and a stage that moves may change band)."""
    return bool(journey.forks or journey.loops or layout.band_offset or layout.loops)
