"""Everything an export needs to know besides the map, and what it reports back.

Kept apart from the writers so the dialog and the command line can build options without
importing reportlab or Qt's image classes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from cjdesigner.export.page_setup import PageSetup
from cjdesigner.export.selection import PrintSelection

# Called with (work done, total work); returns False to stop the export (anything else goes on).
# It may also raise ExportCancelled.
Progress = Callable[[int, int], bool | None]


class ExportCancelled(Exception):
    """The user stopped the export; nothing was written."""


def report_progress(progress: Progress | None, done: int, total: int) -> None:
    """Tells `progress` how far the export is; raises ExportCancelled when it answers False."""
    if progress is not None and progress(done, total) is False:
        raise ExportCancelled


@dataclass(frozen=True)
class ExportOptions:
    selection: PrintSelection = PrintSelection()
    page: PageSetup = PageSetup()
    persona_pages: bool = False
    summary_pages: bool = False
    decision_pages: bool = False  # the matrix and the backlog, when the journey has opportunities
    day: date | None = None
    png_dpi: int = 150
    coverage: bool = True  # the evidence coverage row under the stage headers
    links: bool = False  # draw the links from opportunities to the pain points they answer
    overview_page: bool | None = None  # the project overview first; None: when the project has several journeys

    def __post_init__(self) -> None:
        if not 36 <= self.png_dpi <= 1200:
            raise ValueError(f"a resolution of {self.png_dpi} dpi is outside 36 to 1200 dpi")


@dataclass
class ExportReport:
    """What an export wrote: its page count, and sentences about anything that did not print as typed."""

    pages: int = 0
    warnings: list[str] = field(default_factory=list)
