"""The emotions lane on the projector: not cards but a curve, in a band of its own under the cards.

The band shows each persona's points at the spotlighted stage and the curve's segments to the
points before and after, with the map's dashes, markers and labels at the projector's size; its
label column holds the lane's icon and title and a key per persona. A room reads it from the back
of the hall, so nothing in it may sit on anything else: the band is never lower than what holds
its key and a −2…+2 scale whose numbers stand apart, and the labels of points at the same or
nearby scores are spread until they clear each other. Coordinates are screen pixels, y downwards.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import NamedTuple

from cjdesigner.layout.drawing import GRID_DASH, CurvePoint, GuideLine, Icon, PersonaCurve, TextLine, lines_at, persona_curve
from cjdesigner.layout.grid import Rect
from cjdesigner.layout.metrics import bold_measure, measure
from cjdesigner.layout.projector_theme import DOT_RING, HEADING, LEADING, MIN_TEXT, STRIP_OTHER, SUBTLE
from cjdesigner.model.document import EmotionPoint, Journey, Lane, Persona, Project
from cjdesigner.textfit import elide, fit_text

# In units of a 1080-line screen.
ICON, ICON_TOP, ICON_LEFT = 30.0, 12.0, 18.0
TITLE = 26.0
KEY_TEXT, KEY_STEP = 20.0, 28.0
SCALE_TEXT = 20.0
SCALE_COLUMN = 44.0  # the numbers of the scale, left of the curve's area
MARGIN = 16.0  # above +2 and below −2: a marker and a label there stay in the band
PREFERRED = 180.0
# In sizes of the text concerned.
SCALE_APART = 1.2  # the least distance between two numbers of the scale
LABEL_APART = 1.15  # between the baselines of two point labels
ASCENT, DESCENT = 0.8, 0.25


class LegendKey(NamedTuple):
    """A persona's key in the band's label column: a stretch of their line, their marker, their name."""

    persona_id: str
    x0: float
    x1: float
    y: float
    name: TextLine


@dataclass(frozen=True)
class EmotionBand:
    """`area` is where the curve runs: the spotlighted stage at its centre, the stages before and
    after at its edges (points further away lie outside it and are clipped, so the segment still
    shows which way the curve goes). The scale's numbers stand left of it."""

    lane_id: str
    rect: Rect
    area: Rect
    title: tuple[TextLine, ...]
    icon: Icon
    guides: tuple[GuideLine, ...]
    curves: tuple[PersonaCurve, ...]  # screen pixels; labels relative to their point, as on the map
    spotlighted: frozenset[str]  # the ids of the points at the spotlighted stage
    keys: tuple[LegendKey, ...]


Near = list[tuple[Persona, list[tuple[EmotionPoint, int]]]]


def curves_near(project: Project, journey: Journey, stage_id: str) -> Near:
    """Each persona's points that touch the spotlighted stage: the point there, and the nearest
    point before and after it (with how many stages away each is), in the map's persona order."""
    index = {s.id: i for i, s in enumerate(journey.stages)}
    here = index[stage_id]
    personas = {p.id: p for p in project.personas}
    near: Near = []
    for persona_id in dict.fromkeys([*journey.persona_ids, *(p.persona_id for p in journey.emotion_points)]):
        persona = personas.get(persona_id)
        points = sorted((p for p in journey.emotion_points if p.persona_id == persona_id and p.stage_id in index), key=lambda p: index[p.stage_id])
        before = [p for p in points if index[p.stage_id] < here][-1:]
        at = [p for p in points if index[p.stage_id] == here]
        after = [p for p in points if index[p.stage_id] > here][:1]
        chosen = [(p, index[p.stage_id] - here) for p in [*before, *at, *after]]
        if persona is not None and (at or (before and after)):  # nothing of this curve crosses the stage otherwise
            near.append((persona, chosen))
    return near


def _title(title: str, x: float, y: float, label_w: float, u: float) -> tuple[tuple[TextLine, ...], float]:
    """The lane's title and where the key starts under it: on the icon's line when it fits there
    whole, else under the icon across the label column, on two lines at most, words whole when they
    can be (as the lane rows' titles)."""
    size = TITLE * u
    if bold_measure(title, size) <= label_w - (ICON_LEFT + ICON + 16.0) * u:
        icon_mid = y + (ICON_TOP + ICON / 2) * u
        return (TextLine(title, x + (ICON_LEFT + ICON + 12.0) * u, icon_mid + 0.36 * size, size, True, HEADING),), y + 64 * u
    fitted = fit_text(title, label_w - 32 * u, 2 * LEADING * size, bold_measure, size=size, floor=18 * u)
    lines = lines_at(fitted, x + 16 * u, y + 50 * u, True, HEADING)
    return lines, lines[-1].baseline + 22 * u if lines else y + 64 * u


def _key_top(title: str, label_w: float, u: float) -> float:
    return _title(title, 0.0, 0.0, label_w, u)[1]


def band_height(title: str, personas: int, body_h: float, lanes: bool, scale: float, label_w: float, u: float) -> float:
    """The band's height: what it would like (times `scale` when the cards need the room), never
    under what holds its key and a scale whose numbers stand apart, and never most of the screen."""
    keys = _key_top(title, label_w, u) + (max(personas, 1) - 1) * KEY_STEP * u + 20.0 * u
    floor = max(2 * MARGIN * u + 4 * SCALE_APART * SCALE_TEXT * u, keys)
    wanted = min(max(PREFERRED * u, keys) * scale, body_h * (0.3 if lanes else 0.6))
    return min(max(wanted, floor), body_h * (0.5 if lanes else 0.6))


def emotion_band(project: Project, lane: Lane, near: Near, rect: Rect, label_w: float, gap: float, u: float) -> EmotionBand:
    """The curve band: the lane's icon and title and a key per persona in the label column; the
    score guides with their numbers, and each persona's line through its points, beside them."""
    area = Rect(rect.x + label_w + gap + SCALE_COLUMN * u, rect.y + MARGIN * u, rect.w - label_w - gap - SCALE_COLUMN * u, rect.h - 2 * MARGIN * u)
    centre, step = area.x + area.w / 2, area.w / 2 - 80 * u  # the stages beside, clear of the area's edge

    def score_y(score: int) -> float:
        return area.y + (2 - score) / 4 * area.h

    guides = tuple(_guide(score, area, score_y(score), u) for score in (2, 1, 0, -1, -2))
    radius, label_size = 14 * u, MIN_TEXT * max(1.0, u)
    curves = []
    for persona, points in near:
        placed = [(p.id, centre + k * step, score_y(p.score), "") for p, k in points]
        curve = persona_curve(project, persona, placed, radius=radius)
        labelled = tuple(
            CurvePoint(point.point_id, point.x, point.y, _point_label(p.label, step - 40 * u, radius, label_size) if k == 0 else None)
            for point, (p, k) in zip(curve.points, points)
        )
        curves.append(replace(curve, width=6 * u, dash=tuple(d * 3 * u for d in curve.dash), border=DOT_RING, marker_border_width=2.5 * u, points=labelled))
    curves = _labels_apart(curves, rect, label_size, u)
    spotlighted = frozenset(p.id for _, points in near for p, k in points if k == 0)
    icon = Icon(f"lane-{lane.kind.value}", Rect(rect.x + ICON_LEFT * u, rect.y + ICON_TOP * u, ICON * u, ICON * u))
    title, key_top = _title(lane.title, rect.x, rect.y, label_w, u)
    keys = _keys(near, rect, key_top - rect.y, label_w, u)
    return EmotionBand(lane.id, rect, area, title, icon, guides, tuple(curves), spotlighted, keys)


def _guide(score: int, area: Rect, y: float, u: float) -> GuideLine:
    """A score's dashed line across the area, its number right-aligned left of it, centred on it."""
    size = SCALE_TEXT * u
    text = f"{score:+d}".replace("-", "−") if score else "0"
    label = TextLine(text, area.x - 8 * u - measure(text, size), y + 0.36 * size, size, False, SUBTLE)
    return GuideLine(area.x, area.right, y, 1.5 * u, STRIP_OTHER, tuple(d * 3 * u for d in GRID_DASH), label)


def _keys(near: Near, rect: Rect, top: float, label_w: float, u: float) -> tuple[LegendKey, ...]:
    """A row per persona under the title; rows close up (and their names shrink) only when more
    personas than the band holds at full size share it."""
    room = rect.h - top - 20 * u
    step = min(KEY_STEP * u, room / max(len(near) - 1, 1))
    size = min(KEY_TEXT * u, step / (ASCENT + DESCENT + 0.1))
    keys = []
    for i, (persona, _) in enumerate(near):
        y = rect.y + top + i * step
        # a short line sample leaves the name its room: "Camille Durand" whole, not "Camille Dura…"
        name = TextLine(elide(persona.name, label_w - 66 * u, size, measure), rect.x + 60 * u, y + 0.35 * size, size, False, HEADING)
        keys.append(LegendKey(persona.id, rect.x + 12 * u, rect.x + 52 * u, y, name))
    return tuple(keys)


def _point_label(label: str, width: float, radius: float, size: float) -> TextLine | None:
    """A point's label beside its marker, as on the map, at a size the room reads."""
    return TextLine(elide(label, width, size, bold_measure), radius + size * 0.4, size * 0.35, size, True, HEADING) if label else None


def _labels_apart(curves: list[PersonaCurve], rect: Rect, size: float, u: float) -> list[PersonaCurve]:
    """The labels of the spotlighted points, which all stand beside the same x, moved up or down
    as little as they can so that no two overlap and all stay in the band."""
    labelled = [(c, p) for c, curve in enumerate(curves) for p, point in enumerate(curve.points) if point.label is not None]
    if len(labelled) < 2:
        return curves
    wanted = [curves[c].points[p].y for c, p in labelled]
    lo = rect.y + ASCENT * size - 0.35 * size + 4 * u
    hi = rect.bottom - DESCENT * size - 0.35 * size - 4 * u
    centres = spread(wanted, LABEL_APART * size, lo, hi)
    points = [list(curve.points) for curve in curves]
    for (c, p), y in zip(labelled, centres):
        point = points[c][p]
        points[c][p] = point._replace(label=point.label._replace(baseline=y - point.y + 0.35 * size))
    return [replace(curve, points=tuple(moved)) for curve, moved in zip(curves, points)]


def spread(wanted: list[float], apart: float, lo: float, hi: float) -> list[float]:
    """Positions as near `wanted` as they can be (least squares), kept in their order, each at
    least `apart` from the next and all between `lo` and `hi` when there is room for them."""
    order = sorted(range(len(wanted)), key=lambda i: wanted[i])
    clusters: list[list[float]] = []  # [top, count, sum of (wanted − index in cluster × apart)]
    for i in order:
        clusters.append([0.0, 1, wanted[i]])
        _place(clusters[-1], apart, lo, hi)
        while len(clusters) > 1 and clusters[-2][0] + clusters[-2][1] * apart > clusters[-1][0]:
            top, count, total = clusters.pop()
            previous = clusters[-1]
            previous[2] += total - count * previous[1] * apart
            previous[1] += count
            _place(previous, apart, lo, hi)
    placed = [top + k * apart for top, count, _ in clusters for k in range(int(count))]
    result = [0.0] * len(wanted)
    for i, y in zip(order, placed):
        result[i] = y
    return result


def _place(cluster: list[float], apart: float, lo: float, hi: float) -> None:
    top = cluster[2] / cluster[1]
    cluster[0] = max(lo, min(top, hi - (cluster[1] - 1) * apart))
