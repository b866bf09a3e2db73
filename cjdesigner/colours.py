"""The colours of the map, as hex strings, shared by the canvas (QColor) and the PDF (reportlab), so the
printout and the screen match. Qt-free."""

from cjdesigner.model.vocabulary import Sentiment

INK = "#263238"
MUTED = "#607D8B"
GRID = "#CFD8DC"
SEVERITY_ON = "#C62828"
SEVERITY_OFF = "#E0C0C0"
SENTIMENT = {
    Sentiment.POSITIVE: "#2E7D32",
    Sentiment.NEUTRAL: "#607D8B",
    Sentiment.NEGATIVE: "#C62828",
}
# Each persona's emotion line has a dash and a marker of its own, in this order: colour is never
# the only thing that tells two personas apart.
MARKERS = ("circle", "square", "triangle", "diamond")
