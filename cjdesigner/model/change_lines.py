"""What two states of a map differ by, said one change a line: the list a person reads in the
change list, on the command line and in a change report.

Built from `compare`'s `Diff` and the two maps, so every surface lists the same changes in the same
order (journey, then stage order, then lane order, then position in the cell). A card that only
changed place is `layout_only`, so a reader can keep those apart from changes of content. Positions
renumbered after another card came or went are not changes: only a card whose order among the
cards that stayed in its cell differs is listed as moved within its cell.

A line keeps its sentence as a `Sentence` (said in the language asked when shown) and both sides'
values of each field it names, so a view can show old and new field by field.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from typing import Any

from cjdesigner.i18n import QT_TRANSLATE_NOOP, Sentence
from cjdesigner.model.diff import Diff
from cjdesigner.model.document import Card, Journey, Project
from cjdesigner.model.field_labels import CONTEXT, Listing, field_label  # noqa: F401 - field_label: views import it from here
from cjdesigner.model.messages import quoted

class LineKind(str, Enum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    RENAMED = "renamed"
    MOVED = "moved"
    REORDERED = "reordered"


class ObjectKind(str, Enum):
    MAP = "map"
    JOURNEY = "journey"
    PERSONA = "persona"
    STAGE = "stage"
    LANE = "lane"
    CARD = "card"
    EMOTION_POINT = "emotion_point"
    VOTE_ROUND = "vote_round"


_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True)
class ChangeLine:
    """One change. `stage_id` groups it under a stage ("" for what belongs to the journey or the
    map); for a card moved to another cell `from_stage_id`/`from_lane_id` say where it was.
    `fields` are the fields whose content changed (a card's place is not one of them)."""

    kind: LineKind
    object_kind: ObjectKind
    object_id: str
    journey_id: str
    stage_id: str
    sentence: Sentence
    layout_only: bool = False
    fields: tuple[str, ...] = ()
    lane_id: str = ""
    from_stage_id: str = ""
    from_lane_id: str = ""
    old: Mapping[str, Any] = field(default_factory=lambda: _EMPTY, compare=False, repr=False)
    new: Mapping[str, Any] = field(default_factory=lambda: _EMPTY, compare=False, repr=False)
    order: tuple[float, ...] = field(default=(), compare=False, repr=False)

    def say(self, language: str | None = None) -> str:
        """The line in `language`, or the interface's when None."""
        return self.sentence.say(language)

    def old_value(self, name: str) -> Any:
        """The field's value before (None when the object was not there)."""
        return self.old.get(name)

    def new_value(self, name: str) -> Any:
        """The field's value after (None when the object is gone)."""
        return self.new.get(name)


def _s(text: str, *values: object) -> Sentence:
    return Sentence(CONTEXT, text, values)


_UNTITLED = QT_TRANSLATE_NOOP("change lines", "(no text)")


def _name(text: str) -> object:
    text = " ".join(text.split())
    return quoted(text) if text else _s(_UNTITLED)


# --- the lines ---------------------------------------------------------------------------------

_SKIPPED = frozenset({"modified", "created"})  # saving stamps these; they are not a person's change
_RENAME_FIELD = {"stage": "name", "persona": "name", "lane": "title", "journey": "title"}


class _Places:
    """Where things sit in the two maps, to sort lines and name cells."""

    def __init__(self, old: Project, new: Project) -> None:
        self.old, self.new = old, new
        self.journeys_old = {j.id: j for j in old.journeys}
        self.journeys_new = {j.id: j for j in new.journeys}
        self.journey_rank = _ranks([j.id for j in new.journeys], [j.id for j in old.journeys])
        self.stage_rank: dict[str, dict[str, float]] = {}
        self.lane_rank: dict[str, dict[str, float]] = {}
        for jid in self.journeys_old.keys() | self.journeys_new.keys():
            a, b = self.journeys_old.get(jid), self.journeys_new.get(jid)
            self.stage_rank[jid] = _ranks([s.id for s in b.stages] if b else [], [s.id for s in a.stages] if a else [])
            self.lane_rank[jid] = _ranks([la.id for la in b.lanes] if b else [], [la.id for la in a.lanes] if a else [])

    def order(self, journey_id: str, stage_id: str = "", lane_id: str = "", position: float = -1, tie: float = 0) -> tuple[float, ...]:
        return (self.journey_rank.get(journey_id, -1), self.stage_rank.get(journey_id, {}).get(stage_id, -1),
                self.lane_rank.get(journey_id, {}).get(lane_id, -1), position, tie)

    def stage_name(self, journey_id: str, stage_id: str) -> str:
        return self._named(journey_id, "stages", stage_id, "name")

    def lane_name(self, journey_id: str, lane_id: str) -> str:
        return self._named(journey_id, "lanes", lane_id, "title")

    def _named(self, journey_id: str, what: str, object_id: str, attribute: str) -> str:
        for journeys in (self.journeys_new, self.journeys_old):
            journey = journeys.get(journey_id)
            if journey is not None:
                for item in getattr(journey, what):
                    if item.id == object_id:
                        return quoted(" ".join(getattr(item, attribute).split()))
        return object_id


def _ranks(new: list[str], old: list[str]) -> dict[str, float]:
    """Rank in the new order; an object only in the old map sits just before the next object of
    the old order that is still there."""
    ranks: dict[str, float] = {key: float(i) for i, key in enumerate(new)}
    pending: list[str] = []
    for key in old:
        if key in ranks:
            for k, waiting in enumerate(pending):
                ranks[waiting] = ranks[key] - (len(pending) - k) / (len(pending) + 1)
            pending = []
        else:
            pending.append(key)
    for k, waiting in enumerate(pending):
        ranks[waiting] = len(new) + k
    return ranks


def _values(obj: Any, names: Iterable[str]) -> Mapping[str, Any]:
    extra = obj.__pydantic_extra__ or {}
    return MappingProxyType({n: getattr(obj, n) if n in type(obj).model_fields else extra.get(n) for n in names})


def _all_fields(obj: Any, skip: frozenset[str] = frozenset()) -> tuple[str, ...]:
    return tuple(n for n in (*type(obj).model_fields, *(obj.__pydantic_extra__ or {})) if n not in skip)


def describe(diff: Diff, old: Project, new: Project) -> list[ChangeLine]:
    """Every change from `old` to `new` (`diff` being `compare(old, new)`), one a line, in map order."""
    places = _Places(old, new)
    lines: list[ChangeLine] = []
    lines += _map_lines(diff, old, new, places)
    lines += _journey_lines(diff, places)
    lines += _persona_lines(diff, places)
    lines += _header_lines(diff, places, "stage")
    lines += _header_lines(diff, places, "lane")
    lines += _card_lines(diff, places)
    lines += _emotion_lines(diff, places)
    whole = diff.journeys.added | diff.journeys.removed  # a journey added or removed is one line, not one per card
    lines = [line for line in lines if line.object_kind is ObjectKind.JOURNEY or line.journey_id not in whole]
    lines.sort(key=lambda line: line.order)
    return lines


def _map_lines(diff: Diff, old: Project, new: Project, places: _Places) -> list[ChangeLine]:
    names = tuple(sorted(set(diff.project) - _SKIPPED))
    if not names:
        return []
    sentence = _s(QT_TRANSLATE_NOOP("change lines", "Map changed: %1"), Listing(names))
    return [ChangeLine(LineKind.CHANGED, ObjectKind.MAP, "", "", "", sentence, fields=names,
                       old=_values(old, names), new=_values(new, names), order=(-2, -1, -1, -1, 0))]


_ADDED = {
    "journey": QT_TRANSLATE_NOOP("change lines", "Journey “%1” added"),
    "persona": QT_TRANSLATE_NOOP("change lines", "Persona “%1” added"),
    "stage": QT_TRANSLATE_NOOP("change lines", "Stage “%1” added"),
    "lane": QT_TRANSLATE_NOOP("change lines", "Lane “%1” added"),
}
_REMOVED = {
    "journey": QT_TRANSLATE_NOOP("change lines", "Journey “%1” removed"),
    "persona": QT_TRANSLATE_NOOP("change lines", "Persona “%1” removed"),
    "stage": QT_TRANSLATE_NOOP("change lines", "Stage “%1” removed"),
    "lane": QT_TRANSLATE_NOOP("change lines", "Lane “%1” removed"),
}
_RENAMED = {
    "journey": QT_TRANSLATE_NOOP("change lines", "Journey “%1” renamed “%2”"),
    "persona": QT_TRANSLATE_NOOP("change lines", "Persona “%1” renamed “%2”"),
    "stage": QT_TRANSLATE_NOOP("change lines", "Stage “%1” renamed “%2”"),
    "lane": QT_TRANSLATE_NOOP("change lines", "Lane “%1” renamed “%2”"),
}
_CHANGED = {
    "journey": QT_TRANSLATE_NOOP("change lines", "Journey “%1” changed: %2"),
    "persona": QT_TRANSLATE_NOOP("change lines", "Persona “%1” changed: %2"),
    "stage": QT_TRANSLATE_NOOP("change lines", "Stage “%1” changed: %2"),
    "lane": QT_TRANSLATE_NOOP("change lines", "Lane “%1” changed: %2"),
}
_REORDERED = {
    "journey": QT_TRANSLATE_NOOP("change lines", "Journey “%1” moved to place %2"),
    "persona": QT_TRANSLATE_NOOP("change lines", "Persona “%1” moved to place %2"),
    "stage": QT_TRANSLATE_NOOP("change lines", "Stage “%1” moved to place %2"),
    "lane": QT_TRANSLATE_NOOP("change lines", "Lane “%1” moved to place %2"),
}
_OBJECT_KINDS = {"journey": ObjectKind.JOURNEY, "persona": ObjectKind.PERSONA, "stage": ObjectKind.STAGE, "lane": ObjectKind.LANE}


def _named_lines(kind: str, changes: Any, old: Mapping[str, Any], new: Mapping[str, Any], owner_of: Any,
                 order_of: Any, stage_of: Any, skip: frozenset[str] = frozenset()) -> list[ChangeLine]:
    """Lines of objects that have a name (journeys, personas, stages, lanes)."""
    label = _RENAME_FIELD[kind]
    object_kind = _OBJECT_KINDS[kind]
    lines = []

    def line(line_kind: LineKind, key: str, sentence: Sentence, names: tuple[str, ...] = (), layout: bool = False, tie: float = 0) -> ChangeLine:
        return ChangeLine(line_kind, object_kind, key, owner_of(key), stage_of(key), sentence, layout, names,
                          old=_values(old[key], names) if key in old else _EMPTY,
                          new=_values(new[key], names) if key in new else _EMPTY, order=order_of(key, tie))

    for key in changes.added:
        names = _all_fields(new[key], skip)
        lines.append(line(LineKind.ADDED, key, _s(_ADDED[kind], _name(getattr(new[key], label))), names))
    for key in changes.removed:
        names = _all_fields(old[key], skip)
        lines.append(line(LineKind.REMOVED, key, _s(_REMOVED[kind], _name(getattr(old[key], label))), names))
    for key, changed in changes.changed.items():
        names = tuple(sorted(set(changed) - skip))
        was, now = _name(getattr(old[key], label)), _name(getattr(new[key], label))
        if label in names:
            lines.append(line(LineKind.RENAMED, key, _s(_RENAMED[kind], was, now), (label,)))
            names = tuple(n for n in names if n != label)
        if names:
            lines.append(line(LineKind.CHANGED, key, _s(_CHANGED[kind], now, Listing(names)), names, tie=0.5))
    return lines


def _reorder_lines(kind: str, old_ids: list[str], new_ids: list[str], new: Mapping[str, Any], owner: str,
                   stage_of: Any, order_of: Any) -> list[ChangeLine]:
    """The objects that changed place in an ordered list: those outside the longest run kept in order."""
    common = set(old_ids) & set(new_ids)
    before = [i for i in old_ids if i in common]
    after = [i for i in new_ids if i in common]
    if before == after:
        return []
    kept = _longest_kept(before, after)
    label = _RENAME_FIELD[kind]
    return [ChangeLine(LineKind.REORDERED, _OBJECT_KINDS[kind], key, owner, stage_of(key),
                       _s(_REORDERED[kind], _name(getattr(new[key], label)), new_ids.index(key) + 1), True,
                       order=order_of(key, 0.25))
            for key in after if key not in kept]


def _longest_kept(before: list[str], after: list[str]) -> set[str]:
    """The largest set of ids whose relative order is the same in both lists (a longest increasing
    subsequence of old places read in the new order)."""
    import bisect

    rank = {key: i for i, key in enumerate(before)}
    seq = [rank[key] for key in after]
    tails: list[int] = []
    tail_at: list[int] = []
    parent = [-1] * len(seq)
    for i, value in enumerate(seq):
        at = bisect.bisect_left(tails, value)
        if at == len(tails):
            tails.append(value)
            tail_at.append(i)
        else:
            tails[at], tail_at[at] = value, i
        parent[i] = tail_at[at - 1] if at else -1
    kept: set[str] = set()
    i = tail_at[-1] if tail_at else -1
    while i >= 0:
        kept.add(after[i])
        i = parent[i]
    return kept


def _journey_lines(diff: Diff, places: _Places) -> list[ChangeLine]:
    old, new = places.journeys_old, places.journeys_new
    skip = frozenset({"stages", "lanes", "cards", "emotion_points", "voting_rounds"})

    def order(key: str, tie: float) -> tuple[float, ...]:
        return places.order(key, tie=tie - 10)

    lines = _named_lines("journey", diff.journeys, old, new, lambda key: key, order, lambda key: "", skip)
    if diff.journeys.reordered:
        lines += _reorder_lines("journey", [j.id for j in places.old.journeys], [j.id for j in places.new.journeys],
                                new, "", lambda key: "", order)
    for jid, changed in diff.journeys.changed.items():
        if "voting_rounds" in changed:
            lines += _round_lines(old[jid], new[jid], places)
    return lines


def _persona_lines(diff: Diff, places: _Places) -> list[ChangeLine]:
    old = {p.id: p for p in places.old.personas}
    new = {p.id: p for p in places.new.personas}
    rank = _ranks(list(new), list(old))

    def order(key: str, tie: float) -> tuple[float, ...]:
        return (-1, rank.get(key, 0), -1, -1, tie)

    lines = _named_lines("persona", diff.personas, old, new, lambda key: "", order, lambda key: "")
    if diff.personas.reordered:
        lines += _reorder_lines("persona", list(old), list(new), new, "", lambda key: "", order)
    return lines


def _header_lines(diff: Diff, places: _Places, kind: str) -> list[ChangeLine]:
    changes = diff.stages if kind == "stage" else diff.lanes
    name = "stages" if kind == "stage" else "lanes"
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    owner: dict[str, str] = {}
    for journeys, into in ((places.journeys_old, old), (places.journeys_new, new)):
        for journey in journeys.values():
            for item in getattr(journey, name):
                into[item.id] = item
                owner[item.id] = journey.id

    def stage_of(key: str) -> str:
        return key if kind == "stage" else ""

    def order(key: str, tie: float) -> tuple[float, ...]:
        jid = owner[key]
        if kind == "stage":
            return places.order(jid, key, tie=tie - 5)
        return places.order(jid, lane_id=key, tie=tie)

    lines = _named_lines(kind, changes, old, new, owner.__getitem__, order, stage_of)
    for jid in changes.reordered:
        lines += _reorder_lines(kind, [i.id for i in getattr(places.journeys_old[jid], name)],
                                [i.id for i in getattr(places.journeys_new[jid], name)], new, jid, stage_of, order)
    return lines


def _card(journeys: Mapping[str, Journey], key: str) -> tuple[Journey, Card] | None:
    for journey in journeys.values():
        try:
            return journey, journey.card(key)
        except KeyError:
            continue
    return None


_PLACE = ("stage_id", "lane_id", "position")


def _card_lines(diff: Diff, places: _Places) -> list[ChangeLine]:
    cards = diff.cards
    lines: list[ChangeLine] = []
    skip = frozenset(_PLACE)
    for key in cards.added | cards.removed | cards.changed.keys() | cards.moved:
        before = _card(places.journeys_old, key) if key not in cards.added else None
        after = _card(places.journeys_new, key) if key not in cards.removed else None
        journey, card = (after or before)  # type: ignore[misc]
        jid = journey.id
        stage, lane = places.stage_name(jid, card.stage_id), places.lane_name(jid, card.lane_id)
        order = places.order(jid, card.stage_id, card.lane_id, card.position)
        text = _name(card.text)
        if after is None:
            names = _all_fields(card, skip)
            lines.append(ChangeLine(LineKind.REMOVED, ObjectKind.CARD, key, jid, card.stage_id,
                                    _s(QT_TRANSLATE_NOOP("change lines", "Card “%1” removed from %2 (%3)"), text, stage, lane),
                                    False, names, card.lane_id, old=_values(card, names + _PLACE), order=order))
            continue
        if before is None:
            names = _all_fields(card, skip)
            lines.append(ChangeLine(LineKind.ADDED, ObjectKind.CARD, key, jid, card.stage_id,
                                    _s(QT_TRANSLATE_NOOP("change lines", "Card “%1” added in %2 (%3)"), text, stage, lane),
                                    False, names, card.lane_id, new=_values(card, names + _PLACE), order=order))
            continue
        was = before[1]
        names = tuple(sorted(cards.changed.get(key, frozenset())))
        values = names + _PLACE
        if key in cards.moved:
            source, target = _cell_names(places, jid, was, card)
            if names:
                sentence = _s(QT_TRANSLATE_NOOP("change lines", "Card “%1” moved from %2 to %3 and changed: %4"),
                              text, source, target, Listing(names))
            else:
                sentence = _s(QT_TRANSLATE_NOOP("change lines", "Card “%1” moved from %2 to %3"), text, source, target)
            lines.append(ChangeLine(LineKind.MOVED, ObjectKind.CARD, key, jid, card.stage_id, sentence, not names, names,
                                    card.lane_id, was.stage_id, was.lane_id, _values(was, values), _values(card, values), order))
        else:
            sentence = _s(QT_TRANSLATE_NOOP("change lines", "Card “%1” changed: %2"), text, Listing(names))
            lines.append(ChangeLine(LineKind.CHANGED, ObjectKind.CARD, key, jid, card.stage_id, sentence, False, names,
                                    card.lane_id, old=_values(was, values), new=_values(card, values), order=order))
    lines += _shift_lines(cards.shifted, places)
    return lines


def _cell_names(places: _Places, jid: str, was: Card, now: Card) -> tuple[object, object]:
    """The two places of a move: stage names when the lane is the same, else stage and lane."""
    if was.lane_id == now.lane_id:
        return places.stage_name(jid, was.stage_id), places.stage_name(jid, now.stage_id)
    cell = QT_TRANSLATE_NOOP("change lines", "%1 (%2)")
    return (_s(cell, places.stage_name(jid, was.stage_id), places.lane_name(jid, was.lane_id)),
            _s(cell, places.stage_name(jid, now.stage_id), places.lane_name(jid, now.lane_id)))


def _shift_lines(shifted: frozenset[str], places: _Places) -> list[ChangeLine]:
    """Cards that changed place within their cell, once renumbering is set aside: in each cell
    touched, the cards outside the longest run kept in the same order."""
    cells: set[tuple[str, str, str]] = set()
    for key in shifted:
        found = _card(places.journeys_new, key)
        if found is not None:
            cells.add((found[0].id, found[1].stage_id, found[1].lane_id))
    lines = []
    for jid, stage_id, lane_id in cells:
        now = [c.id for c in places.journeys_new[jid].cell_cards(stage_id, lane_id)]
        then = [c.id for c in places.journeys_old[jid].cell_cards(stage_id, lane_id)] if jid in places.journeys_old else []
        common = set(now) & set(then)
        before = [i for i in then if i in common]
        after = [i for i in now if i in common]
        if before == after:
            continue
        kept = _longest_kept(before, after)
        journey = places.journeys_new[jid]
        for key in after:
            if key in kept:
                continue
            card = journey.card(key)
            was = places.journeys_old[jid].card(key)
            sentence = _s(QT_TRANSLATE_NOOP("change lines", "Card “%1” moved within %2 (%3)"), _name(card.text),
                          places.stage_name(jid, stage_id), places.lane_name(jid, lane_id))
            lines.append(ChangeLine(LineKind.REORDERED, ObjectKind.CARD, key, jid, stage_id, sentence, True, (), lane_id,
                                    stage_id, lane_id, _values(was, _PLACE), _values(card, _PLACE),
                                    places.order(jid, stage_id, lane_id, card.position)))
    return lines


def _emotion_lines(diff: Diff, places: _Places) -> list[ChangeLine]:
    changes = diff.emotion_points
    lines = []
    keys = changes.added | changes.removed | changes.changed.keys()
    if not keys:
        return lines
    old_points, new_points = _emotions(places.journeys_old), _emotions(places.journeys_new)
    for key in keys:
        before = old_points.get(key) if key not in changes.added else None
        after = new_points.get(key) if key not in changes.removed else None
        jid, point = after or before  # type: ignore[misc]
        persona = _persona_name(places, point.persona_id)
        stage = places.stage_name(jid, point.stage_id)
        order = places.order(jid, point.stage_id)[:2] + (float(10**9), 0, 1)
        names = ("score", "label", "persona_id", "stage_id")
        if after is None:
            kind, sentence = LineKind.REMOVED, _s(QT_TRANSLATE_NOOP("change lines", "Emotion of %1 at %2 removed (was %3)"), persona, stage, point.score)
        elif before is None:
            kind, sentence = LineKind.ADDED, _s(QT_TRANSLATE_NOOP("change lines", "Emotion of %1 at %2 added: %3"), persona, stage, point.score)
        else:
            names = tuple(sorted(changes.changed[key]))
            kind = LineKind.CHANGED
            if names == ("score",):
                sentence = _s(QT_TRANSLATE_NOOP("change lines", "Emotion of %1 at %2 changed from %3 to %4"), persona, stage,
                              before[1].score, point.score)
            else:
                sentence = _s(QT_TRANSLATE_NOOP("change lines", "Emotion of %1 at %2 changed: %3"), persona, stage, Listing(names))
        lines.append(ChangeLine(kind, ObjectKind.EMOTION_POINT, key, jid, point.stage_id, sentence, False, names,
                                old=_values(before[1], names) if before else _EMPTY,
                                new=_values(point, names) if after else _EMPTY, order=order))
    return lines


def _emotions(journeys: Mapping[str, Journey]) -> dict[str, tuple[str, Any]]:
    return {point.id: (journey.id, point) for journey in journeys.values() for point in journey.emotion_points}


def _persona_name(places: _Places, persona_id: str) -> str:
    for project in (places.new, places.old):
        for persona in project.personas:
            if persona.id == persona_id:
                return quoted(persona.name)
    return persona_id


def _round_lines(old: Journey, new: Journey, places: _Places) -> list[ChangeLine]:
    before = {r.id: r for r in old.voting_rounds}
    after = {r.id: r for r in new.voting_rounds}
    lines = []
    for key in before.keys() | after.keys():
        was, now = before.get(key), after.get(key)
        if was == now:
            continue
        shown = now or was
        assert shown is not None
        name = _name(shown.name)
        if was is None:
            kind, names = LineKind.ADDED, _all_fields(shown)
            sentence = _s(QT_TRANSLATE_NOOP("change lines", "Vote round “%1” added"), name)
        elif now is None:
            kind, names = LineKind.REMOVED, _all_fields(shown)
            sentence = _s(QT_TRANSLATE_NOOP("change lines", "Vote round “%1” removed"), name)
        else:
            kind = LineKind.CHANGED
            names = tuple(n for n in _all_fields(now) if getattr(was, n, None) != getattr(now, n, None))
            sentence = _s(QT_TRANSLATE_NOOP("change lines", "Vote round “%1” changed: %2"), name, Listing(names))
        lines.append(ChangeLine(kind, ObjectKind.VOTE_ROUND, key, new.id, "", sentence, False, names,
                                old=_values(was, names) if was else _EMPTY, new=_values(now, names) if now else _EMPTY,
                                order=places.order(new.id, tie=-4)))
    return lines
