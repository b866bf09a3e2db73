"""Voting rounds in the file: strict like the rest of the model, and kept through save and load."""

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
