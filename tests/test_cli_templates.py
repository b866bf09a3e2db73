"""`cjdesigner templates` and `cjdesigner new --template`: every template in both languages, and the
sample, the map the app opens on first start, so that a new user can try the backlog, the decision
pages and the links from the command line straight away."""

from __future__ import annotations

import pytest

from cjdesigner.cli import main
from cjdesigner.io.cjmap import load_project
from cjdesigner.io.sample import sample_project
from cjdesigner.io.templates import TEMPLATES


def test_templates_lists_name_then_description(capsys):
    assert main(["templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in lines] == [*TEMPLATES, "sample"]
    assert lines[0] == "ecommerce\tAwareness, consideration, purchase, retention, loyalty: the classic online shopping journey."


def test_templates_in_french(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert main(["templates"]) == 0
    assert "Prise de conscience, considération" in capsys.readouterr().out


@pytest.mark.parametrize("name", list(TEMPLATES))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_new_from_every_template(tmp_path, name, lang):
    out = tmp_path / f"{name}.cjmap"
    assert main(["new", "--template", name, "--lang", lang, "-o", str(out)]) == 0
    project = load_project(out)
    assert project.language.value == lang
    journey = project.journeys[0]
    assert journey.stages and journey.lanes
    if name == "service-blueprint":
        lines = [lane.line_below.value for lane in journey.lanes if lane.line_below]
        assert lines == ["interaction", "visibility", "internal_interaction"]
    else:
        assert [lane.kind.value for lane in journey.lanes] == ["actions", "touchpoints", "emotions", "pain_points", "opportunities"]


def test_template_stage_names_in_both_languages(tmp_path):
    main(["new", "--template", "kotler-5a", "--lang", "fr", "-o", str(tmp_path / "fr.cjmap")])
    main(["new", "--template", "kotler-5a", "--lang", "en", "-o", str(tmp_path / "en.cjmap")])
    assert [s.name for s in load_project(tmp_path / "fr.cjmap").journeys[0].stages] == ["Notoriété", "Attrait", "Demande", "Action", "Promotion"]
    assert [s.name for s in load_project(tmp_path / "en.cjmap").journeys[0].stages] == ["Aware", "Appeal", "Ask", "Act", "Advocate"]


def test_templates_lists_the_sample_last_with_its_description(capsys):
    assert main(["templates"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    name, description = last.split("\t")
    assert name == "sample" and description.startswith("The sample map the app opens on first start")


def test_templates_in_french_describes_the_sample_in_french(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert main(["templates"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("sample\tLa carte d’exemple que l’application ouvre")


def test_french_templates_write_typographic_apostrophes(capsys, monkeypatch):
    from cjdesigner.io.templates import TEMPLATES, project_from_template

    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert main(["templates"]) == 0
    assert "'" not in capsys.readouterr().out
    for name in TEMPLATES:
        project = project_from_template(name, "fr")
        words = [project.title, *(j.title for j in project.journeys)]
        words += [text for j in project.journeys for s in j.stages for text in (s.name, s.goal)]
        assert [word for word in words if "'" in word] == [], name


@pytest.mark.parametrize("lang", [[], ["--lang", "en"], ["--lang", "fr"]])
def test_new_from_the_sample_writes_the_sample_map(tmp_path, lang):
    out = tmp_path / "map.cjmap"
    assert main(["new", "--template", "sample", *lang, "-o", str(out)]) == 0
    assert load_project(out) == sample_project()


def test_the_sample_gives_a_backlog_and_decision_pages_from_the_command_line(tmp_path, capsys):
    out = tmp_path / "map.cjmap"
    assert main(["new", "--template", "sample", "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["backlog", str(out)]) == 0
    backlog = capsys.readouterr().out
    assert "Envoyer des échantillons de tissu gratuits sous 48 h" in backlog
    pdf = tmp_path / "map.pdf"
    assert main(["export", str(out), "-o", str(pdf), "--decisions", "--links"]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_new_from_the_sample_keeps_an_existing_file(tmp_path, capsys):
    out = tmp_path / "map.cjmap"
    out.write_text("mine", encoding="utf-8")
    assert main(["new", "--template", "sample", "-o", str(out)]) != 0
    assert out.read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize(("lang", "titles", "delivery"), [
    ("en", ["Buying online — overview", "Delivery in detail", "After-sales support"], "Delivery"),
    ("fr", ["Achat en ligne — vue d’ensemble", "Livraison en détail", "Service après-vente"], "Livraison"),
])
def test_the_project_overview_template_makes_a_parent_and_two_sub_journeys(tmp_path, capsys, lang, titles, delivery):
    from cjdesigner.model.sub_journeys import children, trail

    out = tmp_path / "project.cjmap"
    assert main(["new", "--template", "project-overview", "--lang", lang, "-o", str(out)]) == 0
    project = load_project(out)
    assert [j.title for j in project.journeys] == titles and project.review_every_months == 6
    parent, first, second = project.journeys
    assert children(project) == {parent.id: [first.id, second.id], first.id: [], second.id: []}
    assert next(s for s in parent.stages if s.sub_journey_id == first.id).name == delivery
    assert [c.sub_journey_id for c in parent.cards if c.sub_journey_id] == [second.id]
    assert trail(project, second.id) == [parent.id, second.id]
    assert main(["templates"]) == 0
    assert "project-overview\t" in capsys.readouterr().out
