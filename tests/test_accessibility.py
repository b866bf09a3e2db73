"""What a screen reader and a colour-blind reader get: every control named, every action worded,
focus in reading order, and colours that keep their contrast."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QMenu, QWidget

from a11y_checks import contrast, spoken_name, unnamed
from cjdesigner import colours
from cjdesigner.io.sample import sample_project
from cjdesigner.layout import drawing
from cjdesigner.model.vocabulary import LANE_COLOURS, LaneKind
from cjdesigner.ui.actions import ACTIONS


@pytest.mark.parametrize("kind, object_id", [
    ("card", "a"), ("stage", "s1"), ("lane", "actions"), ("persona", "p-ana"), ("emotion_point", "e1"), ("journey", "j1"),
])
def test_every_control_of_the_main_window_has_a_name(window, kind, object_id):
    window.outline_dock.show()
    window.history_dock.show()
    window.properties.show_object(kind, object_id)
    missing = unnamed(window)
    assert not missing, "\n".join(missing)


def test_every_control_of_the_dialogs_has_a_name(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from cjdesigner.app.document import Document
    from cjdesigner.ui.dialogs import NewMapDialog
    from cjdesigner.ui.export_dialog import ExportDialog

    new_map = NewMapDialog()
    export = ExportDialog(Document(sample_project()), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    for dialog in (new_map, export):
        qtbot.addWidget(dialog)
        missing = unnamed(dialog)
        assert not missing, "\n".join(missing)


def test_every_action_and_menu_entry_is_worded(window):
    """Icon-only tool buttons speak their action's text: no action may be without one."""
    assert all(spec.text.replace("&", "").strip() for spec in ACTIONS)
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            assert action.isSeparator() or action.menu() is not None or action.text().replace("&", "").strip(), menu.title()
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window):
            assert spoken_name(button), button.objectName()


def test_focus_moves_through_the_properties_in_reading_order(window, qtbot):
    """Tab goes down the form as it reads, top to bottom, never jumping back up."""
    window.properties.show_object("card", "a")
    window.properties.widget().findChild(QWidget, "field-text").setFocus()
    tops = []
    for _ in range(8):
        widget = window.focusWidget()
        tops.append(widget.mapTo(window.properties.widget(), widget.rect().topLeft()).y())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert tops == sorted(tops), tops


def test_tab_goes_round_the_window_in_reading_order(window, qtbot):
    """From the map: the properties (top to bottom), the toolbar, the left panels, the outline, the map."""
    from PySide6.QtWidgets import QApplication

    window.actions["view.outline"].trigger()
    window.view.setFocus()
    seen = []
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        name = QApplication.focusWidget().objectName()
        if name == "map-view":
            break
        seen.append(name)
    fields = [name for name in seen if name.startswith("field-")]
    assert seen[:1 + len(fields)] == ["properties-panel", *fields] and fields[:2] == ["field-title", "field-scenario"]
    assert seen[1 + len(fields):] == [
        "journey-switcher", "persona-filter", "search-field", "personas-list", "personas-add", "personas-remove", "card-palette",
        "outline-find", "outline-tree",
    ]


# --- colour -----------------------------------------------------------------------------------


def test_contrast_formula():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


CARD_FILLS = [drawing.darker(colour, 103) for colour in LANE_COLOURS.values()]
EMOTIONS_CELL = drawing.lighter(LANE_COLOURS[LaneKind.EMOTIONS], 108)


@pytest.mark.parametrize("colour", colours.PERSONA_COLOURS)
def test_persona_colours_hold_3_to_1_where_curves_and_badges_are_drawn(colour):
    assert contrast(colour, "#FFFFFF") >= 3.0
    assert contrast(colour, EMOTIONS_CELL) >= 3.0


@pytest.mark.parametrize("sentiment", list(colours.SENTIMENT))
def test_sentiment_symbols_hold_3_to_1_on_every_card(sentiment):
    for fill in ["#FFFFFF", *CARD_FILLS]:
        assert contrast(colours.SENTIMENT[sentiment], fill) >= 3.0, fill
        assert contrast(colours.SENTIMENT_HIGH_CONTRAST[sentiment], "#FFFFFF") >= 4.5


def test_the_palettes_are_told_apart_by_colour_blind_readers():
    """Okabe–Ito hues: under simulated deuteranopia and protanopia, no two persona colours nor the
    positive and negative sentiments come out alike (a distance of 25 on 0–255 channels at least)."""
    def simulate(hex_colour: str, matrix) -> tuple[float, ...]:
        rgb = [int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]
        return tuple(sum(m * c for m, c in zip(row, rgb)) for row in matrix)

    deutan = ((0.625, 0.375, 0), (0.7, 0.3, 0), (0, 0.3, 0.7))
    protan = ((0.567, 0.433, 0), (0.558, 0.442, 0), (0, 0.242, 0.758))
    for matrix in (deutan, protan):
        for group in (colours.PERSONA_COLOURS, (colours.SENTIMENT[s] for s in ("positive", "negative"))):
            seen = [simulate(c, matrix) for c in group]
            for i, a in enumerate(seen):
                for b in seen[i + 1:]:
                    assert sum((x - y) ** 2 for x, y in zip(a, b)) ** 0.5 >= 25


def test_new_personas_and_the_sample_use_the_palette():
    assert [p.colour for p in sample_project().personas] == list(colours.PERSONA_COLOURS[1::-1])


def test_high_contrast_is_black_on_white_with_thicker_lines():
    theme = drawing.HIGH_CONTRAST
    for ink in (theme.ink, theme.muted, theme.grid, theme.selection, theme.match, theme.severity_on):
        assert contrast(ink, theme.paper) >= 7.0
    normal = drawing.NORMAL
    assert theme.card_border_w > normal.card_border_w and theme.grid_w > normal.grid_w and theme.curve_w > normal.curve_w
    assert theme.min_text >= 9.0


# --- high contrast ----------------------------------------------------------------------------


def cell_pixel(window, stage_id: str, lane_id: str) -> str:
    """The colour the scene paints in the middle of a cell (an empty one: no card over it)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    rect = window.scene.layout.cells[(stage_id, lane_id)]
    image = QImage(20, 20, QImage.Format.Format_RGB32)
    image.fill(0xFF00FF)
    painter = QPainter(image)
    window.scene.render(painter, QRectF(0, 0, 20, 20), QRectF(rect.x + rect.w / 2 - 10, rect.y + rect.h / 2 - 10, 20, 20))
    painter.end()
    return image.pixelColor(10, 10).name().upper()


def test_view_high_contrast_repaints_the_map_and_is_remembered(window, qtbot, tmp_path):
    from cjdesigner.app.document import Document
    from cjdesigner.app.session import Session
    from cjdesigner.ui.main_window import MainWindow

    action = window.actions["view.high_contrast"]
    assert not action.isChecked() and window.scene.theme is drawing.NORMAL
    tinted = cell_pixel(window, "s2", "actions")
    assert tinted != "#FFFFFF"
    action.trigger()
    assert window.scene.theme is drawing.HIGH_CONTRAST
    assert cell_pixel(window, "s2", "actions") == "#FFFFFF"
    card = window.scene.drawings.card("a")
    assert (card.fill, card.border, card.border_width) == ("#FFFFFF", "#000000", 2.0)
    assert all(line.colour == "#000000" for line in card.lines)
    assert window.settings.value("view/high_contrast") in (True, "true")
    again = MainWindow(Session(Document(window.document.project), window.settings))
    qtbot.addWidget(again)
    assert again.actions["view.high_contrast"].isChecked() and again.scene.theme is drawing.HIGH_CONTRAST
    action.trigger()
    assert window.scene.theme is drawing.NORMAL and cell_pixel(window, "s2", "actions") == tinted


def test_high_contrast_follows_the_system_until_the_user_chooses(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from builders import small_project
    from cjdesigner.app.document import Document
    from cjdesigner.app.session import Session
    from cjdesigner.ui import contrast
    from cjdesigner.ui.main_window import MainWindow

    monkeypatch.setattr(contrast, "system_wants_high_contrast", lambda: True)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Session(Document(small_project()), settings))
    qtbot.addWidget(window)
    assert window.scene.theme is drawing.HIGH_CONTRAST, "no choice made: the system's preference"
    window.actions["view.high_contrast"].trigger()
    assert window.scene.theme is drawing.NORMAL
    monkeypatch.setattr(contrast, "system_wants_high_contrast", lambda: True)
    QGuiApplication.styleHints().accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert window.scene.theme is drawing.NORMAL, "the user's choice wins"


def test_the_pdf_keeps_the_normal_theme():
    """The theme is the screen's: a printout is always drawn in the normal colours."""
    from cjdesigner.layout import layout_journey
    from cjdesigner.layout.drawing_set import MapDrawingSet

    project = sample_project()
    journey = project.journeys[0]
    drawings = MapDrawingSet(project, journey, layout_journey(project, journey))
    assert drawings.theme is drawing.NORMAL


# --- buttons, Esc and Tab -----------------------------------------------------------------------


def nameless_buttons(root: QWidget) -> list[str]:
    """Every button under `root`, shown or not yet (a clear button appears once text is typed, a
    toolbar's arrow when the window narrows), that a screen reader would speak as just "button"."""
    return [
        f"{type(button).__name__} {button.objectName()!r} in {button.parentWidget().objectName()!r}"
        for button in root.findChildren(QAbstractButton)
        if not (button.accessibleName().strip() or button.text().replace("&", "").strip() or spoken_name(button).strip())
    ]


def test_every_button_of_the_windows_and_dialogs_says_what_it_does(window, qtbot, tmp_path):
    from cjdesigner.ui.dialogs import NewMapDialog
    from cjdesigner.ui.presentation import present
    from cjdesigner.ui.presentation.windows import FacilitatorWindow, RoundDialog

    for dock in (window.outline_dock, window.history_dock, window.matrix_dock, window.backlog_dock):
        dock.show()
    window.properties.show_object("card", "a")  # its evidence table
    presentation = present(window.session, window)
    facilitator = FacilitatorWindow(presentation)
    qtbot.addWidget(facilitator)
    roots = [window, presentation.projector, facilitator, RoundDialog(facilitator), NewMapDialog()]
    try:
        missing = [name for root in roots for name in nameless_buttons(root)]
        assert not missing, "\n".join(missing)
        assert sum(len(root.findChildren(QAbstractButton)) for root in roots) > 30
    finally:
        presentation.end()


def test_esc_in_the_properties_hands_the_keyboard_back_to_the_map(window, qtbot):
    window.properties.show_object("card", "a")
    field = window.properties.widget().findChild(QWidget, "field-owner")
    field.setFocus()
    qtbot.keyClicks(field, "Sam")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert window.view.hasFocus()
    assert window.document.journey.card("a").owner == "Sam", "what was typed is kept"


def test_tab_leaves_the_participants_of_a_voting_round(qtbot):
    from cjdesigner.ui.presentation.windows import RoundDialog

    dialog = RoundDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.participants.setFocus()
    qtbot.keyClicks(dialog.participants, "Ana")
    qtbot.keyClick(dialog.participants, Qt.Key.Key_Tab)
    assert dialog.participants.toPlainText() == "Ana"
    assert dialog.focusWidget() is dialog.hidden
