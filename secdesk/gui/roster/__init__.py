"""Screens of the staff roster."""
