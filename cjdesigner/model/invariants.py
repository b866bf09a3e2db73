"""Rules that span objects (ids, references, card order) and so cannot live on one field.

They are checked when a file is loaded and after every edit (an edit of cards' fields checks only
what it can break, see `check_cards`); each problem names the object and the field so that a
person can find it in the file or in the interface.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from cjdesigner.i18n import QT_TRANSLATE_NOOP, Sentence, arg, tr, translate
from cjdesigner.model.branches import branch_problems
from cjdesigner.model.document import Card, Journey, Project, card_index
from cjdesigner.model.limits import too_many, too_many_in_all
from cjdesigner.model.vocabulary import LaneKind


@dataclass(frozen=True)
class Problem:
    """`message` is a sentence in the interface's language, or a `Sentence` that can be said in either."""

    path: str
    message: str | Sentence

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ModelError(ValueError):
    """An edit or a document breaks a rule of the model; `problems` says which and where."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = problems[0]
        more = len(problems) - 1
        super().__init__(arg(tr("%1 (and %n more problems)", None, more), first) if more else str(first))


_LABELS = {
    "journey": (QT_TRANSLATE_NOOP("messages", 'journey "%1"'), QT_TRANSLATE_NOOP("messages", "journey")),
    "card": (QT_TRANSLATE_NOOP("messages", 'card "%1"'), QT_TRANSLATE_NOOP("messages", "card")),
}


def _label(kind: str, text: str) -> str:
    """The object named by its text, as a whole noun phrase of the interface's language."""
    text = " ".join(text.split())
    if len(text) > 40:
        text = text[:39] + "…"
    named, bare = _LABELS[kind]
    return arg(translate("messages", named), text) if text else translate("messages", bare)


def check_size(project: Project) -> list[Problem]:
    """Edits insert into lists without validation: the limits of a map are checked here too."""
    problems = []
    for name in ("journeys", "personas"):
        sentence = too_many(name, len(getattr(project, name)))
        if sentence:
            problems.append(Problem(name, sentence))
    for j, journey in enumerate(project.journeys):
        for name in ("stages", "lanes", "cards", "emotion_points"):
            sentence = too_many(name, len(getattr(journey, name)))
            if sentence:
                problems.append(Problem(f"journeys[{j}].{name}", sentence))
    sentence = too_many_in_all(sum(len(journey.cards) for journey in project.journeys))
    if sentence:
        problems.append(Problem("journeys", sentence))
    return problems


def check_invariants(project: Project) -> list[Problem]:
    problems: list[Problem] = check_size(project)
    if problems:
        return problems
    seen: dict[str, str] = {}

    def claim(object_id: str, path: str) -> None:
        if object_id in seen:
            problems.append(Problem(f"{path}.id", arg(translate("messages", 'id "%1" is also used by %2'), object_id, seen[object_id])))
        else:
            seen[object_id] = path

    persona_ids = set()
    for i, persona in enumerate(project.personas):
        claim(persona.id, f"personas[{i}]")
        persona_ids.add(persona.id)

    for j, journey in enumerate(project.journeys):
        base = f"journeys[{j}]"
        claim(journey.id, base)
        for i, stage in enumerate(journey.stages):
            claim(stage.id, f"{base}.stages[{i}]")
        for i, lane in enumerate(journey.lanes):
            claim(lane.id, f"{base}.lanes[{i}]")
        for i, card in enumerate(journey.cards):
            claim(card.id, f"{base}.cards[{i}]")
        for i, point in enumerate(journey.emotion_points):
            claim(point.id, f"{base}.emotion_points[{i}]")
        for name in ("paths", "forks", "loops"):
            for i, item in enumerate(getattr(journey, name)):
                claim(item.id, f"{base}.{name}[{i}]")
        problems.extend(_check_journey(journey, base, persona_ids))
        problems.extend(Problem(where, sentence) for where, sentence in branch_problems(journey, base))
    if not problems:
        from cjdesigner.model.sub_journeys import check_sub_journeys  # it words its problems with ours

        problems.extend(check_sub_journeys(project))
    return problems


def _check_journey(journey: Journey, base: str, persona_ids: set[str]) -> list[Problem]:
    problems: list[Problem] = []
    where = _label("journey", journey.title)
    stage_ids = {s.id for s in journey.stages}
    lane_ids = {lane.id for lane in journey.lanes}

    for i, pid in enumerate(journey.persona_ids):
        if pid not in persona_ids:
            problems.append(Problem(f"{base}.persona_ids[{i}]", arg(translate("messages", '%1 refers to persona "%2", which does not exist'), where, pid)))
    for pid, count in Counter(journey.persona_ids).items():
        if count > 1 and pid in persona_ids:
            problems.append(Problem(f"{base}.persona_ids", arg(translate("messages", '%1 lists persona "%2" %3 times'), where, pid, count)))

    cells: dict[tuple[str, str], list[int]] = {}
    for i, card in enumerate(journey.cards):
        stage_id, lane_id, cast = card.stage_id, card.lane_id, card.persona_ids
        cells.setdefault((stage_id, lane_id), []).append(card.position)
        sound = stage_id in stage_ids and lane_id in lane_ids
        if cast and sound:
            sound = persona_ids.issuperset(cast) and len(set(cast)) == len(cast)
        if not sound:
            problems.extend(_card_problems(card, f"{base}.cards[{i}]", where, stage_ids, lane_ids, persona_ids))

    problems.extend(_position_problems(base, cells))
    problems.extend(_link_problems(journey, base, [c for c in journey.cards if c.answers]))

    pairs: set[tuple[str, str]] = set()
    for i, point in enumerate(journey.emotion_points):
        path = f"{base}.emotion_points[{i}]"
        if point.stage_id not in stage_ids:
            problems.append(Problem(f"{path}.stage_id", arg(translate("messages", 'emotion point refers to stage "%1", which is not in %2'), point.stage_id, where)))
        if point.persona_id not in persona_ids:
            problems.append(Problem(f"{path}.persona_id", arg(translate("messages", 'emotion point refers to persona "%1", which does not exist'), point.persona_id)))
        pair = (point.stage_id, point.persona_id)
        if pair in pairs:
            problems.append(Problem(path, arg(translate("messages", 'a second emotion point for stage "%1" and persona "%2"'), point.stage_id, point.persona_id)))
        pairs.add(pair)
    return problems


def _pain_lanes(journey: Journey) -> set[str]:
    return {lane.id for lane in journey.lanes if lane.kind is LaneKind.PAIN_POINTS}


def is_pain_point(journey: Journey, card_id: str, pain_lanes: set[str] | None = None) -> bool:
    """Whether an opportunity may answer this card: a card of the journey's pain-point lanes."""
    try:
        card = journey.card(card_id)
    except KeyError:
        return False
    return card.lane_id in (_pain_lanes(journey) if pain_lanes is None else pain_lanes)


def ids_taken(project: Project, journey: Journey, card_ids: list[str]) -> bool:
    """Whether cards just added under `card_ids` share an id with each other or with any other
    object of the project, read through the card indexes rather than every card."""
    if len(set(card_ids)) != len(card_ids):
        return True
    own = card_index(journey)
    if own.duplicates:
        return True
    others = {p.id for p in project.personas}
    for other in project.journeys:
        others.add(other.id)
        others.update(item.id for name in ("stages", "lanes", "emotion_points") for item in getattr(other, name))
        if other is not journey and any(card_id in card_index(other).by_id for card_id in card_ids):
            return True
    return not others.isdisjoint(card_ids)


def _link_problems(journey: Journey, base: str, linking: list[Card]) -> list[Problem]:
    """Each card of `linking` answers pain points of its own journey, each once. Where a card
    stands in the journey is looked up only to name a problem."""
    if not linking:
        return []
    lanes = _pain_lanes(journey)
    broken = [card for card in linking
              if len(set(card.answers)) != len(card.answers) or not all(is_pain_point(journey, pid, lanes) for pid in card.answers)]
    if not broken:
        return []
    pains = {card.id for card in journey.cards if card.lane_id in lanes}
    index = {id(card): i for i, card in enumerate(journey.cards)}
    problems = []
    for card in sorted(broken, key=lambda c: index.get(id(c), 0)):
        path = f"{base}.cards[{index.get(id(card), 0)}].answers"
        what = _label("card", card.text)
        for k, pid in enumerate(card.answers):
            if pid not in pains:
                problems.append(Problem(f"{path}[{k}]", f'{what} answers "{pid}", which is not a pain point of this journey'))
        if len(set(card.answers)) != len(card.answers):
            problems.append(Problem(path, f"{what} lists the same pain point twice"))
    return problems


def _position_problems(base: str, cells: dict[tuple[str, str], list[int]]) -> list[Problem]:
    problems = []
    for (stage_id, lane_id), positions in cells.items():
        if sorted(positions) != list(range(len(positions))):
            problems.append(
                Problem(
                    f"{base}.cards",
                    arg(translate("messages", 'the cards of stage "%1" and lane "%2" have positions %3; they must be 0 to %4, each once'),
                        stage_id, lane_id, sorted(positions), len(positions) - 1),
                )
            )
    return problems


def _card_problems(card, path: str, where: str, stage_ids: set[str], lane_ids: set[str], persona_ids: set[str]) -> list[Problem]:
    problems = []
    what = _label("card", card.text)
    if card.stage_id not in stage_ids:
        problems.append(Problem(f"{path}.stage_id", arg(translate("messages", '%1 refers to stage "%2", which is not in %3'), what, card.stage_id, where)))
    if card.lane_id not in lane_ids:
        problems.append(Problem(f"{path}.lane_id", arg(translate("messages", '%1 refers to lane "%2", which is not in %3'), what, card.lane_id, where)))
    for k, pid in enumerate(card.persona_ids):
        if pid not in persona_ids:
            problems.append(Problem(f"{path}.persona_ids[{k}]", arg(translate("messages", '%1 refers to persona "%2", which does not exist'), what, pid)))
    if len(set(card.persona_ids)) != len(card.persona_ids):
        problems.append(Problem(f"{path}.persona_ids", arg(translate("messages", "%1 lists the same persona twice"), what)))
    return problems


def check_cards(
    project: Project, journey_id: str, cards: list[Card], cells: set[tuple[str, str]], removed: set[str] = frozenset()  # type: ignore[assignment]
) -> list[Problem]:
    """The rules an edit of some cards can break, checked for those cards only: their stage, lane
    and personas exist, the cards of `cells` (the cells they left or entered) are numbered 0 to n-1,
    their links hold, and no card still answers a card of `removed` (the ids of cards taken away).
    Problems read as `check_invariants` words them, in the same order."""
    if not cards and not cells and not removed:
        return []  # a text, a colour, a severity: each field checks itself on assignment
    problems: list[Problem] = check_size(project) if removed or cards else []
    if problems:
        return problems
    j, journey = next((j, journey) for j, journey in enumerate(project.journeys) if journey.id == journey_id)
    base = f"journeys[{j}]"
    where = _label("journey", journey.title)
    stage_ids = {s.id for s in journey.stages}
    lane_ids = {lane.id for lane in journey.lanes}
    persona_ids = {p.id for p in project.personas}
    unsound = []
    for card in cards:
        cast = card.persona_ids
        sound = card.stage_id in stage_ids and card.lane_id in lane_ids
        if cast and sound:
            sound = persona_ids.issuperset(cast) and len(set(cast)) == len(cast)
        if not sound:
            unsound.append(card)
    if unsound:  # where the cards stand in the journey is looked up only to name a problem
        index = {id(card): i for i, card in enumerate(journey.cards)}
        for card in sorted(unsound, key=lambda c: index[id(c)]):
            problems.extend(_card_problems(card, f"{base}.cards[{index[id(card)]}]", where, stage_ids, lane_ids, persona_ids))
    # The cells are read through the journey's index; only when one is misnumbered is the journey
    # read whole, to name the cells in the order check_invariants does.
    positions = {cell: [card.position for card in journey.cell_cards(*cell)] for cell in cells}
    if _position_problems(base, positions):
        positions = {}
        stages = {cell[0] for cell in cells}
        for card in journey.cards:
            stage_id = card.stage_id
            if stage_id in stages and (stage_id, card.lane_id) in cells:
                positions.setdefault((stage_id, card.lane_id), []).append(card.position)
        problems.extend(_position_problems(base, positions))
    linking = {id(card): card for card in cards if card.answers}
    pain_lanes = _pain_lanes(journey)
    unanswerable = set(removed) | {card.id for card in cards if card.lane_id not in pain_lanes}
    linking.update((id(card), card) for card in journey.answerers(unanswerable))  # they may have lost a pain point
    problems.extend(_link_problems(journey, base, list(linking.values())))
    if not problems:
        from cjdesigner.model.sub_journeys import check_card_links

        problems.extend(check_card_links(project, cards))
    return problems


def ensure_valid(project: Project) -> None:
    problems = check_invariants(project)
    if problems:
        raise ModelError(problems)
