"""The layers without Qt speak the installed language: load, save, CSV, import, page setup, export and
model sentences come out in French under the French catalogue, and stay the same English otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjdesigner import i18n
from cjdesigner.io.cjmap import loads_project
from cjdesigner.io.csv_cards import parse_card_rows
from cjdesigner.io.errors import CsvError, LoadError, SaveError
from cjdesigner.io.importers import read_map
from cjdesigner.io.mermaid import parse_journey
from cjdesigner.export.page_setup import PageSetup, PageSetupError, paper_size
from cjdesigner.export.registry import UnknownFormat, format_for
from cjdesigner.model.document import Card, Journey, Lane, Project, Stage
from cjdesigner.model.invariants import check_invariants

NB = "\u202f"


@pytest.fixture
def french():
    previous = i18n.install(i18n.catalogue("fr"))
    yield
    i18n.install(previous)


def _broken_project() -> Project:
    journey = Journey(title="Achat", stages=[Stage(id="s1", name="Découvrir")], lanes=[Lane(id="l1", title="Actions")],
                      cards=[Card(id="c1", stage_id="nope", lane_id="l1", text="Comparer", position=0)])
    return Project(title="x", journeys=[journey])


def test_model_rules_speak_french(french):
    problems = check_invariants(_broken_project())
    assert problems[0].message == f"la carte «{NB}Comparer{NB}» fait référence à l’étape «{NB}nope{NB}», introuvable dans le parcours «{NB}Achat{NB}»"


def test_model_rules_stay_english_otherwise():
    assert check_invariants(_broken_project())[0].message == 'card "Comparer" refers to stage "nope", which is not in journey "Achat"'


def test_load_errors_speak_french(french):
    with pytest.raises(LoadError) as caught:
        loads_project(b'{"format": "cjdesigner", "format": 1}')
    assert caught.value.sentence == f"ligne 1, colonne 26{NB}: la clé «{NB}format{NB}» apparaît deux fois dans le même objet"
    with pytest.raises(LoadError) as caught:
        loads_project(b"   ")
    assert caught.value.message == "le fichier est vide"


def test_save_errors_speak_french(french, tmp_path: Path):
    from cjdesigner.io.atomic import write_atomic

    with pytest.raises(SaveError) as caught:
        write_atomic(tmp_path / "missing" / "x.cjmap", b"{}")
    assert str(caught.value).startswith(f"impossible d’enregistrer {tmp_path / 'missing' / 'x.cjmap'}{NB}: le dossier")


def test_csv_row_errors_speak_french(french):
    with pytest.raises(CsvError) as caught:
        parse_card_rows("stage,lane,text,votes\nA,B,hi,abc\n")
    assert caught.value.problems == [(2, f"les votes «{NB}abc{NB}» doivent être un nombre entier, 0 ou plus, écrit avec les chiffres 0 à 9")]


def test_import_and_export_sentences_speak_french(french, tmp_path: Path):
    deck = tmp_path / "slides.pptx"
    deck.write_bytes(b"PK")
    with pytest.raises(LoadError) as caught:
        read_map(deck)
    assert caught.value.message.startswith("cjdesigner écrit des fichiers .pptx mais ne sait pas les relire")
    assert parse_journey("journey\n  section A\n  Pay: 7: Ana\n").warnings == [
        f"ligne 3{NB}: le score 7 de «{NB}Pay{NB}» sort de la plage de 1 à 5{NB}; il a été lu comme 5"]
    with pytest.raises(UnknownFormat) as caught:
        format_for("map.docx")
    assert str(caught.value).startswith(f"«{NB}map.docx{NB}» ne se termine par aucune de ces extensions")


def test_page_setup_speaks_french(french):
    with pytest.raises(PageSetupError) as caught:
        paper_size("A99")
    assert str(caught.value).startswith(f"«{NB}A99{NB}» n’est pas un format de page")
    with pytest.raises(PageSetupError) as caught:
        PageSetup(paper="A4", margin_mm=150)
    assert str(caught.value) == "une marge de 150 mm sort de la plage de 0 à 100 mm"
