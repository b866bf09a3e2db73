"""Review reminders below Qt: a journey is due when its next review (set, or its last review plus
the project's interval) has come, never when archived; the fields keep to their types."""

from datetime import date

import pytest
from pydantic import ValidationError

from cjdesigner.model import changes as C
from cjdesigner.model.change import Change, Refusal
from cjdesigner.model.document import Journey, Project
from cjdesigner.model.review import JourneyStatus, add_months, due_for_review, next_review, status_title
from builders import linked_project


def test_an_older_journey_opens_as_a_draft_with_no_owner_and_no_dates():
    journey = Journey.model_validate({"title": "Old"})
    assert journey.status is JourneyStatus.DRAFT and journey.owner == ""
    assert journey.last_review is None and journey.next_review is None
    assert Project(journeys=[journey]).review_every_months is None


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2026, 11, 15), 3, date(2027, 2, 15)),
    (date(2024, 2, 29), 12, date(2025, 2, 28)),
])
def test_months_are_added_on_the_calendar(day, months, expected):
    assert add_months(day, months) == expected


def test_the_next_review_is_the_one_set_or_the_last_plus_the_interval():
    journey = Journey(title="J", last_review=date(2026, 1, 10))
    assert next_review(journey, None) is None
    assert next_review(journey, 6) == date(2026, 7, 10)
    journey.next_review = date(2026, 3, 1)
    assert next_review(journey, 6) == date(2026, 3, 1)


def test_the_journeys_due_on_a_day_are_listed_in_order_archived_ones_never():
    project = linked_project(3)
    project.review_every_months = 6
    project.journeys[0].last_review = date(2026, 1, 1)  # next: 1 July
    project.journeys[1].next_review = date(2026, 5, 1)
    project.journeys[2].next_review = date(2026, 5, 1)
    project.journeys[2].status = JourneyStatus.ARCHIVED
    assert due_for_review(project, date(2026, 4, 30)) == []
    assert [j.id for j in due_for_review(project, date(2026, 5, 1))] == ["j2"]
    assert [j.id for j in due_for_review(project, date(2026, 7, 1))] == ["j1", "j2"]
    project.review_every_months = None
    assert [j.id for j in due_for_review(project, date(2027, 1, 1))] == ["j2"]


def test_review_fields_change_through_named_changes_that_undo():
    project = linked_project(1)
    before = project.model_copy(deep=True)
    changes = [
        C.set_review(project, "j2", "owner", "Léa Martin"),
        C.set_review(project, "j2", "status", JourneyStatus.VALIDATED),
        C.set_review(project, "j2", "last_review", date(2026, 3, 2)),
        C.set_review(project, "j2", "next_review", date(2026, 9, 2)),
        C.set_review_interval(project, 6),
    ]
    assert all(isinstance(change, Change) for change in changes)
    assert [c.say("en") for c in changes] == ["Change owner", "Change status", "Change last review date", "Change next review date",
                                              "Change review interval"]
    assert changes[1].say("fr") == "Modifier le statut"
    for change in reversed(changes):
        change.inverse.apply(project)
    assert project == before


def test_a_review_interval_out_of_bounds_is_refused():
    project = linked_project(1)
    assert isinstance(C.set_review_interval(project, 0), Refusal)
    assert isinstance(C.set_review_interval(project, 121), Refusal)
    with pytest.raises(ValidationError):
        Journey.model_validate({"title": "J", "next_review": "2026-03-14T10:00:00"})


def test_a_status_has_a_title_in_either_language():
    assert status_title(JourneyStatus.OUTDATED, "en") == "Outdated"
    assert status_title(JourneyStatus.OUTDATED, "fr") == "Obsolète"
