"""PDF reports (ReportLab) on one shared page template; charts drawn as vectors."""
