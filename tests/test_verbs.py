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
    "replace_project": lambda v: v.replace_project(small_project().model_copy(update={"title": "Earlier"})),
    "import_card_rows": lambda v: v.import_card_rows(
        read_card_rows_from_text("stage,lane,text,personas\nNew,Actions,hello,Zoé\n")
    ),
}


def read_card_rows_from_text(text: str):
    from cjdesigner.io.csv_cards import parse_card_rows

    return parse_card_rows(text).rows


def _hide_lane(verbs: Verbs) -> None:
    verbs.set_fields("lane", "pains", hidden=True)
    verbs.document.undo_stack.setClean()


@pytest.mark.parametrize("name", sorted(VERB_CALLS))
def test_every_verb_is_one_step_that_redoes_and_undoes_exactly(name):
    document = Document(small_project())
    verbs = Verbs(document)
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
    return found


@pytest.mark.parametrize("path", sorted((ROOT / "ui").glob("*.py")), ids=lambda p: p.name)
def test_no_window_or_panel_edits_the_model_itself(path):
    assert _calls_of_model_edits(path) == []
