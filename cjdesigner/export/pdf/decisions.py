"""The decisions at the end of the PDF: the impact/effort matrix on a page of its own, painted from
the same description as the app's matrix view (`layout/matrix.py`), then the backlog as a table,
ranked as the command line and the app rank it, its header repeated on every page it runs over.
Printed when the journey has opportunities (and the export options ask for them)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.backlog import HEADERS, NUMERIC, backlog_table
from cjdesigner.export.pdf import palette
from cjdesigner.export.pdf.appendix import Flow
from cjdesigner.export.pdf.fonts import BOLD, REGULAR, bold_measure, measure
from cjdesigner.layout.charts import format_number
from cjdesigner.export.pdf.sheets import PageWriter
from cjdesigner.export.pdf.shapes import Up, card_label
from cjdesigner.export.pdf.words import word
from cjdesigner.layout.matrix import CROSS, DOT_BORDER_W, DROPPED_DASH, MIN_HEIGHT, MIN_WIDTH, PAPER, MatrixDrawing, Swatch, matrix_drawing
from cjdesigner.model.backlog import opportunities
from cjdesigner.model.vocabulary import Language
from cjdesigner.textfit import ELLIPSIS, wrap

TABLE_SIZE = 7.5
HEADER_SIZE = 7.0
CELL_PAD = 2.5
MAX_CELL_LINES = 4
HEADER_LINES = 3  # a column's name takes no more lines when its column can be that wide
QUADRANT = 10  # a column of export/backlog.HEADERS the matrix page already shows: left out here
# The share of the room left by the number columns that each text column takes, in the order of
# the printed columns (number columns take what their longest word or value needs).
COLUMN_SHARES = (0, 16, 8, 0, 0, 0, 0, 0, 8, 7, 14)
LONG_TEXT = (1, 10)  # opportunity and pain points: they give room back when words are long
MIN_COLUMN = 24.0  # no column narrower: a number, or three letters a line, stays readable
MAX_WISH = 0.25  # no column asks for more of the table's width for its longest word
# A number and its unit ("48 h", "15 %", "3 €") stay on one line.
NUMBER_UNIT = re.compile(r"(\d) (?=[%‰€$£°]|[^\W\d_]{1,3}\b)")
# A lone sign in a column's name ("Impact ÷ effort") starts a line with the word after it.
LONE_SIGN = re.compile(r"(?<!\S)([^\w\s]) (?=\w)")


def decision_pages(pages: PageWriter) -> None:
    """The matrix page and the backlog table, when the journey has opportunities."""
    if not opportunities(pages.journey):
        return
    matrix_page(pages)
    backlog_pages(pages)


def matrix_page(pages: PageWriter) -> None:
    language = pages.language
    flow = Flow(pages, word("matrix", language))
    flow.paragraph(word("matrix_help", language), "", 9, colour=palette.MUTED)
    flow.space(8)
    width, height = flow.width, flow.y - flow.bottom
    height = min(height, width * 1.15)  # on a tall page the legend goes under a plot about square
    scale = min(1.0, width / MIN_WIDTH, height / MIN_HEIGHT)
    drawing = matrix_drawing(pages.project, pages.journey, width / scale, height / scale)
    flow.picture(scale, lambda: paint_matrix(pages, drawing))


def paint_matrix(pages: PageWriter, d: MatrixDrawing) -> None:
    """The description, drawn from the current origin (its top-left corner), y going down."""
    c = pages.c

    def up(y: float) -> float:
        return -y

    c.setFillColor(palette.colour(PAPER))
    c.rect(0, -d.height, d.width, d.height, stroke=0, fill=1)
    for area in d.quadrants:
        x, y, w, h = area.rect
        c.setFillColor(palette.colour(area.fill))
        c.rect(x, up(y + h), w, h, stroke=0, fill=1)
    for line in d.lines:
        c.setLineWidth(line.width)
        c.setStrokeColor(palette.colour(line.colour))
        c.setDash([1, 2] if line.dashed else [])
        c.line(line.x1, up(line.y1), line.x2, up(line.y2))
    c.setDash([])
    for area in d.quadrants:
        pages.draw_line_of_text(area.title, up, "a quadrant's name")
    for text in (*d.texts, *d.not_scored_lines):
        pages.draw_line_of_text(text, up, "the matrix")
    for s in d.legend:
        draw_swatch(c, s, up)
    texts = {card.id: card.text for card in pages.journey.cards}
    for dot in d.dots:
        draw_swatch(c, dot.swatch, up)
        for text in dot.label:
            pages.draw_line_of_text(text, up, f'card "{card_label(texts.get(dot.card_id, ""))}"')


def draw_swatch(c: Canvas, s: Swatch, up: Up) -> None:
    """A status dot: its colour and its mark (ring, half, solid, crossed), as the app draws it."""
    x, y, r = s.x, up(s.y), s.radius
    colour = palette.colour(s.colour)
    c.setLineWidth(DOT_BORDER_W)
    c.setStrokeColor(colour)
    c.setDash(list(DROPPED_DASH) if s.mark == "crossed" else [])
    c.setFillColor(colour if s.mark == "solid" else palette.WHITE)
    c.circle(x, y, r, stroke=1, fill=1)
    c.setDash([])
    if s.mark == "half":
        path = c.beginPath()
        path.moveTo(x, y + r)
        path.arcTo(x - r, y - r, x + r, y + r, 90, 180)
        path.close()
        c.setFillColor(colour)
        c.drawPath(path, stroke=0, fill=1)
    elif s.mark == "crossed":
        d = r * CROSS
        c.line(x - d, y - d, x + d, y + d)
        c.line(x - d, y + d, x + d, y - d)


# --- the backlog table ---------------------------------------------------------------------------


def _cell_text(value: str | int | float | None, language: Language) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return format_number(value, language, 2)
    return str(value)


def header_text(text: str) -> str:
    """A column's name with a lone sign ("÷") kept on the line of the word after it."""
    return LONE_SIGN.sub("\\1\u00a0", " ".join(text.split()))


def cell_lines(text: str, width: float, size: float, bold: bool = False, most: int | None = MAX_CELL_LINES) -> list[str]:
    """The text wrapped to the column; past `most` lines the last one ends with "…"."""
    measure_with = bold_measure if bold else measure
    text = NUMBER_UNIT.sub("\\1\u00a0", " ".join(text.split()))
    lines = wrap(text, width, size, measure_with) if text else [""]
    if most is not None and len(lines) > most:
        lines = lines[:most]
        last = lines[-1].rstrip()
        while last and measure_with(last + ELLIPSIS, size) > width:
            last = last[:-1].rstrip()
        lines[-1] = last + ELLIPSIS
    return lines


class BacklogFlow(Flow):
    """A flow whose pages after the first start with the table's header again."""

    def __init__(self, pages: PageWriter, heading: str, widths: list[float], header: list[str]) -> None:
        self.widths = widths
        self.header = header
        self.header_ready = False
        super().__init__(pages, heading)

    def begin(self, continued: bool) -> None:
        super().begin(continued)
        if continued and self.header_ready:
            self.table_header()

    def table_header(self) -> None:
        """Every word of every column's name, over as many lines as it takes: never cut."""
        cells = [cell_lines(header_text(self.pages.text(h, "a column's name")), w - 2 * CELL_PAD, HEADER_SIZE, True, None)
                 for h, w in zip(self.header, self.widths)]
        self.row(cells, HEADER_SIZE, bold=True, shade=True)
        self.header_ready = True

    def row(self, cells: list[list[str]], size: float, bold: bool = False, shade: bool = False) -> None:
        leading = size * 1.25
        height = max(len(lines) for lines in cells) * leading + 2 * CELL_PAD
        self.room(height)
        c, top = self.c, self.y
        if shade:
            c.setFillColor(palette.colour("#ECEFF1"))
            c.rect(self.left, top - height, sum(self.widths), height, stroke=0, fill=1)
        c.setFillColor(palette.INK)
        c.setFont(BOLD if bold else REGULAR, size)
        x = self.left
        for column, (lines, w) in enumerate(zip(cells, self.widths)):
            for index, line in enumerate(lines):
                baseline = top - CELL_PAD - size * 0.93 - index * leading
                if column in NUMERIC and not bold:
                    c.drawRightString(x + w - CELL_PAD, baseline, line)
                else:
                    c.drawString(x + CELL_PAD, baseline, line)
            x += w
        c.setStrokeColor(palette.GRID)
        c.setLineWidth(0.5)
        c.line(self.left, top - height, self.left + sum(self.widths), top - height)
        self.y = top - height


def _longest_word(text: str, size: float, bold: bool) -> float:
    """Split at plain spaces only: a no-break space keeps its two words one."""
    measure_with = bold_measure if bold else measure
    return max((measure_with(w, size) for w in text.split(" ") if w), default=0.0)


def _name_width(name: str) -> float:
    """The narrowest width that prints a column's name in HEADER_LINES lines or fewer, its words
    whole (wider only when a single word needs it): "Poids des / points de / douleur" rather than
    a word a line."""
    text = header_text(name)
    words = [w for w in text.split(" ") if w]
    runs = sorted({bold_measure(" ".join(words[i:j]), HEADER_SIZE) for i in range(len(words)) for j in range(i + 1, len(words) + 1)})
    least = _longest_word(text, HEADER_SIZE, True)
    for width in runs:
        if width >= least and len(wrap(text, width + 0.01, HEADER_SIZE, bold_measure)) <= HEADER_LINES:
            return width
    return least


def _shrink(widths: list[float], floors: list[float], columns: Iterable[int], excess: float) -> float:
    """Take up to `excess` from `columns`, each in proportion to what it has above its floor;
    returns what is still to take."""
    columns = list(columns)
    slack = sum(max(0.0, widths[i] - floors[i]) for i in columns)
    if excess <= 0 or slack <= 0:
        return excess
    cut = min(excess, slack)
    for i in columns:
        widths[i] -= cut * max(0.0, widths[i] - floors[i]) / slack
    return excess - cut


def column_widths(header: list[str], rows: list[list[str]], room: float) -> list[float]:
    """Widths summing to `room`, none under MIN_COLUMN. Each column wishes for its longest word
    (header or cell), but never more than MAX_WISH of the table, so one pasted URL or a very long
    name cannot squeeze the others: a word wider than its column is broken between letters. The
    text columns share what the number columns leave; when wishes overflow, a text column wider
    than its share gives room back first, then the long texts down to their longest word, then
    the other texts; only a page too narrow for every longest word breaks one, the words of the
    columns' names last of all."""
    named = [max(MIN_COLUMN, min(_name_width(h) + 2 * CELL_PAD, room * MAX_WISH)) for h in header]
    wishes = [
        max(named[i], min(max((_longest_word(r[i], TABLE_SIZE, False) for r in rows), default=0.0) + 2 * CELL_PAD, room * MAX_WISH))
        for i in range(len(header))
    ]
    fixed = sum(wish for wish, share in zip(wishes, COLUMN_SHARES) if not share)
    shares = sum(COLUMN_SHARES)
    fair = [max(MIN_COLUMN, (room - fixed) * share / shares) for share in COLUMN_SHARES]
    widths = [wish if not share else max(wish, fair[i]) for i, (wish, share) in enumerate(zip(wishes, COLUMN_SHARES))]
    excess = sum(widths) - room
    texts = [i for i, share in enumerate(COLUMN_SHARES) if share]
    if excess < 0:  # room to spare: the text columns take it, by their shares
        for i in texts:
            widths[i] -= excess * COLUMN_SHARES[i] / shares
        return widths
    least = [MIN_COLUMN] * len(widths)
    excess = _shrink(widths, [max(f, w) for f, w in zip(fair, wishes)], texts, excess)
    excess = _shrink(widths, wishes, LONG_TEXT, excess)
    excess = _shrink(widths, wishes, texts, excess)
    excess = _shrink(widths, named, LONG_TEXT, excess)
    excess = _shrink(widths, named, texts, excess)
    excess = _shrink(widths, named, range(len(widths)), excess)
    excess = _shrink(widths, least, range(len(widths)), excess)
    if excess > 0:  # a page narrower than the columns' minimums: all shrink alike
        widths = [w * room / sum(widths) for w in widths]
    return widths


def backlog_pages(pages: PageWriter) -> None:
    language = pages.language
    table = backlog_table(pages.project, pages.journey.id, pages.journey)  # only what the print selects
    header = [h for i, h in enumerate(HEADERS[language]) if i != QUADRANT]
    texts = [[_cell_text(v, language) for i, v in enumerate(row) if i != QUADRANT] for row in table[1:]]
    widths = column_widths(header, texts, pages.setup.content_w)
    flow = BacklogFlow(pages, word("backlog", language), widths, header)
    flow.paragraph(word("backlog_help", language), "", 9, colour=palette.MUTED)
    flow.space(6)
    flow.room(60)
    flow.table_header()
    for values in texts:
        where = f'card "{card_label(values[1])}"'
        cells = [cell_lines(pages.text(v, where), w - 2 * CELL_PAD, TABLE_SIZE) for v, w in zip(values, widths)]
        flow.row(cells, TABLE_SIZE)
    flow.end()
