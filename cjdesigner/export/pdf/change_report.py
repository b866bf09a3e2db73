"""The change report: what changed from one map to another, as a PDF. First the map of each journey
that changed, drawn once with every change marked (the marks of `layout/compare_marks.py`, which
compare mode shows on screen), then the change list, grouped by journey and stage, one change a
line with each field's value before and after.

Its own words are said in the interface's language (the command line's); the maps keep theirs.
"""

from __future__ import annotations

import io
import math
from datetime import date
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from cjdesigner import __version__
from cjdesigner.export.options import ExportOptions
from cjdesigner.export.pdf import palette
from cjdesigner.export.pdf.appendix import Flow
from cjdesigner.export.pdf.fonts import BOLD, REGULAR, GlyphGuard, register_fonts, whole_characters
from cjdesigner.export.pdf.map_drawing import MapDrawing
from cjdesigner.export.pdf.sheets import MAP_FORM, PageWriter
from cjdesigner.i18n import QT_TRANSLATE_NOOP, arg, tr, translate
from cjdesigner.io.atomic import write_atomic
from cjdesigner.layout.compare_marks import LOOK, CompareMarks, compare_marks, shown_value
from cjdesigner.model.change_lines import ChangeLine, LineKind, describe, field_label
from cjdesigner.model.diff import compare
from cjdesigner.model.document import Project

CONTEXT = "change report"
_GLYPH_KIND = {LineKind.RENAMED: "changed", LineKind.REORDERED: "moved"}


def change_report_bytes(old: Project, new: Project, old_name: str, new_name: str, day: date | None = None) -> bytes:
    """The report from `old` to `new`, named as the person knows them (file names, say)."""
    diff = compare(old, new)
    lines = describe(diff, old, new)
    guard = GlyphGuard(register_fonts())
    buffer = io.BytesIO()
    options = ExportOptions()
    old_journeys = {j.id for j in old.journeys}
    shown = [j.id for j in new.journeys if j.id in old_journeys and j.id in diff.journeys_touched]
    first = new.journeys[0] if not shown else new.journey(shown[0])
    canvas = Canvas(buffer, lang=new.language.value, pageCompression=1, initialFontName=REGULAR, initialFontSize=10)
    canvas.setTitle(whole_characters(arg(translate("change report", "Changes from %1 to %2"), old_name, new_name)))
    canvas.setCreator(f"cjdesigner {__version__}")
    pages: PageWriter | None = None
    for journey_id in shown:
        marks = compare_marks(old, new, journey_id, diff, changes=lines)
        layout = marks.layout
        setup = options.page.for_map(layout.width, layout.height)
        canvas.setPageSize(setup.page_size)
        drawing = MapDrawing(canvas, marks.project, marks.journey, layout, guard)
        if pages is None:
            drawing.define_symbols()  # forms are defined once per document
        pages = PageWriter(canvas, marks.project, marks.journey, setup, guard, day or date.today(), layout.height)
        canvas.beginForm(f"{MAP_FORM}-{journey_id}", 0, 0, layout.width, layout.height)
        drawing.draw()
        canvas.endForm()
        pages.start_page()
        placement = setup.fit(layout.width, layout.height)
        canvas.saveState()
        canvas.translate(placement.left, pages.height - placement.top)
        canvas.scale(placement.scale, placement.scale)
        canvas.translate(0, -layout.height)
        canvas.doForm(f"{MAP_FORM}-{journey_id}")
        paint_marks(canvas, marks, layout.height)  # on the page: a form cannot hold the ghosts' transparency
        canvas.restoreState()
        _key(canvas, setup.margin, pages.height - setup.margin + 4)
        if setup.title_block:
            pages.draw_title_block()
        pages.finish_page()
    if pages is None:
        setup = options.page.for_map(1000, 700)
        canvas.setPageSize(setup.page_size)
        pages = PageWriter(canvas, new, first, setup, guard, day or date.today(), 0)
    _list_pages(pages, lines, old, new, old_name, new_name)
    pages.finish_document()
    canvas.save()
    return buffer.getvalue()


def write_change_report(old: Project, new: Project, path: Path, old_name: str, new_name: str) -> None:
    """Writes the report atomically; raises SaveError with a sentence when it cannot."""
    write_atomic(Path(path), change_report_bytes(old, new, old_name, new_name), keep_backup=False)


def paint_marks(c: Canvas, marks: CompareMarks, height: float) -> None:
    """The marks over a map drawn in map points (origin top-left, y going through `height - y`)."""
    def up(y: float) -> float:
        return height - y

    c.saveState()
    for veil in marks.veils:
        c.setFillColor(palette.colour(veil.colour))
        c.setFillAlpha(veil.opacity)
        c.rect(veil.rect.x, up(veil.rect.bottom), veil.rect.w, veil.rect.h, stroke=0, fill=1)
    c.setFillAlpha(1)
    for outline in marks.outlines:
        c.setStrokeColor(palette.colour(outline.colour))
        c.setLineWidth(outline.width)
        c.setDash(list(outline.dash) or [], 0)
        r = outline.rect
        c.roundRect(r.x, up(r.bottom), r.w, r.h, outline.radius, stroke=1, fill=0)
    for line in marks.lines:
        c.setStrokeColor(palette.colour(line.colour))
        c.setLineWidth(line.width)
        c.setDash(list(line.dash) or [], 0)
        path = c.beginPath()
        path.moveTo(line.points[0][0], up(line.points[0][1]))
        for x, y in line.points[1:]:
            path.lineTo(x, up(y))
        c.drawPath(path, stroke=1, fill=0)
        if line.arrow:
            (x0, y0), (x1, y1) = line.points[-2], line.points[-1]
            angle = math.atan2(y1 - y0, x1 - x0)
            head = c.beginPath()
            head.moveTo(x1, up(y1))
            for s in (0.45, -0.45):
                head.lineTo(x1 - 9 * math.cos(angle + s), up(y1 - 9 * math.sin(angle + s)))
            head.close()
            c.setDash([], 0)
            c.setFillColor(palette.colour(line.colour))
            c.drawPath(head, stroke=0, fill=1)
    c.setDash([], 0)
    for badge in marks.badges:
        _badge(c, badge.cx, up(badge.cy), badge.r, badge.colour, badge.glyph)
    c.restoreState()


def _badge(c: Canvas, x: float, y: float, r: float, colour: str, glyph: str) -> None:
    c.setStrokeColor(palette.WHITE)
    c.setLineWidth(1.2)
    c.setFillColor(palette.colour(colour))
    c.circle(x, y, r, stroke=1, fill=1)
    c.setFillColor(palette.WHITE)
    c.setFont(BOLD, r * 1.3)
    c.drawCentredString(x, y - r * 0.45, glyph)


KEY = (("added", QT_TRANSLATE_NOOP("change report", "added")), ("removed", QT_TRANSLATE_NOOP("change report", "removed")),
       ("changed", QT_TRANSLATE_NOOP("change report", "changed")), ("moved", QT_TRANSLATE_NOOP("change report", "moved")))


def _key(c: Canvas, left: float, baseline: float) -> None:
    """What each mark means, above the map: the glyph in its badge, then the word."""
    x = left
    c.setFont(REGULAR, 9)
    for kind, text in KEY:
        colour, glyph, _, _ = LOOK[kind]
        _badge(c, x + 7, baseline + 3, 7, colour, glyph)
        c.setFillColor(palette.INK)
        c.setFont(REGULAR, 9)
        word = translate(CONTEXT, text)
        c.drawString(x + 18, baseline, word)
        x += 18 + c.stringWidth(word, REGULAR, 9) + 16


def _list_pages(pages: PageWriter, lines: list[ChangeLine], old: Project, new: Project, old_name: str, new_name: str) -> None:
    flow = Flow(pages, arg(translate("change report", "Changes from %1 to %2"), old_name, new_name))
    if not lines:
        flow.paragraph(translate("change report", "No changes: the two maps are the same."), "the change list")
        flow.end()
        return
    flow.paragraph(tr("%n changes", None, len(lines)), "the change list", colour=palette.MUTED)
    journeys = {j.id: j for j in (*old.journeys, *new.journeys)}
    stages = {s.id: s.name for j in (*old.journeys, *new.journeys) for s in j.stages}
    group: tuple[str, str] | None = None
    for line in lines:
        here = (line.journey_id, line.stage_id)
        if here != group:
            group = here
            journey = journeys.get(line.journey_id)
            title = journey.title if journey is not None else translate("change report", "The whole map")
            heading = f"{title} — {stages[line.stage_id]}" if line.stage_id in stages else title
            flow.space(8)
            flow.context = flow.pages.text(heading, "a heading")
            flow.paragraph(heading, "a heading", size=12, bold=True)
        kind = _GLYPH_KIND.get(line.kind, line.kind.value)
        glyph = LOOK.get(kind, LOOK["changed"])[1]
        flow.paragraph(line.say(), "a change", size=10, indent=14, bullet=glyph)
        if line.layout_only:
            flow.paragraph(translate("change report", "layout only"), "a change", size=8, colour=palette.MUTED, indent=14)
        for name in line.fields if line.kind in (LineKind.CHANGED, LineKind.RENAMED, LineKind.MOVED) else ():
            before, after = shown_value(line.old_value(name)), shown_value(line.new_value(name))
            flow.paragraph(arg(translate("change report", "%1: %2 → %3"), field_label(name), before, after), "a change", size=8.5, colour=palette.MUTED, indent=28)
    flow.end()
