"""Metrics, goals, pain point weights, opportunity links and the ranked backlog, unscored cards last
(no Qt)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from builders import small_project
from decisions_builders import decisions_project
from cjdesigner.io import migrations
from cjdesigner.io.cjmap import dumps_project, load_project, loads_project
from cjdesigner.io.errors import LoadError
from cjdesigner.model import edits as E
from cjdesigner.model.backlog import Quadrant, backlog, quadrant, weight
from cjdesigner.model.document import Card, Frequency, Lane
from cjdesigner.model.invariants import ModelError
from cjdesigner.model.vocabulary import LaneKind, OpportunityStatus, status_for_name

GOLDEN = Path(__file__).parent / "golden"


def opportunities_project():
    """small_project with an opportunity lane: pains d (s2), p2 (s1); opportunities o1..o4."""
    project = small_project()
    journey = project.journeys[0]
    journey.lanes.append(Lane(id="opps", title="Opportunities", kind=LaneKind.OPPORTUNITIES))
    journey.cards[3].frequency = Frequency(count=3, total=12)  # d: 3 × 0.25 = 0.75
    journey.cards.append(Card(id="p2", stage_id="s1", lane_id="pains", severity=2, frequency=Frequency(percent=50)))  # 1.0
    journey.cards += [
        Card(id="o1", stage_id="s1", lane_id="opps", position=0, text="o1", impact=4, effort=2, answers=["d"], votes=9),
        Card(id="o2", stage_id="s1", lane_id="opps", position=1, text="o2", impact=2, effort=1, answers=["p2"], votes=0),
        Card(id="o3", stage_id="s2", lane_id="opps", position=0, text="o3", impact=2, effort=1, answers=["p2"], votes=5),
        Card(id="o4", stage_id="s2", lane_id="opps", position=1, text="o4"),
        Card(id="o5", stage_id="s2", lane_id="opps", position=2, text="o5", impact=5, effort=5, answers=["d", "p2"]),
    ]
    return project


def test_weight_is_severity_times_frequency():
    journey = opportunities_project().journeys[0]
    assert weight(journey.card("d")) == pytest.approx(0.75)
    assert weight(journey.card("p2")) == pytest.approx(1.0)
    assert weight(journey.card("a")) == 0.0  # no severity, no frequency


def test_backlog_ranks_by_ratio_then_weight_then_votes_then_map_order():
    rows = backlog(opportunities_project().journeys[0])
    # o1, o2, o3 all score 2.0: o2 and o3 answer p2 (1.0) > o1 answers d (0.75); o3 has more votes than o2.
    assert [r.card.id for r in rows] == ["o3", "o2", "o1", "o5", "o4"]
    assert [r.rank for r in rows] == [1, 2, 3, 4, 5]
    o5 = rows[3]
    assert o5.score == 1.0 and o5.answered_weight == pytest.approx(1.75) and o5.stage == "Buy"
    assert [p.id for p in o5.pain_points] == ["d", "p2"] and o5.quadrant is Quadrant.BIG_BETS
    assert rows[4].score is None and rows[4].status is OpportunityStatus.OPEN


def test_equal_rows_keep_the_map_order():
    project = opportunities_project()
    for card in project.journeys[0].cards:
        if card.id.startswith("o"):
            card.impact, card.effort, card.answers, card.votes = 3, 3, [], 0
    assert [r.card.id for r in backlog(project.journeys[0])] == ["o1", "o2", "o3", "o4", "o5"]


@pytest.mark.parametrize(
    ("impact", "effort", "expected"),
    [(4, 3, Quadrant.QUICK_WINS), (5, 1, Quadrant.QUICK_WINS), (4, 4, Quadrant.BIG_BETS), (3, 3, Quadrant.FILL_INS),
     (1, 1, Quadrant.FILL_INS), (3, 4, Quadrant.MONEY_PITS), (1, 5, Quadrant.MONEY_PITS)],
)
def test_quadrants_cut_above_three(impact, effort, expected):
    assert quadrant(impact, effort) is expected


def test_status_names_in_both_languages():
    assert status_for_name("En cours") is OpportunityStatus.IN_PROGRESS
    assert status_for_name("dropped") is OpportunityStatus.DROPPED
    assert status_for_name("abandonnée") is OpportunityStatus.DROPPED
    assert status_for_name("maybe") is None


@pytest.mark.parametrize(
    "values",
    [{"count": 5, "total": 4}, {"count": 1}, {"percent": 101.0}, {"percent": 10.0, "total": 3}, {"count": 0, "total": 0}],
)
def test_a_frequency_that_does_not_add_up_is_refused(values):
    project = opportunities_project()
    with pytest.raises(ModelError, match="card.frequency"):
        E.set_fields(project, E.Ref("card", "d", "j1"), frequency=values)
    assert project.journeys[0].card("d").frequency == Frequency(count=3, total=12)


@pytest.mark.parametrize(
    "values",
    [{"value": "12"}, {"value": True}, {"target": float("inf")}, {"impact": 0}, {"effort": 6}, {"impact": 2.0},
     {"status": "maybe"}, {"unit": "x" * 25}, {"measured_on": "2026-03-14T10:00:00Z"}, {"measured_on": 20260314}],
)
def test_new_card_fields_are_strict(values):
    project = opportunities_project()
    with pytest.raises(ModelError):
        E.set_fields(project, E.Ref("card", "o4", "j1"), **values)


def test_a_link_to_a_card_that_is_not_a_pain_point_of_the_journey_is_refused():
    project = opportunities_project()
    for target in ("a", "nowhere", "o1"):
        with pytest.raises(ModelError, match="not a pain point"):
            E.set_fields(project, E.Ref("card", "o4", "j1"), answers=[target])
    with pytest.raises(ModelError, match="same pain point twice"):
        E.set_fields(project, E.Ref("card", "o4", "j1"), answers=["d", "d"])


@pytest.mark.parametrize(
    "remove",
    [
        lambda p: E.remove_cards(p, "j1", ["d"]),
        lambda p: E.remove_stage(p, "j1", "s2"),
        lambda p: E.remove_lane(p, "j1", "pains"),
        lambda p: E.move_cards(p, "j1", ["d"], "s2", "actions", 0),
    ],
    ids=["remove card", "remove stage", "remove lane", "move out of pain points"],
)
def test_a_pain_point_going_away_drops_its_links_exactly_and_undo_restores_them(remove):
    project = opportunities_project()
    before = project.model_dump()
    inverse = remove(project)
    assert all("d" not in c.answers for c in project.journeys[0].cards)
    inverse.apply(project)
    assert project.model_dump() == before


def test_changing_the_kind_of_a_linked_pain_lane_drops_its_links_in_the_same_edit():
    project = opportunities_project()
    E.set_fields(project, E.Ref("lane", "pains", "j1"), kind=LaneKind.NOTES)
    pains = {card.id for card in project.journeys[0].cards if card.lane_id == "pains"}
    assert all(pains.isdisjoint(card.answers) for card in project.journeys[0].cards)


def test_a_duplicated_journey_links_its_own_pain_points():
    project = opportunities_project()
    _, twin_id = E.duplicate_journey(project, "j1")
    twin = project.journey(twin_id)
    o5 = next(c for c in twin.cards if c.text == "o5")
    assert sorted(twin.card(a).severity for a in o5.answers) == [2, 3]


def test_pasted_cards_keep_only_the_links_that_hold_in_their_journey():
    project = opportunities_project()
    _, twin_id = E.duplicate_journey(project, "j1")
    pasted = project.journeys[0].card("o5").model_copy(update={"id": "pasted"})
    E.add_cards(project, twin_id, [pasted.model_copy(update={"stage_id": project.journey(twin_id).stages[0].id,
                                                               "lane_id": project.journey(twin_id).lanes[2].id})])
    assert project.journey(twin_id).card("pasted").answers == []


def test_stage_goal_of_version_one_becomes_a_list_and_empty_goals_are_dropped():
    raw = json.loads((GOLDEN / "v1.cjmap").read_text(encoding="utf-8"))
    raw["journeys"][0]["stages"][1]["goal"] = "  "
    project = loads_project(json.dumps(raw).encode())
    stages = project.journeys[0].stages
    assert stages[0].goals == ["Découvrir une solution au besoin"] and stages[1].goals == []
    assert "goal" not in stages[0].unknown_fields()


def test_version_one_golden_saves_as_the_version_two_golden():
    assert dumps_project(load_project(GOLDEN / "v1.cjmap")) == dumps_project(load_project(GOLDEN / "v2.cjmap"))


def test_a_stage_goal_that_is_not_text_is_refused_with_its_place():
    raw = json.loads((GOLDEN / "v1.cjmap").read_text(encoding="utf-8"))
    raw["journeys"][0]["stages"][0]["goal"] = 5
    with pytest.raises(LoadError, match="stages"):
        loads_project(json.dumps(raw).encode())


def test_metrics_round_trip_through_the_file():
    project = opportunities_project()
    E.set_fields(project, E.Ref("card", "a", "j1"), value=1e-05, unit="%", target=12000.5, metric_source="Analytics",
                 measured_on="2026-03-14", goal="Trouver vite")
    E.set_fields(project, E.Ref("stage", "s1", "j1"), goals=["Découvrir", "Comparer"])
    data = dumps_project(project)
    again = loads_project(data)
    assert again == project and dumps_project(again) == data
    assert b'"value": 1e-05' in data and b'"measured_on": "2026-03-14"' in data


def test_unscored_cards_come_last_ranked_by_the_pain_they_answer_then_votes_then_the_map():
    project = decisions_project(unscored=("First on the map", "Second, more votes", "Third, answers a pain"))
    journey = project.journeys[0]
    cards = []
    for card in journey.cards:
        if card.id == "unscored-1":
            card = card.model_copy(update={"votes": 4})
        if card.id == "unscored-2":
            card = card.model_copy(update={"answers": ["pain"]})
        cards.append(card)
    ranked = [row.card.id for row in backlog(journey.model_copy(update={"cards": cards}))]
    assert ranked[-3:] == ["unscored-2", "unscored-1", "unscored-0"]
