"""The map on screen: QGraphicsScene items and the view. Items hold ids; the scene emits intents."""
