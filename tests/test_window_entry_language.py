"""Every command that opens a window speaks the user's language from its first dialog: `present`
started from the command line showed its voting and phone dialogs in English while the same
dialogs reached with F5 in the app were French. Run in a fresh process, as a user starts it, under
the locale the process starts with."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cjdesigner import i18n
from cjdesigner.io.cjmap import save_project
from cjdesigner.io.sample import sample_project

CHILD = Path(__file__).parent / "present_language_child.py"


@pytest.mark.parametrize("language, locale", [("fr", "fr_FR.UTF-8"), ("en", "en_US.UTF-8")])
def test_present_shows_its_dialogs_in_the_locales_language(language, locale, tmp_path):
    path = tmp_path / "atelier.cjmap"
    save_project(sample_project(), path)
    env = {**os.environ, "LANG": locale, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run([sys.executable, str(CHILD), str(path)], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    told = json.loads(result.stdout.splitlines()[-1])
    expected = i18n.catalogue(language)
    assert told == {"status": 0, "heard": [expected("RoundDialog", "Dots per participant:"), expected("PhoneRoundDialog", "Start")]}
    assert told["heard"] != ["Dots per participant:", "Start"] or language == "en"
