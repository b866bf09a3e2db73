"""Cards in and out of spreadsheets, because research notes live in them.

One row per card; a column for every field of a card. Headers in English or French, any case;
`,` `;` or tab, or the delimiter named by a first line `sep=X` as Excel writes it; UTF-8 (BOM or
not), Windows-1252 (what Excel in French saves) or UTF-16 with a BOM (Excel's "Unicode Text").
A row with a stage and a lane but no text declares them without making a card, so empty stages and
lanes survive an export → import. Nothing is imported while any row is bad: every bad row is
reported with its line number. A file is never guessed at: a UTF-8 file with one Windows-1252 line
is refused with that line, not turned into mojibake.

Spreadsheets run cells that begin with = + - @ (or a tab or carriage return) as formulas, so export
puts a ' in front of them, and in front of a cell that already begins with ' followed by one of
those characters or by another '. Import removes exactly that ', so export → import gives the text
back as typed, and a hand-typed `'Bonjour'` keeps its quotes.
"""

from __future__ import annotations

import csv
import io
import itertools
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from cjdesigner.i18n import QT_TRANSLATE_NOOP, arg, number, tr, translate
from cjdesigner.io.cjmap import read_limited
from cjdesigner.io.errors import CsvError, LoadError
from cjdesigner.io.path_columns import fork_stages
from cjdesigner.colours import PERSONA_COLOURS
from cjdesigner.io.templates import STAGE_COLOURS
from cjdesigner.model.document import Card, Evidence, Frequency, Journey, Lane, Persona, Project, Stage, free_look
from cjdesigner.model.limits import MAX_CARDS, MAX_IMPORT_ROWS, MAX_MEASURE, MAX_UNIT_LENGTH, MAX_VOTES
from cjdesigner.model.edits import Batch, Edit, Insert, Ref, SetFields, perform
from cjdesigner.model.vocabulary import (
    Channel,
    Confidence,
    LaneKind,
    Language,
    STATUS_TITLES,
    OpportunityStatus,
    Sentiment,
    channel_for_name,
    fold,
    lane_kind_for_title,
    sentiment_for_name,
    status_for_name,
)
from cjdesigner.layout.charts import format_number

COLUMNS: dict[str, tuple[str, ...]] = {
    "stage": ("stage", "étape", "phase"),
    "lane": ("lane", "couloir", "swimlane"),
    "text": ("text", "texte"),
    "personas": ("personas", "persona"),
    "sentiment": ("sentiment",),
    "tags": ("tags", "étiquettes", "tag", "étiquette"),
    "notes": ("notes", "note"),
    "votes": ("votes",),
    "severity": ("severity", "sévérité", "gravité"),
    "channel": ("channel", "canal"),
    "owner": ("owner", "responsable", "propriétaire", "porteur"),
    "confidence": ("confidence", "confiance"),
    "colour": ("colour", "couleur", "color"),
    "evidence": ("evidence", "preuves", "preuve"),
    "evidence_source": ("evidence source", "source des preuves", "evidence sources", "sources des preuves"),
    "evidence_link": ("evidence link", "lien des preuves", "evidence links", "liens des preuves"),
    "value": ("value", "valeur"),
    "unit": ("unit", "unité"),
    "target": ("target", "cible", "objectif chiffré"),
    "metric_source": ("source", "metric source", "source de la mesure"),
    "measured_on": ("measured on", "mesuré le", "measured", "date de mesure"),
    "frequency": ("frequency", "fréquence"),
    "impact": ("impact",),
    "effort": ("effort",),
    "status": ("status", "statut", "état"),
    "answers": ("answers", "répond à"),
    "goal": ("goal", "objectif"),
    "ref": ("ref", "réf", "reference", "référence"),
    "sub_journey": ("sub-journey", "sous-parcours", "sub journey", "subjourney"),
    "path": ("path", "chemin", "branch", "branche"),  # written only for a journey that forks
}
REQUIRED = ("stage", "lane", "text")
HEADER_FR = {
    "stage": "étape",
    "lane": "couloir",
    "text": "texte",
    "personas": "personas",
    "sentiment": "sentiment",
    "tags": "étiquettes",
    "notes": "notes",
    "votes": "votes",
    "severity": "sévérité",
    "channel": "canal",
    "owner": "responsable",
    "confidence": "confiance",
    "colour": "couleur",
    "evidence": "preuves",
    "evidence_source": "source des preuves",
    "evidence_link": "lien des preuves",
    "value": "valeur",
    "unit": "unité",
    "target": "cible",
    "metric_source": "source",
    "measured_on": "mesuré le",
    "frequency": "fréquence",
    "impact": "impact",
    "effort": "effort",
    "status": "statut",
    "answers": "répond à",
    "goal": "objectif",
    "ref": "réf",
    "sub_journey": "sous-parcours",
    "path": "chemin",
}
# Header names that tell the file's language; names both languages share (personas, impact…) tell nothing.
_SHARED_NAMES = {fold(n) for n in HEADER_FR.values()} & {fold(names[0]) for names in COLUMNS.values()} | {"phase", "persona", "note"}
_ENGLISH_NAMES = {
    fold(n)
    for n in (*(names[0] for names in COLUMNS.values()), "swimlane", "tag", "color", "evidence sources", "evidence links",
              "metric source", "measured", "reference")
} - _SHARED_NAMES
_FRENCH_NAMES = {fold(n) for names in COLUMNS.values() for n in names} - _ENGLISH_NAMES - _SHARED_NAMES
SENTIMENT_FR = {Sentiment.POSITIVE: "positif", Sentiment.NEUTRAL: "neutre", Sentiment.NEGATIVE: "négatif"}
CHANNEL_FR = {
    Channel.WEB: "web",
    Channel.MOBILE_APP: "application mobile",
    Channel.EMAIL: "e-mail",
    Channel.PHONE: "téléphone",
    Channel.SMS: "SMS",
    Channel.CHAT: "chat",
    Channel.SOCIAL: "réseaux sociaux",
    Channel.STORE: "magasin",
    Channel.MAIL: "courrier",
    Channel.OTHER: "autre",
}
CHANNEL_EN = {channel: channel.value.replace("_", " ") for channel in Channel}
CONFIDENCE_FR = {
    Confidence.ASSUMPTION: "hypothèse",
    Confidence.PARTLY_BACKED: "partiellement étayé",
    Confidence.VALIDATED: "validé",
}
CONFIDENCE_NAMES: dict[Confidence, tuple[str, ...]] = {
    Confidence.ASSUMPTION: ("assumption", "hypothèse", "hypothesis", "supposition"),
    Confidence.PARTLY_BACKED: (
        "partly backed", "partially backed", "partiellement étayé", "partiellement étayée", "en partie étayé",
    ),
    Confidence.VALIDATED: ("validated", "validé", "validée", "valid"),
}
DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t"}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMULA = re.compile(r"[ \u00a0]*[=+\-@\t\r]")
MAX_CELL_CHARS = 100_000
_UTF8_BOM = b"\xef\xbb\xbf"
_BREAK_BYTES = re.compile(rb"\r\n|\r|\n")
_PHYSICAL_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
_SEP_LINE = re.compile(r'"?sep=(.*?)"?(?:\r\n|\r|\n)?', re.IGNORECASE)
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)(?:[eE][+-]?[0-9]{1,3})?")
_COUNT_OF = re.compile(r"([0-9]{1,10})\s*/\s*([0-9]{1,10})")
_PERCENT = re.compile(r"(\S+?)\s*%")
_SPACES = re.compile(r"[\s\u00a0\u202f]")
_WHOLE = re.compile(r"[0-9]+")
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_FRENCH_DAY = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")
_NUL = QT_TRANSLATE_NOOP("csv", "this line contains NUL bytes: this is not a text file; save the spreadsheet as CSV")


@dataclass
class CardRow:
    """One row of a spreadsheet, checked; `text` empty means the row only declares stage and lane."""

    line: int
    stage: str
    lane: str
    text: str
    personas: list[str] = field(default_factory=list)
    sentiment: Sentiment | None = None
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    votes: int = 0
    severity: int | None = None
    channel: Channel | None = None
    owner: str = ""
    confidence: Confidence | None = None
    colour: str | None = None
    evidence: list[tuple[str, str, str]] = field(default_factory=list)
    value: float | None = None
    unit: str = ""
    target: float | None = None
    frequency: Frequency | None = None
    impact: int | None = None
    effort: int | None = None
    status: OpportunityStatus | None = None
    goal: str = ""
    metric_source: str = ""
    measured_on: date | None = None
    ref: str = ""
    answers: list[str] = field(default_factory=list)
    sub_journey: str = ""  # the title of the journey the card opens
    path: str = ""  # the name of the path of a fork the card's stage is on; empty on the main line


@dataclass
class CsvCards:
    """The checked rows of a file, what the reader wants the user to know (ignored columns), and
    the language its header is written in (None when its names are shared by both)."""

    rows: list[CardRow]
    warnings: list[str] = field(default_factory=list)
    language: Language | None = None


@dataclass(frozen=True)
class ImportSummary:
    """What an import created, so that the user can check it against the spreadsheet."""

    stages: int
    lanes: int
    personas: int
    cards: int

    def sentence(self) -> str:
        parts = [
            part
            for n, part in (
                (self.stages, tr("%n stage(s)", None, self.stages)),
                (self.lanes, tr("%n lane(s)", None, self.lanes)),
                (self.personas, tr("%n persona(s)", None, self.personas)),
            )
            if n
        ]
        parts.append(tr("%n card(s)", None, self.cards))
        listed = parts[0] if len(parts) == 1 else arg(translate("csv", "%1 and %2"), ", ".join(parts[:-1]), parts[-1])
        return arg(translate("csv", "created %1"), listed)


def check_regular_file(path: str | Path) -> None:
    """Refuse a pipe, device or socket before opening it: reading a FIFO would block forever."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # reading names the problem: no such file, permission denied…
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise LoadError(translate("csv", "this is not a regular file (it is a pipe, a device or a socket); choose a CSV file"))


def _line_at(data: bytes, position: int) -> int:
    return len(_BREAK_BYTES.findall(data, 0, position)) + 1


def decode_csv(data: bytes) -> str:
    """Text of a CSV file: UTF-16 with a BOM, UTF-8, or Windows-1252 when no line is UTF-8.

    Raises CsvError naming the line when the evidence disagrees (UTF-8 with one Windows-1252
    line), rather than guessing one encoding and turning every accent into mojibake.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            line = _text_line(data[: error.start].decode("utf-16", "replace"), error.start)
            raise CsvError([(line, translate("csv", "this line of a UTF-16 file cannot be read (a broken character); save the file again"))]) from None
        return text.removeprefix("\ufeff")
    bom = data.startswith(_UTF8_BOM)
    body = data[3:] if bom else data
    if (nul := body.find(b"\x00")) >= 0:
        raise CsvError([(_line_at(body, nul), translate("csv", _NUL))])
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    utf8_seen, bad_line, bad_byte = bom, 0, 0
    for number, line in enumerate(_BREAK_BYTES.split(body), 1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_seen = True
        except UnicodeDecodeError as error:
            if not bad_line:
                bad_line, bad_byte = number, line[error.start]
    if utf8_seen:
        raise CsvError([(bad_line, arg(translate("csv", "this line is not UTF-8 although the rest of the file is (byte 0x%1 cannot be read); save the file again as UTF-8"), f"{bad_byte:02X}"))])
    try:
        return body.decode("cp1252")
    except UnicodeDecodeError as error:
        message = arg(translate("csv", "this line is neither UTF-8 nor Windows-1252 text (byte 0x%1 cannot be read); this does not look like a spreadsheet saved as CSV"), f"{body[error.start]:02X}")
        raise CsvError([(_line_at(body, error.start), message)]) from None


def detect_delimiter(header: str) -> str:
    """The candidate that splits the header line most often, quotes respected."""
    best, best_count = ",", 0
    for delimiter in (",", ";", "\t"):
        try:
            count = len(next(csv.reader([header], delimiter=delimiter), [])) - 1
        except csv.Error:
            count = 0
        if count > best_count:
            best, best_count = delimiter, count
    return best


def read_card_rows(path: str | Path, language: Language = Language.EN) -> CsvCards:
    """Parse and check a CSV file; raises CsvError (every bad row) or LoadError (unreadable file)."""
    check_regular_file(path)
    return parse_card_rows(decode_csv(read_limited(path)), language)


def parse_card_rows(text: str, language: Language = Language.EN) -> CsvCards:
    """Check every row; `language` is the one the user reads, for the lists of allowed words."""
    _refuse_non_text(text)
    starts: list[int] = []
    lines = _physical_lines(text, starts)
    first = next(lines, None)
    skipped = 0
    delimiter = None
    if first is not None and (sep := _SEP_LINE.fullmatch(first)):
        if len(sep.group(1)) != 1 or sep.group(1) in '"\r\n':
            raise CsvError([(1, arg(translate("csv", 'the first line "%1" must name one delimiter character, such as sep=; or sep=,'), _shown(first.strip())))])
        delimiter, skipped, first = sep.group(1), 1, next(lines, None)
    while first is not None and not first.strip():
        skipped, first = skipped + 1, next(lines, None)
    if first is None:
        raise CsvError([(1, translate("csv", "the file is empty; it needs a header row with stage, lane and text"))])
    delimiter = delimiter or detect_delimiter(first)
    reader = csv.reader(itertools.chain([first], lines), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    while True:
        start = skipped + reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error:
            line, message = _diagnose(text[starts[start - 1]:], start, delimiter)
            raise CsvError([(line, message)]) from None
        if not records or any(cell.strip() for cell in cells):
            records.append((start, cells))
            if len(records) > MAX_IMPORT_ROWS:
                raise CsvError([(start, too_many_rows())])
    cards = check_records(records, language)
    if not cards.rows:
        raise CsvError([(records[0][0], translate("csv", "the file has a header row but no rows of cards below it"))])
    return cards


def _physical_lines(text: str, starts: list[int]):
    """The file's lines with their ends, one at a time, noting where each starts: a file far
    beyond the limits is refused at the limit, without first splitting all of it."""
    for match in _PHYSICAL_LINE.finditer(text):
        starts.append(match.start())
        yield match.group(0)


def too_many_rows() -> str:
    return arg(translate("csv", "the file has more than %1 rows; a journey holds at most %2 cards, so the file is refused without reading further"),
               number(MAX_IMPORT_ROWS - 1), number(MAX_CARDS))


def check_records(records: list[tuple[int, list[str]]], language: Language = Language.EN) -> CsvCards:
    """Check rows of cells (line or row number, cells), the first being the header; raises CsvError
    with every bad row. Shared by CSV files and Excel sheets."""
    header_line, header = records[0]
    columns, warnings = _map_header(header, header_line, [cells for _, cells in records[1:]])
    text = columns["text"]
    cards = sum(1 for _, cells in records[1:] if text < len(cells) and cells[text].strip())
    if cards > MAX_CARDS:
        raise CsvError([(header_line, arg(translate("csv", "the file has %1 rows of cards; a journey holds at most %2 cards"), number(cards), number(MAX_CARDS)))])
    rows: list[CardRow] = []
    problems: list[tuple[int, str]] = []
    for line, cells in records[1:]:
        if not any(cell.strip() for cell in cells):
            continue
        row, problem = _check_row(line, cells, columns, len(header), language)
        if problem:
            problems.append((line, problem))
        elif row:
            rows.append(row)
    problems += _reference_problems(rows)
    if problems:
        raise CsvError(sorted(problems, key=lambda problem: problem[0]))
    return CsvCards(rows, warnings, _header_language(header))


def _header_language(header: list[str]) -> Language | None:
    """French when more of the header's names are French than English; None when they tie."""
    names = [fold(_unescape(raw)[0]) for raw in header]
    french = sum(name in _FRENCH_NAMES for name in names)
    english = sum(name in _ENGLISH_NAMES for name in names)
    if french == english:
        return None
    return Language.FR if french > english else Language.EN


def column_title(key: str) -> str:
    """A column as sentences name it, in both languages: `answers (répond à)`."""
    return arg(translate("csv", "%1 (%2)"), COLUMNS[key][0], HEADER_FR[key])


def _reference_problems(rows: list[CardRow]) -> list[tuple[int, str]]:
    """Each card's ref is its own, and each answer names the ref of a card of the file."""
    problems: list[tuple[int, str]] = []
    lines: dict[str, int] = {}
    for row in rows:
        if row.ref and row.text:
            if row.ref in lines:
                problems.append((row.line, arg(translate("csv", 'the reference "%1" in the column %2 is already the one of line %3; give each row its own'),
                                               _shown(row.ref), column_title("ref"), lines[row.ref])))
            else:
                lines[row.ref] = row.line
    for row in rows:
        for ref in row.answers if row.text else ():
            if ref not in lines:
                problems.append((row.line, arg(translate("csv", 'the column %1 names "%2", but no card of the file has this reference in the column %3'),
                                               column_title("answers"), _shown(ref), column_title("ref"))))
    return problems


def _refuse_non_text(text: str) -> None:
    if (position := text.find("\x00")) >= 0:
        raise CsvError([(_text_line(text, position), translate("csv", _NUL))])
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        message = arg(translate("csv", "this line holds U+%1, half of a character that cannot stand alone; save the file again"), f"{ord(text[error.start]):04X}")
        raise CsvError([(_text_line(text, error.start), message)]) from None


def _text_line(text: str, position: int) -> int:
    return len(re.findall(r"\r\n|\r|\n", text[:position])) + 1


def _diagnose(text: str, line: int, delimiter: str) -> tuple[int, str]:
    """Why the csv reader stopped at the record starting on `line`: a quote never closed, text
    after a closing quote, or a cell too long. Follows the reader's states; quoted cells are
    skipped with `find`, so a quote left open in a large file is found quickly."""
    limit, state, length, i = csv.field_size_limit(), "start", 0, 0
    unclosed = translate(
        "csv", 'a quote (") opens a cell on this line and is never closed, so every row after it would '
        'end up in that one cell; close the quote, or write it twice ("") if it is part of the text'
    )
    too_long = arg(translate("csv", "a cell is longer than %1 characters, the most a card's field may hold"), format_number(MAX_CELL_CHARS))
    while i < len(text):
        ch = text[i]
        if state == "start" and ch == '"':
            quote_line, j = line, i + 1
            while (j := text.find('"', j)) >= 0 and text[j + 1 : j + 2] == '"':
                j += 2
            if j < 0:
                return quote_line, unclosed
            line += _text_line(text[i:j], j - i) - 1
            after = text[j + 1 : j + 2]
            if after not in ("", delimiter, "\r", "\n"):
                if quote_line == line:
                    return quote_line, translate("csv", 'the quoted cell that opens here closes but goes on after its closing quote; '
                                                        'inside a quoted cell, write a quote twice ("")')
                return quote_line, arg(translate("csv", 'the quoted cell that opens here closes on line %1 but goes on after its closing quote; '
                                                        'inside a quoted cell, write a quote twice ("")'), line)
            if j - i - 1 > limit:
                return quote_line, too_long
            state, i = "closed", j + 1
            continue
        if ch == delimiter or ch in "\r\n":
            state, length = "start", 0
            line += ch == "\n" or (ch == "\r" and text[i + 1 : i + 2] != "\n")
        else:
            state, length = "plain", length + 1
            if length > limit:
                return line, too_long
        i += 1
    return line, translate("csv", "this row cannot be read")


def _map_header(header: list[str], line: int, body: list[list[str]]) -> tuple[dict[str, int], list[str]]:
    columns: dict[str, int] = {}
    ignored: list[str] = []
    names = {key: {fold(n) for n in (*aliases, key)} for key, aliases in COLUMNS.items()}
    for index, raw in enumerate(header):
        name = _unescape(raw)[0].strip()
        key = next((k for k, folded in names.items() if fold(name) in folded), None)
        if key is None:
            if name:
                ignored.append(arg(translate("csv", '"%1"'), _shown(name)))
            elif any(index < len(cells) and cells[index].strip() for cells in body):
                ignored.append(arg(translate("csv", "column %1 (it has no name)"), index + 1))
            continue
        if key in columns:
            raise CsvError([(line, arg(translate("csv", 'the header names the column "%1" twice (columns %2 and %3); keep one'), _shown(name), columns[key] + 1, index + 1))])
        columns[key] = index
    missing = [k for k in REQUIRED if k not in columns]
    if missing:
        wanted = [arg(translate("csv", "%1 (%2)"), k, HEADER_FR[k]) for k in missing]
        found = ", ".join(_shown(h.strip()) for h in header[:20] if h.strip()) or translate("csv", "nothing")
        if len(wanted) == 1:
            sentence = arg(translate("csv", "the header row has no column for %1; it has: %2"), wanted[0], found)
        else:
            sentence = arg(translate("csv", "the header row has no column for %1 and %2; it has: %3"), ", ".join(wanted[:-1]), wanted[-1], found)
        raise CsvError([(line, sentence)])
    warnings = []
    if ignored:
        shown = ", ".join(ignored[:10])
        if len(ignored) > 10:
            shown = arg(translate("csv", "%1 and %2 more"), shown, format_number(len(ignored) - 10))
        known = ", ".join(COLUMNS[k][0] for k in COLUMNS)
        if len(ignored) == 1:
            sentence = translate("csv", "this column was ignored because a card has no such field: %1. The columns cjdesigner reads are %2 (or their French names).")
        else:
            sentence = translate("csv", "these columns were ignored because a card has no such field: %1. The columns cjdesigner reads are %2 (or their French names).")
        warnings.append(arg(sentence, shown, known))
    return columns, warnings


def _unescape(raw: str) -> tuple[str, bool]:
    """Undo the ' that export puts before a cell a spreadsheet would run as a formula."""
    if raw[:1] == "'" and (_FORMULA.match(raw, 1) or raw[1:2] == "'"):
        return raw[1:], True
    return raw, False


def escape_formula(value: str) -> str:
    """A ' before a cell a spreadsheet would run (some trim leading spaces first: " =1+1" too),
    and before one that starts with the ' import would remove."""
    if _FORMULA.match(value) or (value[:1] == "'" and (_FORMULA.match(value, 1) or value[1:2] == "'")):
        return "'" + value
    return value


def _shown(value: str) -> str:
    return value if len(value) <= 40 else value[:40] + "…"


def _names(table: dict) -> str:
    """The words a column accepts (in the map's language), joined as the interface speaks."""
    words = list(table.values())
    return arg(translate("csv", "%1 or %2"), ", ".join(words[:-1]), words[-1])


def _check_row(
    line: int, cells: list[str], columns: dict[str, int], width: int, language: Language
) -> tuple[CardRow | None, str]:
    if len(cells) > width and any(c.strip() for c in cells[width:]):
        return None, arg(translate("csv", "this row has %1 fields but the header has %2"), format_number(len(cells)), format_number(width))
    for index, value in enumerate(cells):
        if len(value) > MAX_CELL_CHARS:
            return None, arg(translate("csv", "the cell in column %1 holds %2 characters; a card's field holds up to %3"), index + 1, format_number(len(value)), format_number(MAX_CELL_CHARS))

    def cell(key: str) -> str:
        index = columns.get(key)
        if index is None or index >= len(cells):
            return ""
        return _unescape(cells[index])[0]

    stage, lane = cell("stage").strip(), cell("lane").strip()
    if not stage:
        return None, translate("csv", "the stage is empty")
    if not lane:
        return None, translate("csv", "the lane is empty")
    row = CardRow(line=line, stage=stage, lane=lane, text=cell("text"), notes=cell("notes"), owner=cell("owner"))
    row.personas = _split(cell("personas"))
    row.tags = _split(cell("tags"))
    if value := cell("sentiment").strip():
        row.sentiment = sentiment_for_name(value)
        if row.sentiment is None:
            return None, arg(translate("csv", 'the sentiment "%1" is not positive, neutral or negative (positif, neutre, négatif)'), _shown(value))
    if value := cell("channel").strip():
        row.channel = channel_for_name(value)
        if row.channel is None:
            known = _names(CHANNEL_FR if language == Language.FR else CHANNEL_EN)
            return None, arg(translate("csv", 'the channel "%1" is unknown; use one of %2'), _shown(value), known)
    if value := cell("confidence").strip():
        row.confidence = next((c for c, names in CONFIDENCE_NAMES.items() if fold(value) in {fold(n) for n in (*names, c.value)}), None)
        if row.confidence is None:
            known = _names(CONFIDENCE_FR if language == Language.FR else {c: c.value.replace("_", " ") for c in Confidence})
            return None, arg(translate("csv", 'the confidence "%1" is unknown; use one of %2'), _shown(value), known)
    if value := cell("colour").strip():
        if not _COLOUR.fullmatch(value):
            return None, arg(translate("csv", 'the colour "%1" must be written #RRGGBB, for example #FFD54F'), _shown(value))
        row.colour = value
    if value := cell("votes").strip():
        if not _WHOLE.fullmatch(value):
            return None, arg(translate("csv", 'the votes "%1" must be a whole number, 0 or more, written with the digits 0 to 9'), _shown(value))
        if len(value.lstrip("0")) > len(str(MAX_VOTES)) or int(value) > MAX_VOTES:
            return None, arg(translate("csv", 'the votes "%1" are too many; a card counts up to %2 votes'), _shown(value), format_number(MAX_VOTES))
        row.votes = int(value)
    if value := cell("severity").strip():
        if not _WHOLE.fullmatch(value) or len(value) > 3 or not 1 <= int(value) <= 5:
            return None, arg(translate("csv", 'the severity "%1" must be a whole number from 1 to 5, written with the digits 0 to 9'), _shown(value))
        row.severity = int(value)
    problem = _check_decisions(row, cell)
    if problem:
        return None, problem
    row.metric_source, row.ref, row.answers = cell("metric_source"), cell("ref").strip(), _split(cell("answers"))
    row.sub_journey = cell("sub_journey").strip()
    row.path = cell("path").strip()
    if value := cell("measured_on").strip():
        row.measured_on = _day(value)
        if row.measured_on is None:
            return None, arg(translate("csv", 'the date measured on "%1" must be a day written 2026-03-14 (or 14/03/2026)'), _shown(value))
    texts, sources, links = (_split(cell(k), keep_empty=True) for k in ("evidence", "evidence_source", "evidence_link"))
    for i in range(max(len(texts), len(sources), len(links))):
        item = tuple(parts[i] if i < len(parts) else "" for parts in (texts, sources, links))
        if any(item):
            row.evidence.append(item)  # type: ignore[arg-type]
    return row, ""


def _check_decisions(row: CardRow, cell: Callable[[str], str]) -> str:
    """The columns of metrics, pain point frequency and opportunities; the sentence refusing the
    first wrong one, or ""."""
    row.goal, row.unit = cell("goal"), cell("unit").strip()
    if len(row.unit) > MAX_UNIT_LENGTH:
        return arg(translate("csv", 'the unit "%1" is too long; a unit holds up to %2 characters, like %, € or min'), _shown(row.unit), MAX_UNIT_LENGTH)
    for key in ("value", "target"):
        if value := _SPACES.sub("", cell(key)):
            number = float(value.replace(",", ".")) if _NUMBER.fullmatch(value) else None
            if number is None or not abs(number) <= MAX_MEASURE:
                sentence = {
                    "value": translate("csv", 'the value "%1" must be a number like 1200, 12.5 or 12,5, between -10^15 and 10^15'),
                    "target": translate("csv", 'the target "%1" must be a number like 1200, 12.5 or 12,5, between -10^15 and 10^15'),
                }[key]
                return arg(sentence, _shown(value))
            setattr(row, key, number)
    if value := cell("frequency").strip():
        row.frequency = _frequency(value)
        if row.frequency is None:
            return arg(
                translate(
                    "csv",
                    'the frequency "%1" must be a count out of a total, like 3/12 (at most the total), or a percentage from 0 to 100, like 25%',
                ),
                _shown(value),
            )
    for key in ("impact", "effort"):
        if value := cell(key).strip():
            if not _WHOLE.fullmatch(value) or len(value) > 3 or not 1 <= int(value) <= 5:
                sentence = {
                    "impact": translate("csv", 'the impact "%1" must be a whole number from 1 to 5, written with the digits 0 to 9'),
                    "effort": translate("csv", 'the effort "%1" must be a whole number from 1 to 5, written with the digits 0 to 9'),
                }[key]
                return arg(sentence, _shown(value))
            setattr(row, key, int(value))
    if value := cell("status").strip():
        row.status = status_for_name(value)
        if row.status is None:
            return arg(
                translate("csv", 'the status "%1" is unknown; use open, in progress, done or dropped (ouverte, en cours, faite, abandonnée)'),
                _shown(value),
            )
    return ""


def _day(value: str) -> date | None:
    """`2026-03-14`, `14/03/2026` as French spreadsheets show it, or `2026-03-14T00:00:00` as a
    workbook's date cell reads; None for anything else or a day that does not exist."""
    value = value.removesuffix("T00:00:00").removesuffix(" 00:00:00")
    try:
        if match := _ISO_DAY.fullmatch(value):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _FRENCH_DAY.fullmatch(value):
            return date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        pass
    return None


def _frequency(value: str) -> Frequency | None:
    """`3/12` or `25%` (`12,5 %` too), or None when it is neither or does not add up."""
    from pydantic import ValidationError

    try:
        if match := _COUNT_OF.fullmatch(value):
            return Frequency(count=int(match[1]), total=int(match[2]))
        if (match := _PERCENT.fullmatch(value)) and _NUMBER.fullmatch(match[1]):
            return Frequency(percent=float(match[1].replace(",", ".")))
    except ValidationError:
        pass
    return None


def _number(value: float | None, french: bool) -> str:
    """A number as a spreadsheet shows it: 1200, not 1200.0; a decimal comma in French."""
    if value is None:
        return ""
    text = str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return text.replace(".", ",") if french else text


def _split(value: str, keep_empty: bool = False) -> list[str]:
    """A list cell: items separated by |; \\| is a | inside an item and \\\\ a backslash."""
    items, current, i = [], [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and value[i + 1 : i + 2] in ("|", "\\"):
            current.append(value[i + 1])
            i += 2
            continue
        if ch == "|":
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    items.append("".join(current))
    if keep_empty:
        return [] if items == [""] else [item.strip() for item in items]
    seen: list[str] = []
    for item in items:
        item = item.strip()
        if item and item not in seen:
            seen.append(item)
    return seen


def _join(items: list[str]) -> str:
    return "|".join(item.replace("\\", "\\\\").replace("|", "\\|") for item in items)


def plan_rows(project: Project, journey_id: str, rows: list[CardRow]) -> Batch:
    journey = project.journey(journey_id)
    stages = {fold(s.name): s.id for s in journey.stages}
    lanes = {fold(lane.title): lane.id for lane in journey.lanes}
    pain_lanes = {lane.id for lane in journey.lanes if lane.kind is LaneKind.PAIN_POINTS}
    untyped: dict[str, Lane] = {}
    made: list[tuple[CardRow, Card]] = []
    personas = {fold(p.name): p.id for p in project.personas}
    every_persona = list(project.personas)
    journey_personas = list(journey.persona_ids)
    journeys = {fold(j.title): j.id for j in reversed(project.journeys)}
    unknown: list[tuple[int, str]] = []
    edits: list[Edit] = []
    cards: list[Card] = []
    positions: dict[tuple[str, str], int] = {}
    for c in journey.cards:
        key = (c.stage_id, c.lane_id)
        positions[key] = max(positions.get(key, 0), c.position + 1)

    new_stages: list[tuple[Stage, str]] = []
    for row in rows:
        if fold(row.stage) not in stages:
            stage = Stage(name=row.stage, colour=STAGE_COLOURS[len(stages) % len(STAGE_COLOURS)])
            stages[fold(row.stage)] = stage.id
            new_stages.append((stage, row.path))
            edits.append(Insert("stages", len(stages) - 1, stage, journey_id))
        if fold(row.lane) not in lanes:
            lane = Lane(title=row.lane, kind=lane_kind_for_title(row.lane) or LaneKind.NOTES)
            lanes[fold(row.lane)] = lane.id
            if lane.kind is LaneKind.PAIN_POINTS:
                pain_lanes.add(lane.id)
            elif lane_kind_for_title(row.lane) is None:
                untyped[lane.id] = lane
            edits.append(Insert("lanes", len(lanes) - 1, lane, journey_id))
        persona_ids = []
        for name in row.personas:
            if fold(name) not in personas:
                colour = PERSONA_COLOURS[len(personas) % len(PERSONA_COLOURS)]
                persona = Persona(name=name, colour=colour, line_style=free_look(every_persona))
                every_persona.append(persona)
                personas[fold(name)] = persona.id
                edits.append(Insert("personas", len(personas) - 1, persona))
            persona_id = personas[fold(name)]
            persona_ids.append(persona_id)
            if persona_id not in journey_personas:
                journey_personas.append(persona_id)
        if not row.text:
            continue
        cell = (stages[fold(row.stage)], lanes[fold(row.lane)])
        position = positions.get(cell, 0)
        positions[cell] = position + 1
        cards.append(
            Card(
                stage_id=cell[0],
                lane_id=cell[1],
                position=int(position),
                text=str(row.text),
                notes=str(row.notes),
                colour=row.colour,
                persona_ids=list(dict.fromkeys(persona_ids)),
                sentiment=row.sentiment,
                tags=list(row.tags),
                channel=row.channel,
                severity=None if row.severity is None else int(row.severity),
                votes=int(row.votes),
                owner=str(row.owner),
                evidence=[Evidence(text=t, source=s, link=link) for t, s, link in row.evidence],
                confidence=row.confidence,
                value=row.value,
                unit=row.unit,
                target=row.target,
                frequency=row.frequency,
                impact=row.impact,
                effort=row.effort,
                status=row.status,
                goal=row.goal,
                metric_source=row.metric_source,
                measured_on=row.measured_on,
                sub_journey_id=journeys.get(fold(row.sub_journey)) if row.sub_journey else None,
            )
        )
        if row.sub_journey and fold(row.sub_journey) not in journeys:
            unknown.append((row.line, arg(translate("csv", 'the column %1 names the journey "%2", which is not a journey of this map'),
                                          column_title("sub_journey"), _shown(row.sub_journey))))
        made.append((row, cards[-1]))
    if unknown:
        raise CsvError(unknown)
    _link_answers(made, pain_lanes, untyped)
    if any(path for _, path in new_stages):
        edits = _forked(journey, new_stages, edits)
    if journey_personas != journey.persona_ids:
        edits.append(SetFields(Ref("journey", journey_id), {"persona_ids": journey_personas}))
    edits += [Insert("cards", len(journey.cards) + i, card, journey_id) for i, card in enumerate(cards)]
    return Batch(tuple(edits))


def _forked(journey: Journey, new_stages: list[tuple[Stage, str]], edits: list[Edit]) -> list[Edit]:
    """The new stages put in the order their paths give, with the paths and forks they make."""
    last = journey.stages[-1] if journey.stages else None
    ordered, paths, forks = fork_stages(last.id if last is not None and last.path_id is None else None, new_stages)
    start = len(journey.stages)
    kept = [edit for edit in edits if not (isinstance(edit, Insert) and edit.collection == "stages")]
    inserts: list[Edit] = [Insert("stages", start + i, stage, journey.id) for i, stage in enumerate(ordered)]
    if paths:
        kept.append(SetFields(Ref("journey", journey.id), {"paths": [*journey.paths, *paths], "forks": [*journey.forks, *forks]}))
    return inserts + kept


def _link_answers(made: list[tuple[CardRow, Card]], pain_lanes: set[str], untyped: dict[str, Lane]) -> None:
    """Turn each card's answered references into the ids of the cards just made; raises CsvError
    with every answer that names a card outside the pain-point lanes. A lane this import creates
    whose title names no kind ("Frictions") becomes a lane of pain points when cards answer its
    cards: a CSV has no column for a lane's kind, and the answers say what the lane holds."""
    problems = []
    refs = {row.ref: (row, card) for row, card in reversed(made) if row.ref}
    for row, _ in made:
        for ref in row.answers:
            if ref in refs and (lane_id := refs[ref][1].lane_id) in untyped:
                untyped.pop(lane_id).kind = LaneKind.PAIN_POINTS
                pain_lanes.add(lane_id)
    for row, card in made:
        for ref in row.answers:
            if ref not in refs:
                problems.append((row.line, arg(translate("csv", 'the column %1 names "%2", but no card of the file has this reference in the column %3'),
                                               column_title("answers"), _shown(ref), column_title("ref"))))
                continue
            target_row, target = refs[ref]
            if target.lane_id not in pain_lanes:
                problems.append((row.line, arg(translate("csv", 'the column %1 names "%2", the card of line %3, which is not a pain point: its lane "%4" is not a lane of pain points'),
                                               column_title("answers"), _shown(ref), target_row.line, _shown(target_row.lane))))
        card.answers = [refs[ref][1].id for ref in row.answers if ref in refs]
    if problems:
        raise CsvError(problems)


def import_rows(project: Project, journey_id: str, rows: list[CardRow]) -> Edit:
    """Add the rows' cards to a journey, creating missing stages, lanes and personas; one undo step."""
    return perform(project, plan_rows(project, journey_id, rows))


def import_summary(project: Project, journey_id: str, rows: list[CardRow]) -> ImportSummary:
    """What `import_rows` would create in this project, counted before it runs."""
    made = [edit.collection for edit in plan_rows(project, journey_id, rows).edits if isinstance(edit, Insert)]
    return ImportSummary(*(made.count(name) for name in ("stages", "lanes", "personas", "cards")))


def unlinked(rows: list[CardRow]) -> list[CardRow]:
    """The rows without the sub-journeys they name, for a new map that has none of those journeys."""
    return [replace(row, sub_journey="") if row.sub_journey else row for row in rows]


def project_from_rows(rows: list[CardRow], title: str, language: Language = Language.EN) -> Project:
    """A new map of one journey: the sub-journeys a file names are journeys of another map, so
    its cards open none here (imported into that map, they do)."""
    project = Project(title=title, language=language, journeys=[Journey(title=title)])
    import_rows(project, project.journeys[0].id, unlinked(rows))
    return project


def delimiter_for_name(name: str) -> str | None:
    """`comma`, `semicolon`, `tab` (French names too) or the character itself; None if neither."""
    french = {"virgule": ",", "point-virgule": ";", "point virgule": ";", "tabulation": "\t"}
    word = name.strip().casefold()
    if name in DELIMITERS.values():
        return name
    return DELIMITERS.get(word) or french.get(word) or ("\t" if name == "\\t" else None)


def default_delimiter(decimal_point: str | None, language: Language) -> str:
    """What the user's spreadsheet expects: where numbers are written 3,5 the list separator is ;.

    Without a known locale (a bare `C` environment), the map's language is the best hint.
    """
    if decimal_point is None:
        return ";" if language == Language.FR else ","
    return ";" if decimal_point == "," else ","


def export_csv(project: Project, journey_id: str, delimiter: str | None = None) -> str:
    """A journey's cards as CSV text, headers and words in the project's language.

    `delimiter` None follows the project's language (; in French); a cell a spreadsheet would run
    as a formula gets a ' in front (see the module's docstring).
    """
    journey = project.journey(journey_id)
    french = project.language == Language.FR
    delimiter = delimiter or default_delimiter(None, project.language)
    linked = any(card.sub_journey_id for card in journey.cards)  # the column only when a card opens a sub-journey
    keys = [key for key in COLUMNS if (key != "path" or journey.paths) and (key != "sub_journey" or linked)]
    names = {p.id: p.name for p in project.personas}
    titles = {j.id: j.title for j in project.journeys}
    path_names = {path.id: path.name for path in journey.paths}
    stage_paths = {s.id: path_names.get(s.path_id or "", "") for s in journey.stages}
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([HEADER_FR[k] if french else COLUMNS[k][0] for k in keys])
    stage_names = {s.id: s.name for s in journey.stages}
    lane_titles = {lane.id: lane.title for lane in journey.lanes}
    ordered = [c for s in journey.stages for lane in journey.lanes for c in journey.cell_cards(s.id, lane.id)]
    exported = {card.id for card in ordered}
    for stage_id, lane_id in _declarations(journey, ordered):
        path = [stage_paths[stage_id]] if journey.paths else []
        writer.writerow([escape_formula(stage_names[stage_id]), escape_formula(lane_titles[lane_id])] + [""] * (len(keys) - 2 - len(path)) + path)
    for card in ordered:
        sentiment = card.sentiment and (SENTIMENT_FR[card.sentiment] if french else card.sentiment.value)
        channel = card.channel and (CHANNEL_FR[card.channel] if french else card.channel.value)
        confidence = card.confidence and (CONFIDENCE_FR[card.confidence] if french else card.confidence.value)
        cells = [
            stage_names[card.stage_id],
            lane_titles[card.lane_id],
            card.text,
            _join([names.get(p, p) for p in card.persona_ids]),
            sentiment or "",
            _join(card.tags),
            card.notes,
            str(card.votes) if card.votes else "",
            str(card.severity) if card.severity else "",
            channel or "",
            card.owner,
            confidence or "",
            card.colour or "",
            _join([e.text for e in card.evidence]),
            _join([e.source for e in card.evidence]),
            _join([e.link for e in card.evidence]),
            _number(card.value, french),
            card.unit,
            _number(card.target, french),
            card.metric_source,
            card.measured_on.isoformat() if card.measured_on else "",
            _frequency_text(card.frequency, french),
            str(card.impact or ""),
            str(card.effort or ""),
            card.status and STATUS_TITLES[card.status][project.language].lower() or "",
            _join([answer for answer in card.answers if answer in exported]),
            card.goal,
            card.id,
        ] + ([titles.get(card.sub_journey_id or "", "")] if linked else []) + ([stage_paths[card.stage_id]] if journey.paths else [])
        writer.writerow([escape_formula(value) for value in cells])
    return out.getvalue()


def _frequency_text(frequency: Frequency | None, french: bool) -> str:
    if frequency is None or frequency.percent is None:
        return str(frequency or "")
    return _number(frequency.percent, french) + "%"


def _declarations(journey: Journey, ordered: list[Card]) -> list[tuple[str, str]]:
    """Rows without text needed so that importing recreates every stage and lane, in order."""
    stage_order = list(dict.fromkeys(c.stage_id for c in ordered))
    lane_order = list(dict.fromkeys(c.lane_id for c in ordered))
    stages_ok = stage_order == [s.id for s in journey.stages]
    lanes_ok = lane_order == [lane.id for lane in journey.lanes]
    if (stages_ok and lanes_ok) or not journey.stages or not journey.lanes:
        return []
    first_stage, first_lane = journey.stages[0].id, journey.lanes[0].id
    rows = [(first_stage, lane.id) for lane in journey.lanes]
    if not stages_ok:
        rows += [(s.id, first_lane) for s in journey.stages[1:]]
    return rows


def write_csv(project: Project, journey_id: str, path: str | Path, delimiter: str | None = None) -> None:
    """Write atomically, with a BOM so that Excel reads the accents right."""
    from cjdesigner.io.atomic import write_atomic

    text = export_csv(project, journey_id, delimiter)
    write_atomic(Path(path), b"\xef\xbb\xbf" + text.encode("utf-8"), keep_backup=False)
