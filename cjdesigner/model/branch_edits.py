"""Plans of the edits that fork a journey into paths, change its paths and draw its return arrows.

Each builds the forward edit from the map without changing it (see `edits.planned`); the rules of
`branches.py` are checked once the edit is made, so a plan only has to put things where they go.
Paths, forks and loops are lists of the journey set whole: they are short, and one value is what
the journal, the diff and a comparison read.
"""

from __future__ import annotations

from cjdesigner.model.branches import branch_end, fork_of_path, path_stages
from cjdesigner.model.document import Fork, Journey, Loop, Path, Project, Stage
from cjdesigner.i18n import QT_TRANSLATE_NOOP, Sentence
from cjdesigner.model.edits import Batch, Edit, Insert, Move, Ref, Remove, SetFields, _remove_all, _require, _unlink, planned
from cjdesigner.model.invariants import ModelError, Problem


def _no_such(kind: str, text: str, object_id: str) -> ModelError:
    return ModelError([Problem(kind, Sentence("messages", text, (object_id,)))])


def _fork(journey: Journey, fork_id: str) -> Fork:
    found = next((f for f in journey.forks if f.id == fork_id), None)
    if found is None:
        raise _no_such("fork", QT_TRANSLATE_NOOP("messages", 'there is no fork with id "%1"'), fork_id)
    return found


def _path_fork(journey: Journey, path_id: str) -> Fork:
    found = fork_of_path(journey, path_id)
    if found is None or not any(p.id == path_id for p in journey.paths):
        raise _no_such("path", QT_TRANSLATE_NOOP("messages", 'there is no path with id "%1"'), path_id)
    return found


def _journey_lists(journey: Journey, **values: object) -> SetFields:
    return SetFields(Ref("journey", journey.id), values)


def _refuse_nesting(journey: Journey, after: Stage, taken: list[Stage]) -> None:
    """Said before the fork is made: the rules broken after it would name other stages than the
    one the user chose."""
    def refuse(text: str, *values: object) -> ModelError:
        return ModelError([Problem("fork", Sentence("messages", text, values))])

    if after.path_id is not None:
        raise refuse(QT_TRANSLATE_NOOP("messages", 'stage "%1" is on a path: a fork starts from a stage of the main line'), after.name)
    if any(f.after_stage_id == after.id for f in journey.forks):
        raise refuse(QT_TRANSLATE_NOOP("messages", 'two forks start after stage "%1"; give it one fork with more paths'), after.name)
    inner = next((s for s in taken if any(f.after_stage_id == s.id for f in journey.forks)), None)
    if inner is not None:
        raise refuse(QT_TRANSLATE_NOOP("messages", 'the paths after stage "%1" cannot hold stage "%2", which forks already: a path does not fork again'), after.name, inner.name)


@planned
def fork_after(project: Project, journey_id: str, fork: Fork, paths: list[Path], new_stages: list[Stage]) -> Edit:
    """Fork the journey after `fork.after_stage_id`. The stages between it and the join (all those
    after it when there is no join) become the first path's; `new_stages` (each naming its path)
    follow them, in the order of the paths."""
    journey = project.journey(journey_id)
    _require(journey.stages, fork.after_stage_id, "stage")
    start = next(i for i, s in enumerate(journey.stages) if s.id == fork.after_stage_id) + 1
    end = len(journey.stages)
    if fork.join_stage_id is not None:
        end = next((i for i, s in enumerate(journey.stages) if s.id == fork.join_stage_id), end)
    _refuse_nesting(journey, journey.stages[start - 1], journey.stages[start:end])
    edits: list[Edit] = [SetFields(Ref("stage", s.id, journey_id), {"path_id": paths[0].id}) for s in journey.stages[start:end]]
    order = {path.id: k for k, path in enumerate(paths)}
    ordered = sorted(new_stages, key=lambda s: order.get(s.path_id or "", len(paths)))
    edits += [Insert("stages", max(end, start) + k, stage, journey_id) for k, stage in enumerate(ordered)]
    complete = fork.model_copy(update={"path_ids": [path.id for path in paths]})
    edits.append(_journey_lists(journey, paths=[*journey.paths, *paths], forks=[*journey.forks, complete]))
    return Batch(tuple(edits))


@planned
def add_path(project: Project, journey_id: str, fork_id: str, path: Path, new_stages: list[Stage]) -> Edit:
    """One more path for a fork, drawn last, with its first stages."""
    journey = project.journey(journey_id)
    fork = _fork(journey, fork_id)
    end = branch_end(journey, fork)
    edits: list[Edit] = [Insert("stages", end + k, stage.model_copy(update={"path_id": path.id}), journey_id) for k, stage in enumerate(new_stages)]
    forks = [f.model_copy(update={"path_ids": [*f.path_ids, path.id]}) if f.id == fork_id else f for f in journey.forks]
    edits.append(_journey_lists(journey, paths=[*journey.paths, path], forks=forks))
    return Batch(tuple(edits))


@planned
def set_path(project: Project, journey_id: str, path_id: str, **values: object) -> Edit:
    """Rename a path, or set the personas who take it or its colour."""
    journey = project.journey(journey_id)
    _path_fork(journey, path_id)
    paths = [Path.model_validate({**p.model_dump(), **values}) if p.id == path_id else p for p in journey.paths]
    return _journey_lists(journey, paths=paths)


@planned
def remove_path(project: Project, journey_id: str, path_id: str) -> Edit:
    """Remove a path with its stages and their cards, emotion points and return arrows. A fork left
    with one path is no fork: that path's stages go back to the main line."""
    journey = project.journey(journey_id)
    fork = _path_fork(journey, path_id)
    doomed = path_stages(journey, path_id)
    doomed_ids = {s.id for s in doomed}
    cards = [c for c in journey.cards if c.stage_id in doomed_ids]
    edits = _unlink(journey, {c.id for c in cards}) + _remove_all(journey, cards, "cards")
    edits += _remove_all(journey, [p for p in journey.emotion_points if p.stage_id in doomed_ids], "emotion_points")
    edits += [Remove("stages", s.id, journey_id) for s in reversed(doomed)]
    paths = [p for p in journey.paths if p.id != path_id]
    kept = [pid for pid in fork.path_ids if pid != path_id]
    forks = [f for f in journey.forks if f.id != fork.id]
    if len(kept) >= 2:
        forks.insert(journey.forks.index(fork), fork.model_copy(update={"path_ids": kept}))
    else:
        edits += [SetFields(Ref("stage", s.id, journey_id), {"path_id": None}) for s in journey.stages if s.path_id in kept]
        paths = [p for p in paths if p.id not in kept]
    loops = [loop for loop in journey.loops if doomed_ids.isdisjoint((loop.from_stage_id, loop.to_stage_id))]
    edits.append(_journey_lists(journey, paths=paths, forks=forks, loops=loops))
    return Batch(tuple(edits))


@planned
def move_stage_to_path(project: Project, journey_id: str, stage_id: str, path_id: str | None) -> Edit:
    """Put a stage last on a path; or, from a path back onto the main line, right after the join
    (when the paths end the journey, the stage becomes the stage where they meet again)."""
    journey = project.journey(journey_id)
    _require(journey.stages, stage_id, "stage")
    stage = journey.stage(stage_id)
    if stage.path_id == path_id:
        return Batch()
    rest = [s for s in journey.stages if s.id != stage_id]
    at = {s.id: i for i, s in enumerate(rest)}
    edits: list[Edit] = []
    if path_id is not None:
        fork = _path_fork(journey, path_id)
        before = set(fork.path_ids[: fork.path_ids.index(path_id) + 1])
        index = at.get(fork.after_stage_id, len(rest) - 1) + 1
        while index < len(rest) and rest[index].path_id in before:
            index += 1
    else:
        fork = fork_of_path(journey, stage.path_id or "")
        if fork is not None and fork.join_stage_id is not None:
            index = at[fork.join_stage_id] + 1
        else:
            index = len(rest)
            if fork is not None:
                forks = [f.model_copy(update={"join_stage_id": stage_id}) if f.id == fork.id else f for f in journey.forks]
                edits.append(_journey_lists(journey, forks=forks))
    edits.insert(0, SetFields(Ref("stage", stage_id, journey_id), {"path_id": path_id}))
    edits.insert(0, Move("stages", stage_id, index, journey_id))
    return Batch(tuple(edits))


@planned
def add_loop(project: Project, journey_id: str, loop: Loop) -> Edit:
    journey = project.journey(journey_id)
    return _journey_lists(journey, loops=[*journey.loops, loop])


@planned
def remove_loop(project: Project, journey_id: str, loop_id: str) -> Edit:
    journey = project.journey(journey_id)
    return _journey_lists(journey, loops=[loop for loop in journey.loops if loop.id != loop_id])
