"""The backlog's order of the cards not yet scored, as its docstring and the README state it."""

from __future__ import annotations

from decisions_builders import decisions_project
from cjdesigner.model.backlog import backlog


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
