"""What a comparison of two maps marks, and where: below Qt, so that the window's compare mode and
the change report PDF draw the same marks from the same few shapes.

Both maps are drawn once, as one map: the newer journey, with what the older one had and the newer
lacks put back as ghosts (removed cards at the end of their old cell, removed stages and lanes at
their old place). Every mark reads in colour and in black and white: each kind has its own glyph
in a badge and its own outline (solid, dashed, dotted), the colour only confirms it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Literal

from cjdesigner.layout.grid import CARD_GAP, CARD_H, CARD_W, CELL_PAD, MapLayout, Rect, layout_journey
from cjdesigner.model.change_lines import ChangeLine, LineKind, ObjectKind, describe
from cjdesigner.model.diff import Diff, compare
from cjdesigner.model.document import Card, Journey, Project

MarkKind = Literal["added", "removed", "changed", "moved", "renamed"]

# How each kind looks: colour, glyph in its badge, outline width and dash (empty: solid).
ADDED = "#1B7F3B"
REMOVED = "#B3261E"
CHANGED = "#A85A00"
MOVED = "#5B2C9F"
CONFLICT = "#C2185B"
GHOST_VEIL = "#FFFFFF"
GHOST_OPACITY = 0.6
BADGE_R = 9.0
TRACE_W = 1.6
STRIKE_W = 1.6
LOOK: dict[str, tuple[str, str, float, tuple[float, ...]]] = {
    "added": (ADDED, "+", 3.0, ()),
    "removed": (REMOVED, "−", 2.0, (6.0, 3.0)),
    "changed": (CHANGED, "Δ", 2.5, ()),
    "renamed": (CHANGED, "Δ", 2.5, ()),
    "moved": (MOVED, "→", 2.0, (1.5, 2.5)),
    "conflict": (CONFLICT, "!", 3.0, (8.0, 2.0, 2.0, 2.0)),
}


@dataclass(frozen=True)
class Outline:
    rect: Rect
    colour: str
    width: float
    dash: tuple[float, ...]
    radius: float


@dataclass(frozen=True)
class Line:
    """A strike-through or a trace (with an arrow head at its last point)."""

    points: tuple[tuple[float, float], ...]
    colour: str
    width: float
    dash: tuple[float, ...] = ()
    arrow: bool = False


@dataclass(frozen=True)
class Badge:
    cx: float
    cy: float
    r: float
    colour: str
    glyph: str


@dataclass(frozen=True)
class Veil:
    """A ghost: what is gone, painted over with the paper colour so it reads as faded."""

    rect: Rect
    colour: str
    opacity: float


@dataclass(frozen=True)
class CardMark:
    """One card's change. `kind` is the strongest of its changes (added, removed, changed, moved);
    `fields` the fields whose values differ; `old_cell` where a moved card was; `layout_only` a
    card that only changed place (its content is the same), as the change list counts it."""

    card_id: str
    kind: MarkKind
    rect: Rect
    fields: frozenset[str] = frozenset()
    old_cell: tuple[str, str] | None = None
    moved: bool = False
    layout_only: bool = False


@dataclass(frozen=True)
class HeaderMark:
    object_kind: Literal["stage", "lane", "persona"]
    object_id: str
    kind: MarkKind
    rect: Rect
    old_name: str = ""


@dataclass(frozen=True)
class PointMark:
    """An emotion point: where it was (None: it is new) and where it is (None: it is gone)."""

    point_id: str
    kind: MarkKind
    old: tuple[float, float] | None
    new: tuple[float, float] | None


@dataclass
class CompareMarks:
    """Everything a comparison marks on the map, and the map it marks (`project`, `journey`,
    `layout`: the newer journey with the older one's ghosts)."""

    project: Project
    journey: Journey
    layout: MapLayout
    diff: Diff
    changes: list[ChangeLine] = field(default_factory=list)  # every change of both maps, one a line
    cards: dict[str, CardMark] = field(default_factory=dict)
    headers: dict[str, HeaderMark] = field(default_factory=dict)
    points: dict[str, PointMark] = field(default_factory=dict)
    ghosts: frozenset[str] = frozenset()  # ids of cards, stages, lanes and personas put back
    outlines: list[Outline] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    badges: list[Badge] = field(default_factory=list)
    veils: list[Veil] = field(default_factory=list)

    @property
    def width(self) -> float:
        return self.layout.width

    @property
    def height(self) -> float:
        return self.layout.height


@dataclass
class ConflictMarks:
    """Where a merge's open conflicts stand on one journey's map: each conflicted object's rectangle
    by object id (with its conflicts' ids), and the marks, painted as a comparison's are."""

    width: float
    height: float
    places: dict[str, tuple[Rect, list[str]]] = field(default_factory=dict)
    outlines: list[Outline] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    badges: list[Badge] = field(default_factory=list)
    veils: list[Veil] = field(default_factory=list)


def conflict_marks(project: Project, journey_id: str, layout: MapLayout) -> ConflictMarks:
    """A "!" badge and a dash-dot outline on each card, header or emotion point a conflict names."""
    marks = ConflictMarks(layout.width, layout.height)
    colour, glyph, width, dash = LOOK["conflict"]
    for conflict in getattr(project, "conflicts", ()):
        if conflict.journey_id not in ("", journey_id) and conflict.object_kind not in ("persona", "project"):
            continue
        rect = _conflict_rect(layout, conflict.object_kind, conflict.object_id)
        if rect is None:
            continue
        if conflict.object_id in marks.places:
            marks.places[conflict.object_id][1].append(conflict.id)
            continue
        marks.places[conflict.object_id] = (rect, [conflict.id])
        marks.outlines.append(Outline(Rect(rect.x - 4, rect.y - 4, rect.w + 8, rect.h + 8), colour, width, dash, 9.0))
        marks.badges.append(Badge(rect.x + 2, rect.y + 2, BADGE_R, colour, glyph))
    return marks


def _conflict_rect(layout: MapLayout, object_kind: str, object_id: str) -> Rect | None:
    if object_kind == "card":
        return layout.cards.get(object_id)
    if object_kind == "stage":
        return layout.stages.get(object_id)
    if object_kind == "lane":
        return layout.lanes.get(object_id)
    if object_kind == "persona":
        return layout.legend.get(object_id)
    if object_kind == "emotion_point" and object_id in layout.emotion_points:
        x, y = layout.emotion_points[object_id]
        return Rect(x - 8, y - 8, 16, 16)
    if object_kind in ("journey", "project"):
        return layout.title
    return None


Marks = CompareMarks | ConflictMarks  # what the screen and the PDF paint the same way


def journey_pair(old: Project, new: Project, old_journey_id: str, new_journey_id: str) -> tuple[Project, Project]:
    """Two one-journey maps to compare. Another journey (the current state against a future state
    duplicated from it) has ids of its own, so its stages, lanes, cards and emotion points are
    matched to this one's first: by name, by kind and title, by text, by persona and stage."""
    old_journey = old.journey(old_journey_id)
    new_journey = new.journey(new_journey_id)
    if old_journey.id != new_journey.id:
        old_journey = _renamed(old_journey, _matches(old_journey, new_journey), new_journey.id)
    return (old.model_copy(update={"journeys": [old_journey]}), new.model_copy(update={"journeys": [new_journey]}))


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _pair(old: list[Any], new: list[Any], *keys: Any) -> dict[str, str]:
    """Old ids to new ids: by each key in turn, then what is left by place in the list."""
    found: dict[str, str] = {}
    for key in keys:
        free: dict[Any, list[str]] = {}
        for item in new:
            if item.id not in found.values():
                free.setdefault(key(item), []).append(item.id)
        for item in old:
            if item.id not in found and free.get(key(item)):
                found[item.id] = free[key(item)].pop(0)
    taken = set(found.values())
    for a, b in zip(old, new):
        if a.id not in found and b.id not in taken:
            found[a.id] = b.id
            taken.add(b.id)
    return found


def _matches(old: Journey, new: Journey) -> dict[str, str]:
    ids = _pair(old.stages, new.stages, lambda s: _key(s.name))
    ids.update(_pair(old.lanes, new.lanes, lambda la: (la.kind, _key(la.title)), lambda la: la.kind))
    place = {c.id: (ids.get(c.stage_id, c.stage_id), ids.get(c.lane_id, c.lane_id)) for c in old.cards}
    cards: dict[str, str] = {}
    for key in (lambda c, p: (p, _key(c.text)), lambda c, p: (p[0], _key(c.text)), lambda c, p: _key(c.text)):
        free: dict[Any, list[str]] = {}
        for card in new.cards:
            if card.id not in cards.values():
                free.setdefault(key(card, (card.stage_id, card.lane_id)), []).append(card.id)
        for card in old.cards:
            if card.id not in cards and free.get(key(card, place[card.id])):
                cards[card.id] = free[key(card, place[card.id])].pop(0)
    ids.update(cards)
    points = {(p.persona_id, p.stage_id): p.id for p in new.emotion_points}
    ids.update({p.id: points[(p.persona_id, ids.get(p.stage_id, p.stage_id))] for p in old.emotion_points
                if (p.persona_id, ids.get(p.stage_id, p.stage_id)) in points})
    return ids


def _renamed(journey: Journey, ids: dict[str, str], journey_id: str) -> Journey:
    """A copy of `journey` under the ids it was matched to (what was not matched keeps its own)."""
    def new(key: str) -> str:
        return ids.get(key, key)

    return journey.model_copy(update={
        "id": journey_id,
        "stages": [s.model_copy(update={"id": new(s.id)}) for s in journey.stages],
        "lanes": [la.model_copy(update={"id": new(la.id)}) for la in journey.lanes],
        "cards": [c.model_copy(update={"id": new(c.id), "stage_id": new(c.stage_id), "lane_id": new(c.lane_id),
                                       "answers": [new(a) for a in c.answers]}) for c in journey.cards],
        "emotion_points": [p.model_copy(update={"id": new(p.id), "stage_id": new(p.stage_id)}) for p in journey.emotion_points],
    })


def compare_marks(old: Project, new: Project, journey_id: str, diff: Diff | None = None, coverage: bool = False,
                  changes: list[ChangeLine] | None = None) -> CompareMarks:
    """The marks of journey `journey_id` from map `old` to map `new` (the journey is in both).
    `changes` are `describe`'s lines when the caller has them already."""
    diff = compare(old, new) if diff is None else diff
    changes = describe(diff, old, new) if changes is None else changes
    old_journey, new_journey = old.journey(journey_id), new.journey(journey_id)
    project, journey, ghosts = _shown(old, new, old_journey, new_journey, diff)
    layout = layout_journey(project, journey, coverage)
    marks = CompareMarks(project, journey, layout, diff, changes, ghosts=ghosts)
    old_cards = {c.id: c for c in old_journey.cards}
    new_cards = {c.id: c for c in new_journey.cards}
    # A card renumbered because another came or went has not moved: the change lines say which did
    reordered = {line.object_id for line in changes if line.kind is LineKind.REORDERED and line.object_kind is ObjectKind.CARD}
    for card_id in sorted(diff.cards.touched - (diff.cards.shifted - reordered)):
        if card_id in layout.cards:
            _mark_card(marks, card_id, old_cards.get(card_id), new_cards.get(card_id), card_id in reordered)
    _mark_headers(marks, old, new, old_journey, new_journey)
    _mark_points(marks, old_journey, new_journey)
    return marks


def _shown(old: Project, new: Project, old_journey: Journey, new_journey: Journey, diff: Diff) -> tuple[Project, Journey, frozenset[str]]:
    """The newer journey with the older one's removed stages, lanes, personas and cards put back."""
    stages = _with_ghosts(new_journey.stages, old_journey.stages, diff.stages.removed)
    lanes = _with_ghosts(new_journey.lanes, old_journey.lanes, diff.lanes.removed)
    last: dict[tuple[str, str], int] = {}
    for card in new_journey.cards:
        cell = (card.stage_id, card.lane_id)
        last[cell] = max(last.get(cell, -1), card.position)
    ghost_cards: list[Card] = []
    for card in sorted((c for c in old_journey.cards if c.id in diff.cards.removed), key=lambda c: c.position):
        cell = (card.stage_id, card.lane_id)
        last[cell] = last.get(cell, -1) + 1
        ghost_cards.append(card.model_copy(update={"position": last[cell]}))
    removed_personas = [p for p in old.personas if p.id in diff.personas.removed]
    persona_ids = list(new_journey.persona_ids) + [p for p in old_journey.persona_ids if p in diff.personas.removed]
    journey = new_journey.model_copy(update={
        "stages": stages, "lanes": lanes, "cards": list(new_journey.cards) + ghost_cards, "persona_ids": persona_ids})
    project = new.model_copy(update={"personas": list(new.personas) + removed_personas, "journeys": [journey]})
    ghosts = frozenset(c.id for c in ghost_cards) | diff.stages.removed | diff.lanes.removed | {p.id for p in removed_personas}
    return project, journey, ghosts


def _with_ghosts(now: list, before: list, removed: frozenset[str]) -> list:
    """`now` with the items of `before` named in `removed`, each back after its old predecessor."""
    shown = list(now)
    for index, item in enumerate(before):
        if item.id not in removed:
            continue
        ids = [x.id for x in shown]
        after = next((before[i].id for i in range(index - 1, -1, -1) if before[i].id in ids), None)
        shown.insert(ids.index(after) + 1 if after is not None else 0, item)
    return shown


def _mark_card(marks: CompareMarks, card_id: str, old: Card | None, new: Card | None, shifted: bool) -> None:
    diff, layout = marks.diff, marks.layout
    rect = layout.cards[card_id]
    fields = frozenset(diff.cards.changed.get(card_id, frozenset()))
    moved = card_id in diff.cards.moved
    kind: MarkKind = ("added" if card_id in diff.cards.added else "removed" if card_id in diff.cards.removed
                      else "changed" if fields else "moved")
    old_cell = (old.stage_id, old.lane_id) if old is not None and (moved or shifted) else None
    mark = CardMark(card_id, kind, rect, fields, old_cell, moved or shifted, layout_only=kind == "moved")
    marks.cards[card_id] = mark
    colour, glyph, width, dash = LOOK[kind]
    if kind == "removed":
        marks.veils.append(Veil(rect, GHOST_VEIL, GHOST_OPACITY))
        marks.lines.append(Line(((rect.x + 6, rect.y + rect.h / 2), (rect.right - 6, rect.y + rect.h / 2)), REMOVED, STRIKE_W))
    marks.outlines.append(Outline(Rect(rect.x - 2, rect.y - 2, rect.w + 4, rect.h + 4), colour, width, dash, 8.0))
    badges = [(colour, glyph)]
    if (moved or shifted) and kind != "moved":
        badges.append((MOVED, LOOK["moved"][1]))
    for index, (badge_colour, badge_glyph) in enumerate(badges):
        marks.badges.append(Badge(rect.right - 2 - index * (2 * BADGE_R + 2), rect.y + 2, BADGE_R, badge_colour, badge_glyph))
    if old is not None and old_cell is not None:
        start = _old_slot(layout, old_cell, old.position)
        if start is not None:
            end = (rect.x + 4, rect.y + rect.h / 2)
            marks.lines.append(Line((start, end), MOVED, TRACE_W, LOOK["moved"][3], arrow=True))


def _old_slot(layout: MapLayout, cell: tuple[str, str], position: int) -> tuple[float, float] | None:
    """Where a card stood in its old cell, in the shown map (kept inside the cell)."""
    rect = layout.cells.get(cell)
    if rect is None:
        return None
    top = layout.new_card_rect(cell, 0).y
    y = min(top + position * (CARD_H + CARD_GAP) + CARD_H / 2, rect.bottom - CELL_PAD)
    return (rect.x + CELL_PAD + CARD_W / 2, y)


def _mark_headers(marks: CompareMarks, old: Project, new: Project, old_journey: Journey, new_journey: Journey) -> None:
    diff, layout = marks.diff, marks.layout
    kinds = (("stage", diff.stages, layout.stages, "name", old_journey.stages),
             ("lane", diff.lanes, layout.lanes, "title", old_journey.lanes),
             ("persona", diff.personas, layout.legend, "name", old.personas))
    for object_kind, changes, rects, name_field, before in kinds:
        names = {item.id: getattr(item, name_field) for item in before}
        for object_id, rect in rects.items():
            fields = changes.changed.get(object_id, frozenset())
            kind: MarkKind | None = ("added" if object_id in changes.added else "removed" if object_id in changes.removed
                                     else "renamed" if name_field in fields else "changed" if fields else None)
            if kind is None:
                continue
            marks.headers[object_id] = HeaderMark(object_kind, object_id, kind, rect, names.get(object_id, ""))  # type: ignore[arg-type]
            colour, glyph, width, dash = LOOK[kind]
            if kind == "removed" and object_kind != "persona":
                marks.veils.append(Veil(rect, GHOST_VEIL, GHOST_OPACITY))
                marks.lines.append(Line(((rect.x + 6, rect.y + 16), (rect.right - 6, rect.y + 16)), REMOVED, STRIKE_W))
            marks.outlines.append(Outline(Rect(rect.x + 1, rect.y + 1, rect.w - 2, rect.h - 2), colour, width, dash, 2.0))
            if object_kind == "persona":
                marks.badges.append(Badge(rect.right, rect.y, BADGE_R * 0.8, colour, glyph))
            else:
                marks.badges.append(Badge(rect.right - BADGE_R - 3, rect.y + BADGE_R + 3, BADGE_R, colour, glyph))


def _mark_points(marks: CompareMarks, old_journey: Journey, new_journey: Journey) -> None:
    diff, layout = marks.diff, marks.layout
    lane = next((lane_id for lane_id in layout.lane_order if lane_id in layout.curve_areas), None)
    if lane is None:
        return
    old_points = {p.id: p for p in old_journey.emotion_points}
    new_points = {p.id: p for p in new_journey.emotion_points}
    for point_id in sorted(diff.emotion_points.added | diff.emotion_points.removed | diff.emotion_points.changed.keys()):
        point, now = old_points.get(point_id), new_points.get(point_id)
        new_place = layout.emotion_points.get(point_id)
        spread = new_place[0] - layout.stages[now.stage_id].center[0] if new_place is not None and now is not None else 0.0
        old_place = None
        if point is not None and point.stage_id in layout.stages:
            old_place = (layout.stages[point.stage_id].center[0] + spread, layout.score_y(lane, point.score))
        kind: MarkKind = "added" if point_id in diff.emotion_points.added else "removed" if point_id in diff.emotion_points.removed else "changed"
        if old_place == new_place and kind == "changed":
            continue
        marks.points[point_id] = PointMark(point_id, kind, old_place, new_place)
        colour, glyph, _, dash = LOOK[kind]
        if old_place is not None and new_place is not None:
            marks.lines.append(Line((old_place, new_place), colour, TRACE_W, LOOK["moved"][3], arrow=True))
        if old_place is not None:
            marks.outlines.append(Outline(Rect(old_place[0] - 6, old_place[1] - 6, 12, 12), colour, 1.5, LOOK["removed"][3], 6.0))
        if new_place is not None:
            marks.badges.append(Badge(new_place[0] + 10, new_place[1] - 10, BADGE_R * 0.8, colour, glyph))


def shown_value(value: Any, longest: int = 120) -> str:
    """A field's value as a person reads it beside its other value ("—" for none)."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, (list, tuple)):
        return ", ".join(shown_value(v, longest) for v in value)
    if hasattr(value, "model_dump"):
        return " · ".join(shown_value(v, longest) for v in value.model_dump().values() if v not in (None, "", [])) or "—"
    text = " ".join(str(value).split())
    return text if len(text) <= longest else text[: longest - 1] + "…"
