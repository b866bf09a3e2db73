"""The export dialog: opened from the window, previewing, exporting PDF, PNG and SVG with progress,
cancelling, and refusing setups that cannot print; its summary made of whole sentences a translator
can translate as they are."""

import itertools
import threading
from pathlib import Path

import pytest
from pdf_helpers import page_text, reader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from builders import small_project
from cjdesigner.app.document import Document
from cjdesigner.app.export_job import ExportJob
from cjdesigner.export.options import ExportCancelled, ExportOptions
from cjdesigner.export.page_setup import PageSetup
from cjdesigner.export.registry import format_named
from cjdesigner.io.sample import sample_project
from cjdesigner.ui.export_dialog import ExportDialog


class Messages:
    def __init__(self):
        self.shown: list[tuple[str, str]] = []

    def __call__(self, parent, title, text, *args, **kwargs):
        self.shown.append((title, text))
        return QMessageBox.StandardButton.Ok


@pytest.fixture
def messages(monkeypatch):
    recorder = Messages()
    monkeypatch.setattr(QMessageBox, "warning", recorder)
    monkeypatch.setattr(QMessageBox, "critical", recorder)
    return recorder


@pytest.fixture
def dialog(qtbot, tmp_path, messages):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    widget = ExportDialog(Document(sample_project()), settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def export(qtbot, dialog, path: Path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    with qtbot.waitSignal(dialog.finished_export, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_the_window_opens_the_dialog_with_ctrl_e(window, qtbot):
    action = window.actions["file.export"]
    assert "Ctrl+E" in [s.toString() for s in action.shortcuts()]
    action.trigger()
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None and window.findChild(ExportDialog).isVisible())
    dialog = window.findChild(ExportDialog)
    assert dialog.journey.currentData() == "j1"
    dialog.close()


def test_pdf_with_the_chosen_paper_and_progress_to_the_end(dialog, qtbot, tmp_path, monkeypatch):
    dialog.paper.setCurrentIndex(dialog.paper.findData("A3"))
    dialog.portrait.setChecked(True)
    report = export(qtbot, dialog, tmp_path / "map", monkeypatch)
    out = tmp_path / "map.pdf"  # the extension is added when the name has none
    assert report is not None and report.pages == 1
    box = reader(out.read_bytes()).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(PageSetup("A3", landscape=False).page_size, abs=0.01)
    assert dialog.progress.value() == dialog.progress.maximum()
    assert "Exported 1 page to" in dialog.summary.text()
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isVisible()


def test_poster_preview_and_export_agree(dialog, qtbot, tmp_path, monkeypatch):
    dialog.tile.setChecked(True)
    dialog.scale.setValue(100)
    dialog.refresh_preview()
    sheets = dialog.preview.sheets
    assert len(sheets) > 1
    assert f"then {len(sheets)} sheets" in dialog.summary.text()
    report = export(qtbot, dialog, tmp_path / "poster.pdf", monkeypatch)
    assert report.pages == len(sheets) + 1
    assert len(reader((tmp_path / "poster.pdf").read_bytes()).pages) == len(sheets) + 1


def test_selection_and_appendix_reach_the_pdf(dialog, qtbot, tmp_path, monkeypatch):
    stages = dialog.stages
    for row in range(1, stages.count()):
        stages.item(row).setCheckState(Qt.CheckState.Unchecked)
    dialog.summary_pages.setChecked(True)
    export(qtbot, dialog, tmp_path / "map.pdf", monkeypatch)
    data = (tmp_path / "map.pdf").read_bytes()
    first = page_text(data)
    assert stages.item(0).text() in first and stages.item(1).text() not in first
    assert len(reader(data).pages) >= 2


def test_png_and_svg_from_the_app(dialog, qtbot, tmp_path, monkeypatch):
    dialog.format.setCurrentIndex(dialog.format.findData("png"))
    dialog.dpi.setValue(72)
    dialog.refresh_preview()
    assert "at 72 dpi" in dialog.summary.text()
    export(qtbot, dialog, tmp_path / "map.png", monkeypatch)
    image = QImage(str(tmp_path / "map.png"))
    assert image.width() == round(dialog.scene.layout.width)
    assert round(image.dotsPerMeterX() * 0.0254) == 72
    assert not dialog.page_box.isVisible()

    dialog.format.setCurrentIndex(dialog.format.findData("svg"))
    export(qtbot, dialog, tmp_path / "map.svg", monkeypatch)
    svg = (tmp_path / "map.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "Prise de conscience" in svg


def test_cancel_stops_the_export_and_keeps_the_old_file(dialog, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "map.pdf"
    target.write_bytes(b"old export")
    asked_to_cancel = threading.Event()
    import cjdesigner.export.pdf as pdf_module

    def slow_write(project, path, options, progress):
        progress(0, 10)
        assert asked_to_cancel.wait(10)
        if progress(1, 10) is False:  # the job answers False once cancelled
            raise ExportCancelled
        raise AssertionError("not cancelled")

    monkeypatch.setattr(pdf_module, "write_pdf", slow_write)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(dialog.finished_export, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.cancel_button.isVisible())
        assert not dialog.close_button.isEnabled()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        asked_to_cancel.set()
    assert blocker.args == [None]
    assert "cancelled" in dialog.summary.text()
    assert target.read_bytes() == b"old export"


def test_a_failed_export_says_why(dialog, qtbot, tmp_path, monkeypatch, messages):
    report = export(qtbot, dialog, tmp_path / "missing" / "map.pdf", monkeypatch)
    assert report is None
    assert messages.shown and "does not exist" in messages.shown[-1][1]


def test_a_setup_that_cannot_print_disables_export_with_the_reason(dialog, qtbot):
    dialog.margin.setValue(100)
    dialog.refresh_preview()
    assert not dialog.export_button.isEnabled()
    assert "less than one inch" in dialog.summary.text()
    dialog.margin.setValue(10)
    dialog.refresh_preview()
    assert dialog.export_button.isEnabled()


def test_missing_glyphs_are_reported_after_the_export(qtbot, tmp_path, monkeypatch, messages):
    project = small_project()
    project.journeys[0].cards[0].text = "Café 你好"
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = ExportDialog(Document(project), settings)
    qtbot.addWidget(dialog)
    report = export(qtbot, dialog, tmp_path / "map.pdf", monkeypatch)
    assert report.warnings and messages.shown
    assert "U+4F60" in messages.shown[-1][1]


def test_settings_are_remembered_for_the_next_export(dialog, qtbot, tmp_path, monkeypatch):
    dialog.paper.setCurrentIndex(dialog.paper.findData("A2"))
    dialog.tile.setChecked(True)
    dialog.scale.setValue(80)
    export(qtbot, dialog, tmp_path / "map.pdf", monkeypatch)
    again = ExportDialog(Document(sample_project()), dialog.settings)
    qtbot.addWidget(again)
    assert again.paper.currentData() == "A2" and again.tile.isChecked() and again.scale.value() == 80
    assert again.suggested_path().parent == tmp_path


def test_cancelled_is_what_the_job_answers_between_reports():
    job = ExportJob(format_named("pdf"), small_project(), Path("unused.pdf"), ExportOptions())
    assert job._progress(0, 1) is True
    job.cancel()
    assert job._progress(1, 1) is False


def test_a_png_export_can_be_cancelled_between_bands(dialog, qtbot, tmp_path, monkeypatch):
    import cjdesigner.ui.export_dialog as module

    dialog.format.setCurrentIndex(dialog.format.findData("png"))
    dialog.dpi.setValue(300)  # several bands of rows
    target = tmp_path / "map.png"
    target.write_bytes(b"old image")
    calls = []

    def click_cancel_once():
        calls.append(1)
        if len(calls) == 1:
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(module.QApplication, "processEvents", staticmethod(click_cancel_once))
    report = export(qtbot, dialog, target, monkeypatch)
    assert report is None and "cancelled" in dialog.summary.text()
    assert target.read_bytes() == b"old image"
    assert dialog.export_button.isEnabled() and dialog.close_button.isEnabled()


def test_a_png_too_large_is_refused_before_exporting(dialog, qtbot):
    dialog.format.setCurrentIndex(dialog.format.findData("png"))
    dialog.dpi.setValue(1200)
    dialog.refresh_preview()
    assert "too large to make" in dialog.summary.text()
    assert not dialog.export_button.isEnabled()


def test_enter_exports_and_escape_closes(dialog, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "map.pdf"), "")))
    dialog.activateWindow()
    with qtbot.waitSignal(dialog.finished_export, timeout=30000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert (tmp_path / "map.pdf").exists()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_no_stage_chosen_means_nothing_to_export(dialog):
    for row in range(dialog.stages.count()):
        dialog.stages.item(row).setCheckState(Qt.CheckState.Unchecked)
    dialog.refresh_preview()
    assert "choose at least one stage to print" in dialog.summary.text()
    assert not dialog.export_button.isEnabled()


def test_orientation_is_automatic_by_default_and_follows_the_map(dialog):
    assert dialog.auto_orientation.isChecked()
    layout = dialog.scene.layout
    assert dialog.preview.setup.landscape == (layout.width >= layout.height)
    dialog.landscape.setChecked(True)
    dialog.refresh_preview()
    assert dialog.preview.setup.landscape is True


def test_a_map_without_cards_gets_no_small_text_warning(qtbot, tmp_path):
    from cjdesigner.io.templates import project_from_template

    empty = ExportDialog(Document(project_from_template("omnichannel", "fr")), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(empty)
    empty.show()
    empty.paper.setCurrentIndex(empty.paper.findData("A4"))
    empty.refresh_preview()
    assert empty.advice is None and not empty.text_warning.isVisible()


def test_too_small_card_text_is_warned_about_with_buttons_that_apply_the_remedy(dialog):
    dialog.paper.setCurrentIndex(dialog.paper.findData("A4"))
    dialog.fit.setChecked(True)
    dialog.refresh_preview()
    advice = dialog.advice
    assert advice is not None and advice.paper is not None and advice.sheets_wide is not None
    assert dialog.text_warning.isVisible()
    assert f"Card text would print at {advice.points:.1f} pt." in dialog.text_warning.text()
    assert f"{advice.paper} or a poster {advice.sheets_wide} sheets wide prints it at 6 pt or more." in dialog.text_warning.text()
    dialog.use_paper.click()
    assert dialog.paper.currentData() == advice.paper
    assert dialog.advice is None and not dialog.text_warning.isVisible()
    dialog.paper.setCurrentIndex(dialog.paper.findData("A4"))
    dialog.refresh_preview()
    dialog.use_poster.click()
    assert dialog.tile.isChecked() and dialog.sheets_wide.value() == advice.sheets_wide
    assert max(s.column for s in dialog.preview.sheets) + 1 == advice.sheets_wide
    assert dialog.advice is None
    assert f"{advice.sheets_wide} columns" in dialog.summary.text()


def test_a_poster_sheets_wide_exports_that_many_columns(dialog, qtbot, tmp_path, monkeypatch):
    dialog.tile.setChecked(True)
    dialog.poster_size.setCurrentIndex(dialog.poster_size.findData("wide"))
    dialog.sheets_wide.setValue(2)
    dialog.refresh_preview()
    assert not dialog.scale.isEnabled() and dialog.sheets_wide.isEnabled()
    report = export(qtbot, dialog, tmp_path / "poster.pdf", monkeypatch)
    assert report.pages == len(dialog.preview.sheets) + 1
    assert {s.column for s in dialog.preview.sheets} == {0, 1}


def test_a_format_registered_elsewhere_is_listed_and_exported_by_the_dialog(qtbot, tmp_path, monkeypatch, messages):
    from fake_format import registered

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with registered():
        dialog = ExportDialog(Document(sample_project()), settings)
        qtbot.addWidget(dialog)
        dialog.show()
        labels = [dialog.format.itemText(i) for i in range(dialog.format.count())]
        assert labels[-1] == "Plain card list" and labels[:3] == ["PDF document", "PNG image", "SVG drawing"]
        dialog.format.setCurrentIndex(dialog.format.findData("fake"))
        dialog.refresh_preview()
        assert not dialog.page_box.isVisible() and not dialog.image_box.isVisible()
        assert dialog.suggested_path().suffix == ".fake"
        report = export(qtbot, dialog, tmp_path / "cards", monkeypatch)
    assert report is not None and report.warnings == ["a fake format"]
    assert (tmp_path / "cards.fake").read_text(encoding="utf-8").startswith(dialog.document.project.journeys[0].title)
    assert settings.value("export/format") == "fake"


AFTER_THE_MAP = {
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
        after = AFTER_THE_MAP[(personas, summary, decisions)]
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
