"""Every edit a user can make, by name: the one door to the model for windows, panels, the canvas
controller, the presentation and the command palette.

A verb builds the model edit, runs it through `Document.execute` (so a refused edit never reaches
the undo stack) and names the undo step in words a translator can see. Windows and panels call
verbs; they never call model edit functions or the undo stack themselves, so the journal, the
undo history and the presentation see every edit the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from cjdesigner.app.document import Document
from cjdesigner.colours import PERSONA_COLOURS
from cjdesigner.model import edits as E
from cjdesigner.model.document import (
    Card,
    Journey,
    Lane,
    Persona,
    Project,
    Stage,
    Vote,
    VotingRound,
    free_look,
    new_id,
)
from cjdesigner.model.invariants import ModelError, Problem
from cjdesigner.model.vocabulary import LANE_TITLES, LaneKind, new_name

if TYPE_CHECKING:
    from cjdesigner.io.csv_cards import CardRow

JOURNEY_KINDS = frozenset({"stage", "lane", "card", "emotion_point"})


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)  # lupdate files a module function's tr() under ""


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

    def _run(self, label: str, perform: Callable[[Project], E.Edit]) -> bool:
        return self.document.execute(label, perform)

    # --- the history ------------------------------------------------------------------------

    def undo(self) -> None:
        """Windows step back through the history here, never on the undo stack themselves."""
        self.document.undo_stack.undo()

    def redo(self) -> None:
        self.document.undo_stack.redo()

    # --- fields ---------------------------------------------------------------------------

    def set_fields(self, kind: str, object_id: str | None, label: str | None = None, /, **values: Any) -> bool:
        """Change fields of one object; `label` names the undo step when the caller knows better.
        Positional-only names: a lane's `kind` and an emotion point's `label` are field values too."""
        journey = self.journey_id if kind in JOURNEY_KINDS else None
        ref = E.Ref(kind, object_id, journey)  # type: ignore[arg-type]
        return self._run(label or tr("Change %1").replace("%1", ", ".join(values)), lambda p: E.set_fields(p, ref, **values))

    def set_card_text(self, card_id: str, text: str) -> bool:
        return self.set_fields("card", card_id, tr("Edit card text"), text=text)

    def rename(self, kind: str, object_id: str, name: str) -> bool:
        """Rename a stage, lane, persona or journey (their name field differs by kind)."""
        field = {"lane": "title", "journey": "title"}.get(kind, "name")
        labels = {
            "stage": tr("Rename stage"),
            "lane": tr("Rename lane"),
            "persona": tr("Rename persona"),
            "journey": tr("Rename journey"),
        }
        return self.set_fields(kind, object_id, labels.get(kind, tr("Rename")), **{field: name})

    # --- cards ----------------------------------------------------------------------------

    def add_card(self, stage_id: str, lane_id: str, position: int | None = None, **fields: Any) -> str:
        """Returns the new card's id, or "" when the model refused it."""
        card = Card(stage_id=stage_id, lane_id=lane_id, **fields)
        jid = self.journey_id
        return card.id if self._run(tr("Add card"), lambda p: E.add_card(p, jid, card, position)) else ""

    def add_cards(self, cards: list[Card], label: str | None = None) -> bool:
        if not cards:
            return False
        jid = self.journey_id
        return self._run(label or tr("Add %n cards", None, len(cards)), lambda p: E.add_cards(p, jid, cards))

    def paste_cards(self, cards: list[Card]) -> bool:
        return self.add_cards(cards, tr("Paste card") if len(cards) == 1 else tr("Paste %n cards", None, len(cards)))

    def duplicate_cards(self, card_ids: list[str]) -> list[str]:
        """Copies of the cards, each right after its original; returns the copies' ids (none if refused)."""
        if not card_ids:
            return []
        jid = self.journey_id
        copy_ids = [new_id("card") for _ in card_ids]
        label = tr("Duplicate card") if len(card_ids) == 1 else tr("Duplicate %n cards", None, len(card_ids))
        return copy_ids if self._run(label, lambda p: E.duplicate_cards(p, jid, card_ids, copy_ids)) else []

    def move_cards(self, card_ids: list[str], stage_id: str, lane_id: str, position: int) -> bool:
        jid = self.journey_id
        label = tr("Move card") if len(card_ids) == 1 else tr("Move %n cards", None, len(card_ids))
        return self._run(label, lambda p: E.move_cards(p, jid, card_ids, stage_id, lane_id, position))

    def delete_cards(self, card_ids: list[str], label: str | None = None) -> bool:
        if not card_ids:
            return False
        jid = self.journey_id
        label = label or (tr("Delete card") if len(card_ids) == 1 else tr("Delete %n cards", None, len(card_ids)))
        return self._run(label, lambda p: E.remove_cards(p, jid, card_ids))

    def add_persona_badge(self, persona_id: str, card_ids: list[str]) -> bool:
        jid = self.journey_id
        return self._run(tr("Add persona badge"), lambda p: E.add_persona_to_cards(p, jid, card_ids, persona_id))

    # --- stages and lanes -------------------------------------------------------------------

    def add_stage(self, index: int | None = None, name: str | None = None) -> str:
        """A new stage, named in the map's language unless a name is given."""
        stage = Stage(name=name or new_name("stage", self.project.language))
        jid = self.journey_id
        return stage.id if self._run(tr("Add stage"), lambda p: E.add_stage(p, jid, stage, index)) else ""

    def add_lane(self, kind: LaneKind, index: int | None = None, title: str | None = None) -> str:
        lane = Lane(title=title or LANE_TITLES[kind][self.project.language], kind=kind)
        jid = self.journey_id
        return lane.id if self._run(tr("Add lane"), lambda p: E.add_lane(p, jid, lane, index)) else ""

    def remove_stage(self, stage_id: str) -> bool:
        jid = self.journey_id
        return self._run(tr("Delete stage"), lambda p: E.remove_stage(p, jid, stage_id))

    def remove_lane(self, lane_id: str) -> bool:
        jid = self.journey_id
        return self._run(tr("Delete lane"), lambda p: E.remove_lane(p, jid, lane_id))

    def move_stage(self, stage_id: str, index: int) -> bool:
        jid = self.journey_id
        return self._run(tr("Move stage"), lambda p: E.move_stage(p, jid, stage_id, index))

    def move_lane(self, lane_id: str, index: int) -> bool:
        jid = self.journey_id
        return self._run(tr("Move lane"), lambda p: E.move_lane(p, jid, lane_id, index))

    def duplicate_stage(self, stage_id: str) -> bool:
        jid = self.journey_id
        return self._run(tr("Duplicate stage"), lambda p: E.duplicate_stage(p, jid, stage_id)[0])

    def duplicate_lane(self, lane_id: str) -> bool:
        jid = self.journey_id
        return self._run(tr("Duplicate lane"), lambda p: E.duplicate_lane(p, jid, lane_id)[0])

    def hide_lane(self, lane_id: str) -> bool:
        return self.set_fields("lane", lane_id, tr("Hide lane"), hidden=True)

    def show_lanes(self, lane_ids: Iterable[str]) -> bool:
        jid = self.journey_id
        edits = tuple(E.SetFields(E.Ref("lane", lane_id, jid), {"hidden": False}) for lane_id in lane_ids)
        return bool(edits) and self._run(tr("Show hidden lanes"), lambda p: E.perform(p, E.Batch(edits)))

    # --- emotions -----------------------------------------------------------------------------

    def set_emotion(self, stage_id: str, persona_id: str, score: int) -> str:
        """Place or move a persona's emotion at a stage; returns the point's id ("" when refused)."""
        jid = self.journey_id

        def point_id() -> str:
            points = self.document.journey.emotion_points
            return next((p.id for p in points if p.stage_id == stage_id and p.persona_id == persona_id), "")

        label = tr("Move emotion point") if point_id() else tr("Place emotion point")
        return point_id() if self._run(label, lambda p: E.set_emotion(p, jid, stage_id, persona_id, score)) else ""

    def remove_emotion_point(self, point_id: str) -> bool:
        jid = self.journey_id
        return self._run(tr("Delete emotion point"), lambda p: E.remove_emotion_point(p, jid, point_id))

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
        jid = self.journey_id
        return persona.id if self._run(tr("Add persona"), lambda p: E.add_persona(p, persona, journey_id=jid)) else ""

    def remove_persona(self, persona_id: str) -> bool:
        return self._run(tr("Remove persona"), lambda p: E.remove_persona(p, persona_id))

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
        if not self._run(tr("Add journey"), lambda p: E.add_journey(p, journey)):
            return ""
        self.document.set_journey(journey.id)
        return journey.id

    def duplicate_journey(self, title: str | None = None) -> str:
        """A copy of the current journey (e.g. current state → future state), then shown."""
        source = self.journey_id
        title = title or new_name("copy", self.project.language, name=self.document.journey.title)
        created: list[str] = []

        def perform(project: Project) -> E.Edit:
            inverse, twin_id = E.duplicate_journey(project, source, title)
            created.append(twin_id)
            return inverse

        if not self._run(tr("Duplicate journey"), perform):
            return ""
        self.document.set_journey(created[0])
        return created[0]

    def remove_journey(self, journey_id: str) -> bool:
        return self._run(tr("Delete journey"), lambda p: E.remove_journey(p, journey_id))

    # --- imports --------------------------------------------------------------------------

    def import_card_rows(self, rows: list[CardRow]) -> bool:
        """A spreadsheet's cards into the current journey, with the stages, lanes and personas they
        name, as one undo step."""
        from cjdesigner.io.csv_cards import import_rows

        count = sum(1 for r in rows if r.text)
        label = tr("Import 1 card") if count == 1 else tr("Import %n cards", None, count)
        jid = self.journey_id
        return self._run(label, lambda p: import_rows(p, jid, rows))

    def import_journey(self, journey: Journey, personas: list[Persona]) -> str:
        return self.import_journeys([journey], personas)

    def import_journeys(self, journeys: list[Journey], personas: list[Persona]) -> str:
        """An imported map's journeys as new journeys of this project, with the personas they bring
        that the project does not have yet, as one undo step; the first new journey is then shown."""
        project = self.project
        edits = [E.Insert("personas", len(project.personas) + i, persona) for i, persona in enumerate(personas)]
        edits += [E.Insert("journeys", len(project.journeys) + i, journey) for i, journey in enumerate(journeys)]
        label = tr("Import journey") if len(journeys) == 1 else tr("Import %n journeys", None, len(journeys))
        if not journeys or not self._run(label, lambda p: E.perform(p, E.Batch(tuple(edits)))):
            return ""
        self.document.set_journey(journeys[0].id)
        return journeys[0].id

    # --- workshops: dot voting and quick capture -------------------------------------------------

    def _round_edit(self, journey: Journey, change: Callable[[VotingRound], None]) -> E.Edit:
        """Sets the journey's rounds to a copy whose open round `change` has changed."""
        rounds = [r.model_copy(deep=True) for r in journey.voting_rounds]
        if not rounds or rounds[-1].ended:
            raise ModelError([Problem("voting_rounds", tr("no voting round is under way"))])
        change(rounds[-1])
        return E.SetFields(E.Ref("journey", journey.id), {"voting_rounds": rounds})

    def start_voting_round(self, name: str = "", budget: int = 3, participants: Iterable[str] = (), hidden: bool = False) -> str:
        """A new round (the one under way, if any, ends with it); returns its id, "" when refused."""
        names = [n.strip() for n in participants if n.strip()]
        voting_round = VotingRound(name=name.strip(), budget=budget, participants=list(dict.fromkeys(names)), hidden=hidden)
        jid = self.journey_id

        def perform(project: Project) -> E.Edit:
            rounds = [r.model_copy(deep=True) for r in project.journey(jid).voting_rounds]
            if rounds and not rounds[-1].ended:
                rounds[-1].ended = rounds[-1].revealed = True
            return E.perform(project, E.SetFields(E.Ref("journey", jid), {"voting_rounds": [*rounds, voting_round]}))

        return voting_round.id if self._run(tr("Start voting round"), perform) else ""

    def add_vote(self, card_id: str, participant: str = "") -> bool:
        """One more dot on a card: in the round under way (within the participant's budget), or
        else straight onto the card's votes. Either way the card's total counts it."""
        jid = self.journey_id

        def perform(project: Project) -> E.Edit:
            journey = project.journey(jid)
            card = journey.card(card_id)
            edits: list[E.Edit] = [E.SetFields(E.Ref("card", card_id, jid), {"votes": card.votes + 1})]
            voting_round = journey.open_round()
            if voting_round is not None:
                if voting_round.participants and participant not in voting_round.participants:
                    raise ModelError([Problem("voting_rounds", tr("%1 is not a participant of this round").replace("%1", participant or "?"))])
                if voting_round.participants and voting_round.spent(participant) >= voting_round.budget:
                    raise ModelError([Problem("voting_rounds", tr("%1 has no dots left").replace("%1", participant))])
                edits.append(self._round_edit(journey, lambda r: r.votes.append(Vote(participant=participant, card_id=card_id))))
            return E.perform(project, E.Batch(tuple(edits)))

        return self._run(tr("Add dot vote"), perform)

    def remove_vote(self, card_id: str, participant: str = "") -> bool:
        """Takes back a dot: the participant's last on this card in the round under way, or else
        one of the card's votes. False when there is none to take back."""
        jid = self.journey_id

        def perform(project: Project) -> E.Edit:
            journey = project.journey(jid)
            card = journey.card(card_id)
            voting_round = journey.open_round()
            edits: list[E.Edit] = []
            if voting_round is not None:
                mine = [i for i, v in enumerate(voting_round.votes) if v.card_id == card_id and v.participant == participant]
                if mine:
                    edits.append(self._round_edit(journey, lambda r: r.votes.pop(mine[-1])))
            elif card.votes:
                edits.append(E.SetFields(E.Ref("card", card_id, jid), {"votes": card.votes - 1}))
            if edits and voting_round is not None:
                edits.append(E.SetFields(E.Ref("card", card_id, jid), {"votes": max(0, card.votes - 1)}))
            return E.perform(project, E.Batch(tuple(edits)))

        return self._run(tr("Remove dot vote"), perform)

    def reveal_voting_round(self) -> bool:
        jid = self.journey_id

        def reveal(r: VotingRound) -> None:
            r.revealed = True

        return self._run(tr("Reveal votes"), lambda p: E.perform(p, self._round_edit(p.journey(jid), reveal)))

    def end_voting_round(self) -> bool:
        """Ends the round under way; its counts are shown from then on."""
        jid = self.journey_id

        def end(r: VotingRound) -> None:
            r.ended = r.revealed = True

        return self._run(tr("End voting round"), lambda p: E.perform(p, self._round_edit(p.journey(jid), end)))

    def capture_card(self, stage_id: str, text: str, lane_id: str | None = None) -> str:
        """A card typed during a workshop, added at the end of a cell of the stage: in `lane_id`, or
        else in the parking lot lane, which is added (in the same undo step) when the journey has
        none. Returns the card's id, "" when refused."""
        jid = self.journey_id
        journey = self.document.journey
        if lane_id is None:
            lane_id = next((lane.id for lane in journey.lanes if lane.kind is LaneKind.PARKING_LOT), None)
        new_lane = None
        if lane_id is None:
            new_lane = Lane(title=LANE_TITLES[LaneKind.PARKING_LOT][self.project.language], kind=LaneKind.PARKING_LOT)
            lane_id = new_lane.id
        card = Card(stage_id=stage_id, lane_id=lane_id, text=text.strip())

        def perform(project: Project) -> E.Edit:
            if new_lane is None:
                return E.add_card(project, jid, card)
            lanes = project.journey(jid).lanes
            edits = (E.Insert("lanes", len(lanes), new_lane, jid), E.Insert("cards", len(project.journey(jid).cards), card, jid))
            return E.perform(project, E.Batch(edits))

        return card.id if self._run(tr("Capture card"), perform) else ""

    # --- whole maps -----------------------------------------------------------------------------

    def replace_project(self, project: Project, label: str | None = None) -> bool:
        """The whole map becomes `project` (an earlier version, recovered edits) as one undo step."""
        return self._run(label or tr("Restore version"), lambda p: E.replace_project(p, project))

    # --- decisions: links from opportunities to pain points, impact and effort --------------------

    def link_pain_point(self, opportunity_id: str, pain_point_id: str, label: str | None = None) -> bool:
        """The opportunity answers the pain point too (the model refuses a card that is not one)."""
        answers = self.document.journey.card(opportunity_id).answers
        if pain_point_id in answers:
            return False
        return self.set_fields("card", opportunity_id, label or tr("Link to pain point"), answers=[*answers, pain_point_id])

    def unlink_pain_point(self, opportunity_id: str, pain_point_id: str, label: str | None = None) -> bool:
        answers = self.document.journey.card(opportunity_id).answers
        if pain_point_id not in answers:
            return False
        kept = [a for a in answers if a != pain_point_id]
        return self.set_fields("card", opportunity_id, label or tr("Unlink pain point"), answers=kept)

    def set_impact_effort(self, card_id: str, impact: int, effort: int) -> bool:
        """Both at once, one undo step: a dot dragged on the matrix changes the two together."""
        return self.set_fields("card", card_id, tr("Change impact and effort"), impact=impact, effort=effort)
