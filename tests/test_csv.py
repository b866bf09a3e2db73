"""CSV import and export of cards, with the files Excel in French and English really produce."""

import csv
import hashlib
import io
import os
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjdesigner.model.document import Frequency
from cjdesigner.model.vocabulary import OpportunityStatus
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from builders import cell_texts, small_project
from cjdesigner import cli
from cjdesigner.cli import main
from cjdesigner.io.cjmap import load_project, save_project
from cjdesigner.io.csv_cards import (
    ImportSummary,
    default_delimiter,
    export_csv,
    import_rows,
    import_summary,
    parse_card_rows,
    project_from_rows,
    read_card_rows,
)
from cjdesigner.io.errors import CsvError, LoadError
from cjdesigner.io.sample import sample_project
from cjdesigner.model import edits as E
from cjdesigner.model.document import Evidence
from cjdesigner.model.vocabulary import Channel, Confidence, LaneKind, Language, Sentiment

from cjdesigner import i18n
from speech import cli_error, cli_warning, counted, created, csv_said, number, said

# Every test runs under a French and an English interface (the `language` fixture), its sentences
# compared through the catalogue; the property-based round trip says no sentence and runs in English only.
pytestmark = pytest.mark.usefixtures("language")

CSV = Path(__file__).parent / "csv"
GOLDEN = Path(__file__).parent / "golden" / "v1.cjmap"


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
    channels = said("%1 or %2", "web, mobile app, email, phone, sms, chat, social, store, mail", "other", context="csv")
    assert caught.value.all_sentences() == [said("line %1: %2", line, said(text, *values, context="csv"), context="files") for line, text, *values in [
        (3, "the stage is empty"),
        (4, 'the sentiment "%1" is not positive, neutral or negative (positif, neutre, négatif)', "angry"),
        (5, WHOLE_VOTES, "many"),
        (6, WHOLE_1_TO_5, "9"),
        (7, 'the channel "%1" is unknown; use one of %2', "pigeon", channels),
    ]]


def test_missing_required_columns_are_named():
    with pytest.raises(CsvError) as caught:
        read_card_rows(CSV / "missing_columns.csv")
    lane = said("%1 (%2)", "lane", "couloir", context="csv")
    assert caught.value.sentence == csv_said(1, "the header row has no column for %1; it has: %2", lane, "étape, texte")


def test_extra_fields_in_a_row_are_reported():
    with pytest.raises(CsvError) as caught:
        parse_card_rows("stage,lane,text\nA,B,C,D\n")
    assert caught.value.sentence == csv_said(2, "this row has %1 fields but the header has %2", 4, 3)


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
        "responsable;confiance;couleur;preuves;source des preuves;lien des preuves;"
        "valeur;unité;cible;source;mesuré le;fréquence;impact;effort;statut;répond à;objectif;réf\r\n"
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


# --- Hostile files: each gets its sentence (or imports as it should), never a traceback ---------

HOSTILE = Path(__file__).parent / "hostile_csv"
# A function gives the sentence a refused file gets, in the interface's language; a tuple (cards,
# words of the warning) is what an accepted file gives.
WHOLE_1_TO_5 = 'the severity "%1" must be a whole number from 1 to 5, written with the digits 0 to 9'
WHOLE_VOTES = 'the votes "%1" must be a whole number, 0 or more, written with the digits 0 to 9'
TOO_MANY_VOTES = 'the votes "%1" are too many; a card counts up to %2 votes'
NOT_UTF8 = "this line is not UTF-8 although the rest of the file is (byte 0x%1 cannot be read); save the file again as UTF-8"
NOT_TEXT = "this line is neither UTF-8 nor Windows-1252 text (byte 0x%1 cannot be read); this does not look like a spreadsheet saved as CSV"
TWICE = 'the header names the column "%1" twice (columns %2 and %3); keep one'
EMPTY = "the file is empty; it needs a header row with stage, lane and text"


def refused(line: int, text: str, *values: object):
    return lambda: csv_said(line, text, *(v() if callable(v) else v for v in values))


def listed(english: str, french: str):
    """The words a column accepts, in the language the command line reads them in (the user's)."""
    return lambda: said("%1 or %2", *(french if i18n.spoken_language() == "fr" else english).rsplit(", ", 1), context="csv")


HOSTILE_EXPECTED: dict[str, object] = {
    "arabic_indic_severity.csv": refused(2, WHOLE_1_TO_5, "٣"),
    "bad_channel.csv": refused(2, 'the channel "%1" is unknown; use one of %2', "carrier pigeon",
                               listed("web, mobile app, email, phone, sms, chat, social, store, mail, other",
                                      "web, application mobile, e-mail, téléphone, SMS, chat, réseaux sociaux, magasin, courrier, autre")),
    "bad_colour.csv": refused(2, 'the colour "%1" must be written #RRGGBB, for example #FFD54F', "rouge"),
    "bad_confidence.csv": refused(2, 'the confidence "%1" is unknown; use one of %2', "certain", listed("assumption, partly backed, validated", "hypothèse, partiellement étayé, validé")),
    "bad_sentiment.csv": refused(2, 'the sentiment "%1" is not positive, neutral or negative (positif, neutre, négatif)', "furious"),
    "bad_severity.csv": refused(2, WHOLE_1_TO_5, "6"),
    "binary_junk.csv": refused(3, NOT_TEXT, "81"),
    "bom_and_semicolons.csv": (1, None),
    "bom_utf8_with_one_windows_1252_line.csv": refused(3, NOT_UTF8, "E9"),
    "cr_only_line_ends.csv": (3, None),
    "decimal_votes.csv": refused(2, WHOLE_VOTES, "2.0"),
    "duplicate_headers.csv": refused(1, TWICE, "Stage", 1, 4),
    "duplicate_headers_french_and_english.csv": refused(1, TWICE, "texte", 3, 4),
    "empty.csv": refused(1, EMPTY),
    "every_field_in_french.csv": (1, None),
    "excel_unicode_text_utf16.txt": (2, None),
    "five_thousand_digit_severity.csv": refused(2, WHOLE_1_TO_5, "3" * 40 + "…"),
    "five_thousand_digit_votes.csv": refused(2, TOO_MANY_VOTES, "7" * 40 + "…", lambda: number(1_000_000)),
    "formula_cells.csv": (3, None),
    "fullwidth_votes.csv": refused(2, WHOLE_VOTES, "１２"),
    "header_only.csv": refused(1, "the file has a header row but no rows of cards below it"),
    "huge_field.csv": refused(2, "a cell is longer than %1 characters, the most a card's field may hold", lambda: number(100_000)),
    "mixed_utf8_and_windows_1252.csv": refused(4, NOT_UTF8, "E8"),
    "negative_votes.csv": refused(2, WHOLE_VOTES, "-3"),
    "no_text_column.csv": refused(1, "the header row has no column for %1; it has: %2",
                                  lambda: said("%1 (%2)", "text", "texte", context="csv"), "stage, lane, notes"),
    "nul_bytes.csv": refused(2, "this line contains NUL bytes: this is not a text file; save the spreadsheet as CSV"),
    "row_wider_than_header.csv": refused(2, "this row has %1 fields but the header has %2", 4, 3),
    "sep_line_pipe.csv": (1, None),
    "sep_line_semicolon.csv": (2, None),
    "sep_line_without_delimiter.csv": refused(1, 'the first line "%1" must name one delimiter character, such as sep=; or sep=,', "sep="),
    "sms_channel.csv": (2, None),
    "stage_of_only_spaces.csv": refused(2, "the stage is empty"),
    "superscript_votes.csv": refused(2, WHOLE_VOTES, "³"),
    "text_after_closing_quote.csv": refused(2, 'the quoted cell that opens here closes but goes on after its closing quote; '
                                               'inside a quoted cell, write a quote twice ("")'),
    "unbalanced_quote.csv": refused(3, 'a quote (") opens a cell on this line and is never closed, so every row after it would '
                                       'end up in that one cell; close the quote, or write it twice ("") if it is part of the text'),
    "undefined_windows_1252_byte.csv": refused(2, NOT_TEXT, "81"),
    "unknown_column.csv": (1, lambda: [said('"%1"', "Priorité", context="csv")]),
    "utf16_broken_surrogate.txt": refused(2, "this line of a UTF-16 file cannot be read (a broken character); save the file again"),
    "very_many_columns.csv": (1, lambda: [said("%1 and %2 more", said('"%1"', "extra9", context="csv"), number(4_990), context="csv")]),
    "votes_out_of_range.csv": refused(2, TOO_MANY_VOTES, "1000000000", lambda: number(1_000_000)),
    "whitespace_only.csv": refused(1, EMPTY),
    "windows_1252_from_french_excel.csv": (1, None),
}


def digest(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def test_every_hostile_csv_has_an_expectation():
    assert sorted(p.name for p in HOSTILE.iterdir()) == sorted(HOSTILE_EXPECTED)
    assert len(HOSTILE_EXPECTED) >= 30


@pytest.mark.parametrize("name", sorted(HOSTILE_EXPECTED))
def test_hostile_csv_gets_its_sentence_or_imports(name, tmp_path, capsys):
    path, out = HOSTILE / name, tmp_path / "out.cjmap"
    before = digest(path)
    expected = HOSTILE_EXPECTED[name]
    status = main(["import-csv", str(path), "-o", str(out)])
    stdout, stderr = capsys.readouterr()
    assert "Traceback" not in stderr and "sys.set_int_max_str_digits" not in stderr
    if callable(expected):
        sentence = expected()
        with pytest.raises(CsvError) as caught:
            read_card_rows(path, Language(i18n.spoken_language()))
        assert caught.value.sentence == sentence
        assert status == 1 and stdout == "" and not out.exists()
        assert stderr == cli_error(path, sentence) + "\n"
    else:
        cards, words = expected
        result = read_card_rows(path)
        assert sum(1 for row in result.rows if row.text) == cards
        assert status == 0 and stdout.startswith(f"{out}: ")
        assert stdout.endswith(" " + counted("%n card(s)", cards) + "\n")
        assert len(load_project(out).journeys[0].cards) == cards
        if words is None:
            assert result.warnings == [] and stderr == ""
        else:
            assert len(result.warnings) == 1 and all(word in result.warnings[0] for word in words())
            assert stderr == cli_warning(path, result.warnings[0]) + "\n"
    assert digest(path) == before


def test_cr_only_line_ends_from_excel_for_mac_import():
    rows = read_card_rows(HOSTILE / "cr_only_line_ends.csv").rows
    assert [(r.line, r.stage, r.text, r.votes) for r in rows] == [
        (2, "Découverte", "Voit la pub", 2),
        (3, "Achat", "Paie", 0),
        (4, "Achat", "Attente\rtrop longue", 5),
    ]


def test_excel_unicode_text_and_sep_lines_import():
    rows = read_card_rows(HOSTILE / "excel_unicode_text_utf16.txt").rows
    assert [(r.stage, r.text, r.notes) for r in rows] == [
        ("Découverte", "Voit la pub « Noël »", "vu 3 fois"),
        ("Achat", "Paie 30 €", ""),
    ]
    rows = read_card_rows(HOSTILE / "sep_line_semicolon.csv").rows
    assert [(r.line, r.text, r.tags) for r in rows] == [(3, "Sees the ad, twice", ["ads", "social"]), (4, "Pays", [])]
    assert read_card_rows(HOSTILE / "sep_line_pipe.csv").rows[0].text == "Sees the ad; twice, or more"
    with pytest.raises(CsvError) as caught:
        parse_card_rows("sep=;\nstage;lane;text\nA;B;C\n\n;B;C\n")
    assert caught.value.sentence == csv_said(5, "the stage is empty")


def test_formula_cells_written_by_export_come_back_as_typed():
    rows = read_card_rows(HOSTILE / "formula_cells.csv").rows
    assert [(r.text, r.notes, r.owner) for r in rows] == [
        ('=HYPERLINK("http://evil.example","Click")', "=cmd|' /C calc'!A0", "@SUM(A1)"),
        ("-2 points", "+33 6 12 34 56 78", "''quoted'"),
        ("'Bonjour'", "\t=tab first", ""),
    ]


def test_every_card_field_has_a_column_in_french_too():
    rows = read_card_rows(HOSTILE / "every_field_in_french.csv").rows
    card = project_from_rows(rows, "x", Language.FR).journeys[0].cards[0]
    assert (card.owner, card.confidence, card.colour) == ("Équipe logistique", Confidence.VALIDATED, "#FFD54F")
    assert (card.votes, card.severity, card.channel, card.tags) == (4, 5, Channel.WEB, ["prix", "livraison"])
    assert [(e.text, e.source, e.link) for e in card.evidence] == [
        ("« Trop cher » | vraiment", "Entretien P3", "https://example.org/p3"),
        ("Panier abandonné", "Analytics", ""),
    ]


def test_sms_is_a_channel_and_errors_list_channels_in_the_users_language():
    assert [r.channel for r in read_card_rows(HOSTILE / "sms_channel.csv").rows] == [Channel.SMS] * 2
    with pytest.raises(CsvError) as caught:
        read_card_rows(HOSTILE / "bad_channel.csv", Language.FR)
    channels = said("%1 or %2", "web, application mobile, e-mail, téléphone, SMS, chat, réseaux sociaux, magasin, courrier", "autre", context="csv")
    assert caught.value.sentence == csv_said(2, 'the channel "%1" is unknown; use one of %2', "carrier pigeon", channels)
    with pytest.raises(CsvError) as caught:
        read_card_rows(HOSTILE / "bad_confidence.csv", Language.FR)
    levels = said("%1 or %2", "hypothèse, partiellement étayé", "validé", context="csv")
    assert caught.value.sentence == csv_said(2, 'the confidence "%1" is unknown; use one of %2', "certain", levels)


def test_a_fifo_is_refused_at_once(tmp_path, capsys):
    fifo = tmp_path / "cards.csv"
    os.mkfifo(fifo)
    outcome: list[str] = []

    def read() -> None:
        try:
            read_card_rows(fifo)
        except LoadError as error:
            outcome.append(error.sentence)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=5)
    if reader.is_alive():  # the reader is stuck in open(): free it so the test can end
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    sentence = said("this is not a regular file (it is a pipe, a device or a socket); choose a CSV file", context="csv")
    assert outcome == [sentence]
    assert main(["import-csv", str(fifo), "-o", str(tmp_path / "x.cjmap")]) == 1
    assert capsys.readouterr().err == cli_error(fifo, sentence) + "\n"


def test_a_cell_too_long_for_a_card_is_refused_with_its_column():
    with pytest.raises(CsvError) as caught:
        parse_card_rows("stage,lane,text\nA,B," + "x" * 120_000 + "\n")
    assert caught.value.sentence == csv_said(2, "the cell in column %1 holds %2 characters; a card's field holds up to %3", 3, number(120_000), number(100_000))


def test_text_that_is_not_text_never_crashes():
    with pytest.raises(CsvError) as caught:
        parse_card_rows("stage,lane,text\nA,B,\ud800\n")
    assert caught.value.sentence == csv_said(2, "this line holds U+%1, half of a character that cannot stand alone; save the file again", "D800")
    with pytest.raises(CsvError) as caught:
        parse_card_rows("stage,lane,text\nA,B,C\nA,B,\x00\n")
    assert caught.value.sentence == csv_said(3, "this line contains NUL bytes: this is not a text file; save the spreadsheet as CSV")


# --- Export: formula cells, delimiter choice, every field round-trips --------------------------

FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r", "'")
plain_text = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=30)
item_text = plain_text.filter(lambda s: s == s.strip() and s != "")


@pytest.mark.one_language
@settings(max_examples=150, deadline=None)
@given(
    leads=st.lists(st.sampled_from(FORMULA_LEADS), min_size=3, max_size=3),
    bodies=st.lists(plain_text, min_size=3, max_size=3),
    tags=st.lists(item_text, max_size=3, unique=True),
    evidence=st.lists(st.tuples(item_text, item_text, item_text), max_size=2),
    delimiter=st.sampled_from([",", ";", "\t"]),
    language=st.sampled_from(list(Language)),
    numbers=st.tuples(*[st.one_of(st.none(), st.floats(-1e15, 1e15, allow_nan=False))] * 2),
    unit=st.sampled_from(["", "%", "€", "min", "visiteurs"]),
    frequency=st.one_of(
        st.none(),
        st.integers(1, 10**9).flatmap(lambda total: st.builds(Frequency, count=st.integers(0, total), total=st.just(total))),
        st.builds(Frequency, percent=st.floats(0, 100, allow_nan=False)),
    ),
    rating=st.tuples(st.one_of(st.none(), st.integers(1, 5)), st.one_of(st.none(), st.integers(1, 5))),
    status=st.one_of(st.none(), st.sampled_from(list(OpportunityStatus))),
    goal=plain_text,
)
def test_export_then_import_gives_back_every_field_as_typed(
    leads, bodies, tags, evidence, delimiter, language, numbers, unit, frequency, rating, status, goal
):
    text, notes, owner = (lead + body for lead, body in zip(leads, bodies))
    if any(value[:1] == "'" and value[1:2] not in FORMULA_LEADS and value != value.strip() for value in (text, notes, owner)):
        return  # not a formula: surrounding spaces of a plain cell are trimmed on import, as always
    project = small_project()
    project.language = language
    E.set_fields(project, E.Ref("card", "d", "j1"), text=text, notes=notes, owner=owner, tags=tags, votes=7,
                 colour="#ABCDEF", channel=Channel.STORE, confidence=Confidence.PARTLY_BACKED,
                 evidence=[Evidence(text=t, source=s, link=link) for t, s, link in evidence],
                 value=numbers[0], target=numbers[1], unit=unit, frequency=frequency, impact=rating[0], effort=rating[1],
                 status=status, goal=goal.strip())
    exported = export_csv(project, "j1", delimiter)
    for line in csv.reader(io.StringIO(exported, newline=""), delimiter=delimiter):
        assert not any(cell.startswith(FORMULA_LEADS[:-1]) for cell in line), "a formula cell escaped"
    back = project_from_rows(parse_card_rows(exported, language).rows, "again", language).journeys[0]
    card = next(c for c in back.cards if c.severity == 3)
    original = project.journeys[0].card("d")
    fields = ("text", "notes", "owner", "tags", "votes", "colour", "channel", "confidence", "evidence", "severity",
              "value", "unit", "target", "frequency", "impact", "effort", "status", "goal")
    assert {f: getattr(card, f) for f in fields} == {f: getattr(original, f) for f in fields}


A_NUMBER = "must be a number like 1200, 12.5 or 12,5, between -10^15 and 10^15"
FREQUENCY = "must be a count out of a total, like 3/12 (at most the total), or a percentage from 0 to 100, like 25%"
ONE_TO_FIVE = "must be a whole number from 1 to 5, written with the digits 0 to 9"


@pytest.mark.parametrize(
    ("cells", "sentence", "values"),
    [
        ("valeur=douze", f'the value "%1" {A_NUMBER}', ["douze"]),
        ("cible=2e16", f'the target "%1" {A_NUMBER}', ["2e16"]),
        ("fréquence=13/12", f'the frequency "%1" {FREQUENCY}', ["13/12"]),
        ("fréquence=120%", f'the frequency "%1" {FREQUENCY}', ["120%"]),
        ("fréquence=souvent", f'the frequency "%1" {FREQUENCY}', ["souvent"]),
        ("impact=6", f'the impact "%1" {ONE_TO_FIVE}', ["6"]),
        ("effort=0", f'the effort "%1" {ONE_TO_FIVE}', ["0"]),
        ("statut=peut-être", 'the status "%1" is unknown; use open, in progress, done or dropped (ouverte, en cours, faite, abandonnée)', ["peut-être"]),
        ("unité=" + "u" * 25, 'the unit "%1" is too long; a unit holds up to %2 characters, like %, € or min', ["u" * 25, 24]),
    ],
)
def test_a_decision_column_out_of_range_is_refused_with_its_line(cells, sentence, values):
    column, value = cells.split("=", 1)
    text = f"étape;couloir;texte;{column}\nA;Idées;ok;\nA;Idées;carte;{value}\n"
    with pytest.raises(CsvError) as error:
        parse_card_rows(text, Language.FR)
    assert str(error.value) == csv_said(3, sentence, *values)


def test_decision_columns_read_both_decimal_marks_and_both_languages():
    text = "stage,lane,text,value,unit,target,frequency,impact,effort,status,goal\n" \
        'A,Opportunities,x,"12,5",%,1 200,"12,5 %",4,2,En cours,Acheter vite\n' \
        "A,Pain points,y,-3,s,,3/12,,,,\n"
    rows = parse_card_rows(text).rows
    assert (rows[0].value, rows[0].target, rows[0].frequency.percent) == (12.5, 1200.0, 12.5)
    assert (rows[0].impact, rows[0].effort, rows[0].status, rows[0].goal) == (4, 2, OpportunityStatus.IN_PROGRESS, "Acheter vite")
    assert (rows[1].value, str(rows[1].frequency)) == (-3.0, "3/12")


def test_export_neutralises_formula_cells_everywhere():
    project = small_project()
    E.set_fields(project, E.Ref("stage", "s1", "j1"), name="=1+1")
    E.set_fields(project, E.Ref("card", "a", "j1"), text="=cmd|' /C calc'!A0", notes="@SUM(A1)", owner="+1", tags=["-x"])
    exported = export_csv(project, "j1", ",")
    assert "'=1+1,Actions,'=cmd|' /C calc'!A0,Ana Lopez,,'-x,'@SUM(A1),,,,'+1," in exported
    again = project_from_rows(parse_card_rows(exported).rows, "x").journeys[0]
    assert again.stages[0].name == "=1+1" and again.cards[0].text == "=cmd|' /C calc'!A0"


@pytest.mark.parametrize(("option", "delimiter"), [("comma", ","), ("semicolon", ";"), ("tab", "\t"), (";", ";"), ("\t", "\t")])
def test_export_csv_delimiter_is_the_users_choice(tmp_path, option, delimiter):
    out = tmp_path / "cards.csv"
    assert main(["export-csv", str(GOLDEN), "-o", str(out), "--delimiter", option]) == 0
    header = out.read_bytes().decode("utf-8-sig").split("\r\n", 1)[0]
    assert header.split(delimiter)[:3] in (["stage", "lane", "text"], ["étape", "couloir", "texte"])
    assert sum(1 for row in read_card_rows(out).rows if row.text) == len(load_project(GOLDEN).journeys[0].cards)


def test_export_csv_refuses_an_unknown_delimiter(tmp_path, capsys):
    assert main(["export-csv", str(GOLDEN), "-o", str(tmp_path / "c.csv"), "--delimiter", "pipe"]) == 2
    assert said("%1 is not a delimiter; use comma, semicolon or tab (or , ; or a tab)", "'pipe'", context="cli") in capsys.readouterr().err
    assert not (tmp_path / "c.csv").exists()


def test_export_csv_default_delimiter_follows_the_users_locale(tmp_path, monkeypatch):
    english = tmp_path / "en.cjmap"
    project = small_project()
    save_project(project, english)
    monkeypatch.setattr(cli, "_locale_decimal_point", lambda: ",")
    assert main(["export-csv", str(english), "-o", str(tmp_path / "fr.csv")]) == 0
    assert (tmp_path / "fr.csv").read_bytes().startswith("\ufeffstage;lane;text;".encode())
    monkeypatch.setattr(cli, "_locale_decimal_point", lambda: ".")
    assert main(["export-csv", str(english), "-o", str(tmp_path / "us.csv")]) == 0
    assert (tmp_path / "us.csv").read_bytes().startswith("\ufeffstage,lane,text,".encode())


def test_without_a_user_locale_the_maps_language_decides(monkeypatch):
    for name in ("LC_ALL", "LC_NUMERIC", "LANG"):
        monkeypatch.setenv(name, "C")
    assert cli._locale_decimal_point() is None
    assert default_delimiter(None, Language.FR) == ";" and default_delimiter(None, Language.EN) == ","
    assert default_delimiter(",", Language.EN) == ";" and default_delimiter(".", Language.FR) == ","


# --- What an import created --------------------------------------------------------------------


def test_import_csv_says_what_it_created(tmp_path, capsys):
    source = tmp_path / "cards.csv"
    source.write_text(
        "stage,lane,text,personas\nA,Actions,1,Ana\nA,Actions,2,\nB,Pains,3,\nC,Actions,4,\n", encoding="utf-8"
    )
    assert main(["import-csv", str(source), "-o", str(tmp_path / "m.cjmap")]) == 0
    assert capsys.readouterr().out == f"{tmp_path / 'm.cjmap'}: {created(3, 2, 1, 4)}\n"


def test_import_summary_counts_only_what_is_new():
    project = small_project()
    rows = parse_card_rows("stage,lane,text,personas\nDiscover,Actions,X,Bo\nLater,Actions,Y,Cy\n").rows
    assert import_summary(project, "j1", rows).sentence() == created(1, 0, 1, 2)
    assert ImportSummary(0, 0, 0, 1).sentence() == created(0, 0, 0, 1)
    assert ImportSummary(2, 1, 0, 0).sentence() == created(2, 1, 0, 0)


def test_the_app_imports_and_says_what_it_created_and_what_it_ignored(qt_language, window, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(HOSTILE / "unknown_column.csv"), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    window.files.import_csv()
    assert window.statusBar().currentMessage() == QCoreApplication.translate("FileActions", "Import from CSV: %1.").replace("%1", created(0, 0, 0, 1))
    assert len(shown) == 1 and said('"%1"', "Priorité", context="csv") in shown[0]
    assert window.document.journey.cards[-1].text == "Sees the ad"


def test_the_app_exports_with_the_delimiter_chosen_in_the_save_dialog(window, tmp_path, monkeypatch):
    offered: list[str] = []

    def save_dialog(parent, caption, name, filters, selected):
        offered.extend(filters.split(";;"))
        return str(tmp_path / "cards.tsv"), "Tab-separated text (*.tsv *.txt)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.files.export_csv()
    assert offered == ["CSV, comma-separated (*.csv)", "CSV, semicolon-separated (*.csv)", "Tab-separated text (*.tsv *.txt)"]
    assert (tmp_path / "cards.tsv").read_bytes().startswith("\ufeffstage\tlane\ttext\t".encode())


def test_text_keeps_its_spaces_and_a_spaced_formula_is_still_quoted_on_export():
    from cjdesigner.io import csv_cards

    rows = parse_card_rows("stage,lane,text,notes,owner\nS,Actions, =1+1,  indented ,Zoé \n").rows
    assert (rows[0].text, rows[0].notes, rows[0].owner) == (" =1+1", "  indented ", "Zoé ")
    project = csv_cards.project_from_rows(rows, "t")
    exported = export_csv(project, project.journeys[0].id)
    assert "' =1+1" in exported, "a spreadsheet that trims spaces would run it"
    again = parse_card_rows(exported).rows
    assert [(r.text, r.notes) for r in again if r.text] == [(" =1+1", "  indented ")]


def test_a_file_beyond_the_row_limit_is_refused_before_its_rows_are_checked(monkeypatch):
    from cjdesigner.io import csv_cards
    from cjdesigner.model.limits import MAX_CARDS, MAX_IMPORT_ROWS

    checked: list[int] = []
    monkeypatch.setattr(csv_cards, "_check_row", lambda line, *args: checked.append(line) or (None, "x"))
    lines = (f"S,Actions,card {i}\n" for i in range(MAX_IMPORT_ROWS + 1_000))
    with pytest.raises(CsvError) as caught:
        parse_card_rows("stage,lane,text\n" + "".join(lines))
    assert caught.value.problems[0][0] == MAX_IMPORT_ROWS + 1, "reading stops at the first row beyond the limit"
    assert number(MAX_CARDS) in str(caught.value)
    with pytest.raises(CsvError):
        parse_card_rows("stage,lane,text\n" + "".join(f"S,Actions,card {i}\n" for i in range(MAX_CARDS + 1)))
    assert checked == [], "no row is checked, no card built"
