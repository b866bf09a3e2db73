"""An edit of cards' fields checks only the rules it can break, and finds every problem the whole
project's check would find, worded the same."""

import pytest

from builders import small_project
from cjdesigner.model import edits as E
from cjdesigner.model.document import Card
from cjdesigner.model.invariants import ModelError, check_invariants

CARD_EDITS = [
    ("a", {"stage_id": "nowhere"}),
    ("a", {"lane_id": "nowhere", "position": 7}),
    ("b", {"position": 2}),
    ("d", {"stage_id": "s1", "lane_id": "actions"}),
    ("d", {"persona_ids": ["p-bo", "p-bo"]}),
    ("a", {"persona_ids": ["p-ghost"]}),
    ("c", {"stage_id": "s2", "lane_id": "pains", "position": 0}),
]


@pytest.mark.parametrize(("card_id", "values"), CARD_EDITS)
def test_a_broken_card_edit_reports_what_the_whole_check_reports(card_id, values):
    project = small_project()
    edit = E.SetFields(E.Ref("card", card_id, "j1"), values)
    inverse = edit.apply(project)
    expected = check_invariants(project)
    inverse.apply(project)
    assert expected, "every edit of the table breaks a rule"
    before = project.model_dump()
    with pytest.raises(ModelError) as error:
        E.perform(project, edit)
    assert error.value.problems == expected
    assert project.model_dump() == before, "a refused edit changes nothing"


def test_card_edits_skip_the_whole_project_check(monkeypatch):
    def whole_check(project):
        raise AssertionError("an edit of cards checked the whole project")

    monkeypatch.setattr(E, "check_invariants", whole_check)
    project = small_project()
    E.set_fields(project, E.Ref("card", "a", "j1"), text="Compare prices", severity=5)
    E.move_cards(project, "j1", ["a"], "s2", "pains", 0)
    assert [c.id for c in project.journeys[0].cell_cards("s2", "pains")] == ["a", "d"]
    assert [c.position for c in project.journeys[0].cell_cards("s1", "actions")] == [0, 1]


def test_other_edits_still_check_the_whole_project():
    project = small_project()
    with pytest.raises(ModelError, match="also used by"):
        E.add_card(project, "j1", Card(id="s2", stage_id="s1", lane_id="pains"))
