"""Render the slides of an exported PowerPoint deck to PNG files, to look at them without PowerPoint.

    python docs/render_pptx.py DECK.pptx [-o FOLDER] [--dpi 60]
    python docs/render_pptx.py MAP.cjmap [-o FOLDER] [--dpi 60] [-- EXPORT OPTIONS]   # exports first
    python docs/render_pptx.py --sample [-o FOLDER]                                   # the built-in sample map

Uses LibreOffice headless (`soffice`, Debian: libreoffice-impress) to turn the deck into a PDF, then
`pdftoppm` (poppler-utils) for one PNG per slide. Prints the path of each PNG, one per line.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def export_pptx(source: Path | None, target: Path, options: list[str]) -> None:
    from cjdesigner.cli import main as cli

    if source is None:
        from cjdesigner.io.cjmap import save_project
        from cjdesigner.io.sample import sample_project

        source = target.with_suffix(".cjmap")
        save_project(sample_project(), source)
    status = cli(["export", str(source), "-o", str(target), *options])
    if status != 0:
        raise SystemExit(status)


def render(deck: Path, folder: Path, dpi: int) -> list[Path]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    pdftoppm = shutil.which("pdftoppm")
    if soffice is None or pdftoppm is None:
        missing = "soffice (libreoffice-impress)" if soffice is None else "pdftoppm (poppler-utils)"
        raise SystemExit(f"render_pptx: {missing} is not installed")
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        profile = Path(work) / "profile"  # a profile of its own: a running LibreOffice is left alone
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf", "--outdir", work, str(deck)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300,
        )
        pdf = Path(work) / (deck.stem + ".pdf")
        subprocess.run([pdftoppm, "-png", "-r", str(dpi), str(pdf), str(folder / deck.stem)], check=True, timeout=300)
    return sorted(folder.glob(f"{deck.stem}-*.png"))


def main(argv: list[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    options: list[str] = []
    if "--" in args_list:
        at = args_list.index("--")
        args_list, options = args_list[:at], args_list[at + 1 :]
    parser = argparse.ArgumentParser(description="Render a PowerPoint deck's slides to PNG files.")
    parser.add_argument("source", nargs="?", type=Path, help="a .pptx deck, or a .cjmap map to export first")
    parser.add_argument("--sample", action="store_true", help="export and render the built-in sample map")
    parser.add_argument("-o", "--output", type=Path, default=Path("slides"), help="folder for the PNG files (default: slides)")
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args(args_list)
    if args.source is None and not args.sample:
        parser.error("give a .pptx or .cjmap file, or --sample")
    with tempfile.TemporaryDirectory() as work:
        deck = args.source
        if args.sample or deck.suffix.lower() != ".pptx":
            deck = Path(work) / ((deck.stem if deck else "sample") + ".pptx")
            export_pptx(None if args.sample else args.source, deck, options)
        for png in render(deck, args.output, args.dpi):
            print(png)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
