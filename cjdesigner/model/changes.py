"""Every edit a user can make, as a pure function from (map, intent) to a `Change` or a `Refusal`.

Below Qt, so a phone's vote, a merge or a restored version gets the same value the window does;
`app/verbs.py` only wraps these for the open document (its journey, its undo stack). A change is
made to the map it is given; a refusal leaves that map as it was. New objects (a card, a stage)
come in with the intent, ids and all, so the caller knows them; the `Diff` names the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from cjdesigner.i18n import Sentence
from cjdesigner.model import branch_edits as B
from cjdesigner.model import edits as E
from cjdesigner.model.branches import path_at
from cjdesigner.model.change import Change, Refusal, make
from cjdesigner.model.conflicts import settling, settling_removed
from cjdesigner.model.document import MAX_PARTICIPANTS, Card, Fork, Journey, Lane, Loop, Path, Persona, Project, Stage, Vote, VotingRound
from cjdesigner.model.invariants import ModelError, Problem
from cjdesigner.model.vocabulary import LANE_TITLES, LaneKind

Outcome = Change | Refusal
Name = Sentence | str  # a name the window has already said in its language is kept as it is
JOURNEY_KINDS = frozenset({"stage", "lane", "card", "emotion_point"})


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> Sentence:
    """A sentence of the empty context, kept to be said later in a language asked then (lupdate
    files a module function's tr() under "")."""
    return Sentence("", text, (), n)


def _with(sentence: Sentence, *values: object) -> Sentence:
    return Sentence(sentence.context, sentence.text, values, sentence.n)


# --- fields ---------------------------------------------------------------------------------


def set_fields(project: Project, journey_id: str, kind: str, object_id: str | None, name: Name | None = None, /, **values: Any) -> Outcome:
    """Change fields of one object; `name` names the change when the caller knows better."""
    ref = E.Ref(kind, object_id, journey_id if kind in JOURNEY_KINDS else None)  # type: ignore[arg-type]
    return make(project, name or _with(tr("Change %1"), ", ".join(values)),
                lambda p: settling(p, ref, values, E.set_fields.plan(p, ref, **values)))


RENAMES = {"stage": tr("Rename stage"), "lane": tr("Rename lane"), "persona": tr("Rename persona"), "journey": tr("Rename journey")}


def rename(project: Project, journey_id: str, kind: str, object_id: str, name: str) -> Outcome:
    field = {"lane": "title", "journey": "title"}.get(kind, "name")
    return set_fields(project, journey_id, kind, object_id, RENAMES.get(kind, tr("Rename")), **{field: name})


# --- cards ------------------------------------------------------------------------------------


def add_card(project: Project, journey_id: str, card: Card, position: int | None = None) -> Outcome:
    return make(project, tr("Add card"), lambda p: E.add_card.plan(p, journey_id, card, position))


def add_cards(project: Project, journey_id: str, cards: list[Card], name: Name | None = None) -> Outcome:
    return make(project, name or tr("Add %n cards", None, len(cards)), lambda p: E.add_cards.plan(p, journey_id, cards))


def paste_cards(project: Project, journey_id: str, cards: list[Card]) -> Outcome:
    return add_cards(project, journey_id, cards, (tr("Paste card") if len(cards) == 1 else tr("Paste %n cards", None, len(cards))))


def duplicate_cards(project: Project, journey_id: str, card_ids: list[str], copy_ids: list[str]) -> Outcome:
    name = (tr("Duplicate card") if len(card_ids) == 1 else tr("Duplicate %n cards", None, len(card_ids)))
    return make(project, name, lambda p: E.duplicate_cards.plan(p, journey_id, card_ids, copy_ids))


def move_cards(project: Project, journey_id: str, card_ids: list[str], stage_id: str, lane_id: str, position: int) -> Outcome:
    name = (tr("Move card") if len(card_ids) == 1 else tr("Move %n cards", None, len(card_ids)))
    return make(project, name, lambda p: E.move_cards.plan(p, journey_id, card_ids, stage_id, lane_id, position))


def delete_cards(project: Project, journey_id: str, card_ids: list[str], name: Name | None = None) -> Outcome:
    name = name or (tr("Delete card") if len(card_ids) == 1 else tr("Delete %n cards", None, len(card_ids)))
    return make(project, name, lambda p: settling_removed(p, "card", card_ids, E.remove_cards.plan(p, journey_id, card_ids)))


def add_persona_badge(project: Project, journey_id: str, persona_id: str, card_ids: list[str]) -> Outcome:
    return make(project, tr("Add persona badge"), lambda p: E.add_persona_to_cards.plan(p, journey_id, card_ids, persona_id))


def capture_card(project: Project, journey_id: str, card: Card, new_lane: Lane | None = None) -> Outcome:
    """A card typed during a workshop, at the end of its cell; with `new_lane` (the parking lot the
    journey lacks) added first, in the same change."""

    def plan(p: Project) -> E.Edit:
        if new_lane is None:
            return E.add_card.plan(p, journey_id, card)
        journey = p.journey(journey_id)
        return E.Batch((E.Insert("lanes", len(journey.lanes), new_lane, journey_id), E.Insert("cards", len(journey.cards), card, journey_id)))

    return make(project, tr("Capture card"), plan)


def parking_lot(project: Project, journey_id: str) -> tuple[str, Lane | None]:
    """The lane a captured card goes to: the journey's parking lot, or a new one to add with it."""
    journey = project.journey(journey_id)
    found = next((lane.id for lane in journey.lanes if lane.kind is LaneKind.PARKING_LOT), None)
    if found is not None:
        return found, None
    lane = Lane(title=LANE_TITLES[LaneKind.PARKING_LOT][project.language], kind=LaneKind.PARKING_LOT)
    return lane.id, lane


# --- stages and lanes ---------------------------------------------------------------------------


def add_stage(project: Project, journey_id: str, stage: Stage, index: int | None = None) -> Outcome:
    """A stage added among a path's stages is on that path; one added last, after paths that end
    the journey, is where they meet again."""
    if index is not None and stage.path_id is None:
        stage = stage.model_copy(update={"path_id": path_at(project.journey(journey_id), index)})
    elif index is None and stage.path_id is None:
        journey = project.journey(journey_id)
        open_fork = next((f for f in journey.forks if f.join_stage_id is None), None)
        if open_fork is not None and journey.stages and journey.stages[-1].path_id in open_fork.path_ids:
            forks = [f.model_copy(update={"join_stage_id": stage.id}) if f is open_fork else f for f in journey.forks]
            return make(project, tr("Add stage"), lambda p: E.Batch((E.add_stage.plan(p, journey_id, stage, None), E.SetFields(E.Ref("journey", journey_id), {"forks": forks}))))
    return make(project, tr("Add stage"), lambda p: E.add_stage.plan(p, journey_id, stage, index))


def add_lane(project: Project, journey_id: str, lane: Lane, index: int | None = None) -> Outcome:
    return make(project, tr("Add lane"), lambda p: E.add_lane.plan(p, journey_id, lane, index))


def remove_stage(project: Project, journey_id: str, stage_id: str) -> Outcome:
    return make(project, tr("Delete stage"), lambda p: settling_removed(p, "stage", [stage_id], E.remove_stage.plan(p, journey_id, stage_id), journey_id))


def remove_lane(project: Project, journey_id: str, lane_id: str) -> Outcome:
    return make(project, tr("Delete lane"), lambda p: settling_removed(p, "lane", [lane_id], E.remove_lane.plan(p, journey_id, lane_id), journey_id))


def move_stage(project: Project, journey_id: str, stage_id: str, index: int) -> Outcome:
    return make(project, tr("Move stage"), lambda p: E.move_stage.plan(p, journey_id, stage_id, index))


def move_lane(project: Project, journey_id: str, lane_id: str, index: int) -> Outcome:
    return make(project, tr("Move lane"), lambda p: E.move_lane.plan(p, journey_id, lane_id, index))


def duplicate_stage(project: Project, journey_id: str, stage_id: str) -> Outcome:
    return make(project, tr("Duplicate stage"), lambda p: E.plan_duplicate_stage(p, journey_id, stage_id)[0])


def duplicate_lane(project: Project, journey_id: str, lane_id: str) -> Outcome:
    return make(project, tr("Duplicate lane"), lambda p: E.plan_duplicate_lane(p, journey_id, lane_id)[0])


def show_lanes(project: Project, journey_id: str, lane_ids: Iterable[str]) -> Outcome:
    edits = tuple(E.SetFields(E.Ref("lane", lane_id, journey_id), {"hidden": False}) for lane_id in lane_ids)
    return make(project, tr("Show hidden lanes"), lambda p: E.Batch(edits))


# --- branches: forks, paths and return arrows ---------------------------------------------------


def fork_after(project: Project, journey_id: str, fork: Fork, paths: list[Path], new_stages: list[Stage]) -> Outcome:
    """Fork after a stage into `paths`; the stages up to the join go on the first, `new_stages` on the others."""
    return make(project, tr("Fork after stage"), lambda p: B.fork_after.plan(p, journey_id, fork, paths, new_stages))


def add_path(project: Project, journey_id: str, fork_id: str, path: Path, new_stages: list[Stage]) -> Outcome:
    return make(project, tr("Add path"), lambda p: B.add_path.plan(p, journey_id, fork_id, path, new_stages))


def rename_path(project: Project, journey_id: str, path_id: str, name: str) -> Outcome:
    return make(project, tr("Rename path"), lambda p: B.set_path.plan(p, journey_id, path_id, name=name))


def set_path_personas(project: Project, journey_id: str, path_id: str, persona_ids: list[str]) -> Outcome:
    return make(project, tr("Change the personas of a path"), lambda p: B.set_path.plan(p, journey_id, path_id, persona_ids=persona_ids))


def remove_path(project: Project, journey_id: str, path_id: str) -> Outcome:
    return make(project, tr("Delete path"), lambda p: B.remove_path.plan(p, journey_id, path_id))


def move_stage_to_path(project: Project, journey_id: str, stage_id: str, path_id: str | None) -> Outcome:
    """Onto a path (last on it), or back onto the main line when `path_id` is None."""
    return make(project, tr("Move stage to path"), lambda p: B.move_stage_to_path.plan(p, journey_id, stage_id, path_id))


def add_loop(project: Project, journey_id: str, loop: Loop) -> Outcome:
    return make(project, tr("Add return arrow"), lambda p: B.add_loop.plan(p, journey_id, loop))


def remove_loop(project: Project, journey_id: str, loop_id: str) -> Outcome:
    return make(project, tr("Delete return arrow"), lambda p: B.remove_loop.plan(p, journey_id, loop_id))


# --- emotions -------------------------------------------------------------------------------------


def emotion_point_id(project: Project, journey_id: str, stage_id: str, persona_id: str) -> str:
    points = project.journey(journey_id).emotion_points
    return next((p.id for p in points if p.stage_id == stage_id and p.persona_id == persona_id), "")


def set_emotion(project: Project, journey_id: str, stage_id: str, persona_id: str, score: int) -> Outcome:
    """Place or move a persona's emotion at a stage."""
    name = tr("Move emotion point") if emotion_point_id(project, journey_id, stage_id, persona_id) else tr("Place emotion point")
    return make(project, name, lambda p: E.set_emotion.plan(p, journey_id, stage_id, persona_id, score))


def remove_emotion_point(project: Project, journey_id: str, point_id: str) -> Outcome:
    return make(project, tr("Delete emotion point"), lambda p: E.remove_emotion_point.plan(p, journey_id, point_id))


# --- personas and journeys ---------------------------------------------------------------------------


def add_persona(project: Project, persona: Persona, journey_id: str | None = None) -> Outcome:
    return make(project, tr("Add persona"), lambda p: E.add_persona.plan(p, persona, journey_id=journey_id))


def remove_persona(project: Project, persona_id: str) -> Outcome:
    return make(project, tr("Remove persona"), lambda p: settling_removed(p, "persona", [persona_id], E.remove_persona.plan(p, persona_id)))


def add_journey(project: Project, journey: Journey) -> Outcome:
    return make(project, tr("Add journey"), lambda p: E.add_journey.plan(p, journey))


def duplicate_journey(project: Project, journey_id: str, title: str | None = None) -> Outcome:
    """A copy of a journey; its id is the one the change's diff names among the journeys added."""
    return make(project, tr("Duplicate journey"), lambda p: E.plan_duplicate_journey(p, journey_id, title)[0])


def remove_journey(project: Project, journey_id: str) -> Outcome:
    return make(project, tr("Delete journey"), lambda p: settling_removed(p, "journey", [journey_id], E.remove_journey.plan(p, journey_id)))


def import_journeys(project: Project, journeys: list[Journey], personas: list[Persona]) -> Outcome:
    """An imported map's journeys, with the personas they bring that the map lacks, as one change."""
    name = (tr("Import journey") if len(journeys) == 1 else tr("Import %n journeys", None, len(journeys)))

    def plan(p: Project) -> E.Edit:
        edits: list[E.Edit] = [E.Insert("personas", len(p.personas) + i, persona) for i, persona in enumerate(personas)]
        edits += [E.Insert("journeys", len(p.journeys) + i, journey) for i, journey in enumerate(journeys)]
        return E.Batch(tuple(edits))

    return make(project, name, plan)


def replace_project(project: Project, replacement: Project, name: Name | None = None) -> Outcome:
    """The whole map becomes `replacement` (an earlier version, recovered edits)."""
    return make(project, name or tr("Restore version"), lambda p: E.ReplaceProject(replacement))


# --- sub-journeys and reviews ----------------------------------------------------------------------


def link_sub_journey(project: Project, journey_id: str, kind: str, object_id: str, target_id: str | None) -> Outcome:
    """A stage or a card opens journey `target_id` (None: opens none); the model refuses a link to
    a journey that is not there, to its own, a loop, or nesting too deep."""
    name = tr("Link sub-journey") if target_id else tr("Unlink sub-journey")
    return set_fields(project, journey_id, kind, object_id, name, sub_journey_id=target_id)


REVIEW_NAMES = {
    "owner": tr("Change owner"),
    "status": tr("Change status"),
    "last_review": tr("Change last review date"),
    "next_review": tr("Change next review date"),
}


def set_review(project: Project, journey_id: str, field: str, value: Any) -> Outcome:
    """One of a journey's owner, status, last or next review date."""
    return set_fields(project, journey_id, "journey", journey_id, REVIEW_NAMES[field], **{field: value})


def set_review_interval(project: Project, months: int | None) -> Outcome:
    """How often the project's journeys are reviewed (None: no reminder)."""
    return set_fields(project, "", "project", None, tr("Change review interval"), review_every_months=months)


# --- workshops: dot voting -------------------------------------------------------------------------


def _refuse(sentence: Sentence) -> ModelError:
    return ModelError([Problem("voting_rounds", sentence)])


def _round_edit(journey: Journey, change: Callable[[VotingRound], None]) -> E.Edit:
    """Sets the journey's rounds to a copy whose open round `change` has changed."""
    rounds = [r.model_copy(deep=True) for r in journey.voting_rounds]
    if not rounds or rounds[-1].ended:
        raise _refuse(tr("no voting round is under way"))
    change(rounds[-1])
    return E.SetFields(E.Ref("journey", journey.id), {"voting_rounds": rounds})


def start_voting_round(project: Project, journey_id: str, voting_round: VotingRound) -> Outcome:
    """A new round; the one under way, if any, ends with it."""

    def plan(p: Project) -> E.Edit:
        rounds = [r.model_copy(deep=True) for r in p.journey(journey_id).voting_rounds]
        if rounds and not rounds[-1].ended:
            rounds[-1].ended = rounds[-1].revealed = True
        return E.SetFields(E.Ref("journey", journey_id), {"voting_rounds": [*rounds, voting_round]})

    return make(project, tr("Start voting round"), plan)


def add_vote(project: Project, journey_id: str, card_id: str, participant: str = "") -> Outcome:
    """One more dot on a card: in the round under way (within the participant's budget), or else
    straight onto the card's votes. Either way the card's total counts it."""

    def plan(p: Project) -> E.Edit:
        journey = p.journey(journey_id)
        card = journey.card(card_id)
        edits: list[E.Edit] = [E.SetFields(E.Ref("card", card_id, journey_id), {"votes": card.votes + 1})]
        voting_round = journey.open_round()
        if voting_round is not None:
            if voting_round.participants and participant not in voting_round.participants:
                raise _refuse(_with(tr("%1 is not a participant of this round"), participant or "?"))
            if voting_round.dots_left(participant) == 0:
                raise _refuse(_with(tr("%1 has no dots left"), participant))
            if voting_round.card_ids and card_id not in voting_round.card_ids:
                raise _refuse(tr("this card is not part of the voting round"))
            if voting_round.one_per_card and voting_round.dots(card_id, participant):
                raise _refuse(_with(tr("%1 already has a dot on this card"), participant or "?"))
            edits.append(_round_edit(journey, lambda r: r.votes.append(Vote(participant=participant, card_id=card_id))))
        return E.Batch(tuple(edits))

    return make(project, tr("Add dot vote"), plan)


def remove_vote(project: Project, journey_id: str, card_id: str, participant: str = "") -> Outcome:
    """Takes back a dot: the participant's last on this card in the round under way, or else one of
    the card's votes. An empty change when there is none to take back."""

    def plan(p: Project) -> E.Edit:
        journey = p.journey(journey_id)
        card = journey.card(card_id)
        voting_round = journey.open_round()
        edits: list[E.Edit] = []
        if voting_round is not None:
            mine = [i for i, v in enumerate(voting_round.votes) if v.card_id == card_id and v.participant == participant]
            if mine:
                edits.append(_round_edit(journey, lambda r: r.votes.pop(mine[-1])))
        elif card.votes:
            edits.append(E.SetFields(E.Ref("card", card_id, journey_id), {"votes": card.votes - 1}))
        if edits and voting_round is not None:
            edits.append(E.SetFields(E.Ref("card", card_id, journey_id), {"votes": max(0, card.votes - 1)}))
        return E.Batch(tuple(edits))

    return make(project, tr("Remove dot vote"), plan)


def reveal_voting_round(project: Project, journey_id: str) -> Outcome:
    def reveal(r: VotingRound) -> None:
        r.revealed = True

    return make(project, tr("Reveal votes"), lambda p: _round_edit(p.journey(journey_id), reveal))


def end_voting_round(project: Project, journey_id: str) -> Outcome:
    """Ends the round under way; its counts are shown from then on."""

    def end(r: VotingRound) -> None:
        r.ended = r.revealed = True

    return make(project, tr("End voting round"), lambda p: _round_edit(p.journey(journey_id), end))


def join_voting_round(project: Project, journey_id: str, participant: str) -> Outcome:
    """A participant joins the round under way (a phone giving its name); refused when the round
    is full or the name is taken, for a dot must always say whose it is."""

    def join(r: VotingRound) -> None:
        if participant in r.participants:
            raise _refuse(_with(tr("%1 has already joined this round"), participant))
        if len(r.participants) >= MAX_PARTICIPANTS:
            raise _refuse(tr("this voting round is full"))
        r.participants.append(participant)

    return make(project, tr("Join voting round"), lambda p: _round_edit(p.journey(journey_id), join))


def record_voting_round(project: Project, journey_id: str, voting_round: VotingRound) -> Outcome:
    """A round voted elsewhere (on phones) lands in the map as one step: the round, ended, and its
    dots added to each card's votes, as if voted here. The round under way, if any, ends with it;
    dots on cards removed meanwhile are dropped."""

    def plan(p: Project) -> E.Edit:
        journey = p.journey(journey_id)
        present = {card.id: card.votes for card in journey.cards}
        finished = voting_round.model_copy(deep=True)
        finished.votes = [v for v in finished.votes if v.card_id in present]
        finished.ended = True
        rounds = [r.model_copy(deep=True) for r in journey.voting_rounds]
        if rounds and not rounds[-1].ended:
            rounds[-1].ended = rounds[-1].revealed = True
        edits: list[E.Edit] = [E.SetFields(E.Ref("journey", journey_id), {"voting_rounds": [*rounds, finished]})]
        for card_id, count in finished.counts().items():
            edits.append(E.SetFields(E.Ref("card", card_id, journey_id), {"votes": present[card_id] + count}))
        return E.Batch(tuple(edits))

    return make(project, tr("Record phone voting round"), plan)


# --- decisions ------------------------------------------------------------------------------------------


def link_pain_point(project: Project, journey_id: str, opportunity_id: str, pain_point_id: str, name: Name | None = None) -> Outcome | None:
    """The opportunity answers the pain point too; None when it already does."""
    answers = project.journey(journey_id).card(opportunity_id).answers
    if pain_point_id in answers:
        return None
    return set_fields(project, journey_id, "card", opportunity_id, name or tr("Link to pain point"), answers=[*answers, pain_point_id])


def unlink_pain_point(project: Project, journey_id: str, opportunity_id: str, pain_point_id: str, name: Name | None = None) -> Outcome | None:
    answers = project.journey(journey_id).card(opportunity_id).answers
    if pain_point_id not in answers:
        return None
    kept = [a for a in answers if a != pain_point_id]
    return set_fields(project, journey_id, "card", opportunity_id, name or tr("Unlink pain point"), answers=kept)


def set_impact_effort(project: Project, journey_id: str, card_id: str, impact: int, effort: int) -> Outcome:
    """Both at once: a dot dragged on the matrix changes the two together."""
    return set_fields(project, journey_id, "card", card_id, tr("Change impact and effort"), impact=impact, effort=effort)
