"""A spreadsheet's path column made back into forks: the stages a file names with a path, in the
order they come, become the paths of a fork after the main-line stage before them, meeting again at
the main-line stage after them (none: the paths end the journey). Shared by the CSV and Excel imports.
"""

from __future__ import annotations

from cjdesigner.model.document import Fork, Path, Stage


def fork_stages(before: str | None, stages: list[tuple[Stage, str]]) -> tuple[list[Stage], list[Path], list[Fork]]:
    """`stages` in the file's order with their path's name ("" on the main line); `before` the
    main-line stage they follow in the journey, if any. Returns the stages in the journey's order
    (each path's stages together, in the order the paths first come), with their paths and forks.
    Path stages with no main-line stage before them stay on the main line."""
    ordered: list[Stage] = []
    paths: list[Path] = []
    forks: list[Fork] = []
    run: dict[str, list[Stage]] = {}
    after = before

    def close(join: str | None) -> None:
        if not run:
            return
        if after is None or len(run) < 2:  # nothing to fork from, or one path: a straight run
            ordered.extend(stage for members in run.values() for stage in members)
        else:
            made = [Path(name=name) for name in run]
            paths.extend(made)
            forks.append(Fork(after_stage_id=after, join_stage_id=join, path_ids=[p.id for p in made]))
            for path, members in zip(made, run.values()):
                ordered.extend(stage.model_copy(update={"path_id": path.id}) for stage in members)
        run.clear()

    for stage, name in stages:
        if name.strip():
            run.setdefault(name.strip(), []).append(stage)
            continue
        close(stage.id)
        ordered.append(stage)
        after = stage.id
    close(None)
    return ordered, paths, forks
