"""The project overview: every journey of a project as a map of maps — a box per journey with its
owner, status and reviews (a mark when a review is due), laid out as the hierarchy its links make,
with a connector from each journey to each sub-journey it opens.

A description below Qt: the overview dock paints it on screen and the PDF paints it as the
project's first page, the same boxes, words and lines. Its words follow the map's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from cjdesigner.i18n import QT_TRANSLATE_NOOP, arg, in_language, map_words, tr
from cjdesigner.layout.grid import Rect
from cjdesigner.layout.metrics import ASCENT, bold_measure, measure
from cjdesigner.layout.sub_journey_marks import MARK
from cjdesigner.layout.theme import TextLine
from cjdesigner.model.diff import Diff
from cjdesigner.model.document import Project
from cjdesigner.model.review import JOURNEY_STATUS_TITLES, JourneyStatus, is_due, next_review
from cjdesigner.model.sub_journeys import children, links_of
from cjdesigner.textfit import elide

BOX_W, BOX_H = 236.0, 104.0
COLUMN_GAP, ROW_GAP = 64.0, 22.0
MARGIN = 12.0
PAD = 9.0
TITLE_SIZE, TEXT_SIZE, SMALL_SIZE = 11.5, 8.5, 7.5
INK, MUTED, PAPER, LINE = "#1F2933", "#52606D", "#FFFFFF", "#7B8794"
DUE = "#B3261E"  # the review-due mark and border: a red that reads on white and in grey print
STATUS_COLOURS = {  # (fill, ink) of the status chip
    JourneyStatus.DRAFT: ("#E4E7EB", "#323F4B"),
    JourneyStatus.VALIDATED: ("#C6F0D5", "#0B5130"),
    JourneyStatus.OUTDATED: ("#FFE3B3", "#7A4100"),
    JourneyStatus.ARCHIVED: ("#CBD2D9", "#3E4C59"),
}

WORDS = map_words("overview", {
    "owner": QT_TRANSLATE_NOOP("overview", "Owner: {name}"),
    "no_owner": QT_TRANSLATE_NOOP("overview", "No owner"),
    "last": QT_TRANSLATE_NOOP("overview", "Last review: {day}"),
    "next": QT_TRANSLATE_NOOP("overview", "Next: {day}"),
    "never": QT_TRANSLATE_NOOP("overview", "Never reviewed"),
    "no_next": QT_TRANSLATE_NOOP("overview", "Next: not planned"),
    "due": QT_TRANSLATE_NOOP("overview", "⚠ Review due"),
    "from": QT_TRANSLATE_NOOP("overview", "from {place}"),
    "no_interval": QT_TRANSLATE_NOOP("overview", "No review interval is set."),
})
COUNT = "%n journeys, %1 due for review on %2."
EVERY = "Journeys are reviewed every %n months."


def _plural_sources() -> None:  # never called: lupdate reads a plural source only from a tr call
    tr("%n journeys, %1 due for review on %2.", None, 0)
    tr("Journeys are reviewed every %n months.", None, 0)
STATUS_WORDS = map_words("journey status", JOURNEY_STATUS_TITLES)


@dataclass(frozen=True)
class OverviewBox:
    journey_id: str
    rect: Rect
    border: str
    border_width: float
    lines: tuple[TextLine, ...]
    chip: Rect  # the status, behind its word
    chip_fill: str
    due: bool
    level: int  # 0 for a journey no other opens
    words: tuple[str, ...] = ()  # the lines' texts whole, before eliding: what a screen reader and a tooltip say


@dataclass(frozen=True)
class Connector:
    """A line from a journey to a sub-journey it opens, as points (right angles), ending in an arrow."""

    points: tuple[tuple[float, float], ...]
    colour: str
    width: float


@dataclass(frozen=True)
class OverviewDrawing:
    width: float
    height: float
    boxes: tuple[OverviewBox, ...]
    connectors: tuple[Connector, ...]
    summary: tuple[TextLine, ...]  # what the page says under its heading

    def box(self, journey_id: str) -> OverviewBox | None:
        return next((b for b in self.boxes if b.journey_id == journey_id), None)

    def box_at(self, x: float, y: float) -> OverviewBox | None:
        return next((b for b in self.boxes if b.rect.x <= x <= b.rect.x + b.rect.w and b.rect.y <= y <= b.rect.y + b.rect.h), None)


def may_change_overview(diff: object, opens: Callable[[str], bool] = lambda card_id: False) -> bool:
    """Whether an edit can change the overview (and the links it draws), which reads every journey's
    links: typing on a card that opens nothing does not make it walk the whole project again.
    `opens(card_id)` tells whether a card opens a sub-journey (its text names the link)."""
    if not isinstance(diff, Diff):
        return True
    cards = diff.cards
    return bool(diff.journeys or diff.stages or diff.project or cards.added or cards.removed
                or any("sub_journey_id" in fields or ("text" in fields and opens(card_id)) for card_id, fields in cards.changed.items()))


def levels(project: Project) -> dict[str, int]:
    """Each journey's column: 0 for those no journey opens, else one more than its deepest parent."""
    kids = children(project)
    level = {j.id: 0 for j in project.journeys}
    for _ in range(len(level)):  # the links make no cycle (a rule of the model): this settles
        changed = False
        for parent, under in kids.items():
            for kid in under:
                if kid in level and level[kid] < level[parent] + 1:
                    level[kid], changed = level[parent] + 1, True
        if not changed:
            break
    return level


def overview_drawing(project: Project, today: date) -> OverviewDrawing:
    language = project.language
    kids = children(project)
    level = levels(project)
    rows: dict[str, float] = {}
    next_row = [0]

    def place(journey_id: str) -> float:
        """A tidy tree: leaves take the next rows, a parent sits level with the middle of its own."""
        under = [k for k in kids.get(journey_id, []) if k not in rows and k in level and level[k] == level[journey_id] + 1]
        rows[journey_id] = -1.0  # placed: a journey reached twice sits where it was reached first
        placed = [place(k) for k in under if rows.get(k) is None]
        rows[journey_id] = (placed[0] + placed[-1]) / 2 if placed else float(next_row[0])
        if not placed:
            next_row[0] += 1
        return rows[journey_id]

    for journey in project.journeys:
        if level[journey.id] == 0 and journey.id not in rows:
            place(journey.id)
    for journey in project.journeys:  # defensive: anything a rule let through still shows
        if journey.id not in rows:
            place(journey.id)
    origin = _origin(project)
    boxes = []
    for journey in project.journeys:
        x = MARGIN + level[journey.id] * (BOX_W + COLUMN_GAP)
        y = MARGIN + rows[journey.id] * (BOX_H + ROW_GAP)
        boxes.append(_box(project, journey.id, Rect(x, y, BOX_W, BOX_H), level[journey.id], origin.get(journey.id, ""), today))
    by_id = {b.journey_id: b for b in boxes}
    connectors = []
    for parent, under in kids.items():
        for kid in under:
            if parent in by_id and kid in by_id:
                connectors.append(_connector(by_id[parent].rect, by_id[kid].rect))
    width = max((b.rect.x + b.rect.w for b in boxes), default=0.0) + MARGIN
    height = max((b.rect.y + b.rect.h for b in boxes), default=0.0) + MARGIN
    due = sum(1 for b in boxes if b.due)
    months = project.review_every_months
    said = [arg(in_language(language.value, "", COUNT, len(boxes)), due, today.isoformat()),
            in_language(language.value, "", EVERY, months) if months else WORDS["no_interval"][language]]
    summary = tuple(TextLine(text, 0.0, (i + 1) * 13.0, 9.0, False, MUTED) for i, text in enumerate(said))
    return OverviewDrawing(width, height, tuple(boxes), tuple(connectors), summary)


def _origin(project: Project) -> dict[str, str]:
    """What opens each sub-journey first: the name of its parent's stage or the text of its card."""
    found: dict[str, str] = {}
    for journey in project.journeys:
        for link in links_of(journey):
            if link.target not in found:
                if link.kind == "stage":
                    found[link.target] = journey.stage(link.object_id).name
                else:
                    found[link.target] = " ".join(journey.card(link.object_id).text.split())
    return found


def _box(project: Project, journey_id: str, rect: Rect, level: int, origin: str, today: date) -> OverviewBox:
    language = project.language
    journey = project.journey(journey_id)
    months = project.review_every_months
    due = is_due(journey, today, months)
    x, y, w = rect.x + PAD, rect.y + PAD, rect.w - 2 * PAD
    lines = [TextLine(elide(journey.title or "—", w, TITLE_SIZE, bold_measure), x, y + ASCENT * TITLE_SIZE, TITLE_SIZE, True, INK)]
    words = [journey.title or "—"]
    line_y = y + ASCENT * TITLE_SIZE + 14.0
    if origin:
        text = WORDS["from"][language].format(place=f"{MARK} {origin}")
        words.append(text)
        lines.append(TextLine(elide(text, w, SMALL_SIZE, measure), x, line_y, SMALL_SIZE, False, MUTED))
    line_y += 13.0
    owner = WORDS["owner"][language].format(name=journey.owner) if journey.owner else WORDS["no_owner"][language]
    words.append(owner)
    lines.append(TextLine(elide(owner, w, TEXT_SIZE, measure), x, line_y, TEXT_SIZE, False, INK if journey.owner else MUTED))
    line_y += 13.0
    last = WORDS["last"][language].format(day=journey.last_review.isoformat()) if journey.last_review else WORDS["never"][language]
    when = next_review(journey, months)
    upcoming = WORDS["next"][language].format(day=when.isoformat()) if when else WORDS["no_next"][language]
    lines.append(TextLine(elide(f"{last} · {upcoming}", w, TEXT_SIZE, measure), x, line_y, TEXT_SIZE, False, INK))
    words.append(f"{last} · {upcoming}")
    status = STATUS_WORDS[journey.status][language]
    fill, ink = STATUS_COLOURS[journey.status]
    chip_y = rect.y + rect.h - PAD - 14.0
    chip = Rect(x, chip_y, bold_measure(status, SMALL_SIZE) + 10.0, 14.0)
    lines.append(TextLine(status, x + 5.0, chip_y + 10.0, SMALL_SIZE, True, ink))
    if due:
        mark = WORDS["due"][language]
        lines.append(TextLine(mark, rect.x + rect.w - PAD - bold_measure(mark, TEXT_SIZE), chip_y + 10.5, TEXT_SIZE, True, DUE))
    words += [line.text for line in lines[len(words):]]  # the status and the due mark, never elided
    return OverviewBox(journey_id, rect, DUE if due else LINE, 2.0 if due else 1.0, tuple(lines), chip, fill, due, level, tuple(words))


def _connector(parent: Rect, child: Rect) -> Connector:
    start = (parent.x + parent.w, parent.y + parent.h / 2)
    end = (child.x, child.y + child.h / 2)
    bend = start[0] + COLUMN_GAP / 2
    return Connector((start, (bend, start[1]), (bend, end[1]), end), LINE, 1.2)


def arrow_head(connector: Connector, size: float = 6.0) -> tuple[tuple[float, float], ...]:
    """The triangle at a connector's end, pointing into the sub-journey's box."""
    x, y = connector.points[-1]
    return ((x, y), (x - size, y - size / 2), (x - size, y + size / 2))
