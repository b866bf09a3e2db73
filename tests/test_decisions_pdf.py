"""The PDF's decisions: the impact/effort matrix page and the backlog table, read back as a reader
would, rendered to an image, and left out when the options say so or there is nothing to place;
hostile cells (a long name, a pasted URL), a number kept with its unit, the pages keeping to the
print's selection of stages, and column names printed whole, never cut with "…"."""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from decisions_builders import decisions_project
from pdf_helpers import page_text, reader, squeezed
from cjdesigner.export.backlog import HEADERS, NUMERIC
from cjdesigner.export.options import ExportOptions
from cjdesigner.export.page_setup import PageSetup
from cjdesigner.export.pdf import pdf_bytes
from cjdesigner.export.pdf.decisions import CELL_PAD, HEADER_LINES, HEADER_SIZE, MIN_COLUMN, QUADRANT, TABLE_SIZE, cell_lines, column_widths, header_text
from cjdesigner.export.pdf.fonts import bold_measure, measure
from cjdesigner.export.selection import PrintSelection
from cjdesigner.io.cjmap import save_project
from cjdesigner.io.sample import sample_project
from cjdesigner.model.document import Card, Project
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


OWNER = "Customer-experience-and-after-sales-department-of-the-northern-region-warehouse"  # 80 letters
URL = "https://support.example.com/tickets/search?query=delivery-slot-imposed&status=open&sort=votes"


def hostile_project() -> Project:
    project = decisions_project()
    journey = project.journeys[0]
    cards = []
    for card in journey.cards:
        if card.id == "bet":
            card = card.model_copy(update={"owner": OWNER, "text": "Reply within 48 h to every " + "Supercalifragilistic" * 3})
        if card.id == "pain":
            card = card.model_copy(update={"text": "Delivery slot imposed, see " + URL})
        cards.append(card)
    return project.model_copy(update={"journeys": [journey.model_copy(update={"cards": cards})]})


def table_texts(project: Project) -> tuple[list[str], list[list[str]]]:
    from cjdesigner.export.backlog import backlog_table

    table = backlog_table(project, "j1")
    header = [h for i, h in enumerate(HEADERS[Language.EN]) if i != QUADRANT]
    return header, [[("" if v is None else str(v)) for i, v in enumerate(row) if i != QUADRANT] for row in table[1:]]


def test_hostile_cells_leave_every_column_a_readable_width_and_the_table_its_width():
    header, rows = table_texts(hostile_project())
    for room in (515.0, 770.0, 300.0):
        widths = column_widths(header, rows, room)
        assert all(w >= MIN_COLUMN - 1e-6 for w in widths), (room, widths)
        assert abs(sum(widths) - room) < 1e-6
        assert room < 500 or widths[1] >= 60  # the opportunity keeps words whole, not a letter a line


def word_boxes(data: bytes, page: int) -> list[tuple[float, float, float, float, str]]:
    with tempfile.TemporaryDirectory() as folder:
        pdf, html = Path(folder, "out.pdf"), Path(folder, "out.html")
        pdf.write_bytes(data)
        subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), str(html)], check=True)
        found = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', html.read_text("utf-8"))
    return [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in found]


def test_hostile_cells_print_no_text_over_other_text():
    data, report = pdf_bytes(hostile_project(), DECISIONS)
    for page in range(3, report.pages + 1):  # the backlog (the map, then the matrix come first)
        boxes = word_boxes(data, page)
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                overlap_x = min(a[2], b[2]) - max(a[0], b[0])
                overlap_y = min(a[3], b[3]) - max(a[1], b[1])
                assert overlap_x <= 0.5 or overlap_y <= 0.5, (a, b)
    text = page_text(data, 2)
    assert "48\u00a0h" in text or "48 h" in text.replace("\n", "#")  # never "48" at a line's end, "h" on the next
    assert not re.search(r"48\s*\n\s*h", text)


def test_a_number_and_its_unit_share_a_line():
    width = measure("Reply within 48", TABLE_SIZE) + 1
    lines = cell_lines("Reply within 48 h", width, TABLE_SIZE)
    assert lines[-1].startswith("48") and len(lines) == 2


def test_the_french_table_says_points_de_douleur_as_the_map_does():
    data, _ = pdf_bytes(decisions_project(Language.FR), DECISIONS)
    flat = squeezed(page_text(data, 2))
    assert "irritant" not in flat.lower()
    assert "Poids des points de douleur" in HEADERS[Language.FR]


def test_the_decision_pages_keep_to_the_stages_printed():
    only_consider = ExportOptions(decision_pages=True, selection=PrintSelection(stage_ids=frozenset({"s1"})))
    data, _ = pdf_bytes(decisions_project(), only_consider)
    matrix, backlog = squeezed(page_text(data, 1)), squeezed(page_text(data, 2))
    for shown in ("Free fabric samples", "Assembly video", "Show sizes in the ad"):
        assert squeezed(shown) in matrix and squeezed(shown) in backlog, shown
    for left_out in ("Live chat at checkout", "Order tracking", "Callback instead of queue", "Guest checkout"):
        assert squeezed(left_out) not in matrix and squeezed(left_out) not in backlog, left_out


def backlog_page_lines(tmp_path: Path, project) -> list[str]:
    """The backlog page of `cjdesigner export MAP -o x.pdf --decisions`, as `pdftotext -layout` reads it."""
    source, target = tmp_path / "map.cjmap", tmp_path / "x.pdf"
    save_project(project, source)
    done = subprocess.run([sys.executable, "-m", "cjdesigner", "export", str(source), "-o", str(target), "--decisions"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    (page,) = [p for p in pages if "Backlog des opportunités" in p or "Opportunity backlog" in p]
    return page.splitlines()


def header_rows(lines: list[str], first_column: str) -> list[str]:
    """The lines of the table's header: from the one starting with the first column's name to
    the first row of the table (its rank, 1)."""
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(first_column))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].strip().startswith("1 "))
    return [line for line in lines[start:end] if line.strip()]


def test_the_french_sample_prints_every_word_of_every_column_name(tmp_path):
    rows = header_rows(backlog_page_lines(tmp_path, sample_project()), "Rang")
    words = " ".join(rows).replace("\u00a0", " ").split()
    names = [h for i, h in enumerate(HEADERS[Language.FR]) if i != QUADRANT]
    for name in names:
        for word in name.split():
            assert word in words, (word, rows)
    assert not any("…" in row for row in rows), rows
    assert words.count("de") >= 2 and "douleur" in words and "Responsable" in words  # not "Responsabl e"
    assert len(rows) <= 3, rows  # "Impact ÷ effort" in two lines, "Poids des / points de / douleur" in three


@pytest.mark.parametrize("language", [Language.FR, Language.EN])
@pytest.mark.parametrize("room", [430.0, 470.0, 538.6, 770.0])
def test_number_columns_are_as_wide_as_the_longest_word_of_their_name(language, room):
    header = [h for i, h in enumerate(HEADERS[language]) if i != QUADRANT]
    long_cell = "Considération " * 3
    rows = [[long_cell if i in (1, 2, 8, 9, 10) else "12" for i in range(len(header))] for _ in range(3)]
    widths = column_widths(header, rows, room)
    assert sum(widths) == pytest.approx(room)
    numeric = [i for i, h in enumerate(HEADERS[language]) if i in NUMERIC and i != QUADRANT]
    for i in numeric:
        printed = i if i < QUADRANT else i - 1
        longest = max(bold_measure(w, HEADER_SIZE) for w in header[printed].split())
        assert widths[printed] >= longest + 2 * CELL_PAD - 1e-6, (header[printed], widths[printed])
        lines = cell_lines(header_text(header[printed]), widths[printed] - 2 * CELL_PAD, HEADER_SIZE, True, None)
        assert len(lines) <= HEADER_LINES, lines  # "Poids des / points de / douleur", not a word a line
        assert " ".join(lines).replace("\u00a0", " ").split() == header[printed].split()


def test_a_column_name_wraps_over_as_many_lines_as_it_needs_and_is_never_cut():
    name = "Poids des points de douleur traités et pondérés"
    width = max(bold_measure(w, HEADER_SIZE) for w in name.split()) + 1
    lines = cell_lines(name, width, HEADER_SIZE, True, None)
    assert " ".join(lines).split() == name.split()
    assert len(lines) > 4 and not any("…" in line for line in lines)
