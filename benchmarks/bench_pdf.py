"""PDF export speed: a generated map on one A0 page and tiled on A4 sheets, against a bare reportlab
script that draws the same number of rounded boxes with their text wrapped to the card's width, as
cjdesigner wraps it, measured in the same run.

    .venv/bin/python benchmarks/bench_pdf.py [CARDS]      # default 5,000

Each measurement is the median of 7 runs, taken in turns, after one warm-up run (fonts registered, modules imported),
and every PDF is built in memory, so the disk does not take part. Target: the one-page ratio ≤ 1.5 (the tiled
poster also draws a plan and crop marks on every sheet: reported, not held to it).
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generated_project  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from cjdesigner.export.options import ExportOptions  # noqa: E402
from cjdesigner.export.page_setup import Mode, PageSetup  # noqa: E402
from cjdesigner.export.pdf import pdf_bytes  # noqa: E402
from cjdesigner.export.pdf.fonts import REGULAR, register_fonts  # noqa: E402
from cjdesigner.layout import CARD_H, CARD_W, layout_journey  # noqa: E402
from cjdesigner.layout.grid import CARD_TEXT_H, CARD_TEXT_X  # noqa: E402

RUNS = 7


def bare_reportlab(texts: list[str], rects: list[tuple[float, float]], page: tuple[float, float], scale: float) -> bytes:
    """What a hand-written script would do: one rounded box per card and its text wrapped to the card's
    width (reportlab's own `simpleSplit`, as many lines as the card holds), nothing else."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=page, pageCompression=1, initialFontName=REGULAR)
    canvas.scale(scale, scale)
    canvas.setFont(REGULAR, 10)
    width, room = CARD_W - 2 * CARD_TEXT_X, int(CARD_TEXT_H // 12)
    for text, (x, y) in zip(texts, rects):
        canvas.setFillColorRGB(0.86, 0.92, 0.98)
        canvas.setStrokeColorRGB(0.4, 0.5, 0.6)
        canvas.roundRect(x, y, CARD_W, CARD_H, 6, stroke=1, fill=1)
        canvas.setFillColorRGB(0.15, 0.2, 0.22)
        words = canvas.beginText(x + CARD_TEXT_X, y + CARD_H - 16)
        words.setFont(REGULAR, 10, 12)
        for line in simpleSplit(text, REGULAR, 10, width)[:room]:
            words.textLine(line)
        canvas.drawText(words)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def median_times(works: list, runs: int = RUNS) -> list[float]:
    """Runs the programs in turns, so a busy moment on the machine hits all of them alike."""
    for work in works:
        work()
    times: list[list[float]] = [[] for _ in works]
    for _ in range(runs):
        for index, work in enumerate(works):
            start = time.perf_counter()
            work()
            times[index].append(time.perf_counter() - start)
    return [statistics.median(t) for t in times]


def main() -> int:
    cards = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    register_fonts()
    project = generated_project(cards)
    journey = project.journeys[0]
    layout = layout_journey(project, journey)
    texts = [card.text for card in journey.cards]
    rects = [(layout.cards[c.id].x, layout.height - layout.cards[c.id].bottom) for c in journey.cards]
    a0 = PageSetup("A0", landscape=True)
    tiles = PageSetup("A4", landscape=True, mode=Mode.TILE, scale_percent=100)
    sheets = len(tiles.sheets(layout.width, layout.height))
    scale = a0.fit(layout.width, layout.height).scale

    bare, one_page, tiled = median_times(
        [
            lambda: bare_reportlab(texts, rects, a0.page_size, scale),
            lambda: pdf_bytes(project, ExportOptions(page=a0)),
            lambda: pdf_bytes(project, ExportOptions(page=tiles)),
        ]
    )
    size_one = len(pdf_bytes(project, ExportOptions(page=a0))[0])
    size_tiled = len(pdf_bytes(project, ExportOptions(page=tiles))[0])

    print(f"{cards:,} cards, map {layout.width:.0f} × {layout.height:.0f} pt; median of {RUNS} runs")
    print(f"bare reportlab, {cards:,} rounded boxes with text: {bare:.3f} s")
    print(f"cjdesigner, one A0 page:            {one_page:.3f} s  ratio {one_page / bare:.2f}×  ({size_one / 1e6:.1f} MB)")
    print(f"cjdesigner, {sheets} A4 sheets + plan:    {tiled:.3f} s  ratio {tiled / bare:.2f}×  ({size_tiled / 1e6:.1f} MB)")
    held = one_page / bare <= 1.5
    print(f"target: one page ≤ 1.5× bare reportlab: {'holds' if held else 'falls short'}")
    return 0 if held else 1


if __name__ == "__main__":
    raise SystemExit(main())
