"""Where the bundled DejaVu Sans lives. The PDF embeds it and the canvas loads it, so the screen and
the printout use the same letters on every system (DejaVu Sans is rarely installed on Windows or macOS)."""

from pathlib import Path

from cjdesigner.resources import MissingResource, expected_location, font_file, report_missing


def _bundled(name: str) -> Path:
    """The font's file; if the installation lacks it, says so once and gives the place it should be,
    where Qt falls back to a system font and the PDF export names the missing file."""
    try:
        return font_file(name)
    except MissingResource as error:
        report_missing(f"the font {name}", str(error))
        return expected_location(name)


REGULAR_FILE = _bundled("DejaVuSans.ttf")
BOLD_FILE = _bundled("DejaVuSans-Bold.ttf")
