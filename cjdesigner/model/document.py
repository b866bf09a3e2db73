"""The journey-map document: a project of personas and journeys, each journey a grid of cards.

Every class keeps fields it does not know (`extra="allow"`), so a file written by a later version
survives being opened and saved by this one. Assignments are validated, so an edit can never
store a value a file could not hold.
"""

from __future__ import annotations

import secrets
import weakref
from collections.abc import Iterable
from datetime import date, datetime, timezone
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
    model_validator,
)
from pydantic_core import PydanticCustomError

from cjdesigner.model.limits import (
    BROKEN_TEXT,
    MAX_CARDS,
    MAX_EMOTION_POINTS,
    MAX_JOURNEYS,
    MAX_LANES,
    MAX_MEASURE,
    MAX_PERSONAS,
    MAX_RESPONDENTS,
    MAX_UNIT_LENGTH,
    MAX_POSITION,
    MAX_STAGES,
    MAX_VOTES,
    is_sound_text,
    unsound_value,
)

from cjdesigner.model.review import MAX_REVIEW_MONTHS, JourneyStatus
from cjdesigner.model.vocabulary import (
    BlueprintLine,
    Channel,
    Confidence,
    LaneChart,
    LaneKind,
    Language,
    OpportunityStatus,
    Sentiment,
)


def _sound_text(value: str) -> str:
    if not is_sound_text(value):
        raise PydanticCustomError("cj_broken_text", BROKEN_TEXT)
    return value


def _written_date(value: Any) -> Any:
    """A date must be written as ISO text: a bare number is not silently taken for a Unix time."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    raise PydanticCustomError(
        "cj_datetime", 'must be a date and time with its time zone in quotes, like "2026-03-14T09:30:00Z"'
    )


def _written_day(value: Any) -> Any:
    """A day is written as ISO text ("2026-03-14"); a time of day or a bare number is refused."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise PydanticCustomError("cj_date", 'must be a date in quotes, like "2026-03-14"')


# Strict types: the file holds exactly what the README promises, and "3", true or 2.0 are refused
# rather than turned into 3, 1 or 2 behind the user's back.
Text = Annotated[str, Strict(), AfterValidator(_sound_text)]
Id = Annotated[str, Strict(), StringConstraints(pattern=r"^[A-Za-z0-9_.:-]{1,64}$")]
Colour = Annotated[str, Strict(), StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
Flag = Annotated[bool, Strict()]
Score = Annotated[int, Strict(), Field(ge=-2, le=2)]
Severity = Annotated[int, Strict(), Field(ge=1, le=5)]
Votes = Annotated[int, Strict(), Field(ge=0, le=MAX_VOTES)]
Position = Annotated[int, Strict(), Field(ge=0, le=MAX_POSITION)]
Rating = Annotated[int, Strict(), Field(ge=1, le=5)]
Measure = Annotated[float, Strict(), Field(ge=-MAX_MEASURE, le=MAX_MEASURE)]
Respondents = Annotated[int, Strict(), Field(ge=0, le=MAX_RESPONDENTS)]
Percent = Annotated[float, Strict(), Field(ge=0, le=100)]
Day = Annotated[date, BeforeValidator(_written_day)]
ReviewMonths = Annotated[int, Strict(), Field(ge=1, le=MAX_REVIEW_MONTHS)]
Moment = Annotated[AwareDatetime, BeforeValidator(_written_date)]
# How many distinct emotion-line looks (a dash and a marker) personas can have; colours.py draws them.
PERSONA_LOOKS = 16
LineStyle = Annotated[int, Strict(), Field(ge=0, le=PERSONA_LOOKS - 1)]


def _no_items(value: Any) -> bool:
    """An empty list a file need not hold: a map without open conflicts is written as before merges existed."""
    return not value


def _unset(value: Any) -> bool:
    """A field left at its default (None, or no text) that a file need not hold."""
    return value is None or value == ""


def new_id(prefix: str) -> str:
    """A short random id; ids are written to the file and never regenerated on load."""
    return f"{prefix}-{secrets.token_hex(5)}"


def now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


class Element(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_assignment=True,
        allow_inf_nan=False,
        populate_by_name=False,
        use_enum_values=False,
        defer_build=True,
    )

    @model_validator(mode="after")
    def _sound_unknown_fields(self) -> Element:
        """Fields we do not know are kept as they are, so they must be something a file can hold."""
        for key, value in (self.__pydantic_extra__ or {}).items():
            problem = unsound_value(value)
            if problem is None and not is_sound_text(key):
                problem = "", "is a field name that is not sound text"
            if problem is not None:
                subpath, message = problem
                raise PydanticCustomError("cj_unknown_field", "{message}", {"message": message, "subpath": key + subpath})
        return self

    def unknown_fields(self) -> dict[str, Any]:
        """Fields from a newer cjdesigner that this one keeps but does not understand."""
        return dict(self.__pydantic_extra__ or {})


class Evidence(Element):
    """Where a card's claim comes from: an interview quote, a note, a survey, with an optional link."""

    text: Text = Field("", description="The quote or the note itself.")
    source: Text = Field("", description="Who or what it comes from, e.g. 'Interview P3, 12 March'.")
    link: Text = Field("", description="A URL or file path to the source; empty when none.")


class Persona(Element):
    id: Id = Field(default_factory=lambda: new_id("persona"))
    name: Text
    role: Text = ""
    colour: Colour = "#1F77B4"
    initials: Text = Field("", max_length=3, description="Shown in badges; derived from the name when empty.")
    quote: Text = ""
    goals: list[Text] = Field(default_factory=list)
    frustrations: list[Text] = Field(default_factory=list)
    description: Text = ""
    line_style: LineStyle | None = Field(
        None, description="The dash and marker of the persona's emotion line; kept when other personas come and go."
    )

    @property
    def badge_initials(self) -> str:
        if self.initials.strip():
            return self.initials.strip()
        words = [w for w in self.name.replace("-", " ").split() if w[:1].isalnum()]
        if not words:
            return "?"
        if len(words) == 1:
            return words[0][:2].capitalize()
        return (words[0][0] + words[-1][0]).upper()


class Stage(Element):
    id: Id = Field(default_factory=lambda: new_id("stage"))
    name: Text
    description: Text = ""
    goals: list[Text] = Field(default_factory=list, description="What the customer, or the business, wants at this stage.")
    colour: Colour = "#5B7083"
    sub_journey_id: Id | None = Field(None, description="A journey of the project this stage opens (drill down).", exclude_if=_unset)
    path_id: Id | None = Field(None, description="The path of a fork this stage is on; none: the journey's main line.")

    @model_validator(mode="before")
    @classmethod
    def _one_goal(cls, data: Any) -> Any:
        """`goal="…"` (one text, as stages had before version 2, or what `goal` gives) is taken as
        its lines, blank ones left out."""
        if isinstance(data, dict) and "goal" in data:
            if not isinstance(data["goal"], str):
                raise PydanticCustomError("cj_goal", 'has a "goal" that is not text; a stage\'s goals are a list of texts')
            data = dict(data)
            goal = data.pop("goal")
            data["goals"] = [*data.get("goals", []), *(line for line in goal.split("\n") if line.strip())]
        return data

    @property
    def goal(self) -> str:
        """The goals one per line, for views and exports that show a single text."""
        return "\n".join(self.goals)


class Lane(Element):
    id: Id = Field(default_factory=lambda: new_id("lane"))
    title: Text
    kind: LaneKind = LaneKind.NOTES
    colour: Colour | None = Field(None, description="Overrides the kind's colour when set.")
    hidden: Flag = False
    line_below: BlueprintLine | None = Field(None, description="A service blueprint line drawn under this lane.")
    chart: LaneChart | None = Field(None, description="Draws the lane's metric cards as bars or as a funnel; none shows cards.")


class Frequency(Element):
    """How often participants met a pain point: `count` out of `total`, or a `percent` of them."""

    count: Respondents | None = None
    total: Respondents | None = None
    percent: Percent | None = None

    @model_validator(mode="after")
    def _one_way(self) -> Frequency:
        if self.percent is not None:
            if self.count is not None or self.total is not None:
                raise PydanticCustomError("cj_frequency", "gives both a percentage and a count; keep one")
        elif self.count is None or self.total is None:
            raise PydanticCustomError("cj_frequency", "needs a count and a total (like 3 of 12), or a percentage")
        elif self.total == 0 or self.count > self.total:
            raise PydanticCustomError(
                "cj_frequency", "counts {count} of {total}; the count must be at most the total, and the total above 0",
                {"count": self.count, "total": self.total},
            )
        return self

    @property
    def fraction(self) -> float:
        """The share of participants, 0 to 1."""
        if self.percent is not None:
            return self.percent / 100
        return (self.count or 0) / (self.total or 1)

    def __str__(self) -> str:
        if self.percent is not None:
            return f"{self.percent:g}%"
        return f"{self.count}/{self.total}"


class Card(Element):
    id: Id = Field(default_factory=lambda: new_id("card"))
    stage_id: Id
    lane_id: Id
    position: Position = Field(0, description="Order within its cell, from 0.")
    text: Text = ""
    notes: Text = ""
    colour: Colour | None = Field(None, description="Overrides the lane's colour when set.")
    persona_ids: list[Id] = Field(default_factory=list)
    sentiment: Sentiment | None = None
    tags: list[Text] = Field(default_factory=list)
    channel: Channel | None = None
    severity: Severity | None = None
    votes: Votes = 0
    owner: Text = ""
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: Confidence | None = None
    goal: Text = Field("", description="The goal this card serves, in words or as a stage's goal.")
    # A metric: a number, what it counts, and where it should be.
    value: Measure | None = Field(None, description="A metric's measured value.")
    unit: Text = Field("", max_length=MAX_UNIT_LENGTH, description="What the value counts: %, €, s, min, count, score…")
    target: Measure | None = Field(None, description="The value the team aims for.")
    metric_source: Text = Field("", description="Where the value comes from, e.g. 'Analytics, March'.")
    measured_on: Day | None = Field(None, description="The day the value was measured.")
    # A pain point: how many of the participants met it.
    frequency: Frequency | None = None
    # An opportunity: what it is worth, what it costs, where it stands, which pain points it answers.
    impact: Rating | None = None
    effort: Rating | None = None
    status: OpportunityStatus | None = Field(None, description="None counts as open.")
    answers: list[Id] = Field(default_factory=list, description="Ids of the pain points of the journey this answers.")
    sub_journey_id: Id | None = Field(None, description="A journey of the project this card opens (drill down).", exclude_if=_unset)


class EmotionPoint(Element):
    id: Id = Field(default_factory=lambda: new_id("emotion"))
    stage_id: Id
    persona_id: Id
    score: Score = 0
    label: Text = ""


# A workshop's dot voting: enough for a day of rounds with a large room, small enough to open fast.
MAX_ROUNDS = 100  # per journey
MAX_PARTICIPANTS = 100  # per round
MAX_BUDGET = 99  # dots per participant
MAX_DOTS = MAX_PARTICIPANTS * MAX_BUDGET  # per round
Budget = Annotated[int, Strict(), Field(ge=1, le=MAX_BUDGET)]


class Vote(Element):
    """One dot a participant put on a card in a voting round; a second dot on the same card is a
    second vote, so the list reads in the order the room voted."""

    participant: Text = Field("", description="Who voted; empty in a round without named participants.")
    card_id: Id


class VotingRound(Element):
    """A dot-voting round of a workshop. Its dots also count in each card's `votes`, so a map
    shows every vote it ever received; the round keeps who voted for what, to rank its cards."""

    id: Id = Field(default_factory=lambda: new_id("round"))
    name: Text = ""
    budget: Budget = Field(3, description="How many dots each participant may place.")
    participants: list[Text] = Field(default_factory=list, max_length=MAX_PARTICIPANTS)
    hidden: Flag = Field(False, description="Counts stay hidden from the room until revealed.")
    revealed: Flag = False
    ended: Flag = False
    votes: list[Vote] = Field(default_factory=list, max_length=MAX_DOTS)
    card_ids: list[Id] = Field(default_factory=list, max_length=MAX_CARDS, description="The cards the round is about; empty for any card.")
    one_per_card: Flag = Field(False, description="A participant may put at most one dot on each card.")
    naming: Literal["optional", "required", "anonymous"] = Field("optional", description="Whether phones give a name, may, or may not.")

    def dots(self, card_id: str, participant: str | None = None) -> int:
        """How many dots the card has in this round (of one participant when given)."""
        return sum(1 for v in self.votes if v.card_id == card_id and (participant is None or v.participant == participant))

    def spent(self, participant: str) -> int:
        return sum(1 for v in self.votes if v.participant == participant)

    def dots_left(self, participant: str) -> int | None:
        """How many more dots the participant may place; None when the round names no participants,
        for then nobody has a budget and anyone may vote without limit."""
        if not self.participants:
            return None
        return max(0, self.budget - self.spent(participant))

    def counts_hidden(self) -> bool:
        """Whether the room is still kept from the counts: a hidden round until it is revealed."""
        return self.hidden and not self.revealed

    def counts(self) -> dict[str, int]:
        """Dots per card id, in the order cards first received one."""
        result: dict[str, int] = {}
        for vote in self.votes:
            result[vote.card_id] = result.get(vote.card_id, 0) + 1
        return result


class Path(Element):
    """One of the alternative ways a journey takes after a fork ("Buy online", "Buy in store")."""

    id: Id = Field(default_factory=lambda: new_id("path"))
    name: Text
    persona_ids: list[Id] = Field(default_factory=list, description="The personas who take this path; none: anyone.")
    colour: Colour | None = None


class Fork(Element):
    """Where the main line splits into paths, and the main-line stage where they meet again."""

    id: Id = Field(default_factory=lambda: new_id("fork"))
    after_stage_id: Id
    join_stage_id: Id | None = Field(None, description="The stage where the paths meet again; none: the paths end the journey.")
    path_ids: list[Id] = Field(default_factory=list, description="The fork's paths, in the order they are drawn.")


class Loop(Element):
    """Going back to an earlier stage ("returns to Consideration"), drawn as a labelled return arrow."""

    id: Id = Field(default_factory=lambda: new_id("loop"))
    from_stage_id: Id
    to_stage_id: Id
    label: Text = ""


def _file_value(value: Any) -> Any:
    """A side's value kept in a conflict must be something a file can hold (JSON, sound text)."""
    problem = unsound_value(value)
    if problem is not None:
        raise PydanticCustomError("cj_conflict_value", "{message}", {"message": problem[1]})
    return value


FileValue = Annotated[Any, AfterValidator(_file_value)]


class MergeConflict(Element):
    """A conflict a merge left open, kept in the map until someone resolves it, with each side's
    value as the file writes it (None where the object was not there). `kind`: "both_changed" (one
    field changed two ways), "edited_and_removed" (one side removed what the other changed),
    "removed_but_used" (one side removed what the other still puts cards or links in).
    `removed_by` ("ours" or "theirs") names the side that removed; `field` is "" for a whole object."""

    id: Id = Field(default_factory=lambda: new_id("conflict"))
    kind: Literal["both_changed", "edited_and_removed", "removed_but_used"]
    object_kind: Literal["project", "persona", "journey", "stage", "lane", "card", "emotion_point"]
    object_id: Text = ""
    journey_id: Text = ""
    field: Text = ""
    removed_by: Literal["", "ours", "theirs"] = ""
    base: FileValue = None
    ours: FileValue = None
    theirs: FileValue = None


class Journey(Element):
    id: Id = Field(default_factory=lambda: new_id("journey"))
    title: Text
    scenario: Text = ""
    expectations: Text = ""
    persona_ids: list[Id] = Field(default_factory=list)
    stages: list[Stage] = Field(default_factory=list, max_length=MAX_STAGES)
    lanes: list[Lane] = Field(default_factory=list, max_length=MAX_LANES)
    cards: list[Card] = Field(default_factory=list, max_length=MAX_CARDS)
    emotion_points: list[EmotionPoint] = Field(default_factory=list, max_length=MAX_EMOTION_POINTS)
    voting_rounds: list[VotingRound] = Field(default_factory=list, max_length=MAX_ROUNDS)
    # Who keeps the map alive, and when it is looked at again (model/review.py). Like the links to
    # sub-journeys, written only when set: a map that uses none saves byte for byte as before.
    owner: Text = Field("", exclude_if=_unset)
    status: JourneyStatus = Field(JourneyStatus.DRAFT, exclude_if=lambda status: status is JourneyStatus.DRAFT)
    last_review: Day | None = Field(None, exclude_if=_unset)
    next_review: Day | None = Field(None, exclude_if=_unset)
    paths: list[Path] = Field(default_factory=list, max_length=MAX_STAGES)
    forks: list[Fork] = Field(default_factory=list, max_length=MAX_STAGES)
    loops: list[Loop] = Field(default_factory=list, max_length=MAX_STAGES)

    def stage(self, stage_id: str) -> Stage:
        return _find(self.stages, stage_id, "stage")

    def lane(self, lane_id: str) -> Lane:
        return _find(self.lanes, lane_id, "lane")

    def card(self, card_id: str) -> Card:
        """The card with this id. A current index that lacks the id is believed: asking for a card
        just removed (a panel looking up what it showed) costs a lookup, not a new index."""
        card = card_index(self).by_id.get(card_id)
        if card is not None and card.id != card_id:
            card = _reindex(self).by_id.get(card_id)
        if card is None:
            raise KeyError(f"no card with id {card_id!r}")
        return card

    def answerers(self, card_ids: set[str]) -> list[Card]:
        """The cards answering any of `card_ids`, found through the index rather than a scan."""
        index = card_index(self)
        found: dict[int, Card] = {}
        for card_id in card_ids:
            found.update(index.answered_by.get(card_id, {}))
        return [card for card in found.values() if not card_ids.isdisjoint(card.answers)]

    def linking_cards(self) -> list[Card]:
        """The cards that answer a pain point, found through the index rather than a scan."""
        found: dict[int, Card] = {}
        for answering in card_index(self).answered_by.values():
            found.update(answering)
        return [card for card in found.values() if card.answers]

    def open_round(self) -> VotingRound | None:
        """The voting round under way: the last one, unless it has ended."""
        last = self.voting_rounds[-1] if self.voting_rounds else None
        return last if last is not None and not last.ended else None

    def cell_cards(self, stage_id: str, lane_id: str) -> list[Card]:
        """The cards of one cell, in their order (cards sharing a position, which only a map
        being repaired has, in the order of the journey's list)."""
        filed = card_index(self).cells.get((stage_id, lane_id), ())
        if any(c.stage_id != stage_id or c.lane_id != lane_id for c in filed):
            filed = _reindex(self).cells.get((stage_id, lane_id), ())
        cell = sorted(filed, key=_position)
        if any(a.position == b.position for a, b in zip(cell, cell[1:])):
            return sorted((c for c in self.cards if c.stage_id == stage_id and c.lane_id == lane_id), key=_position)
        return cell


class Project(Element):
    title: Text = ""
    description: Text = ""
    language: Language = Language.EN
    created: Moment = Field(default_factory=now)
    modified: Moment = Field(default_factory=now)
    authors: list[Text] = Field(default_factory=list)
    personas: list[Persona] = Field(default_factory=list, max_length=MAX_PERSONAS)
    journeys: list[Journey] = Field(min_length=1, max_length=MAX_JOURNEYS)
    review_every_months: ReviewMonths | None = Field(None, description="How often journeys are reviewed; none: no reminder.", exclude_if=_unset)
    conflicts: list[MergeConflict] = Field(default_factory=list, exclude_if=_no_items, description="Conflicts a merge left open, until resolved.")

    @model_validator(mode="after")
    def _give_personas_a_look(self) -> Project:
        """Files written before personas stored their look get one, derived from the persona order,
        and keep it from then on: removing a persona must not restyle the others."""
        looks = derived_looks(self.personas)
        for persona in self.personas:
            if persona.line_style is None:
                persona.line_style = looks[persona.id]
        return self

    def persona(self, persona_id: str) -> Persona:
        return _find(self.personas, persona_id, "persona")

    def journey(self, journey_id: str) -> Journey:
        return _find(self.journeys, journey_id, "journey")


Cell = tuple[str, str]


def _position(card: Card) -> int:
    return card.position


class CardIndex:
    """A journey's cards by id and by cell, so that a lookup costs what it returns rather than a
    scan of every card (a move on a 20,000-card map made dozens of scans).

    The edits of `model/edits.py` keep it in step (`note_card`); any other change of the card list
    (a new list, cards appended or removed) is seen by the list's identity or length and the index
    is built again. A card's cell changed by assigning its fields outside the edits is not seen:
    the map is changed through edits only."""

    __slots__ = ("cards", "count", "by_id", "cells", "answered_by", "duplicates")

    def __init__(self, cards: list[Card]) -> None:
        self.cards = cards
        self.count = len(cards)
        self.by_id: dict[str, Card] = {}
        self.cells: dict[Cell, list[Card]] = {}
        self.answered_by: dict[str, dict[int, Card]] = {}  # a pain point's id → the cards answering it
        for card in cards:
            self.by_id[card.id] = card
            self.cells.setdefault((card.stage_id, card.lane_id), []).append(card)
            self.note_answers(card, (), card.answers)
        self.duplicates = len(self.by_id) < self.count  # only a map being repaired has any

    def note_answers(self, card: Card, old: Iterable[str], new: Iterable[str]) -> None:
        for pain_id in old:
            answering = self.answered_by.get(pain_id)
            if answering is not None:
                answering.pop(id(card), None)
                if not answering:
                    del self.answered_by[pain_id]
        for pain_id in new:
            self.answered_by.setdefault(pain_id, {})[id(card)] = card

    def current(self, journey: Journey) -> bool:
        return self.cards is journey.cards and self.count == len(journey.cards)


# Kept beside the journeys rather than in them: a private attribute would take part in comparing
# and copying models. Keyed by id(journey), with a weak reference to tell a reused id apart.
_INDEXES: dict[int, tuple[weakref.ref, CardIndex]] = {}


def card_index(journey: Journey) -> CardIndex:
    """The journey's card index, built now if it has none or the card list changed behind it."""
    entry = _INDEXES.get(id(journey))
    if entry is not None and entry[0]() is journey and entry[1].current(journey):
        return entry[1]
    return _reindex(journey)


def _reindex(journey: Journey) -> CardIndex:
    key = id(journey)
    index = CardIndex(journey.cards)
    _INDEXES[key] = (weakref.ref(journey, lambda _: _INDEXES.pop(key, None)), index)
    return index


def note_card(journey: Journey, card: Card, old: tuple[str, Cell] | None, new: tuple[str, Cell] | None) -> None:
    """Keep the journey's index in step with one card's change: `old` and `new` are its id and cell
    before and after (None: the card was not there, or is gone). A journey without a current index
    is left to build one when next asked."""
    entry = _INDEXES.get(id(journey))
    if entry is None or entry[0]() is not journey:
        return
    index = entry[1]
    expected = len(journey.cards) + (new is None) - (old is None)
    holder = index.by_id.get(new[0]) if new is not None else None
    clash = holder is not None and holder is not card
    if index.cards is not journey.cards or index.count != expected or clash or (index.duplicates and old is not None):
        del _INDEXES[id(journey)]  # built again when next asked, duplicate ids and all
        return
    if old is None or new is None:
        index.note_answers(card, card.answers if old is not None else (), card.answers if new is not None else ())
    if old is not None:
        if index.by_id.get(old[0]) is card:
            del index.by_id[old[0]]
        filed = index.cells.get(old[1], [])
        for at, other in enumerate(filed):
            if other is card:
                del filed[at]
                break
        if not filed:
            index.cells.pop(old[1], None)
    if new is not None:
        index.by_id[new[0]] = card
        index.cells.setdefault(new[1], []).append(card)
    index.count = len(journey.cards)


def note_answers(journey: Journey, card: Card, old: list[str]) -> None:
    """Keep the journey's index of who answers whom in step with one card's new `answers`."""
    entry = _INDEXES.get(id(journey))
    if entry is not None and entry[0]() is journey and entry[1].current(journey):
        entry[1].note_answers(card, old, card.answers)


def derived_looks(personas: list[Persona]) -> dict[str, int]:
    """Each persona's look: its stored one, or else the first look no earlier persona has."""
    taken = {p.line_style for p in personas if p.line_style is not None}
    looks: dict[str, int] = {}
    for index, persona in enumerate(personas):
        look = persona.line_style
        if look is None:
            look = _first_free(taken, index)
            taken.add(look)
        looks[persona.id] = look
    return looks


def free_look(personas: list[Persona]) -> int:
    """The look for a new persona: the first one the project's personas leave free."""
    looks = derived_looks(personas)
    return _first_free(set(looks.values()), len(looks))


def _first_free(taken: set[int], count: int) -> int:
    """When every look is taken they repeat, in turn."""
    return next((look for look in range(PERSONA_LOOKS) if look not in taken), count % PERSONA_LOOKS)


def _find(items: list, item_id: str, what: str):
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(f"no {what} with id {item_id!r}")
