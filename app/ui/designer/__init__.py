"""The layout designer shared by the card and the booklet designers: canvas, panel, undo."""
