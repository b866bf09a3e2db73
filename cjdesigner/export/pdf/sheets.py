"""The pages around the map drawing: the fitted page, the sheets of a tiled poster with their cut
marks and labels, the assembly plan, and the title block with page numbers at the foot of each page.

The map itself is drawn once as a form (a PDF XObject) and placed on every page that shows it, so
a 40-sheet poster costs one drawing of the map, not forty.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.page_setup import MM, TITLE_BLOCK_H, TILE_LABEL_H, PageSetup, Sheet, describe
from cjdesigner.export.pdf import palette
from cjdesigner.export.pdf.fonts import BOLD, REGULAR, GlyphGuard, bold_measure, measure
from cjdesigner.export.pdf.shapes import PdfPainter, draw_marker
from cjdesigner.layout.charts import format_number
from cjdesigner.layout.drawing import persona_curve
from cjdesigner.export.pdf.words import long_date, word
from cjdesigner.layout import MapLayout
from cjdesigner.model.document import Journey, Project
from cjdesigner.textfit import elide, wrap

MAP_FORM = "cj-map"
PAGE_COUNT_FORM = "cj-page-count"
CUT_MARK = 6 * MM


class PageWriter(PdfPainter):
    """Starts and finishes pages, and draws what every page carries at its foot."""

    def __init__(
        self,
        canvas: Canvas,
        project: Project,
        journey: Journey,
        setup: PageSetup,
        guard: GlyphGuard,
        day: date,
        map_height: float,
    ) -> None:
        super().__init__(canvas, project, journey, guard)
        self.map_height = map_height  # of the map form, which pages place by its top-left corner
        self.setup = setup
        self.day = day
        self.width, self.height = setup.page_size
        self.page_number = 0

    def start_page(self) -> None:
        self.page_number += 1

    def finish_page(self) -> None:
        self.c.showPage()

    def finish_document(self) -> None:
        """Writes the page count that every footer refers to, now that it is known."""
        c = self.c
        c.beginForm(PAGE_COUNT_FORM, 0, 0, 60, 12)
        c.setFillColor(palette.MUTED)
        c.setFont(REGULAR, 8)
        c.drawString(0, 3, str(self.page_number))
        c.endForm()

    def draw_page_number(self, right: float, baseline: float) -> None:
        """"Page 3 of N", where N is a form filled in when the document is finished."""
        c = self.c
        count_w = measure(str(self.page_number) + "0", 8)
        label = word("page", self.language, number=self.page_number) + " "
        c.setFillColor(palette.MUTED)
        c.setFont(REGULAR, 8)
        c.drawRightString(right - count_w, baseline, label)
        c.saveState()
        c.translate(right - count_w, baseline - 3)
        c.doForm(PAGE_COUNT_FORM)
        c.restoreState()

    def place_map(self, scale: float, left: float, top: float) -> None:
        """Puts the map form with its top-left corner at (left, top), page points from the top-left."""
        c = self.c
        c.saveState()
        c.translate(left, self.height - top)
        c.scale(scale, scale)
        c.translate(0, -self.map_height)
        c.doForm(MAP_FORM)
        c.restoreState()

    # --- the foot of the page ---------------------------------------------------------------------

    def draw_title_block(self) -> None:
        """Map title and scenario, the persona key (colour, dash and marker), the date and page."""
        c, margin = self.c, self.setup.margin
        left, right = margin, self.width - margin
        top = margin + TITLE_BLOCK_H
        c.setStrokeColor(palette.GRID)
        c.setLineWidth(0.8)
        c.line(left, top - 4, right, top - 4)
        title = self.project.title or self.journey.title
        heading = self.journey.title if self.project.title else ""
        if self.journey.scenario:
            heading = f"{heading} — {self.journey.scenario}" if heading else self.journey.scenario
        block_w = (right - left) * 0.38
        c.setFillColor(palette.INK)
        c.setFont(BOLD, 10)
        c.drawString(left, top - 17, elide(self.text(title, "the map's title"), block_w, 10, bold_measure))
        if heading:
            c.setFillColor(palette.MUTED)
            c.setFont(REGULAR, 8)
            c.drawString(left, top - 28, elide(self.text(heading, "the journey's title"), block_w, 8, measure))
        self.draw_persona_key(left + block_w + 12, right - 110, top - 20)
        c.setFillColor(palette.MUTED)
        c.setFont(REGULAR, 8)
        c.drawRightString(right, top - 17, long_date(self.day, self.language))
        self.draw_page_number(right, top - 28)

    def draw_persona_key(self, left: float, right: float, y: float) -> None:
        """Each persona's line as the map draws it, so the emotion curves read in black and white."""
        c, x = self.c, left
        personas = {p.id: p for p in self.project.personas}
        for persona_id in self.journey.persona_ids:
            persona = personas.get(persona_id)
            if persona is None:
                continue
            name = elide(self.text(persona.name, f'persona "{persona.name}"'), 110, 8, measure)
            if x + 30 + measure(name, 8) > right:
                break
            curve = replace(persona_curve(self.project, persona, [], radius=4), marker_border_width=1.0)
            c.setStrokeColor(palette.colour(curve.colour))
            c.setLineWidth(2)
            c.setDash(list(curve.dash), 0)
            c.line(x, y, x + 22, y)
            c.setDash()
            draw_marker(c, curve, x + 11, y)
            c.setFillColor(palette.INK)
            c.setFont(REGULAR, 8)
            c.drawString(x + 27, y - 3, name)
            x += 27 + measure(name, 8) + 14

    # --- one page, or a poster of sheets ----------------------------------------------------------

    def fit_page(self, layout: MapLayout) -> None:
        self.start_page()
        placement = self.setup.fit(layout.width, layout.height)
        self.place_map(placement.scale, placement.left, placement.top)
        if self.setup.title_block:
            self.draw_title_block()
        self.finish_page()

    def tile_sheet(self, sheet: Sheet, rows: int, columns: int) -> None:
        self.start_page()
        c, setup = self.c, self.setup
        scale = setup.scale_percent / 100
        margin = setup.margin
        c.saveState()
        clip = c.beginPath()
        clip.rect(margin, self.height - margin - setup.content_h, setup.content_w, setup.content_h)
        c.clipPath(clip, stroke=0, fill=0)
        self.place_map(scale, margin - sheet.x * scale, margin - sheet.y * scale)
        c.restoreState()
        self.draw_cut_marks(sheet)
        self.draw_sheet_label(sheet, rows, columns)
        self.finish_page()

    def draw_cut_marks(self, sheet: Sheet) -> None:
        """Crop marks where a sheet is trimmed: inside the overlap on the left and top edges of every
        sheet that has a neighbour there, at the printed edge otherwise."""
        c, setup = self.c, self.setup
        overlap = min(setup.overlap, setup.content_w / 2, setup.content_h / 2)
        left = setup.margin + (overlap if sheet.column else 0)
        right = setup.margin + setup.content_w
        top = self.height - setup.margin - (overlap if sheet.row else 0)
        bottom = self.height - setup.margin - setup.content_h
        reach = min(CUT_MARK, setup.margin - 1) if setup.margin > 2 else CUT_MARK
        c.setStrokeColor(palette.INK)
        c.setLineWidth(0.5)
        frame_left, frame_top = setup.margin, self.height - setup.margin
        below = min(reach, TILE_LABEL_H - 12)  # the sheet's label sits under the bottom marks
        for x in (left, right):
            c.line(x, frame_top + 1, x, frame_top + 1 + reach)
            c.line(x, bottom - 1, x, bottom - 1 - below)
        for y in (top, bottom):
            c.line(frame_left - 1, y, frame_left - 1 - reach, y)
            c.line(right + 1, y, right + 1 + reach, y)

    def draw_sheet_label(self, sheet: Sheet, rows: int, columns: int) -> None:
        c, setup = self.c, self.setup
        left, right = setup.margin, self.width - setup.margin
        baseline = setup.margin + 1
        c.setFillColor(palette.INK)
        c.setFont(BOLD, 11)
        c.drawString(left, baseline, sheet.label)
        detail = word(
            "sheet", self.language, label=sheet.label, row=sheet.row + 1, rows=rows, column=sheet.column + 1, columns=columns
        )
        c.setFillColor(palette.MUTED)
        c.setFont(REGULAR, 8)
        label_w = bold_measure(sheet.label, 11) + 8
        c.drawString(left + label_w, baseline, detail)
        title_left = left + label_w + measure(detail, 8) + 16
        title = self.project.title or self.journey.title
        c.drawString(title_left, baseline, elide(self.text(title, "the map's title"), right - 110 - title_left, 8, measure))
        self.draw_page_number(right, baseline)

    def assembly_page(self, layout: MapLayout, sheets: list[Sheet]) -> None:
        """The first sheet of a poster: a thumbnail of the whole map with the sheets drawn over it."""
        self.start_page()
        c, setup = self.c, self.setup
        rows = max(s.row for s in sheets) + 1
        columns = max(s.column for s in sheets) + 1
        left, top = setup.margin, setup.margin
        c.setFillColor(palette.INK)
        c.setFont(BOLD, 16)
        c.drawString(left, self.height - top - 16, word("assembly", self.language))
        c.setFillColor(palette.MUTED)
        c.setFont(REGULAR, 9)
        help_text = word(
            "assembly_help",
            self.language,
            count=len(sheets),
            paper=describe(setup),
            scale=format_number(setup.scale_percent, self.language),
            rows=rows,
            columns=columns,
            overlap=format_number(setup.overlap_mm, self.language),
        )
        lines = wrap(help_text, setup.content_w, 9, measure)
        for index, line in enumerate(lines):
            c.drawString(left, self.height - top - 34 - index * 11, line)
        area_top = top + 44 + len(lines) * 11
        area_h = self.height - area_top - setup.margin - TITLE_BLOCK_H - 8
        x0, y0 = sheets[0].x, sheets[0].y  # the map is centred on the sheets: they start before it
        extent_w = sheets[-1].x + sheets[-1].w - x0
        extent_h = sheets[-1].y + sheets[-1].h - y0
        scale = min(setup.content_w / extent_w, area_h / extent_h)
        origin_x = left + (setup.content_w - extent_w * scale) / 2 - x0 * scale
        origin_top = area_top - y0 * scale
        self.place_map(scale, origin_x, origin_top)
        c.setLineWidth(0.8)
        for sheet in sheets:
            x = origin_x + sheet.x * scale
            y = self.height - origin_top - (sheet.y + sheet.h) * scale
            c.setStrokeColor(palette.INK)
            c.rect(x, y, sheet.w * scale, sheet.h * scale, stroke=1, fill=0)
            size = max(6.0, min(20.0, sheet.h * scale / 4, sheet.w * scale / 4))
            c.setFillColor(palette.INK)
            c.setFont(BOLD, size)
            c.drawCentredString(x + sheet.w * scale / 2, y + sheet.h * scale / 2 - size / 3, sheet.label)
        self.draw_title_block()
        self.finish_page()

