"""The change report PDF, read back with pypdf in French and in English: the marked map first (its
key says what each mark means), then the change list grouped by stage, with before → after."""

from cjdesigner.export.pdf.change_report import change_report_bytes, write_change_report
from compare_builders import compared_pair
from pdf_helpers import all_text, page_text, reader
from speech import cli_error

WORDS = {
    "en": ("Changes from before.cjmap to after.cjmap", "added", "removed", "Card “C” removed", "8 changes"),
    "fr": ("Changements entre before.cjmap et after.cjmap", "ajout", "suppression", "Carte «\u202fC\u202f» supprimée", "8 changements"),
}


def test_the_report_marks_the_map_then_lists_the_changes(language):
    old, new = compared_pair()
    data = change_report_bytes(old, new, "before.cjmap", "after.cjmap")
    heading, added, removed, line, count = WORDS[language]
    assert len(reader(data).pages) == 2
    first = page_text(data, 0)
    assert added in first and removed in first, "the key of the marks"
    assert "Send it back" in first and "Pay by phone" in first, "ghosts and new cards on one map"
    listing = page_text(data, 1)
    assert heading in listing and count in listing
    assert line in listing.replace("\n", " ")
    assert "B → B, shorter" in listing, "before and after of a changed field"
    assert listing.index("Discover") < listing.index("Purchase") < listing.index("Return"), "grouped by stage, in map order"


def test_maps_that_are_the_same_make_a_one_page_report(language, tmp_path):
    old, _ = compared_pair()
    path = tmp_path / "report.pdf"
    write_change_report(old, old, path, "a.cjmap", "b.cjmap")
    data = path.read_bytes()
    assert len(reader(data).pages) == 1
    assert ("No changes" if language == "en" else "Aucun changement") in all_text(data)


def test_diff_writes_the_report_with_o(language, tmp_path, capsys):
    from cjdesigner.cli import main
    from cjdesigner.io.cjmap import save_project

    old, new = compared_pair()
    save_project(old, tmp_path / "before.cjmap")
    save_project(new, tmp_path / "after.cjmap")
    report = tmp_path / "report.pdf"
    assert main(["diff", str(tmp_path / "before.cjmap"), str(tmp_path / "after.cjmap"), "-o", str(report)]) == 1
    heading = WORDS[language][0]
    assert heading in page_text(report.read_bytes(), 1)
    assert "C" in capsys.readouterr().out, "the lines still go to the terminal"
    blocked = tmp_path / "no-such-folder" / "report.pdf"
    assert main(["diff", str(tmp_path / "before.cjmap"), str(tmp_path / "after.cjmap"), "-o", str(blocked)]) == 2
    error = capsys.readouterr().err
    assert error.startswith(cli_error(blocked, "")) and len(error.strip()) > len(cli_error(blocked, "")) + 10
