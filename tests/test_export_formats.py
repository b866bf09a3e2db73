"""Excel and PowerPoint out: the workbook gives back the same map, the deck holds every card as text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjdesigner.cli import main
from cjdesigner.export.options import ExportOptions
from cjdesigner.export.pptx import pptx_bytes, write_pptx
from cjdesigner.export.selection import PrintSelection
from cjdesigner.export.xlsx import write_xlsx
from cjdesigner.io.cjmap import save_project
from cjdesigner.io.importers import read_map
from cjdesigner.io.sample import sample_project
from cjdesigner.model.document import Card, EmotionPoint, Evidence, Journey, Lane, Persona, Project, Stage
from cjdesigner.model.vocabulary import BlueprintLine, Channel, Confidence, LaneKind, Language, Sentiment


def comparable(project: Project) -> dict:
    """A map as names and fields, without ids (an import makes new ones)."""
    journey = project.journeys[0]
    stages = {s.id: s.name for s in journey.stages}
    lanes = {lane.id: lane.title for lane in journey.lanes}
    names = {p.id: p.name for p in project.personas}
    return {
        "map": (project.title, project.description, project.authors, project.language),
        "journey": (journey.title, journey.scenario, journey.expectations),
        "stages": [s.model_dump(exclude={"id"}) for s in journey.stages],
        "lanes": [lane.model_dump(exclude={"id"}) for lane in journey.lanes],
        "personas": [project.persona(p).model_dump(exclude={"id"}) for p in journey.persona_ids],
        "cards": sorted(
            (stages[c.stage_id], lanes[c.lane_id], c.position, c.text, c.notes, c.colour, [names[p] for p in c.persona_ids],
             c.sentiment, c.tags, c.channel, c.severity, c.votes, c.owner, [e.model_dump() for e in c.evidence], c.confidence)
            for c in journey.cards
        ),
        "points": sorted((stages[e.stage_id], names[e.persona_id], e.score, e.label) for e in journey.emotion_points),
    }


def test_the_sample_map_goes_through_excel_unchanged(tmp_path):
    project = sample_project()
    assert write_xlsx(project, ExportOptions(), tmp_path / "s.xlsx") == []
    back = read_map(tmp_path / "s.xlsx", Language.EN)
    assert back.warnings == []
    assert comparable(back.project) == comparable(project)
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "s.xlsx")
    assert book.sheetnames == ["Cartes", "Parcours", "Étapes", "Couloirs", "Personas", "Points d'émotion"]
    assert [c.value for c in book["Cartes"][1]][:3] == ["étape", "couloir", "texte"], "headers in the map's language"
    kinds = {row[0].value: row[1].value for row in book["Couloirs"].iter_rows(min_row=2)}
    assert kinds["Points de contact"] == "Points de contact" and "touchpoints" not in kinds.values(), "lane kinds in the map's language"


names = st.text(alphabet="abcdéXYZ «»'=+-@|\\ 0123", min_size=1, max_size=10).map(str.strip).filter(bool)
texts = st.text(alphabet="abcdéXYZ «»'=+-@|\\ 0123\n", max_size=20).map(str.strip)
colours = st.from_regex(r"#[0-9A-F]{6}", fullmatch=True)


@st.composite
def maps(draw) -> Project:
    from cjdesigner.model.vocabulary import fold

    unique = dict(unique_by=fold)
    personas = [Persona(name=n, role=draw(texts), colour=draw(colours), quote=draw(texts), goals=draw(st.lists(names, max_size=2)),
                        line_style=i) for i, n in enumerate(draw(st.lists(names, max_size=3, **unique)))]
    stages = [Stage(name=n, goal=draw(texts), description=draw(texts), colour=draw(colours)) for n in draw(st.lists(names, min_size=1, max_size=4, **unique))]
    lanes = [Lane(title=n, kind=draw(st.sampled_from(LaneKind)), colour=draw(st.none() | colours), hidden=draw(st.booleans()),
                  line_below=draw(st.none() | st.sampled_from(BlueprintLine))) for n in draw(st.lists(names, min_size=1, max_size=4, **unique))]
    cards, filled = [], {}
    for _ in range(draw(st.integers(0, 10))):
        stage, lane = draw(st.sampled_from(stages)).id, draw(st.sampled_from(lanes)).id
        position = filled[(stage, lane)] = filled.get((stage, lane), -1) + 1
        cards.append(Card(
            stage_id=stage, lane_id=lane, position=position, text=draw(names), notes=draw(texts), colour=draw(st.none() | colours),
            persona_ids=draw(st.lists(st.sampled_from([p.id for p in personas]), unique=True)) if personas else [],
            sentiment=draw(st.none() | st.sampled_from(Sentiment)), tags=draw(st.lists(names, max_size=2, unique=True)),
            channel=draw(st.none() | st.sampled_from(Channel)), severity=draw(st.none() | st.integers(1, 5)), votes=draw(st.integers(0, 99)),
            owner=draw(texts), confidence=draw(st.none() | st.sampled_from(Confidence)),
            evidence=[Evidence(text=draw(names), source=draw(names), link=draw(names)) for _ in range(draw(st.integers(0, 2)))],
        ))
    points = []
    if personas:
        pairs = draw(st.lists(st.tuples(st.sampled_from(stages), st.sampled_from(personas)), unique_by=lambda t: (t[0].id, t[1].id), max_size=5))
        points = [EmotionPoint(stage_id=s.id, persona_id=p.id, score=draw(st.integers(-2, 2)), label=draw(texts)) for s, p in pairs]
    journey = Journey(title=draw(names), scenario=draw(texts), expectations=draw(texts), persona_ids=[p.id for p in personas],
                      stages=stages, lanes=lanes, cards=cards, emotion_points=points)
    return Project(title=journey.title, language=draw(st.sampled_from(Language)), personas=personas, journeys=[journey])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(maps())
def test_export_then_import_gives_back_the_same_map(tmp_path, project):
    path = tmp_path / "m.xlsx"
    write_xlsx(project, ExportOptions(), path)
    back = read_map(path, project.language)
    assert comparable(back.project) == comparable(project)


def test_a_french_workbook_gives_back_a_french_map_whatever_the_reader_speaks(tmp_path):
    from cjdesigner.model.vocabulary import Language

    project = sample_project()
    project.authors = ["Camille", "Jean-Pierre"]
    path = tmp_path / "m.xlsx"
    write_xlsx(project, ExportOptions(), path)
    back = read_map(path, Language.EN).project
    assert (back.language, back.title, back.description, back.authors) == (
        Language.FR, project.title, project.description, ["Camille", "Jean-Pierre"]
    )


def test_control_characters_are_left_out_of_a_workbook_and_named(tmp_path):
    project = sample_project()
    project.journeys[0].cards[0].text = "bip\x07bip"
    warnings = write_xlsx(project, ExportOptions(), tmp_path / "c.xlsx")
    assert any("control characters" in w and "bipbip" in w for w in warnings)


def slide_texts(slide) -> list[str]:
    return [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]


def _is_overview(slide) -> bool:
    return slide.name.startswith(("Overview", "Vue d’ensemble"))


def test_every_card_is_text_on_the_overview_and_on_its_stage_slide(tmp_path):
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    project = sample_project()
    write_pptx(project, ExportOptions(), tmp_path / "s.pptx")
    deck = Presentation(str(tmp_path / "s.pptx"))
    assert deck.slide_width * 9 == deck.slide_height * 16
    slides = list(deck.slides)
    journey = project.journeys[0]
    overviews = [slide for slide in slides if _is_overview(slide)]
    overview = [text for slide in overviews for text in slide_texts(slide)]
    stage_slides: dict[str, list[str]] = {}
    for slide in slides[len(overviews):]:
        title = next(s for s in slide.shapes if s.name == "Title").text_frame.text
        for stage in journey.stages:
            if title == stage.name or title.startswith(stage.name + " ("):
                stage_slides.setdefault(stage.id, []).extend(slide_texts(slide))
    assert set(stage_slides) == {s.id for s in journey.stages}
    for card in journey.cards:
        assert card.text in overview
        assert card.text in stage_slides[card.stage_id], card.text
    for slide in slides:
        assert not any(shape.shape_type == MSO_SHAPE_TYPE.PICTURE for shape in slide.shapes), "no picture of text"
    curves = [s for slide in overviews for s in slide.shapes if s.name.startswith("Emotion curve")]
    assert len(curves) >= 2 and all(s.shape_type == MSO_SHAPE_TYPE.FREEFORM for s in curves)
    persona_titles = [next(s for s in slide.shapes if s.name == "Title").text_frame.text for slide in slides[-2:]]
    assert persona_titles == [p.name for p in project.personas]


def test_stage_slides_are_readable_in_a_room(tmp_path):
    from pptx import Presentation

    project = sample_project()
    deck = Presentation(__import__("io").BytesIO(pptx_bytes(project, ExportOptions())[0]))
    sizes = [
        run.font.size.pt
        for slide in deck.slides if not _is_overview(slide)
        for shape in slide.shapes if shape.name.startswith("Card ")
        for paragraph in shape.text_frame.paragraphs for run in paragraph.runs
    ]
    assert sizes and min(sizes) >= 14


def test_the_selection_options_apply_to_every_new_format(tmp_path, capsys):
    project = sample_project()
    save_project(project, tmp_path / "s.cjmap")
    journey = project.journeys[0]
    first = journey.stages[0]
    for suffix in (".mmd", ".xlsx", ".pptx"):
        out = tmp_path / f"one{suffix}"
        assert main(["export", str(tmp_path / "s.cjmap"), "-o", str(out), "--stages", first.id]) == 0
        assert out.stat().st_size > 0
    back = read_map(tmp_path / "one.xlsx", Language.FR)
    assert [s.name for s in back.journey.stages] == [first.name]
    assert main(["export", str(tmp_path / "s.cjmap"), "-o", str(tmp_path / "x.pptx"), "--stages", "nope"]) == 1
    assert "has no stage" in capsys.readouterr().err
    options = ExportOptions(PrintSelection(persona_ids=frozenset({project.personas[0].id})))
    deck_bytes, _ = pptx_bytes(project, options)
    from pptx import Presentation

    titles = [next(s for s in slide.shapes if s.name == "Title").text_frame.text for slide in Presentation(__import__("io").BytesIO(deck_bytes)).slides]
    assert titles[-1] == project.personas[0].name and project.personas[1].name not in titles


@pytest.mark.parametrize("suffix", [".mmd", ".xlsx", ".pptx"])
def test_an_unwritable_output_is_a_sentence(tmp_path, capsys, suffix):
    save_project(sample_project(), tmp_path / "s.cjmap")
    assert main(["export", str(tmp_path / "s.cjmap"), "-o", str(tmp_path / "no" / f"x{suffix}")]) == 1
    err = capsys.readouterr().err
    assert "error:" in err and "Traceback" not in err


def test_a_large_map_makes_a_deck(tmp_path):
    project = sample_project()
    journey = project.journeys[0]
    lane = journey.lanes[0].id
    stage = journey.stages[0].id
    start = len(journey.cell_cards(stage, lane))
    journey.cards += [Card(stage_id=stage, lane_id=lane, position=start + i, text=f"Carte {i}") for i in range(40)]
    data, _ = pptx_bytes(project, ExportOptions())
    from pptx import Presentation

    slides = Presentation(__import__("io").BytesIO(data)).slides
    titles = [next(s for s in slide.shapes if s.name == "Title").text_frame.text for slide in slides]
    assert sum(1 for t in titles if t.startswith(journey.stages[0].name + " (")) >= 5


def test_a_persona_without_emotion_points_still_has_a_slide():
    project = sample_project()
    project.journeys[0].emotion_points.clear()
    data, _ = pptx_bytes(project, ExportOptions())
    assert data[:2] == b"PK"


def test_render_script_exists_and_names_its_tools():
    script = Path(__file__).parents[1] / "docs" / "render_pptx.py"
    text = script.read_text(encoding="utf-8")
    assert "soffice" in text and "pdftoppm" in text


def test_every_sheet_of_both_workbooks_prints_readably_with_its_header_on_every_page(tmp_path):
    """Printed without a setup, the cards sheet split its columns over 33 A4 pages, naming them on
    the first page only."""
    from openpyxl import load_workbook

    from cjdesigner.export.backlog import backlog_table, write_backlog

    project = sample_project()
    write_xlsx(project, ExportOptions(), tmp_path / "map.xlsx")
    write_backlog(backlog_table(project, project.journeys[0].id), tmp_path / "backlog.xlsx", ",")
    sheets = [*load_workbook(tmp_path / "map.xlsx"), *load_workbook(tmp_path / "backlog.xlsx")]
    assert len(sheets) == 7
    for sheet in sheets:
        setup = sheet.page_setup
        assert (setup.orientation, setup.fitToHeight) == ("landscape", 0), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        if sheet is sheets[0]:  # the cards sheet: 28 columns, too wide for one readable page
            assert int(setup.fitToWidth) > 1 and sheet.print_title_cols == "$A:$C"
        assert sheet.print_title_rows == "$1:$1", sheet.title
        margins = sheet.page_margins
        assert max(margins.left, margins.right, margins.top, margins.bottom) <= 0.5, sheet.title
