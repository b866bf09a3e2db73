"""The French interface stays complete: every sentence of the code is translated, the shipped .qm is
the .ts compiled, the command line speaks the locale's language, Preferences switches at once, and a
pseudo-translation walk finds no visible text that skipped translation."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "docs"))

import update_translations  # noqa: E402

from cjdesigner import i18n  # noqa: E402

FOLDER = ROOT / "cjdesigner" / "translations"
NB = "\u202f"


def _extract(tmp_path: Path, language: str) -> Path:
    """The committed .ts refreshed from the code as it is now, in a copy (what the update script does)."""
    target = tmp_path / f"cjdesigner_{language}.ts"
    shutil.copy(FOLDER / target.name, target)
    subprocess.run(
        [update_translations.tool("pyside6-lupdate"), *update_translations.LANGUAGES[language], "-locations", "none",
         "-no-obsolete", "-target-language", language, *update_translations.sources(), "-ts", str(target)],
        cwd=update_translations.PACKAGE, check=True, capture_output=True,
    )
    return target


def _unfinished(path: Path) -> list[str]:
    problems = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            numerus_ok = message.get("numerus") != "yes" or len(forms) == 2
            if translation.get("type") or not all(forms) or not numerus_ok:
                problems.append(f"{context.findtext('name')!r}: {message.findtext('source')!r}")
    return problems


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_sentence_of_the_code_is_translated(tmp_path, language):
    """Fails on a sentence added to the code and not yet translated: run docs/update_translations.py."""
    assert _unfinished(_extract(tmp_path, language)) == []


def test_the_completeness_check_catches_a_new_sentence(tmp_path, monkeypatch):
    source = tmp_path / "package"
    shutil.copytree(update_translations.PACKAGE, source, ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
    (source / "ui" / "extra.py").write_text('class Extra:\n    def f(self):\n        return self.tr("A sentence nobody translated")\n')
    monkeypatch.setattr(update_translations, "PACKAGE", source)
    assert _unfinished(_extract(tmp_path, "fr")) == ["'Extra': 'A sentence nobody translated'"]


def test_the_shipped_qm_is_the_ts_compiled(tmp_path):
    for ts in FOLDER.glob("cjdesigner_*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    update_translations.compile_all(tmp_path)
    for qm in FOLDER.glob("cjdesigner_*.qm"):
        assert (tmp_path / qm.name).read_bytes() == qm.read_bytes(), f"run docs/update_translations.py: {qm.name} is stale"


def test_french_typography():
    """A narrow no-break space before : ; ! ? and inside « », French quotes, never English ones, the
    typographic apostrophe ’ (never a straight one). Code quoted in
    `backticks` (a command, `kind: cjm`) stays as it is typed."""
    bad = []
    for forms in i18n.read_ts((FOLDER / "cjdesigner_fr.ts").read_bytes()).values():
        for text in forms:
            prose = re.sub(r"`[^`]*`", "`code`", text)
            if re.search(r"[ \u00a0][:;!?»]|«[ \u00a0]|[“”]|\w[;!?»]|'", prose) or re.search(r"\w:(\s|$)", prose):
                bad.append(text)
    assert bad == []


def test_code_in_a_french_sentence_is_typed_as_in_the_file():
    """The French typography pass once wrote "kind : cjm"; the key of a file format is code."""
    catalogue = i18n.catalogue("fr")
    assert i18n.arg(catalogue("importers", "document %1 (`kind: %2`)"), 1, "cjm") == "document 1 (`kind: cjm`)"
    assert "`nom: score: acteurs`" in catalogue("importers", 'line %1: "%2" is neither a section nor a task (a task is written `name: score: actors`); it was left out')


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_plural_form_writes_its_count_as_the_language_writes_numbers(language):
    """`%Ln`, not `%n`: Qt and the catalogue then write 4 999 (or 4,999), never 4999."""
    bare = [form for forms in i18n.read_ts((FOLDER / f"cjdesigner_{language}.ts").read_bytes()).values()
            for form in forms if re.search(r"%n", form)]
    assert bare == []
    assert i18n.catalogue(language)("", "%n card(s)", None, 5000) == ("5\u202f000 cartes" if language == "fr" else "5,000 cards")


def test_french_plurals_put_zero_and_one_in_the_singular():
    catalogue = i18n.catalogue("fr")
    assert [catalogue("", "%n card(s)", None, n) for n in (0, 1, 2)] == ["0 carte", "1 carte", "2 cartes"]
    assert [i18n.catalogue("en")("", "%n card(s)", None, n) for n in (0, 1, 2)] == ["0 cards", "1 card", "2 cards"]


# --- the command line ---------------------------------------------------------------------------


def test_the_command_line_speaks_french_under_a_french_locale(capsys, monkeypatch):
    from cjdesigner.cli import main

    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("utilisation\u202f: cjdesigner")
    assert f"arguments positionnels{NB}:" in out and "crée une carte à partir d’un modèle" in out
    assert main(["validate", str(ROOT / "tests" / "golden" / "v1.cjmap")]) == 0
    assert capsys.readouterr().out.endswith(": ok (1 parcours, 35 cartes)\n")
    assert main(["validate", "/nonexistent/x.cjmap"]) == 1
    assert f"x.cjmap{NB}: erreur{NB}: " in capsys.readouterr().err  # as argparse's own "erreur :"


def test_the_command_line_speaks_english_otherwise(capsys, monkeypatch):
    from cjdesigner.cli import main

    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: cjdesigner") and "create a map from a template" in out
    assert main(["frobnicate"]) == 2
    assert "“frobnicate” is neither a command nor a file" in capsys.readouterr().err


def test_pure_layers_speak_the_installed_language():
    from cjdesigner.io.csv_cards import ImportSummary

    previous = i18n.install(i18n.catalogue("fr"))
    try:
        assert ImportSummary(3, 2, 1, 12).sentence() == "créé\u202f: 3 étapes, 2 couloirs, 1 persona et 12 cartes"
    finally:
        i18n.install(previous)
    assert ImportSummary(3, 2, 1, 12).sentence() == "created 3 stages, 2 lanes, 1 persona and 12 cards"


# --- the interface ------------------------------------------------------------------------------


@pytest.fixture
def english_after():
    yield
    from cjdesigner.ui.preferences import install_translators

    install_translators("en")


def test_the_system_locale_chooses_the_language(window, monkeypatch, english_after):
    from PySide6.QtCore import QLocale

    from cjdesigner.ui.preferences import apply_settings

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert apply_settings(window.settings) == "fr"
    window.settings.setValue("language", "en")
    assert apply_settings(window.settings) == "en"


def test_preferences_switch_the_open_window_at_once(window, qtbot, english_after):
    from PySide6.QtWidgets import QDialogButtonBox

    from cjdesigner.ui import preferences

    document = window.session.document
    window.verbs.add_stage()
    dialog = preferences.PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    rebuilt = []
    dialog.languageChanged.connect(lambda _: rebuilt.append(preferences.rebuild_window(window)))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.language.activated.emit(dialog.language.currentIndex())
    french = rebuilt[-1]
    qtbot.addWidget(french)
    assert [a.text() for a in french.menuBar().actions()][:2] == ["&Fichier", "É&dition"]
    assert dialog.windowTitle() == "Préférences"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close).text() == "Fermer"  # Qt's own words
    assert french.session.document is document and document.undo_stack.count() == 1
    french.verbs.add_stage()  # a step is named when it is made; the old window's connections are gone with it
    assert french.action("edit.undo").text() == "&Annuler\u202f: Ajouter une étape"
    document.undo_stack.undo()
    assert window.session.settings.value("language") == "fr"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.language.activated.emit(dialog.language.currentIndex())
    qtbot.addWidget(rebuilt[-1])
    assert rebuilt[-1].menuBar().actions()[0].text() == "&File"


def test_the_preferences_action_is_in_the_edit_menu(window):
    edit = window.menuBar().actions()[1].menu()
    assert window.action("edit.preferences") in edit.actions()


# --- the pseudo-translation walk ----------------------------------------------------------------

OPEN, CLOSE = "⟦", "⟧"


@pytest.fixture
def pseudo(tmp_path, english_after):
    """Every translation replaced by its source wrapped in ⟦ ⟧, compiled and loaded as the only translator."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from cjdesigner.ui import preferences

    tree = ET.parse(_extract(tmp_path, "fr"))
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        wrapped = OPEN + (message.findtext("source") or "") + CLOSE
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in translation.iter("numerusform"):
                form.text = wrapped
        else:
            translation.text = wrapped
    ts = tmp_path / "pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([update_translations.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(tmp_path / "pseudo.qm")], check=True)
    preferences.install_translators("en")
    translator = QTranslator()
    assert translator.load(str(tmp_path / "pseudo.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _texts(widget) -> list[tuple[str, str]]:
    """Every text a person can see or hear in `widget` and its children: (where, text)."""
    from PySide6.QtWidgets import (
        QAbstractButton, QComboBox, QDockWidget, QGroupBox, QLabel, QLineEdit, QMenu, QTableWidget, QTabWidget,
        QToolBar, QWidget,
    )

    found = []
    for w in [widget, *widget.findChildren(QWidget)]:
        name = w.objectName() or type(w).__name__
        if w.isWindow():
            found.append((name + ".windowTitle", w.windowTitle().replace("[*]", "")))
        found.append((name + ".toolTip", w.toolTip()))
        if isinstance(w, (QLabel, QAbstractButton)):
            found.append((name, w.text()))
        if isinstance(w, QLineEdit):
            found.append((name + ".placeholder", w.placeholderText()))
        if isinstance(w, (QGroupBox, QDockWidget, QMenu)):
            found.append((name, w.title() if not isinstance(w, QDockWidget) else w.windowTitle()))
        if isinstance(w, QTabWidget):
            found += [(f"{name}.tab", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QTableWidget):
            found += [(f"{name}.header", w.horizontalHeaderItem(i).text()) for i in range(w.columnCount()) if w.horizontalHeaderItem(i)]
        if isinstance(w, QComboBox):
            found += [(f"{name}.item", w.itemText(i)) for i in range(w.count())]
        if isinstance(w, (QMenu, QToolBar)) or w is widget:
            for action in QWidget.actions(w):
                found += [(f"action {action.objectName()}", action.text()), (f"tip {action.objectName()}", action.statusTip())]
                if action.menu() is not None:
                    found += _texts(action.menu())
    return found


def _untranslated(found, allowed: set[str]) -> list[tuple[str, str]]:
    def fine(text: str) -> bool:
        text = re.sub(r"<[^>]*>", "", text).replace("&", "").strip()
        return (not text or text in allowed or text.split("  (")[0] in allowed or (text.startswith(OPEN) and text.endswith(CLOSE))
                or not re.search(r"[^\W\d_]{2,}", text))

    return [(where, text) for where, text in found if not fine(text)]


def _content(project) -> set[str]:
    """Map content and names that are no interface text: what the user typed, and languages named in themselves."""
    from cjdesigner.export.page_setup import PAPER_SIZES_MM
    from cjdesigner.model.vocabulary import CONFIDENCE_TITLES

    texts = {"cjdesigner", "Français", "English", *PAPER_SIZES_MM}  # languages and papers by their own names
    texts |= {title for titles in CONFIDENCE_TITLES.values() for title in titles.values()}  # printed on the map
    for value in re.findall(r'"((?:[^"\\]|\\.)*)"', project.model_dump_json()):
        texts.add(value)
    for persona in project.personas:
        texts.add(persona.name)
    return texts


def test_pseudo_walk_of_the_main_window_and_its_dialogs(window, qtbot, pseudo, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from cjdesigner.ui import dialogs, preferences
    from cjdesigner.ui.export_dialog import ExportDialog

    rebuilt = preferences.rebuild_window(window)  # built under the pseudo-translation
    qtbot.addWidget(rebuilt)
    document = rebuilt.session.document
    allowed = _content(document.project) | _template_texts() | {rebuilt.windowTitle().replace("[*]", "")}
    found = _texts(rebuilt)
    journey = document.journey
    for kind, object_id in [("card", journey.cards[0].id), ("stage", journey.stages[0].id), ("lane", journey.lanes[0].id),
                            ("persona", document.project.personas[0].id), ("journey", journey.id)]:
        rebuilt.properties.show_object(kind, object_id)
        found += _texts(rebuilt.properties)
    opened = []
    monkeypatch.setattr(QInputDialog, "exec", lambda self: (opened.append(self), 0)[1])
    rebuilt.action("journey.rename").trigger()
    assert opened, "the rename dialog was not opened"
    for dialog in [dialogs.NewMapDialog(parent=rebuilt), ExportDialog(document, rebuilt.settings, rebuilt),
                   preferences.PreferencesDialog(rebuilt.settings, rebuilt), *opened]:
        qtbot.addWidget(dialog)
        found += _texts(dialog)
    assert _untranslated(found, allowed | QT_WORDS) == []


def _template_texts() -> set[str]:
    """Template names and descriptions: shown in the map's language, they are map content."""
    from cjdesigner.io.templates import TEMPLATES

    texts: set[str] = set()
    for template in TEMPLATES.values():
        for value in vars(template).values():
            if isinstance(value, dict):
                texts |= {v for v in value.values() if isinstance(v, str)}
            elif isinstance(value, str):
                texts.add(value)
    return texts


# Qt's own button words: its own translation (qtbase_fr) carries them, not ours.
QT_WORDS = {"OK", "Cancel", "Close", "Save", "Discard", "Yes", "No", "Apply", "Reset", "Help", "Restore Defaults"}


def test_the_pseudo_walk_catches_an_untranslated_text(window, pseudo):
    from PySide6.QtWidgets import QLabel

    from cjdesigner.ui import preferences

    rebuilt = preferences.rebuild_window(window)
    QLabel("Plain English nobody wrapped", rebuilt.statusBar())
    found = _texts(rebuilt)
    assert _untranslated(found, _content(rebuilt.session.document.project) | {rebuilt.windowTitle().replace("[*]", "")}) == [
        ("QLabel", "Plain English nobody wrapped")]
    rebuilt.deleteLater()

