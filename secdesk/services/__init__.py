"""Use cases. Every permission check and every write of the app goes through this package."""
