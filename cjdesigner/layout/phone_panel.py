"""The projector's phone panel while a phone round is open: the QR code of the voting address, the
short address and the room code to type, how many phones joined and how many dots are cast (never
who voted what). Described here, painted by `ui/presentation/painter.py` like the rest."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from cjdesigner.layout.drawing import TextLine
from cjdesigner.layout.grid import Rect
from cjdesigner.layout.metrics import bold_measure, measure
from cjdesigner.layout.projector import Panel
from cjdesigner.textfit import elide

PANEL_FILL = "#FFFFFF"  # a QR code reads best dark on white, whatever the theme
PANEL_INK = "#111827"
PANEL_SOFT = "#4B5563"
CODE_INK = "#1F5FBF"
QUIET_MODULES = 2  # white modules around the code, inside the panel's own margin


class PhoneRoom(NamedTuple):
    """What the panel says; its sentences are already in the room's language."""

    modules: Sequence[Sequence[bool]]  # the QR code, dark modules True
    address: str
    code_label: str
    code: str
    joined: str
    cast: str


class PhonePanel(NamedTuple):
    panel: Panel
    modules: tuple[Rect, ...]  # dark runs of the QR code, one rectangle per run of a row
    lines: tuple[TextLine, ...]


def reserved_width(width: float, height: float) -> float:
    """The width the panel takes from the right of the screen; the stage is painted in the rest,
    so that no card hides behind the code."""
    u = min(width / 1920.0, height / 1080.0)
    return max(width * 0.24, 420 * u) + 24 * u


def stage_beside_panel(width: float, height: float) -> tuple[float, float, float]:
    """(scale, dx, dy) that paints the stage laid out for the whole screen, whole and in its own
    proportions, in the room the panel leaves, centred in height."""
    scale = (width - reserved_width(width, height)) / width
    return scale, 0.0, height * (1 - scale) / 2


def phone_panel(room: PhoneRoom, width: float, height: float) -> PhonePanel:
    """A white column on the right of the screen, a fifth of its width at least, high enough for
    the code to scan from the middle of a room."""
    u = min(width / 1920.0, height / 1080.0)
    margin = 24 * u
    w = reserved_width(width, height) - margin
    box = Rect(width - w - margin, margin + 110 * u, w, height - 2 * margin - 110 * u)
    pad = 22 * u
    count = max(1, len(room.modules))
    side = min(box.w - 2 * pad, box.h * 0.55)
    module = max(1.0, float(int(side / (count + 2 * QUIET_MODULES))))  # whole pixels: no seams between modules
    x0 = float(int(box.x + (box.w - module * count) / 2))
    y0 = float(int(box.y + pad + QUIET_MODULES * module))
    runs: list[Rect] = []
    for r, row in enumerate(room.modules):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                runs.append(Rect(x0 + start * module, y0 + r * module, (c - start) * module, module))
            else:
                c += 1
    y = y0 + count * module + QUIET_MODULES * module + 14 * u
    inner = box.w - 2 * pad
    lines: list[TextLine] = []

    def line(text: str, size: float, bold: bool, colour: str, gap: float) -> None:
        nonlocal y
        width_of = bold_measure if bold else measure
        shown = elide(text, inner, size, width_of)
        y += size * 1.1
        lines.append(TextLine(shown, box.x + (box.w - width_of(shown, size)) / 2, y, size, bold, colour))
        y += gap

    line(room.address, 30 * u, True, PANEL_INK, 10 * u)
    line(room.code_label, 22 * u, False, PANEL_SOFT, 2 * u)
    line(room.code, 58 * u, True, CODE_INK, 16 * u)
    line(room.joined, 28 * u, True, PANEL_INK, 6 * u)
    line(room.cast, 28 * u, True, PANEL_INK, 0)
    fitted = Rect(box.x, box.y, box.w, min(box.h, y + pad + 8 * u - box.y))
    return PhonePanel(Panel(fitted, PANEL_FILL, 16 * u), tuple(runs), tuple(lines))
