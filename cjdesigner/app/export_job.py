"""A PDF export running on a worker thread, so a 5,000-card map never freezes the window.

The job works on its own copy of the project (the caller passes one), reports progress by signal,
and stops at the next progress report once cancelled; the PDF writer then leaves no file behind.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from cjdesigner.export.options import ExportCancelled, ExportOptions
from cjdesigner.io.errors import SaveError
from cjdesigner.model.document import Project


class PdfJob(QObject):
    """Writes one PDF on a worker thread; `cancel` stops it at the next progress report."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, project: Project, path: Path, options: ExportOptions) -> None:
        super().__init__()
        self.project, self.path, self.options = project, path, options
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise ExportCancelled
        self.progressed.emit(done, total)

    @Slot()
    def run(self) -> None:
        from cjdesigner.export.pdf import write_pdf

        try:
            report = write_pdf(self.project, self.path, self.options, self._progress)
        except ExportCancelled:
            self.cancelled.emit()
        except SaveError as error:
            self.failed.emit(error.sentence)
        except Exception as error:  # a bug must not take the window, and the user's work, down with it
            self.failed.emit(f"the export failed unexpectedly ({type(error).__name__}: {error}); the map itself is safe")
        else:
            self.succeeded.emit(report)
