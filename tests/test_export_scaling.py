"""Exports grow with the map, not with its square: the workbook never asks openpyxl for `max_row`
(a scan of every cell) per row, and the deck never searches a slide's shapes for a free id per shape."""

from __future__ import annotations

import pytest

from cjdesigner.export.options import ExportOptions
from cjdesigner.model.document import Card, Journey, Lane, Project, Stage


def many_cards(count: int) -> Project:
    stages = [Stage(id=f"s{i}", name=f"Stage {i}") for i in range(3)]
    lanes = [Lane(id="l", title="Actions")]
    cards = [Card(id=f"c{i}", stage_id=f"s{i % 3}", lane_id="l", position=i // 3, text=f"Card {i}") for i in range(count)]
    return Project(title="Many", journeys=[Journey(id="j", title="Many", stages=stages, lanes=lanes, cards=cards)])


def _counting(monkeypatch: pytest.MonkeyPatch, owner: type, name: str) -> list[int]:
    """Counts reads of the property `name` of `owner`, still answering them."""
    calls: list[int] = []
    original = getattr(owner, name)

    def counted(self):
        calls.append(1)
        return original.fget(self)

    monkeypatch.setattr(owner, name, property(counted))
    return calls


def test_the_workbook_never_asks_openpyxl_for_its_row_count_per_row(tmp_path, monkeypatch):
    from openpyxl.worksheet.worksheet import Worksheet

    from cjdesigner.export.xlsx import write_xlsx

    calls = _counting(monkeypatch, Worksheet, "max_row")
    counts = []
    for count in (10, 200):
        calls.clear()
        write_xlsx(many_cards(count), ExportOptions(), tmp_path / f"{count}.xlsx")
        counts.append(len(calls))
    assert counts[0] == counts[1], f"max_row read {counts[0]} times for 10 cards, {counts[1]} for 200"


def test_the_deck_reads_each_slides_ids_once_whatever_its_number_of_shapes(monkeypatch):
    from pptx import Presentation
    from pptx.oxml.shapes.groupshape import CT_GroupShape

    from cjdesigner.export.pptx import pptx_bytes
    import io

    scans = _counting(monkeypatch, CT_GroupShape, "max_shape_id")
    searches = _counting(monkeypatch, CT_GroupShape, "_next_shape_id")
    data, _ = pptx_bytes(many_cards(150), ExportOptions())
    slides = Presentation(io.BytesIO(data)).slides
    assert sum(len(slide.shapes) for slide in slides) > 300
    assert len(searches) == 0
    assert len(scans) == len(slides), "one read of the ids per slide, none per shape"
