"""The export dialog's summary is made of whole sentences a translator can translate as they are:
the pages after the map are a sentence of their own, the refusal a sentence with a placeholder."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QSettings, Qt

from cjdesigner.app.document import Document
from cjdesigner.io.sample import sample_project
from cjdesigner.ui.export_dialog import ExportDialog


@pytest.fixture
def dialog(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    widget = ExportDialog(Document(sample_project()), settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


EXPECTED = {
    (False, False, False): "",
    (True, False, False): "After the map come persona pages.",
    (False, True, False): "After the map comes a summary of pain points and opportunities.",
    (True, True, False): "After the map come persona pages and a summary of pain points and opportunities.",
    (False, False, True): "After the map come the impact/effort matrix and the backlog.",
    (True, False, True): "After the map come persona pages, the impact/effort matrix and the backlog.",
    (False, True, True): "After the map come a summary of pain points and opportunities, the impact/effort matrix and the backlog.",
    (True, True, True): "After the map come persona pages, a summary of pain points and opportunities, the impact/effort matrix and the backlog.",
}


@pytest.mark.parametrize("tile", [False, True])
def test_the_summary_is_a_sentence_about_the_map_then_one_about_the_pages_after_it(dialog, tile):
    dialog.tile.setChecked(tile)
    for personas, summary, decisions in itertools.product([False, True], repeat=3):
        dialog.persona_pages.setChecked(personas)
        dialog.summary_pages.setChecked(summary)
        dialog.decision_pages.setChecked(decisions)
        dialog.refresh_preview()
        text = dialog.summary.text()
        after = EXPECTED[(personas, summary, decisions)]
        assert ", then persona" not in text and ", then a summary" not in text and ", then the impact" not in text
        first = text.removesuffix(after).rstrip()
        assert first.endswith(" %.") if tile else first.endswith("% of its size."), text
        assert text.endswith(after), text


def test_a_refusal_is_one_sentence_with_the_reason_in_it(dialog):
    for row in range(dialog.stages.count()):
        dialog.stages.item(row).setCheckState(Qt.CheckState.Unchecked)
    dialog.refresh_preview()
    assert "Cannot export: " in dialog.summary.text()
    assert dialog.tr("Cannot export: %1") == "Cannot export: %1"
