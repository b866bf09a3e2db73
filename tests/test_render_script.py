"""docs/render_pdf.py, the review script: PDF pages to PNG with pdftoppm."""

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

SCRIPT = Path(__file__).parent.parent / "docs" / "render_pdf.py"
GOLDEN = Path(__file__).parent / "golden" / "v1.cjmap"


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, env=env, timeout=120)


def test_a_map_is_exported_then_every_page_rendered(tmp_path):
    result = run(str(GOLDEN), "-o", str(tmp_path), "--dpi", "30", "--", "--page", "A4", "--orientation", "landscape", "--tile", "--scale", "100")
    assert result.returncode == 0, result.stderr
    pages = [Path(line) for line in result.stdout.splitlines()]
    assert len(pages) == 7  # the assembly plan and six A4 sheets
    image = QImage(str(pages[0]))
    assert (image.width(), image.height()) == (351, 249)  # A4 landscape (297 × 210 mm) at 30 dpi, rounded up


def test_a_pdf_is_rendered_as_it_is(tmp_path):
    from cjdesigner.cli import main

    pdf = tmp_path / "map.pdf"
    assert main(["export", str(GOLDEN), "-o", str(pdf), "--page", "A3", "--orientation", "portrait"]) == 0
    result = run(str(pdf), "-o", str(tmp_path / "pages"), "--dpi", "20")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(tmp_path / "pages" / "map-1.png")]


def test_without_pdftoppm_it_says_what_to_install(tmp_path):
    env = {"PATH": str(tmp_path)}
    result = run(str(tmp_path / "missing.pdf"), "-o", str(tmp_path), env=env)
    assert result.returncode == 1
    assert "pdftoppm is not installed; on Debian or Ubuntu: apt-get install poppler-utils" in result.stderr
