"""One call of every verb on `small_project`, and what each needs to find before it runs: shared by
the undo tests and the journal tests, which replay every verb."""

from __future__ import annotations

from collections.abc import Callable

from builders import small_project
from cjdesigner.app.verbs import Verbs
from cjdesigner.model.document import Card, Journey, Persona, Stage, Vote, VotingRound
from cjdesigner.model.vocabulary import LaneKind

VERB_CALLS: dict[str, Callable[[Verbs], object]] = {
    "set_fields": lambda v: v.set_fields("card", "a", severity=4, notes="n"),
    "set_card_text": lambda v: v.set_card_text("b", "Réserver « vite »"),
    "rename stage": lambda v: v.rename("stage", "s1", "Découverte"),
    "rename lane": lambda v: v.rename("lane", "pains", "Irritants"),
    "rename persona": lambda v: v.rename("persona", "p-bo", "Bob"),
    "rename journey": lambda v: v.rename("journey", "j1", "Future"),
    "add_card": lambda v: v.add_card("s2", "actions", 0, text="new"),
    "add_cards": lambda v: v.add_cards([Card(stage_id="s1", lane_id="pains", text=t) for t in "xyz"]),
    "paste_cards": lambda v: v.paste_cards([Card(stage_id="s1", lane_id="pains", text="p")]),
    "move_cards": lambda v: v.move_cards(["a", "c"], "s2", "pains", 0),
    "duplicate_cards": lambda v: v.duplicate_cards(["a", "c", "d"]),
    "delete_cards": lambda v: v.delete_cards(["a", "b"]),
    "add_persona_badge": lambda v: v.add_persona_badge("p-bo", ["a", "b"]),
    "add_stage": lambda v: v.add_stage(1),
    "add_lane": lambda v: v.add_lane(LaneKind.OPPORTUNITIES),
    "hide_lane": lambda v: v.hide_lane("pains"),
    "set lane kind": lambda v: v.set_fields("lane", "pains", None, kind=LaneKind.NOTES),
    "set emotion label": lambda v: v.set_fields("emotion_point", "e1", None, label="ouf"),
    "remove_stage": lambda v: v.remove_stage("s1"),
    "remove_lane": lambda v: v.remove_lane("actions"),
    "move_stage": lambda v: v.move_stage("s2", 0),
    "move_lane": lambda v: v.move_lane("pains", 0),
    "duplicate_stage": lambda v: v.duplicate_stage("s1"),
    "duplicate_lane": lambda v: v.duplicate_lane("actions"),
    "set_emotion": lambda v: v.set_emotion("s2", "p-ana", -1),
    "remove_emotion_point": lambda v: v.remove_emotion_point("e1"),
    "add_persona": lambda v: v.add_persona(Persona(name="Chloé", colour="#118833")),
    "add a new persona": lambda v: v.add_persona(),
    "remove_persona": lambda v: v.remove_persona("p-ana"),
    "add_journey": lambda v: v.add_journey(Journey(title="Future", stages=[Stage(name="S")])),
    "add a journey like this one": lambda v: v.add_journey(),
    "duplicate_journey": lambda v: v.duplicate_journey(),
    "import_journey": lambda v: v.import_journey(
        Journey(title="Importé", persona_ids=["p-zoe", "p-ana"], stages=[Stage(name="S")]), [Persona(id="p-zoe", name="Zoé")]
    ),
    "start_voting_round": lambda v: v.start_voting_round("Priorités", 2, ["Ana", "Bo"], hidden=True),
    "add_vote without a round": lambda v: v.add_vote("a"),
    "add_vote in a round": lambda v: v.add_vote("b", "Ana"),
    "remove_vote without a round": lambda v: v.remove_vote("a"),
    "remove_vote in a round": lambda v: v.remove_vote("b", "Bo"),
    "reveal_voting_round": lambda v: v.reveal_voting_round(),
    "end_voting_round": lambda v: v.end_voting_round(),
    "record_voting_round": lambda v: v.record_voting_round(
        VotingRound(name="Phones", participants=["Téléphone 1"], votes=[Vote(participant="Téléphone 1", card_id="b")] * 2)
    ),
    "capture_card into a new parking lot": lambda v: v.capture_card("s2", "Idée « vite »"),
    "capture_card into a lane": lambda v: v.capture_card("s1", "note", "pains"),
    "replace_project": lambda v: v.replace_project(small_project().model_copy(update={"title": "Earlier"})),
    "link_pain_point": lambda v: v.link_pain_point("b", "d"),
    "unlink_pain_point": lambda v: v.unlink_pain_point("c", "d"),
    "set_impact_effort": lambda v: v.set_impact_effort("b", 5, 2),
    "link_sub_journey": lambda v: v.link_sub_journey("stage", "s1", "j-sub"),
    "set_review": lambda v: v.set_review("j1", "owner", "Léa"),
    "set_review_interval": lambda v: v.set_review_interval(6),
    "fork_after": lambda v: v.fork_after("s1", ["En ligne", "En magasin"]),
    "add_path": lambda v: v.add_path(v.project.journeys[0].forks[0].id, "Par téléphone"),
    "rename_path": lambda v: v.rename_path(first_path(v), "Web"),
    "set_path_personas": lambda v: v.set_path_personas(first_path(v), ["p-bo"]),
    "remove_path": lambda v: v.remove_path(first_path(v)),
    "move_stage_to_path": lambda v: v.move_stage_to_path("s2", v.project.journeys[0].paths[1].id),
    "add_loop": lambda v: v.add_loop("s2", "s1", "revient"),
    "remove_loop": lambda v: v.remove_loop(v.project.journeys[0].loops[0].id),
    "resolve_conflict by taking theirs": lambda v: v.resolve_conflict(conflict_on(v, "a"), "theirs"),
    "resolve_conflict by taking the side that removed": lambda v: v.resolve_conflict(conflict_on(v, "b"), "ours"),
    "resolve_conflict by keeping a stage in use": lambda v: v.resolve_conflict(conflict_on(v, "s2"), "ours"),
    "resolve_conflict by removing a stage in use": lambda v: v.resolve_conflict(conflict_on(v, "s2"), "theirs"),
    "edit a field in conflict": lambda v: v.set_card_text("a", "Neither"),
    "import_card_rows": lambda v: v.import_card_rows(
        read_card_rows_from_text("stage,lane,text,personas\nNew,Actions,hello,Zoé\n")
    ),
}


def read_card_rows_from_text(text: str):
    from cjdesigner.io.csv_cards import parse_card_rows

    return parse_card_rows(text).rows


def first_path(verbs: Verbs) -> str:
    return verbs.project.journeys[0].paths[0].id


def fork(verbs: Verbs) -> object:
    return verbs.fork_after("s1", ["En ligne", "En magasin"])
def conflicted_project():
    """small_project merged from two sides that collide: card a's text changed two ways, card b
    deleted by ours and edited by theirs, stage s2 removed by theirs where ours added a card."""
    from cjdesigner.model import changes as C
    from cjdesigner.model.merge import merge

    base = small_project()
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    C.set_fields(ours, "j1", "card", "a", None, text="Ours")
    C.set_fields(theirs, "j1", "card", "a", None, text="Theirs")
    C.delete_cards(ours, "j1", ["b"])
    C.set_fields(theirs, "j1", "card", "b", None, text="B edited")
    C.add_card(ours, "j1", Card(id="n", stage_id="s2", lane_id="actions", text="New"))
    C.remove_stage(theirs, "j1", "s2")
    return merge(base, ours, theirs).project


def conflict_on(verbs: Verbs, object_id: str) -> str:
    return next(c.id for c in verbs.project.conflicts if c.object_id == object_id)


def start_round(verbs: Verbs) -> object:
    return verbs.start_voting_round("R", 2, ["Ana", "Bo"], hidden=True)


# What a verb needs to find before it runs (a round under way, a vote to take back).
VERB_SETUP: dict[str, Callable[[Verbs], object]] = {
    "add_vote in a round": start_round,
    "remove_vote without a round": lambda v: v.set_fields("card", "a", votes=2),
    "remove_vote in a round": lambda v: start_round(v) and v.add_vote("b", "Bo"),
    "reveal_voting_round": start_round,
    "end_voting_round": start_round,
    "unlink_pain_point": lambda v: v.link_pain_point("c", "d"),
    "link_sub_journey": lambda v: v.add_journey(Journey(id="j-sub", title="Sub", stages=[Stage(name="S")])) and v.document.set_journey("j1") is None,
    "add_path": fork,
    "rename_path": fork,
    "set_path_personas": fork,
    "remove_path": fork,
    "move_stage_to_path": fork,
    "remove_loop": lambda v: v.add_loop("s2", "s1", "revient"),
    **{name: lambda v: v.replace_project(conflicted_project()) for name in VERB_CALLS
       if name.startswith("resolve_conflict") or name == "edit a field in conflict"},
}
