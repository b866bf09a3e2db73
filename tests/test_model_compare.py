"""`compare(a, b)` and the diff a change makes are one type by one set of rules (no Qt): comparing a
map with itself after a random change finds exactly the change's diff, and comparing the other way
round finds the reverse.

CI runs a modest number of examples. The full check, 1,000 changes for each of three seeds:

    for seed in 1 2 3; do CJD_PROPERTY_EXAMPLES=1000 .venv/bin/python -m pytest -q -p no:cacheprovider \
        tests/test_model_compare.py --hypothesis-seed=$seed; done
"""

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjdesigner.model import edits as E
from cjdesigner.model.diff import Diff, compare, diff_of
from cjdesigner.model.document import Project
from cjdesigner.model.change import Refusal
from builders import small_project
from strategies import projects, random_change

EXAMPLES = int(os.environ.get("CJD_PROPERTY_EXAMPLES", "100"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


@SETTINGS
@given(projects(), st.data())
def test_comparing_before_and_after_a_change_finds_the_changes_diff(project, data):
    """Up to three changes in a row (a round, then its votes), each checked: its diff is what
    comparing finds, its inverse takes it back exactly (with the reverse diff), and its forward edit
    (what the journal writes) makes it again."""
    for _ in range(data.draw(st.integers(1, 3))):
        before = project.model_copy(deep=True)
        outcome = random_change(data, project)(project)
        if outcome is None:
            continue
        if isinstance(outcome, Refusal):
            assert project == before, "a refusal leaves the map as it was"
            assert outcome.say("en") and outcome.say("fr")
            continue
        assert compare(before, project) == outcome.diff
        after = project.model_copy(deep=True)
        undone = outcome.inverse.apply(project)
        assert project == before
        assert diff_of(undone, project) == outcome.diff.reversed()
        outcome.forward.apply(project)
        assert project == after and compare(before, project) == outcome.diff


@SETTINGS
@given(projects(), projects())
def test_comparing_the_other_way_round_finds_the_reverse(a, b):
    assert compare(a, b) == compare(b, a).reversed()
    assert compare(a, a) == Diff() and not compare(b, b)


def test_a_move_within_a_cell_and_to_another_cell_are_told_apart():
    project: Project = small_project()
    journey = project.journeys[0]
    before = project.model_copy(deep=True)
    E.move_cards(project, journey.id, ["c"], "s1", "actions", 0)
    assert compare(before, project).cards.shifted == {"a", "b", "c"} and not compare(before, project).cards.moved
    assert not compare(before, project).cards.redrawn, "a card moved within its cell keeps its drawing"
    diff = diff_of(E.move_cards(project, journey.id, ["b"], "s1", "pains", 0), project)
    assert "b" in diff.cards.moved and "b" in diff.cards.redrawn and not diff.cards.changed
    assert diff.only_cards_of(journey.id) and not diff.only_cards_of("elsewhere")


def test_links_votes_and_fields_are_named():
    project: Project = small_project()
    journey = project.journeys[0]
    card = journey.cards[0]
    before = project.model_copy(deep=True)
    E.set_fields(project, E.Ref("card", card.id, journey.id), text="new words", votes=card.votes + 2)
    diff = compare(before, project)
    assert diff.cards.changed == {card.id: frozenset({"text", "votes"})} and diff.votes == {card.id}
    assert diff.journeys_touched == {journey.id}
