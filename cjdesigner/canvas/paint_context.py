"""What a map item may read from its scene while it paints, hovers or is dragged.

Items type their scene as this protocol rather than as the concrete scene: they see the document
only through these few lookups, and items.py need not import the scene that imports it.
"""

from __future__ import annotations

from typing import Protocol

from cjdesigner.layout import MapLayout, Rect
from cjdesigner.layout.drawing_set import MapDrawingSet
from cjdesigner.model.document import Card


class PaintContext(Protocol):
    layout: MapLayout
    drawings: MapDrawingSet
    persona_filter: str | None
    cursor_cell: tuple[str, str] | None
    dragging: bool

    def card(self, card_id: str) -> Card | None: ...

    def is_dimmed(self, card: Card) -> bool: ...

    def is_match(self, card: Card) -> bool: ...

    def card_tooltip(self, card_id: str) -> str: ...

    def slot_rect(self, cell: tuple[str, str]) -> Rect: ...

    @property
    def stage_header_y(self) -> float: ...

    @property
    def lane_header_x(self) -> float: ...
