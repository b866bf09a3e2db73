"""What to print: which journey, and which of its stages, lanes and personas.

The choice is applied by building a trimmed copy of the journey, so the layout, the PDF and the
PNG/SVG images all draw it without knowing a selection exists, and the open document is untouched.
"""

from __future__ import annotations

from dataclasses import dataclass

from cjdesigner.model.document import Fork, Journey, Project, Stage


class SelectionError(ValueError):
    """A selection that names things the map does not have; the message is a sentence."""


@dataclass(frozen=True)
class PrintSelection:
    journey_id: str | None = None
    stage_ids: frozenset[str] | None = None
    lane_ids: frozenset[str] | None = None
    persona_ids: frozenset[str] | None = None

    def journey(self, project: Project) -> Journey:
        if self.journey_id is None:
            return project.journeys[0]
        for journey in project.journeys:
            if journey.id == self.journey_id:
                return journey
        known = ", ".join(f"{j.id} ({j.title})" for j in project.journeys)
        raise SelectionError(f'there is no journey "{self.journey_id}"; the journeys are: {known}')

    def check(self, project: Project) -> None:
        """Raises SelectionError naming an id the journey does not have, with the ones it has,
        or a list of ids that is empty."""
        journey = self.journey(project)
        personas = {p.id: p.name for p in project.personas}
        checks = (
            ("stage", self.stage_ids, [(s.id, s.name) for s in journey.stages]),
            ("lane", self.lane_ids, [(la.id, la.title) for la in journey.lanes]),
            ("persona", self.persona_ids, [(p, personas.get(p, p)) for p in journey.persona_ids]),
        )
        for what, chosen, known in checks:
            unknown = sorted((chosen or set()) - {item_id for item_id, _ in known})
            if unknown:
                names = ", ".join(f"{item_id} ({name})" for item_id, name in known) or "none"
                raise SelectionError(f'the journey "{journey.id}" has no {what} "{unknown[0]}"; its {what}s are: {names}')
            if chosen is not None and not chosen:
                raise SelectionError(f"the list of {what}s to print is empty")


def selected_journey(project: Project, selection: PrintSelection) -> Journey:
    """The journey with only the chosen stages, lanes and personas.

    A card belongs to the print when its stage and lane are chosen and it concerns a chosen persona
    or no persona in particular; its badges show only the chosen personas.
    """
    journey = selection.journey(project)
    stages = [s for s in journey.stages if selection.stage_ids is None or s.id in selection.stage_ids]
    lanes = [la for la in journey.lanes if not la.hidden and (selection.lane_ids is None or la.id in selection.lane_ids)]
    personas = [p for p in journey.persona_ids if selection.persona_ids is None or p in selection.persona_ids]
    stage_ids, lane_ids, persona_set = {s.id for s in stages}, {la.id for la in lanes}, set(personas)
    if selection.persona_ids is None:
        persona_set = {p.id for p in project.personas}

    cards = []
    positions: dict[tuple[str, str], int] = {}
    for card in sorted(journey.cards, key=lambda c: c.position):
        if card.stage_id not in stage_ids or card.lane_id not in lane_ids:
            continue
        kept_personas = [p for p in card.persona_ids if p in persona_set]
        if card.persona_ids and not kept_personas:
            continue
        cell = (card.stage_id, card.lane_id)
        position = positions.get(cell, 0)
        positions[cell] = position + 1
        cards.append(card.model_copy(update={"position": position, "persona_ids": kept_personas}))
    points = [p for p in journey.emotion_points if p.stage_id in stage_ids and p.persona_id in set(personas)]
    return journey.model_copy(
        update={"stages": stages, "lanes": lanes, "persona_ids": personas, "cards": cards, "emotion_points": points, "forks": _shown_forks(journey, stages)}
    )


def _shown_forks(journey: Journey, stages: list[Stage]) -> list[Fork]:
    """The forks without the paths none of whose stages is printed: such a path would take a band
    (or columns) of empty cells, and the print of a few stages would shrink to make room for it."""
    shown = {stage.path_id for stage in stages}
    emptied = {path.id for path in journey.paths if path.id not in shown and any(s.path_id == path.id for s in journey.stages)}
    forks = [fork.model_copy(update={"path_ids": [pid for pid in fork.path_ids if pid not in emptied]}) for fork in journey.forks]
    return [fork for fork in forks if fork.path_ids]
