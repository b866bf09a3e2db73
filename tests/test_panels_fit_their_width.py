"""The side panels show their text whole at their width: persona roles wrap, the properties form
never scrolls sideways."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from cjdesigner.io.sample import sample_project
from qt_helpers import new_main_window
from cjdesigner.ui.preferences import install_translators


@pytest.fixture(params=["fr", "en"])
def sample_window(qtbot, tmp_path, request):
    install_translators(request.param)
    request.addfinalizer(lambda: install_translators("en"))
    window = new_main_window(qtbot, tmp_path, sample_project())
    window.resize(1600, 950)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_persona_roles_wrap_inside_the_panel_and_show_whole_in_the_tooltip(sample_window):
    listing = sample_window.personas.list
    assert listing.horizontalScrollBar().maximum() == 0
    metrics = listing.fontMetrics()
    room = listing.viewport().width()
    for row, persona in enumerate(sample_window.document.project.personas):
        item = listing.item(row)
        rect = listing.visualItemRect(item)
        assert rect.right() <= room
        lines = 2 + (metrics.horizontalAdvance(persona.role) > room - listing.iconSize().width() - 8)
        assert rect.height() >= lines * metrics.lineSpacing(), (persona.role, rect)
        assert persona.role in item.toolTip()


def test_the_properties_form_fits_the_panel_at_its_narrowest_with_the_longest_card(sample_window, qtbot):
    window = sample_window
    dock = window.findChild(QDockWidget, "dock-properties")
    window.resizeDocks([dock], [10], Qt.Orientation.Horizontal)
    longest = max(window.document.journey.cards, key=lambda c: len(c.text))
    window.scene.select_cards([longest.id])
    panel = window.properties
    qtbot.waitUntil(lambda: panel.kind == "card" and panel.object_id == longest.id)
    for kind, object_id in [("card", longest.id), ("lane", window.document.journey.lanes[0].id),
                            ("persona", window.document.project.personas[0].id), ("journey", window.document.journey_id)]:
        panel.show_object(kind, object_id)
        qtbot.waitUntil(lambda: panel.widget().width() == panel.viewport().width())
        assert panel.horizontalScrollBar().maximum() == 0
        assert panel.widget().minimumSizeHint().width() <= panel.viewport().width(), kind
