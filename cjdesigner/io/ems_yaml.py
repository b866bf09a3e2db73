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

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cjdesigner.i18n import arg, translate
from cjdesigner.io.errors import LoadError
from cjdesigner.model.messages import describe
from cjdesigner.model.vocabulary import BlueprintLine, Language, LaneKind, Sentiment
from cjdesigner.layout.charts import format_number

if TYPE_CHECKING:
    from cjdesigner.io.import_base import Imported, MapBuilder

MAX_DEPTH = 64
MAX_EVENTS = 2_000_000
SBP_KINDS = {"human": LaneKind.FRONTSTAGE, "team": LaneKind.BACKSTAGE, "system": LaneKind.SUPPORT_PROCESSES}
BLUEPRINT_ORDER = (LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT_PROCESSES)


class Scalar(str):
    """A plain scalar YAML would turn into a number, a boolean or a date, kept as the text written
    (`name: 12345.0` stays "12345.0", `name: yes` stays "yes"); `value` is what YAML reads in it,
    for the few fields that are numbers (an emotion score, a position)."""

    value: Any = None


def _kept(construct: Any) -> Any:
    def build(loader: Any, node: Any) -> Scalar:
        scalar = Scalar(node.value)
        try:
            scalar.value = construct(loader, node)
        except (ValueError, TypeError, OverflowError):
            scalar.value = None
        return scalar

    return build


_LOADER: Any = None


def _loader():
    """PyYAML's safe loader (its C parser when built), with numbers, booleans and dates kept as text."""
    global _LOADER
    if _LOADER is None:
        import yaml
        from yaml.constructor import SafeConstructor

        loader = type("KeptScalarLoader", (getattr(yaml, "CSafeLoader", yaml.SafeLoader),), {})
        for tag, construct in (("int", SafeConstructor.construct_yaml_int), ("float", SafeConstructor.construct_yaml_float),
                               ("bool", SafeConstructor.construct_yaml_bool), ("timestamp", SafeConstructor.construct_yaml_timestamp)):
            loader.add_constructor(f"tag:yaml.org,2002:{tag}", _kept(construct))
        _LOADER = loader
    return _LOADER


def number(value: Any) -> float | None:
    """The number a scalar holds, written with ASCII digits as YAML reads numbers; None otherwise."""
    found = value.value if isinstance(value, Scalar) else None
    if isinstance(found, bool) or not isinstance(found, (int, float)):
        return None
    return found


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
        raise _yaml_error(error, text) from None


def _yaml_error(error: Any, text: str) -> LoadError:
    """Our own sentence, placed at the parser's line and column: PyYAML explains in English only, so
    its words are matched to a sentence of ours (a tab, an alias, a Python tag) or left out."""
    problem = str(getattr(error, "problem", "") or "")
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    lines = text.splitlines() if mark is not None else []
    at = lines[mark.line][mark.column : mark.column + 1] if mark is not None and mark.line < len(lines) else ""
    if "'\\t'" in problem or at == "\t":
        message = translate("importers", "this is not valid YAML: a tab stands where YAML allows only spaces")
    elif problem.startswith("found undefined alias"):
        message = translate("importers", "this is not valid YAML: an alias (*name) repeats an anchor (&name) that no value above it has")
    elif problem.startswith("could not determine a constructor"):
        message = translate("importers", "this is not valid YAML for a map: a tag (!!…) asks for a kind of value cjdesigner never builds")
    else:
        message = translate("importers", "this is not valid YAML: look at the indentation, the colons and the brackets here")
    if mark is None:
        return LoadError(message)
    return LoadError(message, line=mark.line + 1, column=mark.column + 1)


def load_documents(text: str) -> list[Any]:
    import yaml

    check_events(text)
    try:
        return list(yaml.load_all(text, Loader=_loader()))  # noqa: S506 - a safe loader
    except yaml.YAMLError as error:
        raise _yaml_error(error, text) from None
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
        if not isinstance(value, str):
            if isinstance(value, list):
                raise LoadError(arg(translate("importers", "%1 must be a text, not a list"), path))
            if isinstance(value, dict):
                raise LoadError(arg(translate("importers", "%1 must be a text, not a mapping"), path))
            raise LoadError(arg(translate("importers", "%1 must be a text, not %2"), path, type(value).__name__))
        return str(value).strip("\n")

    def items(self, value: Any, path: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise LoadError(arg(translate("importers", "%1 must be a list"), path))
        return value

    def mapping(self, value: Any, path: str) -> dict:
        if not isinstance(value, dict):
            raise LoadError(arg(translate("importers", "%1 must be a mapping of fields (`name: value`)"), path))
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
    where = arg(translate("importers", "document %1 (`kind: %2`)"), index + 1, "cjm")
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
        elif (score := number(score)) is None or not -2 <= score <= 2:
            shown = describe(action.get("emotion_score"))
            raise LoadError(arg(translate("importers", "%1.emotion_score must be a number from -2 to +2, not %2"), path, shown))
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
        _blueprint(builder, reader, documents[sbp_index], arg(translate("importers", "document %1 (`kind: %2`)"), sbp_index + 1, "sbp"), action_stage)
    return Imported(builder.finish(), warnings)


def _blueprint(builder: MapBuilder, reader: _Reader, sbp: dict, where: str, action_stage: dict[str, str]) -> None:
    warnings = reader.warnings
    lanes: dict[str, tuple[LaneKind, str]] = {}
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
    tasks = [_task(reader, t, f"{where}: tasks[{i}]", lanes) for i, t in enumerate(reader.items(sbp.get("tasks"), f"{where}: tasks"))]
    connections = [c for c in reader.items(sbp.get("connections"), f"{where}: connections") if isinstance(c, dict)]
    stage_of = _place(tasks, connections, action_stage, lanes)
    by_kind: dict[LaneKind, list[tuple[str, str, str, str]]] = {}
    unplaced: list[str] = []
    extra_actions: list[str] = []
    for task in tasks:
        kind, lane_name = lanes[task.lane]
        if task.mirrors(action_stage, kind):
            continue  # the journey's own action, shown again in the blueprint
        stage_id = stage_of.get(task.id)
        if stage_id is None:
            if not builder.journey.stages:
                raise LoadError(arg(translate("importers", "%1: the blueprint has tasks but the journey has no phases to put them in"), where))
            stage_id = builder.journey.stages[0].id
            unplaced.append(task.name[:40])
        if kind == LaneKind.ACTIONS:
            extra_actions.append(task.name[:40])
            builder.card(stage_id, builder.lane(LaneKind.ACTIONS), task.name, notes=task.notes)
            continue
        by_kind.setdefault(kind, []).append((lane_name, stage_id, task.name, task.notes))
    if extra_actions:
        warnings.append(arg(translate("importers", "these tasks of the blueprint's customer lane are not actions of the journey; they became cards of the Actions lane: %1"),
                            _listed(extra_actions)))
    if unplaced:
        warnings.append(arg(translate("importers", "these blueprint tasks point to no action, so they were put at the first stage: %1"), _listed(unplaced)))
    if connections or any(task.links for task in tasks):
        warnings.append(translate("importers", "the blueprint's connections (arrows between tasks) were not imported: a map has no arrows"))
    last_lane: dict[LaneKind, str] = {}
    for kind in BLUEPRINT_ORDER:
        for lane_kind, lane_name in lanes.values():
            if lane_kind == kind:
                last_lane[kind] = builder.lane(kind, lane_name)
    for kind in BLUEPRINT_ORDER:
        for lane_name, stage_id, name, notes in by_kind.get(kind, []):
            builder.card(stage_id, builder.lane(kind, lane_name), name, notes=notes)
    _blueprint_lines(builder, last_lane)


@dataclass
class _Task:
    id: str
    lane: str
    name: str
    notes: str
    source_id: str
    links: list[str]
    x: float | None

    def mirrors(self, action_stage: dict[str, str], kind: LaneKind) -> bool:
        """A task of the customer lane standing for one of the journey's actions (by its id, or by
        `source_id` as the studio's first files wrote it)."""
        return kind == LaneKind.ACTIONS and (self.id in action_stage or self.source_id in action_stage)


def _task(reader: _Reader, value: Any, path: str, lanes: dict[str, tuple[LaneKind, str]]) -> _Task:
    task = reader.mapping(value, path)
    lane_id = reader.text(task.get("lane"), f"{path}.lane")
    if lane_id not in lanes:
        raise LoadError(arg(translate("importers", '%1.lane "%2" is not one of the lanes'), path, lane_id[:40]))
    links = task.get("link_to")
    links = [links] if isinstance(links, str) else reader.items(links, f"{path}.link_to")
    position = task.get("position")
    x = number(position.get("x")) if isinstance(position, dict) else None
    return _Task(
        id=reader.text(task.get("id"), f"{path}.id"), lane=lane_id, name=reader.text(task.get("name"), f"{path}.name"),
        notes=reader.text(task.get("description"), f"{path}.description"),
        source_id=reader.text(task.get("source_id"), f"{path}.source_id"),
        links=[reader.text(link, f"{path}.link_to[{j}]") for j, link in enumerate(links)], x=None if x is None else float(x),
    )


def _place(tasks: list[_Task], connections: list[dict], action_stage: dict[str, str], lanes: dict[str, tuple[LaneKind, str]]) -> dict[str, str]:
    """The stage of each task: the action its `source_id` names; else the nearest action through
    `link_to` links, connections and `source_id`s, followed either way; else the action standing
    nearest above it on the studio's canvas."""
    known = dict(action_stage)
    for task in tasks:
        if task.mirrors(action_stage, lanes[task.lane][0]):
            known.setdefault(task.id, action_stage.get(task.id) or action_stage[task.source_id])
    links: dict[str, list[str]] = {}
    pairs = [(t.id, t.source_id) for t in tasks if t.source_id] + [(t.id, link) for t in tasks for link in t.links]
    pairs += [(str(c.get("source")), str(c.get("target"))) for c in connections]
    for a, b in pairs:
        if not a or not b:
            continue
        links.setdefault(a, []).append(b)
        links.setdefault(b, []).append(a)
    reached = dict(known)
    frontier = list(known)
    while frontier:
        following = []
        for node in frontier:
            for other in links.get(node, ()):
                if other not in reached:
                    reached[other] = reached[node]
                    following.append(other)
        frontier = following
    mirrored = [(t.x, known[t.id]) for t in tasks if t.x is not None and t.id in known and lanes[t.lane][0] == LaneKind.ACTIONS]
    stages: dict[str, str] = {}
    for task in tasks:
        stage_id = action_stage.get(task.source_id) or reached.get(task.id)
        if stage_id is None and mirrored and task.x is not None:
            x = task.x
            stage_id = min(mirrored, key=lambda item: abs(item[0] - x))[1]
        if stage_id is not None:
            stages[task.id] = stage_id
    return stages


def _listed(names: list[str]) -> str:
    from cjdesigner.model.messages import listed

    return listed(names)


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
