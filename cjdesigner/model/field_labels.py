"""Fields of a map named for people: the one table of field names the change lines, the conflicts,
the command line's text and the windows all use, in the catalogue's context "change lines"."""

from __future__ import annotations

from collections.abc import Iterable

from cjdesigner.i18n import QT_TRANSLATE_NOOP, Sentence

CONTEXT = "change lines"

FIELD_LABELS: dict[str, str] = {
    "text": QT_TRANSLATE_NOOP("change lines", "text"),
    "notes": QT_TRANSLATE_NOOP("change lines", "notes"),
    "colour": QT_TRANSLATE_NOOP("change lines", "colour"),
    "persona_ids": QT_TRANSLATE_NOOP("change lines", "personas"),
    "sentiment": QT_TRANSLATE_NOOP("change lines", "sentiment"),
    "tags": QT_TRANSLATE_NOOP("change lines", "tags"),
    "channel": QT_TRANSLATE_NOOP("change lines", "channel"),
    "severity": QT_TRANSLATE_NOOP("change lines", "severity"),
    "votes": QT_TRANSLATE_NOOP("change lines", "votes"),
    "owner": QT_TRANSLATE_NOOP("change lines", "owner"),
    "evidence": QT_TRANSLATE_NOOP("change lines", "evidence"),
    "confidence": QT_TRANSLATE_NOOP("change lines", "confidence"),
    "goal": QT_TRANSLATE_NOOP("change lines", "goal"),
    "goals": QT_TRANSLATE_NOOP("change lines", "goals"),
    "paths": QT_TRANSLATE_NOOP("change lines", "paths"),
    "forks": QT_TRANSLATE_NOOP("change lines", "forks"),
    "loops": QT_TRANSLATE_NOOP("change lines", "return arrows"),
    "path_id": QT_TRANSLATE_NOOP("change lines", "path"),
    "value": QT_TRANSLATE_NOOP("change lines", "value"),
    "unit": QT_TRANSLATE_NOOP("change lines", "unit"),
    "target": QT_TRANSLATE_NOOP("change lines", "target"),
    "metric_source": QT_TRANSLATE_NOOP("change lines", "metric source"),
    "measured_on": QT_TRANSLATE_NOOP("change lines", "measurement date"),
    "frequency": QT_TRANSLATE_NOOP("change lines", "frequency"),
    "impact": QT_TRANSLATE_NOOP("change lines", "impact"),
    "effort": QT_TRANSLATE_NOOP("change lines", "effort"),
    "status": QT_TRANSLATE_NOOP("change lines", "status"),
    "answers": QT_TRANSLATE_NOOP("change lines", "links"),
    "name": QT_TRANSLATE_NOOP("change lines", "name"),
    "title": QT_TRANSLATE_NOOP("change lines", "title"),
    "description": QT_TRANSLATE_NOOP("change lines", "description"),
    "role": QT_TRANSLATE_NOOP("change lines", "role"),
    "initials": QT_TRANSLATE_NOOP("change lines", "initials"),
    "quote": QT_TRANSLATE_NOOP("change lines", "quote"),
    "frustrations": QT_TRANSLATE_NOOP("change lines", "frustrations"),
    "line_style": QT_TRANSLATE_NOOP("change lines", "line style"),
    "kind": QT_TRANSLATE_NOOP("change lines", "kind"),
    "hidden": QT_TRANSLATE_NOOP("change lines", "hidden"),
    "line_below": QT_TRANSLATE_NOOP("change lines", "blueprint line"),
    "chart": QT_TRANSLATE_NOOP("change lines", "chart"),
    "score": QT_TRANSLATE_NOOP("change lines", "score"),
    "label": QT_TRANSLATE_NOOP("change lines", "label"),
    "persona_id": QT_TRANSLATE_NOOP("change lines", "persona"),
    "stage_id": QT_TRANSLATE_NOOP("change lines", "stage"),
    "scenario": QT_TRANSLATE_NOOP("change lines", "scenario"),
    "expectations": QT_TRANSLATE_NOOP("change lines", "expectations"),
    "language": QT_TRANSLATE_NOOP("change lines", "language"),
    "authors": QT_TRANSLATE_NOOP("change lines", "authors"),
    "budget": QT_TRANSLATE_NOOP("change lines", "budget"),
    "participants": QT_TRANSLATE_NOOP("change lines", "participants"),
    "revealed": QT_TRANSLATE_NOOP("change lines", "revealed"),
    "ended": QT_TRANSLATE_NOOP("change lines", "ended"),
    "conflicts": QT_TRANSLATE_NOOP("change lines", "merge conflicts"),
    "place": QT_TRANSLATE_NOOP("change lines", "place"),
    "sub_journey_id": QT_TRANSLATE_NOOP("change lines", "sub-journey"),
    "last_review": QT_TRANSLATE_NOOP("change lines", "last review"),
    "next_review": QT_TRANSLATE_NOOP("change lines", "next review"),
    "review_every_months": QT_TRANSLATE_NOOP("change lines", "review every (months)"),
    "path_ids": QT_TRANSLATE_NOOP("change lines", "paths"),
    "join_stage_id": QT_TRANSLATE_NOOP("change lines", "paths meet at"),
    "one_per_card": QT_TRANSLATE_NOOP("change lines", "one dot per card"),
    "naming": QT_TRANSLATE_NOOP("change lines", "participant names"),
    "card_ids": QT_TRANSLATE_NOOP("change lines", "cards"),
}


class Listing(Sentence):
    """Field names joined by commas, each said in the language the line is said in; a field this
    version does not know is named as it is in the file."""

    def __init__(self, names: Iterable[str]) -> None:
        super().__init__(CONTEXT, "", tuple(names))

    def say(self, language: str | None = None) -> str:
        return ", ".join(field_label(name, language) for name in self.values)  # type: ignore[arg-type]


def field_label(name: str, language: str | None = None) -> str:
    """A field's name as a person reads it, in `language` (the interface's when None)."""
    label = FIELD_LABELS.get(name)
    return Sentence(CONTEXT, label).say(language) if label else name
