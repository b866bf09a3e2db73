"""Widgets: the main window, panels, dialogs, and the table of actions."""
