"""Pieces every screen shares: form dialogs, the windowed list, the section base, cross-link
boxes, the conflict dialog, saving files."""
