"""A map as plain text, one thing a line, for people reading `git diff` and `git log -p` (git's
text conversion for .cjmap files) and for `cjdesigner show`.

Everything a person can change in a map is printed, so that no edit goes unseen in git: the map's
and each journey's own fields, personas, paths, forks, lanes, stages with their lanes' cards in
order, emotion points, return arrows, voting rounds, and open merge conflicts with each side's value.
A field that is set follows its object indented, one a line, so a change in git's line diff points
at one object and one field. Ids are left out (noise to a reader): what an id points at is named.
Values read as the CSV and XLSX exports write them, in the interface's language and typography.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import to_jsonable_python

from cjdesigner.export.plain_text import named, readable
from cjdesigner.i18n import QT_TRANSLATE_NOOP, arg, number, spoken_language, translate
from cjdesigner.io.csv_cards import CHANNEL_EN, CHANNEL_FR, CONFIDENCE_FR, SENTIMENT_FR
from cjdesigner.model.conflicts import conflict_sentence
from cjdesigner.model.document import (
    Card, EmotionPoint, Evidence, Frequency, Journey, Lane, MergeConflict, Persona, Project, Stage, VotingRound,
)
from cjdesigner.model.field_labels import field_label
from cjdesigner.model.review import JourneyStatus, status_title
from cjdesigner.model.vocabulary import (
    BLUEPRINT_LINE_TITLES, LANE_TITLES, STATUS_TITLES, BlueprintLine, Channel, Confidence, LaneChart, LaneKind,
    OpportunityStatus, Sentiment,
)

_CONTEXT = "map text"
_CARD_SKIPPED = frozenset({"id", "stage_id", "lane_id", "position", "text"})
_NAMING = {
    "optional": QT_TRANSLATE_NOOP("map text", "names optional"),
    "required": QT_TRANSLATE_NOOP("map text", "names required"),
    "anonymous": QT_TRANSLATE_NOOP("map text", "anonymous"),
}
_WORDS = {
    True: QT_TRANSLATE_NOOP("map text", "yes"), False: QT_TRANSLATE_NOOP("map text", "no"),
    LaneChart.BARS: QT_TRANSLATE_NOOP("map text", "bar chart"), LaneChart.FUNNEL: QT_TRANSLATE_NOOP("map text", "funnel"),
}
# What a conflict's side holds, read back as the object's field (a JSON value in the file).
_CONFLICT_OBJECTS: dict[str, type[BaseModel]] = {
    "project": Project, "persona": Persona, "journey": Journey, "stage": Stage, "lane": Lane, "card": Card,
    "emotion_point": EmotionPoint,
}
_NAME_FIELDS = ("text", "name", "title", "label")


def field_line(name: str, value: str) -> str:
    """`label: value`, with the colon the interface's language sets (French « : » with a narrow space)."""
    return arg(translate("map text", "%1: %2"), field_label(name), value)


class Names:
    """What the ids of one or more maps point at, so that a line names a stage, a path, a persona, a
    card or a journey rather than printing its id."""

    def __init__(self, *projects: Project) -> None:
        self.ids: dict[str, str] = {}
        for project in reversed(projects):
            self.ids.update({p.id: readable(p.name) for p in project.personas})
            for journey in project.journeys:
                self.ids[journey.id] = readable(journey.title)
                self.ids.update({s.id: readable(s.name) for s in journey.stages})
                self.ids.update({la.id: readable(la.title) for la in journey.lanes})
                self.ids.update({p.id: readable(p.name) for p in journey.paths})
                self.ids.update({c.id: readable(c.text) for c in journey.cards})

    def of(self, key: str) -> str:
        return self.ids.get(key, key)


_ONE_A_LINE = frozenset({"goals", "frustrations"})  # sentences, often with commas of their own
_REFERENCES = frozenset({"persona_ids", "answers", "card_ids", "sub_journey_id", "path_id", "path_ids", "after_stage_id",
                         "join_stage_id", "from_stage_id", "to_stage_id", "stage_id", "persona_id", "card_id"})


def value_text(name: str, value: Any, names: Names, language: str | None = None) -> str:
    """A field's value as a reader writes it: enums in words, numbers in the language's way, ids as
    what they name, lists joined by commas."""
    language = language or spoken_language()
    if name == "naming" and value in _NAMING:
        return translate(_CONTEXT, _NAMING[value])
    if name == "place" and isinstance(value, dict):
        return f"{names.of(str(value.get('stage_id')))} / {names.of(str(value.get('lane_id')))}"
    if name in _REFERENCES:
        keys = value if isinstance(value, list) else [value]
        return ", ".join(names.of(str(key)) for key in keys if key is not None)
    if isinstance(value, list):
        if value and all(isinstance(item, Evidence) for item in value):
            return "; ".join(readable(e.text) + (f" ({readable(e.source)})" if e.source else "") + (f" <{readable(e.link)}>" if e.link else "")
                             for e in value)
        if all(isinstance(item, BaseModel) for item in value):
            return ", ".join(_item_name(item, names, language) for item in value)
        return ", ".join(value_text("", item, names, language) for item in value)
    return _plain(value, language)


def _plain(value: Any, language: str) -> str:
    french = language == "fr"
    if isinstance(value, Sentiment):
        return SENTIMENT_FR[value] if french else value.value
    if isinstance(value, Channel):
        return (CHANNEL_FR if french else CHANNEL_EN)[value]
    if isinstance(value, Confidence):
        return CONFIDENCE_FR[value] if french else value.value.replace("_", " ")
    if isinstance(value, OpportunityStatus):
        return STATUS_TITLES[value][language].lower()
    if isinstance(value, LaneKind):
        return LANE_TITLES[value][language]
    if isinstance(value, BlueprintLine):
        return BLUEPRINT_LINE_TITLES[value][language]
    if isinstance(value, JourneyStatus):
        return status_title(value, language)
    if isinstance(value, (bool, LaneChart)):
        return translate(_CONTEXT, _WORDS[value])
    if isinstance(value, (int, float)):
        return number(value, language)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Frequency):
        return str(value) if value.percent is None else number(value.percent, language) + "%"
    plain = to_jsonable_python(value)
    if isinstance(plain, str):
        return readable(plain)
    return readable(json.dumps(plain, ensure_ascii=False))


def _item_name(item: BaseModel, names: Names, language: str) -> str:
    """One path, fork, return arrow or round in a list of them, named in a few words."""
    values = dict(item)
    if isinstance(item, MergeConflict):
        return names.of(item.object_id) + (f" ({field_label(item.field)})" if item.field else "")
    if "from_stage_id" in values and "to_stage_id" in values:
        label = f" ({readable(values.get('label') or '')})" if values.get("label") else ""
        return arg(translate("map text", "from %1 to %2"), names.of(values["from_stage_id"]), names.of(values["to_stage_id"])) + label
    if "after_stage_id" in values:
        paths = value_text("path_ids", values.get("path_ids", []), names, language)
        if values.get("join_stage_id"):
            return arg(translate("map text", "after %1: %2, meeting again at %3"), names.of(values["after_stage_id"]), paths,
                       names.of(values["join_stage_id"]))
        return arg(translate("map text", "after %1: %2"), names.of(values["after_stage_id"]), paths)
    if "card_id" in values:
        voter = readable(values.get("participant") or "")
        return names.of(values["card_id"]) + (f" ({voter})" if voter else "")
    named_by = next((values[k] for k in _NAME_FIELDS if isinstance(values.get(k), str) and values[k].strip()), "")
    return readable(named_by) if named_by else value_text("", values.get("id", ""), names, language)


def fields(obj: BaseModel, names: Names, indent: str, skipped: frozenset[str] = frozenset({"id"})) -> list[str]:
    """The object's fields that are set (not at their default), one a line, fields from a newer
    cjdesigner included."""
    defaults = type(obj).model_fields
    lines = []
    for name, value in obj:
        if name in skipped or value is None or value == "" or value == []:
            continue
        if name in defaults and value == defaults[name].get_default(call_default_factory=True):
            continue
        items = value if name in _ONE_A_LINE and isinstance(value, list) else [value]
        lines += [indent + field_line(name, value_text(name, item, names)) for item in items]
    return lines


def map_text(project: Project) -> str:
    """The whole map, in the interface's language."""
    names = Names(project)
    lines = [arg(translate("map text", "Map: %1"), readable(project.title))]
    if project.description:
        lines.append("  " + readable(project.description))
    lines += fields(project, names, "  ", frozenset({"title", "description", "created", "modified", "personas", "journeys", "conflicts"}))
    for persona in project.personas:
        role = f" — {readable(persona.role)}" if persona.role else ""
        lines.append(arg(translate("map text", "Persona: %1"), readable(persona.name) + role))
        lines += fields(persona, names, "  ", frozenset({"id", "name", "role", "line_style"}))
    for journey in project.journeys:
        lines += _journey(journey, names)
    for conflict in project.conflicts:
        lines.append(arg(translate("map text", "Open merge conflict: %1"), conflict_sentence(project, conflict).say()))
        lines += side_lines(conflict, names, "  ")
    return "\n".join(lines) + "\n"


def _journey(journey: Journey, names: Names) -> list[str]:
    lines = ["", arg(translate("map text", "Journey: %1"), readable(journey.title))]
    lines += fields(journey, names, "  ", frozenset({"id", "title", "stages", "lanes", "cards", "emotion_points", "voting_rounds",
                                                    "paths", "forks", "loops"}))
    for path in journey.paths:
        lines.append("  " + arg(translate("map text", "Path: %1"), readable(path.name)))
        lines += fields(path, names, "    ", frozenset({"id", "name"}))
    for fork in journey.forks:
        lines.append("  " + arg(translate("map text", "Fork after %1"), named([names.of(fork.after_stage_id)])))
        lines += fields(fork, names, "    ", frozenset({"id", "after_stage_id"}))
    for loop in journey.loops:
        lines.append("  " + arg(translate("map text", "Return arrow from %1 to %2"), named([names.of(loop.from_stage_id)]), named([names.of(loop.to_stage_id)])))
        lines += fields(loop, names, "    ", frozenset({"id", "from_stage_id", "to_stage_id"}))
    for lane in journey.lanes:
        lines.append("  " + arg(translate("map text", "Lane: %1"), readable(lane.title)))
        lines += fields(lane, names, "    ", frozenset({"id", "title"}))
    for stage in journey.stages:
        lines.append("  " + arg(translate("map text", "Stage: %1"), readable(stage.name)))
        lines += fields(stage, names, "    ", frozenset({"id", "name"}))
        for lane in journey.lanes:
            cards = journey.cell_cards(stage.id, lane.id)
            if not cards:
                continue
            lines.append("    " + arg(translate("map text", "Lane: %1"), readable(lane.title)))
            for card in cards:
                lines.append(f"      - {readable(card.text)}")
                lines += fields(card, names, "          ", _CARD_SKIPPED)
        for point in (p for p in journey.emotion_points if p.stage_id == stage.id):
            lines.append("    " + arg(translate("map text", "Emotion of %1: %2"), names.of(point.persona_id),
                                       f"{point.score:+d}" + (f" {readable(point.label)}" if point.label else "")))
            lines += fields(point, names, "      ", frozenset({"id", "stage_id", "persona_id", "score", "label"}))
    for voting in journey.voting_rounds:
        lines += _round(voting, names)
    return lines


def _round(voting: VotingRound, names: Names) -> list[str]:
    lines = ["  " + arg(translate("map text", "Voting round: %1"), readable(voting.name) or translate("map text", "(no name)"))]
    lines += fields(voting, names, "    ", frozenset({"id", "name", "votes"}))
    for card_id, count in voting.counts().items():
        voters = list(dict.fromkeys(readable(v.participant) for v in voting.votes if v.card_id == card_id and v.participant))
        lines.append("      - " + arg(translate("map text", "%1: %2"), names.of(card_id), number(count)) + (f" ({', '.join(voters)})" if voters else ""))
    return lines


# --- merge conflicts --------------------------------------------------------------------------

_SIDES = {
    "base": QT_TRANSLATE_NOOP("map text", "base"),
    "ours": QT_TRANSLATE_NOOP("map text", "mine"),
    "theirs": QT_TRANSLATE_NOOP("map text", "theirs"),
}


def side_lines(conflict: MergeConflict, names: Names, indent: str, limit: int | None = None) -> list[str]:
    """Each side of an open conflict, one a line: the common base, mine and theirs."""
    lines = []
    for side, word in _SIDES.items():
        text = side_text(conflict, getattr(conflict, side), names)
        if limit is not None and len(text) > limit:
            text = text[: limit - 1] + "…"
        lines.append(indent + arg(translate("map text", "%1: %2"), translate(_CONTEXT, word), text))
    return lines


def side_text(conflict: MergeConflict, value: Any, names: Names) -> str:
    """One side's value as `show` prints the field; "(not there)" where the object was not."""
    if value is None:
        return translate("map text", "(not there)")
    model = _CONFLICT_OBJECTS.get(conflict.object_kind)
    if isinstance(value, dict) and conflict.field != "place":
        named_by = next((value[k] for k in _NAME_FIELDS if isinstance(value.get(k), str) and value[k].strip()), "")
        return readable(named_by) if named_by else readable(json.dumps(value, ensure_ascii=False))
    if model is not None and conflict.field in model.model_fields:
        try:
            value = TypeAdapter(model.model_fields[conflict.field].annotation).validate_python(value)
        except ValidationError:
            pass
    return value_text(conflict.field, value, names) or "—"
