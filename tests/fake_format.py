"""A made-up export format, registered by tests to prove that a new format needs no change to the
command line, the dialog or the background job: only this module and one `register` call."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cjdesigner.export.options import ExportOptions, ExportReport, Progress, report_progress
from cjdesigner.export.registry import Format, register, unregister
from cjdesigner.export.selection import selected_journey
from cjdesigner.io.atomic import write_atomic
from cjdesigner.model.document import Project

def export(project: Project, options: ExportOptions, path: Path, progress: Progress | None = None) -> ExportReport:
    journey = selected_journey(project, options.selection)
    lines = [journey.title, *(card.text for card in journey.cards)]
    for done in range(len(lines)):
        report_progress(progress, done, len(lines))
    write_atomic(path, "\n".join(lines).encode("utf-8"), keep_backup=False)
    report_progress(progress, len(lines), len(lines))
    return ExportReport(pages=1, warnings=["a fake format"])


FAKE = Format("fake", (".fake",), "Plain card list", lambda: export)


@contextmanager
def registered() -> Iterator[Format]:
    register(FAKE)
    try:
        yield FAKE
    finally:
        unregister(FAKE.name)
