"""A three-way merge of maps: two researchers' copies of one map brought back together.

Objects are matched by id, as `compare` matches them. Each side's changes from the base apply by
themselves; what collides becomes a `MergeConflict` kept in the merged map (`Project.conflicts`),
with the base's and both sides' values, until someone resolves it. The merged map is always valid:

- a field changed two ways keeps ours' value (the conflict holds theirs); a card's stage and lane
  are one field, its place, so that a card moved two ways lands in a cell one side chose;
- an object one side removed and the other changed is kept, as changed;
- an object one side removed and the other still uses (a stage or lane the other side put cards
  in, a persona it gave a badge, a pain point it linked) is kept, and its removal is a conflict;
- two emotion points for one persona and stage: ours is kept, with theirs' score as a conflict;
- a link the merge cannot keep (to a card that left the pain points) is dropped, as a conflict.

Order of a list (personas, journeys, stages, lanes, the cards of a cell): the side that reordered
it wins; when both did, ours' order is kept; what the other side added goes after the object it
followed there. An order is never a conflict. Positions are numbered again, so renumbering alone
is no change. merge(base, a, base) is a, merge(base, base, b) is b, merge(x, x, x) is x.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from cjdesigner.model.document import MergeConflict, Project
from cjdesigner.model.invariants import Problem, check_invariants
from cjdesigner.model.vocabulary import LaneKind

_NESTED = {"project": ("personas", "journeys", "conflicts"), "journey": ("stages", "lanes", "cards", "emotion_points")}
_KINDS = {"stages": "stage", "lanes": "lane", "cards": "card", "emotion_points": "emotion_point"}
_OWNER = "@journey"  # the journey an object belongs to, merged like a field
_IGNORED = frozenset({"created", "modified", "position"})  # dates the app stamps; positions are renumbered
_MISSING: Any = object()
PLACE = "place"  # a conflict on a card's cell: each side's {"stage_id", "lane_id"}


@dataclass(frozen=True)
class MergeResult:
    """`project` is valid whatever happened; `conflicts` are its open conflicts (`project.conflicts`)."""

    project: Project
    conflicts: tuple[MergeConflict, ...] = ()

    @property
    def clean(self) -> bool:
        return not self.conflicts


@dataclass
class _Flat:
    """A map taken apart: every object's fields by id (its lists of objects left out), and the
    order of each ordered list (cards: by cell, in position order)."""

    objects: dict[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)
    orders: dict[tuple[str, ...], list[str]] = field(default_factory=dict)


def _flatten(data: dict[str, Any]) -> _Flat:
    flat = _Flat()
    flat.objects[""] = ("project", {k: v for k, v in data.items() if k not in _NESTED["project"]})
    flat.orders[("personas",)] = [p["id"] for p in data["personas"]]
    flat.orders[("journeys",)] = [j["id"] for j in data["journeys"]]
    for persona in data["personas"]:
        flat.objects[persona["id"]] = ("persona", persona)
    for journey in data["journeys"]:
        jid = journey["id"]
        flat.objects[jid] = ("journey", {k: v for k, v in journey.items() if k not in _NESTED["journey"]})
        for name in ("stages", "lanes"):
            flat.orders[(name, jid)] = [item["id"] for item in journey[name]]
        for name in ("stages", "lanes", "cards", "emotion_points"):
            for item in journey[name]:
                flat.objects[item["id"]] = (_KINDS[name], {**item, _OWNER: jid})
        for card in sorted(journey["cards"], key=lambda c: c["position"]):
            flat.orders.setdefault(("cell", jid, card["stage_id"], card["lane_id"]), []).append(card["id"])
    return flat


class _Merger:
    def __init__(self, base: Project, ours: Project, theirs: Project) -> None:
        self.data = tuple(side.model_dump(mode="json") for side in (base, ours, theirs))
        self.sides = tuple(_flatten(data) for data in self.data)
        self.kept: dict[str, tuple[str, dict[str, Any]]] = {}
        self.conflicts: list[MergeConflict] = []
        self.conflicted: set[tuple[str, str]] = set()  # (object id, field) already in conflict
        self.open = _carried_conflicts(base, ours, theirs)
        self.taken = {c["id"] for c in self.open} | set(self.sides[0].objects) | set(self.sides[1].objects) | set(self.sides[2].objects)
        self.whole = self._whole_journeys()

    # --- objects ---------------------------------------------------------------------------

    def _whole_journeys(self) -> dict[str, int]:
        """Journeys one side removed and the other changed (in themselves or anything in them):
        kept whole as that side has them, as one conflict, rather than object by object."""
        b, o, t = self.sides
        whole: dict[str, int] = {}
        for jid in b.orders[("journeys",)]:
            present = (jid in o.objects, jid in t.objects)
            if present[0] != present[1]:
                survivor = 1 if present[0] else 2
                if _journey_content(b, jid) != _journey_content(self.sides[survivor], jid):
                    whole[jid] = survivor
        return whole

    def objects(self) -> None:
        b, o, t = (side.objects for side in self.sides)
        for key in _ordered_union(b, o, t):
            found = [side.get(key) for side in (b, o, t)]
            kind = next(f for f in found if f is not None)[0]
            was, mine, yours = (f[1] if f is not None else None for f in found)
            owner = key if kind == "journey" else next(f for f in found if f is not None)[1].get(_OWNER)
            if owner in self.whole:
                survivor = found[self.whole[owner]]
                if survivor is not None:
                    self.kept[key] = (kind, dict(survivor[1]))
                    if key == owner:
                        remover = "ours" if self.whole[owner] == 2 else "theirs"
                        self._conflict("edited_and_removed", kind, key, survivor[1], "", _public(was), _public(mine), _public(yours), remover)
                continue
            if mine is not None and yours is not None:
                self.kept[key] = (kind, self._fields(kind, key, was, mine, yours))
            elif mine is None and yours is None:
                continue
            elif was is None:
                self.kept[key] = (kind, dict(mine if mine is not None else yours))  # type: ignore[arg-type]
            else:
                survivor, remover = (yours, "ours") if mine is None else (mine, "theirs")
                if _same(was, survivor):
                    continue  # removed on one side, untouched on the other: removed
                self.kept[key] = (kind, dict(survivor))  # type: ignore[arg-type]
                self._conflict("edited_and_removed", kind, key, survivor, "", _public(was), _public(mine), _public(yours), remover)

    def _fields(self, kind: str, key: str, was: dict | None, mine: dict, yours: dict) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        names = _ordered_union(mine, yours, was or {})
        if kind == "card":  # a card's cell is one choice: its stage from one side and lane from the other is nobody's
            b, o, t = (_cell(fields) for fields in (was, mine, yours))
            if o != b and t != b and o != t:
                self._conflict("both_changed", kind, key, mine, PLACE, _cell_value(b), _cell_value(o), _cell_value(t))
            merged.update(zip(("stage_id", "lane_id"), t if o == b else o))  # type: ignore[arg-type]
            names = [name for name in names if name not in ("stage_id", "lane_id")]
        for name in names:
            b = was.get(name, _MISSING) if was is not None else _MISSING
            o, t = mine.get(name, _MISSING), yours.get(name, _MISSING)
            if o == t or t == b or name in _IGNORED or name == _OWNER:
                value = o
            elif o == b:
                value = t
            else:
                value = o
                self._conflict("both_changed", kind, key, mine, name, _plain(b), _plain(o), _plain(t))
            if value is not _MISSING:
                merged[name] = value
        return merged

    def _conflict(self, kind: str, object_kind: str, key: str, fields: Mapping[str, Any], name: str,
                  base: Any, ours: Any, theirs: Any, removed_by: str = "") -> None:
        if (key, name) in self.conflicted:
            return
        self.conflicted.add((key, name))
        number = len(self.conflicts) + 1
        while f"conflict-{number}" in self.taken:
            number += 1
        self.taken.add(f"conflict-{number}")
        self.conflicts.append(MergeConflict(
            id=f"conflict-{number}",
            kind=kind, object_kind=object_kind, object_id=key, journey_id=fields.get(_OWNER, "") if object_kind != "journey" else key,
            field=name, removed_by=removed_by, base=base, ours=ours, theirs=theirs))

    # --- what must stay for the merged map to hold -------------------------------------------

    def references(self) -> None:
        """Bring back what one side removed and the merge still uses; drop links that cannot hold."""
        b, o, t = (side.objects for side in self.sides)
        pending = list(self.kept)
        while pending:
            key = pending.pop()
            kind, fields = self.kept[key]
            for used in _uses(kind, fields):
                if used in self.kept or not (used in b or used in o or used in t):
                    continue
                source = o.get(used) or t.get(used) or b[used]
                remover = "theirs" if used in o else "ours"
                self.kept[used] = (source[0], dict(source[1]))
                pending.append(used)
                self._conflict("removed_but_used", source[0], used, source[1], "",
                               _public(b[used][1]) if used in b else None,
                               _public(o[used][1]) if used in o else None, _public(t[used][1]) if used in t else None, remover)
        if not any(kind == "journey" for kind, _ in self.kept.values()):
            key = next(k for k in self.sides[1].orders[("journeys",)])
            self.kept[key] = (o[key][0], dict(o[key][1]))
            self._conflict("edited_and_removed", "journey", key, o[key][1], "", _public(b.get(key, (0, None))[1]),
                           _public(o[key][1]), None, "theirs")
            self.references()

    def links(self) -> None:
        """A card answers pain points of its own journey only; a link that no longer holds goes."""
        lanes = {key: f for key, (kind, f) in self.kept.items() if kind == "lane"}
        pains = {key for key, (kind, f) in self.kept.items()
                 if kind == "card" and lanes.get(f["lane_id"], {}).get("kind") == LaneKind.PAIN_POINTS.value}
        for key, (kind, fields) in self.kept.items():
            if kind != "card" or not fields.get("answers"):
                continue
            journey = fields[_OWNER]
            kept = [a for a in dict.fromkeys(fields["answers"]) if a in pains and self.kept[a][1][_OWNER] == journey]
            if kept != fields["answers"]:
                values = [side.objects.get(key, (0, {}))[1].get("answers") for side in self.sides]
                self._conflict("both_changed", "card", key, fields, "answers", *values)
                fields["answers"] = kept

    def emotions(self) -> None:
        """One emotion point per persona and stage: ours is kept, theirs' score becomes a conflict."""
        ours = self.sides[1].objects
        seen: dict[tuple[str, str, str], str] = {}
        for key in sorted((k for k, (kind, _) in self.kept.items() if kind == "emotion_point"), key=lambda k: k not in ours):
            fields = self.kept[key][1]
            pair = (fields[_OWNER], fields["stage_id"], fields["persona_id"])
            if pair not in seen:
                seen[pair] = key
                continue
            keeper = self.kept[seen[pair]][1]
            del self.kept[key]
            if fields["score"] != keeper["score"] or fields["label"] != keeper["label"]:
                base = self.sides[0].objects.get(seen[pair], (0, {}))[1]
                self._conflict("both_changed", "emotion_point", seen[pair], keeper, "score",
                               base.get("score"), keeper["score"], fields["score"])

    # --- orders and the map ------------------------------------------------------------------

    def build(self) -> dict[str, Any]:
        def order(key: tuple[str, ...], members: Iterable[str]) -> list[str]:
            return merged_order(*(side.orders.get(key, []) for side in self.sides), members)

        by_kind: dict[str, list[str]] = {}
        for key, (kind, _) in self.kept.items():
            by_kind.setdefault(kind, []).append(key)
        data = dict(self.kept[""][1])
        data["personas"] = [self.kept[k][1] for k in order(("personas",), by_kind.get("persona", []))]
        journeys = order(("journeys",), by_kind.get("journey", []))
        content: dict[str, dict[str, list[str]]] = {jid: {} for jid in journeys}
        for kind, keys in by_kind.items():
            if kind in ("stage", "lane", "card", "emotion_point"):
                for key in keys:
                    content[self.kept[key][1][_OWNER]].setdefault(kind, []).append(key)
        data["journeys"] = []
        for jid in journeys:
            journey = dict(self.kept[jid][1])
            mine = content[jid]
            journey["stages"] = [_strip(self.kept[k][1]) for k in order(("stages", jid), mine.get("stage", []))]
            journey["lanes"] = [_strip(self.kept[k][1]) for k in order(("lanes", jid), mine.get("lane", []))]
            journey["emotion_points"] = [_strip(self.kept[k][1]) for k in mine.get("emotion_point", [])]
            cells: dict[tuple[str, str], list[str]] = {}
            for key in mine.get("card", []):
                card = self.kept[key][1]
                cells.setdefault((card["stage_id"], card["lane_id"]), []).append(key)
            cards = []
            for (stage_id, lane_id), keys in cells.items():
                for position, key in enumerate(order(("cell", jid, stage_id, lane_id), keys)):
                    cards.append({**_strip(self.kept[key][1]), "position": position})
            journey["cards"] = cards
            data["journeys"].append(journey)
        data["conflicts"] = [*self.open, *(c.model_dump(mode="json") for c in self.conflicts)]
        return data

    def whole_journeys(self, data: dict[str, Any], problems: list[Problem]) -> dict[str, Any]:
        """Each journey the merge left breaking a rule (a fork's stages no longer after it, a return
        arrow to a stage gone…) is taken whole from ours, with one conflict holding both sides'
        journeys: nothing of theirs is lost, and choosing theirs puts their journey in its place."""
        broken = {int(m[1]) for problem in problems if (m := re.match(r"journeys\[(\d+)\]", problem.path))}
        base, ours, theirs = ({j["id"]: j for j in side["journeys"]} for side in self.data)
        if not problems:  # the map was refused as a whole: every journey merged from two sides
            broken = {k for k, journey in enumerate(data["journeys"]) if journey != ours.get(journey["id"], journey)}
        for k in sorted(broken):
            jid = data["journeys"][k]["id"]
            if jid not in ours:
                continue
            data["journeys"][k] = copy.deepcopy(ours[jid])
            data["conflicts"] = [c for c in data["conflicts"] if c["journey_id"] != jid and c["object_id"] != jid or c in self.open]
            self.conflicted.discard((jid, ""))
            self._conflict("both_changed", "journey", jid, {}, "", base.get(jid), ours[jid], theirs.get(jid))
            data["conflicts"].append(self.conflicts[-1].model_dump(mode="json"))
        return data


def merge(base: Project, ours: Project, theirs: Project) -> MergeResult:
    """Ours and theirs, each changed from base, brought together (see the module's rules)."""
    if theirs == base or ours == theirs:
        return _result(ours.model_copy(deep=True))
    if ours == base:
        return _result(theirs.model_copy(deep=True))
    merger = _Merger(base, ours, theirs)
    merger.objects()
    merger.references()
    merger.emotions()
    merger.links()
    data = merger.build()
    project, problems = _checked(data)
    if project is None:
        project, problems = _checked(merger.whole_journeys(data, problems))
    if project is None:  # a collision no rule above foresaw: ours whole, theirs kept in one conflict
        project = ours.model_copy(deep=True)
        taken = {c.id for c in project.conflicts}
        project.conflicts = [*project.conflicts, MergeConflict(
            id=next(f"conflict-map-{n}" for n in range(len(taken) + 1) if f"conflict-map-{n}" not in taken),
            kind="both_changed", object_kind="project", field="", base=None, ours=None,
            theirs={k: v for k, v in merger.data[2].items() if k != "conflicts"})]
    return _result(project)


def _checked(data: dict[str, Any]) -> tuple[Project | None, list[Problem]]:
    """The merged map, or None with the rules it breaks (none listed when refused as a whole)."""
    try:
        project = Project.model_validate(data)
    except ValidationError:
        return None, []
    problems = check_invariants(project)
    return (None, problems) if problems else (project, [])


def _result(project: Project) -> MergeResult:
    return MergeResult(project, tuple(project.conflicts))


def merged_order(base: list[str], ours: list[str], theirs: list[str], members: Iterable[str]) -> list[str]:
    """`members` in order: the order of the side that reordered (ours when both did), with what
    only the other side holds placed after the member it follows there."""
    wanted = set(members)
    primary, secondary = (theirs, ours) if _reordered(base, theirs) and not _reordered(base, ours) else (ours, theirs)
    result = [key for key in primary if key in wanted]
    placed = set(result)
    for source in (secondary, base):
        before: str | None = None
        for key in source:
            if key in wanted and key not in placed:
                at = result.index(before) + 1 if before is not None else 0
                result.insert(at, key)
                placed.add(key)
            if key in placed:
                before = key
    result += [key for key in members if key not in placed]
    return result


def _reordered(base: list[str], side: list[str]) -> bool:
    common = set(base) & set(side)
    return [k for k in base if k in common] != [k for k in side if k in common]


def _uses(kind: str, fields: Mapping[str, Any]) -> list[str]:
    """The ids an object needs in the map to be valid."""
    used = [fields[_OWNER]] if _OWNER in fields else []
    if kind == "card":
        used += [fields["stage_id"], fields["lane_id"], *fields.get("persona_ids", ()), *fields.get("answers", ())]
    elif kind == "emotion_point":
        used += [fields["stage_id"], fields["persona_id"]]
    elif kind == "journey":
        used += fields.get("persona_ids", ())
    return used


def _carried_conflicts(base: Project, ours: Project, theirs: Project) -> list[dict[str, Any]]:
    """Conflicts still open on either side (one resolved on either side stays resolved)."""
    before = {c.id for c in base.conflicts}
    still = {c.id for c in ours.conflicts} & {c.id for c in theirs.conflicts}
    carried: dict[str, dict[str, Any]] = {}
    for conflict in (*ours.conflicts, *theirs.conflicts):
        if conflict.id in before and conflict.id not in still:
            continue
        data = conflict.model_dump(mode="json")
        known = carried.get(conflict.id)
        if known is not None and known != data:  # two earlier merges named different conflicts alike
            data["id"] = next(f"{conflict.id}-{n}" for n in range(2, len(carried) + 3) if f"{conflict.id}-{n}" not in carried)
        carried.setdefault(data["id"], data)
    return list(carried.values())


def _journey_content(flat: _Flat, jid: str) -> list[Any]:
    """A journey's own fields and everything in it, positions left out."""
    return sorted(((key, {k: v for k, v in fields.items() if k not in _IGNORED})
                   for key, (_, fields) in flat.objects.items() if key == jid or fields.get(_OWNER) == jid), key=lambda item: item[0])


def _ordered_union(*mappings: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(key for mapping in mappings for key in mapping))


def _same(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return {k: v for k, v in a.items() if k not in _IGNORED} == {k: v for k, v in b.items() if k not in _IGNORED}


def _cell(fields: Mapping[str, Any] | None) -> tuple[str, str] | None:
    return None if fields is None else (fields["stage_id"], fields["lane_id"])


def _cell_value(cell: tuple[str, str] | None) -> dict[str, str] | None:
    return None if cell is None else {"stage_id": cell[0], "lane_id": cell[1]}


def _strip(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if k != _OWNER}


def _public(fields: Mapping[str, Any] | None) -> Any:
    return None if fields is None else _strip(fields)


def _plain(value: Any) -> Any:
    return None if value is _MISSING else value

