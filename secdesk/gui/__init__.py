"""The PySide6 desktop interface: a thin shell over secdesk.services."""

from secdesk.gui import pyside_fix

# Before any signal is emitted: PySide6 6.12.0 loses a reference to True on every emit.
pyside_fix.apply()
