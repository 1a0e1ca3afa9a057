"""Screens of the audit register."""
