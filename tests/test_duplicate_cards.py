"""Edit → Duplicate (Ctrl+D): a copy of each selected card right after it, one undo step, the copies selected."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from builders import cell_texts, small_project
from cjdesigner.app.document import Document
from cjdesigner.model.edits import duplicate_cards


def test_each_copy_lands_right_after_its_original_and_keeps_its_content():
    project = small_project()
    duplicate_cards(project, "j1", ["a", "c", "d"], ["a2", "c2", "d2"])
    journey = project.journeys[0]
    assert [c.id for c in journey.cell_cards("s1", "actions")] == ["a", "a2", "b", "c", "c2"]
    assert [c.position for c in journey.cell_cards("s1", "actions")] == [0, 1, 2, 3, 4]
    assert cell_texts(project, "s2", "pains") == ["D", "D"]
    copy = journey.card("a2")
    assert copy.persona_ids == ["p-ana"] and copy.persona_ids is not journey.card("a").persona_ids
    assert journey.card("d2").severity == 3


def test_ctrl_d_duplicates_the_selection_in_one_undo_step_and_selects_the_copies(window, qtbot):
    action = window.action("edit.duplicate")
    assert QKeySequence("Ctrl+D") in action.shortcuts()
    assert action in window.menuBar().actions()[1].menu().actions()
    document: Document = window.document
    window.scene.select_cards(["b"])
    before = document.undo_stack.count()
    action.trigger()
    assert document.undo_stack.count() == before + 1
    ids = [c.id for c in document.journey.cell_cards("s1", "actions")]
    assert len(ids) == 4 and ids[:2] == ["a", "b"] and ids[3] == "c"
    assert window.scene.selected_card_ids() == [ids[2]]
    assert document.journey.card(ids[2]).text == "B"
    document.undo_stack.undo()
    assert [c.id for c in document.journey.cell_cards("s1", "actions")] == ["a", "b", "c"]
