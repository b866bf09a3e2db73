"""The README's commands are the ones CI runs."""

import re
from pathlib import Path

ROOT = Path(__file__).parent.parent


def shell_blocks(text: str) -> list[str]:
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", text, re.DOTALL)]


def test_ci_runs_the_readme_test_command():
    readme = shell_blocks((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(readme) == 2, "exactly two commands: install and run, install and test"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert readme[1] in ci
    assert "pytest" in readme[1] and readme[0].endswith("cjdesigner")
