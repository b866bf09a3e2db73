"""The language a new map gets when the user names none: the one their locale asks for.

Lives below the interface so the command line and the app ask the same question the same way.
"""

from __future__ import annotations

import locale
import os


def default_language() -> str:
    """"fr" for a French locale, else "en"; the environment wins over the system's guess, as it
    does for every other program run from the same terminal."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    guess = (locale.getlocale()[0] or "").lower()
    return "fr" if guess.startswith("fr") else "en"
