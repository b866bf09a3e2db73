"""An export running on a worker thread, so a 5,000-card map never freezes the window.

The job runs any format of the registry that paints without Qt (the PDF): formats that paint with
Qt need the scene's thread and run in the dialog instead. It works on its own copy of the project
(the caller passes one), reports progress by signal, and stops at the next progress report once
cancelled; the exporter then leaves no file behind.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from cjdesigner.export.options import ExportCancelled, ExportOptions
from cjdesigner.export.registry import Format
from cjdesigner.io.errors import SaveError
from cjdesigner.model.document import Project


class ExportJob(QObject):
    """Writes one file on a worker thread; `cancel` stops it at the next progress report."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, fmt: Format, project: Project, path: Path, options: ExportOptions) -> None:
        super().__init__()
        if fmt.needs_qt:
            raise ValueError(f"the {fmt.name} format paints with Qt and cannot run on a worker thread")
        self.format, self.project, self.path, self.options = fmt, project, path, options
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int) -> bool:
        """False once cancelled, which stops the exporter."""
        if self._stop.is_set():
            return False
        self.progressed.emit(done, total)
        return True

    @Slot()
    def run(self) -> None:
        try:
            report = self.format.export(self.project, self.options, self.path, self._progress)
        except ExportCancelled:
            self.cancelled.emit()
        except SaveError as error:
            self.failed.emit(error.sentence)
        except Exception as error:  # a bug must not take the window, and the user's work, down with it
            self.failed.emit(f"the export failed unexpectedly ({type(error).__name__}: {error}); the map itself is safe")
        else:
            self.succeeded.emit(report)
