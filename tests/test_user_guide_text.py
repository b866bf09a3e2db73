"""The user guides stay one document in two languages, and name the interface as it really is.

The guides' one convention: **bold** is an interface name (a menu, a command, a button, an option),
written as the interface shows it, menus joined by " → " and submenus by " ▸ "; every other emphasis
is in italics. So each bold part must be a message of the catalogue: a French one in the French
guide, an English source in the English one. A renamed menu or a guide edited in one language only
fails here.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
GUIDES = ROOT / "cjdesigner" / "guide"
CATALOGUE = ROOT / "cjdesigner" / "translations" / "cjdesigner_fr.ts"
CODE = re.compile(r"`[^`]*`")


def guide(language: str) -> str:
    return (GUIDES / f"guide_{language}.md").read_text(encoding="utf-8")


def interface_name(text: str) -> str:
    """A message as a reader sees it: no mnemonic, no trailing ellipsis, one kind of apostrophe."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…").removesuffix("...").replace("'", "’").strip()


def catalogue_names() -> dict[str, set[str]]:
    names: dict[str, set[str]] = {"en": set(), "fr": set()}
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        names["en"].add(interface_name(message.findtext("source") or ""))
        names["fr"].add(interface_name(message.findtext("translation") or ""))
    return names


def bold_parts(text: str) -> list[str]:
    spans = re.findall(r"\*\*(.+?)\*\*", CODE.sub("", text), flags=re.DOTALL)
    return [interface_name(part) for span in spans for part in re.split(r" → | ▸ ", " ".join(span.split()))]


def headings(text: str) -> list[str]:
    return [line.split(" ", 1)[0] for line in text.splitlines() if line.startswith("#")]


def pictures(text: str) -> list[str]:
    return re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)


def test_both_guides_have_the_same_sections_and_pictures_in_their_language():
    english, french = guide("en"), guide("fr")
    assert headings(french) == headings(english) and len(headings(english)) >= 8
    assert pictures(english) == ["interface-en.png"] and pictures(french) == ["interface-fr.png"]
    assert len(bold_parts(french)) == len(bold_parts(english))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_interface_name_the_guide_gives_in_bold_is_in_the_catalogue(language):
    names = catalogue_names()[language]
    parts = bold_parts(guide(language))
    assert "Guide de l’utilisateur" in parts or "User Guide" in parts
    assert [part for part in parts if part not in names] == []


def test_the_french_guide_keeps_french_typography():
    """Outside code: the typographic apostrophe, and a narrow no-break space before : ; ? ! and inside « »."""
    prose = CODE.sub("", guide("fr"))
    assert "'" not in prose
    assert re.findall(r"[ \u00a0][:;?!»]|«[ \u00a0]|\w[;?»]|\w[:!]\s", prose) == []


def test_the_guides_pictures_are_the_screenshots_of_the_docs():
    """docs/make_screenshots.py writes both; a picture retaken for the README only would drift."""
    docs = ROOT / "docs"
    assert (GUIDES / "interface-en.png").read_bytes() == (docs / "sample-map.png").read_bytes()
    assert (GUIDES / "interface-fr.png").read_bytes() == (docs / "interface-fr.png").read_bytes()
