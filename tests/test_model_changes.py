"""Edits as values below Qt: a change names itself and a refusal says why in the language asked
(a phone may speak French to an English window), and a change's forward edit makes it again."""

from cjdesigner.model import changes as C
from cjdesigner.model.change import Change, Refusal
from cjdesigner.model.diff import compare
from cjdesigner.model.document import Card, VotingRound
from builders import small_project


def test_a_refusal_is_said_in_either_language_and_changes_nothing():
    project = small_project()
    assert isinstance(C.start_voting_round(project, "j1", VotingRound(budget=1, participants=["Ana"])), Change)
    assert isinstance(C.add_vote(project, "j1", "a", "Ana"), Change)
    before = project.model_copy(deep=True)
    refusal = C.add_vote(project, "j1", "b", "Ana")
    assert isinstance(refusal, Refusal) and project == before
    assert refusal.say("en") == "voting_rounds: Ana has no dots left"
    assert refusal.say("fr") == "voting_rounds: Ana n’a plus de gommettes"


def test_a_rule_of_the_model_refuses_with_its_problems():
    project = small_project()
    refusal = C.remove_journey(project, "j1")
    assert isinstance(refusal, Refusal) and refusal.problems[0].path == "journeys"
    assert refusal.say("en") == "journeys: a project keeps at least one journey"
    assert refusal.say("fr") == "journeys: un projet garde au moins un parcours"


def test_a_change_names_itself_in_either_language_and_knows_its_diff():
    project = small_project()
    before = project.model_copy(deep=True)
    change = C.move_cards(project, "j1", ["a", "b"], "s2", "pains", 0)
    assert isinstance(change, Change)
    assert change.say("en") == "Move 2 cards" and change.say("fr") == "Déplacer 2 cartes"
    assert change.diff.cards.moved == {"a", "b"} and change.diff == compare(before, project)


def test_a_vote_names_the_card_whose_dots_changed():
    project = small_project()
    C.start_voting_round(project, "j1", VotingRound(budget=2))
    change = C.add_vote(project, "j1", "c", "Bo")
    assert isinstance(change, Change) and change.diff.votes == {"c"}


def test_an_added_card_is_named_by_the_diff():
    project = small_project()
    card = Card(stage_id="s1", lane_id="actions", text="new")
    change = C.add_card(project, "j1", card, 0)
    assert isinstance(change, Change) and change.diff.cards.added == {card.id}
    assert change.diff.cards.shifted == {"a", "b", "c"}
