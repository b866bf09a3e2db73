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
from cjdesigner.model.document import MergeConflict, Project
from cjdesigner.model.invariants import ModelError, Problem

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
            if conflict.kind == "both_changed" and conflict.field:
                edits.append(E.set_fields.plan(p, ref_of(conflict), **{conflict.field: value_of(conflict, side)}))  # type: ignore[arg-type]
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
