"""Links need a register of each side: the audit fixtures, and incidents made in the tests."""

from tests.services.audits.conftest import (  # noqa: F401 - fixtures used by the link tests
    checklist,
    internal_audit,
    make_finding,
    org,
    ratings,
    register,
)
