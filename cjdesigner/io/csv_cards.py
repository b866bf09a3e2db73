"""Cards in and out of spreadsheets, because research notes live in them.

One row per card. Headers in English or French, any case; `,` `;` or tab; UTF-8 (BOM or not) or
Windows-1252, which is what Excel in French saves. A row with a stage and a lane but no text
declares them without making a card, so empty stages and lanes survive an export → import.
Nothing is imported while any row is bad: every bad row is reported with its line number.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from cjdesigner.io.errors import CsvError
from cjdesigner.io.cjmap import read_limited
from cjdesigner.model.document import Card, Journey, Lane, Persona, Project, Stage, free_look
from cjdesigner.model.edits import Batch, Edit, Insert, Ref, SetFields, perform
from cjdesigner.model.vocabulary import (
    Channel,
    LaneKind,
    Language,
    Sentiment,
    channel_for_name,
    fold,
    lane_kind_for_title,
    sentiment_for_name,
)
from cjdesigner.io.templates import STAGE_COLOURS

COLUMNS: dict[str, tuple[str, ...]] = {
    "stage": ("stage", "étape", "phase"),
    "lane": ("lane", "couloir", "swimlane"),
    "text": ("text", "texte"),
    "personas": ("personas", "persona"),
    "sentiment": ("sentiment",),
    "tags": ("tags", "étiquettes", "tag"),
    "notes": ("notes", "note"),
    "votes": ("votes",),
    "severity": ("severity", "sévérité", "gravité"),
    "channel": ("channel", "canal"),
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
}
SENTIMENT_FR = {Sentiment.POSITIVE: "positif", Sentiment.NEUTRAL: "neutre", Sentiment.NEGATIVE: "négatif"}
CHANNEL_FR = {
    Channel.WEB: "web",
    Channel.MOBILE_APP: "application mobile",
    Channel.EMAIL: "e-mail",
    Channel.PHONE: "téléphone",
    Channel.CHAT: "chat",
    Channel.SOCIAL: "réseaux sociaux",
    Channel.STORE: "magasin",
    Channel.MAIL: "courrier",
    Channel.OTHER: "autre",
}
PERSONA_COLOURS = ("#D1495B", "#2E86AB", "#EDAE49", "#00798C", "#66A182", "#8E6C8A")


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


def decode_csv(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def detect_delimiter(text: str) -> str:
    """The candidate that splits the header line most often, quotes respected."""
    header = text.lstrip("\n").split("\n", 1)[0]
    best, best_count = ",", 0
    for delimiter in (",", ";", "\t"):
        count = len(next(csv.reader([header], delimiter=delimiter), [])) - 1
        if count > best_count:
            best, best_count = delimiter, count
    return best


def read_card_rows(path: str | Path) -> list[CardRow]:
    """Parse and check a CSV file; raises CsvError (every bad row) or LoadError (unreadable file)."""
    return parse_card_rows(decode_csv(read_limited(path)))


def parse_card_rows(text: str) -> list[CardRow]:
    if "\x00" in text:
        raise CsvError([(1, "this is not a text file (it contains NUL bytes)")])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=detect_delimiter(text))
    try:
        header = next(reader)
    except StopIteration:
        raise CsvError([(1, "the file is empty; it needs a header row with stage, lane and text")]) from None
    except csv.Error as error:
        raise CsvError([(1, f"the header row cannot be read ({error})")]) from None
    columns = _map_header(header)
    rows: list[CardRow] = []
    problems: list[tuple[int, str]] = []
    last_line = reader.line_num
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            problems.append((last_line + 1, f"this row cannot be read ({error})"))
            break
        line, last_line = last_line + 1, reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        row, problem = _check_row(line, cells, columns, len(header))
        if problem:
            problems.append((line, problem))
        elif row:
            rows.append(row)
    if problems:
        raise CsvError(problems)
    return rows


def _map_header(header: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    unknown: list[str] = []
    for index, name in enumerate(header):
        key = next((k for k, names in COLUMNS.items() if fold(name) in {fold(n) for n in names}), None)
        if key is None:
            if name.strip():
                unknown.append(name.strip())
            continue
        if key in columns:
            raise CsvError([(1, f'the header names the column "{key}" twice')])
        columns[key] = index
    missing = [k for k in REQUIRED if k not in columns]
    if missing:
        names = " and ".join(f"{k} ({COLUMNS[k][1]})" for k in missing)
        found = ", ".join(h.strip() for h in header if h.strip()) or "nothing"
        raise CsvError([(1, f"the header row has no column for {names}; it has: {found}")])
    return columns


def _check_row(line: int, cells: list[str], columns: dict[str, int], width: int) -> tuple[CardRow | None, str]:
    if len(cells) > width and any(c.strip() for c in cells[width:]):
        return None, f"this row has {len(cells)} fields but the header has {width}"

    def cell(key: str) -> str:
        index = columns.get(key)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    stage, lane, text = cell("stage"), cell("lane"), cells[columns["text"]] if columns["text"] < len(cells) else ""
    text = text.strip()
    if not stage:
        return None, "the stage is empty"
    if not lane:
        return None, "the lane is empty"
    row = CardRow(line=line, stage=stage, lane=lane, text=text, notes=cell("notes"))
    row.personas = _split(cell("personas"))
    row.tags = _split(cell("tags"))
    if value := cell("sentiment"):
        row.sentiment = sentiment_for_name(value)
        if row.sentiment is None:
            return None, f'the sentiment "{value}" is not positive, neutral or negative (positif, neutre, négatif)'
    if value := cell("channel"):
        row.channel = channel_for_name(value)
        if row.channel is None:
            known = ", ".join(c.value for c in Channel)
            return None, f'the channel "{value}" is unknown; use one of {known}'
    if value := cell("votes"):
        if not value.isdigit():
            return None, f'the votes "{value}" must be a whole number, 0 or more'
        row.votes = int(value)
    if value := cell("severity"):
        if not value.isdigit() or not 1 <= int(value) <= 5:
            return None, f'the severity "{value}" must be a whole number from 1 to 5'
        row.severity = int(value)
    return row, ""


def _split(value: str) -> list[str]:
    seen: list[str] = []
    for part in value.split("|"):
        part = part.strip()
        if part and part not in seen:
            seen.append(part)
    return seen


def import_rows(project: Project, journey_id: str, rows: list[CardRow]) -> Edit:
    """Add the rows' cards to a journey, creating missing stages, lanes and personas; one undo step."""
    journey = project.journey(journey_id)
    stages = {fold(s.name): s.id for s in journey.stages}
    lanes = {fold(lane.title): lane.id for lane in journey.lanes}
    personas = {fold(p.name): p.id for p in project.personas}
    every_persona = list(project.personas)
    journey_personas = list(journey.persona_ids)
    edits: list[Edit] = []
    cards: list[Card] = []
    positions: dict[tuple[str, str], int] = {}
    for c in journey.cards:
        key = (c.stage_id, c.lane_id)
        positions[key] = max(positions.get(key, 0), c.position + 1)

    for row in rows:
        if fold(row.stage) not in stages:
            stage = Stage(name=row.stage, colour=STAGE_COLOURS[len(stages) % len(STAGE_COLOURS)])
            stages[fold(row.stage)] = stage.id
            edits.append(Insert("stages", len(stages) - 1, stage, journey_id))
        if fold(row.lane) not in lanes:
            lane = Lane(title=row.lane, kind=lane_kind_for_title(row.lane) or LaneKind.NOTES)
            lanes[fold(row.lane)] = lane.id
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
                position=position,
                text=row.text,
                notes=row.notes,
                persona_ids=persona_ids,
                sentiment=row.sentiment,
                tags=row.tags,
                votes=row.votes,
                severity=row.severity,
                channel=row.channel,
            )
        )
    if journey_personas != journey.persona_ids:
        edits.append(SetFields(Ref("journey", journey_id), {"persona_ids": journey_personas}))
    edits += [Insert("cards", len(journey.cards) + i, card, journey_id) for i, card in enumerate(cards)]
    return perform(project, Batch(tuple(edits)))


def project_from_rows(rows: list[CardRow], title: str, language: Language = Language.EN) -> Project:
    project = Project(title=title, language=language, journeys=[Journey(title=title)])
    import_rows(project, project.journeys[0].id, rows)
    return project


def export_csv(project: Project, journey_id: str) -> str:
    """A journey's cards as CSV text, headers and words in the project's language."""
    journey = project.journey(journey_id)
    french = project.language == Language.FR
    keys = list(COLUMNS)
    names = {p.id: p.name for p in project.personas}
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";" if french else ",", lineterminator="\r\n")
    writer.writerow([HEADER_FR[k] if french else k for k in keys])
    stage_names = {s.id: s.name for s in journey.stages}
    lane_titles = {lane.id: lane.title for lane in journey.lanes}
    ordered = [c for s in journey.stages for lane in journey.lanes for c in journey.cell_cards(s.id, lane.id)]
    for stage_id, lane_id in _declarations(journey, ordered):
        writer.writerow([stage_names[stage_id], lane_titles[lane_id]] + [""] * (len(keys) - 2))
    for card in ordered:
        sentiment = card.sentiment and (SENTIMENT_FR[card.sentiment] if french else card.sentiment.value)
        channel = card.channel and (CHANNEL_FR[card.channel] if french else card.channel.value)
        writer.writerow(
            [
                stage_names[card.stage_id],
                lane_titles[card.lane_id],
                card.text,
                "|".join(names.get(p, p) for p in card.persona_ids),
                sentiment or "",
                "|".join(card.tags),
                card.notes,
                str(card.votes) if card.votes else "",
                str(card.severity) if card.severity else "",
                channel or "",
            ]
        )
    return out.getvalue()


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


def write_csv(project: Project, journey_id: str, path: str | Path) -> None:
    """Write atomically, with a BOM so that Excel reads the accents right."""
    from cjdesigner.io.atomic import write_atomic

    write_atomic(Path(path), b"\xef\xbb\xbf" + export_csv(project, journey_id).encode("utf-8"), keep_backup=False)
