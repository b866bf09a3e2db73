"""Paper sizes, orientation, margins and how a poster is cut into sheets."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cjdesigner.export.page_setup import MM, PAPER_SIZES_MM, Mode, PageSetup, PageSetupError, paper_size, row_letters


@pytest.mark.parametrize("name", list(PAPER_SIZES_MM))
def test_named_sizes_in_both_orientations(name):
    w_mm, h_mm = PAPER_SIZES_MM[name]
    assert PageSetup(name.lower(), landscape=True).page_size == pytest.approx((h_mm * MM, w_mm * MM))
    assert PageSetup(name.upper(), landscape=False).page_size == pytest.approx((w_mm * MM, h_mm * MM))


def test_a4_is_the_iso_size_in_points():
    assert paper_size("A4") == pytest.approx((595.28, 841.89), abs=0.01)


@pytest.mark.parametrize("text", ["600x900mm", "600 x 900 mm", "600×900", "600,5x900mm"])
def test_custom_sizes(text):
    w, h = paper_size(text)
    assert w == pytest.approx(float(text.split("x")[0].split("×")[0].replace(",", ".").strip()) * MM, rel=1e-3)
    assert h == pytest.approx(900 * MM)


@pytest.mark.parametrize(
    "text, words",
    [
        ("B5", "is not a page size"),
        ("", "is not a page size"),
        ("12x900mm", "between 50 and 5080 mm"),
        ("600x6000mm", "between 50 and 5080 mm"),
        ("axbmm", "is not a page size"),
    ],
)
def test_bad_sizes_are_sentences(text, words):
    with pytest.raises(PageSetupError, match=words):
        paper_size(text)


def test_margins_that_leave_no_room_are_refused():
    with pytest.raises(PageSetupError, match="less than one inch"):
        PageSetup("A4", margin_mm=95)


def test_fit_keeps_the_map_inside_the_margins_and_above_the_title_block():
    setup = PageSetup("A4", landscape=True, margin_mm=10)
    placement = setup.fit(3000, 1000)
    w, h = setup.page_size
    assert placement.left >= setup.margin - 1e-6
    assert placement.left + 3000 * placement.scale <= w - setup.margin + 1e-6
    assert placement.top + 1000 * placement.scale <= setup.margin + setup.content_h + 1e-6


def test_row_letters_go_on_after_z():
    assert [row_letters(i) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]


@given(
    map_w=st.floats(100, 20000),
    map_h=st.floats(100, 8000),
    scale=st.sampled_from([25, 50, 100, 150]),
    overlap=st.floats(0, 20),
)
def test_sheets_cover_the_whole_map_with_the_overlap(map_w, map_h, scale, overlap):
    setup = PageSetup("A3", mode=Mode.TILE, scale_percent=scale, overlap_mm=overlap)
    try:
        sheets = setup.sheets(map_w, map_h)
    except PageSetupError as error:
        assert "sheets" in str(error)
        return
    assert max(s.x + s.w for s in sheets) >= map_w - 1e-6
    assert max(s.y + s.h for s in sheets) >= map_h - 1e-6
    columns = max(s.column for s in sheets) + 1
    if columns > 1:
        first, second = sheets[0], sheets[1]
        assert first.x + first.w - second.x == pytest.approx(min(overlap * MM / (scale / 100), first.w / 2, first.h / 2))
    # no sheet is wasted: each starts inside the map
    assert all(s.x < map_w and s.y < map_h for s in sheets)


def test_a_poster_of_too_many_sheets_is_refused_with_the_count():
    with pytest.raises(PageSetupError, match=r"needs \d+ sheets of A4"):
        PageSetup("A4", mode=Mode.TILE, scale_percent=1000).sheets(20000, 8000)
