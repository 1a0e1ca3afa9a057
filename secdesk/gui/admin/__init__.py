"""Administration: users, settings, backups, the database connection."""
