"""What changed between two states of a map, as one value: the `Diff` an edit makes and the `Diff`
`compare(a, b)` finds between any two maps (an earlier version, a merge, a phone's copy) are the
same type, worked out by the same rules, so that a view, a merge or a side-by-side comparison
reads either the same way.

Objects are matched by id (ids are unique in a map). An edit's diff is read from the edit that
reverses it and the map just after it: only the objects that edit names are looked at, so a
change costs what it touched, never a walk of the whole map.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from pydantic import BaseModel

from cjdesigner.model.document import Journey, Project
from cjdesigner.model.edits import Batch, Edit, Insert, Move, Remove, ReplaceProject, SetFields

_NESTED = {"project": frozenset({"personas", "journeys"}), "journey": frozenset({"stages", "lanes", "cards", "emotion_points"})}
_ORDERED = ("personas", "journeys", "stages", "lanes")  # lists whose order the user sees
_KIND_OF = {"personas": "persona", "journeys": "journey", "stages": "stage", "lanes": "lane", "cards": "card", "emotion_points": "emotion_point"}
_PLACE = frozenset({"stage_id", "lane_id", "position"})
_MISSING = object()


@dataclass(frozen=True)
class Changes:
    """One kind of object: ids added and removed, the fields changed of each object kept, and the
    lists (by owner: a journey's id, "" for the map's own lists) whose order changed."""

    added: frozenset[str] = frozenset()
    removed: frozenset[str] = frozenset()
    changed: Mapping[str, frozenset[str]] = field(default_factory=dict)
    reordered: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed or self.reordered)

    def reversed(self) -> Changes:
        return replace(self, added=self.removed, removed=self.added)


@dataclass(frozen=True)
class CardChanges(Changes):
    """Cards besides: moved to another cell, or to another place within their cell. `changed`
    names their other fields (text, look, personas, links…); a card's place is not a field there."""

    moved: frozenset[str] = frozenset()
    shifted: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(super().__bool__() or self.moved or self.shifted)

    @property
    def touched(self) -> frozenset[str]:
        return self.added | self.removed | self.moved | self.shifted | self.changed.keys()

    @property
    def redrawn(self) -> frozenset[str]:
        """Cards whose drawing must be made again: one moved within its cell only changes place;
        one moved to another lane takes that lane's colour."""
        return self.added | self.removed | self.moved | self.changed.keys()


@dataclass(frozen=True)
class Diff:
    """Everything one change made, or everything two maps differ by, sorted by kind. `links` are
    (opportunity, pain point) pairs; `votes` the cards whose dots changed (their count or a round's
    dots); `journeys_touched` every journey something in or of it changed."""

    cards: CardChanges = field(default_factory=CardChanges)
    stages: Changes = field(default_factory=Changes)
    lanes: Changes = field(default_factory=Changes)
    personas: Changes = field(default_factory=Changes)
    emotion_points: Changes = field(default_factory=Changes)
    journeys: Changes = field(default_factory=Changes)
    project: frozenset[str] = frozenset()
    links_added: frozenset[tuple[str, str]] = frozenset()
    links_removed: frozenset[tuple[str, str]] = frozenset()
    votes: frozenset[str] = frozenset()
    journeys_touched: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.cards or self.stages or self.lanes or self.personas or self.emotion_points
                    or self.journeys or self.project)

    def reversed(self) -> Diff:
        """The diff of going back: what was added is removed and the other way round."""
        return replace(
            self, cards=self.cards.reversed(), stages=self.stages.reversed(), lanes=self.lanes.reversed(),
            personas=self.personas.reversed(), emotion_points=self.emotion_points.reversed(),
            journeys=self.journeys.reversed(), links_added=self.links_removed, links_removed=self.links_added,
        )

    def only_stages_reordered_in(self, journey_id: str) -> bool:
        """Nothing but the order of this journey's stages changed: a view may move what it shows."""
        return self.stages.reordered == {journey_id} and not (
            self.stages.added or self.stages.removed or self.stages.changed or self.cards or self.lanes
            or self.personas or self.emotion_points or self.journeys or self.project)

    def only_cards_of(self, journey_id: str) -> bool:
        """Nothing but cards of this journey changed: a view of it can update just those cards."""
        return not (self.stages or self.lanes or self.personas or self.emotion_points or self.journeys or self.project) \
            and self.journeys_touched <= {journey_id}

    def only_cards_and_rounds_of(self, journey_id: str) -> bool:
        """Nothing but cards of this journey and its voting rounds changed (a dot given or taken
        back): a view that shows each card's own `votes`, not the rounds, can update those cards."""
        journeys = self.journeys
        rounds_only = not (journeys.added or journeys.removed or journeys.reordered) and all(
            owner == journey_id and fields <= {"voting_rounds"} for owner, fields in journeys.changed.items())
        return rounds_only and not (self.stages or self.lanes or self.personas or self.emotion_points or self.project) \
            and self.journeys_touched <= {journey_id}


# --- sides: what one object looked like on each side ------------------------------------------------


@dataclass
class _Side:
    """One object on one side: its kind, journey and field values (None: not there). `full` says
    whether every field is known; an edit's "before" knows only the fields the edit set."""

    kind: str
    journey_id: str | None
    values: Mapping[str, Any] | BaseModel | None
    full: bool = True


def _fields(kind: str, obj: BaseModel) -> dict[str, Any]:
    nested = _NESTED.get(kind, frozenset())
    values = {name: getattr(obj, name) for name in type(obj).model_fields if name not in nested}
    values.update(obj.__pydantic_extra__ or {})
    return values


def _value(values: Mapping[str, Any] | BaseModel, name: str) -> Any:
    if isinstance(values, BaseModel):
        if name in type(values).model_fields:
            return getattr(values, name)
        return (values.__pydantic_extra__ or {}).get(name, _MISSING)
    return values.get(name, _MISSING)


def _names(kind: str, values: Mapping[str, Any] | BaseModel) -> set[str]:
    if isinstance(values, BaseModel):
        nested = _NESTED.get(kind, frozenset())
        return {n for n in type(values).model_fields if n not in nested} | set(values.__pydantic_extra__ or {})
    return set(values)


def _everything(project: Project) -> tuple[dict[str, _Side], dict[tuple[str, str], list[str]]]:
    """Every object of a map by id, and the id order of its ordered lists."""
    sides: dict[str, _Side] = {"": _Side("project", None, project)}
    lists: dict[tuple[str, str], list[str]] = {("personas", ""): [p.id for p in project.personas],
                                               ("journeys", ""): [j.id for j in project.journeys]}
    for persona in project.personas:
        sides[persona.id] = _Side("persona", None, persona)
    for journey in project.journeys:
        sides[journey.id] = _Side("journey", None, journey)
        _add_contents(sides, journey)
        lists[("stages", journey.id)] = [s.id for s in journey.stages]
        lists[("lanes", journey.id)] = [la.id for la in journey.lanes]
    return sides, lists


def _add_contents(sides: dict[str, _Side], journey: Journey, absent: bool = False) -> None:
    for name in ("stages", "lanes", "cards", "emotion_points"):
        for item in getattr(journey, name):
            sides[item.id] = _Side(_KIND_OF[name], journey.id, None if absent else item)


def compare(a: Project, b: Project) -> Diff:
    """What changed from map `a` to map `b`, matched by ids."""
    before, before_lists = _everything(a)
    after, after_lists = _everything(b)
    lists = {key: (ids, after_lists[key]) for key, ids in before_lists.items() if key in after_lists}
    return _build(before, after, lists)


# --- an edit's diff ------------------------------------------------------------------------------------


def diff_of(inverse: Edit, after: Project) -> Diff:
    """The diff of the change that `inverse` takes back, `after` being the map just after it."""
    flat = list(_flatten(inverse))
    replaced = [e for e in flat if isinstance(e, ReplaceProject)]
    if replaced:
        return compare(replaced[-1].project, after)
    before: dict[str, _Side] = {}
    journeys = {j.id: j for j in after.journeys}
    list_ops: dict[tuple[str, str], list[Edit]] = {}
    for edit in flat:  # in the order applying the inverse would go: the last word on an object wins
        if isinstance(edit, SetFields):
            ref = edit.ref
            key = ref.id or ""
            nested = _NESTED.get(ref.kind, frozenset()) & edit.values.keys()
            for name in nested:  # a whole list set at once (an old journal's edit)
                owner = ref.id or ""
                list_ops.setdefault((name, owner), []).append(edit)
                for item in edit.values[name]:
                    before[item.id] = _Side(_KIND_OF[name], ref.id, _fields(_KIND_OF[name], item))
            values = {k: v for k, v in edit.values.items() if k not in nested}
            if not values:
                continue
            side = before.get(key)
            if side is None or side.values is None:
                before[key] = _Side(ref.kind, ref.journey_id, dict(values), full=False)
            else:
                side.values = {**dict(side.values), **values}  # type: ignore[arg-type]
        elif isinstance(edit, Insert):  # the change removed this object
            kind = _KIND_OF[edit.collection]
            before[edit.item.id] = _Side(kind, edit.journey_id, _fields(kind, edit.item))  # type: ignore[attr-defined]
            if isinstance(edit.item, Journey):
                for name in ("stages", "lanes", "cards", "emotion_points"):
                    for item in getattr(edit.item, name):
                        before[item.id] = _Side(_KIND_OF[name], edit.item.id, _fields(_KIND_OF[name], item))
            list_ops.setdefault((edit.collection, edit.journey_id or ""), []).append(edit)
        elif isinstance(edit, (Remove, Move)):
            if isinstance(edit, Remove):  # the change added this object
                before[edit.item_id] = _Side(_KIND_OF[edit.collection], edit.journey_id, None)
                added = journeys.get(edit.item_id) if edit.collection == "journeys" else None
                if added is not None:
                    _add_contents(before, added, absent=True)
            list_ops.setdefault((edit.collection, edit.journey_id or ""), []).append(edit)
    after_sides = {key: _find(after, journeys, side, key) for key, side in before.items()}
    for (name, owner), ops in list_ops.items():
        if name not in ("stages", "lanes", "cards", "emotion_points", "personas", "journeys"):
            continue
        if any(isinstance(op, SetFields) for op in ops) and owner in journeys:
            for item in getattr(journeys[owner], name):  # anything the whole list brought in
                after_sides[item.id] = _Side(_KIND_OF[name], owner, item)
                before.setdefault(item.id, _Side(_KIND_OF[name], owner, None))
    return _build(before, after_sides, _list_orders(after, journeys, list_ops))


def _flatten(edit: Edit) -> Iterable[Edit]:
    if isinstance(edit, Batch):
        for inner in edit.edits:
            yield from _flatten(inner)
    else:
        yield edit


def _find(project: Project, journeys: dict[str, Journey], side: _Side, key: str) -> _Side:
    """The object named `key` in the map after the change (values None when it is not there)."""
    kind, journey_id = side.kind, side.journey_id
    found: BaseModel | None = None
    if kind == "project":
        found = project
    elif kind == "persona":
        found = next((p for p in project.personas if p.id == key), None)
    elif kind == "journey":
        found = journeys.get(key)
    else:
        journey = journeys.get(journey_id or "")
        if journey is not None:
            if kind == "card":
                try:
                    found = journey.card(key)
                except KeyError:
                    found = None
            else:
                items = getattr(journey, {"stage": "stages", "lane": "lanes", "emotion_point": "emotion_points"}[kind])
                found = next((item for item in items if item.id == key), None)
    return _Side(kind, journey_id, found)


def _list_orders(after: Project, journeys: dict[str, Journey], list_ops: dict[tuple[str, str], list[Edit]]
                 ) -> dict[tuple[str, str], tuple[list[str], list[str]]]:
    """Before and after id orders of the ordered lists the change touched: the before order is the
    after order with the inverse's inserts, removals and moves played on a list of ids."""
    orders: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
    for (name, owner), ops in list_ops.items():
        if name not in _ORDERED:
            continue
        holder = after if not owner else journeys.get(owner)
        if holder is None:
            continue
        now = [item.id for item in getattr(holder, name)]
        ids = list(now)
        for op in ops:
            if isinstance(op, Insert):
                ids.insert(op.index, op.item.id)  # type: ignore[attr-defined]
            elif isinstance(op, Remove) and op.item_id in ids:
                ids.remove(op.item_id)
            elif isinstance(op, Move) and op.item_id in ids:
                ids.remove(op.item_id)
                ids.insert(max(0, min(op.index, len(ids))), op.item_id)
            elif isinstance(op, SetFields):
                ids = [item.id for item in op.values[name]]
        orders[(name, owner)] = (ids, now)
    return orders


# --- the one set of rules both ways use ----------------------------------------------------------------


def _build(before: Mapping[str, _Side], after: Mapping[str, _Side],
           lists: Mapping[tuple[str, str], tuple[list[str], list[str]]]) -> Diff:
    found: dict[str, dict[str, Any]] = {k: {"added": set(), "removed": set(), "changed": {}, "reordered": set()} for k in _KIND_OF.values()}
    moved: set[str] = set()
    shifted: set[str] = set()
    project: frozenset[str] = frozenset()
    touched: set[str] = set()
    links: list[set[tuple[str, str]]] = [set(), set()]
    votes: set[str] = set()
    for key in before.keys() | after.keys():
        b, a = before.get(key), after.get(key)
        b_values = b.values if b is not None else None
        a_values = a.values if a is not None else None
        side = b if b is not None else a
        assert side is not None
        kind = side.kind
        if b_values is None and a_values is None:
            continue
        journey_id = (a if a_values is not None else b).journey_id  # type: ignore[union-attr]
        if kind == "card" and (b_values is None or a_values is None or "answers" in _names(kind, b_values)):
            for index, values in enumerate((b_values, a_values)):
                if values is not None:
                    links[index] |= {(key, answered) for answered in _value(values, "answers") or ()}
        if b_values is None:
            found[kind]["added"].add(key)
        elif a_values is None:
            found[kind]["removed"].add(key)
        else:
            names = _names(kind, b_values) if not b.full else _names(kind, b_values) | _names(kind, a_values)  # type: ignore[union-attr]
            names -= _NESTED.get(kind, frozenset())
            changed = frozenset(n for n in names if _value(b_values, n) != _value(a_values, n))
            if kind == "card":
                if "stage_id" in changed or "lane_id" in changed:
                    moved.add(key)
                elif "position" in changed:
                    shifted.add(key)
                if "votes" in changed:
                    votes.add(key)
                changed -= _PLACE
            if kind == "journey" and "voting_rounds" in changed:
                votes |= _round_votes(_value(b_values, "voting_rounds"), _value(a_values, "voting_rounds"))
            if kind == "project":
                project = changed
                continue
            if changed:
                found[kind]["changed"][key] = changed
            elif key not in moved and key not in shifted:
                continue
        if kind == "journey":
            touched.add(key)
        elif journey_id is not None:
            touched.add(journey_id)
    for (name, owner), (old, new) in lists.items():
        if name not in _ORDERED:
            continue
        common = set(old) & set(new)
        if [i for i in old if i in common] != [i for i in new if i in common]:
            found[_KIND_OF[name]]["reordered"].add(owner)
            if owner:
                touched.add(owner)
    links_added, links_removed = links[1] - links[0], links[0] - links[1]

    def changes(kind: str, cls: type[Changes] = Changes, **more: Any) -> Any:
        f = found[kind]
        return cls(frozenset(f["added"]), frozenset(f["removed"]), dict(f["changed"]), frozenset(f["reordered"]), **more)

    return Diff(
        cards=changes("card", CardChanges, moved=frozenset(moved), shifted=frozenset(shifted)),
        stages=changes("stage"), lanes=changes("lane"), personas=changes("persona"),
        emotion_points=changes("emotion_point"), journeys=changes("journey"), project=project,
        links_added=frozenset(links_added), links_removed=frozenset(links_removed), votes=frozenset(votes),
        journeys_touched=frozenset(touched),
    )


def _round_votes(old: Any, new: Any) -> set[str]:
    """Cards whose dots in voting rounds differ between two lists of rounds."""
    def count(rounds: Any) -> Counter[tuple[str, str, str]]:
        return Counter((r.id, v.card_id, v.participant) for r in rounds or () for v in r.votes)

    before, after = count(old), count(new)
    return {card_id for (_, card_id, _), n in (before - after | after - before).items() if n}
