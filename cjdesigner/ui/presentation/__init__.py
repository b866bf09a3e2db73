"""Workshop mode: the map presented on a projector, a stage at a time, with dot voting, a timer
and quick capture, all offline and from the keyboard (a presentation clicker sends PgDown/PgUp)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cjdesigner.app.session import Session
from cjdesigner.ui.presentation.presentation import Presentation

__all__ = ["Presentation", "present"]


def present(session: Session, editor: QWidget | None = None) -> Presentation:
    """Starts presenting the session's current journey; Esc ends it and the editor comes back."""
    running = [p for p in (editor.findChildren(Presentation) if editor is not None else []) if p.projector is not None]
    if running:  # F5 again while presenting: bring the presentation back to the front
        running[0].projector.activateWindow()
        return running[0]
    presentation = Presentation(session, editor)
    presentation.start()
    return presentation
