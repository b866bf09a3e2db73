"""What a MapScene draws from: a project, the journey to show, and the two signals that say it changed.

The open document (app.document.Document) is one such source. An export needs none of its undo
stack, file or journal: it draws from a StillMap, a project and journey that never change.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance

from cjdesigner.model.document import Journey, Project


class MapSource(Protocol):
    """`changed` carries the set of ids an edit touched (None: anything); `journeyChanged` the id of
    the journey now shown."""

    @property
    def project(self) -> Project: ...

    @property
    def journey(self) -> Journey: ...

    changed: SignalInstance
    journeyChanged: SignalInstance


class StillMap(QObject):
    """A read-only source: one project and one journey (possibly a trimmed copy that the project
    does not hold, as a print selection makes); its signals never fire."""

    changed = Signal(object)
    journeyChanged = Signal(str)

    def __init__(self, project: Project, journey: Journey) -> None:
        super().__init__()
        self._project, self._journey = project, journey

    @property
    def project(self) -> Project:
        return self._project

    @property
    def journey(self) -> Journey:
        return self._journey
