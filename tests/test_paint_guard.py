"""An exception inside a graphics item's paint() never escapes: the item draws what it can, the rest of
the map is painted, and the failure is reported once (GUIDE §4: an escaping exception can kill the app)."""

import inspect
import logging

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem

import cjdesigner.canvas.items as items
from cjdesigner.app.document import Document
from cjdesigner.canvas.scene import MapScene
from cjdesigner.io.sample import sample_project


@pytest.fixture
def reports(monkeypatch):
    """The sentences the window would show, with a clean slate of already reported errors."""
    shown: list[str] = []
    monkeypatch.setattr(items, "_reported_paint_errors", set())
    items.set_paint_error_hook(shown.append)
    yield shown
    items.set_paint_error_hook(None)


def render(scene: MapScene) -> QImage:
    rect = scene.itemsBoundingRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def pixel(image: QImage, scene: MapScene, x: float, y: float) -> QColor:
    origin = scene.itemsBoundingRect().topLeft()
    return image.pixelColor((QPointF(x, y) - origin).toPoint())


def test_a_failing_icon_leaves_the_rest_of_the_map_painted_and_is_reported_once(qapp, monkeypatch, caplog, reports):
    real_renderer = items.renderer

    def renderer(name: str):
        if name.startswith("lane-"):
            raise RuntimeError("the lane icons are broken")
        return real_renderer(name)

    monkeypatch.setattr(items, "renderer", renderer)
    scene = MapScene(Document(sample_project()))
    headers = [item for item in scene.items() if isinstance(item, items.LaneHeaderItem)]
    assert len(headers) > 1

    with caplog.at_level(logging.WARNING, logger="cjdesigner.canvas.items"):
        render(scene)
        image = render(scene)

    assert reports == ["Part of the map could not be drawn; the rest is shown."]
    assert [r.getMessage() for r in caplog.records] == ["LaneHeaderItem painted only part of itself"]
    card = scene.journey.cards[0]
    rect = scene.layout.cards[card.id]
    assert pixel(image, scene, rect.x + 20, rect.y + 4).name() == QColor(scene.drawings.card(card.id).fill).name()
    header = headers[0].sceneBoundingRect()
    assert pixel(image, scene, header.right() - 4, header.bottom() - 4) != QColor("#000000")  # drawn before the icon


def test_every_item_of_the_map_paints_through_the_guard():
    classes = [
        cls for _, cls in inspect.getmembers(items, inspect.isclass)
        if issubclass(cls, QGraphicsItem) and cls.__module__ == items.__name__ and "paint" in cls.__dict__
    ]
    assert len(classes) >= 9
    for cls in classes:
        assert cls.paint.__wrapped__, f"{cls.__name__}.paint is not guarded"


def test_the_window_says_when_part_of_the_map_could_not_be_drawn(window, monkeypatch, qtbot):
    def broken(name):
        raise RuntimeError("the lane icons are broken")

    monkeypatch.setattr(items, "renderer", broken)
    monkeypatch.setattr(items, "_reported_paint_errors", set())
    window.view.viewport().repaint()
    qtbot.waitUntil(lambda: "could not be drawn" in window.statusBar().currentMessage())
