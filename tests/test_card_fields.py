"""The properties panel's fields that depend on a card's lane: each change is one undo step that
the model holds; a value the map cannot hold is refused with a sentence and changes nothing."""

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDoubleSpinBox, QLabel, QLineEdit, QListWidget, QPushButton, QSpinBox

from a11y_checks import unnamed
from builders import small_project
from qt_helpers import properties_field, properties_problem
from cjdesigner.model.document import Card, Frequency, Lane
from cjdesigner.model.vocabulary import LaneKind, OpportunityStatus
from cjdesigner.ui.field_widgets import parse_number


def fields_project():
    project = small_project()
    journey = project.journeys[0]
    journey.stages[1].goals = ["Fewer abandoned carts", "Faster checkout"]
    journey.lanes += [
        Lane(id="opps", title="Opportunities", kind=LaneKind.OPPORTUNITIES),
        Lane(id="kpis", title="Metrics", kind=LaneKind.METRICS),
    ]
    journey.cards += [
        Card(id="d2", stage_id="s1", lane_id="pains", text="Slow page"),
        Card(id="o", stage_id="s2", lane_id="opps", text="Offer chat", answers=["d"]),
        Card(id="m", stage_id="s2", lane_id="kpis", text="Conversion", value=2.5, unit="%"),
    ]
    return project


@pytest.fixture
def panel(window):
    window.session.new(fields_project())
    return window


def show(window, card_id):
    window.scene.select_cards([card_id])
    return window.properties


def card(window, card_id):
    return window.document.journey.card(card_id)


def one_step(window, text):
    stack = window.document.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == text


def type_into(edit: QLineEdit, text: str) -> None:
    edit.setText(text)
    edit.editingFinished.emit()


# --- which fields a card gets ------------------------------------------------------------------


def test_the_fields_follow_the_lane_of_the_card(panel):
    show(panel, "m")
    assert panel.properties.findChild(QLineEdit, "field-value") is not None
    assert panel.properties.findChild(QSpinBox, "field-impact") is None
    show(panel, "o")
    assert panel.properties.findChild(QLineEdit, "field-value") is None
    assert panel.properties.findChild(QSpinBox, "field-impact") is not None
    show(panel, "d")
    assert panel.properties.findChild(QSpinBox, "field-impact") is None
    assert panel.properties.findChild(QComboBox, "frequency-mode") is not None
    show(panel, "a")
    assert panel.properties.findChild(QComboBox, "frequency-mode") is None
    assert panel.properties.findChild(QComboBox, "field-goal") is not None, "every card states its goal"


@pytest.mark.parametrize("card_id", ["m", "d", "o", "a"])
def test_every_new_field_has_a_name_a_screen_reader_speaks(panel, card_id):
    show(panel, card_id)
    assert unnamed(panel) == []


# --- a metric ---------------------------------------------------------------------------------


def test_value_accepts_a_decimal_comma_in_one_step(panel):
    show(panel, "m")
    type_into(properties_field(panel, QLineEdit, "field-value"), "12,5")
    assert card(panel, "m").value == 12.5
    one_step(panel, "Change value")
    panel.verbs.undo()
    assert card(panel, "m").value == 2.5


def test_a_value_that_is_not_a_number_is_refused_with_a_sentence(panel):
    show(panel, "m")
    before = panel.document.project.model_dump(mode="json")
    type_into(properties_field(panel, QLineEdit, "field-value"), "twelve")
    assert panel.document.project.model_dump(mode="json") == before
    assert panel.document.undo_stack.count() == 0
    assert "“twelve” is not a number" in properties_problem(panel)
    type_into(properties_field(panel, QLineEdit, "field-value"), "13")
    assert card(panel, "m").value == 13 and properties_problem(panel) == "", "a good value clears the sentence"


def test_a_value_too_large_is_refused_with_a_sentence(panel):
    show(panel, "m")
    type_into(properties_field(panel, QLineEdit, "field-target"), "1e20")
    assert card(panel, "m").target is None
    assert "too large" in properties_problem(panel)


def test_an_empty_value_clears_it(panel):
    show(panel, "m")
    type_into(properties_field(panel, QLineEdit, "field-value"), "")
    assert card(panel, "m").value is None
    one_step(panel, "Change value")


def test_unit_target_source_in_one_step_each(panel):
    show(panel, "m")
    unit = properties_field(panel, QComboBox, "field-unit")
    assert unit.findText("€") >= 0 and unit.findText("%") >= 0 and unit.isEditable()
    pick(unit, unit.findText("€"))
    assert card(panel, "m").unit == "€"
    unit.setEditText("orders")
    unit.lineEdit().editingFinished.emit()
    assert card(panel, "m").unit == "orders"
    type_into(properties_field(panel, QLineEdit, "field-target"), "4")
    type_into(properties_field(panel, QLineEdit, "field-metric_source"), "Analytics, March")
    project = card(panel, "m")
    assert (project.target, project.metric_source) == (4.0, "Analytics, March")
    texts = [panel.document.undo_stack.text(i) for i in range(panel.document.undo_stack.count())]
    assert texts == ["Change unit", "Change unit", "Change target", "Change source"]


def test_measured_on_is_a_date_or_none(panel):
    show(panel, "m")
    edit = properties_field(panel, QDateEdit, "measured-on")
    assert edit.text() == "none"
    edit.setDate(QDate(2026, 3, 14))
    assert card(panel, "m").measured_on == date(2026, 3, 14)
    one_step(panel, "Change measurement date")
    properties_field(panel, QPushButton, "measured-on-none").click()
    assert card(panel, "m").measured_on is None
    assert edit.text() == "none"


def test_parse_number_reads_what_people_type():
    assert parse_number("1 200,5") == 1200.5
    assert parse_number("1,200.5") == 1200.5
    assert parse_number("−3") == -3
    assert parse_number("  ") is None
    with pytest.raises(ValueError):
        parse_number("nan")


# --- a pain point ------------------------------------------------------------------------------


def pick(combo: QComboBox, index: int) -> None:
    """What a click on an item of the combo's list does."""
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def choose(combo: QComboBox, data) -> None:
    pick(combo, combo.findData(data))


def test_frequency_as_a_count_out_of_a_total_and_its_weight(panel):
    show(panel, "d")
    choose(properties_field(panel, QComboBox, "frequency-mode"), "count")
    properties_field(panel, QSpinBox, "frequency-total").setValue(12)
    properties_field(panel, QSpinBox, "frequency-count").setValue(3)
    assert card(panel, "d").frequency == Frequency(count=3, total=12)
    assert [panel.document.undo_stack.text(i) for i in range(panel.document.undo_stack.count())] == ["Change frequency", "Change frequency"]
    weight = properties_field(panel, QLabel, "field-weight").text()
    assert weight.startswith("0.75") and "severity 3" in weight and "3/12" in weight


def test_a_count_above_its_total_is_refused_with_a_sentence(panel):
    panel.verbs.set_fields("card", "d", None, frequency=Frequency(count=2, total=3))
    show(panel, "d")
    before = panel.document.project.model_dump(mode="json")
    steps = panel.document.undo_stack.count()
    properties_field(panel, QSpinBox, "frequency-count").setValue(5)
    assert panel.document.project.model_dump(mode="json") == before
    assert panel.document.undo_stack.count() == steps
    assert "5 out of 3" in properties_problem(panel) and "at most the total" in properties_problem(panel)


def test_frequency_as_a_percentage_and_back_to_none(panel):
    show(panel, "d")
    choose(properties_field(panel, QComboBox, "frequency-mode"), "percent")
    properties_field(panel, QDoubleSpinBox, "frequency-percent").setValue(40)
    assert card(panel, "d").frequency == Frequency(percent=40.0)
    choose(properties_field(panel, QComboBox, "frequency-mode"), None)
    assert card(panel, "d").frequency is None
    assert "needs a severity and a frequency" in properties_field(panel, QLabel, "field-weight").text()


# --- an opportunity --------------------------------------------------------------------------


def test_impact_effort_and_status_one_step_each(panel):
    show(panel, "o")
    properties_field(panel, QSpinBox, "field-impact").setValue(4)
    properties_field(panel, QSpinBox, "field-effort").setValue(2)
    status = properties_field(panel, QComboBox, "field-status")
    choose(status, OpportunityStatus.IN_PROGRESS)
    opportunity = card(panel, "o")
    assert (opportunity.impact, opportunity.effort, opportunity.status) == (4, 2, OpportunityStatus.IN_PROGRESS)
    texts = [panel.document.undo_stack.text(i) for i in range(panel.document.undo_stack.count())]
    assert texts == ["Change impact", "Change effort", "Change status"]
    properties_field(panel, QSpinBox, "field-impact").setValue(0)
    assert card(panel, "o").impact is None, "— clears it"


def test_choosing_open_for_a_card_without_status_changes_nothing(panel):
    show(panel, "o")
    choose(properties_field(panel, QComboBox, "field-status"), OpportunityStatus.OPEN)
    assert panel.document.undo_stack.count() == 0


def test_linked_pain_points_are_listed_with_their_stage_and_removed(panel):
    show(panel, "o")
    listing = properties_field(panel, QListWidget, "linked-pain-points")
    assert [listing.item(i).text() for i in range(listing.count())] == ["Buy · D"]
    listing.setCurrentRow(0)
    properties_field(panel, QPushButton, "unlink-pain-point").click()
    assert card(panel, "o").answers == []
    one_step(panel, "Unlink “Offer chat” from “D”")
    assert listing.count() == 0


def test_the_picker_offers_the_pain_points_not_yet_linked_and_adds_one(panel):
    show(panel, "o")
    picker = properties_field(panel, QComboBox, "link-pain-point")
    assert [picker.itemText(i) for i in range(picker.count())] == ["Add link…", "Discover · Slow page"]
    pick(picker, 1)
    assert card(panel, "o").answers == ["d", "d2"]
    one_step(panel, "Link “Offer chat” to “Slow page”")
    assert picker.currentIndex() == 0 and picker.count() == 1
    panel.verbs.undo()
    assert card(panel, "o").answers == ["d"]


# --- every card ------------------------------------------------------------------------------


def test_goal_offers_the_stages_goals_and_takes_any_text(panel):
    show(panel, "m")
    goal = properties_field(panel, QComboBox, "field-goal")
    assert [goal.itemText(i) for i in range(goal.count())] == ["Fewer abandoned carts", "Faster checkout"]
    pick(goal, 1)
    assert card(panel, "m").goal == "Faster checkout"
    one_step(panel, "Change goal")
    goal.setEditText("Trust the delivery")
    goal.lineEdit().editingFinished.emit()
    assert card(panel, "m").goal == "Trust the delivery"
    show(panel, "a")
    assert properties_field(panel, QComboBox, "field-goal").count() == 0, "stage s1 has no goals"
