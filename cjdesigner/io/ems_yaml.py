"""Enablement Map Studio files: one YAML file of several documents separated by `---`.

The `kind: cjm` document is a customer journey: a persona, `phases` (id, name), and `actions` (id,
name, phase, touchpoints, thoughts_feelings, emotion_score from −2 to +2). Phases become stages,
actions cards in Actions, their touchpoints cards in Touchpoints, their thoughts and feelings cards in
Thoughts, and the mean emotion score of each phase's actions the persona's emotion point there.
A `kind: sbp` document (a service blueprint: lanes of kind cjm, human, team or system, and tasks
pointing to an action through `source_id`) adds blueprint lanes: human → frontstage, team →
backstage, system → support processes, each task at the stage of the action it points to (or is
connected to, or stands under). The `outcome` and `em` documents have no place on a journey map and
are named in the warnings.

YAML is read with PyYAML's safe loader, never constructing Python objects, after a first pass over
its events that refuses anchors and aliases used more than a handful of times (the "billion laughs"
expansion), deep nesting, and more events than any real map holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cjdesigner.i18n import arg, translate
from cjdesigner.io.errors import LoadError
from cjdesigner.model.vocabulary import BlueprintLine, Language, LaneKind, Sentiment
from cjdesigner.layout.charts import format_number

if TYPE_CHECKING:
    from cjdesigner.io.import_base import Imported, MapBuilder

MAX_DEPTH = 64
MAX_EVENTS = 2_000_000
SBP_KINDS = {"human": LaneKind.FRONTSTAGE, "team": LaneKind.BACKSTAGE, "system": LaneKind.SUPPORT_PROCESSES}
BLUEPRINT_ORDER = (LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT_PROCESSES)


def _loader():
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def check_events(text: str) -> None:
    """Walk the YAML events once, refusing what could make loading explode in size or time: every
    alias counts as the whole value it repeats, so a "billion laughs" file is refused by what it
    would expand to, before anything is built."""
    import yaml

    events = 0
    stack: list[tuple[str | None, int]] = [(None, 0)]
    sizes: dict[str, int] = {}
    try:
        for event in yaml.parse(text, Loader=_loader()):
            events += 1
            line = event.start_mark.line + 1 if event.start_mark else None
            if events > MAX_EVENTS:
                raise LoadError(arg(translate("importers", "this YAML file holds more than %1 values, far more than any map; it is refused"), format_number(MAX_EVENTS)))
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                stack.append((event.anchor, 0))
                if len(stack) > MAX_DEPTH:
                    raise LoadError(arg(translate("importers", "this YAML file nests lists and mappings more than %1 deep; it is refused"), MAX_DEPTH), line=line)
                continue
            if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                anchor, count = stack.pop()
                size = count + 1
                if anchor:
                    sizes[anchor] = size
            elif isinstance(event, yaml.ScalarEvent):
                size = 1
                if event.anchor:
                    sizes[event.anchor] = 1
            elif isinstance(event, yaml.AliasEvent):
                size = sizes.get(event.anchor, 1)
            else:
                continue
            anchor, count = stack[-1]
            stack[-1] = (anchor, count + size)
            if count + size > MAX_EVENTS:
                raise LoadError(
                    arg(translate("importers", "this YAML file repeats anchored values (*aliases) until they would make more than %1 values, "
                                  "the way a file built to exhaust memory does; it is refused"), format_number(MAX_EVENTS)),
                    line=line,
                )
    except yaml.YAMLError as error:
        raise LoadError(_yaml_sentence(error), line=_yaml_line(error)) from None


def _yaml_line(error: Any) -> int | None:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    return mark.line + 1 if mark is not None else None


def _yaml_sentence(error: Any) -> str:
    problem = getattr(error, "problem", None)
    if not problem:
        return translate("importers", "this is not valid YAML: it cannot be read")
    return arg(translate("importers", "this is not valid YAML: %1"), problem)


def load_documents(text: str) -> list[Any]:
    import yaml

    check_events(text)
    try:
        return list(yaml.load_all(text, Loader=_loader()))  # noqa: S506 - a safe loader
    except yaml.YAMLError as error:
        raise LoadError(_yaml_sentence(error), line=_yaml_line(error)) from None
    except (ValueError, TypeError, OverflowError, RecursionError) as error:
        raise LoadError(arg(translate("importers", "this YAML file holds a value that cannot be read (%1)"), str(error)[:80])) from None


class _Reader:
    """Reads fields of the documents, naming the path of anything of the wrong type."""

    def __init__(self, warnings: list[str]) -> None:
        self.warnings = warnings

    def text(self, value: Any, path: str, required: bool = False) -> str:
        if value is None:
            if required:
                raise LoadError(arg(translate("importers", "%1 is missing; it must be a text"), path))
            return ""
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            if isinstance(value, list):
                raise LoadError(arg(translate("importers", "%1 must be a text, not a list"), path))
            if isinstance(value, dict):
                raise LoadError(arg(translate("importers", "%1 must be a text, not a mapping"), path))
            raise LoadError(arg(translate("importers", "%1 must be a text, not %2"), path, type(value).__name__))
        return str(value).strip()

    def items(self, value: Any, path: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise LoadError(arg(translate("importers", "%1 must be a list"), path))
        return value

    def mapping(self, value: Any, path: str) -> dict:
        if not isinstance(value, dict):
            raise LoadError(arg(translate("importers", "%1 must be a mapping of fields (name: value)"), path))
        return value


def import_ems(text: str, language: Language, fallback_title: str) -> Imported:
    """A new project from an Enablement Map Studio file."""
    from cjdesigner.io.import_base import Imported, MapBuilder, round_half_away

    documents = load_documents(text)
    warnings: list[str] = []
    reader = _Reader(warnings)
    kinds = [doc.get("kind") if isinstance(doc, dict) else None for doc in documents]
    if "cjm" not in kinds:
        found = ", ".join(sorted({str(k) for k in kinds if k})) or translate("importers", "none")
        raise LoadError(arg(translate("importers", "this YAML file has no document of kind: cjm (an Enablement Map Studio journey); the kinds found: %1"), found))
    index = kinds.index("cjm")
    cjm = documents[index]
    where = f"document {index + 1} (kind: cjm)"
    others = [str(k) for k in kinds if k not in ("cjm", "sbp")]
    if kinds.count("cjm") > 1:
        warnings.append(translate("importers", "the file holds several cjm documents; only the first was imported"))
    if others:
        warnings.append(arg(translate("importers", "these documents have no place on a journey map and were not imported: %1"), ", ".join(others)))
    persona = cjm.get("persona")
    title = fallback_title
    builder = MapBuilder(title, language)
    persona_id = None
    if persona is not None:
        persona = reader.mapping(persona, f"{where}: persona")
        name = reader.text(persona.get("name"), f"{where}: persona.name") or "Persona"
        persona_id = builder.persona(name, description=reader.text(persona.get("description"), f"{where}: persona.description"))
    stages: dict[str, str] = {}
    for i, phase in enumerate(reader.items(cjm.get("phases"), f"{where}: phases")):
        phase = reader.mapping(phase, f"{where}: phases[{i}]")
        phase_id = reader.text(phase.get("id"), f"{where}: phases[{i}].id", required=True)
        if phase_id in stages:
            raise LoadError(arg(translate("importers", '%1: phases[%2].id "%3" names two phases'), where, i, phase_id))
        stages[phase_id] = builder.stage(reader.text(phase.get("name"), f"{where}: phases[{i}].name") or phase_id)
    actions = builder.lane(LaneKind.ACTIONS)
    action_stage: dict[str, str] = {}
    scores: dict[str, list[float]] = {}
    later: list[tuple[str, str, str]] = []
    unscored: list[str] = []
    for i, action in enumerate(reader.items(cjm.get("actions"), f"{where}: actions")):
        path = f"{where}: actions[{i}]"
        action = reader.mapping(action, path)
        phase_id = reader.text(action.get("phase"), f"{path}.phase", required=True)
        if phase_id not in stages:
            if not stages:
                raise LoadError(arg(translate("importers", '%1.phase "%2" is not one of the phases (there are none)'), path, phase_id))
            raise LoadError(arg(translate("importers", '%1.phase "%2" is not one of the phases (%3)'), path, phase_id, ", ".join(list(stages)[:10])))
        stage_id = stages[phase_id]
        name = reader.text(action.get("name"), f"{path}.name")
        action_stage[reader.text(action.get("id"), f"{path}.id")] = stage_id
        score = action.get("emotion_score")
        fields: dict[str, Any] = {"persona_ids": [persona_id] if persona_id else []}
        if score is None:
            unscored.append(name or f"actions[{i}]")
        elif isinstance(score, bool) or not isinstance(score, (int, float)) or not -2 <= score <= 2:
            raise LoadError(arg(translate("importers", "%1.emotion_score must be a number from -2 to +2, not %2"), path, f"{score!r:.40}"))
        else:
            scores.setdefault(stage_id, []).append(float(score))
            fields["sentiment"] = Sentiment.POSITIVE if score > 0 else Sentiment.NEGATIVE if score < 0 else Sentiment.NEUTRAL
        builder.card(stage_id, actions, name, **fields)
        for j, touchpoint in enumerate(reader.items(action.get("touchpoints"), f"{path}.touchpoints")):
            later.append((stage_id, "touchpoints", reader.text(touchpoint, f"{path}.touchpoints[{j}]")))
        for j, thought in enumerate(reader.items(action.get("thoughts_feelings"), f"{path}.thoughts_feelings")):
            later.append((stage_id, "thoughts", reader.text(thought, f"{path}.thoughts_feelings[{j}]")))
        known = {"id", "name", "phase", "touchpoints", "thoughts_feelings", "emotion_score"}
        for key in action:
            if key not in known:
                warnings.append(arg(translate("importers", '%1: the field "%2" has no place on a card and was not imported'), path, str(key)[:40]))
    for kind, lane_kind in (("touchpoints", LaneKind.TOUCHPOINTS), ("thoughts", LaneKind.THOUGHTS)):
        items = [(stage_id, text) for stage_id, k, text in later if k == kind]
        if items:
            lane_id = builder.lane(lane_kind)
            for stage_id, text in items:
                builder.card(stage_id, lane_id, text, persona_ids=[persona_id] if persona_id else [])
    if unscored:
        warnings.append(arg(translate("importers", "these actions have no emotion_score, so they add nothing to the emotion curve: %1"), ", ".join(unscored[:10])))
    if persona_id is not None:
        for stage_id, values in scores.items():
            builder.emotion(stage_id, persona_id, max(-2, min(2, round_half_away(sum(values) / len(values)))))
    elif scores:
        warnings.append(translate("importers", "the journey has no persona, so its emotion scores could not make an emotion curve"))
    if "sbp" in kinds:
        sbp_index = kinds.index("sbp")
        _blueprint(builder, reader, documents[sbp_index], f"document {sbp_index + 1} (kind: sbp)", action_stage)
    return Imported(builder.finish(), warnings)


def _blueprint(builder: MapBuilder, reader: _Reader, sbp: dict, where: str, action_stage: dict[str, str]) -> None:
    warnings = reader.warnings
    lanes: dict[str, tuple[LaneKind, str]] = {}
    mirror_x: list[tuple[float, str]] = []
    for i, lane in enumerate(reader.items(sbp.get("lanes"), f"{where}: lanes")):
        lane = reader.mapping(lane, f"{where}: lanes[{i}]")
        lane_id = reader.text(lane.get("id"), f"{where}: lanes[{i}].id", required=True)
        kind = reader.text(lane.get("kind"), f"{where}: lanes[{i}].kind")
        if kind == "cjm":
            lanes[lane_id] = (LaneKind.ACTIONS, "")
            continue
        if kind not in SBP_KINDS:
            warnings.append(arg(translate("importers", '%1: lanes[%2] is of kind "%3", which is not human, team or system; it became a backstage lane'), where, i, kind[:20]))
        name = reader.text(lane.get("name"), f"{where}: lanes[{i}].name") or lane_id
        lanes[lane_id] = (SBP_KINDS.get(kind, LaneKind.BACKSTAGE), name)
        if lane.get("description"):
            warnings.append(arg(translate("importers", '%1: the description of the lane "%2" was not imported (a lane has no description)'), where, name[:40]))
    tasks = [reader.mapping(t, f"{where}: tasks[{i}]") for i, t in enumerate(reader.items(sbp.get("tasks"), f"{where}: tasks"))]
    for task in tasks:
        if lanes.get(str(task.get("lane")), (None,))[0] == LaneKind.ACTIONS and str(task.get("id")) in action_stage:
            x = _x(task)
            if x is not None:
                mirror_x.append((x, action_stage[str(task.get("id"))]))
    links: dict[str, str] = {}
    for connection in reader.items(sbp.get("connections"), f"{where}: connections"):
        if isinstance(connection, dict):
            source, target = str(connection.get("source")), str(connection.get("target"))
            if source in action_stage:
                links.setdefault(target, action_stage[source])
            if target in action_stage:
                links.setdefault(source, action_stage[target])
    by_kind: dict[LaneKind, list[tuple[str, str, str, str]]] = {}
    unplaced: list[str] = []
    for i, task in enumerate(tasks):
        lane_id = reader.text(task.get("lane"), f"{where}: tasks[{i}].lane")
        if lane_id not in lanes:
            raise LoadError(arg(translate("importers", '%1: tasks[%2].lane "%3" is not one of the lanes'), where, i, lane_id[:40]))
        kind, lane_name = lanes[lane_id]
        if kind == LaneKind.ACTIONS:
            continue  # the journey's own actions, mirrored in the blueprint
        name = reader.text(task.get("name"), f"{where}: tasks[{i}].name")
        task_id = reader.text(task.get("id"), f"{where}: tasks[{i}].id")
        stage_id = action_stage.get(reader.text(task.get("source_id"), f"{where}: tasks[{i}].source_id")) or links.get(task_id)
        if stage_id is None and mirror_x and (x := _x(task)) is not None:
            stage_id = min(mirror_x, key=lambda item: abs(item[0] - x))[1]
        if stage_id is None:
            stage_id = builder.journey.stages[0].id if builder.journey.stages else None
            unplaced.append(name[:40])
        if stage_id is None:
            continue
        notes = reader.text(task.get("description"), f"{where}: tasks[{i}].description")
        by_kind.setdefault(kind, []).append((lane_name, stage_id, name, notes))
    if unplaced:
        warnings.append(arg(translate("importers", "these blueprint tasks point to no action, so they were put at the first stage: %1"), ", ".join(unplaced[:10])))
    if sbp.get("connections"):
        warnings.append(translate("importers", "the blueprint's connections (arrows between tasks) were not imported: a map has no arrows"))
    last_lane: dict[LaneKind, str] = {}
    for kind in BLUEPRINT_ORDER:
        for lane_kind, lane_name in lanes.values():
            if lane_kind == kind:
                last_lane[kind] = builder.lane(kind, lane_name)
    for kind in BLUEPRINT_ORDER:
        for lane_name, stage_id, name, notes in by_kind.get(kind, []):
            lane_id = builder.lane(kind, lane_name)
            builder.card(stage_id, lane_id, name, notes=notes)
    _blueprint_lines(builder, last_lane)


def _blueprint_lines(builder: MapBuilder, last_lane: dict[LaneKind, str]) -> None:
    """Line of interaction above the first blueprint lane, of visibility below the frontstage,
    of internal interaction above the support processes."""
    lanes = builder.journey.lanes
    present = [kind for kind in BLUEPRINT_ORDER if kind in last_lane]
    if not present:
        return
    first_blueprint = next(i for i, lane in enumerate(lanes) if lane.kind in BLUEPRINT_ORDER)
    if first_blueprint > 0:
        lanes[first_blueprint - 1].line_below = BlueprintLine.INTERACTION
    ids = {lane.id: lane for lane in lanes}
    if LaneKind.FRONTSTAGE in last_lane and len(present) > 1:
        ids[last_lane[LaneKind.FRONTSTAGE]].line_below = BlueprintLine.VISIBILITY
    if LaneKind.SUPPORT_PROCESSES in last_lane and LaneKind.BACKSTAGE in last_lane:
        ids[last_lane[LaneKind.BACKSTAGE]].line_below = BlueprintLine.INTERNAL_INTERACTION


def _x(task: dict) -> float | None:
    position = task.get("position")
    if isinstance(position, dict) and isinstance(position.get("x"), (int, float)) and not isinstance(position.get("x"), bool):
        return float(position["x"])
    return None
