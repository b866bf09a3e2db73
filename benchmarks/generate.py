"""Generated maps for benchmarks: `python benchmarks/generate.py CARDS OUT.cjmap` (15 stages × 8 lanes)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from cjdesigner.io.cjmap import save_project
from cjdesigner.model.document import Card, EmotionPoint, Journey, Lane, Persona, Project, Stage
from cjdesigner.model.vocabulary import Channel, LaneKind, Sentiment

WORDS = "client achète compare livraison paiement retour avis conseiller magasin appli attente prix choix stock".split()
KINDS = [LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.THOUGHTS, LaneKind.EMOTIONS,
         LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.BACKSTAGE, LaneKind.NOTES]


def generated_project(cards: int, stages: int = 15, seed: int = 7) -> Project:
    rng = random.Random(seed)
    personas = [Persona(id=f"p{i}", name=f"Persona {i}", colour=c) for i, c in enumerate(("#D1495B", "#2E86AB", "#66A182"))]
    stage_list = [Stage(id=f"s{i}", name=f"Stage {i + 1}") for i in range(stages)]
    lanes = [Lane(id=f"l{i}", title=kind.value.replace("_", " ").title(), kind=kind) for i, kind in enumerate(KINDS)]
    card_lanes = [lane for lane in lanes if lane.kind != LaneKind.EMOTIONS]
    filled: dict[tuple[str, str], int] = {}
    card_list = []
    for index in range(cards):
        stage = stage_list[index % stages].id
        lane = card_lanes[(index // stages) % len(card_lanes)].id
        position = filled.get((stage, lane), 0)
        filled[(stage, lane)] = position + 1
        card_list.append(Card(
            id=f"c{index}", stage_id=stage, lane_id=lane, position=position,
            text=" ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 14))).capitalize(),
            persona_ids=[p.id for p in personas if rng.random() < 0.3],
            sentiment=rng.choice([None, *Sentiment]), channel=rng.choice([None, *Channel]),
            severity=rng.choice([None, 1, 3, 5]), votes=rng.randint(0, 9),
        ))
    points = [EmotionPoint(id=f"e{p.id}{s.id}", stage_id=s.id, persona_id=p.id, score=rng.randint(-2, 2))
              for p in personas for s in stage_list]
    journey = Journey(id="j", title=f"{cards} cards", persona_ids=[p.id for p in personas], stages=stage_list,
                      lanes=lanes, cards=card_list, emotion_points=points)
    return Project(title=f"Benchmark {cards}", personas=personas, journeys=[journey])


if __name__ == "__main__":
    save_project(generated_project(int(sys.argv[1])), Path(sys.argv[2]))
