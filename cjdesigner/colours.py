"""The colours of the map, as hex strings, shared by the canvas (QColor) and the PDF (reportlab), so the
printout and the screen match. Qt-free."""

from typing import NamedTuple

from cjdesigner.model.document import PERSONA_LOOKS, Project, derived_looks
from cjdesigner.model.vocabulary import Sentiment

INK = "#263238"
MUTED = "#607D8B"
GRID = "#CFD8DC"
SEVERITY_ON = "#C62828"
SEVERITY_OFF = "#E0C0C0"
# Colour-blind-safe: the hues of the Okabe–Ito palette, the light ones darkened so that every symbol
# and line keeps a contrast of at least 3:1 (WCAG's rule for graphics) on white, on the emotions lane
# and on every lane's default card colour. A persona's colour is never its only mark either (initials
# on the badge, a dash and a marker on the curve), nor a sentiment's (a triangle up, a bar, down).
SENTIMENT = {
    Sentiment.POSITIVE: "#007F5F",  # bluish green
    Sentiment.NEUTRAL: "#6E6E6E",  # grey
    Sentiment.NEGATIVE: "#C25400",  # vermillion
}
# High contrast: the same hues, darker (at least 4.5:1 on white), for a washed-out projector.
SENTIMENT_HIGH_CONTRAST = {
    Sentiment.POSITIVE: "#006049",
    Sentiment.NEUTRAL: "#4D4D4D",
    Sentiment.NEGATIVE: "#A33F00",
}
PERSONA_COLOURS = (
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#009E73",  # bluish green
    "#B35C92",  # reddish purple
    "#8A6200",  # orange
    "#000000",  # black
)
# Each persona's emotion line has a dash and a marker of its own: colour is never the only thing
# that tells two personas apart. Dash patterns are in line widths' units of on/off lengths, in the
# order of Qt's pen styles solid, dash, dot and dash-dot, which the canvas uses for them.
DASHES: tuple[tuple[float, ...], ...] = ((), (6, 3), (1.5, 2.5), (6, 2.5, 1.5, 2.5))
MARKERS = ("circle", "square", "triangle", "diamond")
assert len(DASHES) * len(MARKERS) == PERSONA_LOOKS


class PersonaLook(NamedTuple):
    dash: tuple[float, ...]
    marker: str


def look(index: int) -> PersonaLook:
    """Look 0…15: the first four pair dash i with marker i, the next ones shift the marker, so every
    dash and marker pair occurs once."""
    return PersonaLook(DASHES[index % len(DASHES)], MARKERS[(index + index // len(DASHES)) % len(MARKERS)])


def persona_look(project: Project, persona_id: str) -> PersonaLook:
    """The persona's own look, stored with it, so screen and print agree and removing a persona or
    reordering a journey's personas never restyles another one."""
    return persona_looks(project).get(persona_id, look(0))


def persona_looks(project: Project) -> dict[str, PersonaLook]:
    """`persona_look` of every persona at once, for painters that draw many points."""
    return {persona_id: look(index) for persona_id, index in derived_looks(project.personas).items()}
