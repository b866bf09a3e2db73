"""Voting rounds in the model and the file: each participant's budget of dots, counts hidden until
revealed, strict like the rest of the model, and kept through save and load. No Qt."""

from __future__ import annotations

import json

import pytest

from builders import small_project
from cjdesigner.io.cjmap import LoadError, dumps_project, load_project
from cjdesigner.model.document import Vote, VotingRound


def _file_with_round(tmp_path, **fields):
    project = small_project()
    project.journeys[0].voting_rounds.append(VotingRound(id="r1", name="Top", participants=["Ana"], votes=[Vote(participant="Ana", card_id="a")]))
    raw = json.loads(dumps_project(project))
    raw["journeys"][0]["voting_rounds"][0].update(fields)
    path = tmp_path / "map.cjmap"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_a_round_survives_save_and_load(tmp_path):
    loaded = load_project(_file_with_round(tmp_path))
    (voting_round,) = loaded.journeys[0].voting_rounds
    assert voting_round.counts() == {"a": 1} and voting_round.spent("Ana") == 1
    assert loaded.journeys[0].open_round() is voting_round


@pytest.mark.parametrize(
    ("fields", "where"),
    [({"budget": "3"}, "budget"), ({"budget": 0}, "budget"), ({"hidden": 1}, "hidden"), ({"votes": [{"card_id": "a/b"}]}, "card_id")],
)
def test_a_broken_round_is_refused_with_its_path(tmp_path, fields, where):
    with pytest.raises(LoadError) as error:
        load_project(_file_with_round(tmp_path, **fields))
    message = str(error.value)
    assert "voting_rounds[0]" in message and where in message
    assert "Traceback" not in message and "pydantic" not in message


def test_each_participant_has_the_budget_less_the_dots_placed_and_never_below_none():
    voting_round = VotingRound(budget=2, participants=["Ana", "Bo"], votes=[
        Vote(participant="Ana", card_id="a"), Vote(participant="Ana", card_id="b"), Vote(participant="Ana", card_id="c"),
        Vote(participant="Bo", card_id="a"),
    ])
    assert (voting_round.dots_left("Ana"), voting_round.dots_left("Bo"), voting_round.dots_left("Cy")) == (0, 1, 2)
    assert VotingRound(budget=2, votes=[Vote(card_id="a")] * 5).dots_left("") is None, "a round without participants has no budget"


def test_counts_stay_hidden_from_the_room_until_revealed():
    assert VotingRound(hidden=True).counts_hidden()
    assert not VotingRound(hidden=True, revealed=True).counts_hidden()
    assert not VotingRound().counts_hidden()
