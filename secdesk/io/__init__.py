"""Files in and out: CSV and Excel readers and writers, format-specific importers."""
