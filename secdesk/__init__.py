"""secdesk: the desktop workbench of a municipal information-security office (CSIRT)."""

__version__ = "0.1.0"
