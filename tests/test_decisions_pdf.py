"""The PDF's decisions: the impact/effort matrix page and the backlog table, read back as a reader
would, rendered to an image, and left out when the options say so or there is nothing to place."""

from __future__ import annotations

import subprocess

from decisions_builders import decisions_project
from pdf_helpers import page_text, reader, squeezed
from cjdesigner.export.options import ExportOptions
from cjdesigner.export.page_setup import PageSetup
from cjdesigner.export.pdf import pdf_bytes
from cjdesigner.io.sample import sample_project
from cjdesigner.model.document import Card
from cjdesigner.model.vocabulary import Language

DECISIONS = ExportOptions(decision_pages=True)


def test_the_matrix_page_names_the_quadrants_and_places_every_opportunity():
    data, report = pdf_bytes(decisions_project(), DECISIONS)
    assert report.pages == 3 and report.warnings == []
    text = squeezed(page_text(data, 1))
    assert squeezed("Impact/effort matrix") in text
    for name in ("Quick wins", "Big bets", "Fill-ins", "Money pits", "Status", "In progress", "Dropped", "Size: votes", "12 votes"):
        assert squeezed(name) in text, name
    for opportunity in ("Free fabric samples", "Assembly video", "Callback instead of queue", "Order tracking"):
        assert squeezed(opportunity) in text, opportunity
    assert squeezed("Not scored (1)") in text and "LoyaltyPoints".lower() in text.lower()


def test_the_backlog_table_prints_ranks_scores_and_links_in_rank_order():
    data, _ = pdf_bytes(decisions_project(), DECISIONS)
    text = page_text(data, 2)
    assert "Backlog of opportunities" in text
    for header in ("Rank", "Opportunity", "Stage", "Impact", "Votes", "Owner", "Status"):
        assert header in text
    flat = squeezed(text)
    order = [flat.index(squeezed(t)) for t in ("Free fabric samples", "Live chat at checkout", "Order tracking", "Show sizes in the ad",
                                               "Guest checkout with delivery slots", "Assembly video", "Callback instead of queue", "Loyalty points")]
    assert order == sorted(order)
    assert squeezed("1Freefabricsamples") in flat and "5.00" in text and "2.40" in text and "0.50" in text
    assert squeezed("Delivery slot imposed") in flat  # the pain point the big bet answers


def test_in_french_the_quadrants_words_and_decimals_are_french():
    data, _ = pdf_bytes(decisions_project(Language.FR), DECISIONS)
    matrix = squeezed(page_text(data, 1))
    for name in ("Matrice impact/effort", "Gains rapides", "Paris stratégiques", "À-côtés", "Gouffres", "Statut", "Abandonnée", "Sans score (1)"):
        assert squeezed(name) in matrix, name
    table = page_text(data, 2)
    assert "Backlog des opportunités" in table and "Rang" in table and "5,00" in table and "2,40" in table


def test_the_sample_map_prints_its_matrix_in_french():
    data, report = pdf_bytes(sample_project(), ExportOptions(page=PageSetup("A3"), decision_pages=True))
    assert report.pages == 3
    text = squeezed(page_text(data, 1))
    assert squeezed("Gains rapides") in text and squeezed("Envoyer des échantillons") in text


def test_without_the_option_or_without_opportunities_there_is_no_matrix_page():
    data, report = pdf_bytes(decisions_project())
    assert report.pages == 1 and "matrix" not in page_text(data, 0).lower()
    data, report = pdf_bytes(decisions_project(), ExportOptions(decision_pages=False))
    assert report.pages == 1
    project = decisions_project()
    journey = project.journeys[0]
    journey.cards = [c for c in journey.cards if c.lane_id != "ideas"]
    data, report = pdf_bytes(project, DECISIONS)
    assert report.pages == 1


def test_a_long_backlog_runs_over_pages_with_its_header_repeated():
    project = decisions_project()
    journey = project.journeys[0]
    start = sum(1 for c in journey.cards if c.stage_id == "s1" and c.lane_id == "ideas")
    for n in range(120):
        journey.cards.append(Card(id=f"more-{n}", stage_id="s1", lane_id="ideas", position=start + n,
                                  text=f"Extra idea number {n} with a longer description to wrap", impact=1 + n % 5, effort=1 + n % 3))
    data, report = pdf_bytes(project, DECISIONS)
    pages = reader(data).pages
    table_pages = [i for i in range(len(pages)) if "Backlog of opportunities" in pages[i].extract_text()]
    assert len(table_pages) >= 3 and report.pages == 2 + len(table_pages)
    for index in table_pages[1:]:
        text = pages[index].extract_text()
        assert "(continued)" in text and "Rank" in text and "Pain points answered".split()[0] in text
    everything = squeezed("".join(pages[i].extract_text() for i in table_pages))
    assert all(f"Extraideanumber{n}with" in everything for n in range(120))


def test_awkward_text_prints_as_typed():
    project = decisions_project()
    card = project.journeys[0].card("quick")
    card.text = "Cheaper <b>delivery</b> & returns"
    data, _ = pdf_bytes(project, DECISIONS)
    assert squeezed("Cheaper <b>delivery</b> & returns") in squeezed(page_text(data, 2))


def test_the_matrix_page_renders_with_its_quadrant_tints_and_status_colours(tmp_path):
    from PySide6.QtGui import QImage

    from cjdesigner.layout.matrix import QUADRANT_FILLS, STATUS_COLOURS
    from cjdesigner.model.backlog import Quadrant
    from cjdesigner.model.vocabulary import OpportunityStatus

    data, _ = pdf_bytes(decisions_project(), DECISIONS)
    (tmp_path / "map.pdf").write_bytes(data)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "2", "-l", "2", str(tmp_path / "map.pdf"), str(tmp_path / "page")], check=True)
    image = QImage(str(next(tmp_path.glob("page*.png")))).convertToFormat(QImage.Format.Format_RGB888)
    assert (image.width(), image.height()) == (497, 702)  # A4 portrait at 60 dpi, rounded up
    raw = image.constBits().tobytes()
    colours = set()
    for y in range(image.height()):
        line = raw[y * image.bytesPerLine(): y * image.bytesPerLine() + image.width() * 3]
        colours.update(zip(line[0::3], line[1::3], line[2::3]))
    found = {"#%02X%02X%02X" % rgb for rgb in colours}
    for quadrant in Quadrant:
        assert QUADRANT_FILLS[quadrant] in found, quadrant
    for status in (OpportunityStatus.DONE, OpportunityStatus.IN_PROGRESS):
        assert STATUS_COLOURS[status] in found, status


def test_the_command_line_adds_the_decisions_with_a_flag(tmp_path):
    from cjdesigner.cli import main
    from cjdesigner.io.cjmap import save_project

    source = tmp_path / "map.cjmap"
    save_project(decisions_project(), source)
    assert main(["export", str(source), "-o", str(tmp_path / "plain.pdf")]) == 0
    assert len(reader((tmp_path / "plain.pdf").read_bytes()).pages) == 1
    assert main(["export", str(source), "-o", str(tmp_path / "decisions.pdf"), "--decisions"]) == 0
    data = (tmp_path / "decisions.pdf").read_bytes()
    assert len(reader(data).pages) == 3
    assert squeezed("Quick wins") in squeezed(page_text(data, 1))


def test_the_export_dialog_checkbox_adds_the_decisions_and_is_remembered(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QFileDialog

    from cjdesigner.app.document import Document
    from cjdesigner.ui.export_dialog import ExportDialog

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = ExportDialog(Document(decisions_project()), settings)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.decision_pages
    assert box.text() == "Impact/effort matrix and backlog (when there are opportunities)" and not box.isChecked()
    box.setChecked(True)
    dialog.refresh_preview()
    assert dialog.options().decision_pages
    assert "the impact/effort matrix and the backlog." in dialog.summary.text()
    target = tmp_path / "map.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(dialog.finished_export, timeout=30000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(reader(target.read_bytes()).pages) == 3
    again = ExportDialog(Document(decisions_project()), settings)
    qtbot.addWidget(again)
    assert again.decision_pages.isChecked()
