"""What a format of one card per row (CSV) cannot carry of a journey, said rather than dropped: a
return arrow belongs to no card, so CSV leaves it out and says which (Excel carries them on its
stages sheet)."""

from __future__ import annotations

from cjdesigner.i18n import arg, tr
from cjdesigner.model.document import Journey


def return_arrows_left_out(journey: Journey) -> list[str]:
    """One sentence naming the journey's return arrows, empty when it has none."""
    if not journey.loops:
        return []
    names = {stage.id: stage.name for stage in journey.stages}
    arrows = [f"{names.get(loop.from_stage_id, '?')} → {names.get(loop.to_stage_id, '?')}" + (f" ({loop.label})" if loop.label else "")
              for loop in journey.loops]
    return [arg(tr("the format has no place for return arrows, so %Ln were left out: %1", None, len(arrows)), "; ".join(arrows))]
