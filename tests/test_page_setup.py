"""Paper sizes, orientation, margins and how a poster is cut into sheets."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cjdesigner.export.page_setup import MM, PAPER_SIZES_MM, Mode, PageSetup, PageSetupError, paper_size, row_letters, text_advice


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
        ("12x900mm", "between 50 and 5,080 mm"),
        ("600x6000mm", "between 50 and 5,080 mm"),
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


# --- orientation, readable card text, posters by width, and no strips ---------------------------------


def test_the_orientation_follows_the_map_unless_chosen():
    assert PageSetup("A4").for_map(3000, 1000).landscape is True
    assert PageSetup("A4").for_map(1000, 1600).landscape is False
    assert PageSetup("A4", landscape=True).for_map(1000, 1600).landscape is True
    poster = PageSetup("A4", mode=Mode.TILE, scale_percent=100)
    assert poster.for_map(500, 1600).landscape is False  # 3 portrait sheets rather than 4 landscape ones
    assert poster.for_map(700, 1600).landscape is True  # 4 landscape sheets rather than 6 portrait ones
    assert poster.for_map(300, 400).landscape is False  # one sheet either way: the map's shape decides


def test_card_text_size_is_the_map_text_times_the_scale():
    setup = PageSetup("A4", landscape=True)
    assert setup.card_text_pt(3000, 1000) == pytest.approx(10 * setup.fit(3000, 1000).scale)
    assert PageSetup(mode=Mode.TILE, scale_percent=50).card_text_pt(3000, 1000) == pytest.approx(5)


def test_too_small_card_text_names_the_smallest_paper_and_poster_that_print_it_readably():
    map_w, map_h = 2200, 2400  # a tall map: A4 prints its card text at about 2.5 pt
    setup = PageSetup("A4")
    advice = text_advice(setup, map_w, map_h, 1)
    assert advice is not None and advice.points < 6
    assert advice.sentence == (
        f"Card text would print at {math.floor(advice.points * 10) / 10:.1f} pt. "
        f"{advice.paper} or a poster {advice.sheets_wide} sheets wide prints it at 6 pt or more."
    )
    papers = ["A4", "A3", "A2", "A1", "A0"]
    chosen = papers.index(advice.paper)
    assert PageSetup(advice.paper).for_map(map_w, map_h).card_text_pt(map_w, map_h) >= 6
    assert PageSetup(papers[chosen - 1]).for_map(map_w, map_h).card_text_pt(map_w, map_h) < 6
    poster = PageSetup("A4", mode=Mode.TILE, sheets_wide=advice.sheets_wide).for_map(map_w, map_h)
    assert poster.card_text_pt(map_w, map_h) >= 6
    narrower = PageSetup("A4", mode=Mode.TILE, sheets_wide=advice.sheets_wide - 1).for_map(map_w, map_h)
    assert narrower.card_text_pt(map_w, map_h) < 6
    assert text_advice(PageSetup(advice.paper), map_w, map_h, 1) is None


def test_card_text_just_under_the_readable_size_is_not_said_to_print_at_it():
    advice = text_advice(PageSetup("A4"), 1312, 100, 1)
    assert advice is not None and 5.95 < advice.points < 6
    assert advice.sentence.startswith("Card text would print at 5.9 pt.")


def test_a_poster_below_readable_size_suggests_only_a_wider_poster():
    advice = text_advice(PageSetup("A3", mode=Mode.TILE, scale_percent=40), 3000, 1200, 1)
    assert advice is not None and advice.paper is None
    assert advice.sentence == f"Card text would print at 4.0 pt. A poster {advice.sheets_wide} sheets wide prints it at 6 pt or more."


@given(map_w=st.floats(300, 20000), wide=st.integers(1, 12), overlap=st.floats(0, 20))
def test_sheets_wide_spans_exactly_that_many_sheets(map_w, wide, overlap):
    setup = PageSetup("A3", landscape=True, mode=Mode.TILE, sheets_wide=wide, overlap_mm=overlap)
    try:
        resolved = setup.for_map(map_w, 800)
        sheets = resolved.sheets(map_w, 800)
    except PageSetupError as error:
        assert "%" in str(error) or "sheets" in str(error)
        return
    assert max(s.column for s in sheets) + 1 == wide
    assert resolved.scale_percent == pytest.approx(round(resolved.scale_percent, 1))


@given(map_w=st.floats(100, 20000), map_h=st.floats(100, 8000), scale=st.sampled_from([25, 50, 100, 150]), overlap=st.floats(0, 20))
def test_no_sheet_carries_a_mere_strip_of_the_map(map_w, map_h, scale, overlap):
    setup = PageSetup("A3", landscape=True, mode=Mode.TILE, scale_percent=scale, overlap_mm=overlap)
    try:
        sheets = setup.sheets(map_w, map_h)
    except PageSetupError:
        return
    for sheet in sheets:
        shown_w = min(sheet.x + sheet.w, map_w) - max(sheet.x, 0)
        shown_h = min(sheet.y + sheet.h, map_h) - max(sheet.y, 0)
        assert shown_w >= min(map_w, sheet.w / 2) - 1e-6
        assert shown_h >= min(map_h, sheet.h / 2) - 1e-6


def test_a_map_just_over_one_sheet_is_centred_over_two():
    setup = PageSetup("A4", landscape=True, mode=Mode.TILE, scale_percent=100, overlap_mm=10)
    map_w = setup.content_w + 20 * MM  # one sheet and 2 cm
    first, second = setup.sheets(map_w, 200)
    assert first.x == pytest.approx(-(second.x + second.w - map_w))
    assert min(first.x + first.w, map_w) - max(first.x, 0) > 5 * 28
    assert min(second.x + second.w, map_w) - second.x > 5 * 28
