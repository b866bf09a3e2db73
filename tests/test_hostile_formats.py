"""Files of other formats made to hurt, read and written by the command line as users run it: every
one gets a sentence naming the file (or imports, with its warnings), never a traceback, and a refused
import writes nothing. Maps holding what a format cannot carry still export to files that open."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from cjdesigner.cli import main
from speech import cli_error

CORPUS = Path(__file__).parent / "hostile_formats"
IMPORTED = sorted(p for p in CORPUS.iterdir() if p.suffix != ".cjmap")
MAPS = sorted(CORPUS.glob("*.cjmap"))

pytestmark = pytest.mark.usefixtures("language")


@pytest.mark.parametrize("source", IMPORTED, ids=lambda p: p.name)
def test_every_hostile_file_imports_or_gets_a_sentence(source: Path, tmp_path: Path, capsys):
    out = tmp_path / "out.cjmap"
    status = main(["import", str(source), "-o", str(out)])
    err = capsys.readouterr().err
    assert status in (0, 1) and "Traceback" not in err
    if status == 1:
        assert err.startswith(cli_error(source, "")) and not out.exists()
    else:
        assert out.exists()


@pytest.mark.parametrize("suffix", ["svg", "pdf", "pptx", "xlsx", "mmd", "png"])
@pytest.mark.parametrize("source", MAPS, ids=lambda p: p.name)
def test_every_hostile_map_exports_to_a_file_that_opens(source: Path, suffix: str, tmp_path: Path, capsys, qapp):
    out = tmp_path / f"out.{suffix}"
    assert main(["export", str(source), "-o", str(out)]) == 0
    assert "Traceback" not in capsys.readouterr().err
    data = out.read_bytes()
    if suffix == "svg":
        ET.fromstring(data)
    if suffix in ("xlsx", "pptx"):
        with zipfile.ZipFile(out) as package:
            for name in package.namelist():
                if name.endswith((".xml", ".rels")):
                    ET.fromstring(package.read(name))
    assert data


@pytest.mark.parametrize("suffix", ["svg", "pptx", "xlsx"])
def test_characters_xml_forbids_are_left_out_and_named_readably(suffix: str, tmp_path: Path, capsys, qapp, language):
    """U+FFFE, U+FFFF and C0 controls are not XML 1.0 characters; DEL is, but prints as nothing: the
    warning quotes the text as a sentence does, never as a Python escape."""
    out = tmp_path / f"out.{suffix}"
    assert main(["export", str(CORPUS / "control_characters.cjmap"), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    quoted = "«\u202fHors XML et DEL\u202f»" if language == "fr" else "“Hors XML et DEL”"
    assert quoted in err and "\\x" not in err
    if suffix == "svg":
        assert "\ufffe".encode() not in out.read_bytes() and "\uffff".encode() not in out.read_bytes()
