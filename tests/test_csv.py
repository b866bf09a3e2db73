"""CSV import and export of cards, with the files Excel in French and English really produce."""

from pathlib import Path

import pytest

from builders import cell_texts, small_project
from cjdesigner.io.csv_cards import export_csv, import_rows, parse_card_rows, project_from_rows, read_card_rows
from cjdesigner.io.errors import CsvError
from cjdesigner.io.sample import sample_project
from cjdesigner.model.vocabulary import Channel, LaneKind, Language, Sentiment

CSV = Path(__file__).parent / "csv"


def texts_in_order(project, journey_index=0):
    j = project.journeys[journey_index]
    return [c.text for s in j.stages for lane in j.lanes for c in j.cell_cards(s.id, lane.id)]


def test_french_semicolon_windows_1252_file():
    rows = read_card_rows(CSV / "fr_semicolon_cp1252.csv").rows
    project = project_from_rows(rows, "Atelier", Language.FR)
    journey = project.journeys[0]
    assert [s.name for s in journey.stages] == ["Découverte", "Achat", "Après-vente"]
    assert [(lane.title, lane.kind) for lane in journey.lanes] == [
        ("Actions", LaneKind.ACTIONS),
        ("Points de douleur", LaneKind.PAIN_POINTS),
        ("Opportunités", LaneKind.OPPORTUNITIES),
        ("Ressenti en caisse", LaneKind.NOTES),
    ]
    assert [p.name for p in project.personas] == ["Hélène", "Loïc"]
    assert journey.persona_ids == [p.id for p in project.personas]
    first, pain = journey.cards[0], journey.cards[1]
    assert first.text == "Reçoit la publicité « Noël »"
    assert first.sentiment == Sentiment.POSITIVE and first.channel == Channel.SOCIAL
    assert first.tags == ["pub", "noël"]
    assert len(first.persona_ids) == 2
    assert (pain.severity, pain.votes, pain.notes, pain.channel) == (4, 2, "Cité 3 fois", Channel.PHONE)
    assert pain.sentiment == Sentiment.NEGATIVE
    assert journey.cards[4].text == "Ça s'est bien passé, dit-il"


def test_utf8_with_bom_and_commas_in_quotes():
    project = project_from_rows(read_card_rows(CSV / "en_utf8_bom.csv").rows, "Shop")
    journey = project.journeys[0]
    assert journey.stages[0].name == "Discover", "the BOM must not stick to the first header"
    assert journey.lanes[0].kind == LaneKind.TOUCHPOINTS
    assert journey.cards[1].text == "Checkout asks for a phone number, twice"
    assert journey.cards[1].channel == Channel.WEB


def test_tabs_quoted_line_breaks_and_any_header_order_or_case():
    rows = read_card_rows(CSV / "tab_quoted_line_breaks.csv").rows
    assert [r.text for r in rows] == ["Line one\nline two, with a tab\tinside", 'She said "never again"']
    assert [r.line for r in rows] == [2, 4]
    project = project_from_rows(rows, "x")
    assert project.journeys[0].lanes[0].kind == LaneKind.THOUGHTS


def test_bad_rows_are_all_reported_and_nothing_is_imported():
    with pytest.raises(CsvError) as caught:
        read_card_rows(CSV / "bad_rows.csv")
    assert caught.value.all_sentences() == [
        "line 3: the stage is empty",
        'line 4: the sentiment "angry" is not positive, neutral or negative (positif, neutre, négatif)',
        'line 5: the votes "many" must be a whole number, 0 or more, written with the digits 0 to 9',
        'line 6: the severity "9" must be a whole number from 1 to 5, written with the digits 0 to 9',
        'line 7: the channel "pigeon" is unknown; use one of web, mobile app, email, phone, chat, social, store, mail or other',
    ]


def test_missing_required_columns_are_named():
    with pytest.raises(CsvError, match=r"line 1: the header row has no column for lane \(couloir\); it has: étape, texte"):
        read_card_rows(CSV / "missing_columns.csv")


def test_extra_fields_in_a_row_are_reported():
    with pytest.raises(CsvError, match="line 2: this row has 4 fields but the header has 3"):
        parse_card_rows("stage,lane,text\nA,B,C,D\n")


def test_import_into_an_open_journey_reuses_existing_names_and_undoes_in_one_step():
    project = small_project()
    before = project.model_dump(mode="json")
    rows = parse_card_rows("étape;couloir;texte;personas\ndiscover;ACTIONS;E;ana lopez\nPay;Ideas;F;Cy\n").rows
    inverse = import_rows(project, "j1", rows)
    journey = project.journeys[0]
    assert cell_texts(project, "s1", "actions") == ["A", "B", "C", "E"]
    assert [s.name for s in journey.stages] == ["Discover", "Buy", "Pay"]
    assert journey.lanes[-1].title == "Ideas" and journey.lanes[-1].kind == LaneKind.OPPORTUNITIES
    assert journey.card(journey.cards[-2].id).persona_ids == ["p-ana"]
    assert [p.name for p in project.personas] == ["Ana Lopez", "Bo", "Cy"]
    after = project.model_dump(mode="json")
    redo = inverse.apply(project)
    assert project.model_dump(mode="json") == before
    redo.apply(project)
    assert project.model_dump(mode="json") == after


@pytest.mark.parametrize("language", [Language.FR, Language.EN])
def test_export_then_import_gives_back_stages_lanes_and_cards_in_order(language):
    project = sample_project()
    project.language = language
    journey = project.journeys[0]
    text = export_csv(project, journey.id)
    again = project_from_rows(parse_card_rows(text).rows, "again", language)
    back = again.journeys[0]
    assert [s.name for s in back.stages] == [s.name for s in journey.stages]
    assert [lane.title for lane in back.lanes] == [lane.title for lane in journey.lanes]
    assert [lane.kind for lane in back.lanes] == [lane.kind for lane in journey.lanes]
    assert texts_in_order(again) == texts_in_order(project)
    original = {c.text: c for c in journey.cards}
    for card in back.cards:
        source = original[card.text]
        assert (card.sentiment, card.channel, card.severity, card.votes, card.tags) == (
            source.sentiment, source.channel, source.severity, source.votes, source.tags)


def test_french_export_speaks_french_for_excel():
    project = sample_project()
    text = export_csv(project, project.journeys[0].id)
    assert text.startswith(
        "étape;couloir;texte;personas;sentiment;étiquettes;notes;votes;sévérité;canal;"
        "responsable;confiance;couleur;preuves;source des preuves;lien des preuves\r\n"
    )
    assert ";négatif;" in text and ";téléphone" in text


def test_empty_stage_survives_export_and_import():
    project = small_project()
    from cjdesigner.model import Stage
    from cjdesigner.model import edits as E

    E.add_stage(project, "j1", Stage(name="Empty"), index=1)
    again = project_from_rows(parse_card_rows(export_csv(project, "j1")).rows, "x")
    assert [s.name for s in again.journeys[0].stages] == ["Discover", "Empty", "Buy"]
    assert texts_in_order(again) == texts_in_order(project)
