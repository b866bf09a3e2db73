"""Map text has one translation mechanism: English sources marked for the catalogue, said in the
map's language by the catalogue (`i18n.map_words`, `in_language`), as the interface text is said in
the interface's. A hand-written table of French words beside the catalogue is refused here."""

from __future__ import annotations

import ast
from pathlib import Path

from cjdesigner.export.backlog import HEADERS
from cjdesigner.export.pdf.words import long_date, word
from cjdesigner.i18n import catalogue
from cjdesigner.model.vocabulary import LANE_TITLES, LaneKind, Language, lane_kind_for_title, new_name

PACKAGE = Path(__file__).parent.parent / "cjdesigner"
LANGUAGE_KEYS = {"Language.FR", "Language.EN", "'fr'", "'en'"}
MARKERS = {"map_words", "MapWord", "MapWordList"}


def hand_written_tables(source: str, where: str) -> list[str]:
    """Dict literals keyed by a language, and map words whose catalogue context is not the one marked."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict) and any(key is not None and ast.unparse(key) in LANGUAGE_KEYS for key in node.keys):
            found.append(f"{where}:{node.lineno} a table of words by language: {ast.unparse(node)[:80]}")
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in MARKERS and node.args and isinstance(node.args[0], ast.Constant):
            context = ast.literal_eval(node.args[0])
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and getattr(inner.func, "id", None) == "QT_TRANSLATE_NOOP":
                    if ast.literal_eval(inner.args[0]) != context:
                        found.append(f"{where}:{inner.lineno} is marked in {ast.unparse(inner.args[0])} but looked up in {context!r}")
    return found


def test_no_hand_written_french_table_in_the_sources():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        found += hand_written_tables(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE)))
    assert found == []


def test_the_check_catches_a_french_table_and_a_word_looked_up_in_the_wrong_context():
    assert hand_written_tables('MORE = {Language.EN: "+{count} more", Language.FR: "+{count} autres"}\n', "x.py") != []
    assert hand_written_tables('NAMES = {"fr": "Français", "en": "English"}\n', "x.py") != []
    assert hand_written_tables('W = map_words("pdf", {"a": QT_TRANSLATE_NOOP("pdf words", "A")})\n', "x.py") != []
    assert hand_written_tables('W = map_words("pdf", {"a": QT_TRANSLATE_NOOP("pdf", "A")})\n', "x.py") == []


def test_map_words_come_from_the_catalogue_in_the_maps_language():
    assert LANE_TITLES[LaneKind.PAIN_POINTS][Language.FR] == catalogue("fr")("lane titles", "Pain points") == "Points de douleur"
    assert LANE_TITLES[LaneKind.PAIN_POINTS][Language.EN] == "Pain points"
    assert lane_kind_for_title("points de douleur") is lane_kind_for_title("Pain Points") is LaneKind.PAIN_POINTS
    assert new_name("copy", Language.FR, name="Achat") == "Achat (copie)"
    assert word("no_pain_points", Language.FR) == "Aucun." and word("no_opportunities", Language.FR) == "Aucune."
    assert HEADERS[Language.FR][0] == "Rang" and HEADERS[Language.EN][0] == "Rank"
    from datetime import date

    assert long_date(date(2024, 8, 1), Language.FR) == "1 août 2024"
    assert long_date(date(2024, 8, 1), Language.EN) == "1 August 2024"
