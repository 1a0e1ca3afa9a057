"""Checking what a person typed into an incident record: the fields alone, then against the register.

Shared by the form (services.incidents) and the import (services.incident_rows)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from secdesk.domain import incidents as vocab
from secdesk.domain.errors import Problem
from secdesk.domain.text import clean_line, clean_multiline
from secdesk.i18n import QT_TR_NOOP, tr
from secdesk.services.incidents.records import IncidentInput
from secdesk.store.models import (
    Department,
    Incident,
    IncidentCategory,
    SeverityLevel,
    Staff,
    User,
)

TEXT_LIMIT = 20_000
FIELD_LABELS = {
    "title": QT_TR_NOOP("件名"),
    "description": QT_TR_NOOP("概要"),
    "category_id": QT_TR_NOOP("分類"),
    "segment": QT_TR_NOOP("ネットワーク"),
    "department_id": QT_TR_NOOP("所属"),
    "reporter_staff_id": QT_TR_NOOP("報告者"),
    "handler_user_id": QT_TR_NOOP("担当者"),
    "occurred_at": QT_TR_NOOP("発生日時"),
    "discovered_at": QT_TR_NOOP("発見日時"),
    "reported_at": QT_TR_NOOP("CSIRTへの報告日時"),
    "severity_id": QT_TR_NOOP("重大度"),
    "cause": QT_TR_NOOP("原因"),
    "countermeasures": QT_TR_NOOP("応急措置・対応"),
    "preventive_measures": QT_TR_NOOP("再発防止策"),
    "tags": QT_TR_NOOP("タグ"),
    "classification": QT_TR_NOOP("機密性"),
    "persons_affected": QT_TR_NOOP("本人の数"),
    "sensitive_data": QT_TR_NOOP("要配慮個人情報"),
    "my_number": QT_TR_NOOP("特定個人情報"),
    "unlawful_purpose": QT_TR_NOOP("不正の目的のおそれ"),
    "financial_harm": QT_TR_NOOP("財産的被害のおそれ"),
    "leaked_items": QT_TR_NOOP("漏えい等した項目"),
    "secondary_damage": QT_TR_NOOP("二次被害"),
    "persons_response": QT_TR_NOOP("本人への対応"),
    "publication": QT_TR_NOOP("公表"),
}


# The most people one record can concern: above every Japanese population, below what any
# database integer holds.
MAX_PERSONS = 100_000_000


def persons_message() -> str:
    """The rule for 本人の数, without the field's name (the form and the import add it)."""
    return tr("0 以上 {max} 以下の整数で入力してください。").format(max=f"{MAX_PERSONS:,}")


def clean_input(data: IncidentInput, now: datetime) -> tuple[IncidentInput, list[Problem]]:
    """Normalise and check the fields that need no database (shared by the form and the import)."""
    clean = replace(
        data,
        title=clean_line(data.title),
        tags=" ".join(vocab.split_tags(data.tags)),
        **{
            name: clean_multiline(getattr(data, name))
            for name in (
                "description",
                "cause",
                "countermeasures",
                "preventive_measures",
                "leaked_items",
                "secondary_damage",
                "persons_response",
                "publication",
            )
        },
    )
    problems = []
    if data.kind not in vocab.KINDS:
        problems.append(Problem(tr("種別はヒヤリハットかインシデントを選んでください。"), "kind"))
    if not clean.title:
        problems.append(Problem(tr("件名を入力してください。"), "title"))
    elif len(clean.title) > 200:
        problems.append(Problem(tr("件名は200文字以内で入力してください。"), "title"))
    for name in ("description", "cause", "countermeasures", "preventive_measures"):
        if len(getattr(clean, name)) > TEXT_LIMIT:
            problems.append(
                Problem(tr("{n}文字以内で入力してください。").format(n=f"{TEXT_LIMIT:,}"), name)
            )
    if len(clean.tags) > 400:
        problems.append(Problem(tr("タグは合わせて400文字以内にしてください。"), "tags"))
    if clean.segment and clean.segment not in vocab.SEGMENTS:
        problems.append(Problem(tr("ネットワークの区分が正しくありません。"), "segment"))
    if clean.classification not in vocab.CLASSIFICATIONS:
        problems.append(Problem(tr("機密性の区分を選んでください。"), "classification"))
    if clean.persons_affected is not None and not 0 <= clean.persons_affected <= MAX_PERSONS:
        problems.append(Problem(persons_message(), "persons_affected"))
    times = vocab.Times(clean.occurred_at, clean.discovered_at, clean.reported_at)
    problems.extend(Problem(message, field) for field, message in vocab.time_problems(times, now))
    return clean, problems


def reference_problems(
    session: Session, data: IncidentInput, current: Incident | None
) -> list[Problem]:
    """The chosen category, department, people and level must exist (and be in use, when new)."""
    problems = []

    def usable(model, value, field, current_value, message):
        if value is None:
            return
        row = session.get(model, value)
        active = getattr(row, "active", True) if row is not None else False
        if row is None or (not active and value != current_value):
            problems.append(Problem(message, field))

    usable(
        IncidentCategory,
        data.category_id,
        "category_id",
        current.category_id if current else None,
        tr("分類が見つからないか、使われていません。"),
    )
    usable(
        Department,
        data.department_id,
        "department_id",
        current.department_id if current else None,
        tr("所属が見つかりません。"),
    )
    usable(
        Staff,
        data.reporter_staff_id,
        "reporter_staff_id",
        None,
        tr("報告者が職員名簿にありません。"),
    )
    usable(
        User,
        data.handler_user_id,
        "handler_user_id",
        current.handler_user_id if current else None,
        tr("担当者のユーザーが見つからないか、無効です。"),
    )
    usable(
        SeverityLevel,
        data.severity_id,
        "severity_id",
        current.severity_id if current else None,
        tr("重大度が見つからないか、使われていません。"),
    )
    return problems


def top_category(session: Session, category_id: int | None) -> int | None:
    if category_id is None:
        return None
    parent = session.scalar(
        select(IncidentCategory.parent_id).where(IncidentCategory.id == category_id)
    )
    return parent or category_id
