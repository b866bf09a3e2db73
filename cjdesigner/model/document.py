"""The journey-map document: a project of personas and journeys, each journey a grid of cards.

Every class keeps fields it does not know (`extra="allow"`), so a file written by a later version
survives being opened and saved by this one. Assignments are validated, so an edit can never
store a value a file could not hold.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timezone
from typing import Annotated, Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from cjdesigner.model.vocabulary import (
    BlueprintLine,
    Channel,
    Confidence,
    LaneKind,
    Language,
    Sentiment,
)

Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.:-]{1,64}$")]
Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
Score = Annotated[int, Field(ge=-2, le=2)]
Severity = Annotated[int, Field(ge=1, le=5)]
# How many distinct emotion-line looks (a dash and a marker) personas can have; colours.py draws them.
PERSONA_LOOKS = 16
LineStyle = Annotated[int, Field(strict=True, ge=0, le=PERSONA_LOOKS - 1)]


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
    )

    def unknown_fields(self) -> dict[str, Any]:
        """Fields from a newer cjdesigner that this one keeps but does not understand."""
        return dict(self.__pydantic_extra__ or {})


class Evidence(Element):
    """Where a card's claim comes from: an interview quote, a note, a survey, with an optional link."""

    text: str = Field("", description="The quote or the note itself.")
    source: str = Field("", description="Who or what it comes from, e.g. 'Interview P3, 12 March'.")
    link: str = Field("", description="A URL or file path to the source; empty when none.")


class Persona(Element):
    id: Id = Field(default_factory=lambda: new_id("persona"))
    name: str
    role: str = ""
    colour: Colour = "#1F77B4"
    initials: str = Field("", max_length=3, description="Shown in badges; derived from the name when empty.")
    quote: str = ""
    goals: list[str] = Field(default_factory=list)
    frustrations: list[str] = Field(default_factory=list)
    description: str = ""
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
    name: str
    description: str = ""
    goal: str = ""
    colour: Colour = "#5B7083"


class Lane(Element):
    id: Id = Field(default_factory=lambda: new_id("lane"))
    title: str
    kind: LaneKind = LaneKind.NOTES
    colour: Colour | None = Field(None, description="Overrides the kind's colour when set.")
    hidden: bool = False
    line_below: BlueprintLine | None = Field(None, description="A service blueprint line drawn under this lane.")


class Card(Element):
    id: Id = Field(default_factory=lambda: new_id("card"))
    stage_id: Id
    lane_id: Id
    position: int = Field(0, ge=0, description="Order within its cell, from 0.")
    text: str = ""
    notes: str = ""
    colour: Colour | None = Field(None, description="Overrides the lane's colour when set.")
    persona_ids: list[Id] = Field(default_factory=list)
    sentiment: Sentiment | None = None
    tags: list[str] = Field(default_factory=list)
    channel: Channel | None = None
    severity: Severity | None = None
    votes: int = Field(0, ge=0)
    owner: str = ""
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: Confidence | None = None


class EmotionPoint(Element):
    id: Id = Field(default_factory=lambda: new_id("emotion"))
    stage_id: Id
    persona_id: Id
    score: Score = 0
    label: str = ""


class Journey(Element):
    id: Id = Field(default_factory=lambda: new_id("journey"))
    title: str
    scenario: str = ""
    expectations: str = ""
    persona_ids: list[Id] = Field(default_factory=list)
    stages: list[Stage] = Field(default_factory=list)
    lanes: list[Lane] = Field(default_factory=list)
    cards: list[Card] = Field(default_factory=list)
    emotion_points: list[EmotionPoint] = Field(default_factory=list)

    def stage(self, stage_id: str) -> Stage:
        return _find(self.stages, stage_id, "stage")

    def lane(self, lane_id: str) -> Lane:
        return _find(self.lanes, lane_id, "lane")

    def card(self, card_id: str) -> Card:
        return _find(self.cards, card_id, "card")

    def cell_cards(self, stage_id: str, lane_id: str) -> list[Card]:
        """The cards of one cell, in their order."""
        return sorted(
            (c for c in self.cards if c.stage_id == stage_id and c.lane_id == lane_id),
            key=lambda c: c.position,
        )


class Project(Element):
    title: str = ""
    description: str = ""
    language: Language = Language.EN
    created: AwareDatetime = Field(default_factory=now)
    modified: AwareDatetime = Field(default_factory=now)
    authors: list[str] = Field(default_factory=list)
    personas: list[Persona] = Field(default_factory=list)
    journeys: list[Journey] = Field(min_length=1)

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
