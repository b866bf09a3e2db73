"""What an export writes opens right in other programs: an SVG is XML whatever the cards hold and
names fonts every renderer knows; a workbook's columns fit their text; a deck's words are readable."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

from builders import small_project
from cjdesigner.cli import main
from cjdesigner.io.cjmap import save_project


def test_an_svg_of_a_card_with_control_characters_is_xml_and_says_what_it_left_out(tmp_path, capsys, qapp):
    project = small_project()
    project.journeys[0].cards[0].text = "bell\x07 and\x0b tab\x1b"
    save_project(project, tmp_path / "m.cjmap")

    assert main(["export", str(tmp_path / "m.cjmap"), "-o", str(tmp_path / "m.svg")]) == 0

    root = ElementTree.parse(tmp_path / "m.svg").getroot()
    assert any("bell and tab" in "".join(node.itertext()) for node in root.iter())
    err = capsys.readouterr().err
    assert "m.svg: warning: an SVG image cannot hold control characters" in err and "'bell and tab'" in err


def test_an_svg_names_font_families_that_end_in_a_generic_family(tmp_path, qapp):
    from cjdesigner.canvas.image_export import svg_bytes

    svg = svg_bytes(small_project()).decode("utf-8")
    families = set(re.findall(r'font-family="([^"]*)"', svg))
    assert families, "the SVG names its fonts"
    for family in families:
        assert "Sans Serif" not in family
        assert family.endswith(", sans-serif") and family.startswith("'DejaVu Sans'"), family
