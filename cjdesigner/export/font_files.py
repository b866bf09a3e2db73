"""Where the bundled DejaVu Sans lives. The PDF embeds it and the canvas loads it, so the screen and
the printout use the same letters on every system (DejaVu Sans is rarely installed on Windows or macOS)."""

from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent / "fonts"
REGULAR_FILE = FONT_DIR / "DejaVuSans.ttf"
BOLD_FILE = FONT_DIR / "DejaVuSans-Bold.ttf"
