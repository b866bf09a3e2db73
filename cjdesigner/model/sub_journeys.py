"""Linked sub-journeys: a stage or a card opens another journey of the same project (drill down
from "Delivery" to the detailed delivery journey).

The links make a graph of journeys; its rules (a link names an existing journey other than its
own, makes no cycle, and nests at most `MAX_LEVELS` journeys) are checked here on load and after
every edit that can break them, with a sentence naming the link at fault.
"""

from __future__ import annotations

from dataclasses import dataclass

from cjdesigner.i18n import QT_TRANSLATE_NOOP, Sentence
from cjdesigner.model.document import Card, Journey, Project
from cjdesigner.model.invariants import Problem

MAX_LEVELS = 4  # a journey, its sub-journey, theirs and theirs


@dataclass(frozen=True)
class Link:
    """One stage or card (`kind`, `object_id`) of journey `source` opening journey `target`."""

    source: str
    kind: str
    object_id: str
    target: str


def links_of(journey: Journey) -> list[Link]:
    """The journey's links, its stages' first then its cards', in their order."""
    found = [Link(journey.id, "stage", s.id, s.sub_journey_id) for s in journey.stages if s.sub_journey_id]
    found += [Link(journey.id, "card", c.id, c.sub_journey_id) for c in journey.cards if c.sub_journey_id]
    return found


def children(project: Project) -> dict[str, list[str]]:
    """Each journey's sub-journeys, each once, in the order its links name them."""
    result: dict[str, list[str]] = {}
    for journey in project.journeys:
        kids: list[str] = []
        for link in links_of(journey):
            if link.target not in kids:
                kids.append(link.target)
        result[journey.id] = kids
    return result


def parents(project: Project) -> dict[str, list[str]]:
    """Each journey's parents (the journeys linking to it), in the project's order."""
    result: dict[str, list[str]] = {j.id: [] for j in project.journeys}
    for parent, kids in children(project).items():
        for kid in kids:
            if kid in result:
                result[kid].append(parent)
    return result


def links_to(project: Project, journey_id: str) -> list[Link]:
    """Every link, in any journey, that opens `journey_id`."""
    return [link for journey in project.journeys for link in links_of(journey) if link.target == journey_id]


def trail(project: Project, journey_id: str, came_from: str | None = None) -> list[str]:
    """The journey's breadcrumb, root first: the ids of its first parent, that one's first parent…
    ending with its own. `came_from`, when it is a parent, is followed instead of the first."""
    ups = parents(project)
    path = [journey_id]
    here = journey_id
    while ups.get(here) and len(path) < MAX_LEVELS + 1:
        options = ups[here]
        here = came_from if here == journey_id and came_from in options else options[0]
        if here in path:
            break
        path.append(here)
    return path[::-1]


def check_sub_journeys(project: Project) -> list[Problem]:
    """Problems with the project's links: a journey that does not exist, a journey opening itself,
    a cycle, or more than `MAX_LEVELS` journeys nested."""
    titles = {j.id: j.title for j in project.journeys}
    problems: list[Problem] = []
    for j, journey in enumerate(project.journeys):
        for link in links_of(journey):
            path = _path(journey, j, link)
            if link.target not in titles:
                problems.append(Problem(path, Sentence("messages", QT_TRANSLATE_NOOP(
                    "messages", 'opens sub-journey "%1", which is not a journey of this project'), (link.target,))))
            elif link.target == journey.id:
                problems.append(Problem(path, Sentence("messages", QT_TRANSLATE_NOOP(
                    "messages", 'opens its own journey "%1" as a sub-journey'), (journey.title,))))
    if problems:
        return problems
    kids = children(project)
    depth: dict[str, int] = {}
    for j, journey in enumerate(project.journeys):
        cycle = _cycle(journey.id, kids)
        if cycle:
            names = " › ".join(titles[i] for i in cycle)
            return [Problem(f"journeys[{j}]", Sentence("messages", QT_TRANSLATE_NOOP(
                "messages", "sub-journeys make a loop (%1); a journey cannot open itself, even through others"), (names,)))]
    for j, journey in enumerate(project.journeys):
        levels = _levels(journey.id, kids, depth)
        if levels > MAX_LEVELS:
            return [Problem(f"journeys[{j}]", Sentence("messages", QT_TRANSLATE_NOOP(
                "messages", 'journey "%1" nests %2 journeys deep, itself included; at most %3 are allowed, so that a map of maps stays readable'),
                (journey.title, levels, MAX_LEVELS)))]
    return problems


def check_card_links(project: Project, cards: list[Card]) -> list[Problem]:
    """The links rules, for an edit of cards: checked only when one of them opens a sub-journey."""
    return check_sub_journeys(project) if any(card.sub_journey_id for card in cards) else []


def may_open(project: Project, journey_id: str, target: str) -> bool:
    """Whether a stage or card of `journey_id` may open `target` under the rules: a pasted card keeps
    its link only then, rather than the whole paste being refused."""
    kids = children(project)
    if target == journey_id or target not in kids or journey_id not in kids:
        return False
    if target not in kids[journey_id]:
        kids[journey_id] = [*kids[journey_id], target]
    if _cycle(journey_id, kids):
        return False
    depth: dict[str, int] = {}
    return all(_levels(j, kids, depth) <= MAX_LEVELS for j in kids)


def levels_below(project: Project, journey_id: str) -> int:
    """How many journeys nest from this one down, itself included (1 for a journey opening none)."""
    return _levels(journey_id, children(project), {})


def _path(journey: Journey, j: int, link: Link) -> str:
    if link.kind == "stage":
        index = next(i for i, s in enumerate(journey.stages) if s.id == link.object_id)
        return f"journeys[{j}].stages[{index}].sub_journey_id"
    index = next(i for i, c in enumerate(journey.cards) if c.id == link.object_id)
    return f"journeys[{j}].cards[{index}].sub_journey_id"


def _cycle(start: str, kids: dict[str, list[str]]) -> list[str]:
    """A loop through `start`, as the ids walked (start … start), or [] when there is none."""
    stack: list[tuple[str, list[str]]] = [(start, [start])]
    seen: set[str] = set()
    while stack:
        here, path = stack.pop()
        for kid in kids.get(here, ()):
            if kid == start:
                return [*path, kid]
            if kid not in seen:
                seen.add(kid)
                stack.append((kid, [*path, kid]))
    return []


def _levels(journey_id: str, kids: dict[str, list[str]], memo: dict[str, int]) -> int:
    """Journeys nested from `journey_id` down along the longest chain (the graph has no cycle)."""
    if journey_id not in memo:
        memo[journey_id] = 1 + max((_levels(k, kids, memo) for k in kids.get(journey_id, ()) if k in kids), default=0)
    return memo[journey_id]
