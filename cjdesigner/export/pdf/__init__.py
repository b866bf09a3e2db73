"""The PDF export: a vector map drawn with reportlab from the model and the shared layout, on one
page or tiled over sheets, with optional appendix pages.

Importing this package imports reportlab (about a tenth of a second), so the app imports it only
when the user exports. The file is built in memory and written atomically: a failed or cancelled
export leaves any earlier file with that name as it was.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from cjdesigner import __version__
from cjdesigner.i18n import QT_TRANSLATE_NOOP, in_language
from cjdesigner.export.options import ExportOptions, ExportReport, Progress, report_progress
from cjdesigner.export.page_setup import Mode, text_advice
from cjdesigner.export.pdf.appendix import persona_pages, summary_pages
from cjdesigner.export.pdf.decisions import decision_pages
from cjdesigner.export.pdf.fonts import REGULAR, GlyphGuard, register_fonts, whole_characters
from cjdesigner.export.pdf.links import draw_links
from cjdesigner.export.pdf.map_drawing import MapDrawing
from cjdesigner.export.pdf.overview import overview_page, wants_overview
from cjdesigner.export.pdf.sheets import MAP_FORM, PageWriter
from cjdesigner.export.selection import selected_journey
from cjdesigner.io.atomic import write_atomic
from cjdesigner.layout import layout_journey
from cjdesigner.model.document import Project

# ASCII85 only makes compressed streams a quarter larger and slower to write: PDFs are binary files.
rl_config.useA85 = 0

KEYWORD = QT_TRANSLATE_NOOP("pdf", "customer journey map")  # metadata of the map, in the map's language


def pdf_bytes(project: Project, options: ExportOptions = ExportOptions(), progress: Progress | None = None) -> tuple[bytes, ExportReport]:
    guard = GlyphGuard(register_fonts())
    journey = selected_journey(project, options.selection)
    layout = layout_journey(project, journey, options.coverage)
    setup = options.page.for_map(layout.width, layout.height)
    sheets = setup.sheets(layout.width, layout.height) if setup.mode == Mode.TILE else []
    advice = text_advice(options.page, layout.width, layout.height, len(layout.cards))
    card_count = len(layout.cards)
    total = card_count + max(1, len(sheets))

    def report(done: int) -> None:
        report_progress(progress, done, total)

    buffer = io.BytesIO()
    canvas = Canvas(
        buffer, pagesize=setup.page_size, lang=project.language.value, pageCompression=1, initialFontName=REGULAR, initialFontSize=10
    )
    title = project.title or journey.title
    canvas.setTitle(whole_characters(title))  # metadata is Unicode text; it needs no glyph from the font
    canvas.setAuthor(whole_characters(", ".join(project.authors)))
    canvas.setSubject(whole_characters(" — ".join(part for part in (journey.title, journey.scenario) if part)))
    canvas.setKeywords([in_language(project.language.value, "pdf", KEYWORD), *(whole_characters(p.name) for p in project.personas if p.id in journey.persona_ids)])
    canvas.setCreator(f"cjdesigner {__version__}")
    canvas.setProducer(f"cjdesigner {__version__} with reportlab")

    report(0)
    drawing = MapDrawing(canvas, project, journey, layout, guard)
    drawing.define_symbols()
    canvas.beginForm(MAP_FORM, 0, 0, layout.width, layout.height)
    drawing.draw(report)
    if options.links:
        draw_links(canvas, journey, layout)
    canvas.endForm()

    pages = PageWriter(canvas, project, journey, setup, guard, options.day or date.today(), layout.height)
    if wants_overview(options.overview_page, len(project.journeys)):
        overview_page(pages, options.day or date.today())
    if setup.mode == Mode.FIT:
        pages.fit_page(layout)
        report(total)
    else:
        rows = sheets[-1].row + 1
        columns = sheets[-1].column + 1
        pages.assembly_page(layout, sheets)
        for index, sheet in enumerate(sheets):
            pages.tile_sheet(sheet, rows, columns)
            report(card_count + index + 1)
    if options.persona_pages:
        persona_pages(pages)
    if options.summary_pages:
        summary_pages(pages)
    if options.decision_pages:
        decision_pages(pages)
    pages.finish_document()
    canvas.save()
    return buffer.getvalue(), ExportReport(pages=pages.page_number, warnings=([advice.sentence] if advice else []) + drawing.warnings + guard.sentences())


def write_pdf(project: Project, path: Path, options: ExportOptions = ExportOptions(), progress: Progress | None = None) -> ExportReport:
    """Writes the PDF to `path` atomically; raises SaveError with a sentence when it cannot."""
    data, result = pdf_bytes(project, options, progress)
    write_atomic(Path(path), data, keep_backup=False)
    return result


def export_pdf(project: Project, options: ExportOptions, path: Path, progress: Progress | None = None) -> ExportReport:
    """The PDF format's exporter in the registry's shape (cjdesigner.export.registry)."""
    return write_pdf(project, path, options, progress)
