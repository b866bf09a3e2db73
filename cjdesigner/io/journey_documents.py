"""Journeys inside documents: every Mermaid journey of a Markdown, HTML or reStructuredText file, and
the journey tables people write in Markdown, each made a journey of one new project.

Mermaid sits in a Markdown fence (```` ```mermaid ````, MyST's ```` ```{mermaid} ````), an HTML
`<pre class="mermaid">` or `<div class="mermaid">`, or a Sphinx `.. mermaid::` directive. A journey
table has lanes for rows and stages for columns (a header row of stages), or the other way round
(a column of steps); the side whose names are lanes cjdesigner knows (Actions, Touchpoints, Pain
points…) is the lanes' side. Code blocks of other languages are examples, not content: they are
not read. Diagrams other than journeys are named in the warnings, not dropped silently.
"""

from __future__ import annotations

import html
import re
import textwrap
from dataclasses import dataclass

from cjdesigner.i18n import arg, number, translate
from cjdesigner.io.errors import LoadError
from cjdesigner.io.import_base import Imported, MapBuilder
from cjdesigner.io.mermaid import MermaidJourney, shown, add_journey, journey_title, parse_journey
from cjdesigner.model.limits import MAX_JOURNEYS, MAX_LANES, MAX_STAGES
from cjdesigner.model.vocabulary import Language, LaneKind, lane_kind_for_title

_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})[ \t]*(\{?mermaid\}?)?")
_DIRECTIVE = re.compile(r"^([ \t]*)\.\.[ \t]+mermaid::[ \t]*(\S.*)?$")
_HTML_BLOCK = re.compile(r"<(pre|div)\b[^>]*\bclass\s*=\s*[\"'][^\"']*\bmermaid\b[^\"']*[\"'][^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_HTML_HEADING = re.compile(r"<h[1-6][^>]*>(.*?)</h[1-6]\s*>", re.IGNORECASE | re.DOTALL)
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t#]*$")
_RST_UNDERLINE = re.compile(r"^([=\-~^\"'`#*+])\1{2,}[ \t]*$")
_DELIMITER = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BULLET = re.compile(r"^[-*•][ \t]+")
_EMPTY_CELLS = {"", "-", "–", "—", "n/a"}


@dataclass
class Diagram:
    body: str
    line: int  # the number of the body's first line in the file


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    line: int


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _fences(lines: list[str], taken: set[int]) -> list[Diagram]:
    """Mermaid fences; every fenced block's lines are marked taken, so no table is read inside one."""
    found: list[Diagram] = []
    i = 0
    while i < len(lines):
        fence = _FENCE.match(lines[i])
        if fence is None:
            i += 1
            continue
        mark = fence.group(1)
        end = i + 1
        while end < len(lines) and not lines[end].strip().startswith(mark):
            end += 1
        taken.update(range(i, end + 1))
        if fence.group(2):
            found.append(Diagram("\n".join(lines[i + 1:end]), i + 2))
        i = end + 1
    return found


def _directives(lines: list[str], taken: set[int], warnings: list[str]) -> list[Diagram]:
    """Sphinx `.. mermaid::` directives: options, then the indented diagram."""
    found: list[Diagram] = []
    for i, line in enumerate(lines):
        directive = _DIRECTIVE.match(line)
        if directive is None or i in taken:
            continue
        if directive.group(2):
            warnings.append(arg(translate("importers", "line %1: the diagram %2 is kept in another file; import that file to read it"), i + 1, shown(directive.group(2).strip())))
            continue
        indent = len(directive.group(1).expandtabs())
        end = i + 1
        while end < len(lines) and (not lines[end].strip() or len(lines[end].expandtabs()) - len(lines[end].expandtabs().lstrip()) > indent):
            end += 1
        start = i + 1
        while start < end and (not lines[start].strip() or lines[start].strip().startswith(":")):
            start += 1
        taken.update(range(i, end))
        found.append(Diagram(textwrap.dedent("\n".join(lines[start:end])), start + 1))
    return found


def _html_blocks(text: str, taken: set[int]) -> list[Diagram]:
    found: list[Diagram] = []
    for block in _HTML_BLOCK.finditer(text):
        first = _line_of(text, block.start(2))
        if first - 1 in taken:
            continue
        body = block.group(2)
        if body.startswith("\n"):
            body, first = body[1:], first + 1
        taken.update(range(first - 1, _line_of(text, block.end())))
        found.append(Diagram(textwrap.dedent(html.unescape(body)), first))
    return found


def _cells(line: str) -> list[str]:
    text = line.strip()
    text = text[1:] if text.startswith("|") else text
    text = text[:-1] if text.endswith("|") and not text.endswith("\\|") else text
    return [cell.replace("\\|", "|").strip() for cell in re.split(r"(?<!\\)\|", text)]


def _tables(lines: list[str], taken: set[int]) -> list[Table]:
    found: list[Table] = []
    i = 1
    while i < len(lines):
        if i in taken or i - 1 in taken or "|" not in lines[i - 1] or not _DELIMITER.match(lines[i]) or "-" not in lines[i]:
            i += 1
            continue
        header = _cells(lines[i - 1])
        end = i + 1
        while end < len(lines) and end not in taken and "|" in lines[end] and lines[end].strip():
            end += 1
        rows = [_cells(line) for line in lines[i + 1:end]]
        found.append(Table(header, rows, i))
        i = end
    return found


def _headings(lines: list[str], text: str, taken: set[int]) -> list[tuple[int, str]]:
    """(line number, title) of every heading outside code and diagrams: Markdown `#`,
    reStructuredText underlines, HTML `<hN>`."""
    found = [(n + 1, m.group(1)) for n, line in enumerate(lines) if n not in taken and (m := _MD_HEADING.match(line))]
    found += [
        (n, lines[n - 1].strip()) for n, line in enumerate(lines)
        if n and n not in taken and n - 1 not in taken and lines[n - 1].strip() and _RST_UNDERLINE.match(line)
    ]
    found += [(_line_of(text, m.start()), re.sub(r"<[^>]+>", "", m.group(1))) for m in _HTML_HEADING.finditer(text)]
    cleaned = [(n, re.sub(r"^\d+[.)]\s+", "", html.unescape(title).replace("**", "")).strip()) for n, title in found]
    return sorted((n, title) for n, title in cleaned if title)


def _first_word(body: str) -> str:
    """The diagram's type: its first word after front matter, directives and comments."""
    lines = body.split("\n")
    stripped = [line.strip() for line in lines]
    start = 0
    if stripped and stripped[0] == "---":
        start = next((n + 1 for n in range(1, len(stripped)) if stripped[n] == "---"), len(stripped))
    for line in stripped[start:]:
        if line and not line.startswith("%%"):
            return line.split()[0].rstrip(";")
    return ""


def _lane_kind(label: str) -> LaneKind | None:
    """The lane a table's row or column names: "Customer Actions", "Touchpoint (UI)", "Thinking/Feeling"."""
    bare = re.sub(r"\([^)]*\)", "", label).strip()
    for candidate in (bare, bare.split(None, 1)[-1] if " " in bare else "", *re.split(r"\s*[/&]\s*", bare)):
        kind = lane_kind_for_title(candidate) if candidate else None
        if kind is not None:
            return kind
    return None


def _clean(cell: str) -> str:
    return re.sub(r"(\*\*|__)(.*?)\1", r"\2", cell).strip()


@dataclass
class Grid:
    """A journey table read: stage names, lane names, and the text of each (stage, lane) cell."""

    stages: list[str]
    lanes: list[str]
    cells: dict[tuple[int, int], str]
    line: int


def journey_grid(table: Table) -> Grid | None:
    """The table as stages × lanes; None when no side names lanes (a table of scores or contacts)."""
    header = [_clean(cell) for cell in table.header]
    rows = [[_clean(cell) for cell in row] for row in table.rows if any(row)]
    if len(header) < 2 or not rows:
        return None
    across = sum(_lane_kind(name) is not None for name in header[1:])
    down = sum(_lane_kind(row[0]) is not None for row in rows)
    if across == down == 0:
        return None
    width = len(header)
    grid = [(row + [""] * width)[:width] for row in rows]
    if across > down:  # a column of steps: each row a stage, each column a lane
        return Grid([row[0] for row in grid], header[1:], {(s, n): grid[s][n + 1] for s in range(len(grid)) for n in range(width - 1)}, table.line)
    return Grid(header[1:], [row[0] for row in grid], {(s, n): grid[n][s + 1] for s in range(width - 1) for n in range(len(grid))}, table.line)


def _add_table(builder: MapBuilder, grid: Grid) -> list[str]:
    """Fills the current journey from a journey table; returns what it could not place as it was."""
    if len(grid.stages) > MAX_STAGES or len(grid.lanes) > MAX_LANES:
        raise LoadError(arg(translate("importers", "this table has %1 stages and %2 lanes; a journey holds at most %3 stages and %4 lanes, so the file is refused"),
                            len(grid.stages), len(grid.lanes), MAX_STAGES, MAX_LANES), line=grid.line)
    stages = [builder.stage(name or str(n + 1)) for n, name in enumerate(grid.stages)]
    unknown: list[str] = []
    for n, name in enumerate(grid.lanes):
        kind = _lane_kind(name)
        if kind is None:
            unknown.append(name or "?")
        lane = builder.lane(kind or LaneKind.NOTES, name or None)
        for s, stage in enumerate(stages):
            for piece in _BREAK.split(grid.cells[(s, n)]):
                text = _BULLET.sub("", piece.strip())
                if text.lower() not in _EMPTY_CELLS:
                    builder.card(stage, lane, text)
    if unknown:
        return [arg(translate("importers", "line %1: cjdesigner knows no lane called %2, so these became lanes of notes"), grid.line, ", ".join(f'"{shown(u)}"' for u in unknown))]
    return []


def _journey_titles(blocks: list[tuple[str, int]], headings: list[tuple[int, str]], untitled: str, file_title: str) -> list[str]:
    """Each journey's name: its own title; else the heading right above it when that heading holds
    no other journey (a heading over several blocks names none of them); else the file's name and
    the journey's number. Two journeys never share a name: a later one gets " (2)", " (3)"…
    `blocks` holds (own title, index of the heading above or -1); `untitled` names a lone block
    above every heading."""
    under: dict[int, int] = {}
    for _, heading in blocks:
        under[heading] = under.get(heading, 0) + 1
    titles: list[str] = []
    taken: set[str] = set()
    for number_, (own, heading) in enumerate(blocks, 1):
        if own:
            title = own
        elif under[heading] == 1:
            title = headings[heading][1] if heading >= 0 else untitled
        else:
            title = arg(translate("importers", "%1, journey %2"), file_title, number_)
        unique, copy = title, 1
        while unique.casefold() in taken:
            copy += 1
            unique = f"{title} ({copy})"
        taken.add(unique.casefold())
        titles.append(unique)
    return titles


def import_document(text: str, language: Language, fallback_title: str) -> Imported:
    """Every journey of a Markdown, HTML or reStructuredText document, in the document's order."""
    lines = text.split("\n")
    taken: set[int] = set()
    warnings: list[str] = []
    front_title = ""
    if lines and lines[0].strip() == "---":  # front matter: only its title is a map's concern
        end = next((n for n in range(1, len(lines)) if lines[n].strip() == "---"), 0)
        taken.update(range(end + 1))
        front_title = next((line.split(":", 1)[1].strip().strip("\"'") for line in lines[1:end] if line.lower().startswith("title:")), "")
    sources: list[Diagram | Table] = [*_fences(lines, taken), *_directives(lines, taken, warnings), *_html_blocks(text, taken)]
    sources += _tables(lines, taken)
    sources.sort(key=lambda source: source.line)
    headings = _headings(lines, text, taken)
    document_title = front_title or (headings[0][1] if headings else fallback_title)
    actors: set[str] = set()
    others: list[str] = []
    found: list[tuple[Diagram | Table, MermaidJourney | Grid, str, int]] = []  # source, content, own title, heading index
    for source in sources:
        if isinstance(source, Diagram):
            word = _first_word(source.body)
            if word.lower() != "journey":
                others.append(arg(translate("importers", "%1 (line %2)"), word or "?", source.line))
                continue
            content: MermaidJourney | Grid | None = parse_journey(source.body, source.line, actors)
            own = journey_title(content, "")
        else:
            content, own = journey_grid(source), ""
            if content is None:
                continue
        if len(found) >= MAX_JOURNEYS:
            raise LoadError(arg(translate("importers", "the document holds more than %1 journeys; a map holds at most %1, so it is refused"), number(MAX_JOURNEYS)), line=source.line)
        found.append((source, content, own, sum(1 for n, _ in headings if n < source.line) - 1))
    builder: MapBuilder | None = None
    titles = _journey_titles([(own, heading) for _, _, own, heading in found], headings, front_title or fallback_title, fallback_title)
    for (source, content, _, _), title in zip(found, titles):
        if builder is None:
            builder = MapBuilder(title, language)
        else:
            builder.next_journey(title)
        warnings += add_journey(builder, content) if isinstance(content, MermaidJourney) else _add_table(builder, content)
    if builder is None:
        if others:
            raise LoadError(arg(translate("importers", "this document has Mermaid diagrams but no user journey (the first is a %1 diagram)"), others[0].split(" (")[0]))
        raise LoadError(translate("importers", "this document holds no Mermaid journey and no journey table (a table whose rows or columns are lanes such as Actions, Touchpoints or Pain points)"))
    if others:
        warnings.append(arg(translate("importers", "cjdesigner imports journeys only, so these Mermaid diagrams were left out: %1"), ", ".join(others[:10])))
    if len(builder.project.journeys) > 1:
        builder.project.title = document_title
    return Imported(builder.finish(), warnings)
