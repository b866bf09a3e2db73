"""`cjdesigner backlog`: the ranked opportunities to the terminal, CSV, Markdown and Excel."""

from __future__ import annotations

import csv
import io

import pytest

from cjdesigner import cli
from cjdesigner.cli import main
from cjdesigner.io.cjmap import save_project
from cjdesigner.io.sample import sample_project

RANKED = [
    "Envoyer des échantillons de tissu gratuits sous 48 h",  # 4 ÷ 2, pain weight 2.33
    "Montrer les dimensions dès la publicité",  # 2 ÷ 1, no pain point
    "Commande sans compte et choix du créneau de livraison",
    "Vidéo de montage par QR code",
    "Suivi du livreur en temps réel",
    "Rappel automatique plutôt que file d'attente",
    "Parrainage : un coussin offert",
]


@pytest.fixture
def sample_map(tmp_path):
    path = tmp_path / "sample.cjmap"
    save_project(sample_project(), path)
    return path


def test_without_output_prints_an_aligned_table(sample_map, capsys):
    assert main(["backlog", str(sample_map)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["Rang", "Opportunité"] and set(lines[1]) == {"-", " "}
    assert [line.strip().split("  ")[1].strip() for line in lines[2:]] == RANKED
    starts = {line.index(text) for line, text in zip(lines[2:], RANKED)}
    assert len(starts) == 1, "the opportunity column starts at one place on every line"
    first = lines[2]
    assert "2.00" in first and "2.33" in first and "En cours" in first and "Gains rapides" in first
    assert "Livreur arrivé hors du créneau annoncé" in lines[4]


def test_csv_follows_the_delimiter_rule_of_export_csv(sample_map, tmp_path, monkeypatch):
    out = tmp_path / "backlog.csv"
    monkeypatch.setattr(cli, "_locale_decimal_point", lambda: ",")
    assert main(["backlog", str(sample_map), "-o", str(out)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:3] == ["Rang", "Opportunité", "Étape"]
    assert [r[1] for r in rows[1:]] == RANKED and rows[1][5] == "2,00"
    assert main(["backlog", str(sample_map), "-o", str(out), "--delimiter", "comma"]) == 0
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    assert rows[1][5] == "2.00" and rows[3][11].count("|") == 1


def test_markdown_table(sample_map, tmp_path):
    out = tmp_path / "backlog.md"
    assert main(["backlog", str(sample_map), "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("| Rang | Opportunité |") and lines[1].startswith("| ---: | --- |")
    assert len(lines) == 2 + len(RANKED)
    assert "Créneau de livraison imposé, sans choix du jour \\| Livreur arrivé" in lines[4]


def test_xlsx_keeps_numbers_as_numbers_and_text_as_text(sample_map, tmp_path):
    from openpyxl import load_workbook

    project = sample_project()
    project.journeys[0].cards[5].text = "=HYPERLINK(\"x\")"
    path = tmp_path / "formula.cjmap"
    save_project(project, path)
    out = tmp_path / "backlog.xlsx"
    assert main(["backlog", str(path), "-o", str(out), "--journey", "journey-canape"]) == 0
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][:6] == (1, RANKED[0], "Considération", 4, 2, 2.0)
    assert rows[2][1] == "=HYPERLINK(\"x\")" and sheet.cell(3, 2).data_type == "s"


def test_a_bad_output_or_journey_is_a_sentence_and_status_one(sample_map, tmp_path, capsys):
    assert main(["backlog", str(sample_map), "-o", str(tmp_path / "b.pdf")]) == 1
    assert "b.pdf: error: the backlog is written as .csv, .xlsx or .md" in capsys.readouterr().err
    assert not (tmp_path / "b.pdf").exists()
    assert main(["backlog", str(sample_map), "--journey", "nope"]) == 1
    assert "error:" in capsys.readouterr().err
    assert main(["backlog", str(tmp_path / "missing.cjmap")]) == 1
    assert main(["backlog", str(sample_map), "--delimiter", "pipe"]) == 2
