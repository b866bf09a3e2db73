"""One model edit of every kind, applicable in order to `small_project`: what the journal must carry."""

from builders import small_project
from cjdesigner.model import edits as E
from cjdesigner.model.document import Card

EDITS = [
    E.SetFields(E.Ref("card", "a", "j1"), {"text": "Réserver « vite »", "sentiment": "negative"}),
    E.Insert("cards", 4, Card(id="n1", stage_id="s2", lane_id="actions", text="new"), "j1"),
    E.Move("stages", "s2", 0, "j1"),
    E.Remove("cards", "b", "j1"),
    E.Batch((E.SetFields(E.Ref("project"), {"title": "T"}), E.Remove("emotion_points", "e1", "j1"))),
    E.ReplaceProject(small_project().model_copy(update={"title": "Whole"})),
]
