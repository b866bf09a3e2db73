"""Every verb is one undo step: redo → undo → redo gives back the same model each time, without a window."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest

from builders import small_project
from cjdesigner.app.document import Document
from cjdesigner.app.verbs import Verbs
from cjdesigner.model.document import Card, Journey, Persona, Stage
from cjdesigner.model.vocabulary import LaneKind

ROOT = Path(__file__).resolve().parents[1] / "cjdesigner"


def dump(document: Document) -> str:
    return document.project.model_dump_json(exclude={"modified"})


VERB_CALLS: dict[str, Callable[[Verbs], object]] = {
    "set_fields": lambda v: v.set_fields("card", "a", severity=4, notes="n"),
    "set_card_text": lambda v: v.set_card_text("b", "Réserver « vite »"),
    "rename stage": lambda v: v.rename("stage", "s1", "Découverte"),
    "rename lane": lambda v: v.rename("lane", "pains", "Irritants"),
    "rename persona": lambda v: v.rename("persona", "p-bo", "Bob"),
    "rename journey": lambda v: v.rename("journey", "j1", "Future"),
    "add_card": lambda v: v.add_card("s2", "actions", 0, text="new"),
    "add_cards": lambda v: v.add_cards([Card(stage_id="s1", lane_id="pains", text=t) for t in "xyz"]),
    "paste_cards": lambda v: v.paste_cards([Card(stage_id="s1", lane_id="pains", text="p")]),
    "move_cards": lambda v: v.move_cards(["a", "c"], "s2", "pains", 0),
    "duplicate_cards": lambda v: v.duplicate_cards(["a", "c", "d"]),
    "delete_cards": lambda v: v.delete_cards(["a", "b"]),
    "add_persona_badge": lambda v: v.add_persona_badge("p-bo", ["a", "b"]),
    "add_stage": lambda v: v.add_stage(1),
    "add_lane": lambda v: v.add_lane(LaneKind.OPPORTUNITIES),
    "hide_lane": lambda v: v.hide_lane("pains"),
    "set lane kind": lambda v: v.set_fields("lane", "pains", None, kind=LaneKind.NOTES),
    "set emotion label": lambda v: v.set_fields("emotion_point", "e1", None, label="ouf"),
    "remove_stage": lambda v: v.remove_stage("s1"),
    "remove_lane": lambda v: v.remove_lane("actions"),
    "move_stage": lambda v: v.move_stage("s2", 0),
    "move_lane": lambda v: v.move_lane("pains", 0),
    "duplicate_stage": lambda v: v.duplicate_stage("s1"),
    "duplicate_lane": lambda v: v.duplicate_lane("actions"),
    "set_emotion": lambda v: v.set_emotion("s2", "p-ana", -1),
    "remove_emotion_point": lambda v: v.remove_emotion_point("e1"),
    "add_persona": lambda v: v.add_persona(Persona(name="Chloé", colour="#118833")),
    "add a new persona": lambda v: v.add_persona(),
    "remove_persona": lambda v: v.remove_persona("p-ana"),
    "add_journey": lambda v: v.add_journey(Journey(title="Future", stages=[Stage(name="S")])),
    "add a journey like this one": lambda v: v.add_journey(),
    "duplicate_journey": lambda v: v.duplicate_journey(),
    "import_journey": lambda v: v.import_journey(
        Journey(title="Importé", persona_ids=["p-zoe", "p-ana"], stages=[Stage(name="S")]), [Persona(id="p-zoe", name="Zoé")]
    ),
    "start_voting_round": lambda v: v.start_voting_round("Priorités", 2, ["Ana", "Bo"], hidden=True),
    "add_vote without a round": lambda v: v.add_vote("a"),
    "add_vote in a round": lambda v: v.add_vote("b", "Ana"),
    "remove_vote without a round": lambda v: v.remove_vote("a"),
    "remove_vote in a round": lambda v: v.remove_vote("b", "Bo"),
    "reveal_voting_round": lambda v: v.reveal_voting_round(),
    "end_voting_round": lambda v: v.end_voting_round(),
    "capture_card into a new parking lot": lambda v: v.capture_card("s2", "Idée « vite »"),
    "capture_card into a lane": lambda v: v.capture_card("s1", "note", "pains"),
    "replace_project": lambda v: v.replace_project(small_project().model_copy(update={"title": "Earlier"})),
    "link_pain_point": lambda v: v.link_pain_point("b", "d"),
    "unlink_pain_point": lambda v: v.unlink_pain_point("c", "d"),
    "set_impact_effort": lambda v: v.set_impact_effort("b", 5, 2),
    "import_card_rows": lambda v: v.import_card_rows(
        read_card_rows_from_text("stage,lane,text,personas\nNew,Actions,hello,Zoé\n")
    ),
}


def read_card_rows_from_text(text: str):
    from cjdesigner.io.csv_cards import parse_card_rows

    return parse_card_rows(text).rows


def _round(verbs: Verbs) -> object:
    return verbs.start_voting_round("R", 2, ["Ana", "Bo"], hidden=True)


# What a verb needs to find before it runs (a round under way, a vote to take back).
VERB_SETUP: dict[str, Callable[[Verbs], object]] = {
    "add_vote in a round": _round,
    "remove_vote without a round": lambda v: v.set_fields("card", "a", votes=2),
    "remove_vote in a round": lambda v: _round(v) and v.add_vote("b", "Bo"),
    "reveal_voting_round": _round,
    "end_voting_round": _round,
    "unlink_pain_point": lambda v: v.link_pain_point("c", "d"),
}


def _hide_lane(verbs: Verbs) -> None:
    verbs.set_fields("lane", "pains", hidden=True)
    verbs.document.undo_stack.setClean()


@pytest.mark.parametrize("name", sorted(VERB_CALLS))
def test_every_verb_is_one_step_that_redoes_and_undoes_exactly(name):
    document = Document(small_project())
    verbs = Verbs(document)
    if name in VERB_SETUP:
        assert VERB_SETUP[name](verbs)
        document.undo_stack.clear()
    before = dump(document)
    assert VERB_CALLS[name](verbs)
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText()
    after = dump(document)
    assert after != before
    for _ in range(2):
        document.undo_stack.undo()
        assert dump(document) == before
        document.undo_stack.redo()
        assert dump(document) == after


def test_show_lanes_is_one_step():
    document = Document(small_project())
    verbs = Verbs(document)
    _hide_lane(verbs)
    before = dump(document)
    assert verbs.show_lanes(["pains"])
    after = dump(document)
    document.undo_stack.undo()
    assert dump(document) == before
    document.undo_stack.redo()
    assert dump(document) == after


def test_remove_journey_keeps_at_least_one():
    document = Document(small_project())
    verbs = Verbs(document)
    refused: list[str] = []
    document.refused.connect(refused.append)
    assert not verbs.remove_journey("j1")
    assert refused and document.undo_stack.count() == 0


def test_a_refused_verb_pushes_nothing():
    document = Document(small_project())
    verbs = Verbs(document)
    assert not verbs.set_fields("card", "a", severity=9)
    assert document.undo_stack.count() == 0


def _calls_of_model_edits(path: Path) -> list[str]:
    """Names in a module that reach the model's edit functions or the undo stack directly."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "cjdesigner.model.edits":
            found.append(f"imports {node.module}")
        if isinstance(node, ast.ImportFrom) and node.module == "cjdesigner.model" and any(a.name == "edits" for a in node.names):
            found.append("imports cjdesigner.model.edits")
        if isinstance(node, ast.Attribute) and node.attr in {"execute", "push"}:
            found.append(f".{node.attr}()")
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in {"undo", "redo", "setIndex"}
            and "stack" in ast.unparse(node.func.value)
        ):
            found.append(f"{ast.unparse(node.func)}()")
    return found


@pytest.mark.parametrize(
    "path", sorted([*(ROOT / "ui").rglob("*.py"), *(ROOT / "canvas").rglob("*.py")]), ids=lambda p: str(p.relative_to(ROOT))
)
def test_no_window_or_panel_edits_the_model_itself(path):
    assert _calls_of_model_edits(path) == []


def test_a_round_counts_each_dot_on_the_card_and_keeps_the_budget():
    document = Document(small_project())
    verbs = Verbs(document)
    refused: list[str] = []
    document.refused.connect(refused.append)
    verbs.set_fields("card", "a", votes=5)
    verbs.start_voting_round("Priorités", 2, ["Ana", "Bo"], hidden=True)
    assert verbs.add_vote("a", "Ana") and verbs.add_vote("b", "Ana")
    assert not verbs.add_vote("c", "Ana")  # two dots each
    assert "Ana has no dots left" in refused[-1]
    assert not verbs.add_vote("c", "Zoé")
    assert verbs.add_vote("a", "Bo")
    journey = document.journey
    assert journey.card("a").votes == 7 and journey.card("b").votes == 1
    assert journey.open_round().counts() == {"a": 2, "b": 1}
    assert not verbs.remove_vote("c", "Bo")  # Bo put no dot there
    assert verbs.remove_vote("a", "Bo") and journey.card("a").votes == 6
    assert verbs.end_voting_round() and journey.open_round() is None
    assert journey.voting_rounds[0].revealed
    assert verbs.add_vote("c") and journey.card("c").votes == 1  # no round: the card's own votes


def test_capture_adds_the_parking_lot_once():
    document = Document(small_project())
    verbs = Verbs(document)
    first = verbs.capture_card("s1", "  une idée  ")
    second = verbs.capture_card("s2", "une autre")
    lanes = [lane for lane in document.journey.lanes if lane.kind is LaneKind.PARKING_LOT]
    assert len(lanes) == 1 and lanes[0].title == "Parking lot"
    assert document.journey.card(first).text == "une idée"
    assert document.journey.card(second).lane_id == lanes[0].id
    assert document.undo_stack.count() == 2


def test_links_refuse_a_card_that_is_not_a_pain_point_and_deleting_it_drops_them_with_undo():
    document = Document(small_project())
    verbs = Verbs(document)
    refused: list[str] = []
    document.refused.connect(refused.append)
    assert not verbs.link_pain_point("b", "a")  # "a" is an action
    assert "not a pain point" in refused[-1] and document.undo_stack.count() == 0
    assert verbs.link_pain_point("b", "d") and verbs.link_pain_point("c", "d")
    assert not verbs.link_pain_point("b", "d")  # already linked: no empty undo step
    before = dump(document)
    assert verbs.delete_cards(["d"])
    assert document.journey.card("b").answers == [] and document.journey.card("c").answers == []
    document.undo_stack.undo()
    assert dump(document) == before and document.journey.card("b").answers == ["d"]


def test_impact_and_effort_change_together_and_are_refused_together():
    document = Document(small_project())
    verbs = Verbs(document)
    assert not verbs.set_impact_effort("b", 4, 6)
    assert document.journey.card("b").impact is None and document.undo_stack.count() == 0
    assert verbs.set_impact_effort("b", 4, 2)
    document.undo_stack.undo()
    assert (document.journey.card("b").impact, document.journey.card("b").effort) == (None, None)
