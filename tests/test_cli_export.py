"""`cjdesigner export`: PDF, PNG and SVG from the command line, and every way to get it wrong."""

import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from pdf_helpers import page_text, reader, squeezed

from cjdesigner.cli import main
from cjdesigner.export.page_setup import MM, PageSetup
from cjdesigner.io.cjmap import load_project
from cjdesigner.layout import layout_journey

GOLDEN = Path(__file__).parent / "golden" / "v1.cjmap"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": ""}
    env.pop("QT_QPA_PLATFORM")  # the command must manage without a screen on its own
    return subprocess.run([sys.executable, "-m", "cjdesigner", *args], capture_output=True, text=True, env=env, timeout=120)


def page_size(path: Path) -> tuple[float, float]:
    box = reader(path.read_bytes()).pages[0].mediabox
    return (float(box.width), float(box.height))


def test_pdf_defaults_to_one_a4_page_in_the_orientation_that_suits_the_map(tmp_path, capsys):
    out = tmp_path / "map.pdf"
    assert main(["export", str(GOLDEN), "-o", str(out)]) == 0  # the golden map is a little taller than wide
    pdf = reader(out.read_bytes())
    assert len(pdf.pages) == 1
    assert page_size(out) == pytest.approx(PageSetup("A4", landscape=False).page_size, abs=0.01)
    assert f"{out}: warning: Card text would print at 4.7 pt. A3 or a poster 2 sheets wide prints it at 6 pt or more." in capsys.readouterr().err
    text = squeezed(page_text(out.read_bytes()))
    for card in load_project(GOLDEN).journeys[0].cards:
        assert squeezed(card.text) in text


@pytest.mark.parametrize(
    "args, size",
    [
        (["--page", "A3", "--orientation", "portrait"], (297 * MM, 420 * MM)),
        (["--page", "letter"], (215.9 * MM, 279.4 * MM)),  # automatic: the golden map is taller than wide
        (["--page", "letter", "--orientation", "landscape"], (279.4 * MM, 215.9 * MM)),
        (["--page", "Tabloid", "--fit"], (279.4 * MM, 431.8 * MM)),
        (["--page", "700x500mm", "--orientation", "portrait"], (500 * MM, 700 * MM)),
    ],
)
def test_page_size_and_orientation(tmp_path, args, size):
    out = tmp_path / "map.pdf"
    assert main(["export", str(GOLDEN), "-o", str(out), *args]) == 0
    assert page_size(out) == pytest.approx(size, abs=0.01)


def test_tile_with_a_scale_makes_a_poster(tmp_path):
    out = tmp_path / "poster.pdf"
    assert main(["export", str(GOLDEN), "-o", str(out), "--tile", "--scale", "150", "--page", "A4"]) == 0
    project = load_project(GOLDEN)
    layout = layout_journey(project, project.journeys[0])
    sheets = PageSetup("A4", mode="tile", scale_percent=150).sheets(layout.width, layout.height)
    assert len(reader(out.read_bytes()).pages) == len(sheets) + 1
    scale_only = tmp_path / "scale-only.pdf"
    assert main(["export", str(GOLDEN), "-o", str(scale_only), "--scale", "150"]) == 0
    assert len(reader(scale_only.read_bytes()).pages) == len(sheets) + 1


def test_appendix_and_selection_options(tmp_path):
    out = tmp_path / "map.pdf"
    args = ["--persona-pages", "--summary", "--page", "A3", "--stages", "stage-purchase", "--personas", "persona-jean"]
    assert main(["export", str(GOLDEN), "-o", str(out), *args]) == 0
    pdf = reader(out.read_bytes())
    assert len(pdf.pages) >= 3
    first = page_text(out.read_bytes())
    assert "Achat" in first and "Considération" not in first
    assert "Jean-Pierre Morel" in pdf.pages[1].extract_text()


@pytest.mark.parametrize(
    "args, status, words",
    [
        (["--page", "B7"], 2, '"B7" is not a page size; use one of A4, A3'),
        (["--page", "20x20mm"], 2, "between 50 and 5,080 mm"),
        (["--tile", "--scale", "1"], 2, "a scale of 1% is outside 5% to 1,000%"),
        (["--fit", "--scale", "50"], 2, "cannot go with --fit"),
        (["--margin", "200"], 2, "margin of 200 mm"),
        (["--journey", "nope"], 1, 'there is no journey "nope"'),
        (["--stages", "nope"], 1, 'has no stage "nope"; its stages are: stage-awareness (Prise de conscience)'),
        (["--lanes", ""], 1, "the list of lanes to print is empty"),
        (["--page", "60x60mm", "--scale", "500"], 2, "sheets of 60x60mm (more than 400); choose a smaller scale"),
        (["--sheets-wide", "60"], 2, "a poster 60 sheets wide is outside 1 to 50 sheets"),
        (["--sheets-wide", "3", "--scale", "50"], 2, "not allowed with argument"),
        (["--fit", "--sheets-wide", "2"], 2, "--sheets-wide sets the size of a tiled poster; it cannot go with --fit"),
    ],
)
def test_bad_options_are_sentences_and_write_nothing(tmp_path, capsys, args, status, words):
    out = tmp_path / "map.pdf"
    assert main(["export", str(GOLDEN), "-o", str(out), *args]) == status
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert not out.exists()


def test_unknown_extension_is_a_usage_error(tmp_path, capsys):
    assert main(["export", str(GOLDEN), "-o", str(tmp_path / "map.docx")]) == 2
    assert '"map.docx" does not end in .pdf, .png, .svg, .mmd, .xlsx or .pptx' in capsys.readouterr().err


def test_a_csv_output_points_to_export_csv(tmp_path, capsys, language):
    from speech import said

    out = tmp_path / "map.csv"
    assert main(["export", str(GOLDEN), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert said("%1; a journey's cards are written as CSV by `cjdesigner export-csv %2 -o %3`", "", GOLDEN, out, context="cli") in err
    assert not out.exists()


def test_a_map_without_cards_is_exported_without_a_small_text_warning(tmp_path, capsys, language):
    empty, out = tmp_path / "omni.cjmap", tmp_path / "omni.pdf"
    assert main(["new", "--template", "omnichannel", "-o", str(empty)]) == 0
    assert main(["export", str(empty), "-o", str(out)]) == 0
    assert capsys.readouterr().err == "" and out.exists()


@pytest.mark.parametrize("map_language, keyword", [("fr", "carte du parcours client"), ("en", "customer journey map")])
def test_the_pdf_keywords_are_in_the_maps_language(tmp_path, map_language, keyword):
    made, out = tmp_path / "m.cjmap", tmp_path / "m.pdf"
    assert main(["new", "--template", "ecommerce", "--lang", map_language, "-o", str(made)]) == 0
    assert main(["export", str(made), "-o", str(out)]) == 0
    assert reader(out.read_bytes()).metadata["/Keywords"].startswith(keyword)


def test_unwritable_output_is_a_sentence_and_the_old_file_stays(tmp_path, capsys):
    assert main(["export", str(GOLDEN), "-o", str(tmp_path / "no" / "map.pdf")]) == 1
    assert "the folder" in capsys.readouterr().err and "does not exist" in capsys.readouterr().err + "does not exist"
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "map.pdf").write_bytes(b"old")
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):  # running as root: a read-only folder is still writable
            target = tmp_path / "map.pdf"
            target.mkdir()
            assert main(["export", str(GOLDEN), "-o", str(target)]) == 1
            assert "is a folder, not a file" in capsys.readouterr().err
        else:
            assert main(["export", str(GOLDEN), "-o", str(folder / "map.pdf")]) == 1
            assert (folder / "map.pdf").read_bytes() == b"old"
    finally:
        folder.chmod(0o700)


def test_a_broken_map_is_a_sentence(tmp_path, capsys):
    broken = tmp_path / "broken.cjmap"
    broken.write_text('{"schema_version": 1, "journeys": [}', encoding="utf-8")
    assert main(["export", str(broken), "-o", str(tmp_path / "map.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{broken}: error: line 1, column") and "Traceback" not in err


def test_png_and_svg_from_the_real_command_without_a_screen(tmp_path):
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    result = run_cli("export", str(GOLDEN), "-o", str(png), "--dpi", "144")
    assert result.returncode == 0, result.stderr
    data = png.read_bytes()
    assert data[:8] == PNG_SIGNATURE
    width = int.from_bytes(data[16:20], "big")
    project = load_project(GOLDEN)
    assert width == round(layout_journey(project, project.journeys[0]).width * 2)

    result = run_cli("export", str(GOLDEN), "-o", str(svg))
    assert result.returncode == 0, result.stderr
    root = ElementTree.parse(svg).getroot()
    assert root.tag.endswith("svg")
    texts = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert project.journeys[0].cards[0].text.split()[0] in texts


def test_a_png_too_large_to_make_is_refused(tmp_path, capsys):
    out = tmp_path / "map.png"
    assert main(["export", str(GOLDEN), "-o", str(out), "--dpi", "1200"]) == 1
    assert "choose a lower resolution or export a PDF" in capsys.readouterr().err
    assert not out.exists()


def test_a_png_painted_in_bands_matches_one_painted_whole(qapp, monkeypatch):
    import cjdesigner.canvas.image_export as image_module
    from PySide6.QtGui import QImage

    from cjdesigner.export.options import ExportOptions

    project = load_project(GOLDEN)
    options = ExportOptions(png_dpi=300)
    steps = []
    banded = QImage.fromData(image_module.png_bytes(project, options, lambda done, total: steps.append((done, total))))
    band = image_module.BAND_PX
    assert banded.height() > band * 2
    assert steps[-1][0] == steps[-1][1] == len(steps)
    monkeypatch.setattr(image_module, "BAND_PX", 10**6)
    whole = QImage.fromData(image_module.png_bytes(project, options))
    assert whole.size() == banded.size()
    for row in (band - 2, band - 1, band, band + 1, 2 * band - 1, 2 * band):
        differing = sum(
            1
            for x in range(0, whole.width(), 2)
            if max(abs(a - b) for a, b in zip(whole.pixelColor(x, row).getRgb(), banded.pixelColor(x, row).getRgb())) > 24
        )
        assert differing <= whole.width() // 200, f"row {row}: {differing} pixels differ"


def test_characters_the_font_lacks_are_warned_about_but_the_pdf_is_written(tmp_path, capsys):
    from builders import small_project
    from cjdesigner.io.cjmap import save_project

    project = small_project()
    project.journeys[0].cards[0].text = "Rendez-vous 東京"
    source = tmp_path / "map.cjmap"
    save_project(project, source)
    out = tmp_path / "map.pdf"
    assert main(["export", str(source), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"{out}: warning: the font has no glyph for \"東\" (U+6771" in err
    assert 'in card "Rendez-vous 東京"' in err
    assert "Rendez-vous □□" in page_text(out.read_bytes())


def test_a_poster_too_large_is_refused_before_any_work(tmp_path, capsys, monkeypatch):
    import cjdesigner.export.pdf as pdf

    def never(*args, **kwargs):
        raise AssertionError("the PDF was started")

    monkeypatch.setattr(pdf, "pdf_bytes", never)
    out = tmp_path / "map.pdf"
    assert main(["export", str(GOLDEN), "-o", str(out), "--page", "60x60mm", "--scale", "500"]) == 2
    assert "the map needs" in capsys.readouterr().err


def test_sheets_wide_sets_the_scale_of_the_poster(tmp_path):
    out = tmp_path / "map.pdf"
    assert main(["export", str(GOLDEN), "-o", str(out), "--sheets-wide", "3", "--orientation", "landscape"]) == 0
    text = page_text(out.read_bytes())
    assert "3 columns" in text or "3 colonnes" in text


def test_warnings_in_any_script_reach_a_terminal_that_only_speaks_ascii(tmp_path):
    """Under LANG=C without UTF-8 mode, stderr is ASCII: a warning naming Hebrew text or an emoji,
    and an output name with an accent, still end in a warning, not a traceback."""
    import json

    from builders import small_project
    from cjdesigner.io.cjmap import dumps_project

    data = json.loads(dumps_project(small_project()))
    data["title"] = "Carte été"
    data["journeys"][0]["cards"][0]["text"] = "שלום 😀 東京"
    source = tmp_path / "map.cjmap"
    source.write_text(json.dumps(data), encoding="ascii")
    out = tmp_path / "carte-été.pdf"
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""}
    result = subprocess.run(
        [sys.executable, "-m", "cjdesigner", "export", str(source), "-o", str(out)], capture_output=True, env=env, timeout=120
    )
    err = result.stderr.decode("ascii")
    assert result.returncode == 0, err
    assert "warning: the PDF export cannot yet set right-to-left scripts: Hebrew text" in err
    assert "Traceback" not in err
    assert out.exists()


def test_a_format_registered_elsewhere_is_exported_by_the_command(tmp_path, capsys):
    from fake_format import registered

    out = tmp_path / "x.fake"
    with registered():
        assert main(["export", str(GOLDEN), "-o", str(out)]) == 0
        assert main(["export", "--help"]) == 0
    project = load_project(GOLDEN)
    assert out.read_text(encoding="utf-8").splitlines()[:2] == [project.journeys[0].title, project.journeys[0].cards[0].text]
    captured = capsys.readouterr()
    assert f"{out}: warning: a fake format" in captured.err
    assert "Plain card list (.fake)" in captured.out and "OUT.fake" in captured.out
    assert main(["export", str(GOLDEN), "-o", str(tmp_path / "y.fake")]) == 2  # gone once unregistered


def test_images_are_painted_from_the_map_without_a_document_or_undo_stack(qapp, monkeypatch, tmp_path):
    """An export draws the project and its printed journey; building the app's document (its undo
    stack, its file, its journal) for it would be work and memory for nothing."""
    from PySide6.QtGui import QUndoStack

    from cjdesigner.app.document import Document
    from cjdesigner.canvas.image_export import export_png, export_scene, export_svg
    from cjdesigner.export.options import ExportOptions
    from cjdesigner.export.selection import PrintSelection

    def refuse(*args, **kwargs):
        raise AssertionError("an export built a document or an undo stack")

    monkeypatch.setattr(Document, "__init__", refuse)
    monkeypatch.setattr(QUndoStack, "__init__", refuse)
    project = load_project(GOLDEN)
    journey = project.journeys[0]
    options = ExportOptions(PrintSelection(stage_ids=frozenset({journey.stages[0].id})), png_dpi=72)
    scene = export_scene(project, options)
    assert [s.id for s in scene.journey.stages] == [journey.stages[0].id]
    assert scene.project is project  # the map itself, not a copy trimmed to one journey
    assert export_png(project, options, tmp_path / "m.png").pages == 1
    assert export_svg(project, options, tmp_path / "m.svg").pages == 1
    assert (tmp_path / "m.png").read_bytes()[:8] == PNG_SIGNATURE


def test_export_help_names_the_formats_in_the_interface_language(capsys, language):
    from cjdesigner.canvas.formats import register_image_formats
    from cjdesigner.export.registry import formats

    register_image_formats()
    assert main(["export", "--help"]) == 0
    shown = " ".join(capsys.readouterr().out.split())
    assert all(f"{fmt.display_name} ({fmt.suffix})" in shown for fmt in formats())
    assert ("PDF document" in shown) == (language == "en") and ("Document PDF" in shown) == (language == "fr")
