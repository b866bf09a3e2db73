"""The links printed on demand: the PDF (`--links`, the export dialog's box) and the PNG/SVG draw
the same connectors as the screen."""

import re

from pypdf import PdfReader

from cjdesigner.cli import main
from cjdesigner.export.options import ExportOptions
from cjdesigner.export.pdf.links import draw_links
from cjdesigner.io.cjmap import save_project
from cjdesigner.io.sample import sample_project
from cjdesigner.layout import layout_journey
from cjdesigner.layout.links import connectors, links_of


class Recorder:
    """Stands in for a reportlab canvas: keeps the paths drawn, as lists of (operator, points)."""

    def __init__(self):
        self.paths = []

    def beginPath(self):
        path = []
        recorder = self

        class Path:
            def moveTo(self, x, y):
                path.append(("m", x, y))

            def lineTo(self, x, y):
                path.append(("l", x, y))

            def curveTo(self, *points):
                path.append(("c", *points))

            def close(self):
                path.append(("h",))

        recorder.current = path
        return Path()

    def drawPath(self, path, stroke=1, fill=0):
        self.paths.append((self.current, stroke, fill))

    def __getattr__(self, name):  # colours, widths, states, circles
        return lambda *args, **kwargs: None


def test_the_pdf_draws_each_connector_with_its_arrow_at_the_pain_point():
    project = sample_project()
    journey = project.journeys[0]
    layout = layout_journey(project, journey)
    expected = connectors(links_of(journey.cards), layout.cards, layout.cells)
    recorder = Recorder()
    assert draw_links(recorder, journey, layout) == len(expected) > 0
    arrows = [path for path, stroke, fill in recorder.paths if fill]
    assert len(arrows) == len(expected)
    for arrow, connector in zip(arrows, expected):
        tip = arrow[0]
        pain = layout.cards[connector.pain_point_id]
        assert tip[1] == connector.arrow[0][0] and tip[2] == layout.height - connector.arrow[0][1], "y grows upwards in the PDF"
        assert pain.x <= tip[1] <= pain.right


def curves_in_map(path):
    """How many curve operators the map's drawing (a form) holds."""
    reader = PdfReader(str(path))
    forms = reader.pages[0]["/Resources"]["/XObject"]
    return sum(len(re.findall(rb"\sc\n", form.get_object().get_data())) for form in forms.values())


def test_export_links_from_the_command_line(tmp_path):
    source = tmp_path / "sample.cjmap"
    save_project(sample_project(), source)
    plain, linked = tmp_path / "plain.pdf", tmp_path / "linked.pdf"
    assert main(["export", str(source), "-o", str(plain)]) == 0
    assert main(["export", str(source), "-o", str(linked), "--links"]) == 0
    assert curves_in_map(linked) > curves_in_map(plain)


def test_images_draw_the_links_when_asked(qapp):
    from cjdesigner.canvas.image_export import export_scene

    assert export_scene(sample_project(), ExportOptions()).links.connectors == []
    assert len(export_scene(sample_project(), ExportOptions(links=True)).links.connectors) == 6


def test_the_export_dialog_remembers_the_links_box(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from cjdesigner.app.document import Document
    from cjdesigner.ui.export_dialog import ExportDialog

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = ExportDialog(Document(sample_project()), settings)
    qtbot.addWidget(dialog)
    assert not dialog.options().links
    dialog.links.setChecked(True)
    assert dialog.options().links
    dialog.reject()  # closing the dialog keeps its choices
    again = ExportDialog(Document(sample_project()), settings)
    qtbot.addWidget(again)
    assert again.links.isChecked()
