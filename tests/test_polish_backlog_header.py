"""The PDF backlog's column names print whole: every word, on as many lines as they need, never
cut with "…", and each number column at least as wide as the longest word of its name."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cjdesigner.export.backlog import HEADERS, NUMERIC
from cjdesigner.export.pdf.decisions import CELL_PAD, HEADER_LINES, HEADER_SIZE, QUADRANT, _cell_lines, _header_text, column_widths
from cjdesigner.export.pdf.fonts import bold_measure
from cjdesigner.io.cjmap import save_project
from cjdesigner.io.sample import sample_project
from cjdesigner.model.vocabulary import Language


def backlog_page_lines(tmp_path: Path, project) -> list[str]:
    """The backlog page of `cjdesigner export MAP -o x.pdf --decisions`, as `pdftotext -layout` reads it."""
    source, target = tmp_path / "map.cjmap", tmp_path / "x.pdf"
    save_project(project, source)
    done = subprocess.run([sys.executable, "-m", "cjdesigner", "export", str(source), "-o", str(target), "--decisions"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    (page,) = [p for p in pages if "Backlog des opportunités" in p or "Opportunity backlog" in p]
    return page.splitlines()


def header_rows(lines: list[str], first_column: str) -> list[str]:
    """The lines of the table's header: from the one starting with the first column's name to
    the first row of the table (its rank, 1)."""
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(first_column))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].strip().startswith("1 "))
    return [line for line in lines[start:end] if line.strip()]


def test_the_french_sample_prints_every_word_of_every_column_name(tmp_path):
    rows = header_rows(backlog_page_lines(tmp_path, sample_project()), "Rang")
    words = " ".join(rows).replace("\u00a0", " ").split()
    names = [h for i, h in enumerate(HEADERS[Language.FR]) if i != QUADRANT]
    for name in names:
        for word in name.split():
            assert word in words, (word, rows)
    assert not any("…" in row for row in rows), rows
    assert words.count("de") >= 2 and "douleur" in words and "Responsable" in words  # not "Responsabl e"
    assert len(rows) <= 3, rows  # "Impact ÷ effort" in two lines, "Poids des / points de / douleur" in three


@pytest.mark.parametrize("language", [Language.FR, Language.EN])
@pytest.mark.parametrize("room", [430.0, 470.0, 538.6, 770.0])
def test_number_columns_are_as_wide_as_the_longest_word_of_their_name(language, room):
    header = [h for i, h in enumerate(HEADERS[language]) if i != QUADRANT]
    long_cell = "Considération " * 3
    rows = [[long_cell if i in (1, 2, 8, 9, 10) else "12" for i in range(len(header))] for _ in range(3)]
    widths = column_widths(header, rows, room)
    assert sum(widths) == pytest.approx(room)
    numeric = [i for i, h in enumerate(HEADERS[language]) if i in NUMERIC and i != QUADRANT]
    for i in numeric:
        printed = i if i < QUADRANT else i - 1
        longest = max(bold_measure(w, HEADER_SIZE) for w in header[printed].split())
        assert widths[printed] >= longest + 2 * CELL_PAD - 1e-6, (header[printed], widths[printed])
        lines = _cell_lines(_header_text(header[printed]), widths[printed] - 2 * CELL_PAD, HEADER_SIZE, True, None)
        assert len(lines) <= HEADER_LINES, lines  # "Poids des / points de / douleur", not a word a line
        assert " ".join(lines).replace("\u00a0", " ").split() == header[printed].split()


def test_a_column_name_wraps_over_as_many_lines_as_it_needs_and_is_never_cut():
    name = "Poids des points de douleur traités et pondérés"
    width = max(bold_measure(w, HEADER_SIZE) for w in name.split()) + 1
    lines = _cell_lines(name, width, HEADER_SIZE, True, None)
    assert " ".join(lines).split() == name.split()
    assert len(lines) > 4 and not any("…" in line for line in lines)
