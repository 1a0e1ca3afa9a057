"""Which fiscal year and which departments a report or export covers.

A department chosen brings the departments under it (a 部 its 課 and 係), as people expect of
"総務部" in a report; the whole organisation when none is chosen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from secdesk.domain.errors import ValidationError
from secdesk.domain.fiscal import fiscal_year_label
from secdesk.domain.text import normalize_code
from secdesk.i18n import language, tr
from secdesk.store.models import Department


@dataclass(frozen=True)
class ReportScope:
    fiscal_year: int
    chosen: tuple[tuple[str, str], ...] = ()  # (code, name) as chosen
    department_ids: frozenset[int] | None = None  # chosen ones and everything under them

    @property
    def year_label(self) -> str:
        return fiscal_year_label(self.fiscal_year, language())

    @property
    def label(self) -> str:
        if not self.chosen:
            return tr("全所属")
        return tr("{names}（下位の所属を含む）").format(
            names="、".join(name for _, name in self.chosen)
        )

    def filters(self) -> dict[str, object]:
        """What the audit trail records of the scope."""
        return {
            "fiscal_year": self.fiscal_year,
            "departments": [code for code, _ in self.chosen],
        }

    def covers(self, department_id: int | None) -> bool:
        return self.department_ids is None or department_id in self.department_ids


def resolve_scope(
    session,
    fiscal_year: int,
    department_ids: Iterable[int] = (),
    department_codes: Iterable[str] = (),
) -> ReportScope:
    """The scope of chosen departments (by id, or by code as typed on the command line)."""
    departments = {d.id: d for d in session.scalars(select(Department))}
    by_code = {d.code: d for d in departments.values()}
    chosen_ids = list(dict.fromkeys(department_ids))
    unknown = []
    for code in department_codes:
        dept = by_code.get(normalize_code(code))
        if dept is None:
            unknown.append(code)
        elif dept.id not in chosen_ids:
            chosen_ids.append(dept.id)
    if unknown:
        raise ValidationError(
            tr("所属コードが見つかりません: {codes}").format(codes="、".join(unknown))
        )
    if not chosen_ids:
        return ReportScope(fiscal_year)
    missing = [i for i in chosen_ids if i not in departments]
    if missing:
        raise ValidationError(tr("選んだ所属が見つかりません。"))
    children: dict[int | None, list[int]] = {}
    for dept in departments.values():
        children.setdefault(dept.parent_id, []).append(dept.id)
    covered: set[int] = set()
    stack = list(chosen_ids)
    while stack:
        current = stack.pop()
        if current not in covered:
            covered.add(current)
            stack.extend(children.get(current, []))
    ordered = sorted((departments[i] for i in chosen_ids), key=lambda d: (d.sort_order, d.code))
    return ReportScope(fiscal_year, tuple((d.code, d.name) for d in ordered), frozenset(covered))
