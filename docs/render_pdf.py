"""Render the pages of an exported PDF to PNG files for review, with pdftoppm (Debian: poppler-utils).

    python docs/render_pdf.py MAP.pdf [-o FOLDER] [--dpi 60]
    python docs/render_pdf.py MAP.cjmap [-o FOLDER] [--dpi 60] [-- EXPORT OPTIONS]   # exports first
    python docs/render_pdf.py --sample [-o FOLDER]                                   # the built-in sample map
    python docs/render_pdf.py --readme           # page 1 of the sample's PDF -> docs/sample-map-pdf.png

Prints the path of each PNG, one per line.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent


def export_pdf(source: Path | None, target: Path, options: list[str]) -> None:
    from cjdesigner.cli import main as cli

    if source is None:
        from cjdesigner.io.cjmap import save_project
        from cjdesigner.io.sample import sample_project

        source = target.with_suffix(".cjmap")
        save_project(sample_project(), source)
        options = options or ["--page", "A3", "--orientation", "portrait", "--persona-pages", "--summary"]
    status = cli(["export", str(source), "-o", str(target), *options])
    if status != 0:
        raise SystemExit(status)


def render(pdf: Path, folder: Path, dpi: int) -> list[Path]:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise SystemExit("render_pdf: error: pdftoppm is not installed; on Debian or Ubuntu: apt-get install poppler-utils")
    prefix = folder / pdf.stem
    result = subprocess.run([pdftoppm, "-png", "-r", str(dpi), str(pdf), str(prefix)], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"render_pdf: error: pdftoppm could not read {pdf}: {result.stderr.strip()}")
    return sorted(folder.glob(f"{pdf.stem}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def main(argv: list[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    export_options: list[str] = []
    if "--" in args_list:
        at = args_list.index("--")
        args_list, export_options = args_list[:at], args_list[at + 1 :]
    parser = argparse.ArgumentParser(prog="render_pdf", description="Render PDF pages to PNG for review.")
    parser.add_argument("input", nargs="?", type=Path, help="a .pdf, or a .cjmap to export first")
    parser.add_argument("--sample", action="store_true", help="export and render the built-in sample map")
    parser.add_argument("--readme", action="store_true", help="make docs/sample-map-pdf.png, the page in the README")
    parser.add_argument("-o", "--output", type=Path, default=Path("."), metavar="FOLDER")
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args(args_list)
    if args.readme:
        with tempfile.TemporaryDirectory() as scratch:
            pdf = Path(scratch) / "sample-map.pdf"
            export_pdf(None, pdf, [])
            shutil.copyfile(render(pdf, Path(scratch), 80)[0], DOCS / "sample-map-pdf.png")
        print(DOCS / "sample-map-pdf.png")
        return 0
    if (args.input is None) == (not args.sample):
        parser.error("give either a file or --sample")
    args.output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        if args.sample or args.input.suffix.lower() == ".cjmap":
            pdf = Path(scratch) / ("sample-map.pdf" if args.sample else args.input.with_suffix(".pdf").name)
            export_pdf(None if args.sample else args.input, pdf, export_options)
        else:
            pdf = args.input
        pages = render(pdf, args.output, args.dpi)
    for page in pages:
        print(page)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
