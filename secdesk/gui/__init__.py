"""The PySide6 desktop interface: a thin shell over secdesk.services."""

from secdesk.gui.refcount_guard import apply as _guard_refcounts

_guard_refcounts()
