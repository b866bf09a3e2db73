"""Wrapping card text by the French rules: no line starts with closing punctuation, none ends with «."""

from builders import half_em_measure as measure
from cjdesigner.textfit import NO_LINE_END, NO_LINE_START, fit_text, wrap


def test_no_line_starts_with_closing_punctuation_or_ends_with_an_opening_guillemet():
    text = "Elle dit « trop cher » ! Puis : « livraison lente » ; enfin (voir note) . Fini"
    widest_unit = measure("« livraison", 10)
    for width in range(int(widest_unit), 400, 3):
        lines = wrap(text, float(width), 10.0, measure)
        assert " ".join(lines) == text, "wrapping only chooses where lines break"
        for line in lines:
            assert line[0] not in NO_LINE_START and line[-1] not in NO_LINE_END, (width, lines)
    for width in range(10, int(widest_unit), 3):
        lines = wrap(text, float(width), 10.0, measure)
        assert all(line == line.strip() and measure(line, 10) <= width for line in lines), "too narrow: still no spill"


def test_a_narrow_no_break_space_never_begins_a_line():
    text = "Pourquoi\u202f? Trop cher\u202f! « Bof »"
    for width in range(45, 200, 5):
        for line in fit_text(text, float(width), 200.0, measure).lines:
            assert line[0] not in NO_LINE_START and line[-1] not in NO_LINE_END


def test_a_word_too_long_for_the_line_is_still_cut():
    assert all(measure(line, 10) <= 50 for line in wrap("Anticonstitutionnellement", 50.0, 10.0, measure))
