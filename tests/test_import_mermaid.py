"""Mermaid user journeys in and out: files in the shapes real ones take, and round trips."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjdesigner.cli import main
from cjdesigner.export.mermaid import mermaid_text, write_mermaid
from cjdesigner.export.options import ExportOptions
from cjdesigner.io.errors import LoadError
from cjdesigner.io.importers import read_map
from cjdesigner.io.mermaid import parse_journey
from cjdesigner.model.vocabulary import Language, LaneKind, Sentiment, fold

from speech import cli_error, cli_warning, created, said

pytestmark = pytest.mark.usefixtures("language")

HOSTILE = Path(__file__).parent / "hostile_formats"



# What people write: front matter and a directive, accessibility lines (one on several lines),
# comments of both kinds, odd spacing, keywords in capitals, trailing commas, a blank line, French.
REAL = """---
config:
  theme: forest
---
%%{init: {"journey": {"diagramMarginX": 50}}}%%
journey
    accTitle: Parcours d'achat d'un vélo
    accDescr {
        Le parcours de Zoé et Marc,
        de la découverte à l'entretien.
    }
    title   Acheter un vélo électrique   %% état actuel
    section Découverte
      Voir une publicité Instagram : 4 : Zoé, Marc,
      Chercher « vélo cargo » en ligne:2:Zoé
    %% une section vide de tâches suit

    SECTION Achat en magasin
      Essayer trois modèles: 5: Marc , Zoé
      Attendre un vendeur   :   1   :   Zoé
      Payer en 3 fois : 3 : Marc # paiement fractionné
    section Entretien
      Première révision gratuite: 4: Marc
"""


def write(tmp_path: Path, name: str, text: str, newline: str = "\n") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return path


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_real_journey_becomes_stages_cards_personas_and_emotion_points(tmp_path, newline):
    imported = read_map(write(tmp_path, "velo.mmd", REAL, newline), Language.FR)
    project, journey = imported.project, imported.journey
    assert journey.title == "Acheter un vélo électrique"
    assert journey.scenario == "Le parcours de Zoé et Marc, de la découverte à l'entretien."
    assert [s.name for s in journey.stages] == ["Découverte", "Achat en magasin", "Entretien"]
    assert [lane.kind for lane in journey.lanes] == [LaneKind.ACTIONS, LaneKind.EMOTIONS]
    assert [lane.title for lane in journey.lanes] == ["Actions", "Émotions"]
    assert [p.name for p in project.personas] == ["Zoé", "Marc"], "each actor once, by name, in order"
    names = {p.id: p.name for p in project.personas}
    stages = {s.id: s.name for s in journey.stages}
    cards = [(stages[c.stage_id], c.text, [names[p] for p in c.persona_ids], c.sentiment) for c in journey.cards]
    assert cards == [
        ("Découverte", "Voir une publicité Instagram", ["Zoé", "Marc"], Sentiment.POSITIVE),
        ("Découverte", "Chercher « vélo cargo » en ligne", ["Zoé"], Sentiment.NEGATIVE),
        ("Achat en magasin", "Essayer trois modèles", ["Marc", "Zoé"], Sentiment.POSITIVE),
        ("Achat en magasin", "Attendre un vendeur", ["Zoé"], Sentiment.NEGATIVE),
        ("Achat en magasin", "Payer en 3 fois", ["Marc"], Sentiment.NEUTRAL),
        ("Entretien", "Première révision gratuite", ["Marc"], Sentiment.POSITIVE),
    ]
    points = {(stages[e.stage_id], names[e.persona_id]): e.score for e in journey.emotion_points}
    # Zoé in Découverte: mean(4, 2) = 3 → 0; Marc in Achat: mean(5, 3) = 4 → +1; Zoé in Achat: mean(5, 1) = 3 → 0
    assert points == {
        ("Découverte", "Zoé"): 0, ("Découverte", "Marc"): 1,
        ("Achat en magasin", "Marc"): 1, ("Achat en magasin", "Zoé"): 0,
        ("Entretien", "Marc"): 1,
    }
    assert any("Parcours d'achat d'un vélo" in w for w in imported.warnings), "the second title is named, not dropped silently"


def test_means_are_rounded_half_away_from_zero():
    from cjdesigner.io.mermaid import emotion_for_scores

    assert emotion_for_scores([5, 4]) == 2  # 4.5 − 3 = 1.5 → 2
    assert emotion_for_scores([1, 2]) == -2  # 1.5 − 3 = −1.5 → −2
    assert emotion_for_scores([3, 4]) == 1  # 0.5 → 1
    assert emotion_for_scores([2, 3]) == -1  # −0.5 → −1


def test_what_cannot_be_carried_over_is_named(tmp_path):
    text = "journey\ntitle T\nOrphan task: 3: Ana\nsection S\nNo score::Ana\nNo actor: 5\nnot a task\nToo high: 9: Ana\n"
    imported = read_map(write(tmp_path, "t.mmd", text), Language.EN)
    warnings = "\n".join(imported.warnings)
    assert said("tasks before the first section (from line %1) went into a stage named %2", 3, "(no section)") in warnings
    assert said('line %1: the task "%2" has no score; its card has no sentiment and no emotion point', 5, "No score") in warnings
    assert said('"%1" (line %2)', "No actor", 6) in warnings
    assert said('line %1: "%2" is neither a section nor a task (a task is written `name: score: actors`); it was left out', 7, "not a task") in warnings
    assert said('line %1: the score %2 of "%3" is outside 1 to 5; it was read as %4', 8, 9, "Too high", 5) in warnings
    assert [c.text for c in imported.journey.cards] == ["Orphan task", "No score", "No actor", "Too high"]


def test_the_first_journey_block_of_a_markdown_file(tmp_path):
    text = (
        "# Notes d'atelier\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\nTexte.\n\n"
        "```mermaid\n%% le parcours\njourney\n  title Atelier\n  section Avant\n    Lire l'invitation: 3: Léa\n```\n"
    )
    imported = read_map(write(tmp_path, "notes.md", text), Language.FR)
    assert imported.journey.title == "Atelier"
    assert [c.text for c in imported.journey.cards] == ["Lire l'invitation"]


def test_a_markdown_file_without_a_journey_says_so(tmp_path):
    with pytest.raises(LoadError, match=re.escape(said("this document has Mermaid diagrams but no user journey (the first is a %1 diagram)", "flowchart"))):
        read_map(write(tmp_path, "n.md", "```mermaid\nflowchart LR\nA-->B\n```\n"))


def test_a_file_that_is_not_what_its_extension_says_gets_a_sentence(tmp_path):
    with pytest.raises(LoadError, match=re.escape(said("this is a Mermaid %1 diagram, not a user journey; cjdesigner imports Mermaid journeys only", "flowchart"))) as caught:
        read_map(HOSTILE / "flowchart.mmd")
    assert caught.value.line == 2
    (tmp_path / "w.mmd").write_bytes((HOSTILE / "zip_bomb.xlsx").read_bytes())
    expected = said("this file's extension says it is %1, but it holds %2", said("a Mermaid diagram"), said("a zipped file (such as an Excel workbook or a PowerPoint file)"))
    with pytest.raises(LoadError, match=re.escape(expected)):
        read_map(tmp_path / "w.mmd")


def test_a_hostile_mermaid_file_is_refused_quickly(tmp_path):
    huge = tmp_path / "huge.mmd"
    huge.write_bytes(b"journey\n" + b"section S\n" * (1 << 20))
    with pytest.raises(LoadError, match="MiB|Mio"):
        read_map(huge)
    binary = tmp_path / "b.mmd"
    binary.write_bytes(b"journey\n\xff\xfe\x00\x01")
    with pytest.raises(LoadError, match=re.escape(said("binary data, not text"))):
        read_map(binary)
    many = tmp_path / "many.mmd"
    many.write_text("journey\n" + "".join(f"section S{i}\n" for i in range(300)), encoding="utf-8")
    with pytest.raises(LoadError, match=re.escape(said("the journey has more than %1 sections; a journey holds at most %1 stages, so the file is refused", "200"))) as caught:
        read_map(many)
    assert caught.value.line == 202


def test_export_lists_what_mermaid_cannot_express():
    from cjdesigner.io.sample import sample_project

    text, warnings = mermaid_text(sample_project(), ExportOptions())
    assert text.startswith("journey\n    title Acheter un canapé")
    assert any("Points de douleur (5)" in w for w in warnings)
    assert parse_journey(text).sections[0].tasks[0].actors == ["Camille Durand"]


def test_an_edited_emotion_point_moves_the_exported_scores(tmp_path):
    imported = read_map(write(tmp_path, "v.mmd", REAL), Language.FR)
    journey = imported.journey
    marc = next(p.id for p in imported.project.personas if p.name == "Marc")
    entretien = journey.stages[2].id
    point = next(e for e in journey.emotion_points if e.stage_id == entretien and e.persona_id == marc)
    point.score = 2  # the user dragged Marc's point up
    text, _ = mermaid_text(imported.project, ExportOptions())
    assert "Première révision gratuite: 5: Marc" in text
    point.score = -2  # contradicts the card's positive sentiment: the score stays positive
    text, _ = mermaid_text(imported.project, ExportOptions())
    assert "Première révision gratuite: 4: Marc" in text


names = st.text(alphabet="abcdéèçÀZ xyz'«»-0123456789", min_size=1, max_size=12).map(str.strip).filter(bool)


@st.composite
def journeys(draw):
    actors = draw(st.lists(names, min_size=1, max_size=4, unique_by=fold))  # one persona per folded name, as a map has
    sections = []
    for _ in range(draw(st.integers(1, 5))):
        tasks = [
            (draw(names), draw(st.integers(1, 5)), draw(st.lists(st.sampled_from(actors), unique=True, max_size=3)))
            for _ in range(draw(st.integers(0, 5)))
        ]
        sections.append((draw(names), tasks))
    return draw(names), sections


def render(title, sections) -> str:
    lines = ["journey", f"  title {title}"]
    for name, tasks in sections:
        lines.append(f"  section {name}")
        lines += [f"    {task}: {score}" + (f": {', '.join(actors)}" if actors else "") for task, score, actors in tasks]
    return "\n".join(lines) + "\n"


def shape(text: str):
    parsed = parse_journey(text)
    return parsed.title, [(s.name, [(t.name, t.score, t.actors) for t in s.tasks]) for s in parsed.sections]


@settings(max_examples=40, deadline=None)
@given(journeys())
def test_import_export_import_keeps_sections_tasks_actors_and_scores(tmp_path_factory, journey):
    from cjdesigner.io.mermaid import import_mermaid

    source = render(*journey)
    first = import_mermaid(source, Language.FR, "x")
    exported, _ = mermaid_text(first.project, ExportOptions())
    assert shape(exported) == shape(source)
    second = import_mermaid(exported, Language.FR, "x")
    dump = lambda p: [(c.text, c.sentiment, len(c.persona_ids)) for c in p.journeys[0].cards]  # noqa: E731
    assert dump(second.project) == dump(first.project)
    assert [e.score for e in second.journey.emotion_points] == [e.score for e in first.journey.emotion_points]


def test_cli_import_then_export(tmp_path, capsys):
    source = write(tmp_path, "velo.mmd", REAL)
    assert main(["import", str(source), "-o", str(tmp_path / "v.cjmap"), "--lang", "fr"]) == 0
    out, err = capsys.readouterr()
    assert out == f"{tmp_path / 'v.cjmap'}: {created(3, 2, 2, 6)}\n"
    assert err.startswith(cli_warning(source, "")) and "Parcours d'achat d'un vélo" in err
    assert main(["export", str(tmp_path / "v.cjmap"), "-o", str(tmp_path / "back.mmd")]) == 0
    assert shape((tmp_path / "back.mmd").read_text(encoding="utf-8"))[1][0][0] == "Découverte"
    assert main(["import", str(HOSTILE / "flowchart.mmd"), "-o", str(tmp_path / "f.cjmap")]) == 1
    assert capsys.readouterr().err.startswith(cli_error(HOSTILE / "flowchart.mmd", ""))
    assert not (tmp_path / "f.cjmap").exists()


def test_writer_returns_warnings_and_writes_the_file(tmp_path):
    from cjdesigner.io.sample import sample_project

    warnings = write_mermaid(sample_project(), ExportOptions(), tmp_path / "s.mmd")
    assert warnings and (tmp_path / "s.mmd").read_text(encoding="utf-8").startswith("journey")


def test_a_front_matter_title_replaced_by_a_title_line_is_named(tmp_path):
    from cjdesigner.io.importers import read_map

    source = tmp_path / "j.mmd"
    source.write_text("---\ntitle: Front\n---\njourney\n  title Atelier\n  section A\n    Lire: 4: Ana\n", encoding="utf-8")
    imported = read_map(source)
    assert imported.project.journeys[0].title == "Atelier"
    assert any("Front" in w and "Atelier" in w for w in imported.warnings)


def test_a_mermaid_journey_named_yaml_is_told_to_be_mermaid(tmp_path):
    from cjdesigner.io.errors import LoadError
    from cjdesigner.io.importers import read_map

    source = tmp_path / "j.yaml"
    source.write_text("%% a comment\njourney\n  title T\n  section A\n    Do: 3: Ana\n", encoding="utf-8")
    with pytest.raises(LoadError, match=re.escape(said("a Mermaid journey; give it the extension .mmd"))):
        read_map(source)
