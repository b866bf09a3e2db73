"""The project overview: every journey as a box of a map of maps, laid out as the hierarchy of
its sub-journeys with owner, status, reviews and a mark when a review is due; the same description
drawn in the window's dock (opened by its key, walked and activated by keyboard or click) and as
the first page of the project's PDF (on by default when the project has several journeys)."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt

from builders import linked_project
from cjdesigner.export.options import ExportOptions
from cjdesigner.export.pdf import pdf_bytes
from cjdesigner.layout.overview import overview_drawing
from cjdesigner.model import changes as C
from cjdesigner.model.document import Card
from cjdesigner.model.review import JourneyStatus
from cjdesigner.model.vocabulary import Language
from pdf_helpers import page_text, reader

DAY = date(2026, 12, 7)


def family():
    """Current state opens Sub 1 (a stage) and Sub 2 (a card); Sub 2 opens Sub 3."""
    project = linked_project(3)
    project.title = "Maison"
    for journey_id, kind, object_id, target in (("j1", "stage", "s1", "j2"), ("j1", "card", "a", "j3"), ("j3", "card", "c3", "j4")):
        assert C.link_sub_journey(project, journey_id, kind, object_id, target)
    project.journeys[0].owner = "Léa Martin"
    project.journeys[0].status = JourneyStatus.VALIDATED
    project.journeys[1].next_review = date(2026, 11, 1)
    project.journeys[3].status = JourneyStatus.ARCHIVED
    project.journeys[3].next_review = date(2026, 1, 1)  # archived: never due
    return project


def test_the_boxes_follow_the_hierarchy_without_overlapping():
    drawing = overview_drawing(family(), DAY)
    boxes = {b.journey_id: b for b in drawing.boxes}
    assert [boxes[j].level for j in ("j1", "j2", "j3", "j4")] == [0, 1, 1, 2]
    assert boxes["j1"].rect.x < boxes["j2"].rect.x == boxes["j3"].rect.x < boxes["j4"].rect.x
    assert boxes["j2"].rect.y < boxes["j1"].rect.y < boxes["j3"].rect.y  # a parent beside the middle of its own
    assert boxes["j4"].rect.y == boxes["j3"].rect.y
    rects = [b.rect for b in drawing.boxes]
    for i, a in enumerate(rects):
        assert 0 <= a.x and a.x + a.w <= drawing.width and 0 <= a.y and a.y + a.h <= drawing.height
        for b in rects[i + 1:]:
            assert a.x + a.w <= b.x or b.x + b.w <= a.x or a.y + a.h <= b.y or b.y + b.h <= a.y
    assert len(drawing.connectors) == 3
    for connector in drawing.connectors:
        assert connector.points[0][0] < connector.points[-1][0]  # from a parent's right to its child's left


def test_each_box_says_owner_status_reviews_and_whether_one_is_due():
    drawing = overview_drawing(family(), DAY)
    texts = {b.journey_id: [line.text for line in b.lines] for b in drawing.boxes}
    assert texts["j1"] == ["Current state", "Owner: Léa Martin", "Never reviewed · Next: not planned", "Validated"]
    assert texts["j2"] == ["Sub 1", "from ↳ Discover", "No owner", "Never reviewed · Next: 2026-11-01", "Draft", "⚠ Review due"]
    assert [b.journey_id for b in drawing.boxes if b.due] == ["j2"]
    assert "Archived" in texts["j4"] and "⚠ Review due" not in texts["j4"]
    assert [line.text for line in drawing.summary] == ["4 journeys, 1 due for review on 2026-12-07.", "No review interval is set."]


@pytest.mark.parametrize(("language", "expected"), [
    (Language.EN, ["1 journey, 0 due for review on 2026-12-07.", "Journeys are reviewed every month."]),
    (Language.FR, ["1 parcours, 0 à revoir le 2026-12-07.", "Les parcours sont revus tous les mois."]),
])
def test_the_summary_counts_one_journey_and_one_month_in_the_singular(language, expected):
    project = linked_project(0)
    project.language, project.review_every_months = language, 1
    assert [line.text for line in overview_drawing(project, DAY).summary] == expected


def test_the_overview_speaks_the_map_s_language():
    project = family()
    project.language = Language.FR
    project.review_every_months = 6
    drawing = overview_drawing(project, DAY)
    words = [line.text for b in drawing.boxes for line in b.lines] + [line.text for line in drawing.summary]
    assert "Responsable\u202f: Léa Martin" in words and "Validé" in words
    assert "Les parcours sont revus tous les 6 mois." in words


def test_a_tall_overview_runs_on_over_pages_at_a_readable_size_cutting_no_box():
    project = linked_project(29)
    project.journeys[0].cards += [Card(id=f"x{k}", stage_id="s1", lane_id="actions", text=f"To {k}", sub_journey_id=f"j{k}") for k in range(2, 31)]
    data, report = pdf_bytes(project, ExportOptions(day=DAY))
    pages = reader(data).pages
    overview = [i for i, page in enumerate(pages) if "Project overview" in page.extract_text()]
    assert len(overview) > 1 and overview == list(range(len(overview)))
    assert "(continued)" in page_text(data, 1)
    said = [page_text(data, i) for i in overview]
    for k in range(1, 30):  # each box on exactly one page, whole
        assert sum(text.count(f"Sub {k}\n") for text in said) == 1, k
    assert report.pages == len(pages) == len(overview) + 1


def test_the_pdf_opens_with_the_overview_when_the_project_has_several_journeys():
    data, report = pdf_bytes(family(), ExportOptions(day=DAY))
    first = page_text(data)
    assert "Project overview — Maison" in first and "Sub 3" in first and "Review due" in first
    assert report.pages == len(reader(data).pages) == 2
    without, _ = pdf_bytes(family(), ExportOptions(day=DAY, overview_page=False))
    assert len(reader(without).pages) == 1 and "Project overview" not in page_text(without)
    single = linked_project(0)
    assert len(reader(pdf_bytes(single, ExportOptions(day=DAY))[0]).pages) == 1
    assert "Project overview" in page_text(pdf_bytes(single, ExportOptions(day=DAY, overview_page=True))[0])


def test_the_command_line_leaves_the_overview_out_on_request(tmp_path):
    from cjdesigner.cli import main
    from cjdesigner.io.cjmap import save_project

    source = tmp_path / "family.cjmap"
    save_project(family(), source)
    for flag, pages in (("--overview", 2), ("--no-overview", 1)):
        out = tmp_path / f"{flag}.pdf"
        assert main(["export", str(source), "-o", str(out), flag]) == 0
        assert len(reader(out.read_bytes()).pages) == pages


pytestmark = pytest.mark.window_project(builder=family)


def test_the_overview_opens_by_its_key_and_opens_a_journey_by_keyboard(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    canvas = window.overview.canvas
    qtbot.waitUntil(lambda: window.overview_dock.isVisible() and canvas.hasFocus())
    assert window.actions["view.overview"].isChecked()
    assert canvas.current == "j1"
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.current in ("j2", "j3")
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.current == "j3"
    assert canvas.accessibleDescription().startswith("Sub 2, from ↳ A")
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert window.document.journey_id == "j4"
    assert canvas.shown == "j4"


def test_a_screen_reader_hears_a_long_title_whole_where_the_box_cuts_it_short(window, qtbot):
    title = "Livraison à domicile, créneau choisi, suivi par SMS et remise en main propre"
    assert window.verbs.rename("journey", "j1", title)
    window.actions["view.overview"].trigger()
    canvas = window.overview.canvas
    qtbot.waitUntil(lambda: canvas.isVisible() and canvas.drawing is not None)
    assert canvas.drawing.box("j1").lines[0].text.endswith("…")
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.accessibleDescription().startswith(f"{title}, Owner: Léa Martin")


def test_a_click_on_a_box_opens_its_journey(window, qtbot):
    window.actions["view.overview"].trigger()
    canvas = window.overview.canvas
    qtbot.waitUntil(lambda: canvas.isVisible() and canvas.drawing is not None)
    box = canvas.drawing.box("j2")
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(box.rect.x + 20), int(box.rect.y + 20)))
    assert window.document.journey_id == "j2"


def test_the_overview_follows_edits_that_change_it_and_only_those(window, qtbot, monkeypatch):
    window.actions["view.overview"].trigger()
    canvas = window.overview.canvas
    qtbot.waitUntil(lambda: canvas.isVisible() and canvas.drawing is not None)
    drawn = []
    monkeypatch.setattr(window.overview, "refresh", lambda today=None: drawn.append(1))
    window.verbs.set_card_text("b", "typed on a card that opens nothing")
    assert drawn == []
    window.verbs.set_card_text("a", "Renamed link")  # card a opens Sub 2: its text is named there
    window.verbs.set_review("j2", "owner", "Noé")
    assert len(drawn) == 2


@pytest.mark.parametrize(("builder", "checked"), [(family, True), (lambda: linked_project(0), False)])
def test_the_export_dialog_offers_the_overview_page_checked_for_several_journeys(qtbot, tmp_path, builder, checked):
    from PySide6.QtCore import QSettings

    from cjdesigner.app.document import Document
    from cjdesigner.ui.export_dialog import ExportDialog

    dialog = ExportDialog(Document(builder()), QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.overview_page.isVisible() and dialog.overview_page.isChecked() is checked
    assert dialog.options().overview_page is checked
    dialog.overview_page.setFocus()
    qtbot.keyClick(dialog.overview_page, Qt.Key.Key_Space)
    assert dialog.options().overview_page is not checked
