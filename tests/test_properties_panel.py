"""The properties panel: it reads back what it shows (numbers of thousands and decimals in English
and French, no undo step for a field left as it was, an ambiguous number refused with a sentence); a
count is not scolded before its total is typed; choices speak the interface's language; a lane
that stops being the pain points loses its links in the same step; a refused edit shows the model's
value again; lanes and emotion points are edited there too, long quotes and titles read whole."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from builders import small_project
from qt_helpers import properties_field, properties_problem
from cjdesigner.model import edits
from cjdesigner.model.document import Card, Lane
from cjdesigner.model.invariants import ModelError, Problem
from cjdesigner.model.vocabulary import Confidence, LaneKind, Language, OpportunityStatus
from cjdesigner.ui.preferences import install_translators
from cjdesigner.ui.properties import PropertiesPanel


def metrics_project():
    """The small project with a metrics lane: "Visiteurs du site" counts 48000, aiming at 1200.5;
    an opportunity "o" answers the pain point "d"; the map is in French."""
    project = small_project()
    project.language = Language.FR
    journey = project.journeys[0]
    journey.lanes += [Lane(id="kpis", title="Indicateurs", kind=LaneKind.METRICS), Lane(id="opps", title="Pistes", kind=LaneKind.OPPORTUNITIES)]
    journey.cards += [
        Card(id="m", stage_id="s1", lane_id="kpis", text="Visiteurs du site", value=48000, target=1200.5),
        Card(id="o", stage_id="s2", lane_id="opps", text="Offrir un chat", answers=["d"], status=OpportunityStatus.DONE),
        Card(id="o2", stage_id="s1", lane_id="opps", text="Rappeler", answers=["d"]),
    ]
    return project


@pytest.fixture(params=["en", "fr"])
def interface(request, window):
    """The window on the metrics project, its interface in English or in French."""
    install_translators(request.param)
    request.addfinalizer(lambda: install_translators("en"))
    window.session.new(metrics_project())
    return window, request.param


@pytest.fixture
def english(window):
    install_translators("en")
    window.session.new(metrics_project())
    return window


def press_enter_in(qtbot, edit: QLineEdit) -> None:
    """Click the field, then press Enter, as a user checking a value does."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def type_and_enter(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    edit.setText(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


# --- numbers ---------------------------------------------------------------------------------


def test_enter_on_a_number_left_as_shown_changes_nothing(interface, qtbot):
    window, language = interface
    window.scene.select_cards(["m"])
    value, target = properties_field(window, QLineEdit, "field-value"), properties_field(window, QLineEdit, "field-target")
    assert value.text() == "48000"
    assert target.text() == ("1200,5" if language == "fr" else "1200.5")
    press_enter_in(qtbot, value)
    press_enter_in(qtbot, target)
    card = window.document.journey.card("m")
    assert (card.value, card.target) == (48000, 1200.5)
    assert window.document.undo_stack.count() == 0, "no undo step for a field whose text did not change"


def test_enter_on_a_number_with_more_digits_than_shown_keeps_it(english, qtbot):
    """A value imported with 17 digits shows rounded to 15; leaving the field as shown keeps all 17."""
    window = english
    window.verbs.set_fields("card", "m", None, value=0.1 + 0.2)
    steps = window.document.undo_stack.count()
    window.scene.select_cards(["m"])
    press_enter_in(qtbot, properties_field(window, QLineEdit, "field-value"))
    assert window.document.journey.card("m").value == 0.1 + 0.2
    assert window.document.undo_stack.count() == steps


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ({"en": "65000", "fr": "65000"}, 65000),
        ({"en": "1,234,567.25", "fr": "1\u202f234\u202f567,25"}, 1234567.25),
        ({"en": "1 200.5", "fr": "1\u00a0200,5"}, 1200.5),
        ({"en": "0.75", "fr": "0,75"}, 0.75),
    ],
)
def test_numbers_of_thousands_and_decimals_round_trip(interface, qtbot, typed, stored):
    window, language = interface
    window.scene.select_cards(["m"])
    value = properties_field(window, QLineEdit, "field-value")
    type_and_enter(qtbot, value, typed[language])
    assert window.document.journey.card("m").value == stored
    assert window.document.undo_stack.count() == 1
    shown = value.text()
    press_enter_in(qtbot, value)
    assert window.document.journey.card("m").value == stored
    assert window.document.undo_stack.count() == 1, f"{shown!r} read back as another number"


def test_an_ambiguous_number_is_refused_with_a_sentence_naming_the_field(english, qtbot):
    window = english
    window.scene.select_cards(["m"])
    before = window.document.project.model_dump(mode="json")
    type_and_enter(qtbot, properties_field(window, QLineEdit, "field-value"), "65,000")
    assert window.document.project.model_dump(mode="json") == before
    assert window.document.undo_stack.count() == 0
    sentence = properties_problem(window)
    assert sentence.startswith("Value:") and "“65,000”" in sentence and "65000" in sentence and "65.000" in sentence
    assert "Nothing was changed" in sentence


# --- a count before its total --------------------------------------------------------------------


def test_a_count_typed_before_its_total_is_not_an_error(english, qtbot):
    window = english
    window.scene.select_cards(["d"])
    mode = properties_field(window, QComboBox, "frequency-mode")
    mode.setCurrentIndex(mode.findData("count"))
    mode.activated.emit(mode.currentIndex())
    count, total = properties_field(window, QSpinBox, "frequency-count"), properties_field(window, QSpinBox, "frequency-total")
    count.setValue(3)
    assert properties_problem(window) == "", "the user has not reached the total yet"
    total.setValue(12)
    assert window.document.journey.card("d").frequency.count == 3
    assert window.document.journey.card("d").frequency.total == 12
    total.setValue(0)
    assert "at least 1" in properties_problem(window), "a total set back to none is a mistake, said when it is made"
    assert window.document.journey.card("d").frequency.total == 12


# --- the interface's language ----------------------------------------------------------------------


def test_choices_of_the_panel_speak_the_interface_language_not_the_maps(english):
    window = english
    window.scene.select_cards(["o"])
    status = properties_field(window, QComboBox, "field-status")
    assert [status.itemText(i) for i in range(status.count())] == ["Open", "In progress", "Done", "Dropped"]
    assert status.currentText() == "Done"
    window.verbs.set_fields("card", "b", "confidence", confidence=Confidence.VALIDATED)
    window.scene.select_cards(["b"])
    confidence = properties_field(window, QComboBox, "field-confidence")
    assert [confidence.itemText(i) for i in range(confidence.count())] == ["—", "Assumption", "Partly backed", "Validated"]


# --- a lane's kind, and refused edits ---------------------------------------------------------------


def choose_kind(window, kind: LaneKind) -> QComboBox:
    window.properties.show_object("lane", "pains")
    combo = properties_field(window, QComboBox, "field-kind")
    combo.setCurrentIndex(combo.findData(kind))
    combo.activated.emit(combo.currentIndex())
    return combo


def test_a_pain_points_lane_changed_to_another_kind_loses_its_links_in_one_step(english):
    window = english
    document = window.document
    combo = choose_kind(window, LaneKind.ACTIONS)
    journey = document.journey
    assert journey.lane("pains").kind is LaneKind.ACTIONS
    assert (journey.card("o").answers, journey.card("o2").answers) == ([], [])
    assert document.undo_stack.count() == 1 and document.undo_stack.undoText() == "Change Kind"
    assert window.statusBar().currentMessage() == "Removed 2 links from opportunities to the pain points of this lane"
    assert combo.currentData() == LaneKind.ACTIONS
    document.undo_stack.undo()
    journey = document.journey
    assert journey.lane("pains").kind is LaneKind.PAIN_POINTS
    assert (journey.card("o").answers, journey.card("o2").answers) == (["d"], ["d"])
    assert combo.currentData() == LaneKind.PAIN_POINTS


def test_a_refused_edit_leaves_the_editor_showing_the_models_value(english, monkeypatch):
    window = english

    def refuse(project, ref, **values):
        raise ModelError([Problem("lane", "refused for the test")])

    monkeypatch.setattr(edits.set_fields, "plan", refuse)
    combo = choose_kind(window, LaneKind.METRICS)
    assert window.document.journey.lane("pains").kind is LaneKind.PAIN_POINTS
    assert window.document.undo_stack.count() == 0
    assert combo.currentData() == LaneKind.PAIN_POINTS, "the editor shows what the map holds"


def test_a_refused_card_field_shows_the_models_value_again(english, monkeypatch):
    window = english
    window.scene.select_cards(["o"])

    def refuse(project, ref, **values):
        raise ModelError([Problem("card", "refused for the test")])

    monkeypatch.setattr(edits.set_fields, "plan", refuse)
    status = properties_field(window, QComboBox, "field-status")
    status.setCurrentIndex(status.findData(OpportunityStatus.DROPPED))
    status.activated.emit(status.currentIndex())
    assert window.document.journey.card("o").status is OpportunityStatus.DONE
    assert status.currentData() == OpportunityStatus.DONE


def test_properties_change_a_lane_kind_and_an_emotion_point_label(window, qtbot):
    window.scene.lane_items["pains"].setSelected(True)
    assert (window.properties.kind, window.properties.object_id) == ("lane", "pains")
    combo = window.properties.findChild(QComboBox, "field-kind")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert window.document.journey.lane("pains").kind == LaneKind.EMOTIONS
    assert window.document.undo_stack.count() == 1

    window.scene.clearSelection()
    window.scene.point_items["e1"].setSelected(True)
    assert window.properties.kind == "emotion_point"
    label = window.properties.findChild(QLineEdit, "field-label")
    label.setFocus()
    qtbot.keyClicks(label, "Relieved")
    qtbot.keyClick(label, Qt.Key.Key_Return)
    point = next(p for p in window.document.journey.emotion_points if p.id == "e1")
    assert point.label == "Relieved"
    assert window.document.undo_stack.count() == 2


def test_editing_a_card_in_a_hidden_lane(window):
    window.verbs.set_fields("lane", "pains", "hide", hidden=True)
    window.verbs.set_card_text("d", "Still here")
    assert window.document.journey.card("d").text == "Still here"
    window.document.undo_stack.undo()
    assert window.document.journey.card("d").text == "D"


def test_evidence_quotes_are_read_whole_in_the_panel(window, qtbot):
    from PySide6.QtWidgets import QTableWidget

    from cjdesigner.model.document import Evidence

    quote = "Je ne comprends pas pourquoi la livraison coûte plus cher que le produit lui-même, franchement."
    evidence = [Evidence(text=f"« {quote} »", source="Entretien 4"), Evidence(text="Short note")]
    window.verbs.set_fields("card", "b", "evidence", evidence=evidence)
    window.scene.select_cards(["b"])
    table = window.properties.findChild(QTableWidget, "evidence-table")
    qtbot.waitUntil(lambda: table.isVisible())
    assert table.item(0, 0).toolTip() == f"« {quote} »", "the full quote on hover"
    one_line = table.fontMetrics().lineSpacing()
    assert table.rowHeight(0) >= 2 * one_line, "a long quote wraps onto several lines"
    assert table.height() >= table.rowHeight(0) + table.rowHeight(1), "every row shows"


def test_the_title_field_shows_the_beginning_of_a_long_title(window, qtbot):
    title = "Parcours d'achat en ligne des clients fidèles, de la découverte au service après-vente"
    window.verbs.set_fields("journey", "j1", "title", title=title)
    window.properties.show_object("journey", "j1")
    field = window.properties.findChild(QLineEdit, "field-title")
    assert field.text() == title and field.cursorPosition() == 0


def test_each_kind_of_form_is_built_once_and_its_editors_are_reused(window, monkeypatch):
    built: list[str] = []
    original = PropertiesPanel._build_page
    monkeypatch.setattr(PropertiesPanel, "_build_page", lambda self, kind: built.append(kind) or original(self, kind))
    panel = window.properties
    panel.show_object("card", "a")
    text = panel.current_page().findChild(QWidget, "field-text")
    for kind, object_id in (("card", "b"), ("stage", "s1"), ("lane", "actions"), ("card", "c"), ("stage", "s2"), ("card", "a")):
        panel.show_object(kind, object_id)
    assert panel.current_page().findChild(QWidget, "field-text") is text
    assert text.toPlainText() == "A"
    assert sorted(built) == ["card", "lane", "stage"]


def test_a_form_shows_the_values_of_the_object_now_selected(window):
    panel = window.properties
    panel.show_object("card", "a")
    panel.show_object("card", "d")
    assert panel.current_page().findChild(QWidget, "field-text").toPlainText() == "D"
    panel.show_object("stage", "s2")
    assert panel.current_page().findChild(QWidget, "field-name").text() == "Buy"
    assert panel.stack.currentWidget() is panel.pages["stage"]


def test_moving_a_card_updates_the_panel_once_for_the_card(window, qtbot, monkeypatch):
    """The move clears the selection and selects the moved card again: the journey's form is not
    shown in between, and the card's is filled once."""
    window.scene.select_cards(["a"])
    qtbot.wait(1)
    filled: list[tuple[str, str]] = []
    original = PropertiesPanel.reload
    monkeypatch.setattr(PropertiesPanel, "reload", lambda self, *args: filled.append((self.kind, self.object_id)) or original(self, *args))
    qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(1)
    assert window.document.journey.card("a").stage_id == "s2"
    assert filled == [("card", "a")]
    assert window.properties.kind == "card" and window.properties.object_id == "a"


def test_clearing_the_selection_shows_the_journey(window, qtbot):
    window.scene.select_cards(["a"])
    window.scene.clearSelection()
    qtbot.waitUntil(lambda: window.properties.kind == "journey")
    assert window.properties.stack.currentWidget() is window.properties.pages["journey"]
