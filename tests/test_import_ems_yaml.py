"""Enablement Map Studio YAML in: a multi-document file shaped like the studio's own, and hostile YAML."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from cjdesigner.cli import main
from cjdesigner.io.errors import LoadError
from cjdesigner.io.importers import read_map
from cjdesigner.model.vocabulary import BlueprintLine, Language, LaneKind, Sentiment

from speech import cli_warning, created, number, said

pytestmark = pytest.mark.usefixtures("language")

HOSTILE = Path(__file__).parent / "hostile_formats"

# As the studio writes it (cjm, sbp, outcome and em documents), with French text, a comment,
# odd spacing, a folded description, flow mappings and quoted keys.
STUDIO = """# Exporté depuis Enablement Map Studio
kind: cjm
version: '1.0'
id: cjm:achat-velo
persona:
  name: Zoé Martin
  description: >-
    Cycliste urbaine, 34 ans,
    qui compare tout.
phases:
  - id: cjm:phase:decouverte
    name: Découverte
  - id:   cjm:phase:achat
    name:   Achat
  - id: cjm:phase:apres
    name: Après-vente
actions:
  - id: cjm:action:voir-pub
    name: Voir une publicité
    phase: cjm:phase:decouverte
    touchpoints:
      - Instagram
      - Affiche en ville
    thoughts_feelings:
      - « Enfin un vélo léger ! »
    emotion_score: 1
  - id: cjm:action:comparer
    name: Comparer les prix
    phase: cjm:phase:decouverte
    emotion_score: -2
  - id: cjm:action:payer
    name: Payer en ligne
    phase: cjm:phase:achat
    emotion_score:    2
    touchpoints: [Site web]
---
kind: sbp
version: '1.0'
id: sbp:velo
lanes:
  - id: sbp:lane:cjm
    name: Customer Journey
    kind: cjm
    position: {x: -381, 'y': 98}
  - id: sbp:lane:vendeur
    name: Vendeur en magasin
    kind: human
  - id: sbp:lane:logistique
    name: Logistique
    kind: team
    description: Entrepôt de Lyon
  - id: sbp:lane:si
    name: Système de paiement
    kind: system
tasks:
  - id: cjm:action:payer
    lane: sbp:lane:cjm
    name: Payer en ligne
    readonly: true
    position: {x: 500, 'y': 50}
  - id: sbp:task:conseil
    lane: sbp:lane:vendeur
    name: Conseiller la taille
    description: Mesurer l'entrejambe.
    source_id: cjm:action:comparer
  - id: sbp:task:stock
    lane: sbp:lane:logistique
    name: Réserver le stock
    position: {x: 480, 'y': 60}
  - id: sbp:task:autoriser
    lane: sbp:lane:si
    name: Autoriser le paiement
connections:
  - source: cjm:action:payer
    target: sbp:task:autoriser
    sourceHandle: bottom
    targetHandle: top
---
kind: outcome
version: '1.0'
id: oc:velo
kgi: {id: oc:kgi, name: Ventes en ligne}
---
kind: em
version: '1.0'
id: em:velo
"""


def studio_file(tmp_path: Path, text: str = STUDIO, name: str = "velo.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_studio_file_becomes_a_journey_with_its_blueprint(tmp_path):
    imported = read_map(studio_file(tmp_path), Language.FR)
    journey, project = imported.journey, imported.project
    assert [p.name for p in project.personas] == ["Zoé Martin"]
    assert project.personas[0].description == "Cycliste urbaine, 34 ans, qui compare tout."
    assert [s.name for s in journey.stages] == ["Découverte", "Achat", "Après-vente"]
    assert [(lane.title, lane.kind) for lane in journey.lanes] == [
        ("Actions", LaneKind.ACTIONS), ("Points de contact", LaneKind.TOUCHPOINTS), ("Pensées", LaneKind.THOUGHTS),
        ("Émotions", LaneKind.EMOTIONS), ("Vendeur en magasin", LaneKind.FRONTSTAGE), ("Logistique", LaneKind.BACKSTAGE),
        ("Système de paiement", LaneKind.SUPPORT_PROCESSES),
    ]
    assert [lane.line_below for lane in journey.lanes][3:6] == [
        BlueprintLine.INTERACTION, BlueprintLine.VISIBILITY, BlueprintLine.INTERNAL_INTERACTION,
    ]
    stages = {s.id: s.name for s in journey.stages}
    lanes = {lane.id: lane.title for lane in journey.lanes}
    cards = {(stages[c.stage_id], lanes[c.lane_id], c.text) for c in journey.cards}
    assert cards == {
        ("Découverte", "Actions", "Voir une publicité"), ("Découverte", "Actions", "Comparer les prix"),
        ("Achat", "Actions", "Payer en ligne"),
        ("Découverte", "Points de contact", "Instagram"), ("Découverte", "Points de contact", "Affiche en ville"),
        ("Achat", "Points de contact", "Site web"), ("Découverte", "Pensées", "« Enfin un vélo léger ! »"),
        ("Découverte", "Vendeur en magasin", "Conseiller la taille"),  # its source_id
        ("Achat", "Logistique", "Réserver le stock"),  # stands under the action "Payer en ligne"
        ("Achat", "Système de paiement", "Autoriser le paiement"),  # connected to that action
    }
    assert next(c for c in journey.cards if c.text == "Conseiller la taille").notes == "Mesurer l'entrejambe."
    assert next(c for c in journey.cards if c.text == "Comparer les prix").sentiment == Sentiment.NEGATIVE
    # Découverte: mean(1, −2) = −0.5 → −1 (half away from zero); Achat: 2; Après-vente: no point
    assert {stages[e.stage_id]: e.score for e in journey.emotion_points} == {"Découverte": -1, "Achat": 2}
    warnings = "\n".join(imported.warnings)
    assert "outcome, em" in warnings
    assert said('%1: the description of the lane "%2" was not imported (a lane has no description)', said("document %1 (`kind: %2`)", 2, "sbp"), "Logistique") in warnings
    assert said("the blueprint's connections (arrows between tasks) were not imported: a map has no arrows") in warnings


def test_a_file_without_a_journey_or_with_wrong_fields_gets_a_sentence(tmp_path):
    with pytest.raises(LoadError) as caught:
        read_map(studio_file(tmp_path, "kind: sbp\nlanes: []\n"))
    assert caught.value.sentence == said("this YAML file has no document of kind: cjm (an Enablement Map Studio journey); the kinds found: %1", "sbp")
    bad_score = STUDIO.replace("emotion_score: -2", "emotion_score: beaucoup")
    with pytest.raises(LoadError) as caught:
        read_map(studio_file(tmp_path, bad_score))
    where = said("document %1 (`kind: %2`)", 1, "cjm") + ": actions[1]"  # a path of fields, as YAML writes them
    assert caught.value.sentence == said("%1.emotion_score must be a number from -2 to +2, not %2", where, '"beaucoup"')
    bad_phase = STUDIO.replace("phase: cjm:phase:achat", "phase: cjm:phase:nulle")
    with pytest.raises(LoadError) as caught:
        read_map(studio_file(tmp_path, bad_phase))
    assert said('%1.phase "%2" is not one of the phases (%3)', "actions[2]", "cjm:phase:nulle", "")[:-1].split(".", 1)[1] in caught.value.sentence
    with pytest.raises(LoadError) as caught:
        read_map(studio_file(tmp_path, "kind: cjm\nphases: [\n  - x: {\n"))
    assert (caught.value.line, caught.value.column) == (3, 3)
    assert caught.value.message == said("this is not valid YAML: look at the indentation, the colons and the brackets here")
    with pytest.raises(LoadError) as caught:
        read_map(studio_file(tmp_path, "kind: cjm\nphases:\n\t- x\n"))
    assert caught.value.sentence == said("%1: %2", said("line %1, column %2", 3, 1, context="files"),
                                         said("this is not valid YAML: a tab stands where YAML allows only spaces"), context="files")
    (tmp_path / "w.yaml").write_bytes(b"PK\x03\x04" + b"\x00" * 30)
    with pytest.raises(LoadError) as caught:
        read_map(tmp_path / "w.yaml")
    assert caught.value.sentence == said("this file's extension says it is %1, but it holds %2", said("an Enablement Map Studio YAML file"),
                                         said("a zipped file (such as an Excel workbook or a PowerPoint file)"))


@pytest.mark.parametrize("name", ["billion_laughs.yaml", "deep_nesting.yaml"])
def test_hostile_yaml_is_refused_quickly_with_a_sentence(name):
    start = time.perf_counter()
    with pytest.raises(LoadError) as caught:
        read_map(HOSTILE / name)
    assert time.perf_counter() - start < 2.0
    assert caught.value.line is not None and caught.value.message in (
        said("this YAML file repeats anchored values (*aliases) until they would make more than %1 values, "
             "the way a file built to exhaust memory does; it is refused", number(2_000_000)),
        said("this YAML file nests lists and mappings more than %1 deep; it is refused", 64))


def test_python_objects_are_never_built(tmp_path):
    text = "kind: cjm\nphases: !!python/object/apply:os.system ['echo owned']\n"
    with pytest.raises(LoadError) as caught:
        read_map(studio_file(tmp_path, text))
    assert caught.value.message == said("this is not valid YAML for a map: a tag (!!…) asks for a kind of value cjdesigner never builds")


def test_cli_imports_a_studio_file(tmp_path, capsys):
    assert main(["import", str(studio_file(tmp_path)), "-o", str(tmp_path / "v.cjmap"), "--lang", "fr"]) == 0
    out, err = capsys.readouterr()
    assert out == f"{tmp_path / 'v.cjmap'}: {created(3, 7, 1, 10)}\n"
    assert err.startswith(cli_warning(tmp_path / "velo.yaml", ""))


REAL = Path(__file__).parent / "ems"  # files from the studio's own repository: see ems/README.md


def _cells(imported) -> set[tuple[str, str, str]]:
    journey = imported.journey
    stages = {s.id: s.name for s in journey.stages}
    lanes = {lane.id: lane.title for lane in journey.lanes}
    return {(stages[c.stage_id], lanes[c.lane_id], c.text) for c in journey.cards}


def test_link_to_chains_put_blueprint_tasks_at_the_stage_of_their_action():
    imported = read_map(REAL / "studio_sample_2025-10-10_link_to.yaml")
    cells = _cells(imported)
    expected = {
        ("認知", "フロントエンド", "検索結果表示"), ("認知", "バックエンド", "データ取得"),
        ("検討", "フロントエンド", "比較表示"), ("申込", "フロントエンド", "入力検証"),
        ("申込", "バックエンド", "申込処理"), ("申込", "バックエンド", "本人確認"),  # two links away from the action
        ("利用", "サポート", "サポート提供"),
    }
    assert expected <= cells
    assert sum(1 for _, lane, _ in cells if lane == "Actions") == 4, "the customer lane mirrors the four actions, once each"
    assert not [w for w in imported.warnings if any(name in w for _, _, name in expected)], "no task is left at a guessed stage"
    _check_the_studios_current_sample()


def test_a_customer_task_that_is_no_action_of_the_journey_is_kept_and_named():
    imported = read_map(REAL / "requirements_spec_example.yaml")
    texts = {text for _, _, text in _cells(imported)}
    assert {"開発されたシステムをテストする", "UAT環境を準備し、ユーザーを支援する", "システムの要件を開発チームに伝える"} <= texts
    assert any("開発されたシステムをテストする" in w for w in imported.warnings)


def _check_the_studios_current_sample() -> None:
    """Today's sample ties tasks by `source_id` and connections: every task at its action's stage."""
    import yaml

    documents = list(yaml.safe_load_all((REAL / "studio_sample.yaml").read_text(encoding="utf-8")))
    cjm, sbp = documents[0], documents[1]
    phase = {p["id"]: p["name"] for p in cjm["phases"]}
    action_phase = {a["id"]: phase[a["phase"]] for a in cjm["actions"]}
    customer = {lane["id"] for lane in sbp["lanes"] if lane["kind"] == "cjm"}
    cells = _cells(read_map(REAL / "studio_sample.yaml"))
    for task in sbp["tasks"]:
        if task["lane"] in customer:
            continue
        assert any(text == task["name"] and (task.get("source_id") not in action_phase or stage == action_phase[task["source_id"]])
                   for stage, _, text in cells), task["name"]


def test_yaml_scalars_keep_the_text_as_written(tmp_path):
    text = (STUDIO.replace("name: Zoé Martin", "name: 12345.0").replace("name: Découverte", "name: 0x1F")
            .replace("name:   Achat", "name: yes").replace("name: Voir une publicité", "name: 2026-03-14")
            .replace("name: Comparer les prix", "name: 12345").replace("- Instagram", "- 1_000"))
    imported = read_map(studio_file(tmp_path, text))
    assert imported.project.personas[0].name == "12345.0"
    assert [s.name for s in imported.journey.stages][:2] == ["0x1F", "yes"]
    texts = {c.text for c in imported.journey.cards}
    assert {"2026-03-14", "12345", "1_000"} <= texts
    assert next(c for c in imported.journey.cards if c.text == "12345").sentiment == Sentiment.NEGATIVE, "a score is still a number"

