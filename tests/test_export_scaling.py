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


def _counting_calls(monkeypatch: pytest.MonkeyPatch, owner: type, name: str, calls: list[str]) -> None:
    original = getattr(owner, name)

    def counted(self, *args, **kwargs):
        calls.append(name)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(owner, name, counted)


def test_the_deck_asks_python_pptx_nothing_per_shape_and_nothing_per_earlier_slide(monkeypatch):
    """Each slide's shapes are written as XML and parsed at once: python-pptx adds no shape, searches no
    element (one read of the new slide's ids), and no slide searches the relationships of the slides
    before it."""
    import io

    from pptx import Presentation
    from pptx.opc.package import _Relationships
    from pptx.oxml.xmlchemy import BaseOxmlElement
    from pptx.shapes.shapetree import _BaseGroupShapes

    from cjdesigner.export.pptx import pptx_bytes

    searches: list[str] = []
    _counting_calls(monkeypatch, BaseOxmlElement, "xpath", searches)
    shapes_added: list[str] = []
    for name in ("add_shape", "add_textbox", "build_freeform"):
        _counting_calls(monkeypatch, _BaseGroupShapes, name, shapes_added)
    searched: list[int] = []  # how many relationships each search for an existing one went through
    original = _Relationships._get_matching

    def matching(self, *args, **kwargs):
        searched.append(len(self))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(_Relationships, "_get_matching", matching)
    data, _ = pptx_bytes(many_cards(150), ExportOptions())
    monkeypatch.undo()
    slides = Presentation(io.BytesIO(data)).slides
    assert sum(len(slide.shapes) for slide in slides) > 300
    assert shapes_added == []
    assert len(searches) == len(slides), "one search of the ids per slide, none per shape"
    assert max(searched, default=0) <= 1, "a new slide searches its own relationships, never the deck's"
