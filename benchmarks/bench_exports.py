"""Excel and PowerPoint export speed on a generated map: the workbook against a bare openpyxl script
writing the same cards' CSV rows, the deck against the PDF of the same map on one A0 page.

    .venv/bin/python benchmarks/bench_exports.py [CARDS ...] [--runs N]     # default 1,000 and 5,000, 3 runs

Each figure is the median of the runs, taken in turns after a warm-up, everything built in memory.
Both exports grew with the square of the cards once (openpyxl's `max_row` asked per row,
python-pptx's search of a free shape id per shape); the ratios stay flat as the map grows now.
"""

from __future__ import annotations

import csv
import io
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pdf import median_times  # noqa: E402
from generate import generated_project  # noqa: E402

from cjdesigner.export.options import ExportOptions  # noqa: E402
from cjdesigner.export.page_setup import PageSetup  # noqa: E402
from cjdesigner.export.pdf import pdf_bytes  # noqa: E402
from cjdesigner.export.pdf.fonts import register_fonts  # noqa: E402
from cjdesigner.export.pptx import pptx_bytes  # noqa: E402
from cjdesigner.export.xlsx import write_xlsx  # noqa: E402
from cjdesigner.io.csv_cards import export_csv  # noqa: E402


def bare_openpyxl(rows: list[list[str]]) -> bytes:
    """What a hand-written script would do: the rows appended to one sheet, saved."""
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def measure(cards: int, runs: int, folder: Path) -> None:
    project = generated_project(cards)
    journey = project.journeys[0]
    rows = list(csv.reader(io.StringIO(export_csv(project, journey.id, ","), newline="")))
    options = ExportOptions()
    a0 = ExportOptions(page=PageSetup("A0", landscape=True))
    bare, xlsx = median_times([lambda: bare_openpyxl(rows), lambda: write_xlsx(project, options, folder / "m.xlsx")], runs)
    pdf, pptx = median_times([lambda: pdf_bytes(project, a0), lambda: pptx_bytes(project, options)], runs)
    print(f"{cards:,} cards, median of {runs} runs")
    print(f"  bare openpyxl {bare:.3f} s   cjdesigner XLSX {xlsx:.3f} s   ratio {xlsx / bare:.2f}×")
    print(f"  PDF (A0)      {pdf:.3f} s   cjdesigner PPTX {pptx:.3f} s   ratio {pptx / pdf:.2f}×"
          f"   target ≤ 3×: {'holds' if pptx <= 3 * pdf else 'falls short'}")


def main(argv: list[str]) -> int:
    runs = 3
    if "--runs" in argv:
        at = argv.index("--runs")
        runs = int(argv[at + 1])
        argv = argv[:at] + argv[at + 2:]
    register_fonts()
    with tempfile.TemporaryDirectory() as folder:
        for cards in [int(a) for a in argv] or [1000, 5000]:
            measure(cards, runs, Path(folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
