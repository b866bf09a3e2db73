"""What an export writes opens right in other programs: an SVG is XML whatever the cards hold and
names fonts every renderer knows; a workbook's columns fit their text; a deck's words are readable."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

from builders import small_project
from cjdesigner.cli import main
from cjdesigner.io.cjmap import save_project


def test_an_svg_of_a_card_with_control_characters_is_xml_and_says_what_it_left_out(tmp_path, capsys, qapp):
    project = small_project()
    project.journeys[0].cards[0].text = "bell\x07 and\x0b tab\x1b"
    save_project(project, tmp_path / "m.cjmap")

    assert main(["export", str(tmp_path / "m.cjmap"), "-o", str(tmp_path / "m.svg")]) == 0

    root = ElementTree.parse(tmp_path / "m.svg").getroot()
    assert any("bell and tab" in "".join(node.itertext()) for node in root.iter())
    err = capsys.readouterr().err
    assert "m.svg: warning: an SVG image cannot hold control characters" in err and "“bell and tab”" in err


def test_an_svg_names_font_families_that_end_in_a_generic_family(tmp_path, qapp):
    from cjdesigner.canvas.image_export import svg_bytes

    svg = svg_bytes(small_project()).decode("utf-8")
    families = set(re.findall(r'font-family="([^"]*)"', svg))
    assert families, "the SVG names its fonts"
    for family in families:
        assert "Sans Serif" not in family
        assert family.endswith(", sans-serif") and family.startswith("'DejaVu Sans'"), family


def test_workbook_columns_fit_their_text_long_text_wraps_and_headers_stay(tmp_path):
    from openpyxl import load_workbook

    from cjdesigner.export.options import ExportOptions
    from cjdesigner.export.xlsx import MAX_WIDTH, write_xlsx

    project = small_project()
    project.journeys[0].cards[0].text = "A card whose text runs on for far longer than any column should be wide, " * 2
    write_xlsx(project, ExportOptions(), tmp_path / "m.xlsx")

    book = load_workbook(tmp_path / "m.xlsx")
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.cell(row=1, column=1).font.bold
    cards = book.worksheets[0]
    headers = [cell.value for cell in cards[1]]
    text = cards.cell(row=1, column=headers.index("text") + 1).column_letter
    stage = cards.cell(row=1, column=headers.index("stage") + 1).column_letter
    assert cards.column_dimensions[text].width == MAX_WIDTH
    assert 8 <= cards.column_dimensions[stage].width < 20, "a column of short names stays narrow"
    long_cell = next(cell for cell in cards[text] if isinstance(cell.value, str) and cell.value.startswith("A card whose"))
    assert long_cell.alignment.wrap_text
    assert not cards[f"{stage}2"].alignment.wrap_text


def _deck(project):
    import io

    from pptx import Presentation

    from cjdesigner.export.options import ExportOptions
    from cjdesigner.export.pptx import pptx_bytes

    data, _ = pptx_bytes(project, ExportOptions())
    return Presentation(io.BytesIO(data))


def test_a_decks_overview_never_prints_card_text_below_eight_points():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
    from generate import generated_project

    deck = _deck(generated_project(200))
    overviews = [slide for slide in deck.slides if slide.name.startswith(("Overview", "Vue d'ensemble"))]
    assert len(overviews) > 1, "a large map's overview takes several slides"
    sizes = [
        run.font.size.pt
        for slide in overviews for shape in slide.shapes if shape.name.startswith(("Card ", "Lane ", "Stage ")) and shape.has_text_frame
        for paragraph in shape.text_frame.paragraphs for run in paragraph.runs if run.text
    ]
    assert sizes and min(sizes) >= 8
    cards = {shape.name for slide in overviews for shape in slide.shapes if shape.name.startswith("Card ")}
    assert cards == {f"Card c{i}" for i in range(200)}, "every card on one of the overview's slides"


def test_a_deck_shows_metric_values_targets_and_charts():
    from cjdesigner.model.document import Card, Lane
    from cjdesigner.model.vocabulary import LaneChart, LaneKind, Language

    project = small_project()
    project.language = Language.FR
    journey = project.journeys[0]
    journey.lanes += [Lane(id="m", title="Indicateurs", kind=LaneKind.METRICS), Lane(id="b", title="Barres", kind=LaneKind.METRICS, chart=LaneChart.BARS)]
    journey.cards += [
        Card(id="m1", stage_id="s1", lane_id="m", text="Conversion", value=68, unit="%", target=55),
        Card(id="b1", stage_id="s2", lane_id="b", text="Satisfaction", value=74, unit="%", target=80),
    ]
    texts = [shape.text_frame.text for slide in _deck(project).slides for shape in slide.shapes if shape.has_text_frame]
    assert texts.count("68\u202f% · cible 55\u202f%") == 2, "on the overview and on the stage's slide"
    assert texts.count("74\u202f%") == 2 and texts.count("cible 80\u202f%") == 2
    bars = [shape for slide in _deck(project).slides for shape in slide.shapes if shape.name == "Chart bar"]
    assert len(bars) >= 2


def test_a_deck_keeps_every_character_xml_can_hold_and_names_the_texts_that_lost_control_characters():
    from cjdesigner.export.options import ExportOptions
    from cjdesigner.export.pptx import pptx_bytes

    project = small_project()
    journey = project.journeys[0]
    journey.cards[0].text = 'Tom & Jerry <b>"quoted"</b> \'single\'\ttab\r\nnext line'
    journey.cards[1].text = "bell\x07 and\x0b escape\x1b"
    journey.lanes[0].title = 'Lane "one" & <two>'
    data, warnings = pptx_bytes(project, ExportOptions())
    deck = _deck(project)
    shapes = [shape for slide in deck.slides for shape in slide.shapes]
    texts = [shape.text_frame.text for shape in shapes if shape.has_text_frame]
    assert texts.count('Tom & Jerry <b>"quoted"</b> \'single\'\ttab\nnext line') == 2, "on the overview and its stage's slide"
    assert texts.count("bell and escape") == 2
    assert not any("_x00" in text for text in texts), "no escape code shown instead of a character"
    assert {shape.name for shape in shapes} >= {'Lane Lane "one" & <two>', f"Card {journey.cards[0].id}"}
    assert any("bell and escape" in warning and "control characters" in warning for warning in warnings)
