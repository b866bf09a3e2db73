"""Where the paths of a forking journey go on the map: no Qt, read by the grid and the drawing.

A fork's paths are parallel bands. The first path takes the main band's row of stages, right after
the stage that forks; each other path gets a band of its own below the main one, in the fork's
columns, with the journey's lanes again. Every band starts with a strip naming its path; a return
arrow runs in a strip above the stage headers of its band, back to the stage it returns to.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from cjdesigner.model.branches import segments
from cjdesigner.model.document import Journey

PATH_STRIP_H = 24.0  # the band's strip naming its path
LOOP_STEP = 14.0  # the height each return arrow of a band takes in its strip
LOOP_PAD = 10.0
BRANCH_GAP = 12.0  # between a band's repeated lane titles and its cells: the fork's line runs there


@dataclass
class BandPlan:
    """Each stage's column and band (0: the main band), how many of each, and the forks' spans."""

    column: dict[str, int] = field(default_factory=dict)
    band: dict[str, int] = field(default_factory=dict)
    columns: int = 0
    bands: int = 1
    spans: list[ForkSpan] = field(default_factory=list)


class ForkSpan(NamedTuple):
    """A fork's columns (`first` to `first + width - 1`) and its paths, one per band from 0."""

    fork_id: str
    after_stage_id: str
    join_stage_id: str | None
    first: int
    width: int
    path_ids: tuple[str, ...]


def band_plan(journey: Journey) -> BandPlan:
    plan = BandPlan()
    column = 0
    for segment in segments(journey):
        if segment.fork is None:
            for stage in segment.stages:
                plan.column[stage.id], plan.band[stage.id] = column, 0
                column += 1
            continue
        width = max([1, *(len(branch.stages) for branch in segment.branches)])
        for band, branch in enumerate(segment.branches):
            for offset, stage in enumerate(branch.stages):
                plan.column[stage.id], plan.band[stage.id] = column + offset, band
        plan.bands = max(plan.bands, len(segment.branches))
        plan.spans.append(ForkSpan(segment.fork.id, segment.fork.after_stage_id, segment.fork.join_stage_id, column, width,
                                   tuple(branch.path.id for branch in segment.branches)))
        column += width
    plan.columns = column
    return plan


def loop_rows(journey: Journey, plan: BandPlan) -> list[int]:
    """How many return arrows each band's strip holds (an arrow runs in the band it leaves from)."""
    rows = [0] * plan.bands
    for loop in journey.loops:
        band = plan.band.get(loop.from_stage_id)
        if band is not None and loop.to_stage_id in plan.band:
            rows[band] += 1
    return rows


def strip_height(journey: Journey, plan: BandPlan) -> float:
    """The strips above each band's stage headers: its path's name, and its return arrows."""
    if not journey.forks and not journey.loops:
        return 0.0
    arrows = max(loop_rows(journey, plan), default=0)
    return (PATH_STRIP_H if journey.forks else 0.0) + (LOOP_PAD + arrows * LOOP_STEP if arrows else 0.0)


def stage_across(stages: Mapping[str, tuple[float, float, float, float]], stage_id: str, step: int) -> str | None:
    """The stage in the nearest band below (`step` 1) or above (-1) whose column holds this one's
    middle: the stage lists walk paths one after the other, the eye walks the bands down."""
    if stage_id not in stages:
        return None
    x, y, w, _ = stages[stage_id]
    middle = x + w / 2
    across = [(abs(r[1] - y), sid) for sid, r in stages.items() if r[0] <= middle < r[0] + r[2] and (r[1] - y) * step > 0]
    return min(across)[1] if across else None
