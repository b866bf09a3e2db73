"""A map as plain text, one thing a line, for people reading `git diff` and `git log -p` (git's
text conversion for .cjmap files) and for `cjdesigner show`.

Stages, then their lanes, then the cards of each cell in order; a card's other fields that are set
follow it indented, one a line, so that a change in git's line diff points at one card and one field.
Ids are left out (they are noise to a reader); open merge conflicts are listed at the end.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic_core import to_jsonable_python

from cjdesigner.export.plain_text import readable
from cjdesigner.i18n import arg, spoken_language, translate
from cjdesigner.model.field_labels import field_label
from cjdesigner.model.conflicts import conflict_sentence
from cjdesigner.model.document import Card, Evidence, Frequency, Journey, Project
from cjdesigner.model.vocabulary import CONFIDENCE_TITLES, STATUS_TITLES, Confidence, OpportunityStatus

_CARD_SKIPPED = frozenset({"id", "stage_id", "lane_id", "position", "text", "persona_ids", "answers"})


def map_text(project: Project) -> str:
    """The whole map, in the interface's language."""
    lines = [arg(translate("map text", "Map: %1"), readable(project.title))]
    if project.description:
        lines.append("  " + readable(project.description))
    personas = {p.id: readable(p.name) for p in project.personas}
    for persona in project.personas:
        role = f" — {readable(persona.role)}" if persona.role else ""
        lines.append(arg(translate("map text", "Persona: %1"), personas[persona.id] + role))
    for journey in project.journeys:
        lines += _journey(journey, personas)
    for conflict in project.conflicts:
        lines.append(arg(translate("map text", "Open merge conflict: %1"), conflict_sentence(project, conflict).say()))
    return "\n".join(lines) + "\n"


def _journey(journey: Journey, personas: dict[str, str]) -> list[str]:
    lines = ["", arg(translate("map text", "Journey: %1"), readable(journey.title))]
    texts = {card.id: readable(card.text) for card in journey.cards}
    for stage in journey.stages:
        lines.append("  " + arg(translate("map text", "Stage: %1"), readable(stage.name)))
        for lane in journey.lanes:
            cards = journey.cell_cards(stage.id, lane.id)
            if not cards:
                continue
            lines.append("    " + arg(translate("map text", "Lane: %1"), readable(lane.title)))
            for card in cards:
                lines += _card(card, personas, texts)
        points = [p for p in journey.emotion_points if p.stage_id == stage.id]
        for point in points:
            lines.append("    " + arg(translate("map text", "Emotion of %1: %2"), personas.get(point.persona_id, point.persona_id),
                                      f"{point.score:+d}" + (f" {readable(point.label)}" if point.label else "")))
    return lines


def _card(card: Card, personas: dict[str, str], texts: dict[str, str]) -> list[str]:
    lines = [f"      - {readable(card.text)}"]
    if card.persona_ids:
        lines.append(_field("persona_ids", ", ".join(personas.get(p, p) for p in card.persona_ids)))
    if card.answers:
        lines.append(_field("answers", ", ".join(texts.get(a, a) for a in card.answers)))
    defaults = Card.model_fields
    for name, value in card:
        if name in _CARD_SKIPPED or name in defaults and value == defaults[name].get_default(call_default_factory=True):
            continue
        lines.append(_field(name, _value(value)))
    return lines


def _field(name: str, value: str) -> str:
    """French puts a space before the colon; the catalogue's "%1: %2" knows it."""
    return "          " + arg(translate("map text", "%1: %2"), field_label(name), value)


def _value(value: Any) -> str:
    if isinstance(value, Confidence):
        return CONFIDENCE_TITLES[value][spoken_language()]
    if isinstance(value, OpportunityStatus):
        return STATUS_TITLES[value][spoken_language()]
    if isinstance(value, Frequency):
        return str(value)
    if isinstance(value, list) and value and all(isinstance(item, Evidence) for item in value):
        return "; ".join(readable(e.text) + (f" ({readable(e.source)})" if e.source else "") + (f" <{readable(e.link)}>" if e.link else "")
                         for e in value)
    plain = to_jsonable_python(value)
    if isinstance(plain, str):
        return readable(plain)
    if isinstance(plain, list) and all(isinstance(item, str) for item in plain):
        return ", ".join(readable(item) for item in plain)
    if isinstance(plain, float) and plain.is_integer():
        return str(int(plain))
    return readable(json.dumps(plain, ensure_ascii=False))
