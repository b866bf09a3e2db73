"""The PDF, read back with pypdf: pages, sizes, text, fonts, metadata, and text that must print as typed."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdf_helpers import all_text, font_sizes, fonts, page_text, reader, squeezed

from builders import small_project
from cjdesigner.export.options import ExportCancelled, ExportOptions
from cjdesigner.export.page_setup import MM, PAPER_SIZES_MM, Mode, PageSetup
from cjdesigner.export.pdf import pdf_bytes, write_pdf
from cjdesigner.export.selection import PrintSelection, SelectionError
from cjdesigner.io.errors import SaveError
from cjdesigner.io.sample import sample_project
from cjdesigner.layout import layout_journey
from cjdesigner.model.document import Card, Persona
from cjdesigner.model.vocabulary import Language

MARKUP = ["a<b & c", "<font size=40>Big</font>", '<img src="/etc/passwd"/>']
WORLD = {
    "fr": "Œuvre déjà très élevée, ça coûte 12 € à l'hôtel",
    "de": "Größe Übung für straße",
    "pl": "Zażółć gęślą jaźń",
    "el": "Καλημέρα κόσμε",
    "ru": "Съешь же ещё этих мягких булок",
}


def project_with_texts(texts: list[str]):
    project = small_project()
    journey = project.journeys[0]
    cards = [Card(id=f"t{i}", stage_id="s2", lane_id="actions", position=i, text=t) for i, t in enumerate(texts)]
    journey.cards = journey.cards + cards
    return project


def test_fit_page_holds_every_card_text_of_the_sample():
    project = sample_project()
    data, report = pdf_bytes(project, ExportOptions(page=PageSetup("A3")))
    assert report.pages == 1 and report.warnings == []
    text = squeezed(page_text(data))
    for card in project.journeys[0].cards:
        assert squeezed(card.text) in text, card.text
    for stage in project.journeys[0].stages:
        assert squeezed(stage.name) in text


@pytest.mark.parametrize("paper", [*PAPER_SIZES_MM, "600x900mm"])
@pytest.mark.parametrize("landscape", [True, False])
def test_fit_mode_is_one_page_of_the_chosen_size(paper, landscape):
    setup = PageSetup(paper, landscape=landscape)
    data, _ = pdf_bytes(small_project(), ExportOptions(page=setup))
    pages = reader(data).pages
    assert len(pages) == 1
    box = pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(setup.page_size, abs=0.01)
    assert (float(box.width) > float(box.height)) == landscape


@pytest.mark.parametrize(
    "paper, scale",
    [("A4", 100), ("A4", 60), ("A3", 150), ("A2", 250), ("A1", 350), ("A0", 500), ("Letter", 100), ("Legal", 120), ("Tabloid", 150), ("500x400mm", 200)],
)
def test_tile_mode_prints_an_assembly_sheet_then_one_page_per_sheet(paper, scale):
    project = sample_project()
    setup = PageSetup(paper, landscape=True, mode=Mode.TILE, scale_percent=scale)
    layout = layout_journey(project, project.journeys[0], coverage=True)  # the PDF prints the coverage row by default
    sheets = setup.sheets(layout.width, layout.height)
    data, report = pdf_bytes(project, ExportOptions(page=setup))
    pages = reader(data).pages
    assert len(pages) == len(sheets) + 1 == report.pages
    assert len(sheets) > 1
    for page in pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(setup.page_size, abs=0.01)
    assert "Plan d’assemblage" in page_text(data, 0)
    last = sheets[-1]
    assert f"Feuille {last.label}\u202f: ligne {last.row + 1}" in page_text(data, len(sheets))
    assert f"Page {len(sheets) + 1} sur" in page_text(data, len(sheets))


def test_tiles_at_a_larger_scale_need_more_sheets():
    project = sample_project()
    counts = [
        len(reader(pdf_bytes(project, ExportOptions(page=PageSetup("A4", mode=Mode.TILE, scale_percent=s)))[0]).pages)
        for s in (50, 100, 200)
    ]
    assert counts[0] < counts[1] < counts[2]


def test_the_bundled_font_is_embedded_and_no_other_font_is_used():
    data, _ = pdf_bytes(sample_project(), ExportOptions(summary_pages=True))
    used = fonts(data)
    assert used, "no fonts found"
    for name, font in used.items():
        assert "DejaVuSans" in name, name
        assert "/FontFile2" in font["/FontDescriptor"], f"{name} is not embedded"
        assert "/ToUnicode" in font, f"{name} cannot be searched"


def test_metadata_is_set_from_the_map():
    project = sample_project()
    data, _ = pdf_bytes(project)
    pdf = reader(data)
    meta = pdf.metadata
    journey = project.journeys[0]
    assert meta.title == project.title
    assert meta.author == ", ".join(project.authors) and meta.author
    assert journey.title in meta.subject
    assert pdf.trailer["/Root"]["/Lang"] == "fr"


def test_markup_in_user_text_prints_literally():
    project = project_with_texts(MARKUP)
    project.journeys[0].title = "<b>Journey</b> & co"
    data, report = pdf_bytes(project)
    text = page_text(data)
    for markup in [*MARKUP, "<b>Journey</b> & co"]:
        assert squeezed(markup) in squeezed(text)
    assert report.warnings == []


def test_french_german_polish_greek_and_cyrillic_all_print():
    project = project_with_texts(list(WORLD.values()))
    project.personas.append(Persona(id="p-el", name="Σωκράτης Παπαδόπουλος"))
    project.journeys[0].persona_ids.append("p-el")
    data, report = pdf_bytes(project, ExportOptions(persona_pages=True))
    assert report.warnings == []
    text = all_text(data)
    for sentence in WORLD.values():
        for word_ in sentence.split():
            assert word_ in text, word_
    assert "Σωκράτης" in text


def test_a_character_the_font_lacks_is_replaced_visibly_and_reported():
    project = project_with_texts(["Rendez-vous 你好 ici"])
    data, report = pdf_bytes(project)
    assert len(report.warnings) == 2
    assert "U+4F60" in report.warnings[0] and 'card "Rendez-vous 你好 ici"' in report.warnings[0]
    assert "Rendez-vous □□ ici" in page_text(data)


def test_long_text_shrinks_to_the_floor_then_ends_with_an_ellipsis():
    long_text = " ".join(["parcours"] * 80)
    data, _ = pdf_bytes(project_with_texts([long_text]))
    text = page_text(data)
    assert "…" in text
    assert squeezed(long_text) not in squeezed(text)
    assert min(font_sizes(data)) >= 6.5  # badge initials are the smallest print; card text floors at 7.5


def test_emotion_lines_differ_by_dash_not_only_by_colour():
    data, _ = pdf_bytes(sample_project())
    form = next(iter(reader(data).pages[0]["/Resources"]["/XObject"].values())).get_object()
    stream = form.get_data().decode("latin-1")
    assert "[6 3] 0 d" in stream  # the second persona's dashed line


def test_selection_prints_only_the_chosen_stages_lanes_and_personas():
    project = small_project()
    selection = PrintSelection(stage_ids=frozenset({"s2"}), persona_ids=frozenset({"p-bo"}))
    text = page_text(pdf_bytes(project, ExportOptions(selection=selection))[0])
    assert "Buy" in text and "Discover" not in text
    assert "Bo" in text and "Ana Lopez" not in text
    lanes = PrintSelection(lane_ids=frozenset({"pains"}))
    text = page_text(pdf_bytes(project, ExportOptions(selection=lanes))[0])
    assert "Pain points" in text and "Actions" not in text


def test_an_unknown_journey_is_a_sentence():
    with pytest.raises(SelectionError, match='there is no journey "nope"; the journeys are: j1'):
        pdf_bytes(small_project(), ExportOptions(selection=PrintSelection(journey_id="nope")))


def test_appendix_has_a_page_per_persona_and_a_ranked_summary():
    project = sample_project()
    journey = project.journeys[0]
    data, report = pdf_bytes(project, ExportOptions(persona_pages=True, summary_pages=True))
    assert report.pages >= 1 + len(journey.persona_ids) + 1
    for index, persona_id in enumerate(journey.persona_ids):
        persona = project.persona(persona_id)
        text = page_text(data, 1 + index)
        assert persona.name in text and persona.goals[0] in text
    summary = "".join(page_text(data, page) for page in range(1 + len(journey.persona_ids), report.pages))
    assert "Points de douleur et opportunités par étape" in summary
    pains = sorted(
        (c for c in journey.cards if c.stage_id == journey.stages[1].id and c.severity),
        key=lambda c: -c.severity,
    )
    positions = [squeezed(summary).index(squeezed(c.text)) for c in pains]
    assert positions == sorted(positions) and len(positions) >= 2


def test_english_maps_print_english_words():
    project = small_project()
    project.language = Language.EN
    data, _ = pdf_bytes(project, ExportOptions(page=PageSetup("A4", mode=Mode.TILE, scale_percent=300)))
    assert "Assembly plan" in page_text(data, 0)
    assert "Page 2 of" in page_text(data, 1)


def test_progress_runs_to_the_total_and_cancel_writes_nothing(tmp_path: Path):
    target = tmp_path / "map.pdf"
    target.write_bytes(b"earlier export")
    seen: list[tuple[int, int]] = []
    write_pdf(sample_project(), target, progress=lambda done, total: seen.append((done, total)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert target.read_bytes().startswith(b"%PDF")

    target.write_bytes(b"earlier export")

    def cancel(done: int, total: int) -> None:
        if done:
            raise ExportCancelled

    with pytest.raises(ExportCancelled):
        write_pdf(sample_project(), target, progress=cancel)
    assert target.read_bytes() == b"earlier export"


def test_an_unwritable_target_is_a_sentence(tmp_path: Path):
    with pytest.raises(SaveError, match="does not exist"):
        write_pdf(small_project(), tmp_path / "missing" / "map.pdf")


def test_title_block_shows_the_date_and_the_page_count():
    from datetime import date

    project = small_project()
    data, _ = pdf_bytes(project, ExportOptions(day=date(2026, 3, 14)))
    text = page_text(data)
    assert "14 March 2026" in text and "Page 1 of" in text
    plain, _ = pdf_bytes(project, ExportOptions(page=PageSetup("A4", title_block=False), day=date(2026, 3, 14)))
    assert "14 March 2026" not in page_text(plain)


def test_custom_page_size_in_points():
    data, _ = pdf_bytes(small_project(), ExportOptions(page=PageSetup("1000x700mm", landscape=True)))
    box = reader(data).pages[0].mediabox
    assert float(box.width) == pytest.approx(1000 * MM, abs=0.01)


@given(text=st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=400))
@settings(max_examples=150, deadline=None)
def test_fitted_card_text_never_spills_out_of_the_card(text):
    from cjdesigner.export.pdf.fonts import measure
    from cjdesigner.layout import CARD_TEXT_H, card_text_width
    from cjdesigner.textfit import fit_text

    width = card_text_width(False)
    fitted = fit_text(text, width, CARD_TEXT_H, measure)
    assert fitted.size >= 7.5
    assert len(fitted.lines) * fitted.size * 1.2 <= CARD_TEXT_H + 1e-6
    assert all(measure(line, fitted.size) <= width + 1e-6 for line in fitted.lines)


def test_an_empty_journey_still_prints_a_page():
    from cjdesigner.model.document import Journey, Project

    project = Project(title="Vide", journeys=[Journey(id="j", title="Nothing yet")])
    for setup in (PageSetup("A4"), PageSetup("A4", mode=Mode.TILE)):
        data, report = pdf_bytes(project, ExportOptions(page=setup, persona_pages=True, summary_pages=True))
        assert "Nothing yet" in page_text(data, 1 if setup.mode == Mode.TILE else 0)
        assert report.pages == len(reader(data).pages)


def test_a_summary_running_over_a_page_repeats_its_stage_and_keeps_headings_with_items():
    project = sample_project()
    options = ExportOptions(page=PageSetup(landscape=True), summary_pages=True)  # A4 landscape: two summary pages
    data, report = pdf_bytes(project, options)
    assert report.pages == 3
    second = page_text(data, 2)
    assert "(suite)" in second.splitlines()[0]
    stage_lines = [line for line in second.splitlines()[1:] if line.endswith("(suite)")]
    assert stage_lines and stage_lines[0].split(" (suite)")[0] in {s.name for s in project.journeys[0].stages}
    first_lines = page_text(data, 1).splitlines()
    content = first_lines[: first_lines.index(project.title)]  # what stands above the title block
    assert content[-1] not in ("Opportunités", "Points de douleur", *(s.name for s in project.journeys[0].stages))


def test_a_persona_page_charts_the_emotions_over_the_stages():
    project = sample_project()
    data, _ = pdf_bytes(project, ExportOptions(persona_pages=True))
    text = page_text(data, 1)
    journey = project.journeys[0]
    persona_id = journey.persona_ids[0]
    for point in (p for p in journey.emotion_points if p.persona_id == persona_id):
        assert point.label in text
    for stage in journey.stages:
        assert stage.name in text


def test_each_card_text_prints_inside_its_card_where_the_layout_puts_it():
    project = sample_project()
    journey = project.journeys[0]
    layout = layout_journey(project, journey)
    data, _ = pdf_bytes(project)
    origins: dict[str, list[tuple[float, float]]] = {}

    def visit(text, cm, tm, font, size):
        origins.setdefault(text.strip(), []).append((tm[4], tm[5]))

    reader(data).pages[0].extract_text(visitor_text=visit)
    for card in journey.cards:
        first_words = card.text.split()[0]
        rect = layout.cards[card.id]
        top, bottom = layout.height - rect.y, layout.height - rect.bottom  # PDF measures upwards
        candidates = [o for text, found in origins.items() if text.startswith(first_words) for o in found]
        assert any(
            x == pytest.approx(rect.x + 8) and bottom < y < top - 6 for x, y in candidates
        ), f"{card.text!r} is not printed inside its card"


# --- each persona's look (dash and marker) is its own ------------------------------------------------


def three_persona_file_without_looks() -> str:
    """A file written before personas stored their look."""
    import json

    from cjdesigner.io.cjmap import dumps_project

    project = small_project()
    project.personas.append(Persona(id="p-cy", name="Cy", colour="#33AA44"))
    data = json.loads(dumps_project(project))
    for persona in data["personas"]:
        persona.pop("line_style", None)
    return json.dumps(data)


def test_old_files_get_looks_in_persona_order_and_keep_them_on_save(tmp_path):
    from cjdesigner.io.cjmap import dumps_project, load_project

    path = tmp_path / "old.cjmap"
    path.write_text(three_persona_file_without_looks(), encoding="utf-8")
    project = load_project(path)
    assert [p.line_style for p in project.personas] == [0, 1, 2]
    assert b'"line_style": 2' in dumps_project(project)


def test_removing_a_persona_keeps_the_others_looks(tmp_path):
    from cjdesigner.colours import persona_look
    from cjdesigner.io.cjmap import load_project
    from cjdesigner.model import edits as E

    path = tmp_path / "old.cjmap"
    path.write_text(three_persona_file_without_looks(), encoding="utf-8")
    project = load_project(path)
    before = {pid: persona_look(project, pid) for pid in ("p-bo", "p-cy")}
    assert len(set(before.values())) == 2
    E.remove_persona(project, "p-ana")
    assert [p.id for p in project.personas] == ["p-bo", "p-cy"]
    assert {pid: persona_look(project, pid) for pid in ("p-bo", "p-cy")} == before


def test_a_new_persona_takes_the_first_free_look():
    from cjdesigner.model.document import free_look

    project = small_project()
    project.personas[0].line_style = 5
    assert free_look(project.personas) == 0
    project.personas[0].line_style = 0
    assert free_look(project.personas) == 2


def test_every_look_is_a_different_dash_and_marker_pair():
    from cjdesigner.colours import look
    from cjdesigner.model.document import PERSONA_LOOKS

    assert len({look(i) for i in range(PERSONA_LOOKS)}) == PERSONA_LOOKS


def test_out_of_range_look_is_refused_with_its_field():
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="line_style"):
        Persona(name="X", line_style=16)
    with pytest.raises(ValidationError, match="line_style"):
        Persona(name="X", line_style="2")


# --- characters beyond the font's reach, beyond U+FFFF, and right-to-left scripts --------------------


def test_emoji_beyond_u_ffff_copy_out_of_the_pdf_as_typed():
    data, report = pdf_bytes(project_with_texts(["Merci 😀 beaucoup"]))
    assert "Merci😀beaucoup" in squeezed(page_text(data))
    assert "ὠ" not in page_text(data)
    assert report.warnings == []


def test_right_to_left_text_is_named_in_a_warning():
    project = project_with_texts(["שלום עולם", "مرحبا بكم"])
    _, report = pdf_bytes(project)
    hebrew = [w for w in report.warnings if "Hebrew" in w]
    arabic = [w for w in report.warnings if "Arabic" in w]
    assert len(hebrew) == 1 and 'card "שלום עולם"' in hebrew[0] and "right-to-left" in hebrew[0]
    assert len(arabic) == 1 and 'card "مرحبا بكم"' in arabic[0] and "unjoined" in arabic[0]


def test_half_a_character_never_reaches_the_pdf():
    """A JSON file can hold a lone surrogate ("\\ud83d"); it once stopped the export with a
    UnicodeEncodeError while writing the PDF's properties. The model now refuses such text
    wherever it comes from, so no export ever sees it."""
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="broken character"):
        project_with_texts(["lone \ud83d half"])
    project = small_project()
    with pytest.raises(ValidationError, match="broken character"):
        project.title = "Bad \ud83d title"


def test_card_outlines_are_drawn_once_per_size_and_stamped_per_card(monkeypatch):
    """Drawing each card's rounded outline anew costs more than everything else a large map prints;
    a form per size of card, placed in each card's colours, keeps the PDF near bare reportlab."""
    from reportlab.pdfgen.canvas import Canvas

    project = project_with_texts([f"Card {n}" for n in range(60)])
    outlines: list[tuple[float, float]] = []
    original = Canvas.roundRect

    def counting(self, x, y, width, height, radius, stroke=1, fill=0):
        outlines.append((width, height))
        return original(self, x, y, width, height, radius, stroke, fill)

    monkeypatch.setattr(Canvas, "roundRect", counting)
    data, _ = pdf_bytes(project)
    card_sizes = {(rect.w, rect.h) for rect in layout_journey(project, project.journeys[0]).cards.values()}
    assert len([size for size in outlines if size in card_sizes]) == len(card_sizes)
    assert all_text(data).count("Card ") == 60
