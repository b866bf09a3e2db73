"""The command line's help reads as one text in the user's language: its placeholders (FILE, OUT…)
are words of that language, every option a user must give says what it is, and the commands are
described in one voice."""

from __future__ import annotations

import argparse
import re

import pytest

from cjdesigner.cli import main
from speech import said

ENGLISH_PLACEHOLDERS = ("COMMAND", "FILE", "OUT", "MAP", "OLD", "NEW", "OURS", "THEIRS", "NAME", "SIZE", "PERCENT", "FOLDER", "ADDRESS", "HOST")


@pytest.mark.parametrize("command", [[], ["new"], ["import"], ["export"], ["diff"], ["merge"], ["recover"], ["git-setup"], ["present"]])
def test_help_placeholders_are_in_the_interface_language(command, capsys, language):
    assert main([*command, "--help"]) == 0
    shown = capsys.readouterr().out
    english = {word for word in ENGLISH_PLACEHOLDERS if re.search(rf"\b{word}\b", shown)}
    if language == "fr":
        assert english == set()
    else:
        assert english


@pytest.mark.parametrize("command", ["new", "import", "import-csv", "export-csv"])
def test_the_output_option_says_what_it_is(command, capsys, language):
    assert main([command, "--help"]) == 0
    shown = " ".join(capsys.readouterr().out.split())
    expected = "the CSV file to write; replaced if it exists" if command == "export-csv" else "where to write the new map (a .cjmap file)"
    assert " ".join(said(expected, context="cli").split()) in shown


def _command_descriptions() -> list[str]:
    from cjdesigner.cli import _parser

    commands = next(action for action in _parser()._actions if isinstance(action, argparse._SubParsersAction))
    return [choice.help for choice in commands._choices_actions]


def _option_descriptions() -> list[str]:
    """What each option of each command does (a flag's help, not a value's "the map's title")."""
    from cjdesigner.cli import _parser

    commands = next(action for action in _parser()._actions if isinstance(action, argparse._SubParsersAction))
    return [action.help for command in commands.choices.values() for action in command._actions
            if action.help and action.nargs == 0 and not isinstance(action, argparse._HelpAction)]


def test_the_commands_are_described_in_one_voice(language):
    """French says what each command and each flag does ("liste", "crée", "omet"), never an
    infinitive among them; so does argparse's own help line, translated from the same catalogue."""
    first_words = [help_text.split()[0] for help_text in [*_command_descriptions(), *_option_descriptions()]]
    first_words.append(i18n_word("show this help message and exit"))
    if language == "fr":
        assert [word for word in first_words if word.endswith(("er", "ir"))] == []
    else:
        assert [word for word in first_words if word.endswith("s") and word != "is"] == []


def i18n_word(text: str) -> str:
    return said(text, context="argparse").split()[0]
