"""Resolving the conflicts a merge left in a map, as changes like any other edit (one undo step
each, journaled): choose ours or theirs for one conflict, or edit the field, which settles it.

Choosing a side of a field conflict sets the field to that side's value; choosing the side that
removed an object removes it (with what goes with it, as removing it by hand would); choosing the
side that kept it keeps it as it is. Either way the conflict leaves `Project.conflicts`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from cjdesigner.i18n import QT_TRANSLATE_NOOP, Sentence
from cjdesigner.model import edits as E
from cjdesigner.model.change import Change, Refusal, make
from cjdesigner.model.document import Journey, MergeConflict, Project
from cjdesigner.model.field_labels import FIELD_LABELS
from cjdesigner.model.invariants import ModelError, Problem
from cjdesigner.model.limits import MAX_POSITION

Side = Literal["ours", "theirs"]
SIDES: tuple[Side, ...] = ("ours", "theirs")
_RESOLVE = {
    "ours": QT_TRANSLATE_NOOP("conflicts", "Keep ours in a merge conflict"),
    "theirs": QT_TRANSLATE_NOOP("conflicts", "Keep theirs in a merge conflict"),
}


def _sentence(text: str, *values: object) -> Sentence:
    return Sentence("conflicts", text, values)


def find_conflict(project: Project, conflict_id: str) -> MergeConflict | None:
    return next((c for c in project.conflicts if c.id == conflict_id), None)


def ref_of(conflict: MergeConflict) -> E.Ref:
    """The object a conflict is about, as edits name it."""
    kind = conflict.object_kind
    if kind == "project":
        return E.Ref("project")
    journey = conflict.journey_id if kind in ("stage", "lane", "card", "emotion_point") else None
    return E.Ref(kind, conflict.object_id, journey)


def value_of(conflict: MergeConflict, side: Side) -> Any:
    return conflict.ours if side == "ours" else conflict.theirs


def resolve_conflict(project: Project, conflict_id: str, side: str) -> Change | Refusal:
    """Settle one open conflict by taking `side` ("ours" or "theirs")."""
    conflict = find_conflict(project, conflict_id)
    if conflict is None:
        return Refusal((Problem("conflicts", _sentence(QT_TRANSLATE_NOOP("conflicts", 'there is no open merge conflict "%1"'), conflict_id)),))
    if side not in SIDES:
        return Refusal((Problem("conflicts", _sentence(QT_TRANSLATE_NOOP("conflicts", 'a side is "ours" or "theirs", not "%1"'), side)),))

    def plan(p: Project) -> E.Edit:
        edits: list[E.Edit] = [_settle(p, [conflict_id])]
        if _exists(p, conflict):
            value = value_of(conflict, side)
            if conflict.kind == "both_changed" and conflict.field == "place" and isinstance(value, dict):
                edits.append(E.move_cards.plan(p, conflict.journey_id, [conflict.object_id], value["stage_id"], value["lane_id"], MAX_POSITION))
            elif conflict.kind == "both_changed" and conflict.field:
                edits.append(E.set_fields.plan(p, ref_of(conflict), **{conflict.field: value}))  # type: ignore[arg-type]
            elif conflict.kind == "both_changed" and isinstance(value, dict) and side == "theirs":
                edits.append(_whole(p, conflict, value))
            elif conflict.kind != "both_changed" and side == conflict.removed_by:
                edits.append(_removal(p, conflict))
        return E.Batch(tuple(edits))

    return make(project, _sentence(_RESOLVE[side]), plan)


def settling(project: Project, ref: E.Ref, names: Iterable[str], edit: E.Edit) -> E.Edit:
    """`edit` (which sets `names` of the object `ref` names), with the field conflicts on those
    fields settled in the same step: the person chose the value by typing it."""
    names = set(names)
    settled = [c.id for c in project.conflicts if c.kind == "both_changed" and c.field in names and _same_object(c, ref)]
    return E.Batch((edit, _settle(project, settled))) if settled else edit


def settling_removed(project: Project, kind: str, object_ids: Iterable[str], edit: E.Edit, journey_id: str = "") -> E.Edit:
    """`edit` (which removes the objects `object_ids` of `kind`, with what they hold), with every
    conflict on what goes settled in the same step: the person chose that it goes; left open, the
    conflicts would name objects the map no longer has, and keeping a side could not bring them back."""
    ids = set(object_ids)
    gone = _removed_with(project, kind, ids, journey_id)
    settled = [c.id for c in project.conflicts if (c.object_kind, c.object_id) in gone or kind == "journey" and c.journey_id in ids]
    return E.Batch((edit, _settle(project, settled))) if settled else edit


def _removed_with(project: Project, kind: str, ids: set[str], journey_id: str) -> set[tuple[str, str]]:
    """What removing those objects removes, as (kind, id): a stage's or lane's cards, a stage's or
    persona's emotion points (a journey's whole content is found by its conflicts' journey)."""
    gone = {(kind, i) for i in ids}
    journeys = [j for j in project.journeys if j.id == journey_id] if journey_id else project.journeys
    for journey in journeys:
        if kind in ("stage", "lane"):
            gone |= {("card", c.id) for c in journey.cards if (c.stage_id if kind == "stage" else c.lane_id) in ids}
        if kind in ("stage", "persona"):
            gone |= {("emotion_point", p.id) for p in journey.emotion_points if (p.stage_id if kind == "stage" else p.persona_id) in ids}
    return gone


_OBJECTS = {
    "card": QT_TRANSLATE_NOOP("conflicts", "Card “%1”"),
    "stage": QT_TRANSLATE_NOOP("conflicts", "Stage “%1”"),
    "lane": QT_TRANSLATE_NOOP("conflicts", "Lane “%1”"),
    "persona": QT_TRANSLATE_NOOP("conflicts", "Persona “%1”"),
    "journey": QT_TRANSLATE_NOOP("conflicts", "Journey “%1”"),
    "emotion_point": QT_TRANSLATE_NOOP("conflicts", "Emotion point “%1”"),
}
_KINDS = {
    "both_changed": QT_TRANSLATE_NOOP("conflicts", "%1: changed on both sides (%2)"),
    "both_changed_whole": QT_TRANSLATE_NOOP("conflicts", "%1: changed on both sides"),
    "edited_and_removed": QT_TRANSLATE_NOOP("conflicts", "%1: removed on one side, changed on the other"),
    "removed_but_used": QT_TRANSLATE_NOOP("conflicts", "%1: removed on one side, still in use on the other"),
}
_NAME_FIELDS = ("text", "name", "title", "label")


def conflict_sentence(project: Project, conflict: MergeConflict) -> Sentence:
    """The conflict said in one sentence, naming the object as the map (or a side) names it."""
    if conflict.object_kind == "project":
        what: object = _sentence(QT_TRANSLATE_NOOP("conflicts", "The map"))
    else:
        what = _sentence(_OBJECTS[conflict.object_kind], _name(project, conflict))
    field = FIELD_LABELS.get(conflict.field)
    named: object = Sentence("change lines", field) if field else conflict.field
    if conflict.kind == "both_changed":
        return _sentence(_KINDS["both_changed"], what, named) if named else _sentence(_KINDS["both_changed_whole"], what)
    return _sentence(_KINDS[conflict.kind], what)


def _name(project: Project, conflict: MergeConflict) -> str:
    try:
        found: Any = ref_of(conflict).resolve(project)
        values = found.model_dump()
    except (ModelError, KeyError):
        values = next((v for v in (conflict.ours, conflict.theirs, conflict.base) if isinstance(v, dict)), {})
    name = next((values[k] for k in _NAME_FIELDS if isinstance(values.get(k), str) and values[k].strip()), conflict.object_id)
    name = " ".join(name.split())
    return name if len(name) <= 40 else name[:39] + "…"


def _same_object(conflict: MergeConflict, ref: E.Ref) -> bool:
    return conflict.object_kind == ref.kind and (ref.kind == "project" or conflict.object_id == ref.id)


def _settle(project: Project, conflict_ids: list[str]) -> E.Edit:
    remaining = [c.model_copy(deep=True) for c in project.conflicts if c.id not in conflict_ids]
    return E.SetFields(E.Ref("project"), {"conflicts": remaining})


def _exists(project: Project, conflict: MergeConflict) -> bool:
    try:
        ref_of(conflict).resolve(project)
    except (ModelError, KeyError):
        return False
    return True


def _whole(project: Project, conflict: MergeConflict, value: dict[str, Any]) -> E.Edit:
    """Their whole journey (or map) in place of ours: what a merge could not take apart."""
    if conflict.object_kind == "project":
        remaining = [c.model_dump(mode="json") for c in project.conflicts if c.id != conflict.id]
        return E.ReplaceProject(Project.model_validate({**value, "conflicts": remaining}))
    at = next(k for k, journey in enumerate(project.journeys) if journey.id == conflict.object_id)
    return E.Batch((E.Remove("journeys", conflict.object_id), E.Insert("journeys", at, Journey.model_validate(value))))


def _removal(project: Project, conflict: MergeConflict) -> E.Edit:
    key, journey = conflict.object_id, conflict.journey_id
    kind = conflict.object_kind
    if kind == "card":
        return E.remove_cards.plan(project, journey, [key])
    if kind == "stage":
        return E.remove_stage.plan(project, journey, key)
    if kind == "lane":
        return E.remove_lane.plan(project, journey, key)
    if kind == "emotion_point":
        return E.remove_emotion_point.plan(project, journey, key)
    if kind == "persona":
        return E.remove_persona.plan(project, key)
    return E.remove_journey.plan(project, key)
