"""The PySide6 desktop interface: a thin shell over secdesk.services."""
