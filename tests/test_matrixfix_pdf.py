"""The PDF's backlog table with hostile cells (a long name, a pasted URL), a number kept with its
unit, and the decision pages keeping to the print's selection of stages."""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

from decisions_builders import decisions_project
from pdf_helpers import page_text, squeezed
from cjdesigner.export.backlog import HEADERS
from cjdesigner.export.options import ExportOptions
from cjdesigner.export.pdf import pdf_bytes
from cjdesigner.export.pdf.decisions import MIN_COLUMN, QUADRANT, column_widths
from cjdesigner.export.selection import PrintSelection
from cjdesigner.model.document import Project
from cjdesigner.model.vocabulary import Language

DECISIONS = ExportOptions(decision_pages=True)
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
    from cjdesigner.export.pdf.decisions import TABLE_SIZE, _cell_lines
    from cjdesigner.export.pdf.fonts import measure

    width = measure("Reply within 48", TABLE_SIZE) + 1
    lines = _cell_lines("Reply within 48 h", width, TABLE_SIZE)
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
