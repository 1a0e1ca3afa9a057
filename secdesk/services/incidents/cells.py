"""The list cells of an incident file (timeline, duties, contacts): one entry per line."""

from __future__ import annotations

from datetime import date

from secdesk.domain import incidents as vocab
from secdesk.domain.duties import DUTY_LABELS
from secdesk.i18n import tr
from secdesk.io.incident_format import parse_bool, parse_time, split_entries


def events_of(cell: str, problems: list[str]) -> list[dict]:
    result = []
    try:
        entries = split_entries(cell, 6)
    except ValueError as error:
        problems.append(tr("対応経過: {e}").format(e=error))
        return []
    for at_text, actor, kind_text, old, new, text in entries:
        try:
            at = parse_time(at_text)
        except ValueError:
            at = None
        kind = vocab.code_for_label(vocab.EVENT_LABELS, kind_text)
        old_code = vocab.code_for_label(vocab.STATUS_LABELS, old) if old else ""
        new_code = vocab.code_for_label(vocab.STATUS_LABELS, new) if new else ""
        if at is None or kind is None or old_code is None or new_code is None:
            problems.append(
                tr("対応経過: 「{e}」を読めません。").format(e=f"{at_text} {kind_text}".strip())
            )
            continue
        result.append(
            {
                "at": at,
                "actor_name": actor[:100],
                "kind": kind,
                "from_status": old_code,
                "to_status": new_code,
                "text": text,
            }
        )
    return result


def duties_of(cell: str, problems: list[str]) -> list[dict] | None:
    if not cell.strip():
        return None
    try:
        entries = split_entries(cell, 7)
    except ValueError as error:
        problems.append(tr("報告義務: {e}").format(e=error))
        return []
    result = []
    for label, due, required, done_at, method, note, basis in entries:
        code = vocab.code_for_label(DUTY_LABELS, label)
        try:
            due_on = date.fromisoformat(due.strip())
            done = parse_time(done_at)
        except ValueError:
            code = None
        if code is None or parse_bool(required) is None:
            problems.append(
                tr("報告義務: 「{e}」を読めません。").format(e=f"{label} {due}".strip())
            )
            continue
        result.append(
            {
                "code": code,
                "due_on": due_on,
                "required": parse_bool(required),
                "done_at": done,
                "method": method[:50],
                "note": note,
                "basis": basis[:300],
            }
        )
    return result


def contacts_of(cell: str, problems: list[str]) -> list[dict]:
    try:
        entries = split_entries(cell, 4)
    except ValueError as error:
        problems.append(tr("関係機関への連絡: {e}").format(e=error))
        return []
    result = []
    for target, at_text, method, note in entries:
        try:
            at = parse_time(at_text)
        except ValueError:
            at = None
        if target not in vocab.NOTIFICATION_TARGETS or at is None:
            problems.append(
                tr("関係機関への連絡: 「{e}」を読めません。").format(
                    e=f"{target} {at_text}".strip()
                )
            )
            continue
        result.append({"target": target, "notified_at": at, "method": method[:50], "note": note})
    return result
