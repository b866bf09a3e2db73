"""An edit as a value: a `Change` (its name, the edit that makes it, the edit that takes it back and
the `Diff` it makes) or a `Refusal` (why it cannot be made, sayable in either language).

Made below Qt from a map and a plan (`make`), so the undo stack, the journal, a merge, a restored
version and a phone's vote all take the same value; the window only pushes and shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pydantic import ValidationError

from cjdesigner.i18n import Sentence, arg, in_language, translate
from cjdesigner.model.diff import Diff, diff_of
from cjdesigner.model.document import Project
from cjdesigner.model.edits import Batch, Edit, perform
from cjdesigner.model.invariants import ModelError, Problem
from cjdesigner.model.messages import explain


@dataclass(frozen=True)
class Change:
    """A change made to a map. `forward` applied to the map as it was makes it again; `inverse`
    applied to the map as it is takes it back; `diff` says what it changed."""

    name: Sentence | str
    forward: Edit
    inverse: Edit
    diff: Diff

    def say(self, language: str | None = None) -> str:
        """The change's name (an undo step's) in `language`, the interface's when None."""
        return self.name.say(language) if isinstance(self.name, Sentence) else self.name

    @property
    def empty(self) -> bool:
        """Nothing changed (a card dropped where it was): no undo step is worth making."""
        return isinstance(self.inverse, Batch) and not self.inverse.edits


@dataclass(frozen=True)
class Refusal:
    """Why a change cannot be made; the map is as it was. `problems` name each broken rule and where."""

    problems: tuple[Problem, ...]

    def say(self, language: str | None = None) -> str:
        """The reason in `language` ("fr", "en"; the interface's when None), as the status bar says it."""
        first, more = self.problems[0], len(self.problems) - 1
        message = first.message.say(language) if isinstance(first.message, Sentence) else first.message
        said = f"{first.path}: {message}" if first.path else message
        if not more:
            return said
        text = "%1 (and %n more problems)"
        return arg(translate("", text, None, more) if language is None else in_language(language, "", text, more), said)


def make(project: Project, name: Sentence | str, plan: Callable[[Project], Edit]) -> Change | Refusal:
    """Make the change `plan` builds from the map, to the map, checking every rule it can break; a
    broken rule (or an object no map may hold) gives a Refusal and leaves the map as it was."""
    try:
        forward = plan(project)
        inverse = perform(project, forward)
    except ModelError as error:
        return Refusal(tuple(error.problems))
    except ValidationError as error:
        return Refusal((Problem("", explain(error)),))
    return Change(name, forward, inverse, diff_of(inverse, project))
