"""The projector's colours and sizes, shared by the stage's layout (`spotlight.py`), its emotion
band (`emotion_band.py`) and the description the painter draws (`projector.py`).

A dark surround (a projector's white washes out the room), ink-black text on light cards, white
headings, a yellow focus ring and dark dots that read in any lane colour. Sizes are pixels of a
1080-line screen, scaled to the screen's height.
"""

from __future__ import annotations

BACKGROUND = "#0F1419"
HEADING = "#FFFFFF"
SUBTLE = "#B0BEC5"
CARD_INK = "#000000"
LANE_BAND = "#1C252E"
FOCUS = "#FFD600"
DOT = "#1A237E"
DOT_RING = "#FFFFFF"
HIDDEN_DOT = "#78909C"
STRIP_CURRENT = "#FFFFFF"
STRIP_OTHER = "#37474F"
DIMMED_OPACITY = 0.4
TIMER_WARNING = "#FF8A65"
CHART_MUTED = "#37474F"  # "no value" on a light card, still 7:1
CHART_PAPER = "#FFFFFF"

MIN_TEXT = 24.0  # px on a 1080-line screen: the smallest card text a projector shows
MAX_TEXT = 46.0
LEADING = 1.2
DESIGN_HEIGHT = 1080.0
MAX_DOTS_DRAWN = 8  # beyond this, a dot and the number
