"""The shape of a journey that forks: one place that says in which order its stages are walked, which
path each is on, and which rules a fork, a path and a loop must keep.

A journey keeps one ordered list of stages. A fork names a main-line stage after which the journey
splits into paths, and the main-line stage where they meet again (or none: the paths end it). The
stages of the fork's paths follow its stage in the list, path after path in the fork's order, each
path's stages side by side; the join comes right after them. So the list itself is the walk order,
and a journey without forks is exactly the straight journey it always was.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from cjdesigner.i18n import QT_TRANSLATE_NOOP, Sentence
from cjdesigner.model.document import Fork, Journey, Path, Stage
from cjdesigner.model.limits import MAX_PATHS_PER_FORK


@dataclass(frozen=True)
class Branch:
    """One path of a fork and its stages, in order."""

    path: Path
    stages: tuple[Stage, ...]


@dataclass(frozen=True)
class Segment:
    """A run of the journey: main-line stages (`fork` None), or a fork's paths side by side."""

    stages: tuple[Stage, ...] = ()
    fork: Fork | None = None
    branches: tuple[Branch, ...] = field(default_factory=tuple)


def segments(journey: Journey) -> list[Segment]:
    """The journey as runs of main-line stages and forks, in walking order. Stages a broken map
    puts out of place (a file being repaired) are read as main-line stages where they stand."""
    if not journey.forks:
        return [Segment(tuple(journey.stages))] if journey.stages else []
    paths = {path.id: path for path in journey.paths}
    fork_after = {fork.after_stage_id: fork for fork in journey.forks}
    result: list[Segment] = []
    run: list[Stage] = []
    stages = journey.stages
    i = 0
    while i < len(stages):
        stage = stages[i]
        i += 1
        if stage.path_id is None or stage.path_id not in paths:
            run.append(stage)
            fork = fork_after.get(stage.id)
            if fork is None:
                continue
            result.append(Segment(tuple(run)))
            run = []
            members = {pid for pid in fork.path_ids if pid in paths}
            on_paths: dict[str, list[Stage]] = {pid: [] for pid in fork.path_ids if pid in paths}
            while i < len(stages) and stages[i].path_id in members:
                on_paths[stages[i].path_id].append(stages[i])  # type: ignore[index]
                i += 1
            result.append(Segment((), fork, tuple(Branch(paths[pid], tuple(s)) for pid, s in on_paths.items())))
        else:
            run.append(stage)
    if run:
        result.append(Segment(tuple(run)))
    return result


def path_stages(journey: Journey, path_id: str | None) -> list[Stage]:
    return [stage for stage in journey.stages if stage.path_id == path_id]


def fork_of_path(journey: Journey, path_id: str) -> Fork | None:
    return next((fork for fork in journey.forks if path_id in fork.path_ids), None)


def fork_after(journey: Journey, stage_id: str) -> Fork | None:
    return next((fork for fork in journey.forks if fork.after_stage_id == stage_id), None)


def route(journey: Journey, choice: dict[str, str] | None = None) -> list[Stage]:
    """The stages one customer walks: the main line, and at each fork the path `choice` names
    (fork id → path id), or the fork's first path."""
    choice = choice or {}
    stages: list[Stage] = []
    for segment in segments(journey):
        if segment.fork is None:
            stages += segment.stages
        elif segment.branches:
            wanted = choice.get(segment.fork.id)
            branch = next((b for b in segment.branches if b.path.id == wanted), segment.branches[0])
            stages += branch.stages
    return stages


def path_routes(journey: Journey) -> list[tuple[str, list[Stage]]]:
    """One way through the journey per path: the k-th takes each fork's k-th path (or its last,
    for a fork with fewer), named after the paths it takes."""
    if not journey.forks:
        return []
    names = {path.id: path.name for path in journey.paths}
    widest = max(len(fork.path_ids) for fork in journey.forks)
    ways = []
    for k in range(widest):
        choice = {fork.id: fork.path_ids[min(k, len(fork.path_ids) - 1)] for fork in journey.forks if fork.path_ids}
        name = " / ".join(dict.fromkeys(names.get(pid, "") for pid in choice.values()))
        ways.append((name, route(journey, choice)))
    return ways


def path_at(journey: Journey, index: int) -> str | None:
    """The path a stage inserted at `index` of the stage list joins: the path of the stage before
    it, so that a stage added after a path's stage lengthens that path."""
    if 0 < index <= len(journey.stages):
        return journey.stages[index - 1].path_id
    return None


def step_on_route(journey: Journey, stage_id: str, choice: dict[str, str], step: int) -> str | None:
    """The stage `step` stages on from `stage_id` along the way `choice` takes (a stage off that way:
    the way through its own path). None past either end."""
    choice = with_stage(journey, stage_id, choice)
    stages = [stage.id for stage in route(journey, choice)]
    if stage_id not in stages:
        return None
    at = stages.index(stage_id) + step
    return stages[at] if 0 <= at < len(stages) else None


def with_stage(journey: Journey, stage_id: str, choice: dict[str, str]) -> dict[str, str]:
    """`choice` taking the path the stage is on, where it is on one."""
    stage = next((s for s in journey.stages if s.id == stage_id), None)
    fork = fork_of_path(journey, stage.path_id) if stage is not None and stage.path_id else None
    return {**choice, fork.id: stage.path_id} if fork is not None and stage is not None and stage.path_id else dict(choice)


def other_path(journey: Journey, stage_id: str, choice: dict[str, str]) -> tuple[dict[str, str], str]:
    """The next path of the fork the stage is on, or starts, and where to stand on it: the same
    stage at the fork, the new path's first stage on a path (the join when it has none)."""
    stage = next((s for s in journey.stages if s.id == stage_id), None)
    if stage is None:
        return choice, stage_id
    fork = fork_of_path(journey, stage.path_id) if stage.path_id else fork_after(journey, stage_id)
    if fork is None or not fork.path_ids:
        return choice, stage_id
    choice = with_stage(journey, stage_id, choice)
    current = choice.get(fork.id, fork.path_ids[0])
    chosen = fork.path_ids[(fork.path_ids.index(current) + 1) % len(fork.path_ids)] if current in fork.path_ids else fork.path_ids[0]
    choice = {**choice, fork.id: chosen}
    if stage.path_id is None:
        return choice, stage_id
    first = next((s.id for s in journey.stages if s.path_id == chosen), None)
    return choice, first or fork.join_stage_id or fork.after_stage_id


def branch_end(journey: Journey, fork: Fork) -> int:
    """The index in the stage list just past the fork's paths: where its join stands."""
    start = _index(journey, fork.after_stage_id) + 1
    members = set(fork.path_ids)
    end = start
    while end < len(journey.stages) and journey.stages[end].path_id in members:
        end += 1
    return end


def _index(journey: Journey, stage_id: str) -> int:
    return next(i for i, stage in enumerate(journey.stages) if stage.id == stage_id)


# --- rules --------------------------------------------------------------------------------------


def _problem(path: str, text: str, *values: object) -> tuple[str, Sentence]:
    return path, Sentence("messages", text, values)


def branch_problems(journey: Journey, base: str) -> Iterator[tuple[str, Sentence]]:
    """Each rule of forks, paths and loops the journey breaks, with where (as invariants.py words it)."""
    if not (journey.forks or journey.paths or journey.loops or any(s.path_id for s in journey.stages)):
        return
    index = {stage.id: i for i, stage in enumerate(journey.stages)}
    names = {stage.id: stage.name for stage in journey.stages}
    paths = {path.id: path for path in journey.paths}
    for s, stage in enumerate(journey.stages):
        if stage.path_id is not None and stage.path_id not in paths:
            yield _problem(f"{base}.stages[{s}].path_id", QT_TRANSLATE_NOOP("messages", 'stage "%1" is on path "%2", which is not in the journey'), stage.name, stage.path_id)
    owner: dict[str, str] = {}
    starts: set[str] = set()
    for f, fork in enumerate(journey.forks):
        where = f"{base}.forks[{f}]"
        if fork.after_stage_id not in index:
            yield _problem(f"{where}.after_stage_id", QT_TRANSLATE_NOOP("messages", 'a fork starts after stage "%1", which is not in the journey'), fork.after_stage_id)
            continue
        after = journey.stages[index[fork.after_stage_id]]
        if after.path_id is not None:
            yield _problem(f"{where}.after_stage_id", QT_TRANSLATE_NOOP("messages", 'stage "%1" is on a path: a fork starts from a stage of the main line'), after.name)
        if fork.after_stage_id in starts:
            yield _problem(f"{where}.after_stage_id", QT_TRANSLATE_NOOP("messages", 'two forks start after stage "%1"; give it one fork with more paths'), after.name)
        starts.add(fork.after_stage_id)
        if len(fork.path_ids) > MAX_PATHS_PER_FORK:
            yield _problem(f"{where}.path_ids", QT_TRANSLATE_NOOP("messages", 'the fork after stage "%1" has %2 paths; a fork has at most %3'), after.name, len(fork.path_ids), MAX_PATHS_PER_FORK)
        if len(fork.path_ids) < 2:
            yield _problem(f"{where}.path_ids", QT_TRANSLATE_NOOP("messages", 'the fork after stage "%1" has fewer than 2 paths'), after.name)
        for k, pid in enumerate(fork.path_ids):
            if pid not in paths:
                yield _problem(f"{where}.path_ids[{k}]", QT_TRANSLATE_NOOP("messages", 'a fork names path "%1", which is not in the journey'), pid)
            elif pid in owner:
                yield _problem(f"{where}.path_ids[{k}]", QT_TRANSLATE_NOOP("messages", 'path "%1" belongs to two forks'), paths[pid].name)
            owner[pid] = fork.id
        yield from _fork_order(journey, fork, where, after, index, names)
    for p, path in enumerate(journey.paths):
        if path.id not in owner:
            yield _problem(f"{base}.paths[{p}]", QT_TRANSLATE_NOOP("messages", 'path "%1" belongs to no fork'), path.name)
    for k, loop in enumerate(journey.loops):
        where = f"{base}.loops[{k}]"
        missing = [sid for sid in (loop.from_stage_id, loop.to_stage_id) if sid not in index]
        for sid in missing:
            yield _problem(where, QT_TRANSLATE_NOOP("messages", 'a return arrow names stage "%1", which is not in the journey'), sid)
        if missing:
            continue
        start, end = journey.stages[index[loop.from_stage_id]], journey.stages[index[loop.to_stage_id]]
        if index[end.id] >= index[start.id] or start.path_id not in (None, end.path_id) and end.path_id is not None:
            yield _problem(where, QT_TRANSLATE_NOOP("messages", 'a return arrow goes back: stage "%1" does not come before stage "%2" on its way'), end.name, start.name)


def _fork_order(journey: Journey, fork: Fork, where: str, after: Stage, index: dict[str, int], names: dict[str, str]) -> Iterator[tuple[str, Sentence]]:
    """The fork's paths follow its stage, each path's stages side by side in the fork's order, and
    the join (a main-line stage) right after them; with no join, nothing follows them."""
    order = {pid: k for k, pid in enumerate(fork.path_ids)}
    members = [s for s in journey.stages if s.path_id in order]
    start = index[after.id] + 1
    expected = sorted(members, key=lambda s: (order[s.path_id], index[s.id]))  # type: ignore[index]
    found = journey.stages[start:start + len(members)]
    stray = next((want for k, want in enumerate(expected) if k >= len(found) or found[k].id != want.id), None)
    if stray is not None:
        path = next((p.name for p in journey.paths if p.id == stray.path_id), "")
        yield _problem(f"{where}.path_ids", QT_TRANSLATE_NOOP("messages", 'the stages of the paths after stage "%1" must follow it, one path after the other: stage "%2" of path "%3" stands apart'),
                       after.name, stray.name, path)
        return
    end = start + len(members)
    if fork.join_stage_id is None:
        if end < len(journey.stages):
            yield _problem(f"{where}.join_stage_id", QT_TRANSLATE_NOOP("messages", 'the paths after stage "%1" end the journey, yet stage "%2" follows them'), after.name, journey.stages[end].name)
    elif fork.join_stage_id not in index:
        yield _problem(f"{where}.join_stage_id", QT_TRANSLATE_NOOP("messages", 'a fork joins at stage "%1", which is not in the journey'), fork.join_stage_id)
    elif index[fork.join_stage_id] != end or journey.stages[end].path_id is not None:
        yield _problem(f"{where}.join_stage_id", QT_TRANSLATE_NOOP("messages", 'the paths after stage "%1" must meet again at the main-line stage right after them, not at "%2"'), after.name, names[fork.join_stage_id])
