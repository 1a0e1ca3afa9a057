"""Screens of the incident register."""
