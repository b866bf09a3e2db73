"""Linked sub-journeys in the real window, driven from the keyboard: the properties panel links a
stage or a card to a sub-journey and edits a journey's owner, status and reviews; Alt+Down opens
the sub-journey of the selection, its breadcrumb and Alt+Up go back; the mark opens it on a click;
and opening a project with maps due for review says which in a banner."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox

from builders import linked_project
from cjdesigner.layout.sub_journey_marks import card_mark_rect, stage_mark_rect
from cjdesigner.model.review import JourneyStatus

pytestmark = pytest.mark.window_project(builder=lambda: linked_project(2))


def select_stage(window, stage_id):
    window.scene.select_header("stage", stage_id)
    window.properties.show_object("stage", stage_id)


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick the entry by keyboard: the arrow keys step through a closed combo, each step chosen."""
    combo.setFocus()
    steps = combo.findText(text) - combo.currentIndex()
    assert combo.findText(text) >= 0 and steps > 0, text
    for _ in range(steps):
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_the_panel_links_a_stage_and_alt_down_opens_it_and_alt_up_goes_back(window, qtbot):
    select_stage(window, "s1")
    page = window.properties.current_page()
    combo = page.findChild(QComboBox, "field-sub_journey_id")
    assert [combo.itemText(i) for i in range(combo.count())] == ["—", "Sub 1", "Sub 2"]
    choose(qtbot, combo, "Sub 1")
    assert window.document.journey.stage("s1").sub_journey_id == "j2"
    assert window.document.undo_stack.undoText() == "Link sub-journey"
    window.view.setFocus()
    select_stage(window, "s1")
    qtbot.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.document.journey_id == "j2"
    trail = window.findChild(QLabel, "trail-here")
    assert window.navigation.trail.isVisible() and trail.text() == "<b>Sub 1</b>"
    back = window.navigation.trail.findChild(QPushButton, "trail-j1")
    assert back.text() == "Current state"
    qtbot.keyClick(window.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.document.journey_id == "j1"
    assert not window.navigation.trail.isVisible()


def test_the_breadcrumb_button_goes_back_by_keyboard(window, qtbot):
    window.verbs.link_sub_journey("card", "a", "j3")
    window.scene.select_cards(["a"])
    qtbot.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.document.journey_id == "j3"
    back = window.navigation.trail.findChild(QPushButton, "trail-j1")
    back.setFocus()
    qtbot.keyClick(back, Qt.Key.Key_Space)
    assert window.document.journey_id == "j1"


def test_a_click_on_the_mark_opens_the_sub_journey(window, qtbot):
    window.verbs.link_sub_journey("card", "a", "j2")
    rect = card_mark_rect(False)
    card_item = next(i for i in window.scene.items() if getattr(i, "card_id", None) == "a")
    pos = card_item.mapToScene(QPointF(rect.x + rect.w / 2, rect.y + rect.h / 2))
    point = window.view.mapFromScene(pos)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.document.journey_id == "j2"


def test_a_linked_card_s_tooltip_names_its_sub_journey(window):
    window.verbs.link_sub_journey("card", "a", "j2")
    assert "↳ Opens the sub-journey “Sub 1” (click ↳, or Alt+Down)" in window.scene.card_tooltip("a")
    assert "sub-journey" not in window.scene.card_tooltip("b")


def test_a_click_on_a_stage_mark_opens_its_sub_journey(window, qtbot):
    window.verbs.link_sub_journey("stage", "s2", "j3")
    header = next(i for i in window.scene.items() if getattr(i, "stage_id", None) == "s2" and type(i).__name__ == "StageHeaderItem")
    rect = stage_mark_rect(header.boundingRect().width())
    pos = header.mapToScene(QPointF(rect.x + rect.w / 2, rect.y + rect.h / 2))
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=window.view.mapFromScene(pos))
    assert window.document.journey_id == "j3"


def test_a_link_that_would_loop_is_refused_with_a_sentence_and_the_panel_shows_the_model(window, qtbot):
    window.verbs.link_sub_journey("stage", "s1", "j2")
    window.document.set_journey("j2")
    select_stage(window, "s2-1")
    combo = window.properties.current_page().findChild(QComboBox, "field-sub_journey_id")
    choose(qtbot, combo, "Current state")
    assert window.document.journey.stage("s2-1").sub_journey_id is None
    assert combo.currentText() == "—"
    assert "loop" in window.statusBar().currentMessage()


def test_the_journey_form_edits_owner_status_dates_and_interval(window, qtbot):
    window.properties.show_object("journey", "j1")
    page = window.properties.current_page()
    owner = page.findChild(QLineEdit, "field-journey-owner")
    owner.setFocus()
    qtbot.keyClicks(owner, "Lea Martin")
    qtbot.keyClick(owner, Qt.Key.Key_Return)
    status = page.findChild(QComboBox, "field-journey-status")
    choose(qtbot, status, "Validated")
    every = page.findChild(QSpinBox, "field-review-every")
    every.setFocus()
    qtbot.keyClick(every, Qt.Key.Key_Up)
    journey = window.document.project.journey("j1")
    assert journey.owner == "Lea Martin" and journey.status is JourneyStatus.VALIDATED
    assert window.document.project.review_every_months == 1
    last = page.findChild(QLabel, "journey-review-due")
    from cjdesigner.ui.field_widgets import OptionalDateEdit

    edit = page.findChild(OptionalDateEdit, "field-last_review")
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Up)  # from none, a step starts at today
    assert journey.last_review == date.today()
    assert last.text().startswith("Next review on")
    assert window.document.undo_stack.count() == 4
    for _ in range(4):
        window.verbs.undo()
    assert journey.owner == "" and journey.status is JourneyStatus.DRAFT and journey.last_review is None


def test_opening_a_project_with_reviews_due_names_them_in_a_banner(qtbot, tmp_path, qt_language):
    from qt_helpers import shown_main_window

    project = linked_project(2)
    project.journeys[1].next_review = date.today() - timedelta(days=1)
    project.journeys[2].next_review = date.today() + timedelta(days=30)
    window = shown_main_window(qtbot, tmp_path, project)
    banner = window.navigation.banner
    assert banner.isVisible()
    assert banner.text() == {"en": "1 map due for review: “Sub 1”.", "fr": "1 carte à revoir\u202f: «\u202fSub 1\u202f»."}[qt_language]
    window.findChild(QPushButton, "review-banner-dismiss").click()
    assert not banner.isVisible()


def test_the_breadcrumb_follows_a_rename_of_the_parent_and_of_the_journey_shown(window, qtbot):
    window.verbs.link_sub_journey("stage", "s1", "j2")
    window.navigation.open("j2")
    assert window.verbs.rename("journey", "j1", "Commande")
    assert window.verbs.rename("journey", "j2", "Livraison")
    row = window.navigation.trail.row
    shown = [row.itemAt(i).widget() for i in range(row.count()) if row.itemAt(i).widget() is not None]
    assert [w.text() for w in shown if isinstance(w, QPushButton)] == ["Commande"]
    assert [w.text() for w in shown if w.objectName() == "trail-here"] == ["<b>Livraison</b>"]


def test_the_review_interval_says_one_month_in_the_singular(qtbot, tmp_path, qt_language):
    from qt_helpers import shown_main_window

    window = shown_main_window(qtbot, tmp_path, linked_project(1))
    window.properties.show_object("journey", "j1")
    every = window.properties.current_page().findChild(QSpinBox, "field-review-every")
    every.setFocus()
    qtbot.keyClick(every, Qt.Key.Key_Up)
    assert every.text() == {"en": "1 month", "fr": "1 mois"}[qt_language]
    qtbot.keyClick(every, Qt.Key.Key_Up)
    assert every.text() == {"en": "2 months", "fr": "2 mois"}[qt_language]


def test_the_review_banner_shows_a_title_with_angle_brackets_as_written(qtbot, tmp_path):
    from qt_helpers import shown_main_window

    project = linked_project(1)
    project.journeys[1].title = "Returns <beta> & <b>refunds</b>"
    project.journeys[1].next_review = date.today() - timedelta(days=1)
    window = shown_main_window(qtbot, tmp_path, project)
    label = window.navigation.banner.label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert "“Returns <beta> & <b>refunds</b>”" in label.text()


def test_the_review_banner_names_three_maps_when_many_are_due_and_lists_all_in_its_tooltip(qtbot, tmp_path, qt_language):
    from qt_helpers import shown_main_window

    project = linked_project(5)
    for journey in project.journeys[1:]:
        journey.next_review = date.today() - timedelta(days=1)
    window = shown_main_window(qtbot, tmp_path, project)
    banner = window.navigation.banner
    assert banner.text() == {"en": "5 maps due for review, among them “Sub 1”, “Sub 2”, “Sub 3”.",
                             "fr": "5 cartes à revoir, dont «\u202fSub 1\u202f», «\u202fSub 2\u202f», «\u202fSub 3\u202f»."}[qt_language]
    assert banner.toolTip().splitlines()[-1] == {"en": "“Sub 5”", "fr": "«\u202fSub 5\u202f»"}[qt_language]
