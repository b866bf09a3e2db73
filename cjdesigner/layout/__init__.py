"""Geometry and drawing of a journey map, without Qt: the grid (where everything goes), the text
metrics, and the drawing description the canvas and every export paint from."""

from cjdesigner.layout.grid import (
    CARD_FOOTER_Y,
    CARD_GAP,
    CARD_H,
    CARD_TEXT_H,
    CARD_TEXT_TOP,
    CARD_TEXT_X,
    CARD_W,
    CELL_PAD,
    CURVE_H,
    CURVE_PAD,
    EMPTY_CELL_H,
    LANE_HEADER_W,
    LEGEND_H,
    LEGEND_RADIUS,
    LEGEND_STEP,
    MARGIN,
    STAGE_HEADER_H,
    STAGE_W,
    TITLE_H,
    MapLayout,
    Rect,
    card_text_width,
    layout_journey,
)

__all__ = [
    "CARD_FOOTER_Y", "CARD_GAP", "CARD_H", "CARD_TEXT_H", "CARD_TEXT_TOP", "CARD_TEXT_X", "CARD_W", "CELL_PAD",
    "CURVE_H", "CURVE_PAD", "EMPTY_CELL_H", "LANE_HEADER_W", "LEGEND_H", "LEGEND_RADIUS", "LEGEND_STEP", "MARGIN",
    "STAGE_HEADER_H", "STAGE_W", "TITLE_H", "MapLayout", "Rect", "card_text_width", "layout_journey",
]
