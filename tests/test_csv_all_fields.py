"""CSV and Excel keep every field of a card: export → import gives back the same cards, links to the
pain points included, so the backlog ranks the opportunities as before. Only the ids are new."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cjdesigner.cli import main
from cjdesigner.export.options import ExportOptions
from cjdesigner.export.xlsx import write_xlsx
from cjdesigner.io.cjmap import load_project, save_project
from cjdesigner.io.csv_cards import export_csv, parse_card_rows, project_from_rows
from cjdesigner.io.errors import CsvError, LoadError
from cjdesigner.io.importers import read_map
from cjdesigner.io.sample import sample_project
from cjdesigner.model.backlog import backlog
from cjdesigner.model.document import Card, Journey, Project
from cjdesigner.model.vocabulary import Language

from speech import cli_error, said

pytestmark = pytest.mark.usefixtures("language")


def column(name: str, french: str) -> str:
    return said("%1 (%2)", name, french, context="csv")

HEADER = "stage,lane,text,impact,effort,answers,ref,source,measured on\n"


def _in_export_order(journey: Journey) -> list[Card]:
    return [c for s in journey.stages for lane in journey.lanes for c in journey.cell_cards(s.id, lane.id)]


def _card_dumps(project: Project) -> list[dict]:
    """Every field of every card, in the order the export writes them, ids replaced by what they
    name (stage, lane and persona by name, a card by its place), since an import makes new ids."""
    journey = project.journeys[0]
    cards = _in_export_order(journey)
    place = {card.id: index for index, card in enumerate(cards)}
    stages = {s.id: s.name for s in journey.stages}
    lanes = {lane.id: lane.title for lane in journey.lanes}
    personas = {p.id: p.name for p in project.personas}
    dumps = []
    for card in cards:
        dump = card.model_dump(mode="json")
        dump.update(
            id=place[card.id],
            stage_id=stages[card.stage_id],
            lane_id=lanes[card.lane_id],
            persona_ids=[personas[p] for p in card.persona_ids],
            answers=[place[a] for a in card.answers],
        )
        dumps.append(dump)
    return dumps


def _ranking(project: Project) -> list[tuple]:
    return [(row.rank, row.card.text, row.score, row.answered_weight, tuple(p.text for p in row.pain_points), row.quadrant)
            for row in backlog(project.journeys[0])]


def test_the_sample_keeps_every_card_field_through_csv():
    project = sample_project()
    assert any(c.answers for c in project.journeys[0].cards) and any(c.measured_on for c in project.journeys[0].cards)
    cards = parse_card_rows(export_csv(project, project.journeys[0].id))
    back = project_from_rows(cards.rows, "back", cards.language or Language.EN)
    assert _card_dumps(back) == _card_dumps(project)
    assert _ranking(back) == _ranking(project)
    assert any(row.answered_weight > 0 for row in backlog(back.journeys[0]))


def test_the_sample_keeps_every_card_field_through_excel(tmp_path):
    project = sample_project()
    write_xlsx(project, ExportOptions(), tmp_path / "s.xlsx")
    back = read_map(tmp_path / "s.xlsx").project
    assert _card_dumps(back) == _card_dumps(project)
    assert _ranking(back) == _ranking(project)


def test_the_cli_round_trip_keeps_the_backlog(tmp_path, capsys):
    save_project(sample_project(), tmp_path / "s.cjmap")
    assert main(["export-csv", str(tmp_path / "s.cjmap"), "-o", str(tmp_path / "s.csv")]) == 0
    assert main(["import-csv", str(tmp_path / "s.csv"), "-o", str(tmp_path / "b.cjmap")]) == 0
    capsys.readouterr()
    assert main(["backlog", str(tmp_path / "s.cjmap")]) == 0
    before = capsys.readouterr().out
    assert main(["backlog", str(tmp_path / "b.cjmap")]) == 0
    assert capsys.readouterr().out == before
    assert "Poids des points de douleur" in before


def test_french_headers_make_a_french_map_unless_told_otherwise(tmp_path):
    source = tmp_path / "notes.csv"
    source.write_text("étape;couloir;texte;mesuré le\nAchat;Actions;Paie;14/03/2026\n", encoding="utf-8")
    assert main(["import-csv", str(source), "-o", str(tmp_path / "fr.cjmap")]) == 0
    made = load_project(tmp_path / "fr.cjmap")
    assert made.language == Language.FR
    assert made.journeys[0].cards[0].measured_on == dt.date(2026, 3, 14)
    assert read_map(source, Language.EN).project.language == Language.FR
    assert main(["import-csv", str(source), "-o", str(tmp_path / "en.cjmap"), "--lang", "en"]) == 0
    assert load_project(tmp_path / "en.cjmap").language == Language.EN
    assert main(["import", str(source), "-o", str(tmp_path / "any.cjmap"), "--lang", "en"]) == 0
    assert load_project(tmp_path / "any.cjmap").language == Language.EN
    english = tmp_path / "english.csv"
    english.write_text("stage,lane,text\nBuy,Actions,Pays\n", encoding="utf-8")
    assert read_map(english, Language.FR).project.language == Language.EN


def test_an_answer_naming_no_row_is_refused_with_its_line(tmp_path, capsys):
    text = HEADER + "Buy,Pain points,Slow,,,,p1,,\nBuy,Opportunities,Faster,4,2,p1|p9,o1,,\n"
    with pytest.raises(CsvError) as caught:
        parse_card_rows(text)
    assert caught.value.problems[0] == (3, said('the column %1 names "%2", but no card of the file has this reference in the column %3',
                                                column("answers", "répond à"), "p9", column("ref", "réf"), context="csv"))
    source = tmp_path / "bad.csv"
    source.write_text(text, encoding="utf-8")
    assert main(["import-csv", str(source), "-o", str(tmp_path / "out.cjmap")]) != 0
    assert capsys.readouterr().err == cli_error(source, said("line %1: %2", *caught.value.problems[0], context="files")) + "\n"
    assert not (tmp_path / "out.cjmap").exists()


def test_an_answer_naming_a_card_that_is_no_pain_point_is_refused(tmp_path):
    text = HEADER + "Buy,Actions,Pays,,,,a1,,\nBuy,Opportunities,Faster,4,2,a1,o1,,\n"
    cards = parse_card_rows(text)
    with pytest.raises(CsvError) as caught:
        project_from_rows(cards.rows, "x")
    line, sentence = caught.value.problems[0]
    assert (line, sentence) == (3, said('the column %1 names "%2", the card of line %3, which is not a pain point: its lane "%4" is not a lane of pain points',
                                        column("answers", "répond à"), "a1", 2, "Actions", context="csv"))
    source = tmp_path / "bad.csv"
    source.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        read_map(source)
    assert caught.value.sentence == said("line %1: %2", line, sentence, context="files")


def test_a_reference_used_twice_and_a_date_that_is_no_day_are_refused():
    text = HEADER + "Buy,Pain points,Slow,,,,p1,,\nBuy,Pain points,Dull,,,,p1,,\nBuy,Metrics,NPS,,,,,Survey,2026-02-30\n"
    with pytest.raises(CsvError) as caught:
        parse_card_rows(text)
    assert [line for line, _ in caught.value.problems] == [3, 4]
    assert caught.value.problems[0][1] == said('the reference "%1" in the column %2 is already the one of line %3; give each row its own',
                                              "p1", column("ref", "réf"), 2, context="csv")
    assert caught.value.problems[1][1] == said('the date measured on "%1" must be a day written 2026-03-14 (or 14/03/2026)', "2026-02-30", context="csv")


def test_a_workbook_date_cell_is_read_as_its_day(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["stage", "lane", "text", "source", "measured on"])
    sheet.append(["Buy", "Metrics", "NPS", "Survey", dt.datetime(2026, 3, 1)])
    book.save(tmp_path / "dates.xlsx")
    card = read_map(tmp_path / "dates.xlsx").project.journeys[0].cards[0]
    assert (card.metric_source, card.measured_on) == ("Survey", dt.date(2026, 3, 1))


def test_hand_written_references_link_cards():
    text = HEADER + "Buy,Pain points,Slow,,,,P-1,,\nBuy,Opportunities,Faster,4,2,P-1,,,\n"
    journey = project_from_rows(parse_card_rows(text).rows, "x").journeys[0]
    pain, opportunity = journey.cards
    assert opportunity.answers == [pain.id]
    assert backlog(journey)[0].pain_points == (pain,)


def test_a_pain_point_lane_of_any_title_keeps_its_links_through_csv():
    project = sample_project()
    journey = project.journeys[0]
    pains = next(lane for lane in journey.lanes if lane.kind.value == "pain_points")
    pains.title = "Frictions du parcours"
    cards = parse_card_rows(export_csv(project, journey.id))
    back = project_from_rows(cards.rows, "back", Language.FR)
    assert _card_dumps(back) == _card_dumps(project)
    assert next(lane for lane in back.journeys[0].lanes if lane.title == "Frictions du parcours").kind == pains.kind


def test_the_app_refuses_an_answer_to_a_card_of_the_open_map_that_is_no_pain_point(qt_language, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    actions = next(lane for lane in window.document.journey.lanes if lane.kind.value == "actions")
    stage = window.document.journey.stages[0]
    source = tmp_path / "links.csv"
    source.write_text(HEADER + f"{stage.name},{actions.title},Pays,,,,a1,,\n{stage.name},Opportunities,Faster,4,2,a1,o1,,\n", encoding="utf-8")
    before = window.document.journey.model_dump()
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    window.files.import_csv()
    refusal = said('the column %1 names "%2", the card of line %3, which is not a pain point: its lane "%4" is not a lane of pain points',
                   column("answers", "répond à"), "a1", 2, actions.title, context="csv")
    assert len(warned) == 1 and said("line %1: %2", 3, refusal, context="files") in warned[0]
    assert window.document.journey.model_dump() == before
