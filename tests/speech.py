"""Sentences as the interface says them now, for tests that run under French and English (the
`language` fixture): a test states the values that matter (line, cell, count) and gets the sentence
through the catalogue, so it never holds English wording that a French run would not show."""

from __future__ import annotations

from cjdesigner import i18n


def said(text: str, *values: object, context: str = "importers") -> str:
    """`text` of `context` in the interface's language, `%1`… filled with `values`."""
    return i18n.arg(i18n.translate(context, text), *values)


def counted(text: str, n: int) -> str:
    """A plural sentence (`%n`), as `i18n.tr` files them under the empty context."""
    return i18n.tr(text, None, n)


def number(value: float) -> str:
    """A count as a sentence writes it: 50,000 in English, 50 000 in French."""
    return i18n.number(value)


def at(line: int, sentence: str) -> str:
    """A file error's sentence, its line first (`CjFileError.sentence`)."""
    return said("%1: %2", said("line %1", line, context="files"), sentence, context="files")


def csv_said(line: int, text: str, *values: object) -> str:
    """A CSV row's problem, as the whole error says it: "line 2: the stage is empty"."""
    return at(line, said(text, *values, context="csv"))


def cli_error(where: object, sentence: str) -> str:
    """What the command line prints for a refused file: `FILE: error: sentence`, all of it in the
    interface's language (`FILE : erreur : phrase`)."""
    return said("%1: error: %2", where, sentence, context="cli")


def cli_warning(where: object, sentence: str) -> str:
    return said("%1: warning: %2", where, sentence, context="cli")


def created(stages: int, lanes: int, personas: int, cards: int) -> str:
    """What an import says it created, the counts that are not zero listed, the cards always."""
    parts = [counted(text, n) for text, n in (("%n stage(s)", stages), ("%n lane(s)", lanes), ("%n persona(s)", personas)) if n]
    listed = said("%1 and %2", ", ".join(parts), counted("%n card(s)", cards), context="csv") if parts else counted("%n card(s)", cards)
    return said("created %1", listed, context="csv")
