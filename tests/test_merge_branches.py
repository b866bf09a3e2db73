"""Three-way merge of maps whose journeys fork (no Qt): both sides fork, add and remove paths, move
stages between paths and draw return arrows, and the merged map is still a valid map.

The full check, 1,000 examples:  CJD_PROPERTY_EXAMPLES=1000 .venv/bin/python -m pytest -q tests/test_merge_branches.py
"""

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjdesigner.io.cjmap import dumps_project, loads_project
from cjdesigner.model import changes as C
from cjdesigner.model.document import Fork, Loop, Path, Project, Stage
from cjdesigner.model.invariants import check_invariants
from cjdesigner.model.merge import merge
from strategies import projects, random_change

EXAMPLES = int(os.environ.get("CJD_PROPERTY_EXAMPLES", "100"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def branch_change(data, project: Project):
    """An edit of the forks, paths and return arrows of a journey, as random as `random_change`."""
    journey = data.draw(st.sampled_from(project.journeys))
    jid, stages, forks = journey.id, journey.stages, journey.forks
    other = Path(name="B")
    pick = lambda items: data.draw(st.sampled_from(items))  # noqa: E731
    choices = {
        "fork": stages and (lambda p: C.fork_after(p, jid, Fork(after_stage_id=pick(stages).id, join_stage_id=data.draw(st.none() | st.sampled_from([s.id for s in stages]))),
                                                  [Path(name="A"), other], [Stage(name="B1", path_id=other.id)])),
        "add path": forks and (lambda p: C.add_path(p, jid, pick(forks).id, Path(name="N"), [Stage(name="N1")])),
        "rename path": journey.paths and (lambda p: C.rename_path(p, jid, pick(journey.paths).id, data.draw(st.text(max_size=5)))),
        "remove path": journey.paths and (lambda p: C.remove_path(p, jid, pick(journey.paths).id)),
        "move stage to path": stages and journey.paths and (lambda p: C.move_stage_to_path(p, jid, pick(stages).id, pick([None, *(x.id for x in journey.paths)]))),
        "add loop": stages and (lambda p: C.add_loop(p, jid, Loop(from_stage_id=pick(stages).id, to_stage_id=pick(stages).id, label="back"))),
        "remove loop": journey.loops and (lambda p: C.remove_loop(p, jid, pick(journey.loops).id)),
        "add stage": lambda p: C.add_stage(p, jid, Stage(name="S"), data.draw(st.none() | st.integers(0, 6))),
        "remove stage": stages and (lambda p: C.remove_stage(p, jid, pick(stages).id)),
        "move stage": stages and (lambda p: C.move_stage(p, jid, pick(stages).id, data.draw(st.integers(0, 6)))),
    }
    name = data.draw(st.sampled_from([name for name, make in choices.items() if make]), label="branch change")
    return choices[name]


def forked(project: Project, data) -> Project:
    """The project with its first journey forked after its first stage, when it has one."""
    copy = project.model_copy(deep=True)
    journey = copy.journeys[0]
    if journey.stages:
        join = journey.stages[-1].id if len(journey.stages) > 2 and data.draw(st.booleans()) else None
        other = Path(name="B")
        C.fork_after(copy, journey.id, Fork(after_stage_id=journey.stages[0].id, join_stage_id=join), [Path(name="A"), other],
                     [Stage(name="B1", path_id=other.id)])
    return copy


def edited(project: Project, data) -> Project:
    copy = project.model_copy(deep=True)
    for _ in range(data.draw(st.integers(1, 4))):
        change = branch_change(data, copy) if data.draw(st.booleans()) else random_change(data, copy)
        change(copy)
    return copy


@SETTINGS
@given(projects(), st.data())
def test_two_sides_editing_forks_merge_into_a_valid_map(project, data):
    base = forked(project, data)
    assert not check_invariants(base)
    ours, theirs = edited(base, data), edited(base, data)
    result = merge(base, ours, theirs)
    assert not check_invariants(result.project)
    assert loads_project(dumps_project(result.project)) == result.project
    assert tuple(result.project.conflicts) == result.conflicts
