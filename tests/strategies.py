"""Hypothesis strategies that build random valid projects (model only, no Qt)."""

from datetime import datetime, timedelta, timezone

from hypothesis import strategies as st

from cjdesigner.model.document import Card, EmotionPoint, Evidence, Journey, Lane, Persona, Project, Stage
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
