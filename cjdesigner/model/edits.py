"""Edits of a project, each returning the edit that reverses it.

A handful of primitive edits (set fields, insert, remove, move, batch) each know their exact
inverse; the domain edits below compose them. The GUI's undo command keeps one `Edit`: redo
applies it and stores what comes back, undo applies that. Every domain edit leaves the project
valid or raises `ModelError` with the project unchanged.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Concatenate, Generic, Literal, ParamSpec, Protocol

from pydantic import BaseModel, ValidationError

from cjdesigner.i18n import QT_TRANSLATE_NOOP, Sentence
from cjdesigner.model.document import Card, EmotionPoint, Journey, Lane, Persona, Project, Stage, new_id, note_answers, note_card
from cjdesigner.model.limits import MAX_POSITION
from cjdesigner.model.invariants import ModelError, Problem, check_cards, check_invariants, ids_taken, is_pain_point
from cjdesigner.model.sub_journeys import links_to
from cjdesigner.model.vocabulary import LaneKind
from cjdesigner.model.messages import humanize


class Edit(Protocol):
    def apply(self, project: Project) -> Edit:
        """Change `project` and return the edit that changes it back."""


ObjectKind = Literal["project", "persona", "journey", "stage", "lane", "card", "emotion_point"]
CollectionName = Literal["personas", "journeys", "stages", "lanes", "cards", "emotion_points"]
_JOURNEY_COLLECTIONS = {"stages", "lanes", "cards", "emotion_points"}
_KIND_COLLECTION = {
    "persona": "personas",
    "journey": "journeys",
    "stage": "stages",
    "lane": "lanes",
    "card": "cards",
    "emotion_point": "emotion_points",
}

_NO_SUCH = {
    "persona": QT_TRANSLATE_NOOP("messages", 'there is no persona with id "%1"'),
    "journey": QT_TRANSLATE_NOOP("messages", 'there is no journey with id "%1"'),
    "stage": QT_TRANSLATE_NOOP("messages", 'there is no stage with id "%1"'),
    "lane": QT_TRANSLATE_NOOP("messages", 'there is no lane with id "%1"'),
    "card": QT_TRANSLATE_NOOP("messages", 'there is no card with id "%1"'),
    "emotion_point": QT_TRANSLATE_NOOP("messages", 'there is no emotion point with id "%1"'),
}


def _no_such(kind: str, object_id: str | None) -> Sentence:
    return Sentence("messages", _NO_SUCH.get(kind, QT_TRANSLATE_NOOP("messages", 'there is no item with id "%1"')), (object_id,))


@dataclass(frozen=True)
class Ref:
    """Names one object of a project: the project itself, or an object by id (and journey)."""

    kind: ObjectKind
    id: str | None = None
    journey_id: str | None = None

    def resolve(self, project: Project) -> BaseModel:
        if self.kind == "project":
            return project
        if self.kind == "card":
            return _card(_journey(project, self.journey_id), self.id or "")
        items = _collection(project, _KIND_COLLECTION[self.kind], self.journey_id)
        index = find_index(items, self.id or "")
        if index is not None:
            return items[index]
        raise ModelError([Problem(self.kind, _no_such(self.kind, self.id))])


def _collection(project: Project, name: str, journey_id: str | None) -> list:
    if name in _JOURNEY_COLLECTIONS:
        return getattr(_journey(project, journey_id), name)
    return getattr(project, name)


def _journey(project: Project, journey_id: str | None) -> Journey:
    try:
        return project.journey(journey_id or "")
    except KeyError:
        raise ModelError([Problem("journey", _no_such("journey", journey_id))]) from None


_FILING_FIELDS = frozenset({"id", "stage_id", "lane_id"})


def _filing(card: Card) -> tuple[str, tuple[str, str]]:
    """What a journey's card index files a card under."""
    return card.id, (card.stage_id, card.lane_id)


@dataclass(frozen=True)
class SetFields:
    ref: Ref
    values: dict[str, Any]

    def apply(self, project: Project) -> SetFields:
        target = self.ref.resolve(project)
        filed = _filing(target) if self.ref.kind == "card" and not _FILING_FIELDS.isdisjoint(self.values) else None  # type: ignore[arg-type]
        old: dict[str, Any] = {}
        try:
            for name, value in self.values.items():
                if name not in type(target).model_fields and name not in (target.__pydantic_extra__ or {}):
                    raise ModelError([Problem(f"{self.ref.kind}.{name}", Sentence("messages", QT_TRANSLATE_NOOP("messages", "a %1 has no field '%2'"), (self.ref.kind, name)))])
                old[name] = copy.deepcopy(getattr(target, name))
                setattr(target, name, copy.deepcopy(value))
        except ValidationError as error:
            for name, value in old.items():
                setattr(target, name, value)
            detail = error.errors(include_url=False)[0]
            raise ModelError([Problem(f"{self.ref.kind}.{name}", humanize(detail))]) from None
        except ModelError:
            for name, value in old.items():
                setattr(target, name, value)
            raise
        if filed is not None:
            note_card(_journey(project, self.ref.journey_id), target, filed, _filing(target))  # type: ignore[arg-type]
        if self.ref.kind == "card" and "answers" in old:
            note_answers(_journey(project, self.ref.journey_id), target, old["answers"])  # type: ignore[arg-type]
        return SetFields(self.ref, old)


@dataclass(frozen=True)
class Insert:
    collection: CollectionName
    index: int
    item: BaseModel
    journey_id: str | None = None

    def apply(self, project: Project) -> Remove:
        items = _collection(project, self.collection, self.journey_id)
        item = self.item.model_copy(deep=True)
        items.insert(self.index, item)
        if self.collection == "cards":
            note_card(_journey(project, self.journey_id), item, None, _filing(item))  # type: ignore[arg-type]
        return Remove(self.collection, self.item.id, self.journey_id)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Remove:
    collection: CollectionName
    item_id: str
    journey_id: str | None = None

    def apply(self, project: Project) -> Insert:
        items = _collection(project, self.collection, self.journey_id)
        index = _index_of(items, self.item_id, self.collection)
        item = items.pop(index)
        if self.collection == "cards":
            note_card(_journey(project, self.journey_id), item, _filing(item), None)
        return Insert(self.collection, index, item, self.journey_id)


@dataclass(frozen=True)
class Move:
    collection: CollectionName
    item_id: str
    index: int
    journey_id: str | None = None

    def apply(self, project: Project) -> Move:
        items = _collection(project, self.collection, self.journey_id)
        old = _index_of(items, self.item_id, self.collection)
        item = items.pop(old)
        items.insert(max(0, min(self.index, len(items))), item)
        return Move(self.collection, self.item_id, old, self.journey_id)


@dataclass(frozen=True)
class Batch:
    edits: tuple[Edit, ...] = field(default_factory=tuple)

    def apply(self, project: Project) -> Batch:
        done: list[Edit] = []
        try:
            for edit in self.edits:
                done.append(edit.apply(project))
        except Exception:
            for inverse in reversed(done):
                inverse.apply(project)
            raise
        return Batch(tuple(reversed(done)))


_PLACE_FIELDS = frozenset({"stage_id", "lane_id", "position"})


@dataclass(frozen=True)
class CardPlaces(Batch):
    """New places (stage, lane, position) of cards of one journey, as one edit whose inverse is one
    edit: a move renumbers whole cells, and each card costs a lookup and an assignment, not an edit
    of its own. Its parts are plain `SetFields`, so whatever reads a `Batch` (the journal, the views'
    diff) reads it as before. The inverse an apply returns knows the cells the cards left or
    entered (`cells`), and which cards changed cell (`travellers`), so that checking the edit need
    not look every card up again."""

    cells: frozenset[tuple[str, str]] | None = field(default=None, compare=False, repr=False)
    travellers: tuple[Card, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        for edit in self.edits:
            if not (isinstance(edit, SetFields) and edit.ref.kind == "card" and edit.values.keys() <= _PLACE_FIELDS
                    and edit.ref.journey_id == self.edits[0].ref.journey_id):  # type: ignore[attr-defined]
                raise TypeError("CardPlaces holds only card places of one journey")

    def apply(self, project: Project) -> CardPlaces:
        if not self.edits:
            return self
        parts: tuple[SetFields, ...] = self.edits  # type: ignore[assignment]
        journey = _journey(project, parts[0].ref.journey_id)
        cards = [_card(journey, edit.ref.id or "") for edit in parts]  # all found before anything changes
        done: list[SetFields] = []
        cells: set[tuple[str, str]] = set()
        travellers: list[Card] = []
        try:
            for edit, card in zip(parts, cards):
                filed = _filing(card)  # type: ignore[arg-type]
                cells.add(filed[1])
                old = {name: getattr(card, name) for name in edit.values}  # ids and numbers: nothing to copy
                try:
                    for name, value in edit.values.items():
                        if name == "position" and type(value) is int and 0 <= value <= MAX_POSITION:
                            card.__dict__[name] = value  # what the validated assignment would store
                            card.__pydantic_fields_set__.add(name)
                        else:
                            setattr(card, name, value)
                except ValidationError as error:
                    for name, value in old.items():
                        setattr(card, name, value)
                    raise ModelError([Problem(f"card.{name}", humanize(error.errors(include_url=False)[0]))]) from None
                done.append(SetFields(edit.ref, old))
                if filed[1] != (card.stage_id, card.lane_id):  # type: ignore[attr-defined]
                    now = _filing(card)  # type: ignore[arg-type]
                    note_card(journey, card, filed, now)  # type: ignore[arg-type]
                    cells.add(now[1])
                    travellers.append(card)  # type: ignore[arg-type]
        except ModelError:
            for inverse in reversed(done):
                inverse.apply(project)
            raise
        return CardPlaces(tuple(reversed(done)), frozenset(cells), tuple(travellers))


_INDEX_CACHE: list[tuple[list, dict[str, int]]] = []
_TAIL = 32  # items looked at from the end before a list's ids are indexed again


def find_index(items: list, item_id: str) -> int | None:
    """Find by id in O(1) for runs of edits on the same list (a move renumbers dozens of cards)."""
    for cached, positions in _INDEX_CACHE:
        if cached is items:
            index = positions.get(item_id)
            if index is not None and index < len(items) and items[index].id == item_id:
                return index
            break
    for index in range(len(items) - 1, max(-1, len(items) - 1 - _TAIL), -1):
        if items[index].id == item_id:  # added last (a paste, a new card) and taken away first
            return index
    positions = {item.id: i for i, item in enumerate(items)}
    _INDEX_CACHE[:] = [(items, positions)] + [entry for entry in _INDEX_CACHE if entry[0] is not items][:3]
    return positions.get(item_id)


def _index_of(items: list, item_id: str, collection: str) -> int:
    index = find_index(items, item_id)
    if index is not None:
        return index
    raise ModelError([Problem(collection, _no_such("", item_id))])


def perform(project: Project, edit: Edit) -> Edit:
    """Apply `edit` and check the rules it can break; on any broken rule, undo it and raise.

    An edit that only sets fields of cards (a text, a severity, a move) can break the rules of those
    cards and of the cells they left or entered, and nothing else: only those are checked, so an edit
    on a large map costs what it changes. Any other edit checks the whole project."""
    inverse = edit.apply(project)
    if isinstance(inverse, Batch) and not inverse.edits or isinstance(inverse, Move) and not _forked_order(project, inverse):
        return inverse  # nothing changed, or only an order no rule reads
    try:
        scope = _card_scope(project, inverse)
        problems = check_invariants(project) if scope is None else check_cards(project, *scope[:3], removed=scope[3])
        if problems:
            raise ModelError(problems)
    except ModelError:
        inverse.apply(project)
        raise
    return inverse


def _forked_order(project: Project, move: Move) -> bool:
    """The order of stages is a rule of a journey that forks or loops (a path's stages follow its fork)."""
    if move.collection != "stages":
        return False
    journey = _journey(project, move.journey_id)
    return bool(journey.forks or journey.loops)


P = ParamSpec("P")


class Planned(Generic[P]):
    """A domain edit kept as its plan: called, it plans and performs (returning the inverse);
    `plan` alone builds the forward edit from the map without changing it, for a `Change`."""

    def __init__(self, plan: Callable[Concatenate[Project, P], Edit]) -> None:
        self.plan = plan
        functools.update_wrapper(self, plan)

    def __call__(self, project: Project, *args: P.args, **kwargs: P.kwargs) -> Edit:
        return perform(project, self.plan(project, *args, **kwargs))


planned = Planned


_CARD_RULE_FIELDS = frozenset({"stage_id", "lane_id", "position", "persona_ids", "answers", "sub_journey_id"})
_UNRULED_JOURNEY_FIELDS = frozenset({"voting_rounds"})  # no rule reads a journey's rounds against the rest of its map


def _card_scope(project: Project, inverse: Edit) -> tuple[str, list[Card], set[tuple[str, str]], set[str]] | None:
    """For an edit that set fields of, added or removed cards of one journey only (`inverse` being
    what reverses it): the journey, the cards whose cross-object rules may have changed, the cells
    they left or entered, and the ids of the cards removed. None when the edit did anything else,
    or when an added card's id is used by another object (the whole check then words it)."""
    journey_id: str | None = None
    cards: dict[str, Card] = {}
    cells: set[tuple[str, str]] = set()
    removed: set[str] = set()
    added: list[str] = []
    stack: list[Edit] = [inverse]
    while stack:
        edit = stack.pop()
        if isinstance(edit, (Insert, Remove)) and edit.collection == "cards" and edit.journey_id is not None:
            if journey_id not in (None, edit.journey_id):
                return None
            journey_id = edit.journey_id
            if isinstance(edit, Insert):  # the card was removed
                gone: Card = edit.item  # type: ignore[assignment]
                removed.add(gone.id)
                cells.add((gone.stage_id, gone.lane_id))
            else:
                added.append(edit.item_id)
            continue
        if isinstance(edit, CardPlaces) and edit.cells is not None and edit.edits:
            if journey_id not in (None, edit.edits[0].ref.journey_id):  # type: ignore[attr-defined]
                return None
            journey_id = edit.edits[0].ref.journey_id  # type: ignore[attr-defined]
            cells |= edit.cells
            cards.update((card.id, card) for card in edit.travellers)
            continue
        if isinstance(edit, Batch):
            stack.extend(edit.edits)
            continue
        if isinstance(edit, SetFields) and edit.ref.kind == "journey" and edit.ref.id and edit.values.keys() <= _UNRULED_JOURNEY_FIELDS:
            if journey_id not in (None, edit.ref.id):
                return None
            journey_id = edit.ref.id
            continue
        if not isinstance(edit, SetFields) or edit.ref.kind != "card" or "id" in edit.values or edit.ref.journey_id is None:
            return None
        if journey_id not in (None, edit.ref.journey_id):
            return None
        journey_id = edit.ref.journey_id
        keys = edit.values.keys()
        if not _CARD_RULE_FIELDS & keys:
            continue
        card = _card(_journey(project, journey_id), edit.ref.id or "")
        if keys != {"position"}:  # a card renumbered in its cell keeps its stage, lane, cast and links
            cards[card.id] = card
        old = edit.values
        cells.add((card.stage_id, card.lane_id))
        cells.add((old.get("stage_id", card.stage_id), old.get("lane_id", card.lane_id)))
    if journey_id is None:
        return None
    if added:
        journey = _journey(project, journey_id)
        if ids_taken(project, journey, added):
            return None
        for card_id in added:
            card = _card(journey, card_id)
            cards[card.id] = card
            cells.add((card.stage_id, card.lane_id))
    return journey_id, list(cards.values()), cells, removed - set(added)


# --- fields -------------------------------------------------------------------------------


@planned
def set_fields(project: Project, ref: Ref, **values: Any) -> Edit:
    """Change fields of one object, e.g. a card's text or a stage's colour. A lane that stops
    being the pain points loses, in the same step, the links opportunities hold to its cards:
    only a pain point can be answered."""
    edits: list[Edit] = []
    if ref.kind == "lane" and "kind" in values and values["kind"] != LaneKind.PAIN_POINTS:
        lane = ref.resolve(project)
        if isinstance(lane, Lane) and lane.kind is LaneKind.PAIN_POINTS:
            journey = _journey(project, ref.journey_id)
            edits = _unlink(journey, {card.id for card in journey.cards if card.lane_id == lane.id})
    change = SetFields(ref, values)
    return Batch((*edits, change)) if edits else change


# --- personas -----------------------------------------------------------------------------


@planned
def add_persona(project: Project, persona: Persona, index: int | None = None, journey_id: str | None = None) -> Edit:
    """Add a persona to the project and, when `journey_id` is given, to that journey's cast."""
    at = len(project.personas) if index is None else index
    edits: list[Edit] = [Insert("personas", at, persona)]
    if journey_id is not None:
        cast = [*project.journey(journey_id).persona_ids, persona.id]
        edits.append(SetFields(Ref("journey", journey_id), {"persona_ids": cast}))
    return Batch(tuple(edits))


@planned
def remove_persona(project: Project, persona_id: str) -> Edit:
    """Remove a persona with its badges, its emotion points and its place in journeys."""
    edits: list[Edit] = []
    for journey in project.journeys:
        if persona_id in journey.persona_ids:
            kept = [p for p in journey.persona_ids if p != persona_id]
            edits.append(SetFields(Ref("journey", journey.id), {"persona_ids": kept}))
        if any(persona_id in path.persona_ids for path in journey.paths):
            paths = [path.model_copy(update={"persona_ids": [p for p in path.persona_ids if p != persona_id]}) for path in journey.paths]
            edits.append(SetFields(Ref("journey", journey.id), {"paths": paths}))
        for card in journey.cards:
            if persona_id in card.persona_ids:
                kept = [p for p in card.persona_ids if p != persona_id]
                edits.append(SetFields(Ref("card", card.id, journey.id), {"persona_ids": kept}))
        for point in journey.emotion_points:
            if point.persona_id == persona_id:
                edits.append(Remove("emotion_points", point.id, journey.id))
    edits.append(Remove("personas", persona_id))
    return Batch(tuple(edits))


@planned
def add_persona_to_cards(project: Project, journey_id: str, card_ids: list[str], persona_id: str) -> Edit:
    """Give cards a persona's badge (cards that have it already are left alone)."""
    journey = project.journey(journey_id)
    edits: list[Edit] = []
    for card_id in card_ids:
        card = journey.card(card_id)
        if persona_id not in card.persona_ids:
            edits.append(SetFields(Ref("card", card_id, journey_id), {"persona_ids": [*card.persona_ids, persona_id]}))
    return Batch(tuple(edits))


# --- journeys -----------------------------------------------------------------------------


@planned
def add_journey(project: Project, journey: Journey, index: int | None = None) -> Edit:
    at = len(project.journeys) if index is None else index
    return Insert("journeys", at, journey)


@planned
def remove_journey(project: Project, journey_id: str) -> Edit:
    if len(project.journeys) <= 1:
        raise ModelError([Problem("journeys", Sentence("messages", QT_TRANSLATE_NOOP("messages", "a project keeps at least one journey")))])
    unlinked = [SetFields(Ref(link.kind, link.object_id, link.source), {"sub_journey_id": None})  # type: ignore[arg-type]
                for link in links_to(project, journey_id)]
    return Batch((*unlinked, Remove("journeys", journey_id))) if unlinked else Remove("journeys", journey_id)


@planned
def move_journey(project: Project, journey_id: str, index: int) -> Edit:
    return Move("journeys", journey_id, index)


def duplicate_journey(project: Project, journey_id: str, title: str | None = None) -> tuple[Edit, str]:
    """Copy a journey (e.g. current state → future state) with fresh ids; returns the copy's id too."""
    edit, twin_id = plan_duplicate_journey(project, journey_id, title)
    return perform(project, edit), twin_id


def plan_duplicate_journey(project: Project, journey_id: str, title: str | None = None) -> tuple[Edit, str]:
    """The edit that copies a journey, and the copy's id."""
    source = project.journey(journey_id)
    twin = copy_journey(source)
    if title is not None:
        twin.title = title
    index = project.journeys.index(source) + 1
    return Insert("journeys", index, twin), twin.id


def copy_journey(source: Journey) -> Journey:
    twin = source.model_copy(deep=True)
    twin.id = new_id("journey")
    stage_ids = {s.id: new_id("stage") for s in twin.stages}
    lane_ids = {lane.id: new_id("lane") for lane in twin.lanes}
    for stage in twin.stages:
        stage.id = stage_ids[stage.id]
    for lane in twin.lanes:
        lane.id = lane_ids[lane.id]
    card_ids = {c.id: new_id("card") for c in twin.cards}
    for card in twin.cards:
        card.id = card_ids[card.id]
        card.answers = [card_ids[a] for a in card.answers if a in card_ids]
        card.stage_id = stage_ids[card.stage_id]
        card.lane_id = lane_ids[card.lane_id]
    for point in twin.emotion_points:
        point.id = new_id("emotion")
        point.stage_id = stage_ids[point.stage_id]
    _copy_branches(twin, stage_ids)
    return twin


def _copy_branches(twin: Journey, stage_ids: dict[str, str]) -> None:
    """A copied journey's paths, forks and loops get fresh ids and name the copied stages."""
    path_ids = {path.id: new_id("path") for path in twin.paths}
    for path in twin.paths:
        path.id = path_ids[path.id]
    for stage in twin.stages:
        if stage.path_id is not None:
            stage.path_id = path_ids.get(stage.path_id, stage.path_id)
    for fork in twin.forks:
        fork.id = new_id("fork")
        fork.after_stage_id = stage_ids.get(fork.after_stage_id, fork.after_stage_id)
        if fork.join_stage_id is not None:
            fork.join_stage_id = stage_ids.get(fork.join_stage_id, fork.join_stage_id)
        fork.path_ids = [path_ids.get(pid, pid) for pid in fork.path_ids]
    for loop in twin.loops:
        loop.id = new_id("loop")
        loop.from_stage_id = stage_ids.get(loop.from_stage_id, loop.from_stage_id)
        loop.to_stage_id = stage_ids.get(loop.to_stage_id, loop.to_stage_id)


# --- stages and lanes -----------------------------------------------------------------------


@planned
def add_stage(project: Project, journey_id: str, stage: Stage, index: int | None = None) -> Edit:
    at = len(project.journey(journey_id).stages) if index is None else index
    return Insert("stages", at, stage, journey_id)


@planned
def add_lane(project: Project, journey_id: str, lane: Lane, index: int | None = None) -> Edit:
    at = len(project.journey(journey_id).lanes) if index is None else index
    return Insert("lanes", at, lane, journey_id)


@planned
def remove_stage(project: Project, journey_id: str, stage_id: str) -> Edit:
    """Remove a stage with the cards and emotion points in it."""
    journey = project.journey(journey_id)
    doomed = [c for c in journey.cards if c.stage_id == stage_id]
    edits = _unlink(journey, {c.id for c in doomed}) + _remove_all(journey, doomed, "cards")
    edits += _remove_all(journey, [p for p in journey.emotion_points if p.stage_id == stage_id], "emotion_points")
    loops = [loop for loop in journey.loops if stage_id not in (loop.from_stage_id, loop.to_stage_id)]
    if len(loops) != len(journey.loops):
        edits.append(SetFields(Ref("journey", journey_id), {"loops": loops}))
    edits += _forks_without(journey, stage_id)
    edits.append(Remove("stages", stage_id, journey_id))
    return Batch(tuple(edits))


@planned
def remove_lane(project: Project, journey_id: str, lane_id: str) -> Edit:
    """Remove a lane with the cards in it."""
    journey = project.journey(journey_id)
    doomed = [c for c in journey.cards if c.lane_id == lane_id]
    edits = _unlink(journey, {c.id for c in doomed}) + _remove_all(journey, doomed, "cards")
    edits.append(Remove("lanes", lane_id, journey_id))
    return Batch(tuple(edits))


def _forks_without(journey: Journey, stage_id: str) -> list[Edit]:
    """A stage that starts a fork cannot go before its paths; the paths of a fork whose join goes
    meet again at the next stage of the main line (or end the journey)."""
    if not journey.forks:
        return []
    if any(fork.after_stage_id == stage_id for fork in journey.forks):
        name = next(s.name for s in journey.stages if s.id == stage_id)
        raise ModelError([Problem("stages", Sentence("messages", QT_TRANSLATE_NOOP("messages", 'stage "%1" starts a fork: delete its paths first'), (name,)))])
    at = next(i for i, s in enumerate(journey.stages) if s.id == stage_id)
    later = next((s.id for s in journey.stages[at + 1:] if s.path_id is None), None)
    forks = [fork.model_copy(update={"join_stage_id": later}) if fork.join_stage_id == stage_id else fork for fork in journey.forks]
    return [SetFields(Ref("journey", journey.id), {"forks": forks})] if forks != journey.forks else []


def _unlink(journey: Journey, card_ids: set[str]) -> list[Edit]:
    """Drop the links other cards of the journey hold to `card_ids` (pain points going away or
    leaving the pain points), so that no opportunity answers a card that is not there."""
    if not card_ids:
        return []
    return [
        SetFields(Ref("card", card.id, journey.id), {"answers": [a for a in card.answers if a not in card_ids]})
        for card in sorted(journey.answerers(card_ids), key=lambda c: _index_of(journey.cards, c.id, "cards"))
        if card.id not in card_ids
    ]


def _remove_all(journey: Journey, items: list, collection: CollectionName) -> list[Edit]:
    return [Remove(collection, item.id, journey.id) for item in reversed(items)]


@planned
def move_stage(project: Project, journey_id: str, stage_id: str, index: int) -> Edit:
    return Move("stages", stage_id, index, journey_id)


@planned
def move_lane(project: Project, journey_id: str, lane_id: str, index: int) -> Edit:
    return Move("lanes", lane_id, index, journey_id)


def duplicate_stage(project: Project, journey_id: str, stage_id: str) -> tuple[Edit, str]:
    """Copy a stage, its cards and emotion points next to it; returns the new stage's id too."""
    edit, twin_id = plan_duplicate_stage(project, journey_id, stage_id)
    return perform(project, edit), twin_id


def duplicate_lane(project: Project, journey_id: str, lane_id: str) -> tuple[Edit, str]:
    """Copy a lane and its cards next to it; returns the new lane's id too."""
    edit, twin_id = plan_duplicate_lane(project, journey_id, lane_id)
    return perform(project, edit), twin_id


def plan_duplicate_stage(project: Project, journey_id: str, stage_id: str) -> tuple[Edit, str]:
    return _duplicate_column_or_row(project, journey_id, "stages", "stage_id", stage_id)


def plan_duplicate_lane(project: Project, journey_id: str, lane_id: str) -> tuple[Edit, str]:
    return _duplicate_column_or_row(project, journey_id, "lanes", "lane_id", lane_id)


def _duplicate_column_or_row(
    project: Project, journey_id: str, collection: CollectionName, key: str, object_id: str
) -> tuple[Edit, str]:
    journey = project.journey(journey_id)
    items = getattr(journey, collection)
    original = items[_index_of(items, object_id, collection)]
    twin = original.model_copy(deep=True, update={"id": new_id(collection[:-1])})
    edits: list[Edit] = [Insert(collection, items.index(original) + 1, twin, journey_id)]
    followers: list[tuple[CollectionName, str, list]] = [("cards", "card", journey.cards)]
    if key == "stage_id":
        followers.append(("emotion_points", "emotion", journey.emotion_points))
    for name, prefix, members in followers:
        copies = [m for m in members if getattr(m, key) == object_id]
        for offset, member in enumerate(copies):
            copy_ = member.model_copy(deep=True, update={"id": new_id(prefix), key: twin.id})
            edits.append(Insert(name, len(members) + offset, copy_, journey_id))
    return Batch(tuple(edits)), twin.id


# --- cards ----------------------------------------------------------------------------------


@planned
def add_card(project: Project, journey_id: str, card: Card, position: int | None = None) -> Edit:
    """Insert a card into its cell at `position` (the end when None), shifting the ones after it."""
    journey = project.journey(journey_id)
    cell = journey.cell_cards(card.stage_id, card.lane_id)
    at = len(cell) if position is None else max(0, min(position, len(cell)))
    shifted = tuple(SetFields(Ref("card", c.id, journey_id), {"position": c.position + 1}) for c in cell[at:])
    edits: list[Edit] = [CardPlaces(shifted)] if shifted else []
    edits.append(Insert("cards", len(journey.cards), card.model_copy(update={"position": at}), journey_id))
    return Batch(tuple(edits))


@planned
def add_cards(project: Project, journey_id: str, cards: list[Card]) -> Edit:
    """Append cards at the end of their cells, in the order given (paste, import)."""
    journey = project.journey(journey_id)
    next_position: dict[tuple[str, str], int] = {}
    for card in cards:
        key = (card.stage_id, card.lane_id)
        if key not in next_position:
            next_position[key] = max((c.position + 1 for c in journey.cell_cards(*key)), default=0)
    edits: list[Edit] = []
    for index, card in enumerate(cards):
        key = (card.stage_id, card.lane_id)
        position = next_position[key]
        next_position[key] = position + 1
        update: dict[str, Any] = {"position": position}
        if card.answers:  # a card pasted from another journey keeps only the links that hold here
            update["answers"] = [a for a in card.answers if is_pain_point(journey, a)]
        edits.append(Insert("cards", len(journey.cards) + index, card.model_copy(update=update), journey_id))
    return Batch(tuple(edits))


@planned
def duplicate_cards(project: Project, journey_id: str, card_ids: list[str], copy_ids: list[str]) -> Edit:
    """A copy of each card right after it in its cell (Duplicate), with the id given in `copy_ids`
    (the caller selects the copies); a copy keeps everything else: text, look, personas, links."""
    journey = project.journey(journey_id)
    originals = {card_id: _card(journey, card_id) for card_id in card_ids}
    copy_of = dict(zip(card_ids, copy_ids, strict=True))
    inserts: list[Edit] = []
    places: list[SetFields] = []
    for stage_id, lane_id in sorted({(c.stage_id, c.lane_id) for c in originals.values()}):
        order: list[Card] = []
        for card in journey.cell_cards(stage_id, lane_id):
            if card.position != len(order):
                places.append(SetFields(Ref("card", card.id, journey_id), {"position": len(order)}))
            order.append(card)
            if card.id in originals:
                copy = card.model_copy(update={"id": copy_of[card.id], "position": len(order)}, deep=True)
                inserts.append(Insert("cards", len(journey.cards) + len(inserts), copy, journey_id))
                order.append(copy)
    return Batch(tuple(inserts + ([CardPlaces(tuple(places))] if places else [])))


@planned
def remove_cards(project: Project, journey_id: str, card_ids: list[str]) -> Edit:
    journey = project.journey(journey_id)
    doomed = set(card_ids)
    found = sorted((_card(journey, card_id) for card_id in doomed), key=lambda c: _index_of(journey.cards, c.id, "cards"))
    cells = {(c.stage_id, c.lane_id) for c in found}
    edits = _unlink(journey, doomed) + _remove_all(journey, found, "cards")
    places: list[SetFields] = []
    for stage_id, lane_id in sorted(cells):
        places += _renumber(journey_id, [c for c in journey.cell_cards(stage_id, lane_id) if c.id not in doomed])
    if places:
        edits.append(CardPlaces(tuple(places)))
    return Batch(tuple(edits))


@planned
def move_cards(
    project: Project, journey_id: str, card_ids: list[str], stage_id: str, lane_id: str, position: int
) -> Edit:
    """Move cards into one cell, together and in their current order.

    `position` counts among the cards that stay in the target cell: 0 puts the moved cards first.
    It costs what it changes: the cards are found through the journey's index and the cells they
    leave and enter are renumbered in one edit.
    """
    journey = project.journey(journey_id)
    _require(journey.stages, stage_id, "stage")
    _require(journey.lanes, lane_id, "lane")
    for card_id in card_ids:
        _card(journey, card_id)
    moving_set = set(card_ids)
    stage_order = {s.id: i for i, s in enumerate(journey.stages)}
    lane_order = {lane.id: i for i, lane in enumerate(journey.lanes)}
    moving = sorted(
        (journey.card(card_id) for card_id in moving_set),
        key=lambda c: (stage_order.get(c.stage_id, 0), lane_order.get(c.lane_id, 0), c.position),
    )
    cells = {(c.stage_id, c.lane_id) for c in moving} - {(stage_id, lane_id)}
    edits: list[Edit] = []
    if journey.lane(lane_id).kind is not LaneKind.PAIN_POINTS:
        pain_lanes = {lane.id for lane in journey.lanes if lane.kind is LaneKind.PAIN_POINTS}
        edits += _unlink(journey, {c.id for c in moving if c.lane_id in pain_lanes})
    places: list[SetFields] = []
    for s, la in sorted(cells):
        places += _renumber(journey_id, [c for c in journey.cell_cards(s, la) if c.id not in moving_set])
    staying = [c for c in journey.cell_cards(stage_id, lane_id) if c.id not in moving_set]
    at = max(0, min(position, len(staying)))
    target = staying[:at] + moving + staying[at:]
    for index, card in enumerate(target):
        if card.stage_id != stage_id or card.lane_id != lane_id:
            values = {"stage_id": stage_id, "lane_id": lane_id, "position": index}
            places.append(SetFields(Ref("card", card.id, journey_id), values))
        elif card.position != index:  # a card staying in its cell keeps its look: only its place changes
            places.append(SetFields(Ref("card", card.id, journey_id), {"position": index}))
    if places:
        edits.append(CardPlaces(tuple(places)))
    return edits[0] if len(edits) == 1 else Batch(tuple(edits))


def _renumber(journey_id: str, cell: list[Card]) -> list[SetFields]:
    return [
        SetFields(Ref("card", c.id, journey_id), {"position": i}) for i, c in enumerate(cell) if c.position != i
    ]


def _require(items: list, object_id: str, kind: str) -> None:
    if not any(item.id == object_id for item in items):
        raise ModelError([Problem(kind, _no_such(kind, object_id))])


def _card(journey: Journey, card_id: str) -> Card:
    try:
        return journey.card(card_id)
    except KeyError:
        raise ModelError([Problem("card", _no_such("card", card_id))]) from None


# --- emotions -------------------------------------------------------------------------------


@planned
def set_emotion(
    project: Project, journey_id: str, stage_id: str, persona_id: str, score: int, label: str | None = None
) -> Edit:
    """Place a persona's emotion at a stage, creating the point if the curve had none there."""
    journey = project.journey(journey_id)
    for point in journey.emotion_points:
        if point.stage_id == stage_id and point.persona_id == persona_id:
            values: dict[str, Any] = {"score": score}
            if label is not None:
                values["label"] = label
            return SetFields(Ref("emotion_point", point.id, journey_id), values)
    point = EmotionPoint(stage_id=stage_id, persona_id=persona_id, score=score, label=label or "")
    return Insert("emotion_points", len(journey.emotion_points), point, journey_id)


@planned
def remove_emotion_point(project: Project, journey_id: str, point_id: str) -> Edit:
    return Remove("emotion_points", point_id, journey_id)


@dataclass(frozen=True)
class ReplaceProject:
    """Put a whole other map in place of this one (a recovered map, an earlier version), in place,
    so views keep their project object; the inverse holds the map as it was."""

    project: Project

    def apply(self, project: Project) -> ReplaceProject:
        old = project.model_copy(deep=True)
        new = self.project.model_copy(deep=True)
        for name in type(project).model_fields:
            object.__setattr__(project, name, getattr(new, name))
        object.__setattr__(project, "__pydantic_extra__", dict(new.__pydantic_extra__ or {}))
        return ReplaceProject(old)


@planned
def replace_project(project: Project, replacement: Project) -> Edit:
    return ReplaceProject(replacement)
