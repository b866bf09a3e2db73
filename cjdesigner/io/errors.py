"""Typed failures of reading and writing files, each carrying one sentence a person understands."""

from __future__ import annotations

from cjdesigner.i18n import arg, tr, translate


class CjFileError(Exception):
    """A file could not be read or written; `str()` is the sentence to show, location first."""

    def __init__(self, message: str, *, line: int | None = None, column: int | None = None, field: str | None = None):
        self.message = message
        self.line = line
        self.column = column
        self.field = field
        super().__init__(self.sentence)

    @property
    def location(self) -> str:
        if self.line is not None and self.column is not None:
            return arg(translate("files", "line %1, column %2"), self.line, self.column)
        if self.line is not None:
            return arg(translate("files", "line %1"), self.line)
        return self.field or ""

    @property
    def sentence(self) -> str:
        return arg(translate("files", "%1: %2"), self.location, self.message) if self.location else self.message


class LoadError(CjFileError):
    """The file cannot be opened as a map; the file itself is never touched."""


class SaveError(CjFileError):
    """The map could not be written; the previous file on disk is intact."""


class SavePermissionError(SaveError):
    """The folder may not be written in, or the file is read-only."""


class DiskFullError(SaveError):
    """The disk or the user's quota is full."""


class ReadOnlyDiskError(SaveError):
    """The folder is on a disk mounted read-only."""


class BadPathError(SaveError):
    """The path cannot name a file: the name is too long, the folder is missing, or it is a folder."""


def joined(sentences: list[str]) -> str:
    """Several problems said in one sentence, separated as the language punctuates ("a; b", and in
    French with a narrow no-break space before the semicolon)."""
    separator = arg(translate("files", "%1; %2"), "", "")
    return separator.join(sentences)


class CsvError(CjFileError):
    """A CSV file cannot be imported; `problems` lists every bad row, nothing was imported."""

    def __init__(self, problems: list[tuple[int, str]]):
        self.problems = problems
        line, message = problems[0]
        if len(problems) > 1:
            message = arg(tr("%1 (and %n more bad row(s))", None, len(problems) - 1), message)
        super().__init__(message, line=line)

    def all_sentences(self) -> list[str]:
        return [arg(translate("files", "line %1: %2"), line, message) for line, message in self.problems]
