"""Cards on the clipboard: our own JSON for cjdesigner (within and between maps), plain text for the rest."""

from __future__ import annotations

import json

from pydantic import ValidationError
from PySide6.QtCore import QMimeData

from cjdesigner.model.document import Card, Project, new_id
from cjdesigner.model.invariants import ModelError, Problem
from cjdesigner.model.messages import problem_of
from cjdesigner.model.sub_journeys import may_open

CARDS_MIME = "application/x-cjdesigner-cards"


def cards_to_mime(project: Project, cards: list[Card]) -> QMimeData:
    mime = QMimeData()
    names = {p.id: p.name for p in project.personas}
    titles = {j.id: j.title for j in project.journeys}
    payload = [
        {**card.model_dump(mode="json", exclude={"id", "stage_id", "lane_id", "position"}),
         "persona_names": [names.get(pid, "") for pid in card.persona_ids],
         "sub_journey_title": titles.get(card.sub_journey_id or "", "")}
        for card in cards
    ]
    mime.setData(CARDS_MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n".join(card.text for card in cards))
    return mime


def cards_from_mime(project: Project, mime: QMimeData, stage_id: str, lane_id: str, journey_id: str | None = None) -> list[Card]:
    """New cards (fresh ids) for the cell; personas matched by id, else by name, else dropped; a
    card's sub-journey likewise by id, else by title, and dropped when `journey_id` (the journey
    pasted into) may not open it: itself, a loop, or nesting too deep.

    Raises ModelError naming the card and field when a card on the clipboard holds a value no map
    may hold (such as broken text): the paste is refused whole rather than losing cards silently.
    """
    if mime.hasFormat(CARDS_MIME):
        try:
            payload = json.loads(bytes(mime.data(CARDS_MIME).data()).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            payload = []
        ids = {p.id for p in project.personas}
        by_name = {p.name: p.id for p in project.personas}
        journeys = {j.id for j in project.journeys}
        by_title = {j.title: j.id for j in reversed(project.journeys)}
        cards: list[Card] = []
        for number, entry in enumerate(payload if isinstance(payload, list) else [], start=1):
            if not isinstance(entry, dict):
                continue
            names = entry.pop("persona_names", [])
            personas = []
            for index, pid in enumerate(entry.get("persona_ids", [])):
                name = names[index] if index < len(names) else ""
                match = pid if pid in ids else by_name.get(name)
                if match and match not in personas:
                    personas.append(match)
            linked, title = entry.get("sub_journey_id"), entry.pop("sub_journey_title", "")
            if not (isinstance(linked, str) and linked in journeys):
                linked = by_title.get(title) if isinstance(title, str) and title else None
            if linked and journey_id is not None and not may_open(project, journey_id, linked):
                linked = None
            entry.update(id=new_id("card"), stage_id=stage_id, lane_id=lane_id, persona_ids=personas, position=0,
                         sub_journey_id=linked)
            cards.append(_card(entry, f"clipboard card {number}"))
        if cards:
            return cards
    if mime.hasText():
        lines = [line.strip() for line in mime.text().splitlines()]
        return [
            _card({"stage_id": stage_id, "lane_id": lane_id, "text": line}, f"clipboard line {number}")
            for number, line in enumerate(lines, start=1)
            if line
        ]
    return []


def _card(values: dict, where: str) -> Card:
    try:
        return Card.model_validate(values)
    except ValidationError as error:
        path, sentence = problem_of(error)
        raise ModelError([Problem(f"{where}.{path}" if path else where, sentence)]) from None
