"""Plain-Python rules of the registers: no Qt, no SQLAlchemy."""
