"""Mermaid user journeys (`journey` diagrams), read as Mermaid itself reads them.

A journey is `title`, then `section` lines, each followed by tasks written `name: score: actors`.
As in Mermaid's grammar, `%%` and `#` start a comment, keywords are case-insensitive, `;` ends a
statement, and `accTitle` / `accDescr` (also `accDescr { … }` over several lines) are accessibility
text. Each section becomes a stage, each task a card in the Actions lane with its actors' badges
(actors become personas, once per name), the score (1–5) the card's sentiment, and the mean of each
actor's scores in a section an emotion point, moved to −2…+2.

Mermaid decodes entity codes (`#35;`, `#59;`, `#quot;`) before it parses anything, so they never
act as syntax; the importer does the same, and the exporter writes the characters Mermaid reads as
syntax that way, so export → import gives back exactly the text it was given.

The task's own score is kept on its card (`mermaid_score`, a field the file keeps like any other it
does not show), so export → import gives back every score, as long as the map was not edited in a
way that contradicts it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cjdesigner.i18n import QT_TRANSLATE_NOOP, MapWord, arg, translate
from cjdesigner.io.errors import LoadError
from cjdesigner.layout.charts import format_number
from cjdesigner.model.limits import MAX_CARDS, MAX_PERSONAS, MAX_STAGES
from cjdesigner.model.vocabulary import Language, LaneKind, Sentiment, fold

if TYPE_CHECKING:
    from cjdesigner.io.import_base import Imported, MapBuilder

SCORE_FIELD = "mermaid_score"
NO_SECTION = MapWord("mermaid import", QT_TRANSLATE_NOOP("mermaid import", "(no section)"))
_KEYWORD = re.compile(r"([A-Za-z]+)(?:[ \t]+(.*)|[ \t]*)$", re.DOTALL)
_ACC = re.compile(r"(accTitle|accDescr)\s*:\s*(.*)$", re.IGNORECASE | re.DOTALL)
_ACC_BLOCK = re.compile(r"accDescr\s*\{(.*)$", re.IGNORECASE | re.DOTALL)
_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")
_ENTITY = re.compile(r"#([A-Za-z0-9_]+);")
_PROTECTED = re.compile("\ue000([A-Za-z0-9_]+)\ue001")
_TASK_DATA = re.compile(r"\s*[-+]?\d+(?:\.\d+)?\s*(?::.*)?$", re.DOTALL)
# What Mermaid reads as syntax in a name, written as entity codes it decodes itself.
ESCAPES = {"#": "#35;", ":": "#58;", ";": "#59;", "%": "#37;", "\n": "#10;", "\r": "#13;", "\t": "#9;", "\ue000": "#57344;", "\ue001": "#57345;"}
ACTOR_ESCAPES = {**ESCAPES, ",": "#44;"}
KEYWORDS = ("journey", "title", "section", "acctitle", "accdescr")
DIAGRAM_WORDS = (
    "flowchart", "graph", "sequenceDiagram", "classDiagram", "stateDiagram", "stateDiagram-v2", "erDiagram",
    "gantt", "pie", "mindmap", "timeline", "gitGraph", "quadrantChart", "requirementDiagram", "C4Context",
    "sankey-beta", "xychart-beta", "block-beta", "kanban", "architecture-beta", "packet-beta",
)


@dataclass
class Task:
    name: str
    score: float | None
    actors: list[str]
    line: int


@dataclass
class Section:
    name: str | None
    line: int
    tasks: list[Task] = field(default_factory=list)


@dataclass
class MermaidJourney:
    title: str = ""
    acc_title: str = ""
    acc_descr: str = ""
    sections: list[Section] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    actors: set[str] = field(default_factory=set)
    tasks: int = 0


def escape(text: str, actor: bool = False, task: bool = False) -> str:
    """`text` as Mermaid reads it back unchanged: syntax characters as entity codes, and so are
    spaces at either end (Mermaid trims them) and the first letter of a task named like a keyword
    ("title…", "section…"), which Mermaid would read as that keyword."""
    table = ACTOR_ESCAPES if actor else ESCAPES
    body = text.strip(" ")
    lead, trail = len(text) - len(text.lstrip(" ")), len(text) - len(text.rstrip(" "))
    escaped = "".join(table.get(ch, ch) for ch in body)
    if task and body.lower().startswith(KEYWORDS):
        escaped = f"#{ord(body[0])};{escaped[1:]}"
    return "#32;" * lead + escaped + "#32;" * trail


def _entity(name: str) -> str:
    if name.isdigit():
        code = int(name)
        return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else f"#{name};"
    decoded = html.unescape(f"&{name};")
    return f"#{name};" if decoded == f"&{name};" else decoded


def decode(text: str) -> str:
    """Entity codes protected before parsing, back to their characters (as Mermaid shows them)."""
    return _PROTECTED.sub(lambda m: _entity(m.group(1)), text)


def _strip_comment(text: str) -> str:
    for mark in ("%%", "#"):
        at = text.find(mark)
        if at >= 0:
            text = text[:at]
    return text


def shown(text: str) -> str:
    return text if len(text) <= 40 else text[:40] + "…"


def parse_journey(text: str, first_line: int = 1, actors: set[str] | None = None) -> MermaidJourney:
    """Parse the text of one diagram; `first_line` is its first line's number in the file; `actors`
    (folded names) is shared by the diagrams of one document, whose actors become one set of
    personas. A diagram larger than a map may be is refused at the line that crosses the limit."""
    lines = _ENTITY.sub("\ue000\\1\ue001", text).split("\n")
    result = MermaidJourney(actors=set() if actors is None else actors)
    index = 0
    if lines and lines[0].strip() == "---":  # front matter: only its title is a map's concern
        for end in range(1, len(lines)):
            if lines[end].strip() == "---":
                for meta in lines[1:end]:
                    if meta.strip().lower().startswith("title:"):
                        result.title = decode(meta.split(":", 1)[1].strip().strip("\"'"))
                index = end + 1
                break
    started = False
    in_block = False
    block: list[str] = []
    for number, raw in enumerate(lines[index:], first_line + index):
        if in_block:
            if "}" in raw:
                block.append(raw[: raw.index("}")])
                result.acc_descr = decode(" ".join(part.strip() for part in block if part.strip()))
                in_block = False
            else:
                block.append(raw)
            continue
        if raw.lstrip().startswith("%%"):
            continue
        for statement in raw.split(";"):
            if (acc := _ACC.match(statement.strip())) is not None:
                setattr(result, "acc_title" if acc.group(1).lower() == "acctitle" else "acc_descr", decode(acc.group(2).strip()))
                continue
            if (acc := _ACC_BLOCK.match(statement.strip())) is not None:
                rest = acc.group(1)
                if "}" in rest:
                    result.acc_descr = decode(rest[: rest.index("}")].strip())
                else:
                    in_block, block = True, [rest]
                continue
            stripped = _strip_comment(statement).strip()
            if not stripped:
                continue
            if not started:
                word = stripped.split()[0]
                if word.lower() != "journey":
                    what = next((w for w in DIAGRAM_WORDS if w.lower() == word.lower()), None)
                    if what:
                        raise LoadError(arg(translate("importers", "this is a Mermaid %1 diagram, not a user journey; cjdesigner imports Mermaid journeys only"), what), line=number)
                    raise LoadError(arg(translate("importers", 'a Mermaid journey starts with the word journey, but this line says "%1"'), shown(stripped)), line=number)
                started = True
                stripped = stripped[len(word):].strip()
                if not stripped:
                    continue
            _statement(result, stripped, number)
    if not started:
        raise LoadError(translate("importers", "this file holds no Mermaid diagram (no line says journey)"))
    if in_block:
        result.warnings.append(translate("importers", "the accessibility description (accDescr { … }) is never closed with }; it was read to the end of the file"))
        result.acc_descr = decode(" ".join(part.strip() for part in block if part.strip()))
    return result


def _statement(result: MermaidJourney, text: str, line: int) -> None:
    keyword = _KEYWORD.match(text)
    word = keyword.group(1).lower() if keyword else ""
    if word == "title" and ":" not in text.split(None, 1)[0]:
        title = decode((keyword.group(2) or "").strip()) if keyword else ""
        if result.title and title != result.title:
            result.warnings.append(arg(translate("importers", 'line %1: the title "%2" of the front matter was replaced by "%3": a map has one title'), line, shown(result.title), shown(title)))
        result.title = title
        return
    # Mermaid reads every line starting with "section " as a section, whose name ends at a colon;
    # a colon followed by a score is a task named "Section …", anything else belongs to the name.
    if word == "section" and keyword and keyword.group(2) is not None and not _TASK_DATA.match(keyword.group(2).partition(":")[2] or "x"):
        if len(result.sections) >= MAX_STAGES:
            raise LoadError(arg(translate("importers", "the journey has more than %1 sections; a journey holds at most %1 stages, so the file is refused"), format_number(MAX_STAGES)), line=line)
        result.sections.append(Section(decode(keyword.group(2).strip()), line))
        return
    if ":" not in text:
        result.warnings.append(arg(translate("importers", 'line %1: "%2" is neither a section nor a task (a task is written `name: score: actors`); it was left out'), line, shown(decode(text))))
        return
    name, data = text.split(":", 1)
    pieces = data.split(":")
    name = decode(name.strip())
    if not name:
        result.warnings.append(arg(translate("importers", "line %1: a task has no name; it was left out"), line))
        return
    if len(pieces) > 2:
        result.warnings.append(arg(translate("importers", 'line %1: the task "%2" has more than two colons; what follows the third was left out'), line, shown(name)))
    score_text = pieces[0].strip()
    score: float | None = None
    if score_text:
        if _NUMBER.fullmatch(score_text):
            score = float(score_text)
            if not 1 <= score <= 5:
                clamped = min(5.0, max(1.0, score))
                result.warnings.append(arg(translate("importers", 'line %1: the score %2 of "%3" is outside 1 to 5; it was read as %4'), line, score_text, shown(name), format_number(clamped)))
                score = clamped
        else:
            result.warnings.append(arg(translate("importers", 'line %1: the score "%2" of "%3" is not a number; the task has no score'), line, shown(decode(score_text)), shown(name)))
    else:
        result.warnings.append(arg(translate("importers", 'line %1: the task "%2" has no score; its card has no sentiment and no emotion point'), line, shown(name)))
    actors = list(dict.fromkeys(decode(a.strip()) for a in pieces[1].split(",") if a.strip())) if len(pieces) > 1 else []
    result.actors.update(fold(a) for a in actors[: MAX_PERSONAS + 1])
    if len(result.actors) > MAX_PERSONAS:
        raise LoadError(arg(translate("importers", "the journeys name more than %1 actors; a map holds at most %1 personas, so the file is refused"), format_number(MAX_PERSONAS)), line=line)
    result.tasks += 1
    if result.tasks > MAX_CARDS:
        raise LoadError(arg(translate("importers", "the journey has more than %1 tasks; a journey holds at most %1 cards, so the file is refused"), format_number(MAX_CARDS)), line=line)
    if not result.sections:
        result.sections.append(Section(None, line))
    result.sections[-1].tasks.append(Task(name, score, actors, line))


def sentiment_for_score(score: float) -> Sentiment:
    """1–2 negative, 3 neutral, 4–5 positive; a score between them goes to the nearer whole one."""
    from cjdesigner.io.import_base import round_half_away

    whole = round_half_away(score)
    return Sentiment.NEGATIVE if whole <= 2 else Sentiment.NEUTRAL if whole == 3 else Sentiment.POSITIVE


def emotion_for_scores(scores: list[float]) -> int:
    """The mean of scores 1–5, moved to −2…+2 (score − 3) and rounded half away from zero."""
    from cjdesigner.io.import_base import round_half_away

    return max(-2, min(2, round_half_away(sum(scores) / len(scores) - 3)))


def import_mermaid(text: str, language: Language, fallback_title: str, first_line: int = 1) -> Imported:
    """A new project from a Mermaid journey's text."""
    from cjdesigner.io.import_base import Imported, MapBuilder

    parsed = parse_journey(text, first_line)
    builder = MapBuilder(journey_title(parsed, fallback_title), language)
    warnings = add_journey(builder, parsed)
    return Imported(builder.finish(), warnings)


def journey_title(parsed: MermaidJourney, fallback: str) -> str:
    return parsed.title or parsed.acc_title or fallback


def add_journey(builder: MapBuilder, parsed: MermaidJourney) -> list[str]:
    """Fills the builder's current journey from a parsed diagram; returns what could not be carried over."""
    language = builder.language
    warnings = list(parsed.warnings)
    if parsed.title and parsed.acc_title and parsed.acc_title != parsed.title:
        warnings.append(arg(translate("importers", 'the accessibility title "%1" was not kept: a map has one title, "%2"'), shown(parsed.acc_title), shown(parsed.title)))
    builder.journey.scenario = parsed.acc_descr
    actions = builder.lane(LaneKind.ACTIONS)
    if not any(section.tasks for section in parsed.sections):
        warnings.append(translate("importers", "the journey has no tasks, so the map has no cards"))
    no_score: list[str] = []
    for section in parsed.sections:
        if section.name is None:
            warnings.append(arg(translate("importers", "tasks before the first section (from line %1) went into a stage named %2"), section.line, NO_SECTION[language]))
        stage_id = builder.stage(section.name if section.name is not None else NO_SECTION[language])
        scores: dict[str, list[float]] = {}
        for task in section.tasks:
            persona_ids = [builder.persona(actor) for actor in task.actors]
            extra: dict[str, object] = {}
            if task.score is not None:
                extra[SCORE_FIELD] = int(task.score) if task.score == int(task.score) else task.score
                for persona_id in persona_ids:
                    scores.setdefault(persona_id, []).append(task.score)
                if not persona_ids:
                    no_score.append(arg(translate("importers", '"%1" (line %2)'), shown(task.name), task.line))
            builder.card(
                stage_id, actions, task.name, persona_ids=persona_ids,
                sentiment=None if task.score is None else sentiment_for_score(task.score), **extra,
            )
        for persona_id, values in scores.items():
            builder.emotion(stage_id, persona_id, emotion_for_scores(values))
    if no_score:
        listed = ", ".join(no_score[:10])
        if len(no_score) > 10:
            listed = arg(translate("importers", "%1 and %2 more"), listed, format_number(len(no_score) - 10))
        warnings.append(arg(translate("importers", "these tasks name no actor, so their score is only their card's sentiment, not an emotion point: %1"), listed))
    return warnings
