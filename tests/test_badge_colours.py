"""A persona's badge is lettered by one rule wherever it is drawn: on the map, in the personas
panel and on the slides (`layout.drawing.badge_ink`)."""

from __future__ import annotations

from cjdesigner.layout.drawing import WHITE, badge, badge_ink
from cjdesigner.model.document import Persona
from cjdesigner.ui.panels import persona_icon

# HSL lightness 149.5 of 255: dark by the map's rule, which Qt's rounded `lightness()` (150) is not.
ON_THE_EDGE = "#3F6FEC"


def _light_pixels(colour: str) -> int:
    image = persona_icon(Persona(id="p1", name="Ana Lima", colour=colour), 64).pixmap(64, 64).toImage()
    return sum(1 for x in range(64) for y in range(64) if min(image.pixelColor(x, y).getRgb()[:3]) > 230)


def test_the_panel_letters_a_badge_as_the_map_does(qapp):
    persona = Persona(id="p1", name="Ana Lima", colour=ON_THE_EDGE)
    assert badge(persona, 0, 0, 7, 6.5, 0.8).initials.colour == badge_ink(ON_THE_EDGE) == WHITE
    assert _light_pixels(ON_THE_EDGE) > 0  # white initials on the blue disc
    assert _light_pixels("#F0E442") == 0  # ink initials on a light yellow one


def test_the_slide_writers_take_their_colours_from_the_drawing():
    """No colour literal or colour rule of their own: a badge's fill, outline and initials, a
    header's fill and border come from `layout`."""
    import ast
    import re
    from pathlib import Path

    export = Path(__file__).resolve().parents[1] / "cjdesigner" / "export"
    for path in sorted(export.glob("pptx*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        literals = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and re.fullmatch(r"#[0-9A-Fa-f]{6}", n.value)]
        rules = [n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in {"is_dark", "darker", "lighter"}]
        assert not literals and not rules, (path.name, literals, rules)
