"""French that a French reader finds natural, where a newcomer found calques: a verdict whose count
may be one agrees with it, a merge conflict is about one version on each side, a command names
what it makes on its own (the shortcut list shows it without its menu), and the template of
service blueprints has its French name."""

from __future__ import annotations

from cjdesigner import i18n
from cjdesigner.io.templates import project_from_template


def test_the_thin_research_verdict_reads_right_for_one_card():
    from cjdesigner.layout.coverage import WORDS

    verdict = WORDS["thin"]["fr"].format(weak=1, total=1)
    assert verdict == "Recherche insuffisante\u202f: 1/1 sans preuve"


def test_a_conflict_keeps_one_version_not_several():
    french = i18n.catalogue("fr")
    words = [french("ConflictsPanel", text) for text in ("Keep Mine", "Keep Theirs", "Mine", "Theirs", "Base, mine and theirs")]
    assert words == ["Garder ma version", "Garder leur version", "Ma version", "Leur version", "Base, ma version et la leur"]
    assert all("miennes" not in french("ConflictsPanel", "%n conflicts left by the merge. Keep mine or theirs for each, or edit the map.", None, n)
               for n in (1, 2))


def test_new_says_what_it_creates_in_the_shortcut_list(qapp):
    from cjdesigner.ui.help_menu import shortcut_rows
    from cjdesigner.ui.preferences import install_translators

    install_translators("fr")
    try:
        names = [name for name, _keys in shortcut_rows()]
    finally:
        install_translators("en")
    assert "Nouvelle carte" in names and "Nouvelle" not in names


def test_the_service_blueprint_template_has_a_french_name():
    assert project_from_template("service-blueprint", "fr").title == "Plan de service"
