"""Saving and opening a .cjmap, against pydantic's own JSON on the same project.

    .venv/bin/python benchmarks/bench_file.py [CARDS ...]     # default: 5,000 and 20,000 cards

Save = `dumps_project` (the bytes written to disk, without the disk); load = `loads_project` (every
check of an untrusted file included). Baselines: `model_dump_json(indent=2)` and
`model_validate_json` on the same project and text. Each runs in turns, 11 times after a warm-up;
medians. Target: each ≤ 2× its baseline.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_pdf import median_times  # noqa: E402  (in turns, after a warm-up; medians)
from generate import generated_project  # noqa: E402

from cjdesigner.io.cjmap import dumps_project, loads_project  # noqa: E402
from cjdesigner.model.document import Project  # noqa: E402

RUNS = 11


def main() -> int:
    sizes = [int(a) for a in sys.argv[1:]] or [5000, 20000]
    print("| cards | file | save | model_dump_json | ratio | load | model_validate_json | ratio |")
    print("|---|---|---|---|---|---|---|---|")
    for cards in sizes:
        project = generated_project(cards)
        data = dumps_project(project)
        body = project.model_dump_json(indent=2)
        save, dump = median_times([lambda: dumps_project(project), lambda: project.model_dump_json(indent=2)], RUNS)
        load, validate = median_times([lambda: loads_project(data), lambda: Project.model_validate_json(body)], RUNS)
        print(
            f"| {cards:,} | {len(data) / 2**20:.1f} MiB | {save * 1000:.1f} ms | {dump * 1000:.1f} ms | {save / dump:.2f}× "
            f"| {load * 1000:.1f} ms | {validate * 1000:.1f} ms | {load / validate:.2f}× |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
