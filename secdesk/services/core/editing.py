"""What every save of a stored record checks first: that the record exists, and that the person
edited the version that is stored (optimistic locking; the conflict dialog shows both sides)."""

from __future__ import annotations

from secdesk.domain.errors import ConflictDetails, EditConflict, NotFound
from secdesk.i18n import tr


def require_found(value, message: str):
    if value is None:
        raise NotFound(message)
    return value


def check_version(
    entity: str,
    record,
    expected_version: int,
    mine: dict[str, object],
    theirs: dict[str, object],
    message: str | None = None,
) -> None:
    """Refuse a save made from an older version, showing both sides."""
    if record.version != expected_version:
        raise EditConflict(
            message or tr("他の利用者がこの記録を先に更新しました。"),
            ConflictDetails(entity, record.id, expected_version, record.version, mine, theirs),
        )
