"""The journey-map document and its edits; imports nothing but the standard library and pydantic."""

from cjdesigner.model.document import (
    Card,
    EmotionPoint,
    Evidence,
    Journey,
    Lane,
    Persona,
    Project,
    Stage,
    new_id,
)
from cjdesigner.model.invariants import ModelError, Problem, check_invariants, ensure_valid

__all__ = [
    "Card",
    "EmotionPoint",
    "Evidence",
    "Journey",
    "Lane",
    "ModelError",
    "Persona",
    "Problem",
    "Project",
    "Stage",
    "check_invariants",
    "ensure_valid",
    "new_id",
]
