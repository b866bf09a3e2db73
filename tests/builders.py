"""Small valid projects for tests, built from the model's own constructors."""

from pathlib import Path

from cjdesigner.io.cjmap import save_project
from cjdesigner.model.document import Card, EmotionPoint, Fork, Journey, Lane, Loop, Path, Persona, Project, Stage
from cjdesigner.model.vocabulary import BlueprintLine, LaneChart, LaneKind, Language


def small_project() -> Project:
    """Two stages × two lanes, three cards in cell (s1, actions), one in (s2, pains), two personas."""
    ana = Persona(id="p-ana", name="Ana Lopez", colour="#AA3344")
    bo = Persona(id="p-bo", name="Bo", colour="#3344AA")
    s1, s2 = Stage(id="s1", name="Discover"), Stage(id="s2", name="Buy")
    actions = Lane(id="actions", title="Actions", kind=LaneKind.ACTIONS)
    pains = Lane(id="pains", title="Pain points", kind=LaneKind.PAIN_POINTS)
    cards = [
        Card(id="a", stage_id="s1", lane_id="actions", position=0, text="A", persona_ids=["p-ana"]),
        Card(id="b", stage_id="s1", lane_id="actions", position=1, text="B"),
        Card(id="c", stage_id="s1", lane_id="actions", position=2, text="C"),
        Card(id="d", stage_id="s2", lane_id="pains", position=0, text="D", severity=3, persona_ids=["p-bo"]),
    ]
    points = [
        EmotionPoint(id="e1", stage_id="s1", persona_id="p-ana", score=1),
        EmotionPoint(id="e2", stage_id="s2", persona_id="p-bo", score=-2),
    ]
    journey = Journey(
        id="j1",
        title="Current state",
        persona_ids=["p-ana", "p-bo"],
        stages=[s1, s2],
        lanes=[actions, pains],
        cards=cards,
        emotion_points=points,
    )
    return Project(title="Test", personas=[ana, bo], journeys=[journey])


def cell_texts(project: Project, stage_id: str, lane_id: str, journey_index: int = 0) -> list[str]:
    return [c.text for c in project.journeys[journey_index].cell_cards(stage_id, lane_id)]


class CountingList(list):
    """A journey's card list that counts how often it is read whole."""

    scans = 0

    def __iter__(self):
        CountingList.scans += 1
        return super().__iter__()


def saved_small_map(folder: Path) -> Path:
    """`small_project` saved as folder/map.cjmap."""
    path = folder / "map.cjmap"
    save_project(small_project(), path)
    return path


def half_em_measure(text: str, size: float) -> float:
    """A stand-in for a font: every character half an em wide, so widths are known without one."""
    return len(text) * size * 0.5


def large_project(cards: int) -> Project:
    """`cards` cards over 15 stages × 7 lanes, with the text of a real map (at 20,000 cards its
    JSON weighs about 9 MB, as a real map's does)."""
    project = small_project()
    journey = project.journeys[0]
    journey.stages = [Stage(id=f"s{i}", name=f"Stage {i}") for i in range(15)]
    journey.lanes = [Lane(id=f"l{i}", title=f"Lane {i}", kind=LaneKind.ACTIONS) for i in range(7)]
    journey.emotion_points = []
    words = "client achète compare livraison paiement retour avis conseiller magasin appli attente prix".split()
    journey.cards = [
        Card(id=f"c{i}", stage_id=f"s{i % 15}", lane_id=f"l{i // 15 % 7}", position=i // 105,
             text=" ".join(words[(i * k) % len(words)] for k in range(1, 5 + i % 9)), persona_ids=["p-ana"] if i % 3 else [],
             notes="Vu en atelier, à confirmer avec l’équipe du service client." * (i % 3), severity=i % 5 + 1, votes=i % 7)
        for i in range(cards)
    ]
    return project


def varied_project() -> Project:
    """Three stages; lanes with an emotion curve, a blueprint line and a hidden lane; a few cards."""
    personas = [Persona(id="p1", name="Ana", colour="#AA3344"), Persona(id="p2", name="Bo", colour="#3344AA")]
    stages = [Stage(id=f"s{i}", name=f"Stage {i}") for i in range(3)]
    lanes = [
        Lane(id="act", title="Actions", kind=LaneKind.ACTIONS),
        Lane(id="emo", title="Emotions", kind=LaneKind.EMOTIONS),
        Lane(id="front", title="Frontstage", kind=LaneKind.BACKSTAGE, line_below=BlueprintLine.VISIBILITY),
        Lane(id="gone", title="Hidden", kind=LaneKind.NOTES, hidden=True),
        Lane(id="pain", title="Pains", kind=LaneKind.PAIN_POINTS),
    ]
    cards = [Card(id=f"c{i}", stage_id=f"s{i % 3}", lane_id=("act", "pain", "gone")[i % 3], position=i // 3, text=f"Card {i}")
             for i in range(9)]
    points = [EmotionPoint(id=f"e{s}{p.id}", stage_id=f"s{s}", persona_id=p.id, score=0) for s in range(3) for p in personas]
    journey = Journey(id="j", title="Journey", persona_ids=["p1", "p2"], stages=stages, lanes=lanes, cards=cards, emotion_points=points)
    return Project(title="Incremental", personas=personas, journeys=[journey])


def metrics_map(chart: LaneChart | None = LaneChart.BARS, language: Language = Language.FR) -> Project:
    stages = [Stage(id=f"s{i}", name=name) for i, name in enumerate(("Découvrir", "Choisir", "Acheter"), start=1)]
    lanes = [Lane(id="kpi", title="Indicateurs", kind=LaneKind.METRICS, chart=chart), Lane(id="notes", title="Notes")]
    cards = [
        # The same metric in three stages, written three ways: one scale.
        Card(id="v1", stage_id="s1", lane_id="kpi", text="Visiteurs", value=48_000.0, unit="visiteurs", target=60_000.0),
        Card(id="v2", stage_id="s2", lane_id="kpi", text=" visiteurs ", value=30_000.0, unit="visiteurs"),
        Card(id="v3", stage_id="s3", lane_id="kpi", position=1, text="VISITEURS", value=12_000.0, unit="visiteurs", target=15_000.0),
        Card(id="late", stage_id="s3", lane_id="kpi", position=0, text="Livraisons à l'heure", value=82.0, unit="%", target=95.0),
        Card(id="empty", stage_id="s2", lane_id="kpi", position=1, text="Panier moyen", unit="€", target=950.0),
        Card(id="n1", stage_id="s1", lane_id="notes", text="Une note"),
    ]
    journey = Journey(id="j1", title="Parcours", stages=stages, lanes=lanes, cards=cards)
    return Project(title="Chiffres", language=language, journeys=[journey])


def linked_project(depth: int = 3) -> Project:
    """`small_project` and `depth` more journeys "Sub 1" … (ids j2 …), each of one stage and one lane;
    none linked yet."""
    project = small_project()
    for level in range(2, depth + 2):
        stage = Stage(id=f"s{level}-1", name=f"Step {level}")
        lane = Lane(id=f"l{level}", title="Actions", kind=LaneKind.ACTIONS)
        card = Card(id=f"c{level}", stage_id=stage.id, lane_id=lane.id, text=f"Card {level}")
        project.journeys.append(Journey(id=f"j{level}", title=f"Sub {level - 1}", stages=[stage], lanes=[lane], cards=[card]))
    return project
def branching_project() -> Project:
    """Discover → Consider, then a fork into "Online" (Order, Delivery) and "In store" (Visit),
    which meet again at Use; a return arrow from Order back to Consider. Cards on every path."""
    ana = Persona(id="p-ana", name="Ana Lopez", colour="#AA3344")
    bo = Persona(id="p-bo", name="Bo", colour="#3344AA")
    online = Path(id="online", name="Online", persona_ids=["p-ana"])
    store = Path(id="store", name="In store")
    stages = [
        Stage(id="s1", name="Discover"), Stage(id="s2", name="Consider"),
        Stage(id="o1", name="Order", path_id="online"), Stage(id="o2", name="Delivery", path_id="online"),
        Stage(id="m1", name="Visit", path_id="store"), Stage(id="s3", name="Use"),
    ]
    lanes = [Lane(id="actions", title="Actions", kind=LaneKind.ACTIONS), Lane(id="pains", title="Pain points", kind=LaneKind.PAIN_POINTS)]
    cards = [
        Card(id="a", stage_id="s1", lane_id="actions", text="Sees an ad"),
        Card(id="b", stage_id="o1", lane_id="actions", text="Fills the basket"),
        Card(id="c", stage_id="o1", lane_id="pains", position=0, text="Slow payment"),
        Card(id="d", stage_id="o2", lane_id="actions", text="Waits for the parcel"),
        Card(id="e", stage_id="m1", lane_id="actions", text="Tries it on"),
        Card(id="f", stage_id="m1", lane_id="pains", text="Queue"),
        Card(id="g", stage_id="s3", lane_id="actions", text="Uses it"),
    ]
    points = [
        EmotionPoint(id="e1", stage_id="s2", persona_id="p-ana", score=1),
        EmotionPoint(id="e2", stage_id="o1", persona_id="p-ana", score=-1),
        EmotionPoint(id="e3", stage_id="m1", persona_id="p-bo", score=2),
    ]
    journey = Journey(
        id="j1", title="Omnichannel", persona_ids=["p-ana", "p-bo"], stages=stages, lanes=lanes, cards=cards,
        emotion_points=points, paths=[online, store],
        forks=[Fork(id="f1", after_stage_id="s2", join_stage_id="s3", path_ids=["online", "store"])],
        loops=[Loop(id="l1", from_stage_id="o1", to_stage_id="s2", label="Compares again")],
    )
    return Project(title="Branches", personas=[ana, bo], journeys=[journey])
