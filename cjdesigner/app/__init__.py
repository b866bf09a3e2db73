"""Qt, non-visual: the open document (model + undo stack + path + signals), commands, icons."""
