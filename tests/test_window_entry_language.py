"""Every command that opens a window speaks the user's language from its first dialog: `present`
started from the command line showed its voting and phone dialogs in English while the same
dialogs reached with F5 in the app were French."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer

from cjdesigner import i18n
from cjdesigner.io.cjmap import save_project
from cjdesigner.io.sample import sample_project


@pytest.fixture
def chosen_language(request, qapp):
    from cjdesigner.ui.preferences import install_translators

    yield
    install_translators("en")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_present_shows_its_dialogs_in_the_users_language(language, tmp_path, monkeypatch, qapp, chosen_language):
    from cjdesigner.ui import presentation
    from cjdesigner.ui.application import present

    path = tmp_path / "atelier.cjmap"
    save_project(sample_project(), path)
    QSettings("cjdesigner", "cjdesigner").setValue("language", language)
    heard: list[str] = []
    real_present = presentation.present

    def present_and_listen(session, window):
        started = real_present(session, window)
        heard.append(QCoreApplication.translate("RoundDialog", "Dots per participant:"))
        heard.append(i18n.translate("cli", "there is no such file"))
        QTimer.singleShot(0, started.end)
        return started

    monkeypatch.setattr(presentation, "present", present_and_listen)
    assert present(path) == 0
    expected = i18n.catalogue(language)
    assert heard == [expected("RoundDialog", "Dots per participant:"), expected("cli", "there is no such file")]
    assert heard[0] != "Dots per participant:" or language == "en"
