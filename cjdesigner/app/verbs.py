"""Every edit a user can make, by name: the one door to the model for windows, panels, the canvas
controller, the presentation and the command palette.

Each verb asks `model/changes.py` for the change (or the refusal) its intent makes to the open
document's map and hands it to `Document.execute`, which pushes it as one undo step or says why not.
Windows and panels call verbs; they never call model edit functions or the undo stack themselves,
so the journal, the undo history and the presentation see every edit the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from cjdesigner.app.document import Document
from cjdesigner.colours import PERSONA_COLOURS
from cjdesigner.model import changes as C
from cjdesigner.model.change import make
from cjdesigner.model.changes import tr
from cjdesigner.model.conflicts import resolve_conflict
from cjdesigner.model.document import Card, Fork, Journey, Lane, Loop, Path, Persona, Project, Stage, VotingRound, free_look, new_id
from cjdesigner.model.vocabulary import LANE_TITLES, LaneKind, new_name

if TYPE_CHECKING:
    from cjdesigner.io.csv_cards import CardRow

JOURNEY_KINDS = C.JOURNEY_KINDS


class Verbs:
    """The named edits of one open document; each call is at most one undo step."""

    def __init__(self, document: Document) -> None:
        self.document = document

    @property
    def journey_id(self) -> str:
        return self.document.journey_id

    @property
    def project(self) -> Project:
        return self.document.project

    def _run(self, outcome: C.Outcome | None) -> bool:
        return outcome is not None and self.document.execute(outcome)

    # --- the history ------------------------------------------------------------------------

    def undo(self) -> None:
        """Windows step back through the history here, never on the undo stack themselves."""
        if self.document.frozen:
            self.document.refused.emit(self.document.frozen)
        else:
            self.document.undo_stack.undo()

    def redo(self) -> None:
        if self.document.frozen:
            self.document.refused.emit(self.document.frozen)
        else:
            self.document.undo_stack.redo()

    # --- fields ---------------------------------------------------------------------------

    def set_fields(self, kind: str, object_id: str | None, label: str | None = None, /, **values: Any) -> bool:
        """Change fields of one object; `label` names the undo step when the caller knows better.
        Positional-only names: a lane's `kind` and an emotion point's `label` are field values too."""
        return self._run(C.set_fields(self.project, self.journey_id, kind, object_id, label, **values))

    def set_card_text(self, card_id: str, text: str) -> bool:
        return self._run(C.set_fields(self.project, self.journey_id, "card", card_id, tr("Edit card text"), text=text))

    def rename(self, kind: str, object_id: str, name: str) -> bool:
        """Rename a stage, lane, persona or journey (their name field differs by kind)."""
        return self._run(C.rename(self.project, self.journey_id, kind, object_id, name))

    # --- cards ----------------------------------------------------------------------------

    def add_card(self, stage_id: str, lane_id: str, position: int | None = None, **fields: Any) -> str:
        """Returns the new card's id, or "" when the model refused it."""
        card = Card(stage_id=stage_id, lane_id=lane_id, **fields)
        return card.id if self._run(C.add_card(self.project, self.journey_id, card, position)) else ""

    def add_cards(self, cards: list[Card], label: str | None = None) -> bool:
        return bool(cards) and self._run(C.add_cards(self.project, self.journey_id, cards, label))

    def paste_cards(self, cards: list[Card]) -> bool:
        return bool(cards) and self._run(C.paste_cards(self.project, self.journey_id, cards))

    def duplicate_cards(self, card_ids: list[str]) -> list[str]:
        """Copies of the cards, each right after its original; returns the copies' ids (none if refused)."""
        if not card_ids:
            return []
        copy_ids = [new_id("card") for _ in card_ids]
        return copy_ids if self._run(C.duplicate_cards(self.project, self.journey_id, card_ids, copy_ids)) else []

    def move_cards(self, card_ids: list[str], stage_id: str, lane_id: str, position: int) -> bool:
        return self._run(C.move_cards(self.project, self.journey_id, card_ids, stage_id, lane_id, position))

    def delete_cards(self, card_ids: list[str], label: str | None = None) -> bool:
        return bool(card_ids) and self._run(C.delete_cards(self.project, self.journey_id, card_ids, label))

    def add_persona_badge(self, persona_id: str, card_ids: list[str]) -> bool:
        return self._run(C.add_persona_badge(self.project, self.journey_id, persona_id, card_ids))

    # --- stages and lanes -------------------------------------------------------------------

    def add_stage(self, index: int | None = None, name: str | None = None) -> str:
        """A new stage, named in the map's language unless a name is given."""
        stage = Stage(name=name or new_name("stage", self.project.language))
        return stage.id if self._run(C.add_stage(self.project, self.journey_id, stage, index)) else ""

    def add_lane(self, kind: LaneKind, index: int | None = None, title: str | None = None) -> str:
        lane = Lane(title=title or LANE_TITLES[kind][self.project.language], kind=kind)
        return lane.id if self._run(C.add_lane(self.project, self.journey_id, lane, index)) else ""

    def remove_stage(self, stage_id: str) -> bool:
        return self._run(C.remove_stage(self.project, self.journey_id, stage_id))

    def remove_lane(self, lane_id: str) -> bool:
        return self._run(C.remove_lane(self.project, self.journey_id, lane_id))

    def move_stage(self, stage_id: str, index: int) -> bool:
        return self._run(C.move_stage(self.project, self.journey_id, stage_id, index))

    def move_lane(self, lane_id: str, index: int) -> bool:
        return self._run(C.move_lane(self.project, self.journey_id, lane_id, index))

    def duplicate_stage(self, stage_id: str) -> bool:
        return self._run(C.duplicate_stage(self.project, self.journey_id, stage_id))

    def duplicate_lane(self, lane_id: str) -> bool:
        return self._run(C.duplicate_lane(self.project, self.journey_id, lane_id))

    def hide_lane(self, lane_id: str) -> bool:
        return self._run(C.set_fields(self.project, self.journey_id, "lane", lane_id, tr("Hide lane"), hidden=True))

    def show_lanes(self, lane_ids: Iterable[str]) -> bool:
        lane_ids = list(lane_ids)
        return bool(lane_ids) and self._run(C.show_lanes(self.project, self.journey_id, lane_ids))

    # --- branches: forks, paths and return arrows ---------------------------------------------

    def fork_after(self, stage_id: str, path_names: list[str], join_stage_id: str | None = None) -> str:
        """Fork after a stage into paths named `path_names`: the stages up to the join go on the
        first path, and each other path starts with a stage named after it. Returns the fork's id."""
        paths = [Path(name=name) for name in path_names]
        stages = [Stage(name=path.name, path_id=path.id) for path in paths[1:]]
        fork = Fork(after_stage_id=stage_id, join_stage_id=join_stage_id)
        return fork.id if self._run(C.fork_after(self.project, self.journey_id, fork, paths, stages)) else ""

    def add_path(self, fork_id: str, name: str) -> str:
        path = Path(name=name)
        stage = Stage(name=name, path_id=path.id)
        return path.id if self._run(C.add_path(self.project, self.journey_id, fork_id, path, [stage])) else ""

    def rename_path(self, path_id: str, name: str) -> bool:
        return self._run(C.rename_path(self.project, self.journey_id, path_id, name))

    def set_path_personas(self, path_id: str, persona_ids: list[str]) -> bool:
        return self._run(C.set_path_personas(self.project, self.journey_id, path_id, persona_ids))

    def remove_path(self, path_id: str) -> bool:
        return self._run(C.remove_path(self.project, self.journey_id, path_id))

    def move_stage_to_path(self, stage_id: str, path_id: str | None) -> bool:
        return self._run(C.move_stage_to_path(self.project, self.journey_id, stage_id, path_id))

    def add_loop(self, from_stage_id: str, to_stage_id: str, label: str = "") -> str:
        loop = Loop(from_stage_id=from_stage_id, to_stage_id=to_stage_id, label=label)
        return loop.id if self._run(C.add_loop(self.project, self.journey_id, loop)) else ""

    def remove_loop(self, loop_id: str) -> bool:
        return self._run(C.remove_loop(self.project, self.journey_id, loop_id))

    # --- emotions -----------------------------------------------------------------------------

    def set_emotion(self, stage_id: str, persona_id: str, score: int) -> str:
        """Place or move a persona's emotion at a stage; returns the point's id ("" when refused)."""
        if not self._run(C.set_emotion(self.project, self.journey_id, stage_id, persona_id, score)):
            return ""
        return C.emotion_point_id(self.project, self.journey_id, stage_id, persona_id)

    def remove_emotion_point(self, point_id: str) -> bool:
        return self._run(C.remove_emotion_point(self.project, self.journey_id, point_id))

    # --- personas -----------------------------------------------------------------------------

    def add_persona(self, persona: Persona | None = None) -> str:
        """A persona added to the project and the current journey's cast; a new one is named in the
        map's language and takes the first dash and marker no other persona has."""
        if persona is None:
            personas = self.project.personas
            persona = Persona(
                name=new_name("persona", self.project.language),
                colour=PERSONA_COLOURS[len(personas) % len(PERSONA_COLOURS)],
                line_style=free_look(personas),
            )
        return persona.id if self._run(C.add_persona(self.project, persona, self.journey_id)) else ""

    def remove_persona(self, persona_id: str) -> bool:
        return self._run(C.remove_persona(self.project, persona_id))

    # --- journeys -----------------------------------------------------------------------------

    def add_journey(self, journey: Journey | None = None) -> str:
        """A new journey; by default with the current one's cast, stages and lanes, and no cards."""
        if journey is None:
            current = self.document.journey
            journey = Journey(
                title=new_name("journey", self.project.language),
                persona_ids=list(current.persona_ids),
                stages=[s.model_copy(update={"id": new_id("stage")}) for s in current.stages],
                lanes=[lane.model_copy(update={"id": new_id("lane")}) for lane in current.lanes],
            )
        return self._show(C.add_journey(self.project, journey))

    def duplicate_journey(self, title: str | None = None) -> str:
        """A copy of the current journey (e.g. current state → future state), then shown."""
        title = title or new_name("copy", self.project.language, name=self.document.journey.title)
        return self._show(C.duplicate_journey(self.project, self.journey_id, title))

    def _show(self, outcome: C.Outcome) -> str:
        """Run a change that adds journeys and show the first one it added ("" when refused)."""
        if not self._run(outcome) or not isinstance(outcome, C.Change):
            return ""
        added = outcome.diff.journeys.added
        first = next(j.id for j in self.project.journeys if j.id in added)
        self.document.set_journey(first)
        return first

    def remove_journey(self, journey_id: str) -> bool:
        return self._run(C.remove_journey(self.project, journey_id))

    def link_sub_journey(self, kind: str, object_id: str, target_id: str | None) -> bool:
        """A stage or a card of the current journey opens `target_id` (None: no sub-journey)."""
        return self._run(C.link_sub_journey(self.project, self.journey_id, kind, object_id, target_id))

    def set_review(self, journey_id: str, field: str, value: Any) -> bool:
        """A journey's owner, status, last or next review date."""
        return self._run(C.set_review(self.project, journey_id, field, value))

    def set_review_interval(self, months: int | None) -> bool:
        return self._run(C.set_review_interval(self.project, months))

    # --- imports --------------------------------------------------------------------------

    def import_card_rows(self, rows: list[CardRow]) -> bool:
        """A spreadsheet's cards into the current journey, with the stages, lanes and personas they
        name, as one undo step."""
        from cjdesigner.io.csv_cards import plan_rows

        count = sum(1 for r in rows if r.text)
        name = tr("Import 1 card") if count == 1 else tr("Import %n cards", None, count)
        jid = self.journey_id
        return self._run(make(self.project, name, lambda p: plan_rows(p, jid, rows)))

    def import_journey(self, journey: Journey, personas: list[Persona]) -> str:
        return self.import_journeys([journey], personas)

    def import_journeys(self, journeys: list[Journey], personas: list[Persona]) -> str:
        """An imported map's journeys as new journeys of this project, with the personas they bring
        that the project does not have yet, as one undo step; the first new journey is then shown."""
        return self._show(C.import_journeys(self.project, journeys, personas)) if journeys else ""

    # --- workshops: dot voting and quick capture -------------------------------------------------

    def start_voting_round(self, name: str = "", budget: int = 3, participants: Iterable[str] = (), hidden: bool = False) -> str:
        """A new round (the one under way, if any, ends with it); returns its id, "" when refused."""
        names = [n.strip() for n in participants if n.strip()]
        voting_round = VotingRound(name=name.strip(), budget=budget, participants=list(dict.fromkeys(names)), hidden=hidden)
        return voting_round.id if self._run(C.start_voting_round(self.project, self.journey_id, voting_round)) else ""

    def add_vote(self, card_id: str, participant: str = "") -> bool:
        return self._run(C.add_vote(self.project, self.journey_id, card_id, participant))

    def remove_vote(self, card_id: str, participant: str = "") -> bool:
        """False when there is no dot to take back."""
        return self._run(C.remove_vote(self.project, self.journey_id, card_id, participant))

    def reveal_voting_round(self) -> bool:
        return self._run(C.reveal_voting_round(self.project, self.journey_id))

    def end_voting_round(self) -> bool:
        return self._run(C.end_voting_round(self.project, self.journey_id))

    def record_voting_round(self, voting_round: VotingRound, journey_id: str | None = None) -> bool:
        """A round voted on phones, with its dots, as one undo step, in the journey it was voted on
        (the editor may show another by the time it closes)."""
        return self._run(C.record_voting_round(self.project, journey_id or self.journey_id, voting_round))

    def capture_card(self, stage_id: str, text: str, lane_id: str | None = None) -> str:
        """A card typed during a workshop, added at the end of a cell of the stage: in `lane_id`, or
        else in the parking lot lane, which is added (in the same undo step) when the journey has
        none. Returns the card's id, "" when refused."""
        new_lane = None
        if lane_id is None:
            lane_id, new_lane = C.parking_lot(self.project, self.journey_id)
        card = Card(stage_id=stage_id, lane_id=lane_id, text=text.strip())
        return card.id if self._run(C.capture_card(self.project, self.journey_id, card, new_lane)) else ""

    # --- whole maps -----------------------------------------------------------------------------

    def replace_project(self, project: Project, label: str | None = None) -> bool:
        """The whole map becomes `project` (an earlier version, recovered edits) as one undo step."""
        return self._run(C.replace_project(self.project, project, label))

    # --- decisions: links from opportunities to pain points, impact and effort --------------------

    def link_pain_point(self, opportunity_id: str, pain_point_id: str, label: str | None = None) -> bool:
        """The opportunity answers the pain point too (the model refuses a card that is not one)."""
        return self._run(C.link_pain_point(self.project, self.journey_id, opportunity_id, pain_point_id, label))

    def unlink_pain_point(self, opportunity_id: str, pain_point_id: str, label: str | None = None) -> bool:
        return self._run(C.unlink_pain_point(self.project, self.journey_id, opportunity_id, pain_point_id, label))

    def set_impact_effort(self, card_id: str, impact: int, effort: int) -> bool:
        """Both at once, one undo step: a dot dragged on the matrix changes the two together."""
        return self._run(C.set_impact_effort(self.project, self.journey_id, card_id, impact, effort))

    # --- merge conflicts --------------------------------------------------------------------

    def resolve_conflict(self, conflict_id: str, side: str) -> bool:
        """Settle one merge conflict of the map by taking "ours" or "theirs" (editing the field
        settles it too): one undo step."""
        return self._run(resolve_conflict(self.project, conflict_id, side))
