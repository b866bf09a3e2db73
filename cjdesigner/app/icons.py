"""Icons by name for Qt. An unknown name fails loudly; a declared icon whose file the installation
lacks is reported once and shows as nothing, so a broken install still opens the user's map."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon
from PySide6.QtSvg import QSvgRenderer

from cjdesigner.resources import MissingResource, UnknownIcon, icon_file, report_missing

__all__ = ["UnknownIcon", "icon", "renderer"]


def _path(name: str) -> str | None:
    try:
        return str(icon_file(name))
    except MissingResource as error:
        report_missing(f"the icon {name}", str(error))
        return None


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    path = _path(name)
    return QIcon(path) if path else QIcon()


@lru_cache(maxsize=None)
def renderer(name: str) -> QSvgRenderer:
    """For painting an icon inside a graphics item at any zoom, crisp; draws nothing if the file is missing."""
    path = _path(name)
    return QSvgRenderer(path) if path else QSvgRenderer()
