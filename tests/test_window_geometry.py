"""The first window takes most of its screen; a map fitted to the window stays fitted as it is resized."""

from __future__ import annotations

from builders import small_project
from cjdesigner.io.sample import sample_project
from qt_helpers import new_main_window as new_window


def test_the_first_window_fills_most_of_the_screen_it_opens_on(qtbot, tmp_path):
    window = new_window(qtbot, tmp_path, small_project())
    area = window.screen().availableGeometry()
    assert 0.85 <= window.width() / area.width() <= 0.9
    assert 0.85 <= window.height() / area.height() <= 0.9
    assert area.contains(window.geometry().center())


def test_a_saved_geometry_wins(qtbot, tmp_path):
    first = new_window(qtbot, tmp_path, small_project())
    first.resize(700, 500)
    first.settings.setValue("window/geometry", first.saveGeometry())
    again = new_window(qtbot, tmp_path, small_project())
    assert (again.width(), again.height()) == (700, 500)


def test_a_fitted_map_refits_when_the_window_grows_and_a_chosen_zoom_stays(qtbot, tmp_path):
    window = new_window(qtbot, tmp_path, sample_project())
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    window.action("view.zoom_fit").trigger()
    fitted = window.view.zoom
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.view.zoom > fitted * 1.2)
    rect = window.view.mapFromScene(window.view.sceneRect()).boundingRect()
    viewport = window.view.viewport().rect()
    assert rect.width() <= viewport.width() + 2 and rect.height() <= viewport.height() + 2
    assert rect.width() >= viewport.width() - 8 or rect.height() >= viewport.height() - 8, "it fills the view in one direction"
    window.action("view.zoom_reset").trigger()
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.view.viewport().width() < 1000)
    assert window.view.zoom == 1.0
