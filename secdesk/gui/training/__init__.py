"""Screens of the training register."""
