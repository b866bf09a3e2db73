"""A deck reports its progress a slide at a time, from 0 to its total, and stops at the next report
once cancelled, writing nothing; its report counts its slides."""

from __future__ import annotations

import pytest

from cjdesigner.export.options import ExportCancelled, ExportOptions
from cjdesigner.export.registry import format_for
from cjdesigner.io.sample import sample_project


def test_progress_runs_a_slide_at_a_time_to_the_total_and_the_report_counts_the_slides(tmp_path):
    from pptx import Presentation

    target = tmp_path / "deck.pptx"
    seen: list[tuple[int, int]] = []
    report = format_for(target).export(sample_project(), ExportOptions(), target, lambda done, total: seen.append((done, total)))
    slides = len(Presentation(str(target)).slides)
    assert [done for done, _ in seen] == list(range(slides + 2)), "0, a report per slide, then the file's parts written"
    assert {total for _, total in seen} == {slides + 1}
    assert report.pages == slides


@pytest.mark.parametrize("answer", ["false", "raise"])
def test_cancel_stops_the_deck_and_writes_nothing(tmp_path, answer):
    target = tmp_path / "deck.pptx"
    target.write_bytes(b"earlier export")
    seen: list[int] = []

    def cancel(done: int, total: int) -> bool:
        seen.append(done)
        if done == 2:
            if answer == "raise":
                raise ExportCancelled
            return False
        return True

    with pytest.raises(ExportCancelled):
        format_for(target).export(sample_project(), ExportOptions(), target, cancel)
    assert seen == [0, 1, 2], "no slide drawn after the cancel"
    assert target.read_bytes() == b"earlier export"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pptx"], "no temporary file left behind"
