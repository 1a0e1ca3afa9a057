"""The newest migration in db/versions, for a normal start to compare revisions without loading
Alembic (or, for the login window, SQLAlchemy); tests check that it matches the scripts."""

HEAD_REVISION = "0006"
