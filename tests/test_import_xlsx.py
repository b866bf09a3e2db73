"""Excel workbooks in: the CSV columns from any workbook's first sheet, and hostile workbooks."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from openpyxl import Workbook

from cjdesigner.cli import main
from cjdesigner.io.errors import LoadError
from cjdesigner.io.importers import read_map
from cjdesigner.model.vocabulary import Channel, Language, Sentiment

from speech import cli_error, created, number, said

pytestmark = pytest.mark.usefixtures("language")

HOSTILE = Path(__file__).parent / "hostile_formats"


def workbook(path: Path, rows: list[list]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Ateliers"
    for row in rows:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, even when it begins with =
    book.create_sheet("Brouillon").append(["rien", "à", "voir"])
    book.save(path)
    return path


def test_the_first_sheet_is_read_with_the_csv_columns_in_french(tmp_path):
    path = workbook(tmp_path / "atelier.xlsx", [
        ["Étape", "Couloir", "Texte", "Personas", "Sentiment", "Votes", "Canal", "Colonne perso"],
        ["Découverte", "Actions", "Voit une pub", "Zoé|Marc", "positif", 3, "réseaux sociaux", "x"],
        ["Découverte", "Points de douleur", "Trop de choix", "Zoé", "négatif", None, None, None],
        ["Achat", "Actions", "=Paie en ligne", None, None, 2.0, "web", None],
        [None, None, None, None, None, None, None, None],
    ])
    imported = read_map(path, Language.FR)
    journey = imported.journey
    assert [s.name for s in journey.stages] == ["Découverte", "Achat"]
    assert [lane.title for lane in journey.lanes] == ["Actions", "Points de douleur"]
    assert [p.name for p in imported.project.personas] == ["Zoé", "Marc"]
    first = journey.cards[0]
    assert (first.text, first.sentiment, first.votes, first.channel) == ("Voit une pub", Sentiment.POSITIVE, 3, Channel.SOCIAL)
    assert journey.cards[2].votes == 2, "a whole number Excel stores as 2.0 is read as 2"
    assert journey.cards[2].text == "=Paie en ligne"
    assert any("Colonne perso" in w for w in imported.warnings), "an unknown column is named, not dropped silently"


def test_a_bad_row_is_named_by_sheet_and_row(tmp_path):
    path = workbook(tmp_path / "bad.xlsx", [["stage", "lane", "text", "severity"], ["S", "L", "ok", 3], ["S", "L", "bad", 9]])
    with pytest.raises(LoadError) as caught:
        read_map(path)
    severity = said('the severity "%1" must be a whole number from 1 to 5, written with the digits 0 to 9', "9", context="csv")
    assert said('sheet "%1", row %2: %3', "Ateliers", 3, severity) in caught.value.sentence
    empty = workbook(tmp_path / "empty.xlsx", [["nom", "prénom"], ["a", "b"]])
    with pytest.raises(LoadError) as caught:
        read_map(empty)
    wanted = ", ".join(said("%1 (%2)", *names, context="csv") for names in (("stage", "étape"), ("lane", "couloir")))
    missing = said("the header row has no column for %1 and %2; it has: %3", wanted, said("%1 (%2)", "text", "texte", context="csv"), "nom, prénom", context="csv")
    assert said('sheet "%1", row %2: %3', "Ateliers", 1, missing) in caught.value.sentence


@pytest.mark.parametrize(
    ("name", "sentence", "values"),
    [
        ("zip_bomb.xlsx", "the part %1 of this workbook would unpack %2 times larger than it is stored (a zip bomb); it is refused",
         ["xl/worksheets/sheet1.xml", "RATIO"]),
        ("entities.xlsx", "the part %1 of this workbook declares XML entities, which a real one never does; it is refused", ["[^ ]+"]),
        ("truncated.xlsx", "this file's extension says it is %1, but it is a damaged or incomplete zip file", ["an Excel workbook"]),
        ("zip_bomb.pptx", "cjdesigner writes %1 files but cannot read them back; import a CSV, Excel, Mermaid or YAML file", [".pptx"]),
    ],
)
def test_hostile_workbooks_are_refused_at_once_with_a_sentence(name, sentence, values):
    """`values` are patterns: the ratio of a zip bomb is about 1,0xx, written as the language writes numbers."""
    holes = [f"@{i}@" for i in range(len(values))]
    pattern = re.escape(said(sentence, *holes))
    for hole, value in zip(holes, values):
        if value == "RATIO":
            value = re.escape(number(1_000)[:-3]) + "0[0-9][0-9]"
        pattern = pattern.replace(re.escape(hole), said(value) if value.startswith("an ") else value)
    start = time.perf_counter()
    with pytest.raises(LoadError) as caught:
        read_map(HOSTILE / name)
    assert re.fullmatch(pattern, caught.value.sentence), (pattern, caught.value.sentence)
    assert time.perf_counter() - start < 2.0


def test_a_workbook_of_too_many_parts_or_text_named_xlsx(tmp_path):
    import zipfile

    many = tmp_path / "many.xlsx"
    with zipfile.ZipFile(many, "w") as archive:
        for i in range(5_001):
            archive.writestr(f"p{i}.xml", "")
    with pytest.raises(LoadError) as caught:
        read_map(many)
    assert caught.value.sentence == said("this workbook holds %1 parts; a real one holds a few dozen, so it is refused", number(5_001))
    text = tmp_path / "t.xlsx"
    text.write_text("stage,lane,text\n", encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        read_map(text)
    assert caught.value.sentence == said("this file's extension says it is %1, but it holds %2", said("an Excel workbook"), said("text, not a workbook"))


def test_cli_imports_a_workbook_and_refuses_a_bomb(tmp_path, capsys):
    path = workbook(tmp_path / "a.xlsx", [["stage", "lane", "text"], ["S", "Actions", "x"]])
    assert main(["import", str(path), "-o", str(tmp_path / "a.cjmap")]) == 0
    assert main(["import", str(HOSTILE / "zip_bomb.xlsx"), "-o", str(tmp_path / "b.cjmap")]) == 1
    assert capsys.readouterr().err.startswith(cli_error(HOSTILE / "zip_bomb.xlsx", ""))
    assert not (tmp_path / "b.cjmap").exists()


def test_openpyxl_is_imported_only_for_workbooks():
    import subprocess
    import sys

    code = (
        "import sys; from cjdesigner import cli; from cjdesigner.io import importers, mermaid; "
        "from cjdesigner.export import mermaid as m; "
        "print(any(n in sys.modules for n in ('openpyxl', 'pptx', 'yaml')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_import_reads_csv_as_before_and_refuses_a_workbook_named_csv(tmp_path, capsys):
    source = tmp_path / "notes.csv"
    source.write_text("étape;couloir;texte\nDécouverte;Actions;Voit une pub\n", encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "n.cjmap"), "--lang", "fr"]) == 0
    assert capsys.readouterr().out == f"{tmp_path / 'n.cjmap'}: {created(1, 1, 0, 1)}\n"
    renamed = tmp_path / "book.csv"
    renamed.write_bytes((HOSTILE / "zip_bomb.xlsx").read_bytes())
    with pytest.raises(LoadError) as caught:
        read_map(renamed)
    assert caught.value.sentence == said("this file's extension says it is %1, but it holds %2", said("CSV"), said("a zipped file (such as an Excel workbook or a PowerPoint file)"))


def _with_sheet_xml(source: Path, target: Path, rewrite) -> Path:
    """A copy of a workbook with its first sheet's XML rewritten, as other programs write it."""
    import zipfile

    with zipfile.ZipFile(source) as inner, zipfile.ZipFile(target, "w") as outer:
        for item in inner.infolist():
            data = inner.read(item.filename)
            outer.writestr(item, rewrite(data) if item.filename == "xl/worksheets/sheet1.xml" else data)
    return target


def test_formula_cells_are_read_as_their_saved_value_and_named(tmp_path):
    import re

    base = workbook(tmp_path / "base.xlsx", [["stage", "lane", "text", "notes"], ["S", "Actions", "placeholder", "n"], ["S", "Actions", "b", "m"]])

    def formulas(data: bytes) -> bytes:
        data = re.sub(rb'<c r="C2"[^>]*>.*?</c>', b'<c r="C2"><f>HYPERLINK("https://example.com","Voir le site")</f><v>Voir le site</v></c>', data)
        return re.sub(rb'<c r="D3"[^>]*>.*?</c>', b'<c r="D3"><f>A1&amp;B1</f></c>', data)

    imported = read_map(_with_sheet_xml(base, tmp_path / "formulas.xlsx", formulas))
    assert [c.text for c in imported.journey.cards] == ["Voir le site", "b"]
    assert imported.journey.cards[1].notes == ""
    assert [w for w in imported.warnings if "!C2" in w] and [w for w in imported.warnings if "!D3" in w]


def test_a_zip_that_is_no_workbook_gets_a_sentence(tmp_path, capsys):
    import zipfile

    path = tmp_path / "notes.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    assert main(["import", str(path), "-o", str(tmp_path / "n.cjmap")]) == 1
    err = capsys.readouterr().err
    assert "KeyError" not in err and "Content_Types" not in err and "Traceback" not in err


def test_a_sheet_beyond_the_row_limit_is_refused_before_openpyxl_reads_it(tmp_path, monkeypatch):
    import openpyxl

    from cjdesigner.io import xlsx_cards

    rows = "".join(f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>x</t></is></c></row>' for i in range(2, xlsx_cards.MAX_ROWS + 2))
    base = workbook(tmp_path / "base.xlsx", [["stage", "lane", "text"]])
    big = _with_sheet_xml(base, tmp_path / "big.xlsx", lambda data: data.replace(b"</row></sheetData>", b"</row>" + rows.encode() + b"</sheetData>"))
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: pytest.fail("openpyxl read a sheet beyond the limit"))
    with pytest.raises(LoadError) as caught:
        read_map(big)
    assert number(xlsx_cards.MAX_ROWS - 1) in str(caught.value)


def test_a_persona_line_style_in_other_digits_is_not_read_as_a_number(tmp_path):
    book = Workbook()
    book.active.title = "Cards"
    for row in (["stage", "lane", "text", "personas"], ["S", "Actions", "x", "Zoé"]):
        book.active.append(row)
    book.create_sheet("Personas").append(["name", "line style"])
    book["Personas"].append(["Zoé", "٣"])
    book.save(tmp_path / "p.xlsx")
    imported = read_map(tmp_path / "p.xlsx")
    assert imported.project.personas[0].line_style != 3
    assert any("٣" in w for w in imported.warnings)
