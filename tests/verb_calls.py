"""One call of every verb on `small_project`, and what each needs to find before it runs: shared by
the undo tests and the journal tests, which replay every verb."""

from __future__ import annotations

from collections.abc import Callable

from builders import small_project
from cjdesigner.app.verbs import Verbs
from cjdesigner.model.document import Card, Journey, Persona, Stage
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
    "capture_card into a new parking lot": lambda v: v.capture_card("s2", "Idée « vite »"),
    "capture_card into a lane": lambda v: v.capture_card("s1", "note", "pains"),
    "replace_project": lambda v: v.replace_project(small_project().model_copy(update={"title": "Earlier"})),
    "link_pain_point": lambda v: v.link_pain_point("b", "d"),
    "unlink_pain_point": lambda v: v.unlink_pain_point("c", "d"),
    "set_impact_effort": lambda v: v.set_impact_effort("b", 5, 2),
    "link_sub_journey": lambda v: v.link_sub_journey("stage", "s1", "j-sub"),
    "set_review": lambda v: v.set_review("j1", "owner", "Léa"),
    "set_review_interval": lambda v: v.set_review_interval(6),
    "import_card_rows": lambda v: v.import_card_rows(
        read_card_rows_from_text("stage,lane,text,personas\nNew,Actions,hello,Zoé\n")
    ),
}


def read_card_rows_from_text(text: str):
    from cjdesigner.io.csv_cards import parse_card_rows

    return parse_card_rows(text).rows


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
}
