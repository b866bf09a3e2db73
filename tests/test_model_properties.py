"""Property-based tests of the document and its file (no Qt): random valid projects."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjdesigner.io.cjmap import dumps_project, loads_project
from cjdesigner.model import check_invariants
from cjdesigner.model import edits as E
from strategies import projects

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(projects())
def test_random_projects_survive_save_and_load_unchanged(project):
    assert check_invariants(project) == []
    first = dumps_project(project)
    loaded = loads_project(first)
    assert loaded.model_dump(mode="json") == project.model_dump(mode="json")
    assert dumps_project(loaded) == first


@SETTINGS
@given(projects(), st.data())
def test_random_card_moves_undo_exactly(project, data):
    journey = project.journeys[0]
    if not journey.cards:
        return
    before = project.model_dump(mode="json")
    moving = data.draw(st.lists(st.sampled_from([c.id for c in journey.cards]), min_size=1, unique=True))
    stage = data.draw(st.sampled_from(journey.stages)).id
    lane = data.draw(st.sampled_from(journey.lanes)).id
    inverse = E.move_cards(project, journey.id, moving, stage, lane, data.draw(st.integers(0, 15)))
    assert check_invariants(project) == []
    assert {c.id for c in journey.cell_cards(stage, lane)} >= set(moving)
    after = project.model_dump(mode="json")
    redo = inverse.apply(project)
    assert project.model_dump(mode="json") == before
    redo.apply(project)
    assert project.model_dump(mode="json") == after


@SETTINGS
@given(projects(), st.data())
def test_random_removals_undo_exactly(project, data):
    journey = project.journeys[0]
    before = project.model_dump(mode="json")
    if journey.stages and data.draw(st.booleans()):
        inverse = E.remove_stage(project, journey.id, data.draw(st.sampled_from(journey.stages)).id)
    elif project.personas:
        inverse = E.remove_persona(project, data.draw(st.sampled_from(project.personas)).id)
    else:
        return
    assert check_invariants(project) == []
    inverse.apply(project)
    assert project.model_dump(mode="json") == before
