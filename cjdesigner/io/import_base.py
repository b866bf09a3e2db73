"""What every importer shares: the result of an import, the builder of a new map, and the checks
that a file is what its extension says and not a zip bomb. The importers of each format build on
this module; `io/importers.py` picks one by extension."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from cjdesigner.colours import PERSONA_COLOURS
from cjdesigner.i18n import arg, translate
from cjdesigner.io.errors import LoadError
from cjdesigner.layout.charts import format_number
from cjdesigner.io.templates import STAGE_COLOURS
from cjdesigner.model.document import Card, EmotionPoint, Journey, Lane, Persona, Project, Stage, free_look
from cjdesigner.model.invariants import ModelError, ensure_valid
from cjdesigner.model.messages import explain
from cjdesigner.model.vocabulary import LANE_TITLES, Language, LaneKind, fold

MAX_TEXT_BYTES = 8 * 1024 * 1024  # a Mermaid or YAML map of 100,000 cards is a few MiB
MAX_ZIP_BYTES = 64 * 1024 * 1024
MAX_ZIP_UNPACKED = 256 * 1024 * 1024
MAX_ZIP_ENTRIES = 5_000
MAX_ZIP_RATIO = 200  # XML compresses well, but not 1,000 to 1: that is a zip bomb

# extension → (format name, reader's key)

@dataclass
class Imported:
    """A new project of one journey made from a file, and what could not be carried over."""

    project: Project
    warnings: list[str] = field(default_factory=list)

    @property
    def journey(self) -> Journey:
        return self.project.journeys[0]

    def sentence(self, personas: int | None = None) -> str:
        """What the import made, counted over every journey ("… in 3 journeys" when several);
        `personas` the ones it added to an open project, when not all of the file's were new."""
        from cjdesigner.i18n import tr
        from cjdesigner.io.csv_cards import ImportSummary

        journeys = self.project.journeys
        summary = ImportSummary(
            sum(len(j.stages) for j in journeys), sum(len(j.lanes) for j in journeys),
            len(self.project.personas) if personas is None else personas, sum(len(j.cards) for j in journeys),
        ).sentence()
        if len(journeys) == 1:
            return summary
        return arg(translate("importers", "%1 in %2"), summary, tr("%n journey(s)", None, len(journeys)))


def what_it_is(head: bytes) -> str | None:
    """What the first bytes of a file say it holds, in words; None when they look like plain text."""
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return translate("importers", "a zipped file (such as an Excel workbook or a PowerPoint file)")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return translate("importers", "an old-style Office file (.xls, .doc or .ppt); save it again as .xlsx or CSV")
    if head.startswith(b"%PDF"):
        return translate("importers", "a PDF document")
    if head.startswith(b"\x89PNG"):
        return translate("importers", "a PNG image")
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{") and b'"cjdesigner"' in head:
        return translate("importers", "a cjdesigner map; open it instead of importing it")
    if stripped.startswith((b"{", b"[")):
        return translate("importers", "a JSON document")
    if b"\x00" in head[:4096] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return translate("importers", "binary data, not text")
    return None


JOURNEY_FORMATS = frozenset({"mermaid", "markdown", "html", "rst"})


def refuse_mismatch(head: bytes, expected: str, kind: str = "") -> None:
    """A text format whose bytes say otherwise is refused with what they look like; `kind` is the
    reader's key (never its translated name), so the check means the same in every language."""
    found = what_it_is(head)
    if found is None and kind not in JOURNEY_FORMATS and _mermaid_journey(head):
        found = translate("importers", "a Mermaid journey; give it the extension .mmd")
    if found is not None:
        raise LoadError(arg(translate("importers", "this file's extension says it is %1, but it holds %2"), expected, found))


def _mermaid_journey(head: bytes) -> bool:
    """The first line that is not blank, a comment or front matter starts a Mermaid journey."""
    lines = head.lstrip(b"\xef\xbb\xbf").decode("utf-8", "replace").splitlines()
    in_front_matter = bool(lines) and lines[0].strip() == "---"
    for line in lines[1:] if in_front_matter else lines:
        text = line.strip()
        if in_front_matter:
            in_front_matter = text != "---"
            continue
        if text and not text.startswith("%%"):
            return text.split()[0].lower() == "journey"
    return False


def read_text_file(path: Path, expected: str, kind: str = "") -> str:
    """A text file's contents (UTF-8, a BOM allowed), checked to be text and bounded in size."""
    from cjdesigner.io.files import read_limited

    data = read_limited(path, MAX_TEXT_BYTES)
    refuse_mismatch(data[:8192], expected, kind)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise LoadError(arg(translate("importers", "this line is not UTF-8 text (byte 0x%1); save the file again as UTF-8"), f"{data[error.start]:02X}"), line=line) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_zip(path: Path, expected: str) -> None:
    """Refuse a zip that would unpack to far more than it weighs, or to too much, before a library opens it."""
    from cjdesigner.io.files import open_regular

    with open_regular(path) as stream:
        head = stream.read(8)
        size = stream.seek(0, 2)
    if size > MAX_ZIP_BYTES:
        raise LoadError(arg(translate("importers", "the file is %1 MiB; cjdesigner imports workbooks up to %2 MiB"), format_number(size / 2**20, decimals=0), MAX_ZIP_BYTES // 2**20))
    if not head.startswith(b"PK"):
        found = what_it_is(head) or translate("importers", "text, not a workbook")
        raise LoadError(arg(translate("importers", "this file's extension says it is %1, but it holds %2"), expected, found))
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ZIP_ENTRIES:
                raise LoadError(arg(translate("importers", "this workbook holds %1 parts; a real one holds a few dozen, so it is refused"), format_number(len(entries))))
            total = 0
            for entry in entries:
                total += entry.file_size
                ratio = entry.file_size / max(entry.compress_size, 1)
                if entry.file_size > 1024 * 1024 and ratio > MAX_ZIP_RATIO:
                    raise LoadError(
                        arg(translate("importers", "the part %1 of this workbook would unpack %2 times larger than it is stored "
                                      "(a zip bomb); it is refused"), entry.filename[:60], format_number(ratio, decimals=0))
                    )
            if total > MAX_ZIP_UNPACKED:
                raise LoadError(
                    arg(translate("importers", "this workbook would unpack to %1 MiB; cjdesigner reads workbooks up to %2 MiB unpacked"),
                        format_number(total / 2**20, decimals=0), MAX_ZIP_UNPACKED // 2**20)
                )
            for entry in entries:
                if entry.filename.endswith((".xml", ".rels", ".vml")):
                    with archive.open(entry) as part:
                        start = part.read(4096)
                    if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
                        raise LoadError(arg(translate("importers", "the part %1 of this workbook declares XML entities, which a real one never does; it is refused"), entry.filename[:60]))
    except zipfile.BadZipFile:
        raise LoadError(arg(translate("importers", "this file's extension says it is %1, but it is a damaged or incomplete zip file"), expected)) from None
    except (OSError, RuntimeError, NotImplementedError) as error:
        raise LoadError(arg(translate("importers", "this file cannot be read (%1)"), str(error)[:80] or "?")) from None


class MapBuilder:
    """Builds the one journey of an imported map: stages in order, lanes by kind, personas once by name."""

    def __init__(self, title: str, language: Language) -> None:
        self.language = language
        self.project = Project(title=title, language=language, journeys=[Journey(title=title)])
        self.journey = self.project.journeys[0]
        self._lanes: dict[str, str] = {}
        self._personas: dict[str, str] = {}
        self._positions: dict[tuple[str, str], int] = {}

    def next_journey(self, title: str) -> None:
        """Further stages, lanes and cards go into a new journey of the same project; personas stay
        shared by name, so the actor "Me" of three diagrams is one persona."""
        self.journey = Journey(title=title)
        self.project.journeys.append(self.journey)
        self._lanes = {}
        self._positions = {}

    def stage(self, name: str) -> str:
        stage = Stage(name=name, colour=STAGE_COLOURS[len(self.journey.stages) % len(STAGE_COLOURS)])
        self.journey.stages.append(stage)
        return stage.id

    def lane(self, kind: LaneKind, title: str | None = None) -> str:
        """The lane of this kind (or, with a title, of this title), created the first time."""
        key = f"{kind.value}:{fold(title) if title else ''}"
        if key not in self._lanes:
            lane = Lane(title=title or LANE_TITLES[kind][self.language], kind=kind)
            self.journey.lanes.append(lane)
            self._lanes[key] = lane.id
        return self._lanes[key]

    def persona(self, name: str, **fields: object) -> str:
        key = fold(name)
        if key not in self._personas:
            colour = PERSONA_COLOURS[len(self._personas) % len(PERSONA_COLOURS)]
            persona = Persona(name=name, colour=colour, line_style=free_look(self.project.personas), **fields)  # type: ignore[arg-type]
            self.project.personas.append(persona)
            self._personas[key] = persona.id
        if self._personas[key] not in self.journey.persona_ids:
            self.journey.persona_ids.append(self._personas[key])
        return self._personas[key]

    def card(self, stage_id: str, lane_id: str, text: str, **fields: object) -> Card:
        cell = (stage_id, lane_id)
        position = self._positions.get(cell, 0)
        self._positions[cell] = position + 1
        card = Card(stage_id=stage_id, lane_id=lane_id, position=position, text=text, **fields)  # type: ignore[arg-type]
        self.journey.cards.append(card)
        return card

    def emotion(self, stage_id: str, persona_id: str, score: int, label: str = "") -> None:
        self.lane(LaneKind.EMOTIONS)
        self.journey.emotion_points.append(EmotionPoint(stage_id=stage_id, persona_id=persona_id, score=score, label=label))

    def finish(self) -> Project:
        """The project, checked against every rule and limit a saved map obeys."""
        try:
            project = Project.model_validate(self.project.model_dump())
            ensure_valid(project)
        except ModelError as error:
            raise LoadError(arg(translate("importers", "the file cannot make a map: %1"), error)) from None
        except ValidationError as error:
            raise LoadError(arg(translate("importers", "the file cannot make a map: %1"), explain(error))) from None
        return project


def round_half_away(value: float) -> int:
    """−1.5 → −2 and 1.5 → 2, as people round, not Python's banker's rounding."""
    whole = int(abs(value) + 0.5)
    return whole if value >= 0 else -whole
