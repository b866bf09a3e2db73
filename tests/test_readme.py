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


def test_the_command_table_lists_every_command_and_install_names_the_phones_extra():
    from cjdesigner.cli import SUBCOMMANDS

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("## The command line", 1)[1].split("\n## ", 1)[0]
    assert [command for command in SUBCOMMANDS if f"| `cjdesigner {command}" not in table] == []
    install = text.split("## Install and run", 1)[1].split("\n## ", 1)[0]
    assert "present MAP --phones" in install and "[phones]" in install
