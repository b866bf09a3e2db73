"""A journey's return arrows in a workbook's stages sheet: the stage an arrow leaves from names, in
two cells, the stages it returns to and the arrows' labels, one a line. Stages are named as the
emotion points sheet names them, so a person can edit the sheet by hand.
"""

from __future__ import annotations

from cjdesigner.i18n import arg, translate
from cjdesigner.model.branches import branch_problems
from cjdesigner.model.document import Journey, Loop
from cjdesigner.model.messages import quoted
from cjdesigner.model.vocabulary import fold


def loop_cells(journey: Journey, stage_id: str) -> tuple[str, str]:
    """The "returns to" and "return label" cells of a stage. A label's own line breaks become
    spaces: the cell holds one label a line."""
    names = {stage.id: stage.name for stage in journey.stages}
    loops = [loop for loop in journey.loops if loop.from_stage_id == stage_id and loop.to_stage_id in names]
    return "\n".join(names[loop.to_stage_id] for loop in loops), "\n".join(" ".join(loop.label.split()) for loop in loops)


def read_loops(journey: Journey, rows: list[tuple[int, str, dict[str, str]]]) -> list[str]:
    """Add to `journey` the return arrows its stage rows (sheet line, stage id, cells) name; an
    arrow that names no stage of the sheet, or breaks a rule of paths, is left out with a sentence."""
    warnings: list[str] = []
    by_name = {fold(stage.name): stage.id for stage in journey.stages}
    for line, stage_id, record in rows:
        targets = [t.strip() for t in record.get("returns_to", "").splitlines() if t.strip()]
        labels = record.get("return_label", "").splitlines()
        for k, target in enumerate(targets):
            if fold(target) not in by_name:
                warnings.append(arg(translate("importers", 'stage on row %1: it returns to "%2", which is not a stage of the sheet, so that return arrow was left out'),
                                    line, quoted(target)))
                continue
            loop = Loop(from_stage_id=stage_id, to_stage_id=by_name[fold(target)], label=labels[k].strip() if k < len(labels) else "")
            journey.loops.append(loop)
            problem = next((sentence for where, sentence in branch_problems(journey, "") if where == f".loops[{len(journey.loops) - 1}]"), None)
            if problem is not None:
                journey.loops.pop()
                warnings.append(arg(translate("importers", "stage on row %1: %2, so it was left out"), line, problem.say()))
    return warnings
