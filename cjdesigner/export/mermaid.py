"""A journey as a Mermaid user journey (`.mmd`): stages → sections, the Actions lane's cards → tasks.

Each task's actors are its card's personas; its score (1–5) is the one the card came with from
Mermaid while the map still agrees with it (same sentiment, same emotion points), else it is taken
from its personas' emotion points at that stage (point + 3), kept within the card's sentiment.
Mermaid has no place for the other lanes, a card's other fields, labels, colours or roles: the
warnings list what was left out. Characters Mermaid reads as syntax (`:` `;` `#` `%`, line breaks,
and `,` in an actor's name) are written as the entity codes Mermaid itself decodes (`#58;`…), so the
diagram shows them and the importer gives back exactly the text that was exported.
"""

from __future__ import annotations

from pathlib import Path

from cjdesigner.export.options import ExportOptions, ExportReport, Progress
from cjdesigner.export.selection import selected_journey
from cjdesigner.i18n import arg, translate
from cjdesigner.io.import_base import round_half_away
from cjdesigner.io.mermaid import SCORE_FIELD, emotion_for_scores, escape, sentiment_for_score
from cjdesigner.model.branches import path_routes
from cjdesigner.model.document import Card, Journey, Project, Stage
from cjdesigner.model.vocabulary import LaneKind, Sentiment
from cjdesigner.layout.charts import format_number

BANDS = {Sentiment.NEGATIVE: (1, 2), Sentiment.NEUTRAL: (3, 3), Sentiment.POSITIVE: (4, 5)}




def _stored(card: Card) -> float | None:
    value = card.unknown_fields().get(SCORE_FIELD)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 1 <= value <= 5:
        return float(value)
    return None


def task_scores(journey: Journey, cards: list[Card]) -> dict[str, int | float | None]:
    """Each task's score: its stored one where the map still agrees with it, else from emotion points."""
    points = {(p.stage_id, p.persona_id): p.score for p in journey.emotion_points}
    groups: dict[tuple[str, str], list[Card]] = {}
    for card in cards:
        for persona_id in card.persona_ids:
            groups.setdefault((card.stage_id, persona_id), []).append(card)
    intact = set()
    for key, members in groups.items():
        stored = [_stored(c) for c in members]
        if all(s is not None for s in stored) and points.get(key) == emotion_for_scores(stored):  # type: ignore[arg-type]
            intact.add(key)
    result: dict[str, int | float | None] = {}
    for card in cards:
        stored = _stored(card)
        keys = [(card.stage_id, p) for p in card.persona_ids]
        if stored is not None and sentiment_for_score(stored) == card.sentiment and all(k in intact for k in keys):
            result[card.id] = int(stored) if stored.is_integer() else stored
            continue
        known = [points[k] + 3 for k in keys if k in points]
        if known:
            score = round_half_away(sum(known) / len(known))
        elif card.sentiment is not None:
            score = {Sentiment.NEGATIVE: 2, Sentiment.NEUTRAL: 3, Sentiment.POSITIVE: 4}[card.sentiment]
        else:
            result[card.id] = None
            continue
        if card.sentiment is not None:
            low, high = BANDS[card.sentiment]
            score = min(high, max(low, score))
        result[card.id] = score
    return result


def mermaid_text(project: Project, options: ExportOptions, stages: list[Stage] | None = None, path_name: str = "") -> tuple[str, list[str]]:
    """The journey as one Mermaid journey; with `stages`, the stages of one way through a journey
    that forks, its title naming the path (`path_name`)."""
    journey = selected_journey(project, options.selection)
    stages = journey.stages if stages is None else stages
    warnings: list[str] = []
    names = {p.id: p.name for p in project.personas}
    action_lanes = [lane for lane in journey.lanes if lane.kind == LaneKind.ACTIONS]
    cards = [c for s in stages for lane in action_lanes for c in journey.cell_cards(s.id, lane.id)]
    scores = task_scores(journey, cards)
    lines = ["journey"]
    title = f"{journey.title} — {path_name}" if path_name else journey.title
    if title.strip():
        lines.append(f"    title {escape(title)}")
    if journey.scenario.strip():
        lines.append(f"    accDescr: {escape(journey.scenario)}")
    unscored: list[str] = []
    for stage in stages:
        lines.append(f"    section {escape(stage.name) or '-'}")
        for lane in action_lanes:
            for card in journey.cell_cards(stage.id, lane.id):
                text = escape(card.text, task=True) or "-"
                actors = ", ".join(escape(names.get(p, p), actor=True) or "?" for p in card.persona_ids)
                score = scores[card.id]
                if score is None:
                    unscored.append(card.text.strip()[:40])
                    score = 3
                lines.append(f"      {text}: {score:g}" + (f": {actors}" if actors else ""))
    if not action_lanes:
        warnings.append(translate("export", "the journey has no Actions lane, so the Mermaid journey has sections but no tasks"))
    others = [lane for lane in journey.lanes if lane.kind != LaneKind.ACTIONS and lane.kind != LaneKind.EMOTIONS]
    left = [(lane.title, sum(1 for c in journey.cards if c.lane_id == lane.id)) for lane in others]
    left = [(title, n) for title, n in left if n]
    if left:
        listed = ", ".join(f"{title} ({format_number(n)})" for title, n in left[:10])
        warnings.append(arg(translate("export", "Mermaid journeys hold only the actions: the cards of these lanes were left out: %1"), listed))
    if unscored:
        warnings.append(arg(translate("export", "these tasks have neither a sentiment nor an emotion point of their personas, so they were given the middle score 3: %1"), ", ".join(unscored[:10])))
    kept_out = [
        word for word, present in (
            (translate("export", "notes"), any(c.notes for c in cards)), (translate("export", "tags"), any(c.tags for c in cards)),
            (translate("export", "evidence"), any(c.evidence for c in cards)), (translate("export", "channels"), any(c.channel for c in cards)),
            (translate("export", "severities"), any(c.severity for c in cards)), (translate("export", "votes"), any(c.votes for c in cards)),
            (translate("export", "owners"), any(c.owner for c in cards)), (translate("export", "colours"), any(c.colour for c in cards)),
            (translate("export", "confidence"), any(c.confidence for c in cards)),
            (translate("export", "emotion point labels"), any(p.label for p in journey.emotion_points)),
        ) if present
    ]
    if kept_out:
        warnings.append(arg(translate("export", "Mermaid has no place for these parts of the cards, so they were left out: %1"), ", ".join(kept_out)))
    return "\n".join(lines) + "\n", warnings


def write_mermaid(project: Project, options: ExportOptions, path: str | Path) -> list[str]:
    """Write the `.mmd` file atomically; returns what Mermaid could not hold."""
    from cjdesigner.io.atomic import write_atomic

    journey = selected_journey(project, options.selection)
    ways = path_routes(journey)
    if len(ways) < 2:
        text, warnings = mermaid_text(project, options)
        write_atomic(Path(path), text.encode("utf-8"), keep_backup=False)
        return warnings
    target = Path(path)
    written: list[str] = []
    warnings = []
    for index, (name, stages) in enumerate(ways):
        text, said = mermaid_text(project, options, stages, name)
        out = target if not index else target.with_name(f"{target.stem}-{index + 1}{target.suffix}")
        write_atomic(out, text.encode("utf-8"), keep_backup=False)
        written.append(f"{out.name} ({name})")
        warnings += [w for w in said if w not in warnings]
    said = translate("export", "the journey forks, and a Mermaid journey has no paths: one Mermaid journey was written per path: %1")
    return [arg(said, ", ".join(written)), *warnings]


def export_mermaid(project: Project, options: ExportOptions, path: Path, progress: Progress | None = None) -> ExportReport:
    """The registry's entry point: the same writer, its warnings in a report."""
    return ExportReport(warnings=write_mermaid(project, options, path))
