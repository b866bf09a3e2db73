"""Everything an export needs to know besides the map, and what it reports back.

Kept apart from the writers so the dialog and the command line can build options without
importing reportlab or Qt's image classes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path

from cjdesigner.export.page_setup import PageSetup
from cjdesigner.export.selection import PrintSelection

# Called with (work done, total work); may raise ExportCancelled to stop the export.
Progress = Callable[[int, int], None]


class ExportFormat(str, Enum):
    PDF = "pdf"
    PNG = "png"
    SVG = "svg"

    @classmethod
    def for_path(cls, path: Path) -> ExportFormat:
        suffix = path.suffix.lower().lstrip(".")
        for member in cls:
            if member.value == suffix:
                return member
        raise ValueError(f'"{path.name}" does not end in .pdf, .png or .svg, so the format is unknown')


class ExportCancelled(Exception):
    """The user stopped the export; nothing was written."""


@dataclass(frozen=True)
class ExportOptions:
    selection: PrintSelection = PrintSelection()
    page: PageSetup = PageSetup()
    persona_pages: bool = False
    summary_pages: bool = False
    day: date | None = None
    png_dpi: int = 150

    def __post_init__(self) -> None:
        if not 36 <= self.png_dpi <= 1200:
            raise ValueError(f"a resolution of {self.png_dpi} dpi is outside 36 to 1200 dpi")


@dataclass
class ExportReport:
    """What an export wrote: its page count, and sentences about anything that did not print as typed."""

    pages: int = 0
    warnings: list[str] = field(default_factory=list)
