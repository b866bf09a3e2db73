"""Chart lanes on screen, on paper and in the menus: the canvas and the PDF paint the same chart, the
PDF says the numbers, a greyscale rendering still shows the bar, the gap and the target, and "Show as"
is one undo step."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from builders import metrics_map
from chart_reading import INK, NNB, PAPER, bars
from drawing_recorders import assert_same, assert_same_texts, canvas_drawing, pdf_drawing
from pdf_helpers import page_text, squeezed
from qt_helpers import close_menu, open_menu
from cjdesigner.app.document import Document
from cjdesigner.app.verbs import Verbs
from cjdesigner.canvas.menus import add_show_as_menu, show_lane_as
from cjdesigner.canvas.scene import MapScene
from cjdesigner.export.options import ExportOptions
from cjdesigner.export.page_setup import PageSetup
from cjdesigner.export.pdf import pdf_bytes
from cjdesigner.io.sample import sample_project
from cjdesigner.layout import layout_journey
from cjdesigner.layout.charts import BAR_H
from cjdesigner.layout.drawing_set import MapDrawingSet
from cjdesigner.model.vocabulary import LaneChart, Language


def _inside_cards(project, shapes: list) -> list:
    """The rectangles drawn inside the chart lane's cards: the bars and ticks of the charts."""
    layout = layout_journey(project, project.journeys[0])
    cards = [layout.cards[c.id] for c in project.journeys[0].cards if c.lane_id == "kpi"]
    return [
        tuple(round(v, 2) for v in shape[1:])
        for shape in shapes
        if shape[0] == "rect" and any(r.x <= shape[1] and shape[1] + shape[3] <= r.right + 0.01 and r.y <= shape[2] and shape[2] + shape[4] <= r.bottom for r in cards)
    ]


@pytest.mark.parametrize("chart", list(LaneChart))
def test_the_screen_and_the_print_draw_the_same_chart(qtbot, chart):
    project = metrics_map(chart)
    screen, paper = canvas_drawing(project, qtbot), pdf_drawing(project)
    drawn = _inside_cards(project, screen.shapes)
    assert len(drawn) >= 6, "bars, outlines and ticks are drawn"
    assert_same(drawn, _inside_cards(project, paper.shapes), "a chart bar")
    assert_same_texts(screen.texts, paper.texts)
    assert any(text == f"48{NNB}000\u00a0visiteurs" for text, _, _ in screen.texts)


def test_the_pdf_prints_the_values_targets_and_drop_off_of_the_sample():
    data, report = pdf_bytes(sample_project(), ExportOptions(page=PageSetup("A3")))
    assert report.warnings == [], "the font has every sign: narrow spaces, minus, euro"
    text = squeezed(page_text(data))
    for words in ("Visiteurs du site", "48 000 visiteurs", "cible 60 000", "3 100 paniers", "−93,5 % depuis Visiteurs du site",
                  "conversion 6,5 %", "−60,0 % depuis Paniers créés", "890 €", "cible 950 €", "82 %", "cible 95 %"):
        assert squeezed(words) in text, words


def test_an_english_pdf_speaks_english_around_the_numbers():
    project = sample_project().model_copy(update={"language": Language.EN})
    text = squeezed(page_text(pdf_bytes(project, ExportOptions(page=PageSetup("A3")))[0]))
    for words in ("48,000 visiteurs", "target 60,000", "−93.5% from Visiteurs du site", "conversion 6.5%", "82%", "target 95%"):
        assert squeezed(words) in text, words


def test_a_greyscale_rendering_of_the_pdf_shows_the_bar_the_gap_and_the_target(tmp_path: Path):
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm is needed: apt-get install -y poppler-utils")
    project = metrics_map()
    journey = project.journeys[0]
    setup = PageSetup("A4")
    data, _ = pdf_bytes(project, ExportOptions(page=setup))
    (tmp_path / "map.pdf").write_bytes(data)
    dpi = 200
    subprocess.run(["pdftoppm", "-gray", "-png", "-r", str(dpi), "-f", "1", "-l", "1", str(tmp_path / "map.pdf"), str(tmp_path / "page")], check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    layout = layout_journey(project, journey, coverage=True)  # as the export lays it out, with its coverage row
    placement = setup.for_map(layout.width, layout.height).fit(layout.width, layout.height)
    chart = MapDrawingSet(project, journey, layout).card("v3").chart
    card = layout.cards["v3"]

    def grey(x: float, y: float) -> int:
        """The grey level (0 black, 255 white) at a point of the card, in map points."""
        px = (placement.left + (card.x + x) * placement.scale) * dpi / 72
        py = (placement.top + (card.y + y) * placement.scale) * dpi / 72
        return image.pixelColor(round(px), round(py)).value()

    dark, hollow = bars(chart, INK)[0], bars(chart, PAPER)[0]
    tick = next(bar for bar in chart.bars if bar.h > BAR_H)
    middle = dark.y + dark.h / 2
    assert grey(dark.x + dark.w / 2, middle) < 90, "the measured part is a dark bar"
    assert grey(hollow.x + hollow.w / 2, middle) > 200, "the way to the target is hollow"
    edge = min(grey(hollow.x + hollow.w / 2, hollow.y + d / 4) for d in range(-2, 3))
    assert edge < 150, "the hollow part has an outline"
    assert grey(tick.x + tick.w / 2, tick.y + 1.0) < 90, "the target tick shows above the bar"
    assert grey(card.w / 2, card.h - 8) > 180, "the card behind stays light"


def test_show_as_is_one_named_undo_step_that_redoes_and_undoes(qtbot):
    document = Document(metrics_map(None))
    verbs = Verbs(document)
    before = document.project.model_dump_json()
    assert show_lane_as(verbs, document.journey.lane("kpi"), LaneChart.FUNNEL)
    after = document.project.model_dump_json()
    stack = document.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Show lane as funnel"
    assert document.journey.lane("kpi").chart is LaneChart.FUNNEL
    stack.undo()
    assert document.project.model_dump_json() == before and document.journey.lane("kpi").chart is None
    stack.redo()
    assert document.project.model_dump_json() == after
    assert not show_lane_as(verbs, document.journey.lane("kpi"), LaneChart.FUNNEL), "choosing what is shown is no step"
    assert stack.count() == 1


def test_the_lane_menu_offers_cards_bars_and_funnel_and_the_map_follows(qtbot):
    from PySide6.QtWidgets import QMenu

    document = Document(metrics_map(None))
    verbs = Verbs(document)
    scene = MapScene(document)
    menu = QMenu()
    qtbot.addWidget(menu)
    choices = add_show_as_menu(menu, document.journey.lane("kpi"), verbs)
    actions = {a.objectName(): a for a in choices.actions()}
    assert [a.text() for a in choices.actions()] == ["Cards", "Bar chart", "Funnel"]
    assert actions["lane-show-as-cards"].isChecked()
    assert scene.drawings.card("v1").chart is None
    actions["lane-show-as-bars"].trigger()
    assert document.journey.lane("kpi").chart is LaneChart.BARS
    assert scene.drawings.card("v1").chart is not None and scene.drawings.card("v1").lines == ()
    document.undo_stack.undo()
    assert scene.drawings.card("v1").chart is None


def test_editing_a_value_on_the_canvas_redraws_the_other_bars_of_its_metric(qtbot):
    document = Document(metrics_map())
    verbs = Verbs(document)
    scene = MapScene(document)
    before = bars(scene.drawings.card("v2").chart, INK)[0].w
    assert verbs.set_fields("card", "v1", None, value=120_000.0)
    assert bars(scene.drawings.card("v2").chart, INK)[0].w == pytest.approx(before / 2)
    document.undo_stack.undo()
    assert bars(scene.drawings.card("v2").chart, INK)[0].w == pytest.approx(before)


def test_the_view_repaints_the_lane_mates_of_an_edited_metric(qtbot):
    """Cards keep a cached picture; a lane mate whose bar changed must not show its old one."""
    from cjdesigner.canvas.view import MapView

    document = Document(metrics_map())
    verbs = Verbs(document)
    scene = MapScene(document)
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    item = scene.card_items["v2"]
    view.ensureVisible(item.sceneBoundingRect())

    def picture() -> QImage:
        rect = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        return view.viewport().grab(rect).toImage()

    before = picture()
    assert verbs.set_fields("card", "v1", None, value=120_000.0)
    qtbot.waitUntil(lambda: picture() != before, timeout=2000)


def test_the_properties_panel_shows_a_lane_as_cards_bars_or_funnel(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox

    window.scene.lane_items["pains"].setSelected(True)
    combo = window.properties.findChild(QComboBox, "field-chart")
    assert [combo.itemText(i) for i in range(combo.count())] == ["Cards", "Bar chart", "Funnel"]
    assert combo.currentText() == "Cards"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert window.document.journey.lane("pains").chart is LaneChart.BARS
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert window.document.journey.lane("pains").chart is None and combo.currentText() == "Cards"


def test_the_lane_context_menu_holds_show_as(window, qtbot):
    from PySide6.QtWidgets import QMenu

    window.scene.lane_items["pains"].setSelected(True)
    menu = open_menu(qtbot, window)
    choices = menu.findChild(QMenu, "lane-show-as")
    assert choices is not None and [a.text() for a in choices.actions()] == ["Cards", "Bar chart", "Funnel"]
    choices.actions()[2].trigger()
    close_menu(qtbot, menu)
    assert window.document.journey.lane("pains").chart is LaneChart.FUNNEL
    assert window.document.undo_stack.undoText() == "Show lane as funnel"


def test_the_png_and_svg_exports_draw_the_chart(qtbot):
    from cjdesigner.canvas.image_export import png_bytes, svg_bytes

    project = metrics_map()
    journey = project.journeys[0]
    layout = layout_journey(project, journey, coverage=True)  # as the export lays it out, with its coverage row
    chart = MapDrawingSet(project, journey, layout).card("v1").chart
    image = QImage.fromData(png_bytes(project, ExportOptions(png_dpi=144)))
    scale = image.height() / layout.height
    card = layout.cards["v1"]
    dark, hollow = bars(chart, INK)[0], bars(chart, PAPER)[0]

    def grey(bar) -> int:
        x, y = card.x + bar.x + bar.w / 2, card.y + bar.y + bar.h / 2
        return QImage.pixelColor(image, round(x * scale), round(y * scale)).value()

    assert grey(dark) < 90 and grey(hollow) > 200
    assert f"48{NNB}000\u00a0visiteurs".encode() in svg_bytes(project, ExportOptions())
