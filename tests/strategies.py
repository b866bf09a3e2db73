"""Hypothesis strategies that build random valid projects (model only, no Qt)."""

from datetime import datetime, timedelta, timezone

from hypothesis import strategies as st

from cjdesigner.model.document import Card, EmotionPoint, Evidence, Journey, Lane, Persona, Project, Stage, Vote
from cjdesigner.model.vocabulary import BlueprintLine, Channel, Confidence, LaneKind, Language, Sentiment

text = st.text(max_size=30)
colours = st.from_regex(r"#[0-9A-Fa-f]{6}", fullmatch=True)
offsets = st.builds(lambda m: timezone(timedelta(minutes=m)), st.integers(-12 * 60, 14 * 60))
moments = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=offsets)
extras = st.dictionaries(
    st.from_regex(r"x_[a-z]{1,8}", fullmatch=True),
    st.recursive(st.none() | st.booleans() | st.integers(-10**6, 10**6) | text, lambda inner: st.lists(inner, max_size=3), max_leaves=5),
    max_size=2,
)


@st.composite
def projects(draw) -> Project:
    counter = iter(range(10**6))

    def uid(prefix: str) -> str:
        return f"{prefix}-{next(counter)}"

    personas = [
        Persona(id=uid("persona"), name=draw(text), role=draw(text), colour=draw(colours),
                initials=draw(st.text(max_size=3)), goals=draw(st.lists(text, max_size=2)), **draw(extras))
        for _ in range(draw(st.integers(0, 3)))
    ]
    persona_ids = [p.id for p in personas]
    journeys = []
    for _ in range(draw(st.integers(1, 2))):
        stages = [Stage(id=uid("stage"), name=draw(text), goal=draw(text), colour=draw(colours)) for _ in range(draw(st.integers(0, 4)))]
        lanes = [
            Lane(id=uid("lane"), title=draw(text), kind=draw(st.sampled_from(LaneKind)), hidden=draw(st.booleans()),
                 colour=draw(st.none() | colours), line_below=draw(st.none() | st.sampled_from(BlueprintLine)), **draw(extras))
            for _ in range(draw(st.integers(0, 4)))
        ]
        cards: list[Card] = []
        if stages and lanes:
            filled: dict[tuple[str, str], int] = {}
            for _ in range(draw(st.integers(0, 12))):
                stage = draw(st.sampled_from(stages)).id
                lane = draw(st.sampled_from(lanes)).id
                position = filled.get((stage, lane), 0)
                filled[(stage, lane)] = position + 1
                cards.append(
                    Card(
                        id=uid("card"), stage_id=stage, lane_id=lane, position=position, text=draw(text), notes=draw(text),
                        colour=draw(st.none() | colours),
                        persona_ids=draw(st.lists(st.sampled_from(persona_ids), unique=True)) if persona_ids else [],
                        sentiment=draw(st.none() | st.sampled_from(Sentiment)), tags=draw(st.lists(text, max_size=3)),
                        channel=draw(st.none() | st.sampled_from(Channel)), severity=draw(st.none() | st.integers(1, 5)),
                        votes=draw(st.integers(0, 1000)), owner=draw(text),
                        evidence=[Evidence(text=draw(text), source=draw(text), link=draw(text)) for _ in range(draw(st.integers(0, 2)))],
                        confidence=draw(st.none() | st.sampled_from(Confidence)), **draw(extras),
                    )
                )
            draw(st.randoms()).shuffle(cards)
        points = []
        if stages and personas:
            pairs = draw(st.lists(st.tuples(st.sampled_from(stages), st.sampled_from(personas)), unique_by=lambda t: (t[0].id, t[1].id), max_size=6))
            points = [EmotionPoint(id=uid("emotion"), stage_id=s.id, persona_id=p.id, score=draw(st.integers(-2, 2)), label=draw(text)) for s, p in pairs]
        journeys.append(
            Journey(id=uid("journey"), title=draw(text), scenario=draw(text),
                    persona_ids=draw(st.lists(st.sampled_from(persona_ids), unique=True)) if persona_ids else [],
                    stages=stages, lanes=lanes, cards=cards, emotion_points=points)
        )
    return Project(title=draw(text), description=draw(text), language=draw(st.sampled_from(Language)),
                   created=draw(moments), modified=draw(moments), authors=draw(st.lists(text, max_size=2)),
                   personas=personas, journeys=journeys, **draw(extras))


def _pick(data, items):
    return data.draw(st.sampled_from(items)) if items else None


def random_change(data, project: Project):
    """A random change a user (or a phone) could ask of `project`, as a function of the map that
    makes it through `model/changes.py` and returns the Change or the Refusal. New personas come
    with their look, as the window gives them: a persona without one would take it at the next
    change of the map's own fields (the project's validator runs on assignment), outside any edit."""
    from cjdesigner.model import changes as C
    from cjdesigner.model.document import Fork, Loop, Path, VotingRound, free_look

    journey = _pick(data, project.journeys)
    jid = journey.id
    card, stage, lane = _pick(data, journey.cards), _pick(data, journey.stages), _pick(data, journey.lanes)
    persona, point = _pick(data, project.personas), _pick(data, journey.emotion_points)
    card_ids = data.draw(st.lists(st.sampled_from([c.id for c in journey.cards]), min_size=1, max_size=4, unique=True)) if card else []
    names = st.sampled_from(["", "Ana", "Bo"])
    choices = {
        "card text": card and (lambda p: C.set_fields(p, jid, "card", card.id, None, text=data.draw(text), votes=data.draw(st.integers(0, 9)))),
        "card look": card and (lambda p: C.set_fields(p, jid, "card", card.id, None, colour=data.draw(st.none() | colours), severity=data.draw(st.none() | st.integers(1, 5)))),
        "link": card and (lambda p: C.link_pain_point(p, jid, card.id, _pick(data, journey.cards).id)),
        "unlink": card and card.answers and (lambda p: C.unlink_pain_point(p, jid, card.id, _pick(data, card.answers))),
        "impact": card and (lambda p: C.set_impact_effort(p, jid, card.id, data.draw(st.integers(0, 6)), data.draw(st.integers(0, 6)))),
        "add card": stage and lane and (lambda p: C.add_card(p, jid, Card(stage_id=stage.id, lane_id=lane.id, text=data.draw(text)), data.draw(st.none() | st.integers(0, 5)))),
        "paste cards": stage and lane and (lambda p: C.paste_cards(p, jid, [Card(stage_id=stage.id, lane_id=lane.id) for _ in range(data.draw(st.integers(1, 3)))])),
        "capture card": stage and (lambda p: C.capture_card(p, jid, Card(stage_id=stage.id, lane_id=C.parking_lot(p, jid)[0], text=data.draw(text)), C.parking_lot(p, jid)[1])),
        "duplicate cards": card and (lambda p: C.duplicate_cards(p, jid, card_ids, [f"copy-{i}" for i in range(len(card_ids))])),
        "move cards": card and (lambda p: C.move_cards(p, jid, card_ids, _pick(data, journey.stages).id, _pick(data, journey.lanes).id, data.draw(st.integers(0, 6)))),
        "delete cards": card and (lambda p: C.delete_cards(p, jid, card_ids)),
        "badge": persona and card and (lambda p: C.add_persona_badge(p, jid, persona.id, card_ids)),
        "rename stage": stage and (lambda p: C.rename(p, jid, "stage", stage.id, data.draw(text))),
        "lane kind": lane and (lambda p: C.set_fields(p, jid, "lane", lane.id, None, kind=data.draw(st.sampled_from(LaneKind)))),
        "show lanes": lane and (lambda p: C.show_lanes(p, jid, [la.id for la in journey.lanes if la.hidden])),
        "add stage": lambda p: C.add_stage(p, jid, Stage(name=data.draw(text)), data.draw(st.none() | st.integers(0, 4))),
        "add lane": lambda p: C.add_lane(p, jid, Lane(title=data.draw(text), kind=data.draw(st.sampled_from(LaneKind))), data.draw(st.none() | st.integers(0, 4))),
        "remove stage": stage and (lambda p: C.remove_stage(p, jid, stage.id)),
        "remove lane": lane and (lambda p: C.remove_lane(p, jid, lane.id)),
        "move stage": stage and (lambda p: C.move_stage(p, jid, stage.id, data.draw(st.integers(0, 4)))),
        "move lane": lane and (lambda p: C.move_lane(p, jid, lane.id, data.draw(st.integers(0, 4)))),
        "duplicate stage": stage and (lambda p: C.duplicate_stage(p, jid, stage.id)),
        "duplicate lane": lane and (lambda p: C.duplicate_lane(p, jid, lane.id)),
        "emotion": stage and persona and (lambda p: C.set_emotion(p, jid, stage.id, persona.id, data.draw(st.integers(-2, 2)))),
        "remove emotion": point and (lambda p: C.remove_emotion_point(p, jid, point.id)),
        "add persona": lambda p: C.add_persona(p, Persona(name=data.draw(text), line_style=free_look(p.personas)), data.draw(st.none() | st.just(jid))),
        "remove persona": persona and (lambda p: C.remove_persona(p, persona.id)),
        "rename persona": persona and (lambda p: C.rename(p, jid, "persona", persona.id, data.draw(text))),
        "journey title": lambda p: C.rename(p, jid, "journey", jid, data.draw(text)),
        "map title": lambda p: C.set_fields(p, jid, "project", None, None, title=data.draw(text)),
        "add journey": lambda p: C.add_journey(p, Journey(title=data.draw(text))),
        "duplicate journey": lambda p: C.duplicate_journey(p, jid, data.draw(text)),
        "remove journey": lambda p: C.remove_journey(p, jid),
        "sub-journey": stage and (lambda p: C.link_sub_journey(p, jid, "stage", stage.id, _pick(data, [j.id for j in p.journeys] + [None]))),
        "card sub-journey": card and (lambda p: C.link_sub_journey(p, jid, "card", card.id, _pick(data, [j.id for j in p.journeys]))),
        "review": lambda p: C.set_review(p, jid, "owner", data.draw(text)),
        "import journeys": lambda p: C.import_journeys(p, [Journey(title=data.draw(text))], [Persona(name=data.draw(text), line_style=free_look(p.personas))]),
        "restore version": lambda p: C.replace_project(p, p.model_copy(deep=True, update={"title": data.draw(text)})),
        "start round": lambda p: C.start_voting_round(p, jid, VotingRound(budget=data.draw(st.integers(1, 3)), participants=data.draw(st.lists(names, unique=True)))),
        "vote": card and (lambda p: C.add_vote(p, jid, card.id, data.draw(names))),
        "take back a vote": card and (lambda p: C.remove_vote(p, jid, card.id, data.draw(names))),
        "reveal votes": lambda p: C.reveal_voting_round(p, jid),
        "end round": lambda p: C.end_voting_round(p, jid),
        "join round": lambda p: C.join_voting_round(p, jid, data.draw(names)),
        "record phone round": card and (lambda p: C.record_voting_round(p, jid, VotingRound(
            participants=["P"], votes=[Vote(participant="P", card_id=card.id)] * data.draw(st.integers(0, 3))))),
        "fork": stage and (lambda p: C.fork_after(p, jid, Fork(after_stage_id=stage.id, join_stage_id=_pick(data, journey.stages).id),
                                                 [Path(name="A"), Path(name="B")], [])),
        "remove path": journey.paths and (lambda p: C.remove_path(p, jid, _pick(data, journey.paths).id)),
        "move stage to path": stage and journey.paths and (lambda p: C.move_stage_to_path(p, jid, stage.id, data.draw(st.sampled_from([None, *(path.id for path in journey.paths)])))),
        "add loop": stage and (lambda p: C.add_loop(p, jid, Loop(from_stage_id=stage.id, to_stage_id=_pick(data, journey.stages).id, label=data.draw(text)))),
        "remove loop": journey.loops and (lambda p: C.remove_loop(p, jid, journey.loops[0].id)),
    }
    name = data.draw(st.sampled_from([name for name, make in choices.items() if make]), label="change")
    return choices[name]
