"""The one place icons are looked up by name; an unknown name fails loudly instead of drawing nothing."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"


class UnknownIcon(KeyError):
    pass


def icon_path(name: str) -> Path:
    path = ICON_DIR / f"{name}.svg"
    if not path.is_file():
        raise UnknownIcon(f"no icon named {name!r} in {ICON_DIR}")
    return path


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    return QIcon(str(icon_path(name)))


@lru_cache(maxsize=None)
def renderer(name: str) -> QSvgRenderer:
    """For painting an icon inside a graphics item at any zoom, crisp."""
    return QSvgRenderer(str(icon_path(name)))
